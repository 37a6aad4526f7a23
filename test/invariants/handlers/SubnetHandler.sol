// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {Subnet} from "../../../contracts/Subnet.sol";
import {SubnetRegistry} from "../../../contracts/SubnetRegistry.sol";
import {TORA} from "../../../contracts/TORA.sol";
import {Hyperparameters} from "../../../contracts/types/Hyperparameters.sol";

/// @notice Drives one small subnet (so that it fills up and replaces members) and the registry's
///         creation path through random joins, exits, delegations and time.
contract SubnetHandler is Test {
    TORA public immutable tora;
    SubnetRegistry public immutable registry;
    Subnet public immutable subnet;
    address[] internal actors;
    Hyperparameters internal hp;

    /// @dev Ghosts: subnets created through the handler, and creation fees paid.
    uint256 public ghostCreated;
    uint256 public ghostFeesPaid;

    constructor(TORA tora_, SubnetRegistry registry_, Subnet subnet_, address[] memory actors_) {
        tora = tora_;
        registry = registry_;
        subnet = subnet_;
        actors = actors_;
        hp = subnet_.hyperparameters();
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 i) external view returns (address) {
        return actors[i];
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _fund(address who, uint256 amount) internal {
        tora.mint(who, amount);
        vm.prank(who);
        tora.approve(address(subnet), amount);
    }

    function registerMiner(uint256 seed, uint256 bond) external {
        address who = _actor(seed);
        bond = bound(bond, hp.minMinerBond, 10 * uint256(hp.minMinerBond));
        _fund(who, bond);
        vm.prank(who);
        try subnet.registerMiner(bond, "https://miner.example/infer") {} catch {}
    }

    function registerValidator(uint256 seed, uint256 bond) external {
        address who = _actor(seed);
        bond = bound(bond, hp.minValidatorBond, 10 * uint256(hp.minValidatorBond));
        _fund(who, bond);
        vm.prank(who);
        try subnet.registerValidator(bond) {} catch {}
    }

    function increaseBond(uint256 seed, uint256 amount) external {
        address who = _actor(seed);
        if (!subnet.memberOf(who).registered) return;
        amount = bound(amount, 1, 1000 ether);
        _fund(who, amount);
        vm.prank(who);
        subnet.increaseBond(amount);
    }

    function unbond(uint256 seed, uint256 amount) external {
        address who = _actor(seed);
        Subnet.Member memory m = subnet.memberOf(who);
        if (!m.registered) return;
        uint256 minimum = m.isValidator ? hp.minValidatorBond : hp.minMinerBond;
        if (m.bond <= minimum) return;
        amount = bound(amount, 1, m.bond - minimum);
        vm.prank(who);
        subnet.unbond(amount);
    }

    function deregister(uint256 seed) external {
        address who = _actor(seed);
        if (!subnet.memberOf(who).registered) return;
        vm.prank(who);
        subnet.deregister();
    }

    function withdraw(uint256 seed) external {
        address who = _actor(seed);
        Subnet.Unbonding memory u = subnet.unbondingOf(who);
        if (u.amount == 0 || block.timestamp < u.releaseAt) return;
        uint256 before = tora.balanceOf(who);
        uint256 due = u.amount + (u.laterAmount != 0 && block.timestamp >= u.laterReleaseAt ? u.laterAmount : 0);
        vm.prank(who);
        subnet.withdraw();
        assertEq(tora.balanceOf(who), before + due, "withdraw paid a different amount");
    }

    function delegate(uint256 seed, uint256 validatorSeed, uint256 amount) external {
        address who = _actor(seed);
        address validator = _actor(validatorSeed);
        amount = bound(amount, 1, 5000 ether);
        _fund(who, amount);
        vm.prank(who);
        try subnet.delegate(validator, amount) {} catch {}
    }

    function undelegate(uint256 seed, uint256 validatorSeed, uint256 shares) external {
        address who = _actor(seed);
        address validator = _actor(validatorSeed);
        (uint256 held,) = subnet.delegationOf(validator, who);
        if (held == 0) return;
        shares = bound(shares, 1, held);
        vm.prank(who);
        subnet.undelegate(validator, shares);
    }

    function createSubnet(uint256 seed) external {
        address who = _actor(seed);
        uint256 fee = registry.creationFee();
        tora.mint(who, fee);
        vm.startPrank(who);
        tora.approve(address(registry), fee);
        try registry.createSubnet(string.concat("subnet-", vm.toString(ghostCreated)), "nlp", hp) {
            ghostCreated += 1;
            ghostFeesPaid += fee;
        } catch {}
        vm.stopPrank();
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 2 days));
    }
}
