// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IValidatorTrust
/// @notice Global validator trust: an exponential moving average of how much of each validator's
///         scoring survived consensus clipping, across every subnet, lowered by slashing. Only
///         subnet instances the registry created can write, and only while they are Active (live
///         with a non-zero emission weight, which only governance grants); every subnet reads it
///         to weight stake.
interface IValidatorTrust {
    /// @notice The caller is not a subnet instance created by the registry.
    error NotASubnet(address caller);
    /// @notice `validators` and `trusts` differ in length.
    error LengthMismatch(uint256 validators, uint256 trusts);
    /// @notice A parameter is out of range.
    error InvalidParameter(string name, uint256 value);

    /// @notice Subnet `subnetId` reported `epochTrust` (WAD) for `validator`; global trust moved
    ///         from `previous` to `current` (WAD).
    event TrustUpdated(
        address indexed validator, uint256 indexed subnetId, uint256 epochTrust, uint256 previous, uint256 current
    );
    /// @notice `validator` was slashed in subnet `subnetId`; its trust fell from `previous` to `current`.
    event TrustSlashed(address indexed validator, uint256 indexed subnetId, uint256 previous, uint256 current);
    /// @notice The EMA factor (WAD), the slash penalty (bps) or the rate period (seconds) changed.
    event ParametersSet(uint64 emaAlpha, uint16 slashPenaltyBps, uint32 ratePeriod);

    /// @notice Folds one epoch's validator trust (WAD, 0..1e18) of each validator into its global
    ///         trust, with a step scaled by the calling subnet's emission weight and by the epoch's
    ///         length (`epochLength` seconds, at most one rate period). A subnet that is not Active
    ///         changes nothing.
    function recordEpoch(address[] calldata validators, uint256[] calldata trusts, uint256 epochLength) external;

    /// @notice Lowers `validator`'s trust by the slash penalty, when the calling subnet is Active.
    function recordSlash(address validator) external;

    /// @notice Global trust of `validator`, WAD (1e18 = full trust); newcomers start at NEUTRAL.
    function trustOf(address validator) external view returns (uint256);
}
