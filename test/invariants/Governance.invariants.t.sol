// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {EmissionManager} from "../../contracts/EmissionManager.sol";
import {SubnetRegistry} from "../../contracts/SubnetRegistry.sol";
import {IEmissionWeights} from "../../contracts/interfaces/IEmissionWeights.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {IntruderHandler} from "./handlers/IntruderHandler.sol";

/// @notice After deployment, no role exists outside the timelock (and the guardian's narrow
///         pause/cancel seat), whatever anyone else calls.
contract Governance_Invariants is GovernanceFixture {
    IntruderHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory callers = new address[](4);
        (callers[0], callers[1], callers[2], callers[3]) = (address(this), outsider, alice, address(guardian));
        address[] memory targets = new address[](12);
        bytes[] memory calls = new bytes[](12);
        uint256[] memory ids = new uint256[](0);
        uint16[] memory ws = new uint16[](0);
        (targets[0], calls[0]) = (address(tora), abi.encodeCall(tora.grantRole, (tora.MINTER_ROLE(), outsider)));
        (targets[1], calls[1]) = (address(tora), abi.encodeCall(tora.mint, (outsider, 1 ether)));
        (targets[2], calls[2]) = (address(registry), abi.encodeWithSignature("transferOwnership(address)", outsider));
        (targets[3], calls[3]) = (address(registry), abi.encodeCall(SubnetRegistry.setTreasury, (outsider)));
        (targets[4], calls[4]) =
        (address(registry), abi.encodeCall(SubnetRegistry.setEmissionWeights, (IEmissionWeights(outsider))));
        (targets[5], calls[5]) = (address(em), abi.encodeCall(EmissionManager.setWeights, (ids, ws)));
        (targets[6], calls[6]) = (address(em), abi.encodeWithSignature("transferOwnership(address)", outsider));
        (targets[7], calls[7]) = (address(trust), abi.encodeCall(trust.setParameters, (1e18, 0, 1 hours)));
        (targets[8], calls[8]) =
        (address(timelock), abi.encodeCall(timelock.grantRole, (timelock.PROPOSER_ROLE(), outsider)));
        (targets[9], calls[9]) = (address(timelock), abi.encodeCall(TimelockController.updateDelay, (0)));
        (targets[10], calls[10]) = (address(governor), abi.encodeCall(governor.setProposalGuardian, (outsider)));
        (targets[11], calls[11]) = (address(governor), abi.encodeCall(governor.updateQuorumNumerator, (0)));
        handler = new IntruderHandler(callers, targets, calls);
        targetContract(address(handler));
    }

    function invariant_noPrivilegedCallSucceeds() public view {
        assertEq(handler.successes(), 0);
    }

    function invariant_onlyTimelockHoldsAdminRoles() public view {
        assertEq(registry.owner(), address(timelock));
        assertEq(em.owner(), address(timelock));
        assertEq(trust.owner(), address(timelock));
        assertEq(registry.guardian(), address(guardian));
        assertEq(governor.proposalGuardian(), address(guardian));
        address[4] memory others = [address(this), outsider, alice, address(guardian)];
        for (uint256 i; i < 4; ++i) {
            assertFalse(tora.hasRole(tora.DEFAULT_ADMIN_ROLE(), others[i]));
            assertFalse(tora.hasRole(tora.MINTER_ROLE(), others[i]));
            assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), others[i]));
            assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), others[i]));
        }
        assertEq(tora.totalSupply(), GENESIS, "no TORA minted outside emissions");
    }
}
