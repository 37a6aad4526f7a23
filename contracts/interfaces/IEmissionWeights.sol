// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IEmissionWeights
/// @notice Where the SubnetRegistry reads a subnet's emission weight for discovery. Implemented by
///         the EmissionManager, which owns the weights (set by governance only).
interface IEmissionWeights {
    /// @notice The emission weight of subnet `subnetId`, in basis points of the total emission.
    function emissionWeightOf(uint256 subnetId) external view returns (uint256);
}
