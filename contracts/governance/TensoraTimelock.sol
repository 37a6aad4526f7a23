// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title TensoraTimelock
/// @notice The timelock that owns every admin role of the suite and holds the treasury. Only the
///         Governor proposes; anyone executes a ready operation; the Governor and the guardian
///         (a Safe) can cancel. No deployer ever holds a role: the constructor grants exactly these
///         and the timelock administers itself.
contract TensoraTimelock is TimelockController {
    /// @notice An address that must be a real account was zero.
    error ZeroAddress(string parameter);

    /// @param minDelay Seconds between queueing and executing an operation.
    /// @param governor The only proposer (also a canceller).
    /// @param guardian The guardian Safe: a canceller, nothing else.
    constructor(uint256 minDelay, address governor, address guardian)
        TimelockController(minDelay, _one(governor), _one(address(0)), address(0))
    {
        if (governor == address(0)) revert ZeroAddress("governor");
        if (guardian == address(0)) revert ZeroAddress("guardian");
        _grantRole(CANCELLER_ROLE, guardian);
    }

    /// @notice The semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    function _one(address a) private pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }
}
