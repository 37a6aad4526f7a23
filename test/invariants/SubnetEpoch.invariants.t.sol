// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../../contracts/Subnet.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";
import {SubnetFixture} from "../utils/SubnetFixture.sol";
import {EpochHandler} from "./handlers/EpochHandler.sol";

contract SubnetEpoch_Invariants is SubnetFixture {
    Subnet internal subnet;
    EpochHandler internal handler;
    uint256 internal principalAtStart;

    function setUp() public override {
        super.setUp();
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        hp.strikeLimit = 1; // slash often
        hp.trustFloorBps = 5000;
        hp.maxSlots = 8;
        hp.maxValidators = 3;
        uint256 id;
        (id, subnet) = createSubnet("Invariant", hp);
        address[] memory vals = new address[](3);
        address[] memory mins = new address[](5);
        address[] memory dels = new address[](2);
        for (uint256 i; i < 3; ++i) {
            vals[i] = addr("validator", i);
            registerValidator(subnet, vals[i], 1000 ether + i * 300 ether);
        }
        for (uint256 i; i < 5; ++i) {
            mins[i] = addr("miner", i);
            registerMiner(subnet, mins[i], 100 ether);
        }
        for (uint256 i; i < 2; ++i) {
            dels[i] = addr("delegator", i);
        }
        uint256[] memory ids = new uint256[](1);
        uint16[] memory ws = new uint16[](1);
        (ids[0], ws[0]) = (id, 10_000);
        vm.prank(governance);
        em.setWeights(ids, ws);
        handler = new EpochHandler(tora, subnet, trust, em, vals, mins, dels);
        tora.grantRole(tora.MINTER_ROLE(), address(handler));
        targetContract(address(handler));
    }

    function _principal() internal view returns (uint256 p) {
        address[] memory all = handler.allAccounts();
        for (uint256 i; i < all.length; ++i) {
            p += subnet.memberOf(all[i]).bond + subnet.unbondingOf(all[i]).amount
            + subnet.unbondingOf(all[i]).laterAmount + subnet.poolOf(all[i]).totalStake;
        }
    }

    /// @notice TORA held = bonds + unbonding + delegations + rewards owed + carried dust.
    function invariant_subnetIsSolvent() public view {
        (uint256 owed, uint256 carried) = subnet.rewardBalances();
        assertEq(tora.balanceOf(address(subnet)), _principal() + owed + carried);
    }

    /// @notice Everything pulled is owed, carried or claimed: nothing lost, nothing created.
    function invariant_emissionConserved() public view {
        (uint256 owed, uint256 carried) = subnet.rewardBalances();
        assertEq(owed + carried + handler.ghostClaimed(), em.totalMinted());
        assertLe(em.totalMinted(), em.scheduledEmission(block.timestamp));
        assertLe(tora.totalSupply(), tora.cap());
    }

    /// @notice Rewards are independent of stake added after the epoch's scores could be public:
    ///         such stake never weighs in that epoch and earns nothing for it.
    function invariant_lateStakeNeitherWeighsNorEarns() public view {
        assertFalse(handler.ghostLateStakeWeighed(), "late stake weighed in its epoch");
        assertEq(subnet.claimable(handler.late()), 0, "late stake earned");
    }

    /// @notice No slash without a fault of the slashed.
    function invariant_noSlashWithoutFault() public view {
        assertFalse(handler.ghostUnfairSlash());
    }

    /// @notice What accounts can claim never exceeds what is owed (rounding leaves dust behind,
    ///         never a shortfall).
    function invariant_claimsCovered() public view {
        (uint256 owed,) = subnet.rewardBalances();
        address[] memory all = handler.allAccounts();
        address[] memory vals = handler.validatorList();
        uint256 claimable;
        for (uint256 i; i < all.length; ++i) {
            claimable += subnet.claimable(all[i]);
            for (uint256 v; v < vals.length; ++v) {
                claimable += subnet.pendingDelegationRewards(vals[v], all[i]);
            }
        }
        assertLe(claimable, owed);
    }
}
