// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {InferenceRequests} from "../../contracts/inference/InferenceRequests.sol";
import {IInferenceConsumer} from "../../contracts/interfaces/IInferenceConsumer.sol";
import {IInferenceRequests} from "../../contracts/interfaces/IInferenceRequests.sol";
import {IValidatorBallots} from "../../contracts/interfaces/IValidatorBallots.sol";
import {RequestFixture} from "../utils/RequestFixture.sol";

/// @dev Records what it was delivered and the gas it got.
contract RecordingConsumer is IInferenceConsumer {
    uint256 public lastId;
    bytes public lastOutput;
    bytes32 public lastHash;
    uint16 public lastScore;
    uint256 public gasAtEntry;

    function onInferenceResult(uint256 requestId, bytes calldata output, bytes32 outputHash, uint16 score) external {
        gasAtEntry = gasleft();
        (lastId, lastOutput, lastHash, lastScore) = (requestId, output, outputHash, score);
    }
}

/// @dev Every way a callback can misbehave.
contract HostileConsumer is IInferenceConsumer {
    uint256 public mode; // 0 revert, 1 burn all gas, 2 return 1 MB, 3 re-enter withdraw

    constructor(uint256 mode_) {
        mode = mode_;
    }

    function onInferenceResult(uint256, bytes calldata, bytes32, uint16) external {
        if (mode == 0) revert("no");
        if (mode == 1) {
            while (true) {}
        }
        if (mode == 2) {
            assembly {
                return(0, 1000000)
            }
        }
        InferenceRequests(msg.sender).withdraw();
    }
}

contract InferenceRequestsTest is RequestFixture {
    bytes internal constant OUT_A = bytes("Hola");
    bytes internal constant OUT_B = bytes("Buenas");
    bytes internal constant OUT_C = bytes("zzz");

    // ---------------------------------------------------------------- creation

    function test_create_escrowsTheFee() public {
        uint256 before = tora.balanceOf(requester);
        vm.expectEmit(true, true, true, false, address(requests));
        emit IInferenceRequests.RequestCreated(1, subnetId, requester, spec(3, 30 ether), "");
        uint256 id = create(3, 30 ether);
        assertEq(id, 1);
        assertEq(tora.balanceOf(requester), before - 30 ether);
        assertEq(tora.balanceOf(address(requests)), 30 ether);
        IInferenceRequests.Request memory r = requests.requestOf(id);
        assertEq(r.requester, requester);
        assertEq(r.subnet, address(subnet));
        assertEq(uint8(r.status), uint8(IInferenceRequests.Status.Open));
        assertEq(r.scoreWindow, SCORE_WINDOW);
        assertEq(r.inputHash, keccak256('{"type":"translation","text":"Hello"}'));
    }

    function test_create_refusesBadSpecs_andMovesNothing() public {
        IInferenceRequests.Spec[7] memory bad;
        for (uint256 i; i < bad.length; ++i) {
            bad[i] = spec(3, 30 ether);
        }
        bad[0].subnetId = 99;
        bad[1].fee = 0;
        bad[2].redundancy = 0;
        bad[3].redundancy = 17;
        bad[4].deadline = uint32(block.timestamp + 59);
        bad[5].callback = makeAddr("eoa");
        bad[5].callbackGas = 100_000;
        bad[6].callbackGas = 100_000; // gas without a callback
        bytes4[7] memory errors = [
            IInferenceRequests.SubnetNotActive.selector,
            IInferenceRequests.InvalidFee.selector,
            IInferenceRequests.InvalidRedundancy.selector,
            IInferenceRequests.InvalidRedundancy.selector,
            IInferenceRequests.InvalidDeadline.selector,
            IInferenceRequests.InvalidCallback.selector,
            IInferenceRequests.InvalidCallback.selector
        ];
        uint256 before = tora.balanceOf(requester);
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(requester);
            try requests.createRequest(bad[i], "x") {
                revert("accepted a bad spec");
            } catch (bytes memory reason) {
                assertEq(bytes4(reason), errors[i], vm.toString(i));
            }
        }
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.InvalidInput.selector, 0));
        vm.prank(requester);
        requests.createRequest(spec(3, 30 ether), "");
        assertEq(tora.balanceOf(requester), before);
        assertEq(requests.requestCount(), 0);
    }

    function test_create_withoutAllowanceReverts() public {
        address poor = makeAddr("poor");
        tora.mint(poor, 10 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(requests), 0, 10 ether)
        );
        vm.prank(poor);
        requests.createRequest(spec(1, 10 ether), "x");
        assertEq(requests.requestCount(), 0);
    }

    function test_create_onADeactivatedSubnetReverts() public {
        vm.prank(governance);
        registry.deactivateSubnet(subnetId);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.SubnetNotActive.selector, subnetId));
        vm.prank(requester);
        requests.createRequest(spec(1, 10 ether), "x");
    }

    // ---------------------------------------------------------------- answers

    function test_answer_onlyMinersOfTheSubnet_onceEach_upToRedundancy() public {
        uint256 id = create(2, 20 ether);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NotAMiner.selector, validators[0]));
        vm.prank(validators[0]);
        requests.answer(id, OUT_A);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NotAMiner.selector, outsider));
        vm.prank(outsider);
        requests.answer(id, OUT_A);

        answerAs(id, 0, OUT_A);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.AlreadyAnswered.selector, miners[0]));
        answerAs(id, 0, OUT_B);
        answerAs(id, 1, OUT_B);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.AnsweringClosed.selector, id));
        answerAs(id, 2, OUT_C);

        IInferenceRequests.Request memory r = requests.requestOf(id);
        assertEq(r.answers, 2);
        assertEq(r.answersClosedAt, block.timestamp, "the last answer closes answering");
        assertEq(requests.answerOf(id, 1).miner, miners[1]);
        assertEq(requests.outputOf(id, 1), OUT_B);
    }

    function test_answer_afterTheDeadlineReverts() public {
        uint256 id = create(2, 20 ether);
        vm.warp(requests.requestOf(id).deadline);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.AnsweringClosed.selector, id));
        answerAs(id, 0, OUT_A);
    }

    function test_answerByHash_forLargeOutputs() public {
        uint256 id = create(1, 10 ether);
        bytes memory big = new bytes(2000);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.InvalidOutput.selector, 2000));
        answerAs(id, 0, big);
        vm.prank(miners[0]);
        requests.answerByHash(id, keccak256(big), "ipfs://bafy.../answer.json");
        assertEq(requests.answerOf(id, 0).outputHash, keccak256(big));
        assertEq(requests.outputOf(id, 0).length, 0);
    }

    // ---------------------------------------------------------------- scores and release

    function _threeAnswers() internal returns (uint256 id) {
        id = create(3, 30 ether);
        answerAs(id, 0, OUT_A);
        answerAs(id, 1, OUT_B);
        answerAs(id, 2, OUT_C);
    }

    function test_lifecycle_paysMinersByTheirConsensusScores() public {
        uint256 id = _threeAnswers();
        scoreAs(id, 0, u16s(60_000, 30_000, 0));
        scoreAs(id, 1, u16s(50_000, 30_000, 10_000));
        scoreAs(id, 2, u16s(40_000, 20_000, 65_535)); // the heaviest alone cannot carry miner 2
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.AlreadySubmitted.selector, validators[0]));
        scoreAs(id, 0, u16s(1, 1, 1));

        toRelease(id);
        // Lower medians (weights 1000/2000/3000 of 6000; the value at which half is reached):
        // 40,000, 20,000 and 10,000 of a total 70,000.
        uint16[] memory consensus = u16s(40_000, 20_000, 10_000);
        uint256[] memory payouts = new uint256[](3);
        payouts[0] = uint256(30 ether) * 40_000 / 70_000 + 1; // + the rounding dust, to the best
        payouts[1] = uint256(30 ether) * 20_000 / 70_000;
        payouts[2] = uint256(30 ether) * 10_000 / 70_000;
        vm.expectEmit(address(requests));
        emit IInferenceRequests.RequestReleased(id, miners[0], consensus, payouts);
        requests.release(id);

        assertEq(requests.owed(miners[0]) + requests.owed(miners[1]) + requests.owed(miners[2]), 30 ether);
        assertEq(requests.owed(miners[1]), payouts[1]);
        IInferenceRequests.Result memory res = requests.resultOf(id);
        assertEq(res.miner, miners[0]);
        assertEq(res.outputHash, keccak256(OUT_A));
        assertEq(res.score, 40_000);

        uint256 before = tora.balanceOf(miners[1]);
        vm.prank(miners[1]);
        assertEq(requests.withdraw(), payouts[1]);
        assertEq(tora.balanceOf(miners[1]), before + payouts[1]);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NothingToWithdraw.selector, miners[1]));
        vm.prank(miners[1]);
        requests.withdraw();

        vm.expectRevert(
            abi.encodeWithSelector(IInferenceRequests.RequestClosed.selector, id, IInferenceRequests.Status.Released)
        );
        requests.release(id);
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceRequests.RequestClosed.selector, id, IInferenceRequests.Status.Released)
        );
        requests.refund(id);
    }

    function test_scores_onlyValidators_inTheWindow_onePerAnswer() public {
        uint256 id = create(3, 30 ether);
        answerAs(id, 0, OUT_A);
        IInferenceRequests.Request memory r = requests.requestOf(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceRequests.OutsideScoreWindow.selector, r.deadline, r.deadline + SCORE_WINDOW
            )
        );
        scoreAs(id, 0, new uint16[](1)); // answering is still open
        vm.warp(r.deadline);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.WrongScoreCount.selector, 3, 1));
        scoreAs(id, 0, u16s(1, 2, 3));
        vm.expectRevert(abi.encodeWithSelector(IValidatorBallots.NotAValidator.selector, miners[1]));
        vm.prank(miners[1]);
        requests.scoreAnswers(id, new uint16[](1));
        vm.warp(r.deadline + SCORE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(
                IInferenceRequests.OutsideScoreWindow.selector, r.deadline, r.deadline + SCORE_WINDOW
            )
        );
        scoreAs(id, 0, new uint16[](1));
    }

    function test_release_onlyAfterTheScoreWindow() public {
        uint256 id = _threeAnswers();
        scoreAs(id, 0, u16s(1, 1, 1));
        uint256 closes = block.timestamp + SCORE_WINDOW;
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NotYet.selector, closes));
        requests.release(id);
    }

    function test_release_withNoScores_refundsTheRequester() public {
        uint256 id = _threeAnswers();
        toRelease(id);
        vm.expectEmit(address(requests));
        emit IInferenceRequests.RequestRefunded(id, requester, 30 ether);
        requests.release(id);
        assertEq(requests.owed(requester), 30 ether);
        assertEq(uint8(requests.requestOf(id).status), uint8(IInferenceRequests.Status.Refunded));
        assertEq(requests.owed(miners[0]), 0);
    }

    /// @dev One validator (even the heaviest) cannot release a request alone: more than half the
    ///      subnet's validators at creation must score, and validators who join later do not raise
    ///      the bar.
    function test_release_belowQuorum_refunds_andLateValidatorsDoNotRaiseIt() public {
        uint256 id = _threeAnswers();
        assertEq(requests.requestOf(id).quorum, 2, "3 validators: 2 must score");
        scoreAs(id, 2, u16s(65_535, 0, 0));
        toRelease(id);
        requests.release(id);
        assertEq(requests.owed(requester), 30 ether, "refunded");
        assertEq(requests.owed(miners[0]), 0);

        uint256 next = _threeAnswers();
        for (uint256 i = 3; i < 9; ++i) {
            registerValidator(subnet, addr("validator", i), 1000 ether);
        }
        assertEq(requests.requestOf(next).quorum, 2);
        scoreAs(next, 0, u16s(65_535, 0, 0));
        scoreAs(next, 1, u16s(65_535, 0, 0));
        toRelease(next);
        requests.release(next);
        assertEq(requests.owed(miners[0]), 30 ether, "released with 2 of the original 3");
        assertEq(requests.requestOf(_threeAnswersLater()).quorum, 5, "9 validators now: 5 must score");
    }

    function _threeAnswersLater() internal returns (uint256 id) {
        id = create(1, 1 ether);
    }

    function test_release_allScoredZero_refundsTheRequester() public {
        uint256 id = _threeAnswers();
        scoreAs(id, 1, u16s(0, 0, 0));
        scoreAs(id, 2, u16s(0, 0, 0));
        toRelease(id);
        requests.release(id);
        assertEq(requests.owed(requester), 30 ether);
    }

    function test_partialAnswers_scoredFromTheDeadline() public {
        uint256 id = create(3, 30 ether);
        answerAs(id, 3, OUT_B);
        vm.warp(requests.requestOf(id).deadline);
        uint16[] memory one = new uint16[](1);
        one[0] = 40_000;
        scoreAs(id, 1, one);
        scoreAs(id, 2, one);
        toRelease(id);
        requests.release(id);
        assertEq(requests.owed(miners[3]), 30 ether, "the only answer takes the fee");
    }

    function test_release_ofAnUnansweredRequestReverts() public {
        uint256 id = create(3, 30 ether);
        vm.warp(requests.requestOf(id).deadline + SCORE_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.Unanswered.selector, id));
        requests.release(id);
    }

    // ---------------------------------------------------------------- refunds

    function test_refund_unansweredAfterTheDeadline_byAnyone() public {
        uint256 id = create(3, 30 ether);
        uint32 deadline = requests.requestOf(id).deadline;
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NotYet.selector, deadline));
        vm.prank(outsider);
        requests.refund(id);
        vm.warp(deadline);
        vm.prank(outsider);
        requests.refund(id);
        assertEq(requests.owed(requester), 30 ether);
        assertEq(requests.owed(outsider), 0);
        vm.expectRevert(
            abi.encodeWithSelector(IInferenceRequests.RequestClosed.selector, id, IInferenceRequests.Status.Refunded)
        );
        requests.refund(id);
        vm.prank(requester);
        requests.withdraw();
        assertEq(tora.balanceOf(address(requests)), 0);
    }

    function test_refund_ofAnAnsweredRequestReverts() public {
        uint256 id = create(3, 30 ether);
        answerAs(id, 0, OUT_A);
        vm.warp(requests.requestOf(id).deadline);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.HasAnswers.selector, id));
        requests.refund(id);
    }

    function test_unknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.UnknownRequest.selector, 7));
        requests.refund(7);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.UnknownRequest.selector, 7));
        answerAs(7, 0, OUT_A);
    }

    // ---------------------------------------------------------------- callbacks

    function _withCallback(address callback, uint32 gasLimit) internal returns (uint256 id) {
        IInferenceRequests.Spec memory s = spec(1, 10 ether);
        (s.callback, s.callbackGas) = (callback, gasLimit);
        vm.prank(requester);
        id = requests.createRequest(s, "x");
        answerAs(id, 0, OUT_A);
        uint16[] memory one = new uint16[](1);
        one[0] = 65_535;
        scoreAs(id, 0, one);
        scoreAs(id, 1, one);
        toRelease(id);
    }

    function test_callback_getsTheResultWithItsExactGasLimit() public {
        RecordingConsumer consumer = new RecordingConsumer();
        uint256 id = _withCallback(address(consumer), 200_000);
        vm.expectEmit(address(requests));
        emit IInferenceRequests.ResultDelivered(id, address(consumer), true);
        requests.release{gas: 1_000_000}(id);
        assertEq(consumer.lastId(), id);
        assertEq(consumer.lastOutput(), OUT_A);
        assertEq(consumer.lastHash(), keccak256(OUT_A));
        assertEq(consumer.lastScore(), 65_535);
        // It got its whole limit, less the few hundred gas of its own entry.
        assertGt(consumer.gasAtEntry(), 199_000);
        assertLe(consumer.gasAtEntry(), 200_000);
        assertTrue(requests.resultOf(id).delivered);
    }

    function test_callback_cannotBeStarvedByTheCaller() public {
        RecordingConsumer consumer = new RecordingConsumer();
        uint256 id = _withCallback(address(consumer), 500_000);
        // Too little gas to forward the limit: the whole release reverts, nothing changes.
        (bool ok,) = address(requests).call{gas: 400_000}(abi.encodeCall(requests.release, (id)));
        assertFalse(ok);
        assertEq(uint8(requests.requestOf(id).status), uint8(IInferenceRequests.Status.Open));
        assertEq(requests.owed(miners[0]), 0);
        requests.release{gas: 2_000_000}(id);
        assertEq(consumer.lastId(), id);
    }

    function test_callback_misbehaving_neverRevertsDelivery() public {
        for (uint256 mode; mode < 4; ++mode) {
            HostileConsumer consumer = new HostileConsumer(mode);
            uint256 id = _withCallback(address(consumer), 300_000);
            vm.expectEmit(address(requests));
            emit IInferenceRequests.ResultDelivered(id, address(consumer), false);
            requests.release{gas: 3_000_000}(id);
            assertEq(uint8(requests.requestOf(id).status), uint8(IInferenceRequests.Status.Released));
            assertEq(requests.resultOf(id).outputHash, keccak256(OUT_A), "the inbox keeps the result");
            assertFalse(requests.resultOf(id).delivered);
        }
        assertEq(requests.owed(miners[0]), 40 ether);
    }

    // ---------------------------------------------------------------- governance

    function test_setScoreWindow_onlyGovernance_withinBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NotGovernance.selector, outsider));
        vm.prank(outsider);
        requests.setScoreWindow(2 hours);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.NotGovernance.selector, creator));
        vm.prank(creator);
        requests.setScoreWindow(2 hours);
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.InvalidScoreWindow.selector, 59));
        requests.setScoreWindow(59);
        vm.expectRevert(abi.encodeWithSelector(IInferenceRequests.InvalidScoreWindow.selector, 7 days + 1));
        requests.setScoreWindow(7 days + 1);
        vm.expectEmit(address(requests));
        emit IInferenceRequests.ScoreWindowSet(2 hours);
        requests.setScoreWindow(2 hours);
        vm.stopPrank();
        uint256 before = create(1, 1 ether);
        assertEq(requests.requestOf(before).scoreWindow, 2 hours, "new requests get the new window");
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Whatever the scores, the payouts add up to the fee exactly or the fee is refunded.
    function testFuzz_release_paysExactlyTheFeeOrRefunds(uint96 fee, uint16[9] memory s) public {
        fee = uint96(bound(fee, 1, 10_000 ether));
        vm.prank(requester);
        uint256 id = requests.createRequest(spec(3, fee), "x");
        answerAs(id, 0, OUT_A);
        answerAs(id, 1, OUT_B);
        answerAs(id, 2, OUT_C);
        for (uint256 v; v < 3; ++v) {
            scoreAs(id, v, u16s(s[v * 3], s[v * 3 + 1], s[v * 3 + 2]));
        }
        toRelease(id);
        requests.release(id);
        uint256 paid = requests.owed(miners[0]) + requests.owed(miners[1]) + requests.owed(miners[2]);
        uint256 refunded = requests.owed(requester);
        assertEq(paid + refunded, fee);
        assertTrue(paid == 0 || refunded == 0, "never both");
        assertEq(tora.balanceOf(address(requests)), fee);
    }

    // ---------------------------------------------------------------- gas (snapshots/InferenceRequests.json)

    function test_gas_lifecycle() public {
        vm.cool(address(requests));
        uint256 id = create(3, 30 ether);
        vm.snapshotGasLastCall("InferenceRequests", "createRequest");
        for (uint256 m; m < 3; ++m) {
            vm.cool(address(requests));
            vm.cool(address(subnet));
            answerAs(id, m, OUT_A);
        }
        vm.snapshotGasLastCall("InferenceRequests", "answer_inline");
        for (uint256 v; v < 3; ++v) {
            vm.cool(address(requests));
            vm.cool(address(subnet));
            scoreAs(id, v, u16s(50_000, 40_000, 30_000));
        }
        vm.snapshotGasLastCall("InferenceRequests", "scoreAnswers_3answers");
        toRelease(id);
        vm.cool(address(requests));
        requests.release(id);
        vm.snapshotGasLastCall("InferenceRequests", "release_3answers_3validators");
        vm.cool(address(requests));
        vm.prank(miners[0]);
        requests.withdraw();
        vm.snapshotGasLastCall("InferenceRequests", "withdraw");

        uint256 unanswered = create(3, 30 ether);
        vm.warp(requests.requestOf(unanswered).deadline);
        vm.cool(address(requests));
        requests.refund(unanswered);
        vm.snapshotGasLastCall("InferenceRequests", "refund");
    }
}
