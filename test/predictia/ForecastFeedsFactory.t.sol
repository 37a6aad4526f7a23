// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../../contracts/Subnet.sol";
import {IForecastFeeds} from "../../contracts/interfaces/IForecastFeeds.sol";
import {IForecastFeedsFactory} from "../../contracts/interfaces/IForecastFeedsFactory.sol";
import {ISubnet} from "../../contracts/interfaces/ISubnet.sol";
import {ForecastFeeds} from "../../contracts/predictia/ForecastFeeds.sol";
import {ForecastFeedsFactory} from "../../contracts/predictia/ForecastFeedsFactory.sol";
import {SubnetFixture} from "../utils/SubnetFixture.sol";

contract ForecastFeedsFactoryTest is SubnetFixture {
    ForecastFeedsFactory internal factory;
    Subnet internal predictia;
    uint256 internal predictiaId;

    function setUp() public virtual override {
        super.setUp();
        factory = new ForecastFeedsFactory(registry);
        (predictiaId, predictia) = createSubnet("Predictia");
    }

    /// @dev Where the factory puts subnet `id`'s feeds (CREATE2, the id as salt).
    function predicted(uint256 id, address instance) internal view returns (address) {
        bytes memory init = abi.encodePacked(type(ForecastFeeds).creationCode, abi.encode(instance));
        return vm.computeCreate2Address(bytes32(id), keccak256(init), address(factory));
    }

    function test_createFeeds_listsTheSubnetsFeedsOnce() public {
        address expected = predicted(predictiaId, address(predictia));
        vm.expectEmit(address(factory));
        emit IForecastFeedsFactory.ForecastFeedsCreated(predictiaId, address(predictia), expected);
        vm.prank(outsider); // anyone may create them
        address feeds = factory.createFeeds(predictiaId);
        assertEq(feeds, expected);
        assertEq(factory.feedsOf(predictiaId), feeds);
        assertEq(ForecastFeeds(feeds).subnet(), address(predictia));
        assertEq(factory.registry(), address(registry));

        // Created by an outsider, the feeds are still the subnet owner's to list, at the defaults.
        IForecastFeeds.Bounds memory b = ForecastFeeds(feeds).bounds();
        assertEq(b.maxFeeds, 16);
        assertEq(b.maxTolerance, 0.1e18);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotSubnetOwner.selector, outsider));
        ForecastFeeds(feeds).addFeed("ETH/USDT", 3600, 0.01e18, 2 hours);
        vm.prank(creator);
        ForecastFeeds(feeds).addFeed("ETH/USDT", 3600, 0.01e18, 2 hours);

        // Never replaced, by anyone.
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeedsFactory.FeedsExist.selector, predictiaId, feeds));
        factory.createFeeds(predictiaId);
        assertEq(factory.feedsOf(predictiaId), feeds);
    }

    function test_createFeeds_eachSubnetGetsItsOwn() public {
        (uint256 otherId, Subnet other) = createSubnet("Other");
        address a = factory.createFeeds(predictiaId);
        address b = factory.createFeeds(otherId);
        assertTrue(a != b);
        assertEq(ForecastFeeds(b).subnet(), address(other));
        assertEq(factory.feedsOf(otherId), b);
    }

    function test_createFeeds_refusesUnknownSubnets() public {
        for (uint256 id; id < 3; id += 2) {
            vm.expectRevert(abi.encodeWithSelector(IForecastFeedsFactory.UnknownSubnet.selector, id));
            factory.createFeeds(id);
        }
        assertEq(factory.feedsOf(0), address(0));
    }

    function test_feedsOf_isZeroUntilCreated() public view {
        assertEq(factory.feedsOf(predictiaId), address(0));
    }

    function testFuzz_createFeeds_refusesEveryIdBeyondTheRegistry(uint256 id) public {
        id = bound(id, registry.subnetCount() + 1, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeedsFactory.UnknownSubnet.selector, id));
        factory.createFeeds(id);
    }

    function testFuzz_createFeeds_sameAddressWhoeverCalls(address caller) public {
        vm.prank(caller);
        assertEq(factory.createFeeds(predictiaId), predicted(predictiaId, address(predictia)));
    }
}
