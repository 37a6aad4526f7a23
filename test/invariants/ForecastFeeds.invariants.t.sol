// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IForecastFeeds} from "../../contracts/interfaces/IForecastFeeds.sol";
import {ForecastFixture} from "../utils/ForecastFixture.sol";
import {ForecastHandler, IEpochCloser} from "./handlers/ForecastHandler.sol";

contract ForecastFeeds_Invariants is ForecastFixture, IEpochCloser {
    ForecastHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new ForecastHandler(feeds, predictia, this, creator, validators);
        targetContract(address(handler));
    }

    /// @dev Called by the handler: closes the subnet's epoch as its coordinator would.
    function closeSubnetEpoch() external {
        closeNow(predictia);
    }

    /// @notice No round is newer than the epoch that published it: its epoch has ended (its
    ///         publication time has passed), the subnet has reached that epoch, and rounds of a
    ///         feed come from strictly increasing epochs.
    function invariant_noRoundNewerThanItsEpoch() public view {
        uint64 current = predictia.epochInfo().epoch;
        uint256 n = feeds.feedCount();
        for (uint256 i; i < n; ++i) {
            uint64 latest = feeds.feedAt(uint32(i)).latestRound;
            uint64 lastEpoch;
            for (uint64 r = 1; r <= latest; ++r) {
                IForecastFeeds.Round memory round = feeds.roundOf(uint32(i), r);
                assertLe(round.publishedAt, block.timestamp, "published in the future");
                assertLe(round.epoch, current, "epoch not reached");
                if (r > 1) assertGt(round.epoch, lastEpoch, "two rounds from one epoch");
                lastEpoch = round.epoch;
                assertLe(round.confidence, 100);
                assertGt(round.publishers, 0);
                assertLe(round.publishers, feeds.MAX_BALLOTS());
            }
            assertEq(feeds.roundOf(uint32(i), latest + 1).publishedAt, 0, "a round past the latest");
        }
    }

    /// @notice Every recorded request is counted, and reads back without reverting, never more
    ///         confident than its round and never confident once stale or withdrawn.
    function invariant_requestsReadBack() public view {
        uint256 total;
        uint256 n = feeds.feedCount();
        for (uint256 i; i < n; ++i) {
            total += feeds.feedAt(uint32(i)).requests;
        }
        assertEq(total, handler.ghostRequests());
        uint256 issued = handler.issuedCount();
        for (uint256 k = issued > 32 ? issued - 32 : 0; k < issued; ++k) {
            bytes32 id = handler.issued(k);
            (int256 prediction, uint256 confidence) = feeds.getForecast(id);
            uint32 feed = uint32(uint256(id) >> 192);
            uint64 roundId = uint64(uint256(id) >> 64);
            IForecastFeeds.Feed memory f = feeds.feedAt(feed);
            IForecastFeeds.Round memory r = feeds.roundOf(feed, roundId);
            assertEq(prediction, r.prediction);
            assertLe(confidence, r.confidence);
            if (!f.active || block.timestamp > uint256(r.publishedAt) + f.staleAfter) assertEq(confidence, 0);
        }
    }

    /// @notice Accuracy records stay within [0, 1] and move only by settlements.
    function invariant_accuracyBounded() public view {
        uint256 n = feeds.feedCount();
        for (uint256 i; i < n; ++i) {
            IForecastFeeds.Feed memory f = feeds.feedAt(uint32(i));
            assertLe(f.accuracy, 1e18);
            if (f.settledRounds == 0) assertEq(f.accuracy, 0.5e18);
            assertLe(f.settledRounds, f.latestRound);
        }
    }

    /// @notice Rounds appear only through finalization, one per feed that had a value.
    function invariant_roundsOnlyFromFinalization() public view {
        uint256 total;
        uint256 n = feeds.feedCount();
        for (uint256 i; i < n; ++i) {
            total += feeds.feedAt(uint32(i)).latestRound;
        }
        assertEq(total, handler.ghostRoundsPublished());
        (,, uint16 publishers,) = feeds.pending();
        assertLe(publishers, feeds.MAX_BALLOTS());
    }
}
