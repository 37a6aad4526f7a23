// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../contracts/Subnet.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {SubnetFixture} from "./utils/SubnetFixture.sol";

abstract contract SubnetTestBase is SubnetFixture {
    Subnet internal subnet;
    uint256 internal subnetId;

    function setUp() public virtual override {
        super.setUp();
        (subnetId, subnet) = createSubnet("Predictia");
    }

    /// @dev A subnet with `slots` slots of which `validators` may be validators, no immunity.
    function smallSubnet(string memory name, uint16 slots, uint16 validators, uint32 immunity)
        internal
        returns (Subnet s)
    {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxSlots = slots;
        hp.maxValidators = validators;
        hp.immunityPeriod = immunity;
        (, s) = createSubnet(name, hp);
    }
}

contract Subnet_RegisterMiner_Test is SubnetTestBase {
    function test_registerMiner_recordsSlotBondAndEndpoint_succeeds() public {
        address miner = makeAddr("miner");
        fund(miner, address(subnet), 150 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.MinerRegistered(miner, 0, 150 ether, "https://miner.example/infer");
        vm.prank(miner);
        uint16 uid = subnet.registerMiner(150 ether, "https://miner.example/infer");
        assertEq(uid, 0);
        ISubnet.Member memory m = subnet.memberOf(miner);
        assertEq(m.bond, 150 ether);
        assertTrue(m.registered);
        assertFalse(m.isValidator);
        ISubnet.Slot memory s = subnet.slotOf(0);
        assertEq(s.account, miner);
        assertEq(s.registeredAt, block.timestamp);
        assertEq(subnet.endpointOf(miner), "https://miner.example/infer");
        assertEq(subnet.minerCount(), 1);
        assertEq(tora.balanceOf(address(subnet)), 150 ether);
    }

    function test_registerMiner_belowMinimum_reverts() public {
        fund(outsider, address(subnet), 99 ether);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.BondBelowMinimum.selector, 99 ether, 100 ether));
        subnet.registerMiner(99 ether, "https://x.example");
    }

    function test_registerMiner_twice_reverts() public {
        address miner = makeAddr("miner");
        registerMiner(subnet, miner, 100 ether);
        fund(miner, address(subnet), 100 ether);
        vm.prank(miner);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.AlreadyRegistered.selector, miner));
        subnet.registerMiner(100 ether, "https://x.example");
    }

    function test_registerMiner_asValidatorToo_reverts() public {
        address who = makeAddr("who");
        registerValidator(subnet, who, 1000 ether);
        fund(who, address(subnet), 100 ether);
        vm.prank(who);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.AlreadyRegistered.selector, who));
        subnet.registerMiner(100 ether, "https://x.example");
    }

    function test_registerMiner_badEndpoints_revert() public {
        fund(outsider, address(subnet), 100 ether);
        string[4] memory bad = ["", "ftp://x.example", "http://", "miner.example:8080"];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(outsider);
            vm.expectRevert(abi.encodeWithSelector(ISubnet.InvalidEndpoint.selector, bytes(bad[i]).length, 256));
            subnet.registerMiner(100 ether, bad[i]);
        }
        bytes memory long = new bytes(257);
        for (uint256 i; i < long.length; ++i) {
            long[i] = "a";
        }
        string memory tooLong = string.concat("https://", string(long));
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.InvalidEndpoint.selector, bytes(tooLong).length, 256));
        subnet.registerMiner(100 ether, tooLong);
    }

    function test_registerMiner_withoutAllowance_reverts() public {
        tora.mint(outsider, 100 ether);
        vm.prank(outsider);
        vm.expectRevert();
        subnet.registerMiner(100 ether, "https://x.example");
        assertEq(subnet.minerCount(), 0);
    }

    function test_updateEndpoint_byMiner_succeeds() public {
        address miner = makeAddr("miner");
        registerMiner(subnet, miner, 100 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.EndpointUpdated(miner, "http://10.0.0.2:8080/predict");
        vm.prank(miner);
        subnet.updateEndpoint("http://10.0.0.2:8080/predict");
        assertEq(subnet.endpointOf(miner), "http://10.0.0.2:8080/predict");
    }

    function test_updateEndpoint_byValidator_reverts() public {
        address v = makeAddr("v");
        registerValidator(subnet, v, 1000 ether);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.WrongRole.selector, v, true));
        subnet.updateEndpoint("https://x.example");
    }

    function test_updateEndpoint_byOutsider_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistered.selector, outsider));
        subnet.updateEndpoint("https://x.example");
    }
}

contract Subnet_RegisterValidator_Test is SubnetTestBase {
    function test_registerValidator_succeeds() public {
        address v = makeAddr("v");
        fund(v, address(subnet), 1000 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.ValidatorRegistered(v, 0, 1000 ether);
        vm.prank(v);
        subnet.registerValidator(1000 ether);
        assertTrue(subnet.memberOf(v).isValidator);
        assertTrue(subnet.slotOf(0).isValidator);
        assertEq(subnet.validatorCount(), 1);
        assertEq(subnet.endpointOf(v), "");
    }

    function test_registerValidator_belowMinimum_reverts() public {
        fund(outsider, address(subnet), 999 ether);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.BondBelowMinimum.selector, 999 ether, 1000 ether));
        subnet.registerValidator(999 ether);
    }
}

contract Subnet_Slots_Test is SubnetTestBase {
    /// @notice Full subnet: the non-immune miner with the lowest score (all 0 here) and earliest
    ///         registration is replaced; its bond enters unbonding.
    function test_registerMiner_whenFull_replacesOldestNonImmuneMiner_succeeds() public {
        Subnet s = smallSubnet("small", 3, 1, 1 hours);
        address m0 = addr("m", 0);
        address m1 = addr("m", 1);
        address v = makeAddr("v");
        registerMiner(s, m0, 100 ether);
        vm.warp(block.timestamp + 10);
        registerValidator(s, v, 1000 ether);
        vm.warp(block.timestamp + 10);
        registerMiner(s, m1, 100 ether);

        address newcomer = makeAddr("newcomer");
        fund(newcomer, address(s), 100 ether);
        vm.prank(newcomer);
        vm.expectRevert(ISubnet.NoReplaceableSlot.selector);
        s.registerMiner(100 ether, "https://n.example");

        vm.warp(block.timestamp + 1 hours);
        vm.expectEmit(address(s));
        emit ISubnet.ParticipantReplaced(m0, newcomer, 0);
        vm.prank(newcomer);
        assertEq(s.registerMiner(100 ether, "https://n.example"), 0);

        assertFalse(s.memberOf(m0).registered);
        assertEq(s.unbondingOf(m0).amount, 100 ether);
        assertEq(s.endpointOf(m0), "");
        assertEq(s.slotOf(0).account, newcomer);
        assertEq(s.minerCount(), 2);
        assertEq(s.validatorCount(), 1, "a miner never displaces a validator");
    }

    function test_registerValidator_atValidatorCap_replacesValidator_succeeds() public {
        Subnet s = smallSubnet("small", 4, 1, 0);
        address v0 = addr("v", 0);
        registerMiner(s, addr("m", 0), 100 ether);
        registerValidator(s, v0, 1000 ether);
        address v1 = addr("v", 1);
        vm.warp(block.timestamp + 1);
        fund(v1, address(s), 1000 ether);
        vm.prank(v1);
        uint16 uid = s.registerValidator(1000 ether);
        assertEq(uid, 1);
        assertEq(s.validatorCount(), 1);
        assertEq(s.minerCount(), 1);
        assertEq(s.unbondingOf(v0).amount, 1000 ether);
    }

    function test_registerValidator_fullSubnetBelowValidatorCap_replacesAnyone_succeeds() public {
        Subnet s = smallSubnet("small", 2, 1, 0);
        address m0 = addr("m", 0);
        registerMiner(s, m0, 100 ether);
        vm.warp(block.timestamp + 1);
        registerMiner(s, addr("m", 1), 100 ether);
        vm.warp(block.timestamp + 1);
        uint16 uid = registerValidator(s, makeAddr("v"), 1000 ether);
        assertEq(uid, 0, "oldest miner replaced");
        assertEq(s.minerCount(), 1);
        assertEq(s.validatorCount(), 1);
        assertEq(s.unbondingOf(m0).amount, 100 ether);
    }

    function test_registerMiner_tieOnTimeGoesToLowestUid_succeeds() public {
        Subnet s = smallSubnet("small", 3, 1, 0);
        registerMiner(s, addr("m", 0), 100 ether);
        registerMiner(s, addr("m", 1), 100 ether);
        registerMiner(s, addr("m", 2), 100 ether);
        vm.warp(block.timestamp + 1);
        assertEq(registerMiner(s, makeAddr("n"), 100 ether), 0);
    }

    function test_deregister_freesSlotForReuse_succeeds() public {
        address m0 = addr("m", 0);
        registerMiner(subnet, m0, 100 ether);
        registerMiner(subnet, addr("m", 1), 100 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.ParticipantDeregistered(m0, 0);
        vm.prank(m0);
        subnet.deregister();
        assertEq(subnet.slotOf(0).account, address(0));
        assertEq(registerMiner(subnet, addr("m", 2), 100 ether), 0, "freed uid reused");
        assertEq(subnet.slotHighWater(), 2);
    }

    function test_fill256Slots_thenReplace_succeeds() public {
        for (uint256 i; i < 64; ++i) {
            registerValidator(subnet, addr("v", i), 1000 ether);
        }
        for (uint256 i; i < 192; ++i) {
            registerMiner(subnet, addr("m", i), 100 ether);
        }
        assertEq(subnet.minerCount() + subnet.validatorCount(), 256);
        vm.warp(block.timestamp + 2 hours);
        uint16 uid = registerMiner(subnet, makeAddr("late"), 100 ether);
        assertEq(uid, 64, "first miner slot, all scores and times equal");
        assertEq(subnet.slotHighWater(), 256);
    }
}

contract Subnet_Bonds_Test is SubnetTestBase {
    address internal miner = makeAddr("miner");

    function setUp() public override {
        super.setUp();
        registerMiner(subnet, miner, 300 ether);
    }

    function test_unbond_partialKeepingMinimum_succeeds() public {
        vm.expectEmit(address(subnet));
        emit ISubnet.Unbonded(miner, 200 ether, uint64(block.timestamp + 7 days));
        vm.prank(miner);
        subnet.unbond(200 ether);
        assertEq(subnet.memberOf(miner).bond, 100 ether);
        ISubnet.Unbonding memory u = subnet.unbondingOf(miner);
        assertEq(u.amount, 200 ether);
        assertEq(u.releaseAt, block.timestamp + 7 days);
    }

    function test_unbond_belowMinimum_reverts() public {
        vm.prank(miner);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.BondBelowMinimum.selector, 99 ether, 100 ether));
        subnet.unbond(201 ether);
    }

    function test_unbond_zeroOrTooMuch_reverts() public {
        vm.startPrank(miner);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.InvalidAmount.selector, 0, 300 ether));
        subnet.unbond(0);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.InvalidAmount.selector, 301 ether, 300 ether));
        subnet.unbond(301 ether);
        vm.stopPrank();
    }

    function test_unbond_notRegistered_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistered.selector, outsider));
        subnet.unbond(1);
    }

    function test_withdraw_beforeDelay_reverts() public {
        vm.prank(miner);
        subnet.unbond(100 ether);
        vm.warp(block.timestamp + 7 days - 1);
        vm.prank(miner);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnet.NothingToWithdraw.selector, 100 ether, uint64(block.timestamp + 1))
        );
        subnet.withdraw();
    }

    function test_withdraw_afterDelay_succeeds() public {
        vm.prank(miner);
        subnet.unbond(100 ether);
        vm.warp(block.timestamp + 7 days);
        vm.expectEmit(address(subnet));
        emit ISubnet.Withdrawn(miner, 100 ether);
        vm.prank(miner);
        assertEq(subnet.withdraw(), 100 ether);
        assertEq(tora.balanceOf(miner), 100 ether);
        assertEq(subnet.unbondingOf(miner).amount, 0);
    }

    function test_withdraw_nothing_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NothingToWithdraw.selector, 0, 0));
        subnet.withdraw();
    }

    function test_unbond_secondRequestNeverShortensRelease_succeeds() public {
        vm.prank(miner);
        subnet.unbond(100 ether);
        uint64 first = subnet.unbondingOf(miner).releaseAt;
        vm.warp(block.timestamp + 1 days);
        vm.prank(miner);
        subnet.unbond(50 ether);
        ISubnet.Unbonding memory u = subnet.unbondingOf(miner);
        assertEq(u.amount, 100 ether, "the first request keeps its date");
        assertEq(u.releaseAt, first);
        assertEq(u.laterAmount, 50 ether, "the second waits its own full delay");
        assertGt(u.laterReleaseAt, first);
        assertEq(u.laterReleaseAt, block.timestamp + 7 days);
    }

    function test_deregister_fullExit_succeeds() public {
        vm.prank(miner);
        subnet.deregister();
        assertEq(subnet.minerCount(), 0);
        assertEq(subnet.unbondingOf(miner).amount, 300 ether);
        vm.warp(block.timestamp + 7 days);
        vm.prank(miner);
        subnet.withdraw();
        assertEq(tora.balanceOf(miner), 300 ether);
        assertEq(tora.balanceOf(address(subnet)), 0);
    }

    function test_increaseBond_succeeds() public {
        fund(miner, address(subnet), 50 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.BondIncreased(miner, 50 ether, 350 ether);
        vm.prank(miner);
        subnet.increaseBond(50 ether);
        assertEq(subnet.memberOf(miner).bond, 350 ether);
    }

    function test_increaseBond_notRegistered_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistered.selector, outsider));
        subnet.increaseBond(1);
    }

    function testFuzz_unbond_thenWithdraw_conservesTora(uint256 amount, uint256 wait) public {
        amount = bound(amount, 1, 200 ether);
        wait = bound(wait, 0, 30 days);
        vm.prank(miner);
        subnet.unbond(amount);
        vm.warp(block.timestamp + wait);
        vm.prank(miner);
        if (wait < 7 days) {
            vm.expectRevert();
            subnet.withdraw();
            assertEq(tora.balanceOf(address(subnet)), 300 ether);
        } else {
            subnet.withdraw();
            assertEq(tora.balanceOf(miner), amount);
            assertEq(tora.balanceOf(address(subnet)) + amount, 300 ether);
        }
        assertEq(subnet.memberOf(miner).bond + subnet.unbondingOf(miner).amount, tora.balanceOf(address(subnet)));
    }
}

contract Subnet_Delegation_Test is SubnetTestBase {
    address internal validator = makeAddr("validator");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public override {
        super.setUp();
        registerValidator(subnet, validator, 1000 ether);
    }

    function test_delegate_mintsShares_succeeds() public {
        fund(alice, address(subnet), 500 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.Delegated(alice, validator, 500 ether, 500 ether);
        vm.prank(alice);
        assertEq(subnet.delegate(validator, 500 ether), 500 ether);
        (uint256 shares, uint256 stake) = subnet.delegationOf(validator, alice);
        assertEq(shares, 500 ether);
        assertEq(stake, 500 ether);
        ISubnet.Pool memory p = subnet.poolOf(validator);
        assertEq(p.totalStake, 500 ether);
        assertEq(p.totalShares, 500 ether);
    }

    function test_delegate_toMiner_reverts() public {
        address miner = makeAddr("miner");
        registerMiner(subnet, miner, 100 ether);
        fund(alice, address(subnet), 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotAValidator.selector, miner));
        subnet.delegate(miner, 1 ether);
    }

    function test_delegate_zero_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.InvalidAmount.selector, 0, 0));
        subnet.delegate(validator, 0);
    }

    function test_undelegate_movesStakeToUnbonding_succeeds() public {
        fund(alice, address(subnet), 500 ether);
        vm.prank(alice);
        subnet.delegate(validator, 500 ether);
        vm.expectEmit(address(subnet));
        emit ISubnet.Undelegated(alice, validator, 200 ether, 200 ether);
        vm.prank(alice);
        assertEq(subnet.undelegate(validator, 200 ether), 200 ether);
        assertEq(subnet.unbondingOf(alice).amount, 200 ether);
        (uint256 shares,) = subnet.delegationOf(validator, alice);
        assertEq(shares, 300 ether);
        vm.warp(block.timestamp + 7 days);
        vm.prank(alice);
        subnet.withdraw();
        assertEq(tora.balanceOf(alice), 200 ether);
    }

    function test_undelegate_moreThanHeld_reverts() public {
        fund(alice, address(subnet), 5 ether);
        vm.prank(alice);
        subnet.delegate(validator, 5 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.InvalidAmount.selector, 6 ether, 5 ether));
        subnet.undelegate(validator, 6 ether);
    }

    function test_undelegate_afterValidatorReplaced_succeeds() public {
        fund(alice, address(subnet), 5 ether);
        vm.prank(alice);
        subnet.delegate(validator, 5 ether);
        vm.prank(validator);
        subnet.deregister();
        fund(bob, address(subnet), 1 ether);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotAValidator.selector, validator));
        subnet.delegate(validator, 1 ether);
        vm.prank(alice);
        assertEq(subnet.undelegate(validator, 5 ether), 5 ether);
    }

    function testFuzz_delegate_sharesTrackStake(uint96 a, uint96 b, uint96 redeem) public {
        uint256 amountA = bound(a, 1, 1_000_000 ether);
        uint256 amountB = bound(b, 1, 1_000_000 ether);
        fund(alice, address(subnet), amountA);
        fund(bob, address(subnet), amountB);
        vm.prank(alice);
        uint256 sharesA = subnet.delegate(validator, amountA);
        vm.prank(bob);
        uint256 sharesB = subnet.delegate(validator, amountB);
        ISubnet.Pool memory p = subnet.poolOf(validator);
        assertEq(p.totalShares, sharesA + sharesB);
        assertEq(p.totalStake, amountA + amountB);
        uint256 r = bound(redeem, 1, sharesA);
        vm.prank(alice);
        uint256 out = subnet.undelegate(validator, r);
        assertLe(out, amountA, "never more than put in");
        (, uint256 stakeB) = subnet.delegationOf(validator, bob);
        assertLe(stakeB, amountB);
        p = subnet.poolOf(validator);
        assertEq(p.totalStake + out, amountA + amountB);
    }
}

contract Subnet_Hyperparameters_Test is SubnetTestBase {
    /// @notice A change never touches the epoch under way; a stricter one waits the unbonding
    ///         delay, a lenient one the next epoch.
    function test_setHyperparameters_byOwner_scheduledNotRetroactive_succeeds() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.epochLength = 7 days; // stays inside one epoch for the whole test
        (, Subnet subnet) = createSubnet("long-epochs", hp);
        hp.minMinerBond = 200 ether; // stricter
        vm.expectEmit(address(subnet));
        emit ISubnet.HyperparametersScheduled(hp, uint64(block.timestamp + hp.unbondingDelay));
        vm.prank(creator);
        subnet.setHyperparameters(hp);
        assertEq(subnet.hyperparameters().minMinerBond, 100 ether, "the epoch under way keeps its rules");
        (bool scheduled, uint64 from, Hyperparameters memory next) = subnet.pendingHyperparameters();
        assertTrue(scheduled);
        assertEq(from, block.timestamp + 7 days);
        assertEq(next.minMinerBond, 200 ether);

        vm.warp(block.timestamp + 1 days); // past the cooldown
        hp.minMinerBond = 50 ether; // lenient: replaces the scheduled change, from the next epoch
        vm.expectEmit(address(subnet));
        emit ISubnet.HyperparametersScheduled(hp, uint64(block.timestamp));
        vm.prank(creator);
        subnet.setHyperparameters(hp);
        (, from,) = subnet.pendingHyperparameters();
        assertEq(from, block.timestamp);
    }

    function test_setHyperparameters_outOfBounds_reverts() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxSlots = 2000;
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnetRegistry.HyperparameterOutOfBounds.selector, "maxSlots", 2000, 2, 1024)
        );
        subnet.setHyperparameters(hp);
    }

    function test_setHyperparameters_withinCooldown_reverts() public {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.epochLength = 7 days; // stays inside one epoch for the whole test
        (, Subnet s) = createSubnet("long-epochs", hp);
        vm.prank(creator);
        s.setHyperparameters(hp);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(creator);
        vm.expectRevert(
            abi.encodeWithSelector(ISubnet.HyperparameterCooldown.selector, uint64(block.timestamp + 23 hours))
        );
        s.setHyperparameters(hp);
        vm.warp(block.timestamp + 23 hours);
        vm.prank(creator);
        s.setHyperparameters(hp);
    }

    function test_setHyperparameters_inFreezeWindow_reverts() public {
        uint64 end = subnet.epochInfo().end;
        vm.warp(end - FREEZE);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.HyperparameterFreeze.selector, end));
        subnet.setHyperparameters(defaultHyperparameters());
        vm.warp(end - FREEZE - 1);
        vm.prank(creator);
        subnet.setHyperparameters(defaultHyperparameters());
    }

    function test_setHyperparameters_overdueEpoch_reverts() public {
        uint64 end = subnet.epochInfo().end;
        vm.warp(end + 1 days);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.HyperparameterFreeze.selector, end));
        subnet.setHyperparameters(defaultHyperparameters());
    }

    function test_setHyperparameters_newEpochLengthAppliesNextEpoch_succeeds() public {
        uint64 end = subnet.epochInfo().end;
        Hyperparameters memory hp = defaultHyperparameters();
        hp.epochLength = 2 hours;
        vm.prank(creator);
        subnet.setHyperparameters(hp);
        assertEq(subnet.epochInfo().end, end, "current epoch keeps its end");
        assertEq(subnet.hyperparameters().epochLength, 1 hours);
        vm.warp(end);
        bytes memory consensus = new bytes(8 * subnet.slotHighWater());
        vm.prank(creator);
        assertTrue(subnet.closeEpoch(consensus, ""));
        assertEq(subnet.hyperparameters().epochLength, 2 hours, "in force from the next epoch");
        assertEq(subnet.epochInfo().end, end + 2 hours);
        (bool scheduled,,) = subnet.pendingHyperparameters();
        assertFalse(scheduled);
    }

    function test_setHyperparameters_afterDeactivation_reverts() public {
        vm.prank(governance);
        registry.deactivateSubnet(subnetId);
        vm.prank(creator);
        vm.expectRevert(ISubnet.SubnetDeactivated.selector);
        subnet.setHyperparameters(defaultHyperparameters());
    }
}

contract Subnet_Access_Test is SubnetTestBase {
    /// @notice Every privileged function of a subnet rejects an outsider.
    function test_privilegedFunctions_byOutsider_revert() public {
        Hyperparameters memory hp = defaultHyperparameters();
        vm.startPrank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotOwner.selector, outsider));
        subnet.setHyperparameters(hp);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotOwner.selector, outsider));
        subnet.setCoordinator(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotOwner.selector, outsider));
        subnet.transferOwnership(outsider);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotPendingOwner.selector, outsider));
        subnet.acceptOwnership();
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistry.selector, outsider));
        subnet.initialize(9, outsider, hp);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistry.selector, outsider));
        subnet.deactivate();
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistry.selector, outsider));
        subnet.setPaused(true);
        vm.stopPrank();
    }

    function test_initialize_twiceEvenByRegistry_reverts() public {
        vm.prank(address(registry));
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistry.selector, address(registry)));
        subnet.initialize(9, outsider, defaultHyperparameters());
    }

    function test_implementation_cannotBeInitialized_reverts() public {
        vm.prank(address(registry));
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NotRegistry.selector, address(registry)));
        implementation.initialize(9, outsider, defaultHyperparameters());
    }

    function test_setCoordinator_byOwner_succeeds() public {
        address c = makeAddr("coordinator");
        vm.expectEmit(address(subnet));
        emit ISubnet.CoordinatorSet(c);
        vm.prank(creator);
        subnet.setCoordinator(c);
        assertEq(subnet.coordinator(), c);
    }

    function test_transferOwnership_twoStep_succeeds() public {
        address next = makeAddr("next");
        vm.prank(creator);
        subnet.transferOwnership(next);
        assertEq(subnet.pendingOwner(), next);
        vm.expectEmit(address(subnet));
        emit ISubnet.OwnershipTransferred(creator, next);
        vm.prank(next);
        subnet.acceptOwnership();
        assertEq(subnet.owner(), next);
        assertEq(registry.subnets(subnetId).owner, next);
    }

    function test_deactivated_blocksJoiningAndStaking_reverts() public {
        address v = makeAddr("v");
        registerValidator(subnet, v, 1000 ether);
        vm.prank(governance);
        registry.deactivateSubnet(subnetId);
        fund(outsider, address(subnet), 1000 ether);
        vm.startPrank(outsider);
        vm.expectRevert(ISubnet.SubnetDeactivated.selector);
        subnet.registerMiner(100 ether, "https://x.example");
        vm.expectRevert(ISubnet.SubnetDeactivated.selector);
        subnet.registerValidator(1000 ether);
        vm.expectRevert(ISubnet.SubnetDeactivated.selector);
        subnet.delegate(v, 1 ether);
        vm.stopPrank();
        vm.prank(v);
        vm.expectRevert(ISubnet.SubnetDeactivated.selector);
        subnet.increaseBond(1 ether);
    }
}

contract Subnet_Gas_Test is SubnetTestBase {
    function test_gas_memberActions() public {
        address miner = makeAddr("miner");
        address validator = makeAddr("validator");
        address delegator = makeAddr("delegator");
        // Warm the instance's TORA balance so the numbers reflect a subnet in use.
        registerMiner(subnet, makeAddr("first"), 100 ether);

        fund(miner, address(subnet), 100 ether);
        coolDown(address(subnet));
        vm.prank(miner);
        subnet.registerMiner(100 ether, "https://miner.example/infer");
        vm.snapshotGasLastCall("Subnet", "registerMiner");

        fund(validator, address(subnet), 1000 ether);
        coolDown(address(subnet));
        vm.prank(validator);
        subnet.registerValidator(1000 ether);
        vm.snapshotGasLastCall("Subnet", "registerValidator");

        fund(delegator, address(subnet), 500 ether);
        coolDown(address(subnet));
        vm.prank(delegator);
        subnet.delegate(validator, 250 ether);
        vm.snapshotGasLastCall("Subnet", "delegate_first");
        coolDown(address(subnet));
        vm.prank(delegator);
        subnet.delegate(validator, 250 ether);
        vm.snapshotGasLastCall("Subnet", "delegate");

        coolDown(address(subnet));

        vm.prank(delegator);
        subnet.undelegate(validator, 100 ether);
        vm.snapshotGasLastCall("Subnet", "undelegate");

        coolDown(address(subnet));

        vm.prank(miner);
        subnet.deregister();
        vm.snapshotGasLastCall("Subnet", "deregister");

        vm.warp(block.timestamp + 7 days);
        coolDown(address(subnet));
        vm.prank(delegator);
        subnet.withdraw();
        vm.snapshotGasLastCall("Subnet", "withdraw");
    }

    function test_gas_registerMiner_replacingIn256SlotSubnet() public {
        for (uint256 i; i < 64; ++i) {
            registerValidator(subnet, addr("v", i), 1000 ether);
        }
        for (uint256 i; i < 192; ++i) {
            registerMiner(subnet, addr("m", i), 100 ether);
        }
        vm.warp(block.timestamp + 2 hours);
        address late = makeAddr("late");
        fund(late, address(subnet), 100 ether);
        coolDown(address(subnet));
        vm.prank(late);
        subnet.registerMiner(100 ether, "https://late.example");
        vm.snapshotGasLastCall("Subnet", "registerMiner_replacing_256slots");
    }
}
