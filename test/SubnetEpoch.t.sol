// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../contracts/Subnet.sol";
import {SubnetRegistry} from "../contracts/SubnetRegistry.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {SubnetCloser} from "../contracts/subnet/SubnetCloser.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./utils/EpochFixture.sol";
import {RowEntries} from "./utils/RowEntries.sol";

/// @dev A Predictia-like subnet with 4 miners (uids 0-3) and 3 validators (uids 4-6), weight 100%,
///      and epoch 0 already closed so that the weight is in force from epoch 1.
abstract contract EpochTestBase is EpochFixture {
    Subnet internal subnet;
    uint256 internal subnetId;
    address[4] internal miners;
    address[3] internal validators;
    address internal delegator = makeAddr("delegator");

    function setUp() public virtual override {
        super.setUp();
        (subnetId, subnet) = createSubnet("Predictia", baseHyperparameters());
        for (uint256 i; i < 4; ++i) {
            miners[i] = addr("miner", i);
            registerMiner(subnet, miners[i], 100 ether);
        }
        for (uint256 i; i < 3; ++i) {
            validators[i] = addr("validator", i);
            registerValidator(subnet, validators[i], 1000 ether);
        }
        fund(delegator, address(subnet), 800 ether);
        vm.prank(delegator);
        subnet.delegate(validators[2], 800 ether);
        setWeight(subnetId, 10_000);
        closeNow(subnet); // epoch 0: applies the weight; nothing minted yet
    }

    /// @dev The subnet's hyperparameters (the defaults; a suite may narrow them).
    function baseHyperparameters() internal pure virtual returns (Hyperparameters memory) {
        return defaultHyperparameters();
    }

    function scores3(uint16[4] memory a, uint16[4] memory b, uint16[4] memory c)
        internal
        view
        returns (bytes[] memory out)
    {
        out = new bytes[](3);
        uint16[4][3] memory rows = [a, b, c];
        for (uint256 v; v < 3; ++v) {
            uint16[] memory row = new uint16[](subnet.slotHighWater());
            for (uint256 j; j < 4; ++j) {
                row[j] = rows[v][j];
            }
            out[v] = pack(row);
        }
    }

    function vals() internal view returns (address[] memory out) {
        out = new address[](3);
        for (uint256 i; i < 3; ++i) {
            out[i] = validators[i];
        }
    }
}

/// @notice The worked example: 3 validators x 4 miners, payouts computed by hand.
contract Subnet_WorkedExample_Test is EpochTestBase {
    function test_workedExample_3x4_payoutsMatchHandComputation() public {
        // Stakes. Every validator is new, so global trust is NEUTRAL = 0.5:
        //   V0: bond 1000             -> S0 = 500
        //   V1: bond 1000             -> S1 = 500
        //   V2: bond 1000 + 800 deleg -> S2 = 900        total S = 1900, kappa * S = 950
        // Scores (row sum 10 each, so W = score / 10):
        //   V0: [4, 3, 2, 1] -> .4 .3 .2 .1
        //   V1: [4, 3, 2, 1] -> .4 .3 .2 .1
        //   V2: [1, 1, 4, 4] -> .1 .1 .4 .4
        // Consensus (largest c with stake(W >= c) >= 950):
        //   M0: c=.4 has 1000 -> .4     M1: c=.3 has 1000 -> .3
        //   M2: c=.4 has 900 (no), c=.2 has 1900 -> .2
        //   M3: c=.4 has 900 (no), c=.1 has 1900 -> .1
        // Clipped: V0, V1 unchanged (VT = 1.0); V2 -> .1 .1 .2 .1 (VT = .5)
        // Miner points P_j = sum_i S_i W'_ij / S:
        //   M0 = (200 + 200 + 90) / 1900 = 490/1900    M1 = (150 + 150 + 90) / 1900 = 390/1900
        //   M2 = (100 + 100 + 180) / 1900 = 380/1900   M3 = (50 + 50 + 90) / 1900 = 190/1900
        //   sum = 1450/1900
        // Emission of epoch 1: 10 TORA/s * 3600 s = 36,000 TORA.
        //   miners 18% = 6,480: M0 = 6480*490/1450 = 2,189.655..., M1 = 1,742.896...,
        //                        M2 = 1,698.206..., M3 = 849.103...
        //   dividends D = S * VT: 500, 500, 450 (sum 1450)
        //   validators 41% = 14,760: V0 = V1 = 14760*500/1450 = 5,089.655..., V2 = 4,580.689...
        //   stake behind them 41% = 14,760, by the same D, then by who holds the epoch stake:
        //     V0, V1: all own bond -> another 5,089.655... each to the validator;
        //     V2: the delegator's 800 of 1,800 -> 4,580.689 * 4/9 = 2,035.862... to the pool,
        //         its own 1,000 -> 4,580.689 * 5/9 = 2,544.827... to V2. Nothing is carried.
        bytes[] memory s = scores3([uint16(4), 3, 2, 1], [uint16(4), 3, 2, 1], [uint16(1), 1, 4, 4]);
        scoreAll(subnet, vals(), s, new uint256[][](3));

        bytes memory expected = bytes.concat(
            bytes8(uint64(0.4e18)), bytes8(uint64(0.3e18)), bytes8(uint64(0.2e18)), bytes8(uint64(0.1e18))
        );
        expected = bytes.concat(expected, bytes8(0), bytes8(0), bytes8(0));
        bytes memory consensus = closeNow(subnet);
        assertEq(consensus, expected, "reference consensus");

        uint256 emission = 36_000 ether;
        assertEq(tora.balanceOf(address(subnet)) - (4 * 100 ether + 3 * 1000 ether + 800 ether), emission);

        assertApproxEqAbs(subnet.claimable(miners[0]), uint256(6480 ether) * 490 / 1450, 1e6);
        assertApproxEqAbs(subnet.claimable(miners[1]), uint256(6480 ether) * 390 / 1450, 1e6);
        assertApproxEqAbs(subnet.claimable(miners[2]), uint256(6480 ether) * 380 / 1450, 1e6);
        assertApproxEqAbs(subnet.claimable(miners[3]), uint256(6480 ether) * 190 / 1450, 1e6);
        assertApproxEqAbs(subnet.claimable(validators[0]), uint256(14_760 ether) * 1000 / 1450, 1e6);
        assertApproxEqAbs(subnet.claimable(validators[1]), uint256(14_760 ether) * 1000 / 1450, 1e6);
        assertApproxEqAbs(subnet.claimable(validators[2]), uint256(14_760 ether) * 450 / 1450 * 14 / 9, 1e6);
        assertApproxEqAbs(
            subnet.pendingDelegationRewards(validators[2], delegator), uint256(14_760 ether) * 450 / 1450 * 4 / 9, 1e6
        );

        // Conservation: owed + carried == emission (nothing lost, nothing created).
        (uint256 owed, uint256 carried) = subnet.rewardBalances();
        assertEq(owed + carried, emission);
        assertLt(carried, 1e6, "only rounding is carried");

        // Trust moved by the EMA (alpha 0.1) from 0.5 toward VT: V0 -> 0.55, V2 -> 0.5.
        assertEq(trust.trustOf(validators[0]), 0.55e18);
        assertEq(trust.trustOf(validators[2]), 0.5e18);
        // Latest vectors are readable on chain.
        assertEq(subnet.latestConsensus(0), uint16(uint256(0.4e18) * 0xffff / 1e18));
        assertEq(subnet.slotOf(0).pruningScore, uint16(uint256(490e18) / 1900 * 0xffff / 1e18));

        // Everyone claims: what was paid out is the emission, less rounding carried to the next
        // epoch.
        uint256 paid;
        for (uint256 i; i < 4; ++i) {
            vm.prank(miners[i]);
            paid += subnet.claimRewards();
        }
        for (uint256 i; i < 3; ++i) {
            vm.prank(validators[i]);
            paid += subnet.claimRewards();
        }
        vm.prank(delegator);
        paid += subnet.claimDelegationRewards(validators[2]);
        assertApproxEqAbs(paid + carried, emission, 1e6);
    }
}

contract Subnet_Scores_Test is EpochTestBase {
    function test_commitScores_afterCommitPhase_reverts() public {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        vm.warp(info.revealFrom);
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.WrongPhase.selector, 0, info.revealFrom));
        subnet.commitScores(bytes32(uint256(1)));
    }

    function test_commitScores_byMiner_reverts() public {
        vm.prank(miners[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotAValidator.selector, miners[0]));
        subnet.commitScores(bytes32(uint256(1)));
    }

    function test_revealScores_mismatch_reverts() public {
        bytes memory s = scores3([uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1])[0];
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        bytes32 c = subnet.scoreCommitment(info.epoch, validators[0], s, noTimeouts(), "salt");
        vm.prank(validators[0]);
        subnet.commitScores(c);
        vm.warp(info.revealFrom);
        bytes32 wrong = subnet.scoreCommitment(info.epoch, validators[0], s, noTimeouts(), "other");
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.CommitmentMismatch.selector, c, wrong));
        subnet.revealScores(s, noTimeouts(), "other");
    }

    function test_revealScores_withoutCommit_reverts() public {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        vm.warp(info.revealFrom);
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NoCommitment.selector, validators[0], info.epoch));
        subnet.revealScores(hex"0001", noTimeouts(), "salt");
    }

    function test_revealScores_twice_reverts() public {
        bytes memory s = scores3([uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1])[0];
        scoreOne(subnet, validators[0], s);
        bytes32 salt = keccak256(abi.encode(validators[0], subnet.epochInfo().epoch, "salt"));
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.AlreadyRevealed.selector, validators[0]));
        subnet.revealScores(s, noTimeouts(), salt);
    }

    function test_revealScores_malformed_reverts() public {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        bytes memory odd = hex"000100";
        bytes32 c = subnet.scoreCommitment(info.epoch, validators[0], odd, noTimeouts(), "s");
        vm.prank(validators[0]);
        subnet.commitScores(c);
        vm.warp(info.revealFrom);
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.MalformedScores.selector, 3, 0, 7));
        subnet.revealScores(odd, noTimeouts(), "s");
    }

    function test_submitScores_whenCommitRevealOn_reverts() public {
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.CommitRevealMode.selector, true));
        subnet.submitScores(hex"0001", noTimeouts());
    }

    function test_directMode_submitAndClose_succeeds() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        vm.prank(creator);
        subnet.setHyperparameters(hp);
        closeNow(subnet); // epoch 1 (commit-reveal still on) closes; epoch 2 runs without it
        assertFalse(subnet.epochInfo().commitReveal);
        bytes[] memory s = scores3([uint16(1), 0, 0, 0], [uint16(1), 0, 0, 0], [uint16(1), 0, 0, 0]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        closeNow(subnet);
        assertGt(subnet.claimable(miners[0]), 0);
        assertEq(subnet.claimable(miners[1]), 0);
    }

    function test_scoreForMinerRegisteredAfterCommit_isDropped() public {
        // Miner 3 leaves; a newcomer takes uid 3 after the validators committed.
        vm.prank(miners[3]);
        subnet.deregister();
        bytes[] memory s = scores3([uint16(0), 0, 0, 5], [uint16(0), 0, 0, 5], [uint16(0), 0, 0, 5]);
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        bytes32[3] memory salts;
        for (uint256 v; v < 3; ++v) {
            salts[v] = bytes32(v + 1);
            bytes32 c = subnet.scoreCommitment(info.epoch, validators[v], s[v], noTimeouts(), salts[v]);
            vm.prank(validators[v]);
            subnet.commitScores(c);
        }
        vm.warp(block.timestamp + 1);
        address newcomer = makeAddr("newcomer");
        assertEq(registerMiner(subnet, newcomer, 100 ether), 3);
        vm.warp(info.revealFrom);
        for (uint256 v; v < 3; ++v) {
            vm.prank(validators[v]);
            subnet.revealScores(s[v], noTimeouts(), salts[v]);
        }
        vm.warp(info.end);
        // The recycled slot inherits nothing: consensus 0 is the only valid value.
        bytes memory zeros = new bytes(7 * 8);
        bytes memory rows =
            bytes.concat(RowEntries.entry(s[0], 0, 7), RowEntries.entry(s[1], 0, 7), RowEntries.entry(s[2], 0, 7));
        vm.prank(creator);
        subnet.closeEpoch(zeros, rows);
        assertEq(subnet.claimable(newcomer), 0);
    }
}

contract Subnet_Close_Test is EpochTestBase {
    function test_closeEpoch_beforeEnd_reverts() public {
        uint32 end = subnet.epochInfo().end;
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.WrongPhase.selector, end, 0));
        subnet.closeEpoch(new bytes(7 * 8), "");
    }

    function test_closeEpoch_byOutsiderBeforeGrace_reverts() public {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        vm.warp(info.end);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotCoordinator.selector, outsider, info.end + 10 minutes));
        subnet.closeEpoch(new bytes(7 * 8), "");
        vm.warp(info.end + 10 minutes);
        vm.prank(outsider);
        assertTrue(subnet.closeEpoch(new bytes(7 * 8), ""), "anyone may close after the grace period");
        assertEq(subnet.epochInfo().epoch, 2);
    }

    function test_closeEpoch_byCoordinator_succeeds() public {
        address c = makeAddr("coordinator");
        vm.prank(creator);
        subnet.setCoordinator(c);
        vm.warp(subnet.epochInfo().end);
        vm.prank(c);
        assertTrue(subnet.closeEpoch(new bytes(7 * 8), ""));
    }

    function test_closeEpoch_wrongConsensus_reverts() public {
        bytes[] memory s = scores3([uint16(4), 3, 2, 1], [uint16(4), 3, 2, 1], [uint16(1), 1, 4, 4]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        vm.warp(subnet.epochInfo().end);
        bytes memory good = referenceConsensus(subnet, 0, 7);
        bytes memory rows = closeRows(subnet, 0, 7);
        // Miner 2's consensus is 0.2; 0.4 is held by only 900 of 1900 stake (< 950).
        bytes memory tooHigh = bytes.concat(good);
        bytes8 v = bytes8(uint64(0.4e18));
        for (uint256 i; i < 8; ++i) {
            tooHigh[16 + i] = v[i];
        }
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.WrongConsensus.selector, 2, 0.4e18, 900 ether, 0, 950 ether));
        subnet.closeEpoch(tooHigh, rows);
        // 0.1 is too low: 1900 stake is strictly above it (>= 950).
        bytes memory tooLow = bytes.concat(good);
        v = bytes8(uint64(0.1e18));
        for (uint256 i; i < 8; ++i) {
            tooLow[16 + i] = v[i];
        }
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnet.WrongConsensus.selector, 2, 0.1e18, 1900 ether, 1900 ether, 950 ether)
        );
        subnet.closeEpoch(tooLow, rows);
        vm.prank(creator);
        subnet.closeEpoch(good, rows);
    }

    /// @notice The close recomputes nothing from storage but the row hashes: a coordinator that
    ///         changes one score, reorders, drops or pads the rows is refused, and the honest rows
    ///         then close the epoch as if nothing happened.
    function test_closeEpoch_rowsNotAsRevealed_reverts() public {
        bytes[] memory s = scores3([uint16(4), 3, 2, 1], [uint16(4), 3, 2, 1], [uint16(1), 1, 4, 4]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        vm.warp(subnet.epochInfo().end);
        bytes memory consensus = referenceConsensus(subnet, 0, 7);
        bytes memory e0 = RowEntries.entry(s[0], 0, 7);
        bytes memory e1 = RowEntries.entry(s[1], 0, 7);
        bytes memory e2 = RowEntries.entry(s[2], 0, 7);
        uint256 uid1 = subnet.memberOf(validators[1]).uid;

        // Validator 1's score for miner 2 raised from 2 to 3 (a better consensus for miner 2).
        bytes memory forged = bytes.concat(e1);
        forged[5] = 0x03;
        vm.startPrank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.RowMismatch.selector, 1, uid1));
        subnet.closeEpoch(consensus, bytes.concat(e0, forged, e2));
        // Validator 2's row in validator 1's place.
        vm.expectRevert(abi.encodeWithSelector(ISubnet.RowMismatch.selector, 1, uid1));
        subnet.closeEpoch(consensus, bytes.concat(e0, e2, e1));
        // The last row left out, or one byte too many.
        vm.expectRevert(abi.encodeWithSelector(ISubnet.MalformedRows.selector, 2 * e0.length, 3 * e0.length));
        subnet.closeEpoch(consensus, bytes.concat(e0, e1));
        bytes memory padded = bytes.concat(e0, e1, e2, hex"00");
        vm.expectRevert(abi.encodeWithSelector(ISubnet.MalformedRows.selector, padded.length, padded.length - 1));
        subnet.closeEpoch(consensus, padded);
        // No rows at all.
        vm.expectRevert(abi.encodeWithSelector(ISubnet.MalformedRows.selector, 0, e0.length));
        subnet.closeEpoch(consensus, "");
        assertEq(subnet.epochInfo().closeCursor, 0, "refused closes change nothing");
        assertTrue(subnet.closeEpoch(consensus, bytes.concat(e0, e1, e2)));
        vm.stopPrank();
        assertEq(subnet.epochInfo().epoch, 2);
    }

    /// @notice A later chunk checks its rows too: the first chunk's honest rows do not vouch for
    ///         the second's.
    function test_closeEpoch_secondChunkTamperedRow_reverts() public {
        bytes[] memory s = scores3([uint16(4), 3, 2, 1], [uint16(4), 3, 2, 1], [uint16(1), 1, 4, 4]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        vm.warp(subnet.epochInfo().end);
        bytes memory consensus = referenceConsensus(subnet, 0, 7);
        bytes memory first = new bytes(3 * 8);
        bytes memory rest = new bytes(4 * 8);
        for (uint256 b; b < 24; ++b) {
            first[b] = consensus[b];
        }
        for (uint256 b; b < 32; ++b) {
            rest[b] = consensus[24 + b];
        }
        bytes memory firstRows = closeRows(subnet, 0, 3);
        bytes memory restRows = closeRows(subnet, 3, 7);
        bytes memory forged = bytes.concat(restRows);
        forged[7] = 0x09; // validator 0's score for miner 3
        vm.startPrank(creator);
        assertFalse(subnet.closeEpoch(first, firstRows));
        vm.expectRevert(abi.encodeWithSelector(ISubnet.RowMismatch.selector, 0, subnet.memberOf(validators[0]).uid));
        subnet.closeEpoch(rest, forged);
        assertTrue(subnet.closeEpoch(rest, restRows));
        vm.stopPrank();
    }

    function test_closeEpoch_validatorColumnNonZero_reverts() public {
        vm.warp(subnet.epochInfo().end);
        bytes memory c = new bytes(7 * 8);
        c[4 * 8 + 7] = 0x01;
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.WrongConsensus.selector, 4, 1, 0, 0, 0));
        subnet.closeEpoch(c, "");
    }

    function test_closeEpoch_malformedLength_reverts() public {
        vm.warp(subnet.epochInfo().end);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.MalformedConsensus.selector, 9, 0, 7));
        subnet.closeEpoch(new bytes(9), "");
    }

    function test_closeEpoch_inChunks_matchesSingleClose() public {
        bytes[] memory s = scores3([uint16(4), 3, 2, 1], [uint16(4), 3, 2, 1], [uint16(1), 1, 4, 4]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        vm.warp(subnet.epochInfo().end);
        bytes memory consensus = referenceConsensus(subnet, 0, 7);

        // Close in one call, record every balance, then rewind and close in chunks of 3 columns.
        uint256 snapshot = vm.snapshotState();
        bytes memory rows = closeRows(subnet, 0, 7);
        vm.prank(creator);
        assertTrue(subnet.closeEpoch(consensus, rows));
        uint256[7] memory single;
        for (uint256 i; i < 4; ++i) {
            single[i] = subnet.claimable(miners[i]);
        }
        for (uint256 i; i < 3; ++i) {
            single[4 + i] = subnet.claimable(validators[i]);
        }
        uint256 singlePool = subnet.pendingDelegationRewards(validators[2], delegator);
        (uint256 singleOwed, uint256 singleCarry) = subnet.rewardBalances();
        vm.revertToState(snapshot);

        vm.startPrank(creator);
        for (uint256 from; from < 7; from += 3) {
            uint256 to = from + 3 > 7 ? 7 : from + 3;
            bytes memory part = new bytes((to - from) * 8);
            for (uint256 b; b < part.length; ++b) {
                part[b] = consensus[from * 8 + b];
            }
            rows = closeRows(subnet, from, to);
            bool closed = subnet.closeEpoch(part, rows);
            assertEq(closed, to == 7);
            if (!closed) assertEq(subnet.epochInfo().closeCursor, to);
        }
        vm.stopPrank();
        for (uint256 i; i < 4; ++i) {
            assertEq(subnet.claimable(miners[i]), single[i], "miner rewards differ");
        }
        for (uint256 i; i < 3; ++i) {
            assertEq(subnet.claimable(validators[i]), single[4 + i], "validator rewards differ");
        }
        assertEq(subnet.pendingDelegationRewards(validators[2], delegator), singlePool);
        (uint256 owed, uint256 carry) = subnet.rewardBalances();
        assertEq(owed, singleOwed);
        assertEq(carry, singleCarry);
    }

    function test_closeEpoch_chunkWithWrongCursorLength_reverts() public {
        vm.warp(subnet.epochInfo().end);
        vm.startPrank(creator);
        subnet.closeEpoch(new bytes(3 * 8), "");
        vm.expectRevert(abi.encodeWithSelector(ISubnet.MalformedConsensus.selector, 5 * 8, 3, 7));
        subnet.closeEpoch(new bytes(5 * 8), "");
        vm.stopPrank();
    }
}

contract Subnet_Slashing_Test is EpochTestBase {
    function test_unrevealedCommit_isSlashedAndBurned() public {
        vm.prank(governance);
        registry.setBurnSlashed(true);
        vm.prank(validators[0]);
        subnet.commitScores(bytes32(uint256(1)));
        uint256 supply = tora.totalSupply();
        uint256 minted = em.totalMinted();
        uint256 trustBefore = trust.trustOf(validators[0]);
        vm.expectEmit(address(subnet));
        emit ISubnet.Slashed(validators[0], ISubnet.SlashReason.UnrevealedCommit, 50 ether);
        closeNow(subnet);
        assertEq(subnet.memberOf(validators[0]).bond, 950 ether);
        assertLt(trust.trustOf(validators[0]), trustBefore);
        minted = em.totalMinted() - minted;
        assertEq(tora.totalSupply(), supply + minted - 50 ether, "slashed TORA burned");
    }

    function test_unrevealedCommit_slashGoesToTreasury() public {
        vm.prank(validators[0]);
        subnet.commitScores(bytes32(uint256(1)));
        uint256 before = tora.balanceOf(treasury);
        closeNow(subnet);
        assertEq(tora.balanceOf(treasury) - before, 50 ether);
    }

    function test_minerTimedOutByMajorityForStrikeLimit_isSlashed() public {
        uint256[][] memory timeouts = new uint256[][](3);
        for (uint256 v; v < 3; ++v) {
            timeouts[v] = new uint256[](1);
            timeouts[v][0] = 1 << 1; // miner uid 1
        }
        bytes[] memory s = scores3([uint16(1), 0, 1, 1], [uint16(1), 0, 1, 1], [uint16(1), 0, 1, 1]);
        for (uint256 e; e < 3; ++e) {
            assertEq(subnet.memberOf(miners[1]).bond, 100 ether);
            scoreAll(subnet, vals(), s, timeouts);
            closeNow(subnet);
        }
        assertEq(subnet.memberOf(miners[1]).bond, 95 ether, "5% slashed after 3 strikes");
        assertEq(subnet.slotOf(1).strikes, 0, "strikes reset");
        assertEq(subnet.memberOf(miners[0]).bond, 100 ether);
    }

    function test_minerTimedOutByMinority_isNotSlashed() public {
        uint256[][] memory timeouts = new uint256[][](3);
        timeouts[0] = new uint256[](1);
        timeouts[0][0] = 1 << 1; // only V0 (500 of 1900 stake) flags miner 1
        bytes[] memory s = scores3([uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1]);
        for (uint256 e; e < 4; ++e) {
            scoreAll(subnet, vals(), s, timeouts);
            closeNow(subnet);
        }
        assertEq(subnet.memberOf(miners[1]).bond, 100 ether);
        assertEq(subnet.slotOf(1).strikes, 0);
    }

    function test_lowTrustValidator_isSlashedAfterStrikeLimit() public {
        // Trust floor at 60%: all validators start at 50% and V2 (whose scores get clipped) stays low.
        Hyperparameters memory hp = defaultHyperparameters();
        hp.trustFloorBps = 4900;
        vm.prank(creator);
        subnet.setHyperparameters(hp);
        // Stricter: in force from the first epoch after the unbonding delay's notice.
        vm.warp(block.timestamp + hp.unbondingDelay);
        closeNow(subnet);
        assertEq(subnet.hyperparameters().trustFloorBps, 4900);
        bytes[] memory s = scores3([uint16(4), 3, 2, 1], [uint16(4), 3, 2, 1], [uint16(0), 0, 0, 10]);
        for (uint256 e; e < 3; ++e) {
            scoreAll(subnet, vals(), s, new uint256[][](3));
            closeNow(subnet);
        }
        assertLt(trust.trustOf(validators[2]), 0.49e18);
        assertEq(subnet.memberOf(validators[2]).bond, 950 ether, "slashed once at the third strike");
        assertEq(subnet.memberOf(validators[0]).bond, 1000 ether);
    }
}

contract Subnet_Rewards_Test is EpochTestBase {
    function test_claimRewards_nothing_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NothingToClaim.selector, outsider));
        subnet.claimRewards();
    }

    function test_rewards_carryWhenNobodyScores() public {
        closeNow(subnet);
        (uint256 owed, uint256 carried) = subnet.rewardBalances();
        assertEq(owed, 0);
        assertEq(carried, 36_000 ether, "whole emission carried to the next epoch");
        bytes[] memory s = scores3([uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        closeNow(subnet);
        (owed, carried) = subnet.rewardBalances();
        assertEq(owed + carried, 72_000 ether);
    }

    function test_sweepCarry_onlyWhenDeactivated() public {
        closeNow(subnet);
        vm.expectRevert(ISubnet.SubnetActive.selector);
        subnet.sweepCarry();
        vm.prank(governance);
        registry.deactivateSubnet(subnetId);
        uint256 before = tora.balanceOf(treasury);
        assertEq(subnet.sweepCarry(), 36_000 ether);
        assertEq(tora.balanceOf(treasury) - before, 36_000 ether);
    }

    function test_delegationRewards_followShares() public {
        address late = makeAddr("late");
        fund(late, address(subnet), 800 ether);
        vm.prank(late);
        subnet.delegate(validators[2], 800 ether);
        bytes[] memory s = scores3([uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1], [uint16(1), 1, 1, 1]);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        closeNow(subnet);
        // Bought during that epoch: the late shares earned nothing for it.
        assertEq(subnet.pendingDelegationRewards(validators[2], late), 0, "not staked through the epoch");
        uint256 a0 = subnet.pendingDelegationRewards(validators[2], delegator);
        assertGt(a0, 0);
        scoreAll(subnet, vals(), s, new uint256[][](3));
        closeNow(subnet);
        uint256 a = subnet.pendingDelegationRewards(validators[2], delegator) - a0;
        uint256 b = subnet.pendingDelegationRewards(validators[2], late);
        assertGt(a, 0);
        assertApproxEqAbs(a, b, 1, "equal shares staked through the epoch, equal rewards");
        // Undelegating settles rewards into the claimable balance.
        vm.prank(late);
        subnet.undelegate(validators[2], 800 ether);
        assertEq(subnet.claimable(late), b);
    }
}

/// @notice Gas of the epoch actions, written to snapshots/SubnetEpoch.json.
contract Subnet_EpochGas_Test is EpochFixture {
    function _fullSubnet() internal returns (Subnet s, address validator) {
        (uint256 id, Subnet sub) = createSubnet("Full");
        s = sub;
        validator = makeAddr("validator");
        registerValidator(s, validator, 1000 ether);
        for (uint256 i; i < 255; ++i) {
            registerMiner(s, addr("m", i), 100 ether);
        }
        setWeight(id, 10_000);
        closeNow(s);
    }

    function _randomScores(uint256 n, uint256 seed) internal pure returns (bytes memory out) {
        uint16[] memory row = new uint16[](n);
        for (uint256 i; i < n; ++i) {
            row[i] = uint16(uint256(keccak256(abi.encode(seed, i))) % 65_535) + 1;
        }
        return pack(row);
    }

    function test_gas_commitAndReveal256() public {
        (Subnet s, address validator) = _fullSubnet();
        for (uint256 epoch; epoch < 2; ++epoch) {
            bytes memory scores = _randomScores(256, epoch);
            ISubnet.EpochInfo memory info = s.epochInfo();
            bytes32 c = s.scoreCommitment(info.epoch, validator, scores, noTimeouts(), "salt");
            coolDown(address(s));
            vm.prank(validator);
            s.commitScores(c);
            if (epoch == 1) vm.snapshotGasLastCall("SubnetEpoch", "commitScores");
            vm.warp(info.revealFrom);
            coolDown(address(s));
            vm.prank(validator);
            s.revealScores(scores, noTimeouts(), "salt");
            // Epoch 1 overwrites epoch 0's words: the steady state.
            if (epoch == 1) vm.snapshotGasLastCall("SubnetEpoch", "revealScores_256");
            _recordScores(s, validator, scores);
            closeNow(s);
        }
    }

    /// @notice Claims cost the same whatever the number of delegators (reward-per-share).
    function test_gas_claimWith1And10000Delegators() public {
        for (uint256 round; round < 2; ++round) {
            uint256 delegators = round == 0 ? 1 : 10_000;
            (uint256 id, Subnet s) = createSubnet(round == 0 ? "One" : "Many");
            address validator = makeAddr(round == 0 ? "v1" : "v10000");
            address miner = makeAddr(round == 0 ? "m1" : "m10000");
            registerMiner(s, miner, 100 ether);
            tora.mint(miner, 1 ether);
            registerValidator(s, validator, 1000 ether);
            vm.pauseGasMetering(); // setting up 10,000 delegations would pass the test's gas limit
            for (uint256 d; d < delegators; ++d) {
                address who = address(uint160(0x100000 + round * 0x10000 + d));
                tora.mint(who, 11 ether); // keeps 1 TORA: a delegator that holds TORA, as usual
                vm.startPrank(who);
                tora.approve(address(s), 10 ether);
                s.delegate(validator, 10 ether);
                vm.stopPrank();
            }
            vm.resumeGasMetering();
            setWeight(id, round == 0 ? 5000 : 5000);
            closeNow(s);
            uint16[] memory row = new uint16[](2);
            row[0] = 1;
            scoreOne(s, validator, pack(row));
            closeNow(s);
            address first = address(uint160(0x100000 + round * 0x10000));
            coolDown(address(s));
            vm.prank(first);
            s.claimDelegationRewards(validator);
            vm.snapshotGasLastCall(
                "SubnetEpoch", round == 0 ? "claimDelegation_1delegator" : "claimDelegation_10000delegators"
            );
            if (round == 0) {
                coolDown(address(s));
                vm.prank(miner);
                s.claimRewards();
                vm.snapshotGasLastCall("SubnetEpoch", "claimRewards_miner");
            }
        }
    }
}

contract SubnetCloser_Test is EpochFixture {
    function test_closeEpoch_calledDirectly_reverts() public {
        SubnetCloser closer = implementation.CLOSER();
        vm.expectRevert(SubnetCloser.CalledDirectly.selector);
        closer.closeEpoch("", "");
    }

    function test_constructor_closerForOtherRegistry_reverts() public {
        SubnetRegistry other = SubnetRegistry(makeAddr("otherRegistry"));
        SubnetCloser closer = new SubnetCloser(other, tora, trust, em);
        vm.expectRevert(abi.encodeWithSelector(Subnet.CloserMismatch.selector, address(closer)));
        new Subnet(registry, tora, trust, em, closer);
    }
}

/// @notice Random score matrices and stakes: the reference consensus always verifies, any other
///         value for a column is rejected, and the emission is conserved.
contract Subnet_ConsensusFuzz_Test is EpochTestBase {
    function testFuzz_closeEpoch_randomMatrix(uint256 seed, uint96 extraStake, uint8 column, bool up) public {
        // Random extra delegation changes the stake distribution.
        address d2 = makeAddr("d2");
        uint256 extra = bound(extraStake, 1 ether, 5000 ether);
        fund(d2, address(subnet), extra);
        vm.prank(d2);
        subnet.delegate(validators[seed % 3], extra);

        bytes[] memory s = new bytes[](3);
        for (uint256 v; v < 3; ++v) {
            uint16[] memory row = new uint16[](7);
            for (uint256 uid; uid < 4; ++uid) {
                row[uid] = uint16(uint256(keccak256(abi.encode(seed, v, uid))) % 4); // ties and zeros
            }
            row[0] += 1; // no empty row
            s[v] = pack(row);
        }
        scoreAll(subnet, vals(), s, new uint256[][](3));
        vm.warp(subnet.epochInfo().end);
        bytes memory consensus = referenceConsensus(subnet, 0, 7);
        bytes memory rows = closeRows(subnet, 0, 7);

        // Nudging any miner column's value by one wei up or down breaks the kappa condition.
        uint256 j = bound(column, 0, 3);
        uint64 c = uint64(bytes8(_slice8(consensus, j)));
        if (up || c > 0) {
            bytes memory wrong = bytes.concat(consensus);
            bytes8 w = bytes8(up ? c + 1 : c - 1);
            for (uint256 k; k < 8; ++k) {
                wrong[j * 8 + k] = w[k];
            }
            vm.prank(creator);
            vm.expectPartialRevert(ISubnet.WrongConsensus.selector);
            subnet.closeEpoch(wrong, rows);
        }

        vm.prank(creator);
        assertTrue(subnet.closeEpoch(consensus, rows));
        (uint256 owed, uint256 carried) = subnet.rewardBalances();
        assertEq(owed + carried, em.totalMinted(), "emission conserved");
    }

    function _slice8(bytes memory b, uint256 j) internal pure returns (bytes8 out) {
        for (uint256 k; k < 8; ++k) {
            out |= bytes8(b[j * 8 + k]) >> (8 * k);
        }
    }
}
