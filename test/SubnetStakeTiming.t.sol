// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../contracts/Subnet.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {IValidatorTrust} from "../contracts/interfaces/IValidatorTrust.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./utils/EpochFixture.sol";

/// @dev When stake counts and who is paid for it: the review's just-in-time stake, 1-wei pool,
///      retroactive rules and dust findings, as properties.
contract SubnetStakeTiming_Test is EpochFixture {
    Subnet internal subnet;
    uint256 internal subnetId;
    address internal minerA = makeAddr("honestMinerA"); // uid 0
    address internal minerB = makeAddr("whaleMinerB"); // uid 1
    address internal honest = makeAddr("honestValidator"); // uid 2, bond 2000
    address internal other = makeAddr("otherValidator"); // uid 3, bond 1000, prefers B
    address internal whale = makeAddr("whale");
    address internal longTerm = makeAddr("longTermDelegator");

    function setUp() public override {
        super.setUp();
        (subnetId, subnet) = createSubnet("Predictia");
        registerMiner(subnet, minerA, 100 ether);
        registerMiner(subnet, minerB, 100 ether);
        registerValidator(subnet, honest, 2000 ether);
        registerValidator(subnet, other, 1000 ether);
        fund(longTerm, address(subnet), 500 ether);
        vm.prank(longTerm);
        subnet.delegate(other, 500 ether);
        setWeight(subnetId, 10_000);
        closeNow(subnet);
        fund(whale, address(subnet), 1_000_000 ether);
    }

    function _row(uint16 a, uint16 b) internal view returns (bytes memory) {
        uint16[] memory r = new uint16[](subnet.slotHighWater());
        r[0] = a;
        r[1] = b;
        return pack(r);
    }

    function _scoreEpoch() internal {
        vm.warp(block.timestamp + 1);
        address[] memory vs = new address[](2);
        bytes[] memory ss = new bytes[](2);
        (vs[0], ss[0]) = (honest, _row(65_535, 0));
        (vs[1], ss[1]) = (other, _row(0, 65_535));
        scoreAll(subnet, vs, ss, new uint256[][](2));
    }

    /// @notice Stake added once the reveal window is open neither moves consensus nor earns: the
    ///         close pays exactly what it pays without it.
    function test_jitDelegationAfterReveal_changesNothingAndEarnsNothing() public {
        _scoreEpoch();
        uint256 snap = vm.snapshotState();
        closeNow(subnet);
        uint256 baseA = subnet.claimable(minerA);
        uint256 baseHonest = subnet.claimable(honest);
        uint256 baseOther = subnet.claimable(other);
        uint256 baseLongTerm = subnet.pendingDelegationRewards(other, longTerm);
        uint256 baseTrust = trust.trustOf(honest);
        vm.revertToState(snap);

        uint256 stakeBefore = subnet.epochStakeOf(other);
        vm.warp(subnet.epochInfo().end);
        vm.prank(whale);
        uint256 shares = subnet.delegate(other, 3000 ether);
        assertEq(subnet.epochStakeOf(other), stakeBefore, "the whale's stake does not weigh this epoch");
        closeNow(subnet);
        assertGt(baseA, 0);
        assertEq(subnet.claimable(minerA), baseA, "consensus unchanged");
        assertEq(subnet.claimable(minerB), 0);
        assertEq(subnet.claimable(honest), baseHonest);
        assertEq(trust.trustOf(honest), baseTrust);
        assertEq(subnet.pendingDelegationRewards(other, longTerm), baseLongTerm, "long-term delegator unharmed");
        assertEq(subnet.claimable(other), baseOther);
        vm.prank(whale);
        subnet.undelegate(other, shares);
        assertEq(subnet.claimable(whale), 0, "zero-duration delegation earns nothing");
        // From the next epoch on, the whale's stake counts (had it stayed).
        assertEq(subnet.epochStakeOf(other), 1500 ether);
    }

    /// @notice A bond increase after the reveal window opened counts from the next epoch; stake
    ///         that leaves during the epoch stops counting at once.
    function test_bondIncreaseCountsNextEpoch_decreaseAtOnce() public {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        fund(honest, address(subnet), 5000 ether);
        vm.prank(honest);
        subnet.increaseBond(1000 ether); // before the reveal window: counts now
        assertEq(subnet.epochStakeOf(honest), 3000 ether);
        vm.warp(info.revealFrom);
        vm.prank(honest);
        subnet.increaseBond(1000 ether);
        assertEq(subnet.epochStakeOf(honest), 3000 ether, "added after scores can be public: next epoch");
        vm.prank(honest);
        subnet.unbond(1500 ether);
        assertEq(subnet.epochStakeOf(honest), 2500 ether, "the low-water mark counts");
        closeNow(subnet);
        assertEq(subnet.epochStakeOf(honest), 2500 ether, "next epoch: the stake held now");
    }

    /// @notice Without commit-reveal scores are public from the epoch's start: stake added during
    ///         the epoch (a newly registered validator's bond included) weighs from the next one.
    function test_directMode_stakeAddedDuringEpochCountsNextEpoch() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        (, Subnet direct) = createSubnet("Direct", hp);
        registerMiner(direct, minerA, 100 ether);
        registerValidator(direct, honest, 2000 ether);
        assertEq(direct.epochStakeOf(honest), 0, "joined during the epoch");
        closeNow(direct);
        assertEq(direct.epochStakeOf(honest), 2000 ether);
    }

    /// @notice Delegation shares bought between two chunks of a close are refused; bought during
    ///         the epoch they earn nothing for it (the long-term delegator keeps its whole part).
    function test_delegationDuringEpoch_dilutesNobody() public {
        _scoreEpoch();
        uint256 snap = vm.snapshotState();
        closeNow(subnet);
        uint256 base = subnet.pendingDelegationRewards(other, longTerm);
        vm.revertToState(snap);
        vm.prank(whale);
        subnet.delegate(other, 99_000 ether);
        closeNow(subnet);
        assertEq(subnet.pendingDelegationRewards(other, longTerm), base);
        assertEq(subnet.pendingDelegationRewards(other, whale), 0);
    }

    /// @notice A 1-wei delegation does not capture the validator's share of the delegators' 41%:
    ///         a pool earns in proportion to the stake it holds.
    function test_oneWeiSelfDelegation_earnsOneWeisWorth() public {
        fund(honest, address(subnet), 1);
        vm.prank(honest);
        subnet.delegate(honest, 1);
        closeNow(subnet); // the wei is staked through the next epoch
        _scoreEpoch();
        closeNow(subnet);
        uint256 pool = subnet.pendingDelegationRewards(honest, honest);
        assertLe(pool, 100, "1 wei of 2000 TORA earns about nothing");
        assertGt(subnet.claimable(honest), 0, "the validator keeps its own stake's part");
        // Conservation: what is owed plus carried is what was minted.
        (uint256 owed, uint256 carried) = subnet.rewardBalances();
        assertGt(owed, 0);
        assertLt(carried, 1e6);
    }

    /// @notice Rules that decide slashes cannot change for an epoch whose commits are in: a
    ///         stricter change waits the unbonding delay, and nobody is slashed by it meanwhile.
    function test_ownerStricterRulesAfterCommits_notRetroactive() public {
        address[2] memory vals = [honest, other];
        bytes memory scores = _row(65_535, 0);
        vm.warp(block.timestamp + 1);
        bytes32[2] memory salts;
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        for (uint256 i; i < 2; ++i) {
            salts[i] = keccak256(abi.encode(i));
            _recordScores(subnet, vals[i], scores);
            bytes32 c = subnet.scoreCommitment(info.epoch, vals[i], scores, new uint256[](0), salts[i]);
            vm.prank(vals[i]);
            subnet.commitScores(c);
        }
        vm.warp(info.end - FREEZE - 1);
        Hyperparameters memory hp = subnet.hyperparameters();
        hp.trustFloorBps = 10_000;
        hp.strikeLimit = 1;
        hp.slashingRateBps = 5000;
        vm.prank(creator);
        subnet.setHyperparameters(hp);
        vm.warp(info.revealFrom);
        for (uint256 i; i < 2; ++i) {
            vm.prank(vals[i]);
            subnet.revealScores(scores, new uint256[](0), salts[i]);
        }
        closeNow(subnet);
        assertEq(subnet.memberOf(honest).bond, 2000 ether, "no retroactive slash");
        assertEq(subnet.memberOf(other).bond, 1000 ether);
        assertEq(subnet.hyperparameters().slashingRateBps, 500, "still the old rules");
        // Members had the unbonding delay to leave: the new rules apply from the epoch after it.
        vm.prank(other);
        subnet.deregister();
        vm.warp(block.timestamp + hp.unbondingDelay);
        vm.prank(other);
        assertEq(subnet.withdraw(), 1000 ether, "out before the stricter rules");
        closeNow(subnet);
        assertEq(subnet.hyperparameters().slashingRateBps, 5000);
    }

    /// @notice The kappa threshold rounds up: a consensus value backed by exactly half of the
    ///         stake does not pass kappa = 50.01%, however small the stakes (15 wei each here).
    function test_kappaThreshold_roundsUp_dustStake() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.kappaBps = 5001;
        hp.minValidatorBond = 15 ether;
        (, Subnet dust) = createSubnet("Dust", hp);
        registerMiner(dust, minerA, 100 ether);
        address v0 = makeAddr("v0");
        address v1 = makeAddr("v1");
        registerValidator(dust, v0, 15 ether);
        registerValidator(dust, v1, 15 ether);
        closeNow(dust);
        // Global trust of 1 wei each: stakes of 15 wei, total 30, kappa * total = 15.003 -> 16.
        vm.mockCall(address(trust), abi.encodeCall(IValidatorTrust.trustOf, (v0)), abi.encode(uint256(1)));
        vm.mockCall(address(trust), abi.encodeCall(IValidatorTrust.trustOf, (v1)), abi.encode(uint256(1)));
        vm.warp(block.timestamp + 1);
        uint16[] memory r0 = new uint16[](dust.slotHighWater());
        uint16[] memory r1 = new uint16[](dust.slotHighWater());
        r0[0] = 65_535;
        r1[0] = 1;
        r1[1] = 65_535; // v1 puts almost all weight on a validator slot (dropped)
        address[] memory vs = new address[](2);
        bytes[] memory ss = new bytes[](2);
        (vs[0], ss[0]) = (v0, pack(r0));
        (vs[1], ss[1]) = (v1, pack(r1));
        scoreAll(dust, vs, ss, new uint256[][](2));
        vm.warp(dust.epochInfo().end);
        bytes memory half = new bytes(8 * dust.slotHighWater());
        bytes8 one = bytes8(uint64(1e18));
        for (uint256 k; k < 8; ++k) {
            half[k] = one[k];
        }
        address coordinator = dust.coordinator();
        bytes memory rows = closeRows(dust, 0, dust.slotHighWater());
        vm.prank(coordinator);
        vm.expectPartialRevert(ISubnet.WrongConsensus.selector);
        dust.closeEpoch(half, rows); // 1.0 for miner 0 is backed by 15 of 30 wei: below kappa
        bytes memory consensus = referenceConsensus(dust, 0, dust.slotHighWater());
        vm.prank(coordinator);
        assertTrue(dust.closeEpoch(consensus, rows));
    }
}
