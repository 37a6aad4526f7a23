// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGuardianPausable} from "../../contracts/interfaces/IGuardianPausable.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {IPaymaster} from "@account-abstraction/contracts/interfaces/IPaymaster.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Vm} from "forge-std/Vm.sol";

import {ITensoraPaymaster} from "../../contracts/interfaces/ITensoraPaymaster.sol";
import {TensoraPaymaster} from "../../contracts/paymaster/TensoraPaymaster.sol";
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

    function _noOpOp(address sender, uint256 feePerGas) internal view returns (PackedUserOperation memory op) {
        op.sender = sender;
        op.nonce = entryPoint.getNonce(sender, 0);
        op.callData = _approveCall(type(uint256).max);
        op.accountGasLimits = bytes32((uint256(100_000) << 128) | CALL_GAS);
        op.preVerificationGas = 60_000;
        op.gasFees = bytes32((feePerGas << 128) | feePerGas);
        op.paymasterAndData =
            abi.encodePacked(address(paymaster), uint128(PM_VERIFICATION_GAS), uint128(PM_POST_OP_GAS));
    }

    /// @dev The pre-charge of `op`, as validation computes it.
    function _maxCharge(PackedUserOperation memory op) internal view returns (uint256) {
        uint256 fee = uint128(uint256(op.gasFees));
        uint256 gas = op.preVerificationGas + uint128(uint256(op.accountGasLimits))
            + (uint256(op.accountGasLimits) >> 128) + PM_VERIFICATION_GAS + PM_POST_OP_GAS;
        uint256 callGas = uint128(uint256(op.accountGasLimits));
        uint256 unusedPostOp = PM_POST_OP_GAS - paymaster.POST_OP_GAS();
        uint256 extra = entryPointVersion() == 7
            ? paymaster.POST_OP_GAS() + (callGas + unusedPostOp) / 10
            : paymaster.POST_OP_GAS() + (unusedPostOp > 40_000 ? unusedPostOp / 10 : 0);
        return _expectedCharge((gas + extra) * fee);
    }

    // ------------------------------------------------------------ charging

    /// @notice A TensoraAccount that holds only TORA is created by its first operation and pays for
    ///         it like for any other: the whole maximum charge is collected in validation.
    function test_firstOperation_createsTensoraAccountAndPaysUpFront_succeeds() public {
        address account = _fundedAccount(100 ether);
        assertEq(account.code.length, 0);
        assertEq(account.balance, 0);
        bytes memory transfer = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1 ether)));
        (Charged memory c, uint256 depositSpent) = _send(_op(account, _initCode(), transfer, true));
        assertTrue(c.success);
        assertGt(account.code.length, 0, "account created");
        assertEq(tora.allowance(account, address(paymaster)), type(uint256).max, "approved at creation");
        assertGt(c.refund, 0, "pre-charged in validation, the excess refunded");
        assertEq(c.charge, _expectedCharge(c.nativeCost));
        assertEq(tora.balanceOf(account), 99 ether - c.charge);
        assertEq(tora.balanceOf(address(paymaster)), c.charge);
        assertGe(c.charge, _expectedCharge(depositSpent), "reimbursed for at least what the deposit paid");
    }

    function test_handleOps_preChargesAndRefundsExactly_succeeds() public {
        address account = _createAccount(100 ether);
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
        address account = _createAccount(100 ether);
        uint256 before = tora.balanceOf(account);
        bytes memory overdraw = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1_000_000 ether)));
        (Charged memory c, uint256 depositSpent) = _send(_op(account, "", overdraw, true));
        assertFalse(c.success, "the inner call reverted");
        assertGt(c.charge, 0);
        assertEq(before - tora.balanceOf(account), c.charge, "no free ride when the call fails");
        assertGe(c.charge, _expectedCharge(depositSpent));
    }

    /// @notice The OP Stack L1 data fee is charged exactly once: through `preVerificationGas`
    ///         (in `actualGasCost`), never again by the paymaster from the GasPriceOracle.
    function test_l1DataFee_chargedOnceThroughPreVerificationGas_succeeds() public {
        address account = _createAccount(100 ether);
        bytes memory transfer = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, 1 ether)));
        uint256 snapshot = vm.snapshotState();
        _setL1BaseFee(0);
        (Charged memory lowL1,) = _send(_op(account, "", transfer, true));
        vm.revertToState(snapshot);
        _setL1BaseFee(1000 gwei);
        (Charged memory highL1,) = _send(_op(account, "", transfer, true));
        assertEq(highL1.nativeCost, lowL1.nativeCost, "the paymaster adds no L1 fee of its own");
        vm.revertToState(snapshot);
        PackedUserOperation memory op = _op(account, "", transfer, true);
        op.preVerificationGas += 100_000; // what a bundler asks for a larger L1 fee
        op.signature = _sign(op);
        (Charged memory morePvg,) = _send(op);
        uint256 fee = PRIORITY_FEE + block.basefee < MAX_FEE ? PRIORITY_FEE + block.basefee : MAX_FEE;
        assertEq(morePvg.nativeCost - lowL1.nativeCost, 100_000 * fee, "preVerificationGas is charged as gas");
    }

    // ------------------------------------------------------------ refusals through the EntryPoint

    function test_handleOps_insufficientTora_reverts() public {
        address account = _fundedAccount(1);
        bytes memory noop = _call(address(tora), abi.encodeCall(tora.balanceOf, (account)));
        PackedUserOperation memory op = _op(account, _initCode(), noop, true);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
        assertEq(account.code.length, 0, "nothing happened");
    }

    /// @notice An account that has not approved the paymaster is refused, whatever its call
    ///         promises to do (the old bootstrap shape `execute(TORA, 0, approve(paymaster, max))`
    ///         included): nothing is ever charged after execution.
    function test_handleOps_noAllowance_refusedWhateverTheCall_reverts() public {
        address account = simpleFactory.getAddress(user, 0);
        tora.transfer(account, 100 ether);
        uint256 depositBefore = paymaster.getDeposit();
        PackedUserOperation memory op =
            _op(account, _initCodeOf(simpleFactory, 0), _approveCall(type(uint256).max), true);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
        assertEq(paymaster.getDeposit(), depositBefore);
        assertEq(tora.balanceOf(account), 100 ether);
    }

    /// @notice The audit's drain: an account whose `execute` does nothing, sent by the attacker's
    ///         own bundler at a fee it picks. Without an allowance it is refused; with one it pays
    ///         up front like everybody else, so its code cannot matter.
    function test_noOpAccount_selfBundler_neverDrainsDeposit_reverts() public {
        address attacker = makeAddr("attacker");
        NoOpAccount account = new NoOpAccount();
        tora.transfer(address(account), 10_000 ether);
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = _noOpOp(address(account), MAX_FEE);
        uint256 depositBefore = paymaster.getDeposit();
        vm.prank(attacker, attacker);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEntryPoint.FailedOpWithRevert.selector,
                0,
                "AA33 reverted",
                abi.encodeWithSelector(ITensoraPaymaster.InsufficientAllowance.selector, 0, _maxCharge(ops[0]))
            )
        );
        entryPoint.handleOps(ops, payable(attacker));
        // A fee above the cap is refused before anything else.
        ops[0] = _noOpOp(address(account), 1000 gwei);
        vm.prank(attacker, attacker);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEntryPoint.FailedOpWithRevert.selector,
                0,
                "AA33 reverted",
                abi.encodeWithSelector(ITensoraPaymaster.FeeAboveCap.selector, 1000 gwei, FEE_CAP)
            )
        );
        entryPoint.handleOps(ops, payable(attacker));
        assertEq(paymaster.getDeposit(), depositBefore);

        // Approved: eight operations in one bundle, each pre-charged before any executes.
        account.approve(tora, address(paymaster));
        ops = new PackedUserOperation[](8);
        for (uint256 i; i < ops.length; ++i) {
            ops[i] = _noOpOp(address(account), FEE_CAP);
            ops[i].nonce = i;
        }
        uint256 collectedBefore = tora.balanceOf(address(paymaster));
        vm.prank(attacker, attacker);
        entryPoint.handleOps(ops, payable(attacker));
        uint256 drained = depositBefore - paymaster.getDeposit();
        uint256 collected = tora.balanceOf(address(paymaster)) - collectedBefore;
        assertGt(drained, 0);
        assertGe(collected, _expectedCharge(drained), "every wei of deposit paid for in TORA, with markup");
        assertEq(10_000 ether - tora.balanceOf(address(account)), collected);
    }

    /// @notice Several operations of one sender in one bundle: the first one's call empties the
    ///         account, the later ones are still paid, because each was charged in validation.
    function test_severalOpsOneSender_firstEmptiesAccount_laterOnesStillPaid_succeeds() public {
        address account = _createAccount(100 ether);
        uint256 left = tora.balanceOf(account);
        PackedUserOperation[] memory ops = new PackedUserOperation[](3);
        uint256 nonce = entryPoint.getNonce(account, 0);
        for (uint256 i; i < ops.length; ++i) {
            // Each call moves out everything but the later operations' pre-charges would need.
            bytes memory drain = _call(address(tora), abi.encodeCall(IERC20.transfer, (outsider, left / 2)));
            ops[i] = _op(account, "", drain, true);
            ops[i].nonce = nonce + i;
            ops[i].signature = _sign(ops[i]);
        }
        uint256 depositBefore = paymaster.getDeposit();
        uint256 collectedBefore = tora.balanceOf(address(paymaster));
        vm.recordLogs();
        vm.prank(bundler, bundler);
        entryPoint.handleOps(ops, bundler);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 charged;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == ITensoraPaymaster.UserOperationCharged.selector) ++charged;
        }
        assertEq(charged, 3, "every operation charged");
        uint256 collected = tora.balanceOf(address(paymaster)) - collectedBefore;
        assertGe(collected, _expectedCharge(depositBefore - paymaster.getDeposit()));
    }

    function test_handleOps_costAboveCap_reverts() public {
        address account = _createAccount(100 ether);
        PackedUserOperation memory op = _op(account, "", _approveCall(1), true);
        vm.prank(gov);
        paymaster.setLimits(ITensoraPaymaster.Limits({maxFeePerGas: FEE_CAP, maxCostPerOp: 0.0001 ether}));
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
        vm.prank(gov);
        paymaster.setLimits(_limits());
        _handle(op);
    }

    function test_handleOps_stalePrice_reverts() public {
        address account = _createAccount(100 ether);
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
        address account = _createAccount(100 ether);
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
        address account = _createAccount(100 ether);
        PackedUserOperation memory op = _op(account, "", _approveCall(1), true);
        op.paymasterAndData = abi.encodePacked(op.paymasterAndData, uint128(1)); // at most 1 wei of TORA
        op.signature = _sign(op);
        vm.expectPartialRevert(IEntryPoint.FailedOpWithRevert.selector);
        _handle(op);
    }

    function test_handleOps_postOpGasLimitTooLow_reverts() public {
        address account = _createAccount(100 ether);
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
    ///         POST_OP_GAS the paymaster charges for it.
    function test_postOp_gasWithinBudget() public {
        address account = _createAccount(100 ether);
        bytes memory context = abi.encode(TensoraPaymaster.Context(account, 1 ether, PRICE, 50_000));
        tora.transfer(address(paymaster), 1 ether); // the pre-charge it refunds from
        vm.cool(address(tora));
        vm.cool(address(paymaster));
        vm.prank(address(entryPoint));
        uint256 g = gasleft();
        paymaster.postOp(IPaymaster.PostOpMode.opSucceeded, context, 1e14, 1 gwei);
        uint256 used = g - gasleft();
        emit log_named_uint("postOp gas", used);
        assertLe(used, paymaster.POST_OP_GAS(), "postOp exceeds its gas budget");
    }

    /// @notice Gas of the same operation paid in TORA through the paymaster versus from the
    ///         account's own EntryPoint deposit (both on warm accounts, after a first operation).
    function test_gas_overheadOverSelfPaid() public {
        address account = _createAccount(100 ether);
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
        vm.expectRevert(abi.encodeWithSelector(IGuardianPausable.NotOwnerOrGuardian.selector, outsider));
        paymaster.pause();
        vm.expectRevert(unauthorized);
        paymaster.setPricing(0, 1 hours, 1);
        vm.expectRevert(unauthorized);
        paymaster.setLimits(_limits());
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
        _createAccount(100 ether);
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
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "maxFeePerGas", 0));
        paymaster.setLimits(ITensoraPaymaster.Limits({maxFeePerGas: 0, maxCostPerOp: 1}));
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.InvalidParameter.selector, "maxCostPerOp", 0));
        paymaster.setLimits(ITensoraPaymaster.Limits({maxFeePerGas: 1, maxCostPerOp: 0}));
        vm.expectEmit(address(paymaster));
        emit ITensoraPaymaster.LimitsSet(1 gwei, 2 ether);
        paymaster.setLimits(ITensoraPaymaster.Limits({maxFeePerGas: 1 gwei, maxCostPerOp: 2 ether}));
        vm.stopPrank();
        (uint128 fee, uint128 cost) = paymaster.limits();
        assertEq(fee, 1 gwei);
        assertEq(cost, 2 ether);
    }

    function test_constructor_badArguments_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.UnsupportedEntryPointVersion.selector, 6));
        new TensoraPaymaster(gov, entryPoint, 6, tora, treasury, guardian, keeper, 0, 1 hours, 1, _limits(), 1 days);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.ZeroAddress.selector, "treasury"));
        new TensoraPaymaster(gov, entryPoint, 7, tora, address(0), guardian, keeper, 0, 1 hours, 1, _limits(), 1 days);
        vm.expectRevert(abi.encodeWithSelector(ITensoraPaymaster.ZeroAddress.selector, "entryPoint"));
        new TensoraPaymaster(
            gov, IEntryPoint(address(0)), 7, tora, treasury, guardian, keeper, 0, 1 hours, 1, _limits(), 1 days
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

/// @dev An ERC-4337 account that accepts every operation and whose `execute(address,uint256,bytes)`
///      (SimpleAccount's selector) does nothing: nothing forces a paymaster user to be a
///      SimpleAccount.
contract NoOpAccount {
    function validateUserOp(PackedUserOperation calldata, bytes32, uint256 missing) external returns (uint256) {
        if (missing > 0) {
            (bool ok,) = payable(msg.sender).call{value: missing}("");
            ok;
        }
        return 0;
    }

    function execute(address, uint256, bytes calldata) external {}

    function approve(IERC20 token, address spender) external {
        token.approve(spender, type(uint256).max);
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
