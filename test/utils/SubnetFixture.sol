// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {EmissionManager} from "../../contracts/EmissionManager.sol";
import {Subnet} from "../../contracts/Subnet.sol";
import {SubnetRegistry} from "../../contracts/SubnetRegistry.sol";
import {TORA} from "../../contracts/TORA.sol";
import {ValidatorTrust} from "../../contracts/ValidatorTrust.sol";
import {ISubnetRegistry} from "../../contracts/interfaces/ISubnetRegistry.sol";
import {SubnetCloser} from "../../contracts/subnet/SubnetCloser.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";

/// @dev Deploys the suite with `governance` owning every admin role: TORA, a SubnetRegistry, the
///      ValidatorTrust, an EmissionManager (minter) and one Subnet implementation, with the defaults
///      the seeds give (1000 TORA creation fee, 256 slots, 64 validators).
abstract contract SubnetFixture is Test {
    uint256 internal constant CREATION_FEE = 1000 ether;
    uint32 internal constant COOLDOWN = 1 days;
    uint32 internal constant FREEZE = 10 minutes;
    /// @dev Emission schedule: TORA wei per second, halving period, catch-up limit.
    uint256 internal constant RATE = 10 ether;
    uint64 internal constant HALVING = 365 days;
    uint64 internal constant MAX_ACCRUAL = 1 days;

    TORA internal tora;
    SubnetRegistry internal registry;
    Subnet internal implementation;
    ValidatorTrust internal trust;
    EmissionManager internal em;

    address internal governance = makeAddr("governance");
    address internal guardian = makeAddr("guardian");
    address internal treasury = makeAddr("treasury");
    address internal creator = makeAddr("creator");
    address internal outsider = makeAddr("outsider");

    function setUp() public virtual {
        vm.warp(1_800_000_000);
        tora = new TORA(address(this), address(this), 0, 1_000_000_000 ether, address(this));
        // The registry's address is predicted so that its first implementation (which must know
        // it) is passed to its constructor, as the deploy does: trust, emissions, closer, subnet,
        // then the registry.
        SubnetRegistry predicted =
            SubnetRegistry(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 4));
        trust = new ValidatorTrust(governance, predicted, 0.1e18, 1000);
        em = new EmissionManager(governance, tora, predicted, 0, RATE, HALVING, MAX_ACCRUAL, guardian);
        SubnetCloser closer = new SubnetCloser(predicted, tora, trust, em);
        implementation = new Subnet(predicted, tora, trust, em, closer);
        (Hyperparameters memory lo, Hyperparameters memory hi) = defaultBounds();
        registry = new SubnetRegistry(
            governance,
            tora,
            SubnetRegistry.Config({
                treasury: treasury,
                creationFee: CREATION_FEE,
                maxSubnets: 128,
                hyperparameterCooldown: COOLDOWN,
                hyperparameterFreezeWindow: FREEZE,
                minBounds: lo,
                maxBounds: hi,
                guardian: guardian,
                emissionWeights: em,
                initialImplementation: address(implementation)
            })
        );
        assertEq(address(registry), address(predicted), "registry address prediction");
        tora.grantRole(tora.MINTER_ROLE(), address(em));
    }

    /// @dev A further Subnet implementation wired to this fixture's registry, token, trust and emissions.
    function newImplementation() internal returns (Subnet) {
        return new Subnet(registry, tora, trust, em, new SubnetCloser(registry, tora, trust, em));
    }

    function defaultHyperparameters() internal pure returns (Hyperparameters memory) {
        return Hyperparameters({
            minMinerBond: 100 ether,
            minValidatorBond: 1000 ether,
            taskTimeout: 12,
            epochLength: 1 hours,
            immunityPeriod: 2 hours,
            unbondingDelay: 7 days,
            revealWindow: 10 minutes,
            slashingRateBps: 500,
            maxSlots: 256,
            maxValidators: 64,
            commitReveal: true,
            kappaBps: 5000,
            strikeLimit: 3,
            trustFloorBps: 1000,
            closeGracePeriod: 10 minutes
        });
    }

    function defaultBounds() internal pure returns (Hyperparameters memory lo, Hyperparameters memory hi) {
        lo = Hyperparameters({
            minMinerBond: 1 ether,
            minValidatorBond: 10 ether,
            taskTimeout: 1,
            epochLength: 30 minutes,
            immunityPeriod: 0,
            unbondingDelay: 1 hours,
            revealWindow: 1 minutes,
            slashingRateBps: 0,
            maxSlots: 2,
            maxValidators: 1,
            commitReveal: false,
            kappaBps: 5000,
            strikeLimit: 1,
            trustFloorBps: 0,
            closeGracePeriod: 0
        });
        hi = Hyperparameters({
            minMinerBond: 1_000_000 ether,
            minValidatorBond: 10_000_000 ether,
            taskTimeout: 10 minutes,
            epochLength: 7 days,
            immunityPeriod: 30 days,
            unbondingDelay: 60 days,
            revealWindow: 1 days,
            slashingRateBps: 5000,
            maxSlots: 1024,
            maxValidators: 128,
            commitReveal: true,
            kappaBps: 10_000,
            strikeLimit: 100,
            trustFloorBps: 10_000,
            closeGracePeriod: 1 days
        });
    }

    /// @dev Mints `amount` TORA to `who` and approves `spender` for it.
    function fund(address who, address spender, uint256 amount) internal {
        tora.mint(who, amount);
        vm.prank(who);
        tora.approve(spender, type(uint256).max);
    }

    /// @dev Creates a subnet owned by `creator` with the default hyperparameters.
    function createSubnet(string memory name) internal returns (uint256 id, Subnet instance) {
        return createSubnet(name, defaultHyperparameters());
    }

    function createSubnet(string memory name, Hyperparameters memory hp)
        internal
        returns (uint256 id, Subnet instance)
    {
        fund(creator, address(registry), CREATION_FEE);
        vm.prank(creator);
        address a;
        (id, a) = registry.createSubnet(name, "time-series", hp);
        instance = Subnet(a);
    }

    function registerMiner(Subnet s, address who, uint256 bond) internal returns (uint16 uid) {
        fund(who, address(s), bond);
        vm.prank(who);
        uid = s.registerMiner(bond, "https://miner.example/infer");
    }

    function registerValidator(Subnet s, address who, uint256 bond) internal returns (uint16 uid) {
        fund(who, address(s), bond);
        vm.prank(who);
        uid = s.registerValidator(bond);
    }

    /// @dev Makes the next call pay cold storage and account access again, as a fresh
    ///      transaction would (a test function is one transaction, so state is warm otherwise).
    function coolDown() internal {
        vm.cool(address(tora));
        vm.cool(address(registry));
        vm.cool(address(implementation));
    }

    function coolDown(address instance) internal {
        coolDown();
        vm.cool(instance);
    }

    function addr(string memory label, uint256 i) internal returns (address) {
        return makeAddr(string.concat(label, vm.toString(i)));
    }
}
