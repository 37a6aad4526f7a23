// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../../contracts/Subnet.sol";
import {ISubnet} from "../../contracts/interfaces/ISubnet.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";
import {SubnetFixture} from "../utils/SubnetFixture.sol";
import {SubnetHandler} from "./handlers/SubnetHandler.sol";

contract Subnet_Invariants is SubnetFixture {
    uint256 internal constant ACTORS = 8;

    Subnet internal subnet;
    SubnetHandler internal handler;
    uint256 internal treasuryStart;

    function setUp() public override {
        super.setUp();
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxSlots = 5;
        hp.maxValidators = 2;
        hp.immunityPeriod = 1 hours;
        hp.unbondingDelay = 1 days;
        (, subnet) = createSubnet("small", hp);
        treasuryStart = tora.balanceOf(treasury);

        address[] memory actors = new address[](ACTORS);
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = addr("actor", i);
        }
        handler = new SubnetHandler(tora, registry, subnet, actors);
        tora.grantRole(tora.MINTER_ROLE(), address(handler));
        targetContract(address(handler));
    }

    /// @notice Bonds + unbonding + delegations == TORA held by the instance.
    function invariant_instanceIsSolvent() public view {
        uint256 n = handler.actorCount();
        uint256 owed;
        for (uint256 i; i < n; ++i) {
            address a = handler.actorAt(i);
            owed += subnet.memberOf(a).bond + subnet.unbondingOf(a).amount + subnet.unbondingOf(a).laterAmount
            + subnet.poolOf(a).totalStake;
        }
        assertEq(owed, tora.balanceOf(address(subnet)));
    }

    /// @notice Every occupied slot points at a member that points back; no address holds two slots.
    function invariant_slotsAndMembersAgree() public view {
        uint256 high = subnet.slotHighWater();
        uint256 occupied;
        for (uint256 uid; uid < high; ++uid) {
            ISubnet.Slot memory s = subnet.slotOf(uint16(uid));
            if (s.account == address(0)) continue;
            ++occupied;
            ISubnet.Member memory m = subnet.memberOf(s.account);
            assertTrue(m.registered, "slot holder not registered");
            assertEq(m.uid, uid, "slot holder points elsewhere");
            assertEq(m.isValidator, s.isValidator, "role mismatch");
        }
        assertEq(occupied, subnet.minerCount() + subnet.validatorCount(), "counts != occupied slots");
        uint256 n = handler.actorCount();
        for (uint256 i; i < n; ++i) {
            address a = handler.actorAt(i);
            ISubnet.Member memory m = subnet.memberOf(a);
            if (m.registered) assertEq(subnet.slotOf(m.uid).account, a, "member without its slot");
        }
    }

    /// @notice Slots never exceed the caps.
    function invariant_slotsWithinCaps() public view {
        Hyperparameters memory hp = subnet.hyperparameters();
        assertLe(subnet.minerCount() + subnet.validatorCount(), hp.maxSlots);
        assertLe(subnet.validatorCount(), hp.maxValidators);
        assertLe(subnet.slotHighWater(), hp.maxSlots);
    }

    /// @notice A pool's shares are exactly the delegators' shares, and registered members meet
    ///         their role's minimum bond.
    function invariant_poolSharesAddUp() public view {
        uint256 n = handler.actorCount();
        for (uint256 v; v < n; ++v) {
            address validator = handler.actorAt(v);
            uint256 sum;
            for (uint256 d; d < n; ++d) {
                (uint256 shares,) = subnet.delegationOf(validator, handler.actorAt(d));
                sum += shares;
            }
            assertEq(sum, subnet.poolOf(validator).totalShares);
        }
    }

    /// @notice Every creation fee reached the treasury.
    function invariant_feesReachTreasury() public view {
        assertEq(tora.balanceOf(treasury) - treasuryStart, handler.ghostFeesPaid());
        assertEq(registry.subnetCount(), 1 + handler.ghostCreated());
    }
}
