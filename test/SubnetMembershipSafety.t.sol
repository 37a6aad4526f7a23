// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../contracts/Subnet.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./utils/EpochFixture.sol";

/// @dev Who can be pushed out, locked out or made to escape a slash, and when: the properties
///      the review's lockout, eviction and evasion findings broke.
contract SubnetMembershipSafety_Test is EpochFixture {
    Subnet internal subnet;
    uint256 internal subnetId;
    address internal miner = makeAddr("miner");

    function _row(Subnet s, uint256 uid) internal view returns (bytes memory) {
        uint16[] memory r = new uint16[](s.slotHighWater());
        r[uid] = 65_535;
        return pack(r);
    }

    /// @dev Commits `scores` for `v` (the fixture records them only for a validator that reveals).
    function _commit(Subnet s, address v, bytes memory scores, bytes32 salt) internal {
        bytes32 c = s.scoreCommitment(s.epochInfo().epoch, v, scores, new uint256[](0), salt);
        vm.prank(v);
        s.commitScores(c);
    }

    // ------------------------------------------------------------ participant list (lockout)

    /// @notice Rotating validators through fresh uids never fills the participant list: it holds
    ///         at most one entry per current validator, for every `maxSlots` the registry allows.
    function testFuzz_rotatingValidators_participantListBoundedByValidators(uint16 maxSlots, uint8 rounds) public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        hp.maxSlots = uint16(bound(maxSlots, 8, 1024));
        hp.maxValidators = 4;
        (, subnet) = createSubnet("Big", hp);
        registerMiner(subnet, miner, 100 ether);
        address honest = makeAddr("honest");
        registerValidator(subnet, honest, 100_000 ether);
        address[3] memory atk = [makeAddr("a0"), makeAddr("a1"), makeAddr("a2")];
        for (uint256 i; i < 3; ++i) {
            fund(atk[i], address(subnet), 64 * 1000 ether);
        }
        bytes memory tiny = hex"ffff";
        uint256 n = bound(rounds, 1, 20);
        for (uint256 r; r < n; ++r) {
            for (uint256 i; i < 3; ++i) {
                vm.prank(atk[i]);
                subnet.registerValidator(1000 ether);
                vm.prank(atk[i]);
                subnet.submitScores(tiny, new uint256[](0));
                vm.prank(atk[i]);
                subnet.deregister();
            }
            if (subnet.slotHighWater() < hp.maxSlots) registerMiner(subnet, addr("filler", r), 100 ether);
            assertLe(subnet.participants().length, subnet.validatorCount(), "one entry per validator at most");
        }
        bytes memory row = _row(subnet, 0);
        vm.prank(honest);
        subnet.submitScores(row, new uint256[](0));
        uint16[] memory list = subnet.participants();
        assertEq(list.length, 1);
        assertEq(list[0], subnet.memberOf(honest).uid);
    }

    /// @notice The review's scenario (600 slots, 128 validators, 256 rotations): honest
    ///         validators still take part and the honest miners are paid.
    function test_participantLockoutScenario_honestValidatorsStillScore() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        hp.maxSlots = 600;
        hp.maxValidators = 128;
        (subnetId, subnet) = createSubnet("BigSubnet", hp);
        registerMiner(subnet, miner, 100 ether);
        address[2] memory honest = [makeAddr("h0"), makeAddr("h1")];
        for (uint256 i; i < 2; ++i) {
            registerValidator(subnet, honest[i], 100_000 ether);
        }
        setWeight(subnetId, 10_000);
        closeNow(subnet);
        address[8] memory atk;
        for (uint256 i; i < 8; ++i) {
            atk[i] = addr("attacker", i);
            fund(atk[i], address(subnet), 32 * 1000 ether);
        }
        for (uint256 r; r < 32; ++r) {
            for (uint256 i; i < 8; ++i) {
                vm.prank(atk[i]);
                subnet.registerValidator(1000 ether);
                vm.prank(atk[i]);
                subnet.submitScores(hex"0001", new uint256[](0));
                vm.prank(atk[i]);
                subnet.deregister();
            }
            for (uint256 i; i < 8; ++i) {
                registerMiner(subnet, addr("filler", r * 8 + i), 100 ether);
            }
        }
        assertEq(subnet.participants().length, 0, "every rotated validator left the list");
        vm.warp(block.timestamp + 1);
        for (uint256 i; i < 2; ++i) {
            scoreOne(subnet, honest[i], _row(subnet, 0));
        }
        closeNow(subnet);
        assertGt(subnet.claimable(miner), 0, "the honest miner is paid");
        assertGt(subnet.claimable(honest[0]), 0);
    }

    // ------------------------------------------------------------ eviction after commit

    /// @notice A validator that committed cannot be replaced before the close; it reveals and is
    ///         never slashed. The newcomer gets the slot once the epoch is closed.
    function test_committedValidator_notReplaceableUntilClose() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxValidators = 1;
        (, subnet) = createSubnet("Predictia", hp);
        registerMiner(subnet, miner, 100 ether);
        address victim = makeAddr("victim");
        address griefer = makeAddr("griefer");
        registerValidator(subnet, victim, 1000 ether);
        vm.warp(block.timestamp + hp.immunityPeriod);
        closeNow(subnet);
        vm.warp(block.timestamp + 1);
        bytes memory scores = _row(subnet, 0);
        _commit(subnet, victim, scores, "s");

        fund(griefer, address(subnet), 1000 ether);
        vm.prank(griefer);
        vm.expectRevert(ISubnet.NoReplaceableSlot.selector);
        subnet.registerValidator(1000 ether);

        vm.warp(subnet.epochInfo().revealFrom);
        _recordScores(subnet, victim, scores);
        vm.prank(victim);
        subnet.revealScores(scores, new uint256[](0), "s");
        closeNow(subnet);
        assertEq(subnet.memberOf(victim).bond, 1000 ether, "never slashed");
        vm.prank(griefer);
        subnet.registerValidator(1000 ether); // replaceable again after the close
        assertFalse(subnet.memberOf(victim).registered);
        assertEq(subnet.unbondingOf(victim).amount, 1000 ether);
    }

    // ------------------------------------------------------------ slash evasion

    /// @notice An unrevealed commitment's slash cannot be escaped by leaving before the close:
    ///         deregister and unbond are refused until it reveals or the epoch closes.
    function test_openCommitment_cannotLeaveBeforeRevealOrClose() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.unbondingDelay = 1 hours;
        (, subnet) = createSubnet("Predictia", hp);
        registerMiner(subnet, miner, 100 ether);
        address v = makeAddr("validator");
        registerValidator(subnet, v, 2000 ether);
        closeNow(subnet);
        vm.warp(block.timestamp + 1);
        _commit(subnet, v, _row(subnet, 0), "s");
        uint64 epoch = subnet.epochInfo().epoch;

        vm.warp(subnet.epochInfo().revealFrom);
        vm.startPrank(v);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.OpenCommitment.selector, v, epoch));
        subnet.deregister();
        vm.expectRevert(abi.encodeWithSelector(ISubnet.OpenCommitment.selector, v, epoch));
        subnet.unbond(1000 ether);
        vm.stopPrank();

        closeNow(subnet); // never revealed: slashed 5% of the whole bond
        assertEq(subnet.memberOf(v).bond, 1900 ether);
        vm.prank(v);
        subnet.deregister(); // free to go once the epoch is closed
        assertEq(subnet.unbondingOf(v).amount, 1900 ether);
    }

    /// @notice A deactivated subnet holds nobody back, open commitment or not.
    function test_openCommitment_deactivatedSubnet_exitAllowed() public {
        (subnetId, subnet) = createSubnet("Predictia");
        registerMiner(subnet, miner, 100 ether);
        address v = makeAddr("validator");
        registerValidator(subnet, v, 1000 ether);
        vm.warp(block.timestamp + 1);
        _commit(subnet, v, _row(subnet, 0), "s");
        vm.prank(governance);
        registry.deactivateSubnet(subnetId);
        vm.prank(v);
        subnet.deregister();
        vm.prank(v);
        assertEq(subnet.withdraw(), 1000 ether);
    }

    // ------------------------------------------------------------ slashes take only the bond

    /// @notice A slash takes `slashingRateBps` of the bond only, never the unbonding (which holds
    ///         the validator's undelegated delegation stake too).
    function test_slash_takesOnlyBond_neverUnbondingDelegation() public {
        (, subnet) = createSubnet("Predictia");
        registerMiner(subnet, miner, 100 ether);
        address v = makeAddr("validator");
        address other = makeAddr("other");
        registerValidator(subnet, v, 1000 ether);
        registerValidator(subnet, other, 1000 ether);
        fund(v, address(subnet), 500 ether);
        vm.prank(v);
        uint256 shares = subnet.delegate(other, 500 ether);
        vm.prank(v);
        subnet.undelegate(other, shares);
        assertEq(subnet.unbondingOf(v).amount, 500 ether);
        vm.warp(block.timestamp + 1);
        _commit(subnet, v, _row(subnet, 0), "s");
        closeNow(subnet);
        assertEq(subnet.memberOf(v).bond, 950 ether, "5% of the bond");
        assertEq(subnet.unbondingOf(v).amount, 500 ether, "the unbonding delegation is untouched");
    }

    // ------------------------------------------------------------ strikes

    /// @notice Leaving and registering again does not reset a member's strikes.
    function test_reregistering_keepsStrikes() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        hp.immunityPeriod = 0;
        (subnetId, subnet) = createSubnet("Predictia", hp);
        address v = makeAddr("validator");
        registerMiner(subnet, miner, 100 ether); // uid 0
        registerValidator(subnet, v, 1000 ether);
        closeNow(subnet); // without commit-reveal a validator weighs from the epoch after it joined
        // The validator flags the miner as timed out: a kappa-majority (it is the only stake).
        uint256[] memory timeouts = new uint256[](1);
        timeouts[0] = 1;
        vm.warp(block.timestamp + 1);
        bytes memory row = _row(subnet, 0);
        _recordScores(subnet, v, row);
        vm.prank(v);
        subnet.submitScores(row, timeouts);
        closeNow(subnet);
        assertEq(subnet.slotOf(0).strikes, 1);
        vm.prank(miner);
        subnet.deregister();
        uint16 uid = registerMiner(subnet, miner, 100 ether);
        assertEq(subnet.slotOf(uid).strikes, 1, "the strike came back with the account");
    }

    // ------------------------------------------------------------ chunked close

    /// @notice Between the chunks of a close nothing that changes payouts can change: stake,
    ///         delegation and membership changes are refused until the close ends.
    function test_chunkedClose_freezesStakeAndMembership() public {
        (subnetId, subnet) = createSubnet("Predictia");
        registerMiner(subnet, miner, 100 ether);
        registerMiner(subnet, makeAddr("miner2"), 100 ether);
        address v = makeAddr("validator");
        registerValidator(subnet, v, 1000 ether);
        vm.warp(block.timestamp + 1);
        scoreOne(subnet, v, _row(subnet, 0));
        vm.warp(subnet.epochInfo().end);
        bytes memory consensus = referenceConsensus(subnet, 0, subnet.slotHighWater());
        bytes memory first = new bytes(8);
        for (uint256 k; k < 8; ++k) {
            first[k] = consensus[k];
        }
        bytes memory rows = closeRows(subnet, 0, 1);
        vm.prank(subnet.coordinator());
        assertFalse(subnet.closeEpoch(first, rows));
        address whale = makeAddr("whale");
        fund(whale, address(subnet), 10_000 ether);
        bytes memory frozen = abi.encodeWithSelector(ISubnet.CloseInProgress.selector, uint16(1));
        vm.startPrank(whale);
        vm.expectRevert(frozen);
        subnet.delegate(v, 1000 ether);
        vm.expectRevert(frozen);
        subnet.registerValidator(1000 ether);
        vm.stopPrank();
        vm.startPrank(v);
        vm.expectRevert(frozen);
        subnet.increaseBond(1);
        vm.expectRevert(frozen);
        subnet.unbond(1);
        vm.expectRevert(frozen);
        subnet.deregister();
        vm.stopPrank();
    }
}

/// @dev Unbonding tranches: nobody can push back the release of someone else's unbonding.
contract SubnetUnbonding_Test is EpochFixture {
    /// @notice A third party's eviction keeps the victim's earlier unbonding on its date; the
    ///         evicted bond waits its own full delay in the second tranche.
    function test_eviction_neverPushesBackEarlierUnbonding() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxSlots = 2;
        hp.maxValidators = 1;
        hp.immunityPeriod = 0;
        (, Subnet subnet) = createSubnet("Tiny", hp);
        address victim = makeAddr("victim");
        address evictor = makeAddr("evictor");
        registerMiner(subnet, victim, 300 ether); // the earliest registration: replaced first
        vm.warp(block.timestamp + 1);
        registerMiner(subnet, makeAddr("m1"), 100 ether);
        vm.prank(victim);
        subnet.unbond(100 ether); // matures in 7 days
        uint64 firstRelease = subnet.unbondingOf(victim).releaseAt;
        vm.warp(block.timestamp + 6 days);
        fund(evictor, address(subnet), 100 ether);
        vm.prank(evictor);
        subnet.registerMiner(100 ether, "http://evictor");
        assertFalse(subnet.memberOf(victim).registered, "the victim was replaced");
        ISubnet.Unbonding memory u = subnet.unbondingOf(victim);
        assertEq(u.amount, 100 ether);
        assertEq(u.releaseAt, firstRelease, "the earlier unbonding keeps its date");
        assertEq(u.laterAmount, 200 ether);
        assertEq(u.laterReleaseAt, block.timestamp + hp.unbondingDelay);
        vm.warp(firstRelease);
        vm.prank(victim);
        assertEq(subnet.withdraw(), 100 ether, "on time");
        vm.prank(victim);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NothingToWithdraw.selector, 200 ether, uint64(u.laterReleaseAt)));
        subnet.withdraw();
        vm.warp(u.laterReleaseAt);
        vm.prank(victim);
        assertEq(subnet.withdraw(), 200 ether);
    }

    /// @notice Any sequence of requests: every tranche's release is at most the delay after its
    ///         latest request, and the first never moves.
    function testFuzz_unbondRequests_firstTrancheNeverMoves(uint32[4] memory gaps) public {
        (, Subnet subnet) = createSubnet("Unbond");
        address m = makeAddr("miner");
        registerMiner(subnet, m, 1000 ether);
        uint64 first;
        for (uint256 i; i < 4; ++i) {
            vm.warp(block.timestamp + bound(gaps[i], 0, 10 days));
            vm.prank(m);
            subnet.unbond(100 ether);
            ISubnet.Unbonding memory u = subnet.unbondingOf(m);
            if (i == 0) first = u.releaseAt;
            if (u.releaseAt != first) {
                // The first tranche was withdrawable and is still there: it never moved.
                fail();
            }
            assertLe(u.laterReleaseAt, block.timestamp + 7 days);
            assertEq(uint256(u.amount) + u.laterAmount, (i + 1) * 100 ether);
        }
    }
}
