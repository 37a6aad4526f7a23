// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ForecastFeeds} from "../../contracts/predictia/ForecastFeeds.sol";
import {ForecastFeedsFactory} from "../../contracts/predictia/ForecastFeedsFactory.sol";
import {SubnetFixture} from "../utils/SubnetFixture.sol";
import {FeedsFactoryHandler} from "./handlers/FeedsFactoryHandler.sol";

contract ForecastFeedsFactory_Invariants is SubnetFixture {
    uint256 internal constant SUBNETS = 3;
    ForecastFeedsFactory internal factory;
    FeedsFactoryHandler internal handler;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < SUBNETS; ++i) {
            createSubnet(string.concat("Subnet ", vm.toString(i)));
        }
        factory = new ForecastFeedsFactory(registry);
        handler = new FeedsFactoryHandler(factory, SUBNETS);
        targetContract(address(handler));
    }

    /// @notice A subnet's feeds, once created, never change and serve that subnet; unknown ids
    ///         never get any; at most one per subnet.
    function invariant_feedsAreFixedAndServeTheirSubnet() public view {
        assertEq(factory.feedsOf(0), address(0));
        assertEq(factory.feedsOf(SUBNETS + 1), address(0));
        uint256 listed;
        for (uint256 id = 1; id <= SUBNETS; ++id) {
            address feeds = factory.feedsOf(id);
            assertEq(feeds, handler.firstFeeds(id));
            if (feeds != address(0)) {
                assertEq(ForecastFeeds(feeds).subnet(), registry.instanceOf(id));
                ++listed;
            }
        }
        assertEq(listed, handler.created());
    }
}
