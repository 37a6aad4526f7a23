// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGuardianPausable} from "../contracts/interfaces/IGuardianPausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {EmissionManager} from "../contracts/EmissionManager.sol";
import {Subnet} from "../contracts/Subnet.sol";
import {IEmissionManager} from "../contracts/interfaces/IEmissionManager.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {SubnetFixture} from "./utils/SubnetFixture.sol";

abstract contract EmissionManagerTestBase is SubnetFixture {
    Subnet internal a;
    Subnet internal b;
    uint256 internal idA;
    uint256 internal idB;

    function setUp() public virtual override {
        super.setUp();
        (idA, a) = createSubnet("a");
        (idB, b) = createSubnet("b");
    }

    function pullAs(Subnet s) internal returns (uint256) {
        vm.prank(address(s));
        return em.pull();
    }
}

contract EmissionManager_Schedule_Test is EmissionManagerTestBase {
    function test_scheduledEmission_halves_succeeds() public view {
        uint256 start = em.START();
        assertEq(em.scheduledEmission(start), 0);
        assertEq(em.scheduledEmission(start + 100), 100 * RATE);
        assertEq(em.scheduledEmission(start + HALVING), RATE * HALVING);
        assertEq(em.scheduledEmission(start + HALVING + 10), RATE * HALVING + 10 * (RATE / 2));
        assertEq(em.scheduledEmission(start + 2 * HALVING), RATE * HALVING + (RATE / 2) * HALVING);
        assertEq(em.rateAt(start + 2 * HALVING), RATE / 4);
        assertEq(em.rateAt(start - 1), 0);
    }

    function testFuzz_scheduledEmission_boundedByTwiceFirstPeriod(uint256 t) public view {
        t = bound(t, em.START(), em.START() + 300 * uint256(HALVING));
        assertLe(em.scheduledEmission(t), 2 * RATE * HALVING);
        assertLe(em.scheduledEmission(t), em.scheduledEmission(t + 1));
    }

    function test_constructor_badParameters_revert() public {
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.InvalidParameter.selector, "initialRate", 0));
        new EmissionManager(governance, tora, registry, 0, 0, HALVING, MAX_ACCRUAL, address(0));
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.InvalidParameter.selector, "halvingPeriod", 0));
        new EmissionManager(governance, tora, registry, 0, RATE, 0, MAX_ACCRUAL, address(0));
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.InvalidParameter.selector, "maxAccrual", 60));
        new EmissionManager(governance, tora, registry, 0, RATE, HALVING, 60, address(0));
    }
}

contract EmissionManager_Pull_Test is EmissionManagerTestBase {
    function test_pull_weightTakesEffectFromNextPull_succeeds() public {
        setWeight(idA, 5000);
        assertEq(em.emissionWeightOf(idA), 0, "pending, not yet in force");
        vm.warp(block.timestamp + 1 hours);
        assertEq(pullAs(a), 0, "nothing accrued before the weight was in force");
        assertEq(em.emissionWeightOf(idA), 5000);
        assertEq(registry.subnets(idA).emissionWeight, 5000);
        assertEq(uint8(registry.subnets(idA).stage), uint8(ISubnetRegistry.Stage.Active));
        vm.warp(block.timestamp + 1 hours);
        uint256 expected = RATE * 1 hours / 2;
        assertEq(pullAs(a), expected);
        assertEq(tora.balanceOf(address(a)), expected);
        assertEq(em.totalMinted(), expected);
    }

    function test_pull_missedEpochsForfeitBeyondMaxAccrual_succeeds() public {
        setWeight(idA, 10_000);
        pullAs(a);
        vm.warp(block.timestamp + 3 days);
        assertEq(em.pending(idA), RATE * MAX_ACCRUAL);
        assertEq(pullAs(a), RATE * MAX_ACCRUAL);
    }

    function test_pull_paused_mintsNothing_succeeds() public {
        setWeight(idA, 10_000);
        pullAs(a);
        vm.prank(guardian);
        em.pause();
        vm.warp(block.timestamp + 1 hours);
        assertEq(pullAs(a), 0);
        vm.prank(governance);
        em.unpause();
        vm.warp(block.timestamp + 1 hours);
        assertEq(pullAs(a), RATE * 1 hours, "paused hour forfeited");
    }

    function test_pull_deactivatedSubnet_mintsNothing_succeeds() public {
        setWeight(idA, 10_000);
        pullAs(a);
        vm.prank(governance);
        registry.deactivateSubnet(idA);
        vm.warp(block.timestamp + 1 hours);
        assertEq(em.pending(idA), 0);
        assertEq(pullAs(a), 0);
        em.clearInactive(idA);
        assertEq(em.totalReserved(), 0);
        setWeight(idB, 10_000);
    }

    function test_pull_clampedAtTokenCap_succeeds() public {
        setWeight(idA, 10_000);
        pullAs(a);
        tora.mint(address(this), tora.cap() - tora.totalSupply() - 5 ether);
        vm.warp(block.timestamp + 1 hours);
        assertEq(pullAs(a), 5 ether);
        assertEq(tora.totalSupply(), tora.cap());
    }

    function test_pull_byNonSubnet_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.NotASubnet.selector, outsider));
        em.pull();
    }

    function test_pull_twoSubnetsShareByWeight_succeeds() public {
        setWeight(idA, 3000);
        setWeight(idB, 7000);
        pullAs(a);
        pullAs(b);
        vm.warp(block.timestamp + 1000);
        uint256 ma = pullAs(a);
        uint256 mb = pullAs(b);
        assertEq(ma, RATE * 1000 * 3000 / 10_000);
        assertEq(mb, RATE * 1000 * 7000 / 10_000);
        assertLe(em.totalMinted(), em.scheduledEmission(block.timestamp));
    }
}

contract EmissionManager_Weights_Test is EmissionManagerTestBase {
    function test_setWeights_aboveTotal_reverts() public {
        uint256[] memory ids = new uint256[](2);
        uint16[] memory ws = new uint16[](2);
        (ids[0], ids[1], ws[0], ws[1]) = (idA, idB, 6000, 4001);
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.WeightsExceedTotal.selector, 10_001));
        em.setWeights(ids, ws);
    }

    function test_setWeights_movingWeightWaitsForOldHolderToPull_succeeds() public {
        setWeight(idA, 6000);
        pullAs(a);
        setWeight(idA, 0);
        uint256[] memory ids = new uint256[](1);
        uint16[] memory ws = new uint16[](1);
        (ids[0], ws[0]) = (idB, 6000);
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.WeightsExceedTotal.selector, 12_000));
        em.setWeights(ids, ws);
        pullAs(a); // a's next epoch: weight 0 now in force
        setWeight(idB, 6000);
        assertEq(em.totalReserved(), 6000);
    }

    function test_setWeights_lengthMismatch_reverts() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.LengthMismatch.selector, 1, 0));
        em.setWeights(new uint256[](1), new uint16[](0));
    }

    function test_setWeights_unknownSubnet_reverts() public {
        uint256[] memory ids = new uint256[](1);
        ids[0] = 99;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.UnknownSubnet.selector, 99));
        em.setWeights(ids, new uint16[](1));
    }

    function test_setWeights_inactiveSubnet_reverts() public {
        vm.prank(governance);
        registry.deactivateSubnet(idA);
        uint256[] memory ids = new uint256[](1);
        uint16[] memory ws = new uint16[](1);
        (ids[0], ws[0]) = (idA, 1);
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.SubnetInactive.selector, idA));
        em.setWeights(ids, ws);
    }

    function test_clearInactive_activeSubnet_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IEmissionManager.SubnetStillActive.selector, idA));
        em.clearInactive(idA);
    }

    function test_privilegedFunctions_byOutsider_revert() public {
        bytes memory notOwner = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, outsider);
        vm.startPrank(outsider);
        vm.expectRevert(notOwner);
        em.setWeights(new uint256[](0), new uint16[](0));
        vm.expectRevert(notOwner);
        em.setMaxAccrual(2 days);
        vm.expectRevert(notOwner);
        em.setGuardian(outsider);
        vm.expectRevert(notOwner);
        em.unpause();
        vm.expectRevert(abi.encodeWithSelector(IGuardianPausable.NotOwnerOrGuardian.selector, outsider));
        em.pause();
        vm.stopPrank();
        vm.startPrank(guardian);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
        em.setWeights(new uint256[](0), new uint16[](0));
        vm.stopPrank();
    }
}
