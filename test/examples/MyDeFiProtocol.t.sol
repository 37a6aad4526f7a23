// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MyDeFiProtocol} from "../../examples/defi-consumer/MyDeFiProtocol.sol";
import {ForecastFixture} from "../utils/ForecastFixture.sol";

/// @dev The seeds' consumer against a real ForecastFeeds: it liquidates only on a confident drop,
///      and a missing, stale or doubtful forecast never makes it act. Also writes the gas of one
///      request and read from a contract (cold, as in a fresh transaction) to
///      snapshots/ForecastFeeds.json.
contract MyDeFiProtocolTest is ForecastFixture {
    MyDeFiProtocol internal protocol;
    address internal user = makeAddr("user");

    function setUp() public override {
        super.setUp();
        protocol = new MyDeFiProtocol(feeds);
    }

    /// @dev Three epochs of exact forecasts settled against the outcome lift the accuracy record
    ///      from 0.5 to 1 - 0.5 * 0.75^3 = 0.789..., then a fourth, exact again, to 0.841...: with
    ///      agreement 1 and full participation the rounds reach confidence 84.
    function _buildTrackRecord(int64 value) internal {
        for (uint256 i; i < 4; ++i) {
            publishOne(three(value, value, value));
            endEpoch();
            uint64 roundId = feeds.feedAt(0).latestRound;
            uint256 opensAt = uint256(feeds.roundOf(0, roundId).publishedAt) + HORIZON;
            vm.warp(opensAt);
            for (uint256 v; v < 3; ++v) {
                vm.prank(validators[v]);
                feeds.reportOutcome(0, roundId, value);
            }
            vm.warp(opensAt + feedBounds().settleWindow);
            feeds.settleRound(0, roundId);
            closeNow(predictia);
        }
        publishOne(three(value, value, value));
        endEpoch();
    }

    function test_noForecastYet_doesNotLiquidate() public {
        assertFalse(protocol.shouldLiquidate(user));
        assertEq(feeds.feedAt(0).requests, 1, "the request was recorded");
    }

    function test_confidentDrop_liquidates() public {
        _buildTrackRecord(-0.03e18);
        assertEq(feeds.roundOf(0, 5).confidence, 84);
        assertTrue(protocol.shouldLiquidate(user));
    }

    function test_newFeed_neverConfidentEnough() public {
        publishOne(three(-0.03e18, -0.03e18, -0.03e18));
        endEpoch();
        assertEq(feeds.roundOf(0, 1).confidence, 50);
        assertFalse(protocol.shouldLiquidate(user));
    }

    function test_confidentRise_doesNotLiquidate() public {
        _buildTrackRecord(0.03e18);
        assertFalse(protocol.shouldLiquidate(user));
    }

    function test_staleForecast_doesNotLiquidate() public {
        _buildTrackRecord(-0.03e18);
        vm.warp(uint256(feeds.roundOf(0, 5).publishedAt) + STALE_AFTER + 1);
        assertFalse(protocol.shouldLiquidate(user));
    }

    /// @dev A feed's first request costs the same as any other: its request counter shares a
    ///      slot that is already non-zero.
    function test_gas_requestAndGetFromAContract() public {
        publishOne(three(-0.03e18, -0.02e18, -0.01e18));
        endEpoch();
        vm.cool(address(feeds));
        vm.cool(address(protocol));
        protocol.shouldLiquidate(user);
        vm.snapshotGasLastCall("ForecastFeeds", "shouldLiquidate_requestAndGet");
    }
}
