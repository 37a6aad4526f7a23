// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {IPaymaster} from "@account-abstraction/contracts/interfaces/IPaymaster.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Vm} from "forge-std/Vm.sol";

import {ITensoraPaymaster} from "../../contracts/interfaces/ITensoraPaymaster.sol";
import {IGasPriceOracle, TensoraPaymaster} from "../../contracts/paymaster/TensoraPaymaster.sol";
import {PaymasterFixture} from "../utils/PaymasterFixture.sol";

/// @dev Everything goes through the real EntryPoint's `handleOps`; run once per EntryPoint version.
abstract contract TensoraPaymasterTest is PaymasterFixture {
    struct Charged {
        uint256 nativeCost;
        uint256 charge;
        uint256 refund;
        bool found;
        bool success;
    }

    function _charged(Vm.Log[] memory logs) internal view returns (Charged memory c) {
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(paymaster)
                    && logs[i].topics[0] == ITensoraPaymaster.UserOperationCharged.selector
            ) {
                (c.nativeCost, c.charge, c.refund,) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256));
                c.found = true;
            }
            if (logs[i].emitter == address(entryPoint) && logs[i].topics[0] == IEntryPoint.UserOperationEvent.selector)
            {
                (, c.success,,) = abi.decode(logs[i].data, (uint256, bool, uint256, uint256));
            }
        }
    }

    function _expectedCharge(uint256 nativeCost) internal pure returns (uint256) {
        return Math.mulDiv(nativeCost, PRICE * (10_000 + MARKUP), 1e18 * 10_000, Math.Rounding.Ceil);
    }

    /// @dev Sends `op`, returning what the paymaster charged and how much of its deposit the
    ///      EntryPoint took.
    function _send(PackedUserOperation memory op) internal returns (Charged memory c, uint256 depositSpent) {
        uint256 depositBefore = paymaster.getDeposit();
        vm.recordLogs();
        _handle(op);
        c = _charged(vm.getRecordedLogs());
        assertTrue(c.found, "no UserOperationCharged");
        depositSpent = depositBefore - paymaster.getDeposit();
    }

    // ------------------------------------------------------------ bootstrap and charging

    function test_bootstrap_freshTokenOnlyAccountPaysForItsApproval_succeeds() public {
        address account = _fundedAccount(100 ether);
        assertEq(account.code.length, 0);
        assertEq(account.balance, 0);
        (Charged memory c, uint256 depositSpent) =
            _send(_op(account, _initCode(), _approveCall(type(uint256).max), true));
        assertTrue(c.success);
        assertGt(account.code.length, 0, "account created");
        assertEq(tora.allowance(account, address(paymaster)), type(uint256).max);
        assertEq(c.refund, 0, "bootstrap charges after execution: nothing to refund");
        assertEq(c.charge, _expectedCharge(c.nativeCost));
        assertEq(tora.balanceOf(account), 100 ether - c.charge);
        assertEq(tora.balanceOf(address(paymaster)), c.charge);
        // The paymaster is reimbursed for at least what the EntryPoint took from its deposit.
        assertGe(c.charge, _expectedCharge(depositSpent));
    }

    function test_handleOps_preChargesAndRefundsExactly_succeeds() public {
        address account = _bootstrap(100 ether);
        uint256 before = tora.balanceOf(account);
        uint256 paymasterBefore = tora.balanceOf(address(paymaster));
        bytes memory transfer = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1 ether)));
        (Charged memory c, uint256 depositSpent) = _send(_op(account, "", transfer, true));
        assertTrue(c.success);
        assertGt(c.refund, 0, "the maximum cost is pre-charged, the excess refunded");
        assertEq(c.charge, _expectedCharge(c.nativeCost), "charge = actual cost at price + markup, rounded up");
        assertEq(before - tora.balanceOf(account), 1 ether + c.charge, "the account pays exactly the charge");
        assertEq(tora.balanceOf(address(paymaster)) - paymasterBefore, c.charge);
        assertGe(c.nativeCost, depositSpent, "postOp gas and penalty are covered");
    }

    function test_handleOps_revertingCall_stillCharged_succeeds() public {
        address account = _bootstrap(100 ether);
        uint256 before = tora.balanceOf(account);
        bytes memory overdraw = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1_000_000 ether)));
        (Charged memory c, uint256 depositSpent) = _send(_op(account, "", overdraw, true));
        assertFalse(c.success, "the inner call reverted");
        assertGt(c.charge, 0);
        assertEq(before - tora.balanceOf(account), c.charge, "no free ride when the call fails");
        assertGe(c.charge, _expectedCharge(depositSpent));
    }

    function test_handleOps_l1FeeIncluded_succeeds() public {
        address account = _bootstrap(100 ether);
        bytes memory transfer = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1 ether)));
        uint256 snapshot = vm.snapshotState();
        _setL1BaseFee(0);
        (Charged memory withoutL1,) = _send(_op(account, "", transfer, true));
        vm.revertToState(snapshot);
        _setL1BaseFee(100 gwei);
        (Charged memory withL1,) = _send(_op(account, "", transfer, true));
        uint256 l1Delta = withL1.nativeCost - withoutL1.nativeCost;
        assertGt(l1Delta, 0, "the L1 data fee is charged");
        // The difference is the oracle's L1 fee at 100 gwei minus at 0 gwei (blob part unchanged),
        // up to a few gas of calldata-dependent execution.
        assertApproxEqRel(withL1.charge - withoutL1.charge, _expectedCharge(l1Delta), 0.01e18);
    }

    // ------------------------------------------------------------ refusals through the EntryPoint

    function test_handleOps_insufficientTora_reverts() public {
        address account = _fundedAccount(1);
        PackedUserOperation memory op = _op(account, _initCode(), _approveCall(type(uint256).max), true);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
        assertEq(account.code.length, 0, "nothing happened");
    }

    function test_handleOps_noAllowanceAndNotBootstrap_reverts() public {
        address account = _fundedAccount(100 ether);
        bytes memory transfer = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1 ether)));
        PackedUserOperation memory op = _op(account, _initCode(), transfer, true);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
    }

    function test_handleOps_approvalForAnotherSpender_reverts() public {
        address account = _fundedAccount(100 ether);
        bytes memory approveOther = _call(address(tora), abi.encodeCall(IERC20.approve, (outsider, type(uint256).max)));
        PackedUserOperation memory op = _op(account, _initCode(), approveOther, true);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
    }

    function test_handleOps_bootstrapWithTooLittleCallGas_reverts() public {
        address account = _fundedAccount(100 ether);
        PackedUserOperation memory op = _op(account, _initCode(), _approveCall(type(uint256).max), true);
        op.accountGasLimits = bytes32((VERIFICATION_GAS << 128) | 30_000);
        op.signature = _sign(op);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEntryPoint.FailedOpWithRevert.selector,
                0,
                "AA33 reverted",
                abi.encodeWithSelector(ITensoraPaymaster.BootstrapCallGasTooLow.selector, 30_000, 60_000)
            )
        );
        _handle(op);
    }

    function test_handleOps_stalePrice_reverts() public {
        address account = _bootstrap(100 ether);
        vm.warp(block.timestamp + MAX_AGE + 1);
        PackedUserOperation memory op = _op(account, "", _approveCall(1), true);
        vm.expectRevert(abi.encodeWithSelector(IEntryPoint.FailedOp.selector, 0, "AA32 paymaster expired or not due"));
        _handle(op);
        // A fresh price revives it.
        vm.prank(keeper);
        paymaster.setPrice(PRICE);
        _handle(op);
    }

    function test_handleOps_paused_reverts() public {
        address account = _bootstrap(100 ether);
        vm.prank(guardian);
        paymaster.pause();
        PackedUserOperation memory op = _op(account, "", _approveCall(1), true);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEntryPoint.FailedOpWithRevert.selector,
                0,
                "AA33 reverted",
                abi.encodeWithSelector(Pausable.EnforcedPause.selector)
            )
        );
        _handle(op);
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
        paymaster.unpause();
        vm.prank(gov);
        paymaster.unpause();
        _handle(op);
    }

    function test_handleOps_chargeAboveSignedLimit_reverts() public {
        address account = _bootstrap(100 ether);
        PackedUserOperation memory op = _op(account, "", _approveCall(1), true);
        op.paymasterAndData = abi.encodePacked(op.paymasterAndData, uint128(1)); // at most 1 wei of TORA
        op.signature = _sign(op);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
    }

    function test_handleOps_postOpGasLimitTooLow_reverts() public {
        address account = _bootstrap(100 ether);
        PackedUserOperation memory op = _op(account, "", _approveCall(1), true);
        op.paymasterAndData = abi.encodePacked(address(paymaster), uint128(PM_VERIFICATION_GAS), uint128(10_000));
        op.signature = _sign(op);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEntryPoint.FailedOpWithRevert.selector,
                0,
                "AA33 reverted",
                abi.encodeWithSelector(ITensoraPaymaster.PostOpGasLimitTooLow.selector, 10_000, 45_000)
            )
        );
        _handle(op);
    }

    // ------------------------------------------------------------ gas

    /// @notice postOp's own gas (cold, as the EntryPoint calls it after execution) fits the
    ///         POST_OP_GAS the paymaster charges for it, on both the refund and the bootstrap path.
    function test_postOp_gasWithinBudget() public {
        address account = _bootstrap(100 ether);
        for (uint256 bootstrap; bootstrap < 2; ++bootstrap) {
            bytes memory context =
                abi.encode(TensoraPaymaster.Context(account, bootstrap == 1, 1 ether, PRICE, 1e12, 50_000));
            if (bootstrap == 0) tora.transfer(address(paymaster), 1 ether); // the pre-charge it refunds from
            vm.cool(address(tora));
            vm.cool(address(paymaster));
            vm.prank(address(entryPoint));
            uint256 g = gasleft();
            paymaster.postOp(IPaymaster.PostOpMode.opSucceeded, context, 1e14, 1 gwei);
            uint256 used = g - gasleft();
            emit log_named_uint(bootstrap == 1 ? "postOp gas, bootstrap" : "postOp gas, refund", used);
            assertLe(used, paymaster.POST_OP_GAS(), "postOp exceeds its gas budget");
        }
    }

    /// @notice Gas of the same operation paid in TORA through the paymaster versus from the
    ///         account's own EntryPoint deposit (both on warm accounts, after a first operation).
    function test_gas_overheadOverSelfPaid() public {
        address account = _bootstrap(100 ether);
        vm.deal(address(this), 1 ether);
        entryPoint.depositTo{value: 1 ether}(account);
        bytes memory transfer = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1 ether)));
        // Warm both paths once.
        _handle(_op(account, "", transfer, false));
        _handle(_op(account, "", transfer, true));

        PackedUserOperation memory selfPaid = _op(account, "", transfer, false);
        uint256 g = gasleft();
        _handle(selfPaid);
        uint256 selfGas = g - gasleft();
        PackedUserOperation memory viaPaymaster = _op(account, "", transfer, true);
        g = gasleft();
        _handle(viaPaymaster);
        uint256 paymasterGas = g - gasleft();
        string memory group = string.concat("TensoraPaymaster_v0", vm.toString(uint256(entryPointVersion())));
        vm.snapshotValue(group, "handleOps_selfPaid", selfGas);
        vm.snapshotValue(group, "handleOps_paidInTora", paymasterGas);
        vm.snapshotValue(group, "overhead", paymasterGas - selfGas);
        assertLt(paymasterGas - selfGas, 60_000);
    }

    // ------------------------------------------------------------ direct calls and administration

    function test_validateAndPostOp_notEntryPoint_reverts() public {
        PackedUserOperation memory op;
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.NotEntryPoint.selector, outsider));
        paymaster.validatePaymasterUserOp(op, bytes32(0), 1);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.NotEntryPoint.selector, outsider));
        paymaster.postOp(IPaymaster.PostOpMode.opSucceeded, "", 1, 1);
    }

    function test_admin_outsiderRejected_reverts() public {
        vm.deal(outsider, 1 ether);
        bytes memory unauthorized = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, outsider);
        vm.startPrank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.NotOwnerOrKeeper.selector, outsider));
        paymaster.setPrice(PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.NotOwnerOrGuardian.selector, outsider));
        paymaster.pause();
        vm.expectRevert(unauthorized);
        paymaster.setPricing(0, 1 hours, 1);
        vm.expectRevert(unauthorized);
        paymaster.setKeeper(outsider);
        vm.expectRevert(unauthorized);
        paymaster.setGuardian(outsider);
        vm.expectRevert(unauthorized);
        paymaster.setTreasury(outsider);
        vm.expectRevert(unauthorized);
        paymaster.unpause();
        vm.expectRevert(unauthorized);
        paymaster.withdrawTokens(1);
        vm.expectRevert(unauthorized);
        paymaster.withdrawDeposit(1);
        vm.expectRevert(unauthorized);
        paymaster.setUnstakeDelay(1);
        vm.expectRevert(unauthorized);
        paymaster.unlockStake();
        vm.expectRevert(unauthorized);
        paymaster.withdrawStake();
        vm.stopPrank();
        // The keeper prices but does not govern; the guardian pauses but does not unpause.
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, keeper));
        paymaster.setPricing(0, 1 hours, 1);
    }

    function test_addStake_anyoneFundsWithGovernanceDelay_succeeds() public {
        vm.deal(outsider, 1 ether);
        vm.prank(outsider);
        vm.expectEmit(address(paymaster));
        emit ITensoraPaymaster.Staked(outsider, 1 ether, 1 days);
        paymaster.addStake{value: 1 ether}();
        assertEq(entryPoint.getDepositInfo(address(paymaster)).stake, 2 ether);
        assertEq(entryPoint.getDepositInfo(address(paymaster)).unstakeDelaySec, 1 days);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "unstakeDelay", 0));
        paymaster.setUnstakeDelay(0);
    }

    function test_withdrawals_goToTreasury_succeeds() public {
        _bootstrap(100 ether);
        uint256 collected = tora.balanceOf(address(paymaster));
        vm.startPrank(gov);
        vm.expectEmit(address(paymaster));
        emit ITensoraPaymaster.TokensWithdrawn(treasury, collected);
        paymaster.withdrawTokens(collected);
        paymaster.withdrawDeposit(1 ether);
        paymaster.unlockStake();
        vm.warp(block.timestamp + 1 days);
        paymaster.withdrawStake();
        vm.stopPrank();
        assertEq(tora.balanceOf(treasury), collected);
        assertEq(treasury.balance, 2 ether);
    }

    function test_setPrice_belowFloorOrAboveRange_reverts() public {
        vm.startPrank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "tokenPerNative", 1e18 - 1));
        paymaster.setPrice(1e18 - 1);
        uint256 tooBig = uint256(type(uint128).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "tokenPerNative", tooBig));
        paymaster.setPrice(tooBig);
        vm.expectEmit(address(paymaster));
        emit ITensoraPaymaster.PriceUpdated(5e18, uint48(block.timestamp), keeper);
        paymaster.setPrice(5e18);
        vm.stopPrank();
        (uint256 p, uint48 at, uint48 until, uint16 markup) = paymaster.price();
        assertEq(p, 5e18);
        assertEq(at, block.timestamp);
        assertEq(until, block.timestamp + MAX_AGE);
        assertEq(markup, MARKUP);
    }

    function test_setPricing_outOfBounds_reverts() public {
        vm.startPrank(gov);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "markupBps", 5001));
        paymaster.setPricing(5001, 1 hours, 1);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "maxPriceAge", 0));
        paymaster.setPricing(0, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "maxPriceAge", 7 days + 1));
        paymaster.setPricing(0, 7 days + 1, 1);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "minTokenPerNative", 0));
        paymaster.setPricing(0, 1 hours, 0);
        vm.stopPrank();
    }

    function test_constructor_badArguments_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.UnsupportedEntryPointVersion.selector, 6));
        new TensoraPaymaster(
            gov,
            entryPoint,
            6,
            tora,
            IGasPriceOracle(GAS_PRICE_ORACLE),
            treasury,
            guardian,
            keeper,
            0,
            1 hours,
            1,
            1 days
        );
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.ZeroAddress.selector, "treasury"));
        new TensoraPaymaster(
            gov,
            entryPoint,
            7,
            tora,
            IGasPriceOracle(GAS_PRICE_ORACLE),
            address(0),
            guardian,
            keeper,
            0,
            1 hours,
            1,
            1 days
        );
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.ZeroAddress.selector, "entryPoint"));
        new TensoraPaymaster(
            gov,
            IEntryPoint(address(0)),
            7,
            tora,
            IGasPriceOracle(GAS_PRICE_ORACLE),
            treasury,
            guardian,
            keeper,
            0,
            1 hours,
            1,
            1 days
        );
        assertEq(paymaster.version(), "1.0.0");
    }

    function testFuzz_tokenCost_roundsUpAndIsMonotonic(uint128 nativeCost) public view {
        uint256 cost = paymaster.tokenCost(nativeCost);
        assertEq(cost, _expectedCharge(nativeCost));
        assertGe(cost * 1e18 * 10_000, uint256(nativeCost) * PRICE * (10_000 + MARKUP), "never rounds down");
        assertLe(cost, paymaster.tokenCost(uint256(nativeCost) + 1));
    }
}

contract TensoraPaymaster_V07_Test is TensoraPaymasterTest {
    function entryPointVersion() internal pure override returns (uint8) {
        return 7;
    }
}

contract TensoraPaymaster_V08_Test is TensoraPaymasterTest {
    function entryPointVersion() internal pure override returns (uint8) {
        return 8;
    }
}
