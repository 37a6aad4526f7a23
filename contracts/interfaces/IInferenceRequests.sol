// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IValidatorBallots} from "./IValidatorBallots.sol";

/// @title IInferenceRequests
/// @notice Escrowed inference requests for any subnet: a requester escrows a TORA fee with a
///         deadline and a redundancy (how many miners answer); the subnet's miners answer on chain
///         (inline, or a hash and a URI for large outputs); the subnet's validators score the
///         answers; the fee is released to the answering miners in proportion to the stake-weighted
///         median of their scores, and the best answer is delivered to the requester's callback.
///         An unanswered request, or one nobody scored above zero, is refunded.
interface IInferenceRequests is IValidatorBallots {
    /// @notice Where a request stands.
    enum Status {
        None,
        Open,
        Released,
        Refunded
    }

    /// @notice One request.
    /// @param requester Who paid the fee (and gets any refund).
    /// @param fee The escrowed TORA, in wei.
    /// @param subnet The subnet's instance.
    /// @param deadline Answers are accepted until this time, seconds (exclusive).
    /// @param redundancy How many miners may answer (1 to `MAX_REDUNDANCY`).
    /// @param answers How many have.
    /// @param status Where it stands.
    /// @param quorum Validators who must score for a release: more than half the subnet's
    ///        validators when the request was made (counting at most `MAX_BALLOTS` of them).
    /// @param subnetId The subnet's id.
    /// @param callback The contract `IInferenceConsumer.onInferenceResult` is called on (zero: none).
    /// @param callbackGas The exact gas that call gets.
    /// @param answersClosedAt When answering closed: the last answer's time, or the deadline.
    /// @param scoreWindow Seconds validators have to score once answering closed.
    /// @param inputHash keccak256 of the input (the input itself is in `RequestCreated`).
    struct Request {
        address requester;
        uint96 fee;
        address subnet;
        uint32 deadline;
        uint8 redundancy;
        uint8 answers;
        Status status;
        uint8 quorum;
        uint32 subnetId;
        address callback;
        uint32 callbackGas;
        uint32 answersClosedAt;
        uint32 scoreWindow;
        bytes32 inputHash;
    }

    /// @notice What a requester asks for.
    /// @param subnetId The subnet that answers.
    /// @param redundancy How many miners may answer (1 to `MAX_REDUNDANCY`).
    /// @param fee TORA wei escrowed and paid to the answering miners by their scores (non-zero).
    /// @param deadline Answers are accepted until this time, seconds.
    /// @param callback The contract to deliver the best answer to (zero: none; read `resultOf`).
    /// @param callbackGas The exact gas limit of that call (zero without a callback).
    struct Spec {
        uint256 subnetId;
        uint8 redundancy;
        uint96 fee;
        uint32 deadline;
        address callback;
        uint32 callbackGas;
    }

    /// @notice One answer.
    /// @param miner Who answered.
    /// @param outputHash keccak256 of the output.
    struct Answer {
        address miner;
        bytes32 outputHash;
    }

    /// @notice The result of a released request, kept for anyone to read (the pull inbox).
    /// @param miner The best answer's miner.
    /// @param outputHash Its output's hash.
    /// @param score Its consensus score (65535 = 1.0).
    /// @param delivered Whether the callback (if any) returned without reverting.
    struct Result {
        address miner;
        bytes32 outputHash;
        uint16 score;
        bool delivered;
    }

    // ---------------------------------------------------------------- errors

    /// @notice Only governance (the registry's owner) may call this.
    error NotGovernance(address caller);
    /// @notice The subnet does not exist or is not active.
    error SubnetNotActive(uint256 subnetId);
    /// @notice The fee is zero.
    error InvalidFee(uint256 fee);
    /// @notice Redundancy must be 1 to `MAX_REDUNDANCY`.
    error InvalidRedundancy(uint256 redundancy);
    /// @notice The deadline must lie `MIN_ANSWER_WINDOW` to `MAX_ANSWER_WINDOW` seconds ahead.
    error InvalidDeadline(uint256 deadline, uint256 earliest, uint256 latest);
    /// @notice The input is empty or longer than `MAX_INPUT_BYTES`.
    error InvalidInput(uint256 length);
    /// @notice A callback needs a contract and a gas limit of at most `MAX_CALLBACK_GAS` (both or neither).
    error InvalidCallback(address callback, uint256 gasLimit);
    /// @notice The score window must be `MIN_SCORE_WINDOW` to `MAX_SCORE_WINDOW` seconds.
    error InvalidScoreWindow(uint256 window);
    /// @notice No such request.
    error UnknownRequest(uint256 requestId);
    /// @notice The request is not open (released or refunded).
    error RequestClosed(uint256 requestId, Status status);
    /// @notice The caller is not a registered miner of the request's subnet.
    error NotAMiner(address caller);
    /// @notice Answers are accepted until the deadline, up to the redundancy.
    error AnsweringClosed(uint256 requestId);
    /// @notice The miner already answered this request.
    error AlreadyAnswered(address miner);
    /// @notice Inline outputs are 1 to `MAX_INLINE_OUTPUT` bytes; larger ones go as a hash and a URI.
    error InvalidOutput(uint256 length);
    /// @notice Scores are accepted from when answering closes until the score window ends.
    error OutsideScoreWindow(uint64 opensAt, uint64 closesAt);
    /// @notice One score per answer.
    error WrongScoreCount(uint256 given, uint256 expected);
    /// @notice The request cannot be released or refunded yet (`at`: when it can).
    error NotYet(uint64 at);
    /// @notice The request has answers: it is released by its scores, not refunded.
    error HasAnswers(uint256 requestId);
    /// @notice Nobody answered the request: it is refunded after its deadline, not released.
    error Unanswered(uint256 requestId);
    /// @notice The release cannot give the callback its full gas limit; send more gas.
    error InsufficientGasForCallback(uint256 available, uint256 needed);
    /// @notice Nothing to withdraw.
    error NothingToWithdraw(address account);

    // ---------------------------------------------------------------- events

    /// @notice Governance set the score window for new requests.
    event ScoreWindowSet(uint32 window);
    /// @notice A request was made and its fee escrowed.
    event RequestCreated(
        uint256 indexed requestId, uint256 indexed subnetId, address indexed requester, Spec spec, bytes input
    );
    /// @notice A miner answered (inline: `output`; else `uri`, with the output's hash).
    event Answered(
        uint256 indexed requestId, address indexed miner, uint8 index, bytes32 outputHash, bytes output, string uri
    );
    /// @notice A validator scored the answers (one score per answer, 65535 = 1.0).
    event AnswersScored(uint256 indexed requestId, address indexed validator, uint256 weight, uint16[] scores);
    /// @notice The escrow was released: each answer's consensus score and payout, and the best answer.
    event RequestReleased(uint256 indexed requestId, address indexed bestMiner, uint16[] consensus, uint256[] payouts);
    /// @notice The fee went back to the requester (no answer, fewer scores than the quorum, or no
    ///         consensus above zero).
    event RequestRefunded(uint256 indexed requestId, address indexed requester, uint96 fee);
    /// @notice The callback was called with the result; `success` is whether it returned normally.
    event ResultDelivered(uint256 indexed requestId, address indexed callback, bool success);
    /// @notice `account` withdrew what it was owed.
    event Withdrawn(address indexed account, uint256 amount);

    // ---------------------------------------------------------------- actions

    /// @notice Escrows `spec.fee` TORA (approved to this contract) for a request with `input`.
    function createRequest(Spec calldata spec, bytes calldata input) external returns (uint256 requestId);

    /// @notice Answers request `requestId` inline. Registered miners of its subnet, once each.
    function answer(uint256 requestId, bytes calldata output) external;

    /// @notice Answers request `requestId` with the hash of an output published at `uri`.
    function answerByHash(uint256 requestId, bytes32 outputHash, string calldata uri) external;

    /// @notice Scores the answers of `requestId`, one score per answer. Registered validators, once each.
    function scoreAnswers(uint256 requestId, uint16[] calldata scores) external;

    /// @notice Releases the escrow by the scores once the score window closed (anyone).
    function release(uint256 requestId) external;

    /// @notice Refunds an unanswered request after its deadline (anyone).
    function refund(uint256 requestId) external;

    /// @notice Pays out what the caller is owed (miners' fees, requesters' refunds).
    function withdraw() external returns (uint256 amount);

    /// @notice Sets the score window of new requests. Only governance.
    function setScoreWindow(uint32 window) external;

    // ---------------------------------------------------------------- views

    /// @notice Request `requestId`.
    function requestOf(uint256 requestId) external view returns (Request memory);

    /// @notice Answer `index` of request `requestId`.
    function answerOf(uint256 requestId, uint256 index) external view returns (Answer memory);

    /// @notice The result of a released request (zero until then).
    function resultOf(uint256 requestId) external view returns (Result memory);

    /// @notice The inline output of answer `index` of `requestId` (empty for a hash-and-URI answer).
    function outputOf(uint256 requestId, uint256 index) external view returns (bytes memory);

    /// @notice TORA `account` can withdraw.
    function owed(address account) external view returns (uint256);

    /// @notice Requests made so far (ids run from 1).
    function requestCount() external view returns (uint256);

    /// @notice The score window new requests get, seconds.
    function scoreWindow() external view returns (uint32);

    /// @notice The registry whose subnets serve requests.
    function registry() external view returns (address);

    /// @notice The fee token.
    function tora() external view returns (address);
}
