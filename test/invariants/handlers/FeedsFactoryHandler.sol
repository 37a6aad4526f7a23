// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ForecastFeedsFactory} from "../../../contracts/predictia/ForecastFeedsFactory.sol";
import {Test} from "forge-std/Test.sol";

/// @dev Drives the factory: anyone creates feeds for any id (existing, repeated or unknown).
contract FeedsFactoryHandler is Test {
    ForecastFeedsFactory internal immutable FACTORY;
    uint256 internal immutable SUBNETS;

    /// @dev The feeds first recorded for each id (zero: none yet).
    mapping(uint256 => address) public firstFeeds;
    uint256 public created;

    constructor(ForecastFeedsFactory factory, uint256 subnets) {
        FACTORY = factory;
        SUBNETS = subnets;
    }

    function createFeeds(uint256 id, address caller) external {
        id = bound(id, 0, SUBNETS + 1);
        vm.prank(caller);
        try FACTORY.createFeeds(id) returns (address feeds) {
            assertEq(firstFeeds[id], address(0), "created twice");
            firstFeeds[id] = feeds;
            ++created;
        } catch {}
    }
}
