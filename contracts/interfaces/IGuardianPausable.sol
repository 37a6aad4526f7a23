// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IGuardianPausable
/// @notice A contract governance pauses and unpauses, and a guardian (the Safe) may pause but never
///         unpause: the guardian can stop harm quickly, only governance can resume.
interface IGuardianPausable {
    /// @notice The caller is neither governance (the owner) nor the guardian.
    /// @param caller The caller.
    error NotOwnerOrGuardian(address caller);

    /// @notice The guardian changed (zero: none).
    /// @param guardian The new guardian.
    event GuardianSet(address indexed guardian);

    /// @notice The guardian: may pause, never unpause, never move funds (zero: none).
    function guardian() external view returns (address);

    /// @notice Sets the guardian (zero removes it). Governance only.
    /// @param guardian_ The new guardian.
    function setGuardian(address guardian_) external;

    /// @notice Pauses. Governance or the guardian.
    function pause() external;

    /// @notice Unpauses. Governance only.
    function unpause() external;
}
