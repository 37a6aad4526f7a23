// SPDX-License-Identifier: GPL-3.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEntryPoint} from "aa-v07/interfaces/IEntryPoint.sol";
import {SimpleAccount} from "aa-v07/samples/SimpleAccount.sol";

/// @title TensoraAccount
/// @notice The eth-infinitism SimpleAccount (EntryPoint v0.7 sample, owner-signed operations,
///         UUPS-upgradeable by its owner) that approves the TensoraPaymaster for TORA when it is
///         initialized. Its first UserOperation, the one that creates it, can therefore already be
///         paid in TORA: the paymaster collects the charge during validation, as for every other
///         operation, and never has to trust that a later call approves it. The owner can revoke
///         or lower the approval at any time (`execute(TORA, 0, approve(paymaster, x))`); the
///         paymaster only ever pulls the charge of an operation the owner signed.
/// @dev Licensed GPL-3.0 because it extends GPL-3.0 code (`SimpleAccount`).
contract TensoraAccount is SimpleAccount {
    /// @notice The token the account approves.
    IERC20 public immutable TORA;
    /// @notice The paymaster approved at initialization.
    address public immutable PAYMASTER;

    /// @notice TORA refused the approval.
    error ApprovalFailed();

    /// @param entryPoint_ The EntryPoint this account serves.
    /// @param tora_ The TORA token.
    /// @param paymaster_ The TensoraPaymaster of that EntryPoint.
    constructor(IEntryPoint entryPoint_, IERC20 tora_, address paymaster_) SimpleAccount(entryPoint_) {
        TORA = tora_;
        PAYMASTER = paymaster_;
    }

    /// @dev SimpleAccount's initialization plus the paymaster approval.
    function _initialize(address anOwner) internal override {
        super._initialize(anOwner);
        if (!TORA.approve(PAYMASTER, type(uint256).max)) revert ApprovalFailed();
    }
}
