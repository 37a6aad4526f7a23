// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

import {IGuardianPausable} from "../interfaces/IGuardianPausable.sol";

/// @title GuardianPausable
/// @notice The one pause rule of the suite (SubnetRegistry, EmissionManager, TensoraPaymaster):
///         the owner (governance, through the timelock) pauses and unpauses; the guardian may
///         only pause. What "paused" stops is each contract's own business (`whenNotPaused`,
///         `paused()`).
abstract contract GuardianPausable is IGuardianPausable, Ownable2Step, Pausable {
    /// @inheritdoc IGuardianPausable
    address public guardian;

    /// @dev Governance or the guardian.
    modifier onlyOwnerOrGuardian() {
        if (msg.sender != owner() && msg.sender != guardian) revert NotOwnerOrGuardian(msg.sender);
        _;
    }

    /// @inheritdoc IGuardianPausable
    function setGuardian(address guardian_) external onlyOwner {
        _setGuardian(guardian_);
    }

    /// @inheritdoc IGuardianPausable
    function pause() external onlyOwnerOrGuardian {
        _pause();
    }

    /// @inheritdoc IGuardianPausable
    function unpause() external onlyOwner {
        _unpause();
    }

    /// @dev Sets the guardian and says so.
    function _setGuardian(address guardian_) internal {
        guardian = guardian_;
        emit GuardianSet(guardian_);
    }
}
