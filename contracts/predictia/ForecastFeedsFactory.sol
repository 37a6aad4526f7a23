// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IForecastFeedsFactory} from "../interfaces/IForecastFeedsFactory.sol";
import {ISubnet} from "../interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../interfaces/ISubnetRegistry.sol";
import {ForecastFeeds} from "./ForecastFeeds.sol";

/// @title ForecastFeedsFactory
/// @notice Creates and lists the forecast feeds of the registry's subnets, one `ForecastFeeds` per
///         subnet (see `IForecastFeedsFactory`). A suite contract, deployed with the registry.
///         Creation is open to anyone and cannot be front-run to harm: the feeds created for a
///         subnet are the same contract whoever calls (CREATE2 with the subnet id as salt; bounds at
///         the defaults, only governance changes them; only the subnet owner lists feeds).
contract ForecastFeedsFactory is IForecastFeedsFactory {
    ISubnetRegistry internal immutable REGISTRY;

    mapping(uint256 subnetId => address feeds) internal _feedsOf;

    /// @param registry_ The registry whose subnets get feeds.
    constructor(ISubnetRegistry registry_) {
        REGISTRY = registry_;
    }

    /// @inheritdoc IForecastFeedsFactory
    function createFeeds(uint256 subnetId) external returns (address feeds) {
        address existing = _feedsOf[subnetId];
        if (existing != address(0)) revert FeedsExist(subnetId, existing);
        address instance =
            subnetId == 0 || subnetId > REGISTRY.subnetCount() ? address(0) : REGISTRY.instanceOf(subnetId);
        if (instance == address(0)) revert UnknownSubnet(subnetId);
        // The only external code run is ForecastFeeds' constructor, which reads the registry.
        feeds = address(new ForecastFeeds{salt: bytes32(subnetId)}(ISubnet(instance)));
        _feedsOf[subnetId] = feeds;
        emit ForecastFeedsCreated(subnetId, instance, feeds);
    }

    /// @inheritdoc IForecastFeedsFactory
    function feedsOf(uint256 subnetId) external view returns (address) {
        return _feedsOf[subnetId];
    }

    /// @inheritdoc IForecastFeedsFactory
    function registry() external view returns (address) {
        return address(REGISTRY);
    }
}
