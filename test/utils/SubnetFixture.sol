// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {EmissionManager} from "../../contracts/EmissionManager.sol";
import {Subnet} from "../../contracts/Subnet.sol";
import {SubnetRegistry} from "../../contracts/SubnetRegistry.sol";
import {TORA} from "../../contracts/TORA.sol";
import {ValidatorTrust} from "../../contracts/ValidatorTrust.sol";
import {SubnetCloser} from "../../contracts/subnet/SubnetCloser.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";
import {TestDefaults} from "./TestDefaults.sol";

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
        trust = new ValidatorTrust(governance, predicted, 0.1e18, 1000, 1 hours);
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
        return TestDefaults.hyperparameters();
    }

    function defaultBounds() internal pure returns (Hyperparameters memory lo, Hyperparameters memory hi) {
        return TestDefaults.bounds();
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

    /// @dev Governance sets subnet `id`'s emission weight (bps), in force from its next pull.
    function setWeight(uint256 id, uint16 w) internal {
        uint256[] memory ids = new uint256[](1);
        uint16[] memory ws = new uint16[](1);
        ids[0] = id;
        ws[0] = w;
        vm.prank(governance);
        em.setWeights(ids, ws);
    }

    function addr(string memory label, uint256 i) internal returns (address) {
        return makeAddr(string.concat(label, vm.toString(i)));
    }
}
