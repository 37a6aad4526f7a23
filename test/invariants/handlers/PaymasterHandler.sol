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
    function buildOp(bytes calldata callData) external view returns (PackedUserOperation memory);
}

/// @dev Sends TORA-paid operations that succeed or revert, moves the price and the clock, and
///      records every charge and what the EntryPoint took from the paymaster's deposit.
contract PaymasterHandler is Test {
    IEntryPoint public immutable ENTRY_POINT;
    TensoraPaymaster public immutable PAYMASTER;
    IERC20 public immutable TORA;
    IOpBuilder public immutable BUILDER;
    address public immutable ACCOUNT;
    address payable internal immutable _bundler;
    address internal immutable _keeper;

    uint256 public ghostCharged;
    uint256 public ghostOps;
    /// @dev An op left the paymaster paid less (in TORA at its price, before markup) than the
    ///      deposit the EntryPoint took, or the account paid something other than the charge.
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

    function sendOp(uint256 amountSeed, bool overdraw) external {
        uint256 amount = overdraw ? TORA.balanceOf(ACCOUNT) + 1 : bound(amountSeed, 0, 1 ether);
        bytes memory callData = abi.encodeWithSignature(
            "execute(address,uint256,bytes)",
            address(TORA),
            0,
            abi.encodeCall(IERC20.transfer, (address(0xbeef), amount))
        );
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = BUILDER.buildOp(callData);
        uint256 balanceBefore = TORA.balanceOf(ACCOUNT);
        uint256 depositBefore = PAYMASTER.getDeposit();
        (uint256 tokenPerNative,,,) = PAYMASTER.price();
        vm.recordLogs();
        vm.prank(_bundler, _bundler);
        try ENTRY_POINT.handleOps(ops, _bundler) {
            Vm.Log[] memory logs = vm.getRecordedLogs();
            uint256 charge;
            bool success;
            for (uint256 i; i < logs.length; ++i) {
                if (logs[i].topics[0] == ITensoraPaymaster.UserOperationCharged.selector) {
                    (, charge,,) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256));
                }
                if (logs[i].topics[0] == IEntryPoint.UserOperationEvent.selector) {
                    (, success,,) = abi.decode(logs[i].data, (uint256, bool, uint256, uint256));
                }
            }
            uint256 depositSpent = depositBefore - PAYMASTER.getDeposit();
            if (charge * 1e18 < depositSpent * tokenPerNative) ghostUnderpaid = true;
            uint256 paid = balanceBefore - TORA.balanceOf(ACCOUNT);
            if (paid != charge + (success ? amount : 0)) ghostUnderpaid = true;
            ghostCharged += charge;
            ++ghostOps;
        } catch {
            // Refused in validation (stale price): nothing may have moved.
            if (TORA.balanceOf(ACCOUNT) != balanceBefore || PAYMASTER.getDeposit() != depositBefore) {
                ghostUnderpaid = true;
            }
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
