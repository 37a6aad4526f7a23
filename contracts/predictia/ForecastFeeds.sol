// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IForecastFeeds} from "../interfaces/IForecastFeeds.sol";
import {IPredictiaSubnet} from "../interfaces/IPredictiaSubnet.sol";
import {ISubnet} from "../interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../interfaces/ISubnetRegistry.sol";
import {ValidatorBallots} from "../libraries/ValidatorBallots.sol";
import {WeightedMedian} from "../libraries/WeightedMedian.sol";

/// @title ForecastFeeds
/// @notice The forecast feeds of one Predictia subnet, answering the seeds' `IPredictiaSubnet` in
///         the same transaction: `requestForecast` records a request bound to the feed's latest
///         round and `getForecast` returns that round at once.
///
///         Rounds. While a subnet epoch's stake is fixed (its reveal window, or the whole epoch
///         without commit-reveal) each registered validator publishes one prediction per feed,
///         weighted by `ISubnet.epochStakeOf` (stake added once predictions can be public counts
///         only from the next epoch). Once the epoch has ended the predictions become one round per
///         feed: prediction = the stake-weighted (lower) median, which a minority of stake cannot
///         move past an honest value.
///
///         Confidence (0-100) = floor(100 * A * C * P), where
///           A = t / (t + D), agreement: D is the stake-weighted mean absolute deviation of the
///               validators' predictions from the median and t the feed's tolerance;
///           C = the feed's accuracy record (0.5 until a round has settled, so a new feed never
///               looks more than 50% sure);
///           P = publishers / the subnet's registered validators (at most 1).
///
///         Settlement. From the horizon for `settleWindow` seconds validators report the realised
///         change; then, if more than half as many validators reported as published the round,
///         anyone settles it at the reports' stake-weighted median and the accuracy record moves a
///         quarter of the way toward t / (t + |prediction - realised|). (One validator cannot settle
///         a round many published, and so move the record that scales later confidence, alone.)
///
///         Missing and stale forecasts: `getForecast` returns confidence 0 (prediction 0 when no
///         round exists) rather than reverting. A consumer like the seeds' `shouldLiquidate` then
///         simply declines to act; a revert would instead make every caller's transaction revert
///         while a feed is late, turning a stale feed into a denial of service of the consumer.
///         `roundOf` gives the full round to consumers that want to check freshness themselves.
///
///         Bounded work: at most `MAX_FEEDS_LIMIT` feeds and `MAX_BALLOTS` ballots per epoch or
///         round. When a box is full a heavier validator displaces the lightest, so cheap
///         validators cannot fill it to lock heavier ones out.
contract ForecastFeeds is IForecastFeeds {
    using ValidatorBallots for ValidatorBallots.Box;

    /// @notice Hard limit on `Bounds.maxFeeds`.
    uint16 public constant MAX_FEEDS_LIMIT = 32;
    /// @notice Most validators whose predictions (per epoch) or reports (per round) are kept.
    uint256 public constant MAX_BALLOTS = ValidatorBallots.MAX_BALLOTS;
    /// @notice Marks "no prediction for this feed" in `publishForecasts`.
    int64 public constant NO_VALUE = type(int64).min;
    /// @notice Lowest value: a price cannot fall more than 100%.
    int64 public constant MIN_VALUE = -1e18;
    /// @notice Highest value: +900%.
    int64 public constant MAX_VALUE = 9e18;
    /// @notice The bounds every ForecastFeeds starts with: 16 feeds, horizons from a minute to 30
    ///         days, fresh for at most 7 days, outcomes reported for a day after the horizon,
    ///         tolerance at most 10%.
    uint16 public constant DEFAULT_MAX_FEEDS = 16;
    uint32 public constant DEFAULT_MIN_HORIZON = 60;
    uint32 public constant DEFAULT_MAX_HORIZON = 30 days;
    uint32 public constant DEFAULT_MAX_STALENESS = 7 days;
    uint32 public constant DEFAULT_SETTLE_WINDOW = 1 days;
    uint64 public constant DEFAULT_MAX_TOLERANCE = 0.1e18;
    /// @notice The accuracy record of a feed with no settled round, WAD.
    uint64 public constant INITIAL_ACCURACY = 0.5e18;
    uint256 internal constant WAD = 1e18;
    /// @dev Words a ballot may use: MAX_FEEDS_LIMIT lanes of four.
    uint256 internal constant BALLOT_WORDS = MAX_FEEDS_LIMIT / 4;
    /// @dev The box of the waiting epoch's predictions (reused every epoch).
    bytes32 internal constant EPOCH_BOX = keccak256("ForecastFeeds.epoch");
    /// @dev Tag in the top 32 bits of every request id of this contract.
    uint256 internal constant REQUEST_TAG = 0x46454544; // "FEED"

    ISubnet internal immutable SUBNET;
    ISubnetRegistry internal immutable REGISTRY;

    /// @dev Feed state; the first slot holds everything `requestForecast` reads and writes.
    struct FeedState {
        uint64 latestRound;
        uint64 requests;
        uint32 horizon;
        uint32 staleAfter;
        bool active;
        uint64 tolerance;
        uint64 accuracy;
        uint64 settledRounds;
        string asset;
    }

    Bounds internal _bounds;
    FeedState[] internal _feeds;
    mapping(bytes32 key => uint32 indexPlusOne) internal _feedByKey;
    mapping(uint256 feed => mapping(uint64 roundId => Round)) internal _rounds;
    mapping(bytes32 box => ValidatorBallots.Box) internal _boxes;

    /// @dev The epoch whose predictions wait (stored as epoch + 1; 0 = nothing waits), its end and
    ///      the number of feeds its ballots carry.
    uint64 internal _pendingTag;
    uint32 internal _pendingEnd;
    uint16 internal _pendingFeeds;

    /// @param subnet_ The Predictia subnet (an instance of its registry). The bounds start at the
    ///        defaults below whoever deploys: only governance changes them.
    constructor(ISubnet subnet_) {
        ISubnetRegistry registry = ISubnetRegistry(subnet_.registry());
        if (!registry.isSubnetInstance(address(subnet_))) revert NotASubnet(address(subnet_));
        SUBNET = subnet_;
        REGISTRY = registry;
        _setBounds(
            Bounds({
                maxFeeds: DEFAULT_MAX_FEEDS,
                minHorizon: DEFAULT_MIN_HORIZON,
                maxHorizon: DEFAULT_MAX_HORIZON,
                maxStaleness: DEFAULT_MAX_STALENESS,
                settleWindow: DEFAULT_SETTLE_WINDOW,
                maxTolerance: DEFAULT_MAX_TOLERANCE
            })
        );
    }

    modifier onlySubnetOwner() {
        if (msg.sender != SUBNET.owner()) revert NotSubnetOwner(msg.sender);
        _;
    }

    // ================================================================ governance and owner

    /// @inheritdoc IForecastFeeds
    function setBounds(Bounds calldata bounds_) external {
        if (msg.sender != Ownable(address(REGISTRY)).owner()) revert NotGovernance(msg.sender);
        _setBounds(bounds_);
    }

    /// @inheritdoc IForecastFeeds
    function addFeed(string calldata asset, uint32 horizon, uint64 tolerance, uint32 staleAfter)
        external
        onlySubnetOwner
        returns (uint32 feed)
    {
        Bounds memory b = _bounds;
        uint256 length = bytes(asset).length;
        if (
            length == 0 || length > 32 || horizon < b.minHorizon || horizon > b.maxHorizon || tolerance == 0
                || tolerance > b.maxTolerance || staleAfter == 0 || staleAfter > b.maxStaleness
        ) revert InvalidFeed(asset, horizon, tolerance, staleAfter);
        if (_feeds.length >= b.maxFeeds) revert TooManyFeeds(b.maxFeeds);
        bytes32 key = _key(asset, horizon);
        if (_feedByKey[key] != 0) revert FeedExists(asset, horizon);

        feed = uint32(_feeds.length);
        FeedState storage f = _feeds.push();
        f.horizon = horizon;
        f.staleAfter = staleAfter;
        f.active = true;
        f.tolerance = tolerance;
        f.accuracy = INITIAL_ACCURACY;
        f.asset = asset;
        _feedByKey[key] = feed + 1;
        emit FeedAdded(feed, asset, horizon, tolerance, staleAfter);
    }

    /// @inheritdoc IForecastFeeds
    function deactivateFeed(uint32 feed) external onlySubnetOwner {
        FeedState storage f = _feed(feed);
        if (!f.active) return;
        f.active = false;
        emit FeedDeactivated(feed);
    }

    // ================================================================ consumers

    /// @inheritdoc IPredictiaSubnet
    function requestForecast(string calldata asset, uint256 horizon) external returns (bytes32 requestId) {
        uint32 indexPlusOne = _feedByKey[_key(asset, horizon)];
        if (indexPlusOne == 0) revert UnknownFeed(asset, horizon);
        uint32 feed = indexPlusOne - 1;
        FeedState storage f = _feeds[feed];
        uint64 roundId = f.latestRound;
        uint64 serial = f.requests;
        unchecked {
            f.requests = serial + 1; // a uint64 of requests cannot overflow
        }
        requestId = bytes32((REQUEST_TAG << 224) | (uint256(feed) << 192) | (uint256(roundId) << 64) | serial);
        emit ForecastRequested(requestId, feed, roundId, msg.sender);
    }

    /// @inheritdoc IPredictiaSubnet
    function getForecast(bytes32 requestId) external view returns (int256 prediction, uint256 confidence) {
        uint256 id = uint256(requestId);
        uint256 feed = uint32(id >> 192);
        uint64 roundId = uint64(id >> 64);
        uint64 serial = uint64(id);
        if (id >> 224 != REQUEST_TAG || uint128(id >> 64) != roundId || feed >= _feeds.length) {
            revert UnknownRequest(requestId);
        }
        FeedState storage f = _feeds[feed];
        if (serial >= f.requests || roundId > f.latestRound) revert UnknownRequest(requestId);
        if (roundId == 0) return (0, 0);
        Round storage r = _rounds[feed][roundId];
        prediction = r.prediction;
        uint256 staleAfter = Math.min(f.staleAfter, _bounds.maxStaleness);
        if (f.active && block.timestamp <= uint256(r.publishedAt) + staleAfter) confidence = r.confidence;
    }

    // ================================================================ validators

    /// @inheritdoc IForecastFeeds
    function publishForecasts(int64[] calldata predictions) external {
        _requireAvailable();
        ISubnet.EpochInfo memory info = SUBNET.epochInfo();
        uint64 opensAt = info.commitReveal ? info.revealFrom : 0;
        if (block.timestamp < opensAt || block.timestamp >= info.end) revert PublishClosed(opensAt, info.end);
        uint96 weight = ValidatorBallots.weightOf(SUBNET, msg.sender);

        uint64 tag = info.epoch + 1;
        if (_pendingTag != tag) {
            if (_pendingTag != 0) _finalize();
            _pendingTag = tag;
            _pendingEnd = info.end;
            _pendingFeeds = uint16(_feeds.length);
        }
        uint256 feeds = _pendingFeeds;
        if (predictions.length != feeds) revert WrongPredictionCount(predictions.length, feeds);
        for (uint256 i; i < feeds; ++i) {
            if (predictions[i] != NO_VALUE) _checkValue(predictions[i]);
        }

        ValidatorBallots.Box storage box = _boxes[EPOCH_BOX];
        uint256 index = box.admit(EPOCH_BOX, msg.sender, weight, tag);
        uint256 laneWords = (feeds + 3) / 4;
        for (uint256 w; w < laneWords; ++w) {
            uint256 word = 0;
            for (uint256 lane; lane < 4; ++lane) {
                uint256 i = w * 4 + lane;
                int64 v = i < feeds ? predictions[i] : NO_VALUE;
                word |= uint256(uint64(v)) << (lane * 64);
            }
            box.words[index * BALLOT_WORDS + w] = word;
        }
        emit ForecastsPublished(info.epoch, msg.sender, weight, predictions);
    }

    /// @inheritdoc IForecastFeeds
    function finalizeRounds() external {
        if (_pendingTag == 0 || block.timestamp < _pendingEnd) revert NothingToFinalize(_pendingEnd);
        _finalize();
    }

    /// @inheritdoc IForecastFeeds
    function reportOutcome(uint32 feed, uint64 roundId, int64 realised) external {
        _requireAvailable();
        FeedState storage f = _feed(feed);
        Round storage r = _round(feed, roundId);
        if (r.settled) revert RoundSettled(feed, roundId);
        (uint64 opensAt, uint64 closesAt) = _reportWindow(f, r);
        if (block.timestamp < opensAt || block.timestamp >= closesAt) revert OutsideReportWindow(opensAt, closesAt);
        _checkValue(realised);
        uint96 weight = ValidatorBallots.weightOf(SUBNET, msg.sender);

        bytes32 boxKey = _roundBox(feed, roundId);
        ValidatorBallots.Box storage box = _boxes[boxKey];
        uint256 index = box.admit(boxKey, msg.sender, weight, 1);
        box.words[index] = uint64(realised);
        emit OutcomeReported(feed, roundId, msg.sender, realised, weight);
    }

    /// @inheritdoc IForecastFeeds
    function settleRound(uint32 feed, uint64 roundId) external {
        FeedState storage f = _feed(feed);
        Round storage r = _round(feed, roundId);
        if (r.settled) revert RoundSettled(feed, roundId);
        (, uint64 closesAt) = _reportWindow(f, r);
        ValidatorBallots.Box storage box = _boxes[_roundBox(feed, roundId)];
        uint256 n = box.count;
        uint256 quorum = uint256(r.publishers) / 2 + 1;
        if (block.timestamp < closesAt || n < quorum) revert CannotSettle(closesAt, n, quorum);

        int256[] memory values = new int256[](n);
        uint256[] memory weights = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            values[i] = int64(uint64(box.words[i]));
            weights[i] = box.ballots[i].weight;
        }
        int256 realised = WeightedMedian.lowerMedian(values, weights, WeightedMedian.sort(values, weights));

        uint256 error = _distance(r.prediction, realised);
        uint256 tolerance = _tolerance(f);
        uint256 score = tolerance * WAD / (tolerance + error);
        uint256 accuracy = f.accuracy;
        accuracy = score >= accuracy ? accuracy + (score - accuracy) / 4 : accuracy - (accuracy - score) / 4;

        r.realised = int64(realised);
        r.settled = true;
        f.accuracy = uint64(accuracy);
        f.settledRounds += 1;
        emit RoundSettledAgainstOutcome(feed, roundId, int64(realised), error, uint64(accuracy));
    }

    // ================================================================ views

    /// @inheritdoc IForecastFeeds
    function subnet() external view returns (address) {
        return address(SUBNET);
    }

    /// @inheritdoc IForecastFeeds
    function bounds() external view returns (Bounds memory) {
        return _bounds;
    }

    /// @inheritdoc IForecastFeeds
    function feedCount() external view returns (uint256) {
        return _feeds.length;
    }

    /// @inheritdoc IForecastFeeds
    function feedAt(uint32 feed) external view returns (Feed memory) {
        FeedState storage f = _feed(feed);
        return Feed({
            asset: f.asset,
            horizon: f.horizon,
            staleAfter: f.staleAfter,
            tolerance: f.tolerance,
            active: f.active,
            latestRound: f.latestRound,
            requests: f.requests,
            accuracy: f.accuracy,
            settledRounds: f.settledRounds
        });
    }

    /// @inheritdoc IForecastFeeds
    function feedIndex(string calldata asset, uint256 horizon) external view returns (uint32) {
        uint32 indexPlusOne = _feedByKey[_key(asset, horizon)];
        if (indexPlusOne == 0) revert UnknownFeed(asset, horizon);
        return indexPlusOne - 1;
    }

    /// @inheritdoc IForecastFeeds
    function roundOf(uint32 feed, uint64 roundId) external view returns (Round memory) {
        return _rounds[feed][roundId];
    }

    /// @inheritdoc IForecastFeeds
    function pending() external view returns (uint64 epoch, uint32 endsAt, uint16 publishers, uint16 feeds) {
        if (_pendingTag == 0) return (0, 0, 0, 0);
        epoch = _pendingTag - 1;
        return (epoch, _pendingEnd, _boxes[EPOCH_BOX].count, _pendingFeeds);
    }

    // ================================================================ internals

    function _setBounds(Bounds memory b) internal {
        if (
            b.maxFeeds == 0 || b.maxFeeds > MAX_FEEDS_LIMIT || b.minHorizon == 0 || b.minHorizon > b.maxHorizon
                || b.maxStaleness == 0 || b.settleWindow == 0 || b.maxTolerance == 0 || b.maxTolerance > WAD
        ) revert InvalidBounds();
        _bounds = b;
        emit BoundsSet(b);
    }

    /// @dev Turns the waiting epoch's ballots into one round per feed that had a value. Work is
    ///      bounded by MAX_BALLOTS x MAX_FEEDS_LIMIT.
    function _finalize() internal {
        uint64 epoch = _pendingTag - 1;
        uint32 publishedAt = _pendingEnd;
        uint256 feeds = _pendingFeeds;
        _pendingTag = 0;
        _pendingEnd = 0;
        _pendingFeeds = 0;

        ValidatorBallots.Box storage box = _boxes[EPOCH_BOX];
        (int256[][] memory values, uint256[][] memory weights, uint256[] memory counts) = _collect(box, feeds);
        box.count = 0;
        uint256 validators = SUBNET.validatorCount();
        for (uint256 i; i < feeds; ++i) {
            if (counts[i] != 0 && _feeds[i].active) {
                _publishRound(uint32(i), values[i], weights[i], counts[i], epoch, publishedAt, validators);
            }
        }
    }

    /// @dev Feed i's values and weights from every ballot in `box` (`counts[i]` of them).
    function _collect(ValidatorBallots.Box storage box, uint256 feeds)
        internal
        view
        returns (int256[][] memory values, uint256[][] memory weights, uint256[] memory counts)
    {
        uint256 n = box.count;
        uint256 laneWords = (feeds + 3) / 4;
        values = new int256[][](feeds);
        weights = new uint256[][](feeds);
        counts = new uint256[](feeds);
        for (uint256 i; i < feeds; ++i) {
            values[i] = new int256[](n);
            weights[i] = new uint256[](n);
        }
        for (uint256 k; k < n; ++k) {
            uint256 weight = box.ballots[k].weight;
            for (uint256 w; w < laneWords; ++w) {
                uint256 word = box.words[k * BALLOT_WORDS + w];
                for (uint256 lane; lane < 4; ++lane) {
                    uint256 i = w * 4 + lane;
                    if (i >= feeds) break;
                    int64 v = int64(uint64(word >> (lane * 64)));
                    if (v == NO_VALUE) continue;
                    uint256 c = counts[i];
                    values[i][c] = v;
                    weights[i][c] = weight;
                    counts[i] = c + 1;
                }
            }
        }
    }

    /// @dev Stores and announces the next round of feed `feed` from its first `c` values.
    function _publishRound(
        uint32 feed,
        int256[] memory vs,
        uint256[] memory ws,
        uint256 c,
        uint64 epoch,
        uint32 publishedAt,
        uint256 validators
    ) internal {
        assembly ("memory-safe") {
            mstore(vs, c)
            mstore(ws, c)
        }
        uint256 total = WeightedMedian.sort(vs, ws);
        int256 median = WeightedMedian.lowerMedian(vs, ws, total);
        uint256 deviation = WeightedMedian.meanDeviation(vs, ws, total, median);
        FeedState storage f = _feeds[feed];
        uint8 confidence = _confidence(f, deviation, c, validators);
        uint64 roundId = f.latestRound + 1;
        _rounds[feed][roundId] = Round({
            prediction: int64(median),
            confidence: confidence,
            publishedAt: publishedAt,
            epoch: epoch,
            publishers: uint16(c),
            realised: 0,
            settled: false
        });
        f.latestRound = roundId;
        emit RoundPublished(feed, roundId, epoch, int64(median), confidence, uint16(c), publishedAt);
    }

    /// @dev floor(100 * A * C * P) (see the contract's NatSpec), in one division:
    ///      100 * t * C * min(publishers, validators) / ((t + D) * WAD * validators).
    function _confidence(FeedState storage f, uint256 deviation, uint256 publishers, uint256 validators)
        internal
        view
        returns (uint8)
    {
        if (validators == 0) return 0;
        uint256 tolerance = _tolerance(f);
        uint256 numerator = 100 * tolerance * f.accuracy * Math.min(publishers, validators);
        return uint8(numerator / ((tolerance + deviation) * WAD * validators));
    }

    function _requireAvailable() internal view {
        if (SUBNET.paused() || SUBNET.deactivated()) revert SubnetUnavailable();
    }

    function _reportWindow(FeedState storage f, Round storage r)
        internal
        view
        returns (uint64 opensAt, uint64 closesAt)
    {
        opensAt = uint64(r.publishedAt) + f.horizon;
        closesAt = opensAt + _bounds.settleWindow;
    }

    function _tolerance(FeedState storage f) internal view returns (uint256) {
        return Math.min(f.tolerance, _bounds.maxTolerance);
    }

    function _feed(uint32 feed) internal view returns (FeedState storage) {
        if (feed >= _feeds.length) revert UnknownFeedIndex(feed);
        return _feeds[feed];
    }

    function _round(uint32 feed, uint64 roundId) internal view returns (Round storage r) {
        r = _rounds[feed][roundId];
        if (r.publishedAt == 0) revert UnknownRound(feed, roundId);
    }

    function _checkValue(int64 v) internal pure {
        if (v < MIN_VALUE || v > MAX_VALUE) revert ValueOutOfRange(v);
    }

    function _distance(int256 a, int256 b) internal pure returns (uint256) {
        return a >= b ? uint256(a - b) : uint256(b - a);
    }

    function _key(string calldata asset, uint256 horizon) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(horizon, asset));
    }

    function _roundBox(uint32 feed, uint64 roundId) internal pure returns (bytes32) {
        return keccak256(abi.encode("round", feed, roundId));
    }
}
