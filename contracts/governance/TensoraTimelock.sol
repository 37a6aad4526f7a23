// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {GuardianRule} from "./GuardianRule.sol";

/// @title TensoraTimelock
/// @notice The timelock that owns every admin role of the suite and holds the treasury. Only the
///         Governor proposes; anyone executes a ready operation; the Governor and the guardian
///         (a Safe) can cancel, the guardian not an operation that replaces or removes a guardian
///         (`GuardianRule`). No deployer ever holds a role: the constructor grants exactly these
///         and the timelock administers itself.
contract TensoraTimelock is TimelockController {
    /// @notice An address that must be a real account was zero.
    error ZeroAddress(string parameter);
    /// @notice Only a proposer may cancel operation `id`: it changes a guardian.
    error GuardianCannotCancel(bytes32 id);

    /// @notice Queued operations that change a guardian (only a proposer may cancel them).
    mapping(bytes32 id => bool) public changesGuardian;

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

    /// @inheritdoc TimelockController
    function schedule(
        address target,
        uint256 value,
        bytes calldata data,
        bytes32 predecessor,
        bytes32 salt,
        uint256 delay
    ) public override {
        super.schedule(target, value, data, predecessor, salt, delay);
        if (GuardianRule.changesGuardian(data)) {
            changesGuardian[hashOperation(target, value, data, predecessor, salt)] = true;
        }
    }

    /// @inheritdoc TimelockController
    function scheduleBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt,
        uint256 delay
    ) public override {
        super.scheduleBatch(targets, values, payloads, predecessor, salt, delay);
        if (GuardianRule.changesGuardian(payloads)) {
            changesGuardian[hashOperationBatch(targets, values, payloads, predecessor, salt)] = true;
        }
    }

    /// @inheritdoc TimelockController
    function cancel(bytes32 id) public override {
        if (changesGuardian[id] && !hasRole(PROPOSER_ROLE, msg.sender)) revert GuardianCannotCancel(id);
        super.cancel(id);
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
