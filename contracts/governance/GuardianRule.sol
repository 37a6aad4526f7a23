// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title GuardianRule
/// @notice Which governance calls change who the guardian is. The guardian may cancel any
///         proposal and any queued operation, except one of these: governance can always replace
///         or remove its guardian (and then lift whatever the guardian paused), so the guardian's
///         powers last only as long as governance lets them. The Governor (proposals) and the
///         Timelock (queued operations) both apply this one rule.
library GuardianRule {
    /// @dev `TimelockController.CANCELLER_ROLE`.
    bytes32 internal constant CANCELLER_ROLE = keccak256("CANCELLER_ROLE");

    /// @notice Whether any of `calldatas` changes a guardian: `setGuardian(address)` (registry,
    ///         emission manager, paymaster), `setProposalGuardian(address)` (governor), or
    ///         granting or revoking the timelock's canceller role.
    function changesGuardian(bytes[] memory calldatas) internal pure returns (bool) {
        for (uint256 i; i < calldatas.length; ++i) {
            if (changesGuardian(calldatas[i])) return true;
        }
        return false;
    }

    /// @notice Whether one call's `data` changes a guardian (see above).
    function changesGuardian(bytes memory data) internal pure returns (bool) {
        if (data.length < 4) return false;
        bytes4 selector = bytes4(data);
        if (selector == bytes4(keccak256("setGuardian(address)"))) return true;
        if (selector == bytes4(keccak256("setProposalGuardian(address)"))) return true;
        if (
            selector == bytes4(keccak256("grantRole(bytes32,address)"))
                || selector == bytes4(keccak256("revokeRole(bytes32,address)"))
        ) {
            if (data.length < 36) return false;
            bytes32 role;
            assembly ("memory-safe") {
                role := mload(add(data, 36))
            }
            return role == CANCELLER_ROLE;
        }
        return false;
    }
}
