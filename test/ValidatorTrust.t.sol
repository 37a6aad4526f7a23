// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {Subnet} from "../contracts/Subnet.sol";
import {ValidatorTrust} from "../contracts/ValidatorTrust.sol";
import {IValidatorTrust} from "../contracts/interfaces/IValidatorTrust.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./utils/EpochFixture.sol";

/// @dev Who may move global trust, and how far: only Active subnets, by emission weight and
///      wall-clock time (the fixture's rate period is one hour, its epochs one hour).
contract ValidatorTrust_Test is EpochFixture {
    address internal attacker = makeAddr("attackerValidator");
    address internal honest = makeAddr("honestValidator");
    address internal minerA = makeAddr("honestMinerA");
    address internal minerB = makeAddr("attackerMinerB");

    function _directHp(uint32 epochLength) internal pure returns (Hyperparameters memory hp) {
        hp = defaultHyperparameters();
        hp.commitReveal = false;
        hp.epochLength = epochLength;
    }

    function _row(Subnet s, uint256 uid, uint16 value) internal view returns (bytes memory) {
        uint16[] memory r = new uint16[](s.slotHighWater());
        r[uid] = value;
        return pack(r);
    }

    /// @dev A subnet the attacker creates for the fee, with its own miner and itself as validator.
    function _farm(uint32 epochLength) internal returns (uint256 id, Subnet farm) {
        fund(attacker, address(registry), CREATION_FEE);
        vm.prank(attacker);
        address a;
        (id, a) = registry.createSubnet("AttackerFarm", "anything", _directHp(epochLength));
        farm = Subnet(a);
        registerMiner(farm, makeAddr("farmMiner"), 100 ether);
        registerValidator(farm, attacker, 1000 ether);
    }

    function _farmEpoch(Subnet farm) internal {
        vm.warp(block.timestamp + 1);
        scoreOne(farm, attacker, _row(farm, 0, 65_535));
        closeNow(farm);
    }

    /// @notice A self-created (Bootstrapping) subnet cannot raise anyone's global trust, however
    ///         many perfect epochs it closes: nothing to carry into another subnet's consensus.
    function test_selfCreatedSubnet_farmsNoTrust_andCannotTakeOverConsensus() public {
        (uint256 realId, Subnet real) = createSubnet("Predictia", _directHp(1 hours));
        registerMiner(real, minerA, 100 ether); // uid 0
        registerMiner(real, minerB, 100 ether); // uid 1
        registerValidator(real, honest, 1200 ether);
        registerValidator(real, attacker, 1000 ether);
        setWeight(realId, 10_000);
        closeNow(real);

        (, Subnet farm) = _farm(30 minutes);
        for (uint256 i; i < 30; ++i) {
            _farmEpoch(farm);
        }
        assertEq(trust.trustOf(attacker), trust.NEUTRAL(), "a Bootstrapping subnet moves no trust");
        assertEq(trust.influenceOf(farm.subnetId()), 0);

        closeNow(real);
        vm.warp(block.timestamp + 1);
        address[] memory vs = new address[](2);
        bytes[] memory ss = new bytes[](2);
        (vs[0], ss[0]) = (honest, _row(real, 0, 65_535));
        (vs[1], ss[1]) = (attacker, _row(real, 1, 65_535));
        scoreAll(real, vs, ss, new uint256[][](2));
        closeNow(real);
        assertGt(real.claimable(minerA), 0, "the honest stake majority decides");
        assertEq(real.claimable(minerB), 0);
    }

    /// @notice A low-trust validator cannot wash its trust in a subnet of its own: the strikes of
    ///         the subnet it validates badly in still reach the slash.
    function test_lowTrustSlash_notWashedOffInSelfCreatedSubnet() public {
        Hyperparameters memory hp = _directHp(1 hours);
        hp.trustFloorBps = 4000;
        (uint256 realId, Subnet real) = createSubnet("Predictia", hp);
        registerMiner(real, minerA, 100 ether);
        registerMiner(real, minerB, 100 ether);
        registerValidator(real, honest, 2000 ether);
        registerValidator(real, attacker, 1000 ether);
        setWeight(realId, 10_000);
        closeNow(real);
        (, Subnet farm) = _farm(30 minutes);
        for (uint256 e; e < 8; ++e) {
            vm.warp(block.timestamp + 1);
            address[] memory vs = new address[](2);
            bytes[] memory ss = new bytes[](2);
            (vs[0], ss[0]) = (honest, _row(real, 0, 65_535));
            (vs[1], ss[1]) = (attacker, _row(real, 1, 65_535)); // always outvoted: VT = 0
            scoreAll(real, vs, ss, new uint256[][](2));
            _farmEpoch(farm);
            _farmEpoch(farm);
            closeNow(real);
        }
        assertLt(real.memberOf(attacker).bond, 1000 ether, "the LowTrust slash hits");
        assertLt(trust.trustOf(attacker), 0.4e18);
    }

    /// @notice Trust moves by wall-clock time, not by epochs: two 30-minute epochs move it about
    ///         as far as one 1-hour epoch (never further), and a deactivated subnet moves nothing.
    function test_trustStep_doesNotGrowWithShorterEpochs() public {
        (uint256 fastId, Subnet fast) = createSubnet("Fast", _directHp(30 minutes));
        (uint256 slowId, Subnet slow) = createSubnet("Slow", _directHp(1 hours));
        address vFast = makeAddr("vFast");
        address vSlow = makeAddr("vSlow");
        registerMiner(fast, minerA, 100 ether);
        registerMiner(slow, minerB, 100 ether);
        registerValidator(fast, vFast, 1000 ether);
        registerValidator(slow, vSlow, 1000 ether);
        uint256[] memory ids = new uint256[](2);
        uint16[] memory ws = new uint16[](2);
        (ids[0], ids[1], ws[0], ws[1]) = (fastId, slowId, 5000, 5000);
        vm.prank(governance);
        em.setWeights(ids, ws);
        vm.warp(block.timestamp + 2 hours);
        closeNow(fast);
        closeNow(slow); // both epochs start now
        vm.warp(block.timestamp + 1);
        scoreOne(slow, vSlow, _row(slow, 0, 65_535));
        for (uint256 e; e < 2; ++e) {
            vm.warp(block.timestamp + 1);
            scoreOne(fast, vFast, _row(fast, 0, 65_535));
            closeNow(fast);
        }
        closeNow(slow);
        uint256 fastGain = trust.trustOf(vFast) - 0.5e18;
        uint256 slowGain = trust.trustOf(vSlow) - 0.5e18;
        // Half the emission weight: half of alpha (0.1) per hour of a perfect score: +0.025.
        assertEq(slowGain, 0.025e18);
        assertLe(fastGain, slowGain, "shorter epochs never move trust further");
        assertApproxEqRel(fastGain, slowGain, 0.02e18);

        vm.prank(governance);
        registry.deactivateSubnet(slowId);
        assertEq(trust.influenceOf(slowId), 0);
    }

    /// @notice Only registry-created subnets write; only governance sets parameters, within range.
    function test_outsiders_refused_reverts() public {
        address[] memory vs = new address[](1);
        uint256[] memory ts = new uint256[](1);
        vm.startPrank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IValidatorTrust.NotASubnet.selector, attacker));
        trust.recordEpoch(vs, ts, 1 hours);
        vm.expectRevert(abi.encodeWithSelector(IValidatorTrust.NotASubnet.selector, attacker));
        trust.recordSlash(honest);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, attacker));
        trust.setParameters(0.1e18, 1000, 1 days);
        vm.stopPrank();
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(IValidatorTrust.InvalidParameter.selector, "ratePeriod", 0));
        trust.setParameters(0.1e18, 1000, 0);
        vm.expectRevert(abi.encodeWithSelector(IValidatorTrust.InvalidParameter.selector, "emaAlpha", 0));
        trust.setParameters(0, 1000, 1 days);
        vm.expectEmit(address(trust));
        emit IValidatorTrust.ParametersSet(0.2e18, 500, 1 days);
        trust.setParameters(0.2e18, 500, 1 days);
        vm.stopPrank();
        assertEq(trust.ratePeriod(), 1 days);
    }

    /// @notice Whatever an Active subnet reports, trust stays a WAD fraction.
    function testFuzz_recordEpoch_keepsTrustInRange(uint256 vt, uint32 epochLength, uint16 weight) public {
        weight = uint16(bound(weight, 1, 10_000));
        (uint256 id, Subnet s) = createSubnet("Predictia");
        setWeight(id, weight);
        closeNow(s);
        address[] memory vs = new address[](1);
        uint256[] memory ts = new uint256[](1);
        (vs[0], ts[0]) = (honest, vt);
        vm.prank(address(s));
        trust.recordEpoch(vs, ts, epochLength);
        assertLe(trust.trustOf(honest), 1e18);
        ValidatorTrust t = trust;
        assertEq(address(t.REGISTRY()), address(registry));
    }
}
