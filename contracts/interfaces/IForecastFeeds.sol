// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPredictiaSubnet} from "./IPredictiaSubnet.sol";
import {IValidatorBallots} from "./IValidatorBallots.sol";

/// @title IForecastFeeds
/// @notice Forecast feeds of one Predictia subnet. The subnet's owner lists feeds (an asset and a
///         horizon) within bounds set by governance; each epoch the subnet's validators publish one
///         prediction per feed, and once the epoch has ended its stake-weighted median becomes the
///         feed's next round. At the horizon the validators report what happened, the stake-weighted
///         median of those reports settles the round, and the feed's accuracy record (which scales
///         the confidence of later rounds) moves toward how close the round came.
///
///         Values are relative price changes in WAD: 1e18 = +100%, -0.02e18 = a 2% drop.
interface IForecastFeeds is IPredictiaSubnet, IValidatorBallots {
    /// @notice Governance's limits on what a subnet owner may list.
    /// @param maxFeeds Most feeds a subnet may ever list (at most `MAX_FEEDS_LIMIT`).
    /// @param minHorizon Shortest horizon, seconds.
    /// @param maxHorizon Longest horizon, seconds.
    /// @param maxStaleness Longest time a round may count as fresh, seconds; a feed's own
    ///        `staleAfter` is capped by it when read.
    /// @param settleWindow Seconds after a round's horizon during which validators report the outcome.
    /// @param maxTolerance Largest tolerance (the error that halves a round's agreement or accuracy
    ///        factor), WAD; a feed's own tolerance is capped by it when used.
    struct Bounds {
        uint16 maxFeeds;
        uint32 minHorizon;
        uint32 maxHorizon;
        uint32 maxStaleness;
        uint32 settleWindow;
        uint64 maxTolerance;
    }

    /// @notice One feed.
    /// @param asset The asset pair, for example "ETH/USDT".
    /// @param horizon Seconds ahead the feed forecasts.
    /// @param staleAfter Seconds after its publication a round stops counting (confidence 0).
    /// @param tolerance The error, in WAD, at which a round's agreement or accuracy factor is 1/2.
    /// @param active Whether validators publish it and requests may be bound to it.
    /// @param latestRound The newest round's id (0: none yet; rounds count from 1).
    /// @param requests Requests recorded so far.
    /// @param accuracy The feed's accuracy record in WAD, starting at 0.5: every settled round moves
    ///        it a quarter of the way toward tolerance / (tolerance + |prediction - realised|).
    /// @param settledRounds Rounds settled so far.
    struct Feed {
        string asset;
        uint32 horizon;
        uint32 staleAfter;
        uint64 tolerance;
        bool active;
        uint64 latestRound;
        uint64 requests;
        uint64 accuracy;
        uint64 settledRounds;
    }

    /// @notice One round of a feed (one slot).
    /// @param prediction Stake-weighted median of the validators' predictions, WAD.
    /// @param confidence 0-100 when published (see `ForecastFeeds` for the formula).
    /// @param publishedAt The end of the epoch whose validators published it, seconds.
    /// @param epoch The subnet epoch whose validators published it.
    /// @param publishers How many validators' predictions it combines.
    /// @param realised The stake-weighted median of the reported outcomes (once settled), WAD.
    /// @param settled Whether `realised` is set.
    struct Round {
        int64 prediction;
        uint8 confidence;
        uint32 publishedAt;
        uint64 epoch;
        uint16 publishers;
        int64 realised;
        bool settled;
    }

    // ---------------------------------------------------------------- errors

    /// @notice Only the subnet's owner may call this.
    error NotSubnetOwner(address caller);
    /// @notice Only governance (the registry's owner) may call this.
    error NotGovernance(address caller);
    /// @notice The subnet is not one the registry created.
    error NotASubnet(address subnet);
    /// @notice The bounds are inconsistent (zero, inverted, or above the hard limits).
    error InvalidBounds();
    /// @notice A feed's parameters are outside the bounds, or its asset is empty or over 32 bytes.
    error InvalidFeed(string asset, uint256 horizon, uint256 tolerance, uint256 staleAfter);
    /// @notice A feed for this asset and horizon already exists (active or not).
    error FeedExists(string asset, uint256 horizon);
    /// @notice No feed has been listed for this asset and horizon.
    error UnknownFeed(string asset, uint256 horizon);
    /// @notice No feed has this index.
    error UnknownFeedIndex(uint256 feed);
    /// @notice The subnet already lists `maxFeeds` feeds.
    error TooManyFeeds(uint256 limit);
    /// @notice No `requestForecast` call could have returned this id.
    error UnknownRequest(bytes32 requestId);
    /// @notice The subnet is paused or deactivated.
    error SubnetUnavailable();
    /// @notice Predictions are accepted only while the subnet's stake is fixed for the epoch: from
    ///         the reveal window (or the epoch's start without commit-reveal) until its end.
    error PublishClosed(uint64 opensAt, uint64 closesAt);
    /// @notice One prediction per feed listed when the epoch's first prediction came, in order.
    error WrongPredictionCount(uint256 given, uint256 expected);
    /// @notice A value is outside [-1e18, +9e18] (a price cannot fall more than 100%).
    error ValueOutOfRange(int256 value);
    /// @notice Nothing is waiting to be finalized, or its epoch has not ended.
    error NothingToFinalize(uint64 endsAt);
    /// @notice The round does not exist.
    error UnknownRound(uint256 feed, uint64 roundId);
    /// @notice The round is already settled.
    error RoundSettled(uint256 feed, uint64 roundId);
    /// @notice Outcomes of this round are reported from `opensAt` until `closesAt` only; it settles after.
    error OutsideReportWindow(uint64 opensAt, uint64 closesAt);
    /// @notice The report window is still open, or closed with fewer than `quorum` reports (more
    ///         than half the round's publishers must report; the round stays unsettled).
    error CannotSettle(uint64 closesAt, uint256 reports, uint256 quorum);

    // ---------------------------------------------------------------- events

    /// @notice Governance set the bounds.
    event BoundsSet(Bounds bounds);
    /// @notice The subnet owner listed a feed.
    event FeedAdded(uint32 indexed feed, string asset, uint32 horizon, uint64 tolerance, uint32 staleAfter);
    /// @notice The subnet owner withdrew a feed: its rounds stop counting (confidence 0).
    event FeedDeactivated(uint32 indexed feed);
    /// @notice A validator published its predictions for `epoch`, one per feed (`type(int64).min`
    ///         where it had none), with the stake that weighs them.
    event ForecastsPublished(uint64 indexed epoch, address indexed validator, uint256 weight, int64[] predictions);
    /// @notice A round was published.
    event RoundPublished(
        uint32 indexed feed,
        uint64 indexed roundId,
        uint64 epoch,
        int64 prediction,
        uint8 confidence,
        uint16 publishers,
        uint32 publishedAt
    );
    /// @notice A request was recorded and bound to round `roundId` (0: the feed had none yet).
    event ForecastRequested(bytes32 indexed requestId, uint32 indexed feed, uint64 roundId, address indexed requester);
    /// @notice A validator reported the realised change of round `roundId`.
    event OutcomeReported(
        uint32 indexed feed, uint64 indexed roundId, address indexed validator, int64 realised, uint256 weight
    );
    /// @notice A round was settled against the reported outcome; `accuracy` is the feed's new record.
    event RoundSettledAgainstOutcome(
        uint32 indexed feed, uint64 indexed roundId, int64 realised, uint256 error, uint64 accuracy
    );

    // ---------------------------------------------------------------- actions

    /// @notice Sets the bounds. Only governance.
    function setBounds(Bounds calldata bounds) external;

    /// @notice Lists a feed. Only the subnet owner; within the bounds.
    function addFeed(string calldata asset, uint32 horizon, uint64 tolerance, uint32 staleAfter)
        external
        returns (uint32 feed);

    /// @notice Withdraws a feed for good. Only the subnet owner.
    function deactivateFeed(uint32 feed) external;

    /// @notice Publishes the caller's predictions for the current epoch (see `IForecastFeeds`).
    function publishForecasts(int64[] calldata predictions) external;

    /// @notice Turns the ended epoch's predictions into rounds. Anyone; also done by the next
    ///         epoch's first publication.
    function finalizeRounds() external;

    /// @notice Reports the realised change of a round at its horizon. Registered validators only.
    function reportOutcome(uint32 feed, uint64 roundId, int64 realised) external;

    /// @notice Settles a round once its report window has closed. Anyone.
    function settleRound(uint32 feed, uint64 roundId) external;

    // ---------------------------------------------------------------- views

    /// @notice The subnet whose validators publish.
    function subnet() external view returns (address);

    /// @notice The current bounds.
    function bounds() external view returns (Bounds memory);

    /// @notice Number of feeds ever listed (indexes run from 0).
    function feedCount() external view returns (uint256);

    /// @notice Feed `feed`.
    function feedAt(uint32 feed) external view returns (Feed memory);

    /// @notice The index of the feed for `asset` and `horizon`; reverts `UnknownFeed`.
    function feedIndex(string calldata asset, uint256 horizon) external view returns (uint32);

    /// @notice Round `roundId` of feed `feed` (all zero if it does not exist).
    function roundOf(uint32 feed, uint64 roundId) external view returns (Round memory);

    /// @notice The epoch whose predictions wait to be finalized, when it ends, and how many
    ///         validators published (all zero when nothing waits).
    function pending() external view returns (uint64 epoch, uint32 endsAt, uint16 publishers, uint16 feeds);
}
