// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEmissionWeights} from "./IEmissionWeights.sol";
import {IGuardianPausable} from "./IGuardianPausable.sol";

/// @title IEmissionManager
/// @notice Mints TORA on a halving schedule under the token cap and splits it across subnets by
///         governance-set weights. Subnets pull their share when they close an epoch.
interface IEmissionManager is IEmissionWeights, IGuardianPausable {
    /// @notice Emission bookkeeping of one subnet. One storage slot.
    /// @param weight The weight in force, in basis points.
    /// @param pendingWeight The weight governance set, in force from the subnet's next pull.
    /// @param hasPending Whether `pendingWeight` is waiting to take over.
    /// @param lastPull When the subnet last pulled, in seconds (0: never).
    struct SubnetEmission {
        uint16 weight;
        uint16 pendingWeight;
        bool hasPending;
        uint64 lastPull;
    }

    /// @notice The caller is not a subnet instance created by the registry.
    error NotASubnet(address caller);
    /// @notice `ids` and `weights` differ in length.
    error LengthMismatch(uint256 ids, uint256 weights);
    /// @notice The weights (counting both the weight in force and the pending one of every subnet)
    ///         would exceed 10,000 basis points.
    /// @param reserved The resulting total, in basis points.
    error WeightsExceedTotal(uint256 reserved);
    /// @notice A deactivated subnet can only be given weight 0.
    error SubnetInactive(uint256 subnetId);
    /// @notice The subnet is still active; only deactivated subnets can be cleared.
    error SubnetStillActive(uint256 subnetId);
    /// @notice A schedule or policy parameter is out of range.
    error InvalidParameter(string name, uint256 value);

    /// @notice Governance set subnet `subnetId`'s weight, in force from its next pull.
    event WeightSet(uint256 indexed subnetId, uint16 pendingWeight, uint256 totalReserved);
    /// @notice Subnet `subnetId` pulled `amount` TORA wei for the seconds in (`from`, `to`].
    /// @param forfeited Scheduled emission of the subnet beyond the catch-up limit, never minted.
    event Pulled(
        uint256 indexed subnetId,
        address indexed instance,
        uint256 amount,
        uint64 from,
        uint64 to,
        uint256 forfeited,
        uint16 weight
    );
    /// @notice The weight now in force for `subnetId` changed.
    event WeightApplied(uint256 indexed subnetId, uint16 weight);
    /// @notice The catch-up limit changed, in seconds.
    event MaxAccrualSet(uint64 maxAccrual);

    /// @notice Mints the caller's (a subnet's) accrued emission to it and applies its pending weight.
    /// @return amount The TORA wei minted.
    function pull() external returns (uint256 amount);

    /// @notice Cumulative scheduled emission from the start until `timestamp`, in TORA wei.
    function scheduledEmission(uint256 timestamp) external view returns (uint256);

    /// @notice What `pull` would mint for subnet `subnetId` now, in TORA wei.
    function pending(uint256 subnetId) external view returns (uint256);
}
