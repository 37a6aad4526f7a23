// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {Subnet} from "../../../contracts/Subnet.sol";
import {IForecastFeeds} from "../../../contracts/interfaces/IForecastFeeds.sol";
import {ISubnet} from "../../../contracts/interfaces/ISubnet.sol";
import {IValidatorBallots} from "../../../contracts/interfaces/IValidatorBallots.sol";
import {ForecastFeeds} from "../../../contracts/predictia/ForecastFeeds.sol";

/// @dev Closes the subnet's epoch on the handler's behalf (the invariant test does it with its
///      fixture's reference consensus).
interface IEpochCloser {
    function closeSubnetEpoch() external;
}

/// @dev Drives a ForecastFeeds through publications, finalizations, requests, outcome reports,
///      settlements, feed changes and time, only ever doing what a real caller could; the ghost
///      variables record what the invariants compare against.
contract ForecastHandler is CommonBase, StdUtils {
    ForecastFeeds internal feeds;
    Subnet internal subnet;
    IEpochCloser internal closer;
    address internal owner;
    address[] internal validators;

    bytes32[] public issued;
    uint256 public ghostRequests;
    uint256 public ghostRoundsPublished;

    constructor(ForecastFeeds feeds_, Subnet subnet_, IEpochCloser closer_, address owner_, address[] memory vals) {
        feeds = feeds_;
        subnet = subnet_;
        closer = closer_;
        owner = owner_;
        validators = vals;
    }

    function issuedCount() external view returns (uint256) {
        return issued.length;
    }

    function publish(uint256 who, uint256 seed) external {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        if (block.timestamp >= info.end) return;
        if (block.timestamp < info.revealFrom) vm.warp(info.revealFrom);
        address v = validators[who % validators.length];
        (uint64 epoch, uint32 endsAt,, uint16 carried) = feeds.pending();
        uint256 n = endsAt != 0 && epoch == info.epoch ? carried : feeds.feedCount();
        int64[] memory p = new int64[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            p[i] = r % 5 == 0 ? feeds.NO_VALUE() : int64(int256(r % 0.2e18)) - 0.1e18;
        }
        uint256 before = _latestRounds();
        vm.prank(v);
        try feeds.publishForecasts(p) {}
        catch (bytes memory reason) {
            // Publishing twice in one epoch is the only refusal a validator can meet here.
            require(bytes4(reason) == IValidatorBallots.AlreadySubmitted.selector, "publish failed");
        }
        ghostRoundsPublished += _latestRounds() - before;
    }

    function finalize() external {
        (, uint32 endsAt,,) = feeds.pending();
        if (endsAt == 0) return;
        if (block.timestamp < endsAt) vm.warp(endsAt);
        uint256 before = _latestRounds();
        feeds.finalizeRounds();
        ghostRoundsPublished += _latestRounds() - before;
    }

    function closeEpoch() external {
        closer.closeSubnetEpoch();
    }

    function request(uint256 feedSeed, address caller) external {
        uint256 count = feeds.feedCount();
        IForecastFeeds.Feed memory f = feeds.feedAt(uint32(feedSeed % count));
        vm.prank(caller);
        issued.push(feeds.requestForecast(f.asset, f.horizon));
        ++ghostRequests;
    }

    function report(uint256 who, uint256 feedSeed, uint256 roundSeed, int64 value) external {
        uint32 feed = uint32(feedSeed % feeds.feedCount());
        uint64 latest = feeds.feedAt(feed).latestRound;
        if (latest == 0) return;
        uint64 roundId = uint64(roundSeed % latest) + 1;
        IForecastFeeds.Round memory r = feeds.roundOf(feed, roundId);
        if (r.settled) return;
        uint256 opensAt = uint256(r.publishedAt) + feeds.feedAt(feed).horizon;
        uint256 closesAt = opensAt + feeds.bounds().settleWindow;
        if (block.timestamp >= closesAt) return;
        if (block.timestamp < opensAt) vm.warp(opensAt);
        value = int64(bound(value, -1e18, 9e18));
        vm.prank(validators[who % validators.length]);
        try feeds.reportOutcome(feed, roundId, value) {}
        catch (bytes memory reason) {
            require(bytes4(reason) == IValidatorBallots.AlreadySubmitted.selector, "report failed");
        }
    }

    function settle(uint256 feedSeed, uint256 roundSeed) external {
        uint32 feed = uint32(feedSeed % feeds.feedCount());
        uint64 latest = feeds.feedAt(feed).latestRound;
        if (latest == 0) return;
        uint64 roundId = uint64(roundSeed % latest) + 1;
        try feeds.settleRound(feed, roundId) {}
        catch (bytes memory reason) {
            bytes4 s = bytes4(reason);
            require(
                s == IForecastFeeds.CannotSettle.selector || s == IForecastFeeds.RoundSettled.selector, "settle failed"
            );
        }
    }

    function addFeed(uint32 horizon) external {
        if (feeds.feedCount() >= feeds.bounds().maxFeeds) return;
        horizon = uint32(bound(horizon, 60, 1 days));
        string memory asset = string.concat("A", vm.toString(feeds.feedCount()));
        vm.prank(owner);
        feeds.addFeed(asset, horizon, 0.01e18, 2 hours);
    }

    function deactivateFeed(uint256 feedSeed) external {
        uint32 feed = uint32(feedSeed % feeds.feedCount());
        vm.prank(owner);
        feeds.deactivateFeed(feed);
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 3 hours));
    }

    function _latestRounds() internal view returns (uint256 total) {
        uint256 n = feeds.feedCount();
        for (uint256 i; i < n; ++i) {
            total += feeds.feedAt(uint32(i)).latestRound;
        }
    }
}
