// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGuardianPausable} from "../contracts/interfaces/IGuardianPausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {console} from "forge-std/console.sol";

import {Subnet} from "../contracts/Subnet.sol";
import {SubnetRegistry} from "../contracts/SubnetRegistry.sol";
import {IEmissionWeights} from "../contracts/interfaces/IEmissionWeights.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {SubnetCloser} from "../contracts/subnet/SubnetCloser.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {SubnetFixture} from "./utils/SubnetFixture.sol";

/// @dev The seed's discovery snippet, compiled exactly as the seed writes it (inside a function).
contract SeedDiscoveryConsumer {
    SubnetRegistry internal subnetRegistry;
    uint256 public listed;

    constructor(SubnetRegistry registry_) {
        subnetRegistry = registry_;
    }

    function discover() external {
        uint256[] memory subnetIds = subnetRegistry.getActiveSubnets();
        for (uint256 i = 0; i < subnetIds.length; i++) {
            SubnetRegistry.Subnet memory subnet = subnetRegistry.subnets(subnetIds[i]);
            console.log(subnet.name, subnet.inferenceType, subnet.emissionWeight);
        }
        listed = subnetIds.length;
    }
}

/// @dev A fixed-weight source standing in for the EmissionManager.
contract FixedWeights is IEmissionWeights {
    mapping(uint256 => uint256) public weights;

    function set(uint256 id, uint256 w) external {
        weights[id] = w;
    }

    function emissionWeightOf(uint256 id) external view returns (uint256) {
        return weights[id];
    }
}

contract SubnetRegistry_CreateSubnet_Test is SubnetFixture {
    function test_createSubnet_chargesFeeClonesAndRecords_succeeds() public {
        Hyperparameters memory hp = defaultHyperparameters();
        fund(creator, address(registry), CREATION_FEE);
        vm.expectEmit(true, false, true, false, address(registry));
        emit ISubnetRegistry.SubnetCreated(1, address(0), creator, "Predictia", "time-series", 0, hp, CREATION_FEE);
        vm.prank(creator);
        (uint256 id, address instance) = registry.createSubnet("Predictia", "time-series", hp);

        assertEq(id, 1);
        assertEq(tora.balanceOf(treasury), CREATION_FEE);
        assertEq(tora.balanceOf(creator), 0);
        assertEq(registry.instanceOf(id), instance);
        assertTrue(registry.isSubnetInstance(instance));

        ISubnetRegistry.Subnet memory s = registry.subnets(id);
        assertEq(s.name, "Predictia");
        assertEq(s.inferenceType, "time-series");
        assertEq(s.emissionWeight, 0);
        assertEq(s.instance, instance);
        assertEq(s.owner, creator);
        assertEq(uint8(s.stage), uint8(ISubnetRegistry.Stage.Bootstrapping));
        assertTrue(s.active);
        assertEq(s.createdAt, block.timestamp);
        assertEq(s.minerCount, 0);
        assertEq(s.validatorCount, 0);

        Subnet sub = Subnet(instance);
        assertEq(sub.subnetId(), id);
        assertEq(sub.owner(), creator);
        assertEq(sub.coordinator(), creator);
        assertEq(sub.registry(), address(registry));
        assertEq(abi.encode(sub.hyperparameters()), abi.encode(hp));
    }

    function test_createSubnet_instancesAreIsolatedClones_succeeds() public {
        (, Subnet a) = createSubnet("Linguista");
        (, Subnet b) = createSubnet("Visiona");
        assertTrue(address(a) != address(b));
        assertEq(address(a).code.length, 45, "EIP-1167 clone");
        registerMiner(a, makeAddr("m"), 100 ether);
        assertEq(tora.balanceOf(address(a)), 100 ether);
        assertEq(tora.balanceOf(address(b)), 0);
        assertEq(b.minerCount(), 0);
    }

    function test_createSubnet_withoutAllowance_reverts() public {
        tora.mint(creator, CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(); // ERC20InsufficientAllowance
        registry.createSubnet("Predictia", "time-series", defaultHyperparameters());
        assertEq(registry.subnetCount(), 0);
    }

    function test_createSubnet_emptyName_reverts() public {
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidLabel.selector, "name", 0, 32));
        registry.createSubnet("", "time-series", defaultHyperparameters());
    }

    function test_createSubnet_longInferenceType_reverts() public {
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidLabel.selector, "inferenceType", 33, 32));
        registry.createSubnet("Predictia", "123456789012345678901234567890123", defaultHyperparameters());
    }

    function test_createSubnet_duplicateName_reverts() public {
        createSubnet("Predictia");
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.NameTaken.selector, "Predictia"));
        registry.createSubnet("Predictia", "time-series", defaultHyperparameters());
    }

    function test_createSubnet_capReached_reverts() public {
        vm.prank(governance);
        registry.setMaxSubnets(2);
        createSubnet("a");
        createSubnet("b");
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.SubnetCapReached.selector, 2));
        registry.createSubnet("c", "nlp", defaultHyperparameters());
    }

    function test_createSubnet_capCountsOnlyActiveSubnets_succeeds() public {
        vm.prank(governance);
        registry.setMaxSubnets(1);
        (uint256 id,) = createSubnet("a");
        vm.prank(governance);
        registry.deactivateSubnet(id);
        createSubnet("b");
        assertEq(registry.getActiveSubnets().length, 1);
    }

    function test_createSubnet_whenPaused_reverts() public {
        vm.prank(guardian);
        registry.pause();
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        registry.createSubnet("Predictia", "time-series", defaultHyperparameters());
    }

    function test_createSubnet_hyperparameterOutOfBounds_reverts() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.minMinerBond = 0.5 ether;
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISubnetRegistry.HyperparameterOutOfBounds.selector, "minMinerBond", 0.5 ether, 1 ether, 1_000_000 ether
            )
        );
        registry.createSubnet("Predictia", "time-series", hp);
    }

    function test_createSubnet_validatorCapNotBelowSlots_reverts() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxSlots = 64;
        hp.maxValidators = 64;
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InconsistentHyperparameters.selector, "maxValidators"));
        registry.createSubnet("Predictia", "time-series", hp);
    }

    function test_createSubnet_revealWindowNotBelowEpoch_reverts() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.epochLength = 30 minutes;
        hp.revealWindow = 30 minutes;
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InconsistentHyperparameters.selector, "revealWindow"));
        registry.createSubnet("Predictia", "time-series", hp);
    }

    function test_createSubnet_commitRevealRequiredByBounds_reverts() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        lo.commitReveal = true;
        vm.prank(governance);
        registry.setHyperparameterBounds(lo, hi);
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnetRegistry.HyperparameterOutOfBounds.selector, "commitReveal", 0, 1, 1)
        );
        registry.createSubnet("Predictia", "time-series", hp);
    }

    function test_createSubnet_zeroFee_succeeds() public {
        vm.prank(governance);
        registry.setCreationFee(0);
        vm.prank(creator);
        (uint256 id,) = registry.createSubnet("Free", "nlp", defaultHyperparameters());
        assertEq(id, 1);
        assertEq(tora.balanceOf(treasury), 0);
    }

    function testFuzz_createSubnet_boundsEnforcedPerField_reverts(uint256 field, uint256 value) public {
        Hyperparameters memory hp = defaultHyperparameters();
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        field = bound(field, 0, 3);
        string memory name;
        uint256 min;
        uint256 max;
        if (field == 0) {
            (name, min, max) = ("taskTimeout", lo.taskTimeout, hi.taskTimeout);
            value = _outside(value, min, max, type(uint32).max);
            hp.taskTimeout = uint32(value);
        } else if (field == 1) {
            (name, min, max) = ("slashingRateBps", lo.slashingRateBps, hi.slashingRateBps);
            value = _outside(value, min, max, type(uint16).max);
            hp.slashingRateBps = uint16(value);
        } else if (field == 2) {
            (name, min, max) = ("unbondingDelay", lo.unbondingDelay, hi.unbondingDelay);
            value = _outside(value, min, max, type(uint32).max);
            hp.unbondingDelay = uint32(value);
        } else {
            (name, min, max) = ("immunityPeriod", lo.immunityPeriod, hi.immunityPeriod);
            value = _outside(value, min, max, type(uint32).max);
            hp.immunityPeriod = uint32(value);
        }
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnetRegistry.HyperparameterOutOfBounds.selector, name, value, min, max)
        );
        registry.createSubnet("Predictia", "time-series", hp);
    }

    /// @dev A value outside [min, max] that fits `typeMax`.
    function _outside(uint256 seed, uint256 min, uint256 max, uint256 typeMax) internal pure returns (uint256) {
        if (min > 0 && (seed % 2 == 0 || max == typeMax)) return seed % min;
        return max + 1 + (seed % (typeMax - max));
    }
}

contract SubnetRegistry_Discovery_Test is SubnetFixture {
    function test_seedSnippet_listsActiveSubnets_succeeds() public {
        createSubnet("Linguista");
        createSubnet("Visiona");
        createSubnet("Predictia");
        SeedDiscoveryConsumer consumer = new SeedDiscoveryConsumer(registry);
        consumer.discover();
        assertEq(consumer.listed(), 3);
    }

    function test_getActiveSubnets_afterDeactivation_swapsAndPops_succeeds() public {
        createSubnet("a");
        createSubnet("b");
        createSubnet("c");
        vm.prank(governance);
        registry.deactivateSubnet(1);
        uint256[] memory ids = registry.getActiveSubnets();
        assertEq(ids.length, 2);
        assertEq(ids[0], 3);
        assertEq(ids[1], 2);
        vm.prank(governance);
        registry.deactivateSubnet(3);
        ids = registry.getActiveSubnets();
        assertEq(ids.length, 1);
        assertEq(ids[0], 2);
    }

    function test_subnets_emissionWeightAndStage_succeeds() public {
        (uint256 id,) = createSubnet("Predictia");
        FixedWeights weights = new FixedWeights();
        vm.prank(governance);
        registry.setEmissionWeights(weights);
        assertEq(uint8(registry.subnets(id).stage), uint8(ISubnetRegistry.Stage.Bootstrapping));
        weights.set(id, 2500);
        ISubnetRegistry.Subnet memory s = registry.subnets(id);
        assertEq(s.emissionWeight, 2500);
        assertEq(uint8(s.stage), uint8(ISubnetRegistry.Stage.Active));
        vm.prank(governance);
        registry.deactivateSubnet(id);
        s = registry.subnets(id);
        assertEq(s.emissionWeight, 0);
        assertEq(uint8(s.stage), uint8(ISubnetRegistry.Stage.Deactivated));
        assertFalse(s.active);
    }

    function test_subnets_countsFollowInstance_succeeds() public {
        (uint256 id, Subnet s) = createSubnet("Predictia");
        registerMiner(s, makeAddr("m1"), 100 ether);
        registerMiner(s, makeAddr("m2"), 100 ether);
        registerValidator(s, makeAddr("v1"), 1000 ether);
        ISubnetRegistry.Subnet memory rec = registry.subnets(id);
        assertEq(rec.minerCount, 2);
        assertEq(rec.validatorCount, 1);
    }

    function test_subnets_unknownId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.UnknownSubnet.selector, 7));
        registry.subnets(7);
    }

    function test_isSubnetInstance_rejectsStrangers_succeeds() public {
        (, Subnet s) = createSubnet("Predictia");
        assertTrue(registry.isSubnetInstance(address(s)));
        assertFalse(registry.isSubnetInstance(address(implementation)));
        assertFalse(registry.isSubnetInstance(outsider));
        assertFalse(registry.isSubnetInstance(address(tora)));
        // A Subnet the registry did not create, even one built for this registry, is rejected.
        Subnet rogue = newImplementation();
        assertFalse(registry.isSubnetInstance(address(rogue)));
    }
}

contract SubnetRegistry_Lifecycle_Test is SubnetFixture {
    function test_deactivateSubnet_membersCanLeaveAtOnce_succeeds() public {
        (uint256 id, Subnet s) = createSubnet("Predictia");
        address miner = makeAddr("miner");
        registerMiner(s, miner, 100 ether);
        vm.expectEmit(address(registry));
        emit ISubnetRegistry.SubnetDeactivated(id);
        vm.prank(governance);
        registry.deactivateSubnet(id);
        assertTrue(s.deactivated());

        vm.startPrank(miner);
        s.deregister();
        assertEq(s.withdraw(), 100 ether, "no unbonding wait after deactivation");
        vm.stopPrank();
        assertEq(tora.balanceOf(miner), 100 ether);
    }

    function test_deactivateSubnet_twice_reverts() public {
        (uint256 id,) = createSubnet("Predictia");
        vm.startPrank(governance);
        registry.deactivateSubnet(id);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.SubnetNotActive.selector, id));
        registry.deactivateSubnet(id);
        vm.stopPrank();
    }

    function test_addImplementation_existingSubnetsKeepTheirs_succeeds() public {
        (uint256 first, Subnet a) = createSubnet("a");
        Subnet v2 = newImplementation();
        vm.expectEmit(address(registry));
        emit ISubnetRegistry.ImplementationAdded(1, address(v2));
        vm.prank(governance);
        assertEq(registry.addImplementation(address(v2)), 1);
        (uint256 second, Subnet b) = createSubnet("b");
        assertEq(registry.subnets(first).implementationVersion, 0);
        assertEq(registry.subnets(second).implementationVersion, 1);
        assertEq(_cloneTarget(address(a)), address(implementation));
        assertEq(_cloneTarget(address(b)), address(v2));
        assertEq(registry.implementationCount(), 2);
    }

    function test_addImplementation_forOtherRegistry_reverts() public {
        SubnetRegistry other = SubnetRegistry(outsider);
        Subnet foreign = new Subnet(other, tora, trust, em, new SubnetCloser(other, tora, trust, em));
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidImplementation.selector, address(foreign)));
        registry.addImplementation(address(foreign));
    }

    function test_addImplementation_notAContract_reverts() public {
        vm.prank(governance);
        vm.expectRevert();
        registry.addImplementation(outsider);
    }

    function test_createSubnet_noImplementation_reverts() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        SubnetRegistry empty = new SubnetRegistry(
            governance,
            tora,
            SubnetRegistry.Config({
                treasury: treasury,
                creationFee: 0,
                maxSubnets: 8,
                hyperparameterCooldown: COOLDOWN,
                hyperparameterFreezeWindow: FREEZE,
                minBounds: lo,
                maxBounds: hi,
                guardian: address(0),
                emissionWeights: IEmissionWeights(address(0)),
                initialImplementation: address(0)
            })
        );
        vm.expectRevert(ISubnetRegistry.NoImplementation.selector);
        empty.createSubnet("a", "nlp", defaultHyperparameters());
    }

    function test_pauseSubnet_byGuardian_blocksJoiningNotLeaving_succeeds() public {
        (uint256 id, Subnet s) = createSubnet("Predictia");
        address miner = makeAddr("miner");
        registerMiner(s, miner, 100 ether);
        vm.prank(guardian);
        registry.pauseSubnet(id);
        assertTrue(s.paused());
        fund(outsider, address(s), 100 ether);
        vm.prank(outsider);
        vm.expectRevert(ISubnet.SubnetPaused.selector);
        s.registerMiner(100 ether, "https://x.example");
        vm.prank(miner);
        s.deregister();
        // Other subnets are untouched.
        (, Subnet other) = createSubnet("Visiona");
        registerMiner(other, outsider, 100 ether);
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
        registry.unpauseSubnet(id);
        vm.prank(governance);
        registry.unpauseSubnet(id);
        assertFalse(s.paused());
    }

    function test_unpause_byGovernance_succeeds() public {
        vm.prank(guardian);
        registry.pause();
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
        registry.unpause();
        vm.prank(governance);
        registry.unpause();
        createSubnet("a");
    }

    function _cloneTarget(address clone) internal view returns (address target) {
        bytes memory code = clone.code;
        assembly {
            target := shr(96, mload(add(code, 0x2a)))
        }
    }
}

contract SubnetRegistry_Governance_Test is SubnetFixture {
    function test_setters_byGovernance_succeed() public {
        vm.startPrank(governance);
        vm.expectEmit(address(registry));
        emit ISubnetRegistry.CreationFeeSet(5 ether);
        registry.setCreationFee(5 ether);
        registry.setTreasury(outsider);
        registry.setMaxSubnets(3);
        registry.setHyperparameterTiming(2 days, 1 minutes);
        vm.stopPrank();
        assertEq(registry.creationFee(), 5 ether);
        assertEq(registry.treasury(), outsider);
        assertEq(registry.maxSubnets(), 3);
        assertEq(registry.hyperparameterCooldown(), 2 days);
        assertEq(registry.hyperparameterFreezeWindow(), 1 minutes);
    }

    function test_setCreationFee_aboveLimit_reverts() public {
        uint256 limit = registry.MAX_CREATION_FEE();
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnetRegistry.SettingAboveLimit.selector, "creationFee", limit + 1, limit)
        );
        registry.setCreationFee(limit + 1);
    }

    function test_setMaxSubnets_aboveLimit_reverts() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.SettingAboveLimit.selector, "maxSubnets", 1025, 1024));
        registry.setMaxSubnets(1025);
    }

    function test_setTreasury_zero_reverts() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.ZeroAddress.selector, "treasury"));
        registry.setTreasury(address(0));
    }

    function test_setHyperparameterTiming_freezeNotBelowShortestEpoch_reverts() public {
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISubnetRegistry.SettingAboveLimit.selector, "hyperparameterFreezeWindow", 30 minutes, 30 minutes - 1
            )
        );
        registry.setHyperparameterTiming(1 days, 30 minutes);
    }

    function test_setHyperparameterTiming_cooldownAboveLimit_reverts() public {
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISubnetRegistry.SettingAboveLimit.selector, "hyperparameterCooldown", 31 days, 30 days
            )
        );
        registry.setHyperparameterTiming(31 days, 0);
    }

    function test_setHyperparameterBounds_inverted_reverts() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        lo.taskTimeout = hi.taskTimeout + 1;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidBounds.selector, "taskTimeout"));
        registry.setHyperparameterBounds(lo, hi);
    }

    function test_setHyperparameterBounds_slotsAboveHardLimit_reverts() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        hi.maxSlots = 1025;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidBounds.selector, "maxSlots"));
        registry.setHyperparameterBounds(lo, hi);
    }

    function test_setHyperparameterBounds_slashingAbove100Percent_reverts() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        hi.slashingRateBps = 10_001;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidBounds.selector, "slashingRateBps"));
        registry.setHyperparameterBounds(lo, hi);
    }

    function test_setHyperparameterBounds_shortestEpochWithinFreeze_reverts() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        lo.epochLength = FREEZE;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.InvalidBounds.selector, "epochLength"));
        registry.setHyperparameterBounds(lo, hi);
    }

    function test_setHyperparameterBounds_readBack_succeeds() public {
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        hi.maxSlots = 512;
        vm.prank(governance);
        registry.setHyperparameterBounds(lo, hi);
        (, Hyperparameters memory readHi) = registry.hyperparameterBounds();
        assertEq(readHi.maxSlots, 512);
    }

    /// @notice Every privileged function rejects an outsider.
    function test_privilegedFunctions_byOutsider_revert() public {
        (uint256 id,) = createSubnet("Predictia");
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        bytes memory notOwner = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, outsider);
        bytes memory notOwnerOrGuardian =
            abi.encodeWithSelector(IGuardianPausable.NotOwnerOrGuardian.selector, outsider);
        vm.startPrank(outsider);
        vm.expectRevert(notOwner);
        registry.addImplementation(address(implementation));
        vm.expectRevert(notOwner);
        registry.deactivateSubnet(id);
        vm.expectRevert(notOwnerOrGuardian);
        registry.pauseSubnet(id);
        vm.expectRevert(notOwner);
        registry.unpauseSubnet(id);
        vm.expectRevert(notOwnerOrGuardian);
        registry.pause();
        vm.expectRevert(notOwner);
        registry.unpause();
        vm.expectRevert(notOwner);
        registry.setCreationFee(0);
        vm.expectRevert(notOwner);
        registry.setTreasury(outsider);
        vm.expectRevert(notOwner);
        registry.setMaxSubnets(1);
        vm.expectRevert(notOwner);
        registry.setEmissionWeights(IEmissionWeights(outsider));
        vm.expectRevert(notOwner);
        registry.setGuardian(outsider);
        vm.expectRevert(notOwner);
        registry.setHyperparameterBounds(lo, hi);
        vm.expectRevert(notOwner);
        registry.setHyperparameterTiming(0, 0);
        vm.expectRevert(notOwner);
        registry.transferOwnership(outsider);
        vm.stopPrank();
    }

    /// @notice The guardian can pause but holds no governance power.
    function test_guardian_cannotGovern_reverts() public {
        bytes memory notOwner = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian);
        vm.startPrank(guardian);
        vm.expectRevert(notOwner);
        registry.setCreationFee(0);
        vm.expectRevert(notOwner);
        registry.setTreasury(guardian);
        vm.expectRevert(notOwner);
        registry.deactivateSubnet(1);
        vm.stopPrank();
    }

    function test_ownership_twoStepHandover_succeeds() public {
        address timelock = makeAddr("timelock");
        vm.prank(governance);
        registry.transferOwnership(timelock);
        assertEq(registry.owner(), governance);
        vm.prank(timelock);
        registry.acceptOwnership();
        assertEq(registry.owner(), timelock);
    }
}

contract SubnetRegistry_Gas_Test is SubnetFixture {
    function test_gas_createSubnet() public {
        createSubnet("Linguista");
        fund(creator, address(registry), CREATION_FEE);
        Hyperparameters memory hp = defaultHyperparameters();
        coolDown();
        vm.prank(creator);
        registry.createSubnet("Predictia", "time-series", hp);
        vm.snapshotGasLastCall("SubnetRegistry", "createSubnet");
    }
}
