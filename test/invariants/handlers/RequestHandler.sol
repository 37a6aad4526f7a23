// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {TORA} from "../../../contracts/TORA.sol";
import {InferenceRequests} from "../../../contracts/inference/InferenceRequests.sol";
import {IInferenceRequests} from "../../../contracts/interfaces/IInferenceRequests.sol";
import {IValidatorBallots} from "../../../contracts/interfaces/IValidatorBallots.sol";

/// @dev Drives an InferenceRequests through creations, answers, scores, releases, refunds,
///      withdrawals and time, as real callers could; ghost totals say where every fee went.
contract RequestHandler is CommonBase, StdUtils {
    InferenceRequests internal requests;
    TORA internal tora;
    uint256 internal subnetId;
    address[] internal requesters;
    address[] internal miners;
    address[] internal validators;

    uint256 public ghostEscrowed;
    uint256 public ghostReleased;
    uint256 public ghostRefunded;
    uint256 public ghostWithdrawn;
    /// @dev Times a request left the Open status (must stay at most 1 each).
    mapping(uint256 requestId => uint256) public closings;

    constructor(
        InferenceRequests requests_,
        TORA tora_,
        uint256 subnetId_,
        address[] memory requesters_,
        address[] memory miners_,
        address[] memory validators_
    ) {
        (requests, tora, subnetId) = (requests_, tora_, subnetId_);
        (requesters, miners, validators) = (requesters_, miners_, validators_);
    }

    function accounts() external view returns (address[] memory all) {
        all = new address[](requesters.length + miners.length);
        for (uint256 i; i < requesters.length; ++i) {
            all[i] = requesters[i];
        }
        for (uint256 i; i < miners.length; ++i) {
            all[requesters.length + i] = miners[i];
        }
    }

    function create(uint256 who, uint96 fee, uint8 redundancy, uint32 window) external {
        address requester = requesters[who % requesters.length];
        fee = uint96(bound(fee, 1, 100 ether));
        IInferenceRequests.Spec memory spec = IInferenceRequests.Spec({
            subnetId: subnetId,
            redundancy: uint8(bound(redundancy, 1, 4)),
            fee: fee,
            deadline: uint32(block.timestamp + bound(window, 60, 2 hours)),
            callback: address(0),
            callbackGas: 0
        });
        vm.prank(requester);
        requests.createRequest(spec, "task");
        ghostEscrowed += fee;
    }

    function _pick(uint256 seed) internal view returns (uint256 id, IInferenceRequests.Request memory r) {
        uint256 count = requests.requestCount();
        if (count == 0) return (0, r);
        id = seed % count + 1;
        r = requests.requestOf(id);
    }

    function answer(uint256 seed, uint256 who) external {
        (uint256 id, IInferenceRequests.Request memory r) = _pick(seed);
        if (id == 0 || r.status != IInferenceRequests.Status.Open) return;
        if (block.timestamp >= r.deadline || r.answers >= r.redundancy) return;
        vm.prank(miners[who % miners.length]);
        try requests.answer(id, abi.encodePacked(seed)) {}
        catch (bytes memory reason) {
            require(bytes4(reason) == IInferenceRequests.AlreadyAnswered.selector, "answer failed");
        }
    }

    function score(uint256 seed, uint256 who, uint256 scoreSeed) external {
        (uint256 id, IInferenceRequests.Request memory r) = _pick(seed);
        if (id == 0 || r.status != IInferenceRequests.Status.Open || r.answers == 0) return;
        uint256 opens = r.answersClosedAt != 0 ? r.answersClosedAt : r.deadline;
        if (block.timestamp >= opens + r.scoreWindow) return;
        if (block.timestamp < opens) vm.warp(opens);
        uint16[] memory scores = new uint16[](r.answers);
        for (uint256 k; k < scores.length; ++k) {
            scores[k] = uint16(uint256(keccak256(abi.encode(scoreSeed, k))));
        }
        vm.prank(validators[who % validators.length]);
        try requests.scoreAnswers(id, scores) {}
        catch (bytes memory reason) {
            require(bytes4(reason) == IValidatorBallots.AlreadySubmitted.selector, "score failed");
        }
    }

    function release(uint256 seed) external {
        (uint256 id, IInferenceRequests.Request memory r) = _pick(seed);
        if (id == 0 || r.status != IInferenceRequests.Status.Open || r.answers == 0) return;
        uint256 opens = r.answersClosedAt != 0 ? r.answersClosedAt : r.deadline;
        if (block.timestamp < opens + r.scoreWindow) vm.warp(opens + r.scoreWindow);
        requests.release(id);
        ++closings[id];
        if (requests.requestOf(id).status == IInferenceRequests.Status.Released) ghostReleased += r.fee;
        else ghostRefunded += r.fee;
    }

    function refund(uint256 seed) external {
        (uint256 id, IInferenceRequests.Request memory r) = _pick(seed);
        if (id == 0 || r.status != IInferenceRequests.Status.Open || r.answers != 0) return;
        if (block.timestamp < r.deadline) vm.warp(r.deadline);
        requests.refund(id);
        ++closings[id];
        ghostRefunded += r.fee;
    }

    function withdraw(uint256 who) external {
        address[] memory all = this.accounts();
        address account = all[who % all.length];
        uint256 owed = requests.owed(account);
        if (owed == 0) return;
        vm.prank(account);
        requests.withdraw();
        ghostWithdrawn += owed;
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 3 hours));
    }
}
