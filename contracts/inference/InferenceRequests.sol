// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {IInferenceConsumer} from "../interfaces/IInferenceConsumer.sol";
import {IInferenceRequests} from "../interfaces/IInferenceRequests.sol";
import {ISubnet} from "../interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../interfaces/ISubnetRegistry.sol";
import {ValidatorBallots} from "../libraries/ValidatorBallots.sol";
import {WeightedMedian} from "../libraries/WeightedMedian.sol";

/// @title InferenceRequests
/// @notice Escrowed inference requests to the registry's subnets, for what no feed answers (other
///         assets and horizons, a Linguista translation, a Visiona classification).
///
///         Life of a request. `createRequest` escrows the fee. Until the deadline up to
///         `redundancy` of the subnet's registered miners answer, once each: inline (at most
///         `MAX_INLINE_OUTPUT` bytes, kept on chain) or as a hash with a URI. Answering closes at
///         the last answer or the deadline; for `scoreWindow` seconds after that the subnet's
///         registered validators score every answer (0 to 65535), each weighted by its epoch stake
///         (`ISubnet.epochStakeOf`). Then anyone releases the escrow: each answer's consensus is the
///         stake-weighted lower median of its scores, and the fee is split among the answering
///         miners in proportion to their consensus (rounding dust to the best answer), credited to
///         them to withdraw. If fewer validators scored than the request's quorum (more than half
///         the subnet's validators when it was made, so one validator cannot decide alone, nor can
///         validators registered later raise the bar), or every consensus is 0, the fee is refunded
///         instead. A request nobody answered is refunded after its deadline by anyone.
///
///         Delivery. On release the best answer (highest consensus, the earlier on ties) is kept as
///         the request's result (`resultOf`, the pull inbox) and, if the request named a callback,
///         passed to `IInferenceConsumer.onInferenceResult` with exactly `callbackGas` gas: the
///         release reverts unless that much can be forwarded (so a caller cannot starve it), the
///         callback's revert or return data never reverts the release, and no return data is
///         copied.
///
///         Every wei escrowed is paid out or refunded exactly once: the TORA this contract holds
///         equals the fees of open requests plus what accounts are owed.
contract InferenceRequests is IInferenceRequests, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using ValidatorBallots for ValidatorBallots.Box;

    /// @notice Most miners a request may ask (one 256-bit word holds a ballot's scores).
    uint8 public constant MAX_REDUNDANCY = 16;
    /// @notice Largest inline output, bytes; larger outputs are answered by hash and URI.
    uint256 public constant MAX_INLINE_OUTPUT = 1024;
    /// @notice Largest input, bytes (it is only logged).
    uint256 public constant MAX_INPUT_BYTES = 16_384;
    /// @notice Shortest and longest answer window, seconds from creation to deadline.
    uint32 public constant MIN_ANSWER_WINDOW = 60;
    uint32 public constant MAX_ANSWER_WINDOW = 30 days;
    /// @notice Bounds of the score window, seconds.
    uint32 public constant MIN_SCORE_WINDOW = 60;
    uint32 public constant MAX_SCORE_WINDOW = 7 days;
    /// @notice Largest callback gas limit.
    uint32 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// @dev Gas kept back around the callback: the call itself and what follows it.
    uint256 internal constant CALLBACK_RESERVE = 40_000;

    IERC20 internal immutable TORA;
    ISubnetRegistry internal immutable REGISTRY;

    uint32 internal _scoreWindow;
    uint256 internal _requestCount;
    mapping(uint256 requestId => Request) internal _requests;
    mapping(uint256 requestId => mapping(uint256 index => Answer)) internal _answers;
    mapping(uint256 requestId => mapping(uint256 index => bytes)) internal _outputs;
    mapping(uint256 requestId => mapping(address miner => bool)) internal _answered;
    mapping(uint256 requestId => ValidatorBallots.Box) internal _scores;
    mapping(uint256 requestId => Result) internal _results;
    mapping(address account => uint256) internal _owed;

    /// @param registry_ The registry whose subnets serve requests (governance is its owner).
    /// @param tora_ The fee token.
    /// @param scoreWindow_ The initial score window, seconds.
    constructor(ISubnetRegistry registry_, IERC20 tora_, uint32 scoreWindow_) {
        REGISTRY = registry_;
        TORA = tora_;
        _setScoreWindow(scoreWindow_);
    }

    // ================================================================ requesters

    /// @inheritdoc IInferenceRequests
    function createRequest(Spec calldata spec, bytes calldata input) external nonReentrant returns (uint256 requestId) {
        _check(spec, input.length);
        address instance = REGISTRY.instanceOf(spec.subnetId);
        requestId = ++_requestCount;
        _requests[requestId] = Request({
            requester: msg.sender,
            fee: spec.fee,
            subnet: instance,
            deadline: spec.deadline,
            redundancy: spec.redundancy,
            answers: 0,
            status: Status.Open,
            quorum: _quorum(instance),
            subnetId: uint32(spec.subnetId),
            callback: spec.callback,
            callbackGas: spec.callbackGas,
            answersClosedAt: 0,
            scoreWindow: _scoreWindow,
            inputHash: keccak256(input)
        });
        emit RequestCreated(requestId, spec.subnetId, msg.sender, spec, input);
        TORA.safeTransferFrom(msg.sender, address(this), spec.fee);
    }

    /// @inheritdoc IInferenceRequests
    function refund(uint256 requestId) external nonReentrant {
        Request storage r = _open(requestId);
        if (r.answers != 0) revert HasAnswers(requestId);
        if (block.timestamp < r.deadline) revert NotYet(r.deadline);
        _refund(requestId, r);
    }

    /// @inheritdoc IInferenceRequests
    function withdraw() external nonReentrant returns (uint256 amount) {
        amount = _owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _owed[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        TORA.safeTransfer(msg.sender, amount);
    }

    // ================================================================ miners

    /// @inheritdoc IInferenceRequests
    function answer(uint256 requestId, bytes calldata output) external nonReentrant {
        if (output.length == 0 || output.length > MAX_INLINE_OUTPUT) revert InvalidOutput(output.length);
        uint8 index = _recordAnswer(requestId, keccak256(output));
        _outputs[requestId][index] = output;
        emit Answered(requestId, msg.sender, index, keccak256(output), output, "");
    }

    /// @inheritdoc IInferenceRequests
    function answerByHash(uint256 requestId, bytes32 outputHash, string calldata uri) external nonReentrant {
        if (bytes(uri).length == 0 || bytes(uri).length > MAX_INLINE_OUTPUT) revert InvalidOutput(bytes(uri).length);
        uint8 index = _recordAnswer(requestId, outputHash);
        emit Answered(requestId, msg.sender, index, outputHash, "", uri);
    }

    // ================================================================ validators

    /// @inheritdoc IInferenceRequests
    function scoreAnswers(uint256 requestId, uint16[] calldata scores) external nonReentrant {
        Request storage r = _open(requestId);
        (uint64 opensAt, uint64 closesAt) = _scoreWindowOf(r);
        if (block.timestamp < opensAt || block.timestamp >= closesAt || r.answers == 0) {
            revert OutsideScoreWindow(opensAt, closesAt);
        }
        if (scores.length != r.answers) revert WrongScoreCount(scores.length, r.answers);
        uint96 weight = ValidatorBallots.weightOf(ISubnet(r.subnet), msg.sender);
        ValidatorBallots.Box storage box = _scores[requestId];
        uint256 index = box.admit(bytes32(requestId), msg.sender, weight, 1);
        uint256 word = 0;
        for (uint256 k; k < scores.length; ++k) {
            word |= uint256(scores[k]) << (k * 16);
        }
        box.words[index] = word;
        emit AnswersScored(requestId, msg.sender, weight, scores);
    }

    // ================================================================ release

    /// @inheritdoc IInferenceRequests
    function release(uint256 requestId) external nonReentrant {
        Request storage r = _open(requestId);
        if (r.answers == 0) revert Unanswered(requestId);
        (, uint64 closesAt) = _scoreWindowOf(r);
        if (block.timestamp < closesAt) revert NotYet(closesAt);

        (uint16[] memory consensus, uint256 total, uint256 best) = _consensus(requestId, r.answers);
        if (total == 0 || _scores[requestId].count < r.quorum) {
            _refund(requestId, r);
            return;
        }
        uint256 fee = r.fee;
        uint256[] memory payouts = new uint256[](consensus.length);
        uint256 paid = 0;
        for (uint256 k; k < consensus.length; ++k) {
            payouts[k] = fee * consensus[k] / total;
            paid += payouts[k];
        }
        payouts[best] += fee - paid;
        r.status = Status.Released;
        for (uint256 k; k < consensus.length; ++k) {
            if (payouts[k] != 0) _owed[_answers[requestId][k].miner] += payouts[k];
        }
        Answer memory top = _answers[requestId][best];
        _results[requestId] =
            Result({miner: top.miner, outputHash: top.outputHash, score: consensus[best], delivered: false});
        emit RequestReleased(requestId, top.miner, consensus, payouts);
        if (r.callback != address(0)) _deliver(requestId, r, best, top.outputHash, consensus[best]);
    }

    // ================================================================ governance

    /// @inheritdoc IInferenceRequests
    function setScoreWindow(uint32 window) external {
        if (msg.sender != Ownable(address(REGISTRY)).owner()) revert NotGovernance(msg.sender);
        _setScoreWindow(window);
    }

    // ================================================================ views

    /// @inheritdoc IInferenceRequests
    function requestOf(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IInferenceRequests
    function answerOf(uint256 requestId, uint256 index) external view returns (Answer memory) {
        return _answers[requestId][index];
    }

    /// @inheritdoc IInferenceRequests
    function resultOf(uint256 requestId) external view returns (Result memory) {
        return _results[requestId];
    }

    /// @inheritdoc IInferenceRequests
    function outputOf(uint256 requestId, uint256 index) external view returns (bytes memory) {
        return _outputs[requestId][index];
    }

    /// @inheritdoc IInferenceRequests
    function owed(address account) external view returns (uint256) {
        return _owed[account];
    }

    /// @inheritdoc IInferenceRequests
    function requestCount() external view returns (uint256) {
        return _requestCount;
    }

    /// @inheritdoc IInferenceRequests
    function scoreWindow() external view returns (uint32) {
        return _scoreWindow;
    }

    /// @inheritdoc IInferenceRequests
    function registry() external view returns (address) {
        return address(REGISTRY);
    }

    /// @inheritdoc IInferenceRequests
    function tora() external view returns (address) {
        return address(TORA);
    }

    // ================================================================ internals

    /// @dev Reverts unless `spec` and an input of `inputLength` bytes make a valid request now.
    function _check(Spec calldata spec, uint256 inputLength) internal view {
        if (!REGISTRY.isActive(spec.subnetId)) revert SubnetNotActive(spec.subnetId);
        if (spec.fee == 0) revert InvalidFee(spec.fee);
        if (spec.redundancy == 0 || spec.redundancy > MAX_REDUNDANCY) revert InvalidRedundancy(spec.redundancy);
        uint256 earliest = block.timestamp + MIN_ANSWER_WINDOW;
        uint256 latest = block.timestamp + MAX_ANSWER_WINDOW;
        if (spec.deadline < earliest || spec.deadline > latest) {
            revert InvalidDeadline(spec.deadline, earliest, latest);
        }
        if (inputLength == 0 || inputLength > MAX_INPUT_BYTES) revert InvalidInput(inputLength);
        bool hasCallback = spec.callback != address(0);
        if (
            hasCallback != (spec.callbackGas != 0) || spec.callbackGas > MAX_CALLBACK_GAS
                || (hasCallback && spec.callback.code.length == 0)
        ) revert InvalidCallback(spec.callback, spec.callbackGas);
    }

    function _setScoreWindow(uint32 window) internal {
        if (window < MIN_SCORE_WINDOW || window > MAX_SCORE_WINDOW) revert InvalidScoreWindow(window);
        _scoreWindow = window;
        emit ScoreWindowSet(window);
    }

    function _open(uint256 requestId) internal view returns (Request storage r) {
        r = _requests[requestId];
        if (r.status == Status.None) revert UnknownRequest(requestId);
        if (r.status != Status.Open) revert RequestClosed(requestId, r.status);
    }

    function _recordAnswer(uint256 requestId, bytes32 outputHash) internal returns (uint8 index) {
        Request storage r = _open(requestId);
        if (block.timestamp >= r.deadline || r.answers >= r.redundancy) revert AnsweringClosed(requestId);
        ISubnet.Member memory m = ISubnet(r.subnet).memberOf(msg.sender);
        if (!m.registered || m.isValidator) revert NotAMiner(msg.sender);
        if (_answered[requestId][msg.sender]) revert AlreadyAnswered(msg.sender);
        _answered[requestId][msg.sender] = true;
        index = r.answers;
        _answers[requestId][index] = Answer({miner: msg.sender, outputHash: outputHash});
        r.answers = index + 1;
        if (index + 1 == r.redundancy) r.answersClosedAt = uint32(block.timestamp);
    }

    /// @dev Scores open when answering closes (the last answer, or the deadline) and run for the
    ///      request's score window.
    function _scoreWindowOf(Request storage r) internal view returns (uint64 opensAt, uint64 closesAt) {
        opensAt = r.answersClosedAt != 0 ? r.answersClosedAt : r.deadline;
        closesAt = opensAt + r.scoreWindow;
    }

    /// @dev Each answer's stake-weighted lower median score, their sum, and the best answer.
    function _consensus(uint256 requestId, uint256 answers)
        internal
        view
        returns (uint16[] memory consensus, uint256 total, uint256 best)
    {
        ValidatorBallots.Box storage box = _scores[requestId];
        uint256 n = box.count;
        consensus = new uint16[](answers);
        if (n == 0) return (consensus, 0, 0);
        uint256[] memory words = new uint256[](n);
        uint256[] memory ballotWeights = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            words[i] = box.words[i];
            ballotWeights[i] = box.ballots[i].weight;
        }
        total = 0;
        best = 0;
        for (uint256 k; k < answers; ++k) {
            int256[] memory values = new int256[](n);
            uint256[] memory weights = new uint256[](n);
            for (uint256 i; i < n; ++i) {
                values[i] = int256(uint256(uint16(words[i] >> (k * 16))));
                weights[i] = ballotWeights[i];
            }
            uint256 sum = WeightedMedian.sort(values, weights);
            uint16 c = uint16(uint256(WeightedMedian.lowerMedian(values, weights, sum)));
            consensus[k] = c;
            total += c;
            if (c > consensus[best]) best = k;
        }
    }

    /// @dev More than half the validators of `instance` (at most MAX_BALLOTS of them count).
    function _quorum(address instance) internal view returns (uint8) {
        uint256 validators = ISubnet(instance).validatorCount();
        if (validators > ValidatorBallots.MAX_BALLOTS) validators = ValidatorBallots.MAX_BALLOTS;
        return uint8(validators / 2 + 1);
    }

    function _refund(uint256 requestId, Request storage r) internal {
        r.status = Status.Refunded;
        _owed[r.requester] += r.fee;
        emit RequestRefunded(requestId, r.requester, r.fee);
    }

    /// @dev Calls the request's callback with exactly its gas limit, copying no return data; its
    ///      failure is recorded, never propagated.
    function _deliver(uint256 requestId, Request storage r, uint256 best, bytes32 outputHash, uint16 score) internal {
        address callback = r.callback;
        uint256 gasLimit = r.callbackGas;
        bytes memory data = abi.encodeCall(
            IInferenceConsumer.onInferenceResult, (requestId, _outputs[requestId][best], outputHash, score)
        );
        // EIP-150 forwards at most 63/64 of what is left: make sure the full limit fits.
        uint256 needed = gasLimit + gasLimit / 63 + CALLBACK_RESERVE;
        if (gasleft() < needed) revert InsufficientGasForCallback(gasleft(), needed);
        bool success;
        assembly ("memory-safe") {
            success := call(gasLimit, callback, 0, add(data, 0x20), mload(data), 0, 0)
        }
        _results[requestId].delivered = success;
        emit ResultDelivered(requestId, callback, success);
    }
}
