// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

import {ITensoraPaymaster} from "../../../contracts/interfaces/ITensoraPaymaster.sol";
import {TensoraPaymaster} from "../../../contracts/paymaster/TensoraPaymaster.sol";

/// @dev The fixture's side the handler needs: building and signing operations.
interface IOpBuilder {
    /// @dev A signed operation of the handler's account, `nonceOffset` after its current nonce,
    ///      at `feePerGas` (max and priority fee).
    function buildOp(bytes calldata callData, uint256 nonceOffset, uint256 feePerGas)
        external
        view
        returns (PackedUserOperation memory);
    /// @dev An operation of an account that never approved the paymaster.
    function buildUnapprovedOp() external view returns (PackedUserOperation memory);
}

/// @dev Sends bundles of TORA-paid operations that succeed, revert or empty the account, through
///      the fixture's bundler or one the attacker runs at fees it picks; operations of accounts
///      that never approved; moves the price and the clock; and records every charge and what the
///      EntryPoint took from the paymaster's deposit.
contract PaymasterHandler is Test {
    IEntryPoint public immutable ENTRY_POINT;
    TensoraPaymaster public immutable PAYMASTER;
    IERC20 public immutable TORA;
    IOpBuilder public immutable BUILDER;
    address public immutable ACCOUNT;
    address payable internal immutable _bundler;
    address internal immutable _keeper;
    address payable internal constant ATTACKER = payable(address(0xa77ac4));

    uint256 public ghostCharged;
    uint256 public ghostOps;
    /// @dev The deposit paid for an operation whose TORA was not collected: a bundle left the
    ///      paymaster less TORA (at its price, before markup) than the deposit the EntryPoint took,
    ///      an account paid something other than its charges, or a refused bundle moved anything.
    bool public ghostUnderpaid;

    constructor(
        IEntryPoint entryPoint_,
        TensoraPaymaster paymaster_,
        IERC20 tora_,
        IOpBuilder builder_,
        address account_,
        address payable bundler_,
        address keeper_
    ) {
        ENTRY_POINT = entryPoint_;
        PAYMASTER = paymaster_;
        TORA = tora_;
        BUILDER = builder_;
        ACCOUNT = account_;
        _bundler = bundler_;
        _keeper = keeper_;
    }

    /// @dev One to four operations of the account in one bundle; each either transfers a small
    ///      amount, overdraws (reverts), or moves out a tenth of what the account holds. The
    ///      fixture's bundler refreshes a stale price first (so that campaigns land operations);
    ///      the attacker's does not.
    function sendBundle(uint256 countSeed, uint256 kindSeed, uint256 feeSeed, bool attackerBundles) external {
        uint256 n = bound(countSeed, 1, 4);
        (uint128 feeCap,) = PAYMASTER.limits();
        uint256 fee = bound(feeSeed, 1 gwei, feeCap);
        PackedUserOperation[] memory ops = new PackedUserOperation[](n);
        uint256[] memory amounts = new uint256[](n);
        uint256 balance = TORA.balanceOf(ACCOUNT);
        for (uint256 i; i < n; ++i) {
            uint256 kind = (kindSeed >> (i * 8)) % 3;
            uint256 amount = kind == 0 ? (kindSeed >> (i * 8 + 2)) % 1 ether : kind == 1 ? balance + 1 : balance / 10;
            amounts[i] = amount;
            bytes memory callData = abi.encodeWithSignature(
                "execute(address,uint256,bytes)",
                address(TORA),
                0,
                abi.encodeCall(IERC20.transfer, (address(0xbeef), amount))
            );
            ops[i] = BUILDER.buildOp(callData, i, fee);
        }
        address payable beneficiary = attackerBundles ? ATTACKER : _bundler;
        (uint256 price,, uint48 validUntil,) = PAYMASTER.price();
        if (!attackerBundles && block.timestamp > validUntil) {
            vm.prank(_keeper);
            PAYMASTER.setPrice(price);
        }
        uint256 balanceBefore = TORA.balanceOf(ACCOUNT);
        uint256 sinkBefore = TORA.balanceOf(address(0xbeef));
        uint256 depositBefore = PAYMASTER.getDeposit();
        uint256 heldBefore = TORA.balanceOf(address(PAYMASTER));
        (uint256 tokenPerNative,,,) = PAYMASTER.price();
        vm.recordLogs();
        vm.prank(beneficiary, beneficiary);
        try ENTRY_POINT.handleOps(ops, beneficiary) {
            Vm.Log[] memory logs = vm.getRecordedLogs();
            uint256 charges;
            for (uint256 i; i < logs.length; ++i) {
                if (logs[i].topics[0] == ITensoraPaymaster.UserOperationCharged.selector) {
                    (, uint256 charge,,) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256));
                    charges += charge;
                    ++ghostOps;
                }
            }
            uint256 depositSpent = depositBefore - PAYMASTER.getDeposit();
            uint256 collected = TORA.balanceOf(address(PAYMASTER)) - heldBefore;
            if (collected != charges || collected * 1e18 < depositSpent * tokenPerNative) ghostUnderpaid = true;
            uint256 moved = TORA.balanceOf(address(0xbeef)) - sinkBefore;
            if (balanceBefore - TORA.balanceOf(ACCOUNT) != charges + moved) ghostUnderpaid = true;
            ghostCharged += charges;
        } catch {
            // Refused in validation (stale price, too little TORA for every pre-charge): nothing
            // may have moved.
            if (
                TORA.balanceOf(ACCOUNT) != balanceBefore || PAYMASTER.getDeposit() != depositBefore
                    || TORA.balanceOf(address(PAYMASTER)) != heldBefore
            ) ghostUnderpaid = true;
        }
    }

    /// @dev An account that never approved the paymaster, in the attacker's bundle: always refused.
    function sendUnapproved() external {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = BUILDER.buildUnapprovedOp();
        uint256 depositBefore = PAYMASTER.getDeposit();
        uint256 heldBefore = TORA.balanceOf(address(PAYMASTER));
        vm.prank(ATTACKER, ATTACKER);
        try ENTRY_POINT.handleOps(ops, ATTACKER) {
            ghostUnderpaid = true;
        } catch {}
        if (PAYMASTER.getDeposit() != depositBefore || TORA.balanceOf(address(PAYMASTER)) != heldBefore) {
            ghostUnderpaid = true;
        }
    }

    function setPrice(uint256 seed) external {
        vm.prank(_keeper);
        PAYMASTER.setPrice(bound(seed, 1e18, 100_000e18));
    }

    function warp(uint256 seed) external {
        vm.warp(block.timestamp + bound(seed, 1, 40 minutes));
    }
}
