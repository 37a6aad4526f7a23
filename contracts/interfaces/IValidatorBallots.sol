// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IValidatorBallots
/// @notice Errors and events of contracts that collect stake-weighted ballots from a subnet's
///         validators (`ValidatorBallots`): forecast rounds, outcome reports, request scores.
interface IValidatorBallots {
    /// @notice The caller is not a registered validator of the subnet, or has no stake this epoch.
    error NotAValidator(address caller);
    /// @notice The caller already submitted to this box.
    error AlreadySubmitted(address caller);
    /// @notice The box holds `MAX_BALLOTS` ballots and the caller's weight does not exceed the lowest.
    error OutweighedBallot(uint256 weight, uint256 lowest);

    /// @notice A lighter validator's ballot was dropped to admit a heavier one (the box was full).
    event BallotDisplaced(bytes32 indexed box, address indexed dropped, address indexed admitted);
}
