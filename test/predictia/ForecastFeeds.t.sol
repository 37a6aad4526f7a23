// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IForecastFeeds} from "../../contracts/interfaces/IForecastFeeds.sol";
import {ISubnet} from "../../contracts/interfaces/ISubnet.sol";
import {IValidatorBallots} from "../../contracts/interfaces/IValidatorBallots.sol";
import {ForecastFeeds} from "../../contracts/predictia/ForecastFeeds.sol";
import {ForecastFixture} from "../utils/ForecastFixture.sol";

/// @dev Pretends to be a subnet of the fixture's registry without being one of its instances.
contract FakeSubnet {
    address public registry;

    constructor(address registry_) {
        registry = registry_;
    }
}

contract ForecastFeedsTest is ForecastFixture {
    int64 internal constant DROP_2 = -0.02e18;
    int64 internal constant DROP_1 = -0.01e18;
    int64 internal constant DROP_15 = -0.015e18;

    // ---------------------------------------------------------------- setup and privileges

    function test_constructor_refusesAContractThatIsNotARegistryInstance() public {
        FakeSubnet fake = new FakeSubnet(address(registry));
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotASubnet.selector, address(fake)));
        new ForecastFeeds(ISubnet(address(fake)));
    }

    /// @dev Whoever deploys, the bounds start at the defaults: a deployer cannot pick looser ones.
    function test_constructor_startsAtTheDefaultBounds() public {
        vm.prank(outsider);
        ForecastFeeds other = new ForecastFeeds(predictia);
        IForecastFeeds.Bounds memory b = other.bounds();
        assertEq(b.maxFeeds, 16);
        assertEq(b.minHorizon, 60);
        assertEq(b.maxHorizon, 30 days);
        assertEq(b.maxStaleness, 7 days);
        assertEq(b.settleWindow, 1 days);
        assertEq(b.maxTolerance, 0.1e18);
    }

    function test_setBounds_onlyGovernance() public {
        IForecastFeeds.Bounds memory b = feedBounds();
        b.maxFeeds = 4;
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotGovernance.selector, creator));
        vm.prank(creator);
        feeds.setBounds(b);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotGovernance.selector, outsider));
        vm.prank(outsider);
        feeds.setBounds(b);

        vm.expectEmit(address(feeds));
        emit IForecastFeeds.BoundsSet(b);
        vm.prank(governance);
        feeds.setBounds(b);
        assertEq(feeds.bounds().maxFeeds, 4);
    }

    function test_setBounds_refusesInconsistentBounds() public {
        IForecastFeeds.Bounds[6] memory bad;
        for (uint256 i; i < bad.length; ++i) {
            bad[i] = feedBounds();
        }
        bad[0].maxFeeds = 33;
        bad[1].minHorizon = 0;
        bad[2].minHorizon = bad[2].maxHorizon + 1;
        bad[3].maxTolerance = 1e18 + 1;
        bad[4].settleWindow = 0;
        bad[5].maxStaleness = 0;
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(IForecastFeeds.InvalidBounds.selector);
            vm.prank(governance);
            feeds.setBounds(bad[i]);
        }
        assertEq(feeds.bounds().maxFeeds, 16, "unchanged");
    }

    function test_addFeed_onlySubnetOwnerWithinBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotSubnetOwner.selector, outsider));
        vm.prank(outsider);
        feeds.addFeed("BTC/USDT", 3600, TOLERANCE, STALE_AFTER);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotSubnetOwner.selector, governance));
        vm.prank(governance);
        feeds.addFeed("BTC/USDT", 3600, TOLERANCE, STALE_AFTER);

        vm.startPrank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(IForecastFeeds.InvalidFeed.selector, "BTC/USDT", 59, TOLERANCE, STALE_AFTER)
        );
        feeds.addFeed("BTC/USDT", 59, TOLERANCE, STALE_AFTER);
        vm.expectRevert(
            abi.encodeWithSelector(IForecastFeeds.InvalidFeed.selector, "BTC/USDT", 3600, 0.2e18, STALE_AFTER)
        );
        feeds.addFeed("BTC/USDT", 3600, 0.2e18, STALE_AFTER);
        vm.expectRevert(
            abi.encodeWithSelector(IForecastFeeds.InvalidFeed.selector, "BTC/USDT", 3600, TOLERANCE, 8 days)
        );
        feeds.addFeed("BTC/USDT", 3600, TOLERANCE, 8 days);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.InvalidFeed.selector, "", 3600, TOLERANCE, STALE_AFTER));
        feeds.addFeed("", 3600, TOLERANCE, STALE_AFTER);
        string memory long = "ABCDEFGHIJKLMNOPQRSTUVWXYZ/ABCDEFG";
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.InvalidFeed.selector, long, 3600, TOLERANCE, STALE_AFTER));
        feeds.addFeed(long, 3600, TOLERANCE, STALE_AFTER);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.FeedExists.selector, "ETH/USDT", 3600));
        feeds.addFeed("ETH/USDT", 3600, TOLERANCE, STALE_AFTER);

        vm.expectEmit(address(feeds));
        emit IForecastFeeds.FeedAdded(1, "ETH/USDT", 86_400, TOLERANCE, STALE_AFTER);
        assertEq(feeds.addFeed("ETH/USDT", 86_400, TOLERANCE, STALE_AFTER), 1);
        vm.stopPrank();
        assertEq(feeds.feedIndex("ETH/USDT", 86_400), 1);
        IForecastFeeds.Feed memory f = feeds.feedAt(1);
        assertEq(f.asset, "ETH/USDT");
        assertEq(f.accuracy, 0.5e18);
        assertTrue(f.active);
    }

    function test_addFeed_atMostMaxFeeds() public {
        IForecastFeeds.Bounds memory b = feedBounds();
        b.maxFeeds = 2;
        vm.prank(governance);
        feeds.setBounds(b);
        vm.startPrank(creator);
        feeds.addFeed("BTC/USDT", 3600, TOLERANCE, STALE_AFTER);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.TooManyFeeds.selector, 2));
        feeds.addFeed("BNB/USDT", 3600, TOLERANCE, STALE_AFTER);
        vm.stopPrank();
    }

    function test_deactivateFeed_onlySubnetOwner_andStopsItsRounds() public {
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NotSubnetOwner.selector, outsider));
        vm.prank(outsider);
        feeds.deactivateFeed(0);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownFeedIndex.selector, 7));
        vm.prank(creator);
        feeds.deactivateFeed(7);

        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        bytes32 id = feeds.requestForecast("ETH/USDT", HORIZON);
        (, uint256 before) = feeds.getForecast(id);
        assertEq(before, 40);

        vm.expectEmit(address(feeds));
        emit IForecastFeeds.FeedDeactivated(0);
        vm.prank(creator);
        feeds.deactivateFeed(0);
        (int256 prediction, uint256 confidence) = feeds.getForecast(id);
        assertEq(prediction, DROP_15, "the value stays readable");
        assertEq(confidence, 0, "a withdrawn feed is never confident");

        // Its predictions no longer make rounds.
        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        assertEq(feeds.feedAt(0).latestRound, 1);
    }

    // ---------------------------------------------------------------- rounds

    function test_round_isTheStakeWeightedMedian_withTheDocumentedConfidence() public {
        publishOne(three(DROP_2, DROP_1, DROP_15));
        (uint64 epoch, uint32 endsAt, uint16 publishers,) = feeds.pending();
        assertEq(epoch, 0);
        assertEq(publishers, 3);

        closeNow(predictia);
        vm.expectEmit(address(feeds));
        // Sorted: -2% (1000), -1.5% (3000), -1% (2000): half of 6000 is reached at -1.5%.
        // D = (1000 * 0.5% + 2000 * 0.5%) / 6000 = 0.25%; A = 1% / 1.25% = 0.8; C = 0.5; P = 1.
        emit IForecastFeeds.RoundPublished(0, 1, 0, DROP_15, 40, 3, endsAt);
        feeds.finalizeRounds();

        IForecastFeeds.Round memory r = feeds.roundOf(0, 1);
        assertEq(r.prediction, DROP_15);
        assertEq(r.confidence, 40);
        assertEq(r.publishedAt, endsAt);
        assertEq(r.epoch, 0);
        assertEq(r.publishers, 3);
        assertFalse(r.settled);
        assertEq(feeds.feedAt(0).latestRound, 1);
    }

    function test_round_participationScalesConfidence() public {
        int64[] memory one = new int64[](1);
        one[0] = DROP_2;
        publishOne(one); // validator 0 alone: A = 1, C = 0.5, P = 1/3
        endEpoch();
        assertEq(feeds.roundOf(0, 1).confidence, 16);
        assertEq(feeds.roundOf(0, 1).prediction, DROP_2);
    }

    function test_nextEpochsFirstPublication_finalizesTheLastOne() public {
        publishOne(three(DROP_2, DROP_1, DROP_15));
        closeNow(predictia); // nobody calls finalizeRounds
        assertEq(feeds.feedAt(0).latestRound, 0);
        publishOne(three(DROP_1, DROP_1, DROP_1));
        assertEq(feeds.feedAt(0).latestRound, 1, "finalized by the first publication of epoch 1");
        assertEq(feeds.roundOf(0, 1).epoch, 0);
        (uint64 epoch,, uint16 publishers,) = feeds.pending();
        assertEq(epoch, 1);
        assertEq(publishers, 3);
    }

    function test_finalizeRounds_onlyAfterTheEpochEnded() public {
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NothingToFinalize.selector, 0));
        feeds.finalizeRounds();
        publishOne(three(DROP_2, DROP_1, DROP_15));
        uint32 end = predictia.epochInfo().end;
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.NothingToFinalize.selector, end));
        feeds.finalizeRounds();
        vm.warp(end);
        feeds.finalizeRounds(); // the subnet need not have closed its epoch
        assertEq(feeds.feedAt(0).latestRound, 1);
    }

    function test_noValue_skipsAFeedForOneValidator() public {
        publishOne(three(feeds.NO_VALUE(), DROP_1, feeds.NO_VALUE()));
        endEpoch();
        IForecastFeeds.Round memory r = feeds.roundOf(0, 1);
        assertEq(r.prediction, DROP_1);
        assertEq(r.publishers, 1);
    }

    function test_allNoValue_makesNoRound() public {
        int64 none = feeds.NO_VALUE();
        publishOne(three(none, none, none));
        endEpoch();
        assertEq(feeds.feedAt(0).latestRound, 0);
    }

    // ---------------------------------------------------------------- publishing refused

    function test_publish_refusesOutsiders_andTheWindowOutsideFixedStake() public {
        int64[] memory p = new int64[](1);
        p[0] = DROP_1;
        ISubnet.EpochInfo memory info = predictia.epochInfo();
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.PublishClosed.selector, info.revealFrom, info.end));
        vm.prank(validators[0]);
        feeds.publishForecasts(p);

        toPublishWindow();
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.NotAValidator.selector, outsider));
        vm.prank(outsider);
        feeds.publishForecasts(p);
        address miner = makeAddr("miner");
        registerMiner(predictia, miner, 100 ether);
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.NotAValidator.selector, miner));
        vm.prank(miner);
        feeds.publishForecasts(p);

        vm.warp(info.end);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.PublishClosed.selector, info.revealFrom, info.end));
        vm.prank(validators[0]);
        feeds.publishForecasts(p);
        (, uint32 endsAt,,) = feeds.pending();
        assertEq(endsAt, 0, "nothing recorded");
    }

    function test_publish_refusesBadBallots() public {
        toPublishWindow();
        vm.startPrank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.WrongPredictionCount.selector, 2, 1));
        feeds.publishForecasts(new int64[](2));
        int64[] memory p = new int64[](1);
        p[0] = -1e18 - 1;
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.ValueOutOfRange.selector, p[0]));
        feeds.publishForecasts(p);
        p[0] = 9e18 + 1;
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.ValueOutOfRange.selector, p[0]));
        feeds.publishForecasts(p);
        p[0] = DROP_1;
        feeds.publishForecasts(p);
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.AlreadySubmitted.selector, validators[0]));
        feeds.publishForecasts(p);
        vm.stopPrank();
    }

    function test_publish_refusedWhileTheSubnetIsPaused() public {
        toPublishWindow();
        vm.prank(guardian);
        registry.pauseSubnet(1);
        vm.expectRevert(IForecastFeeds.SubnetUnavailable.selector);
        vm.prank(validators[0]);
        feeds.publishForecasts(new int64[](1));
    }

    function test_feedAddedMidEpoch_joinsFromTheNextEpoch() public {
        publishOne(three(DROP_1, DROP_1, DROP_1));
        vm.prank(creator);
        feeds.addFeed("BTC/USDT", 3600, TOLERANCE, STALE_AFTER);
        (,,, uint16 carried) = feeds.pending();
        assertEq(carried, 1, "this epoch's ballots carry the feeds listed at its first one");
        endEpoch();
        assertEq(feeds.feedAt(1).latestRound, 0);
        toPublishWindow();
        int64[] memory one = new int64[](1);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.WrongPredictionCount.selector, 1, 2));
        vm.prank(validators[0]);
        feeds.publishForecasts(one);
        int64[] memory two = new int64[](2);
        (two[0], two[1]) = (DROP_1, DROP_2);
        vm.prank(validators[0]);
        feeds.publishForecasts(two);
        endEpoch();
        assertEq(feeds.roundOf(1, 1).prediction, DROP_2);
    }

    /// @dev Stake delegated once predictions can be public does not weigh this epoch.
    function test_jitDelegation_doesNotWeighThisEpoch() public {
        toPublishWindow();
        address whale = makeAddr("whale");
        fund(whale, address(predictia), 1_000_000 ether);
        vm.prank(whale);
        predictia.delegate(validators[0], 1_000_000 ether);
        publishOne(three(-0.5e18, DROP_1, DROP_1));
        endEpoch();
        assertEq(feeds.roundOf(0, 1).prediction, DROP_1, "the late stake did not carry validator 0");
    }

    /// @dev 64 light validators cannot keep a heavy one out: it displaces the lightest.
    function test_fullBox_heavierDisplacesLightest_lighterIsRefused() public {
        for (uint256 i = 3; i < 64; ++i) {
            validators.push(addr("validator", i));
            registerValidator(predictia, validators[i], 1000 ether);
        }
        int64[] memory values = new int64[](64);
        for (uint256 i; i < 64; ++i) {
            values[i] = -0.5e18;
        }
        publishOne(values);

        address light = makeAddr("light");
        address heavy = makeAddr("heavy");
        registerValidator(predictia, light, 1000 ether);
        registerValidator(predictia, heavy, 100_000 ether);
        endEpoch();
        publishOne(values);
        int64[] memory p = new int64[](1);
        p[0] = DROP_1;
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.OutweighedBallot.selector, 1000 ether, 1000 ether));
        vm.prank(light);
        feeds.publishForecasts(p);
        vm.expectEmit(false, true, true, false, address(feeds));
        emit IValidatorBallots.BallotDisplaced(bytes32(0), validators[0], heavy);
        vm.prank(heavy);
        feeds.publishForecasts(p);
        endEpoch();
        // 63 x 1000 at -50% against 100,000 at -1%: the heavy validator carries the median.
        assertEq(feeds.roundOf(0, 2).prediction, DROP_1);
        assertEq(feeds.roundOf(0, 2).publishers, 64);
    }

    // ---------------------------------------------------------------- requests

    function test_request_beforeAnyRound_readsZeroConfidence() public {
        bytes32 id = feeds.requestForecast("ETH/USDT", HORIZON);
        (int256 prediction, uint256 confidence) = feeds.getForecast(id);
        assertEq(prediction, 0);
        assertEq(confidence, 0);
    }

    function test_request_unknownFeedReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownFeed.selector, "ETH/USDT", 60));
        feeds.requestForecast("ETH/USDT", 60);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownFeed.selector, "eth/usdt", 3600));
        feeds.requestForecast("eth/usdt", 3600);
        uint256 huge = uint256(type(uint32).max) + 3600;
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownFeed.selector, "ETH/USDT", huge));
        feeds.requestForecast("ETH/USDT", huge);
    }

    function test_request_isBoundToTheRoundItWasMadeIn() public {
        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        vm.expectEmit(false, true, true, true, address(feeds));
        emit IForecastFeeds.ForecastRequested(bytes32(0), 0, 1, address(this));
        bytes32 first = feeds.requestForecast("ETH/USDT", HORIZON);
        publishOne(three(DROP_1, DROP_1, DROP_1));
        endEpoch();
        bytes32 second = feeds.requestForecast("ETH/USDT", HORIZON);
        assertTrue(first != second);
        (int256 p1,) = feeds.getForecast(first);
        (int256 p2, uint256 c2) = feeds.getForecast(second);
        assertEq(p1, DROP_15);
        assertEq(p2, DROP_1);
        assertEq(c2, 50, "no dispersion: A = 1, C = 0.5, P = 1");
        assertEq(feeds.feedAt(0).requests, 2);
    }

    function test_staleRound_isNeverConfident() public {
        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        bytes32 id = feeds.requestForecast("ETH/USDT", HORIZON);
        uint32 publishedAt = feeds.roundOf(0, 1).publishedAt;
        vm.warp(uint256(publishedAt) + STALE_AFTER);
        (, uint256 fresh) = feeds.getForecast(id);
        assertEq(fresh, 40);
        vm.warp(uint256(publishedAt) + STALE_AFTER + 1);
        (int256 prediction, uint256 stale) = feeds.getForecast(id);
        assertEq(prediction, DROP_15);
        assertEq(stale, 0);
    }

    function test_governanceLoweringMaxStaleness_appliesToExistingFeeds() public {
        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        bytes32 id = feeds.requestForecast("ETH/USDT", HORIZON);
        IForecastFeeds.Bounds memory b = feedBounds();
        b.maxStaleness = 60;
        vm.prank(governance);
        feeds.setBounds(b);
        vm.warp(uint256(feeds.roundOf(0, 1).publishedAt) + 61);
        (, uint256 confidence) = feeds.getForecast(id);
        assertEq(confidence, 0);
    }

    function test_getForecast_refusesIdsItNeverIssued() public {
        bytes32 id = feeds.requestForecast("ETH/USDT", HORIZON);
        bytes32[5] memory forged = [
            bytes32(uint256(id) + 1), // serial not issued yet
            bytes32(uint256(id) | (uint256(1) << 64)), // round 1 does not exist
            bytes32(uint256(id) | (uint256(1) << 192)), // feed 1 does not exist
            bytes32(uint256(id) ^ (uint256(1) << 255)), // wrong tag
            bytes32(uint256(id) | (uint256(1) << 150)) // bits above the round id
        ];
        for (uint256 i; i < forged.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownRequest.selector, forged[i]));
            feeds.getForecast(forged[i]);
        }
    }

    // ---------------------------------------------------------------- settlement

    function _settleWindowOf(uint64 roundId) internal view returns (uint256 opensAt, uint256 closesAt) {
        opensAt = uint256(feeds.roundOf(0, roundId).publishedAt) + HORIZON;
        closesAt = opensAt + feedBounds().settleWindow;
    }

    function test_settlement_movesAccuracy_andLaterConfidence() public {
        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        (uint256 opensAt, uint256 closesAt) = _settleWindowOf(1);

        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.OutsideReportWindow.selector, opensAt, closesAt));
        vm.prank(validators[0]);
        feeds.reportOutcome(0, 1, DROP_15);

        vm.warp(opensAt);
        for (uint256 i; i < 3; ++i) {
            vm.prank(validators[i]);
            feeds.reportOutcome(0, 1, i == 0 ? int64(0.5e18) : DROP_15); // validator 0 lies
        }
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.AlreadySubmitted.selector, validators[1]));
        vm.prank(validators[1]);
        feeds.reportOutcome(0, 1, DROP_15);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.CannotSettle.selector, closesAt, 3, 2));
        feeds.settleRound(0, 1);

        vm.warp(closesAt);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.OutsideReportWindow.selector, opensAt, closesAt));
        vm.prank(validators[2]);
        feeds.reportOutcome(0, 1, DROP_15);

        vm.expectEmit(address(feeds));
        // The prediction was exact: score 1, accuracy 0.5 -> 0.625.
        emit IForecastFeeds.RoundSettledAgainstOutcome(0, 1, DROP_15, 0, 0.625e18);
        feeds.settleRound(0, 1);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.RoundSettled.selector, 0, 1));
        feeds.settleRound(0, 1);
        assertTrue(feeds.roundOf(0, 1).settled);
        assertEq(feeds.roundOf(0, 1).realised, DROP_15);
        assertEq(feeds.feedAt(0).settledRounds, 1);

        closeNow(predictia); // the epoch the settlement window ran into
        publishOne(three(DROP_2, DROP_1, DROP_15));
        endEpoch();
        assertEq(feeds.roundOf(0, 2).confidence, 50, "100 * 0.8 * 0.625");
    }

    function test_settlement_farOff_lowersAccuracy() public {
        publishOne(three(DROP_1, DROP_1, DROP_1));
        endEpoch();
        (uint256 opensAt, uint256 closesAt) = _settleWindowOf(1);
        vm.warp(opensAt);
        for (uint256 i; i < 3; ++i) {
            vm.prank(validators[i]);
            feeds.reportOutcome(0, 1, 0.03e18); // +3% where -1% was forecast: error 4%, score 0.2
        }
        vm.warp(closesAt);
        feeds.settleRound(0, 1);
        assertEq(feeds.feedAt(0).accuracy, 0.425e18, "0.5 - (0.5 - 0.2) / 4");
    }

    function test_settlement_withoutReports_staysOpen() public {
        publishOne(three(DROP_1, DROP_1, DROP_1));
        endEpoch();
        (, uint256 closesAt) = _settleWindowOf(1);
        vm.warp(closesAt);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.CannotSettle.selector, closesAt, 0, 2));
        feeds.settleRound(0, 1);
        assertEq(feeds.feedAt(0).accuracy, 0.5e18);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownRound.selector, 0, 2));
        feeds.settleRound(0, 2);
    }

    /// @dev One validator cannot settle a round three published (and so move the accuracy record).
    function test_settlement_needsMoreThanHalfThePublishers() public {
        publishOne(three(DROP_1, DROP_1, DROP_1));
        endEpoch();
        (uint256 opensAt, uint256 closesAt) = _settleWindowOf(1);
        vm.warp(opensAt);
        vm.prank(validators[2]);
        feeds.reportOutcome(0, 1, DROP_1);
        vm.warp(closesAt);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.CannotSettle.selector, closesAt, 1, 2));
        feeds.settleRound(0, 1);
        assertEq(feeds.feedAt(0).accuracy, 0.5e18);
    }

    function test_reportOutcome_refusesOutsiders() public {
        publishOne(three(DROP_1, DROP_1, DROP_1));
        endEpoch();
        (uint256 opensAt,) = _settleWindowOf(1);
        vm.warp(opensAt);
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.NotAValidator.selector, outsider));
        vm.prank(outsider);
        feeds.reportOutcome(0, 1, DROP_1);
        vm.expectRevert(abi.encodeWithSelector(IForecastFeeds.UnknownRound.selector, 0, 9));
        vm.prank(validators[0]);
        feeds.reportOutcome(0, 9, DROP_1);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Any three predictions: the round is one of them, inside their range, and the stake on
    ///      either side of it is at most half; confidence never exceeds 100 * C * P.
    function testFuzz_round_isAWeightedMedianOfThePredictions(int64 a, int64 b, int64 c) public {
        a = int64(bound(a, -1e18, 9e18));
        b = int64(bound(b, -1e18, 9e18));
        c = int64(bound(c, -1e18, 9e18));
        publishOne(three(a, b, c));
        endEpoch();
        IForecastFeeds.Round memory r = feeds.roundOf(0, 1);
        assertTrue(r.prediction == a || r.prediction == b || r.prediction == c);
        int64[3] memory v = [a, b, c];
        uint256 below;
        uint256 above;
        for (uint256 i; i < 3; ++i) {
            if (v[i] < r.prediction) below += (i + 1) * 1000;
            if (v[i] > r.prediction) above += (i + 1) * 1000;
        }
        assertLe(below * 2, 6000);
        assertLe(above * 2, 6000);
        assertLe(r.confidence, 50);
    }

    // ---------------------------------------------------------------- gas (snapshots/ForecastFeeds.json)

    function test_gas_roundOfTenFeeds() public {
        vm.startPrank(creator);
        for (uint256 i = 1; i < 10; ++i) {
            feeds.addFeed(string.concat("ASSET", vm.toString(i), "/USDT"), HORIZON, TOLERANCE, STALE_AFTER);
        }
        vm.stopPrank();
        int64[] memory p = new int64[](10);
        for (uint256 i; i < 10; ++i) {
            p[i] = -0.01e18 + int64(int256(i)) * 0.001e18;
        }
        // Steady state: the second epoch reuses the ballot storage the first one wrote.
        for (uint256 epoch; epoch < 2; ++epoch) {
            toPublishWindow();
            for (uint256 v; v < 3; ++v) {
                vm.cool(address(feeds));
                vm.cool(address(predictia));
                vm.prank(validators[v]);
                feeds.publishForecasts(p);
                if (epoch == 1 && v == 0) {
                    vm.snapshotGasLastCall("ForecastFeeds", "publishForecasts_10feeds_firstOfEpoch");
                }
                if (epoch == 1 && v == 2) vm.snapshotGasLastCall("ForecastFeeds", "publishForecasts_10feeds");
            }
            vm.warp(predictia.epochInfo().end);
            vm.cool(address(feeds));
            vm.cool(address(predictia));
            feeds.finalizeRounds();
            if (epoch == 1) vm.snapshotGasLastCall("ForecastFeeds", "finalizeRounds_10feeds_3validators");
            closeNow(predictia);
        }
        assertEq(feeds.feedAt(9).latestRound, 2);

        uint256 opensAt = uint256(feeds.roundOf(0, 2).publishedAt) + HORIZON;
        vm.warp(opensAt);
        for (uint256 v; v < 3; ++v) {
            vm.cool(address(feeds));
            vm.cool(address(predictia));
            vm.prank(validators[v]);
            feeds.reportOutcome(0, 2, -0.012e18);
        }
        vm.snapshotGasLastCall("ForecastFeeds", "reportOutcome");
        vm.warp(opensAt + feedBounds().settleWindow);
        vm.cool(address(feeds));
        feeds.settleRound(0, 2);
        vm.snapshotGasLastCall("ForecastFeeds", "settleRound_3reports");
    }
}
