// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IForecastFeedsFactory
/// @notice Where a subnet's forecast feeds are found: one `ForecastFeeds` per subnet, created here
///         (by anyone: the contract is the same whoever creates it, its bounds start at the
///         defaults and only the subnet owner lists feeds) and never replaced. dApps look a
///         subnet's feeds up with `feedsOf`; indexers follow `ForecastFeedsCreated`.
interface IForecastFeedsFactory {
    /// @notice The subnet does not exist.
    error UnknownSubnet(uint256 subnetId);
    /// @notice The subnet already has its feeds, at `feeds`.
    error FeedsExist(uint256 subnetId, address feeds);

    /// @notice The feeds of subnet `subnetId` (instance `subnet`) were created at `feeds`.
    event ForecastFeedsCreated(uint256 indexed subnetId, address indexed subnet, address feeds);

    /// @notice Creates the feeds of subnet `subnetId` (any subnet of the registry, once).
    function createFeeds(uint256 subnetId) external returns (address feeds);

    /// @notice The feeds of subnet `subnetId` (zero until created).
    function feedsOf(uint256 subnetId) external view returns (address);

    /// @notice The registry whose subnets get feeds.
    function registry() external view returns (address);
}
