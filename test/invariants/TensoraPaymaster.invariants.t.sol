// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";

import {PaymasterFixture} from "../utils/PaymasterFixture.sol";
import {IOpBuilder, PaymasterHandler} from "./handlers/PaymasterHandler.sol";

contract TensoraPaymaster_Invariants is PaymasterFixture, IOpBuilder {
    PaymasterHandler internal handler;
    address internal account;
    uint256 internal bootstrapCharge;

    function entryPointVersion() internal pure override returns (uint8) {
        return 7;
    }

    function setUp() public override {
        super.setUp();
        account = _bootstrap(10_000 ether);
        bootstrapCharge = tora.balanceOf(address(paymaster));
        handler = new PaymasterHandler(entryPoint, paymaster, tora, this, account, bundler, keeper);
        targetContract(address(handler));
    }

    /// @dev Builds and signs an operation for the handler.
    function buildOp(bytes calldata callData) external view returns (PackedUserOperation memory) {
        return _op(account, "", callData, true);
    }

    /// @notice The paymaster holds exactly the charges it collected: no pre-charge is ever left
    ///         behind after a bundle, and nothing else moves its TORA.
    function invariant_holdsExactlyTheCharges() public view {
        assertEq(tora.balanceOf(address(paymaster)), bootstrapCharge + handler.ghostCharged());
        assertEq(
            tora.balanceOf(account) + tora.balanceOf(address(paymaster)) + tora.balanceOf(address(0xbeef)), 10_000 ether
        );
    }

    /// @dev The campaign must have landed operations, or the invariants above say nothing.
    function afterInvariant() public view {
        assertGt(handler.ghostOps(), 0);
    }

    /// @notice Every operation paid the paymaster at least its deposit cost at the price, and the
    ///         account exactly the charge (plus what it transferred).
    function invariant_neverUnderpaid() public view {
        assertFalse(handler.ghostUnderpaid());
    }
}
