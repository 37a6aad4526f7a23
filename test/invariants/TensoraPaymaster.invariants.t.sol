// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";

import {PaymasterFixture} from "../utils/PaymasterFixture.sol";
import {IOpBuilder, PaymasterHandler} from "./handlers/PaymasterHandler.sol";

contract TensoraPaymaster_Invariants is PaymasterFixture, IOpBuilder {
    PaymasterHandler internal handler;
    address internal account;
    uint256 internal creationCharge;
    address internal unapproved;

    function entryPointVersion() internal pure override returns (uint8) {
        return 7;
    }

    function setUp() public override {
        super.setUp();
        account = _createAccount(10_000 ether);
        creationCharge = tora.balanceOf(address(paymaster));
        unapproved = simpleFactory.getAddress(user, 0);
        tora.transfer(unapproved, 10_000 ether);
        handler = new PaymasterHandler(entryPoint, paymaster, tora, this, account, bundler, keeper);
        targetContract(address(handler));
    }

    /// @inheritdoc IOpBuilder
    function buildOp(bytes calldata callData, uint256 nonceOffset, uint256 feePerGas)
        external
        view
        returns (PackedUserOperation memory op)
    {
        op = _op(account, "", callData, true);
        op.nonce += nonceOffset;
        op.gasFees = bytes32((feePerGas << 128) | feePerGas);
        op.signature = _sign(op);
    }

    /// @inheritdoc IOpBuilder
    function buildUnapprovedOp() external view returns (PackedUserOperation memory) {
        return _op(unapproved, _initCodeOf(simpleFactory, 0), _approveCall(type(uint256).max), true);
    }

    /// @notice The paymaster holds exactly the charges it collected: no pre-charge is ever left
    ///         behind after a bundle, and nothing else moves its TORA.
    function invariant_holdsExactlyTheCharges() public view {
        assertEq(tora.balanceOf(address(paymaster)), creationCharge + handler.ghostCharged());
        assertEq(
            tora.balanceOf(account) + tora.balanceOf(address(paymaster)) + tora.balanceOf(address(0xbeef)), 10_000 ether
        );
        assertEq(tora.balanceOf(unapproved), 10_000 ether, "an account that never approved never pays");
    }

    /// @dev The campaign must have landed operations, or the invariants above say nothing.
    function afterInvariant() public view {
        assertGt(handler.ghostOps(), 0);
    }

    /// @notice Deposit solvency per paid operation: the deposit only ever pays for operations whose
    ///         TORA was collected (at least the deposit cost at the price, in every bundle, with any
    ///         bundler and fee under the cap), and each account pays exactly its charges.
    function invariant_depositPaysOnlyForCollectedTora() public view {
        assertFalse(handler.ghostUnderpaid());
    }
}
