// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {EmissionManager} from "../../contracts/EmissionManager.sol";
import {TensoraGovernor} from "../../contracts/governance/TensoraGovernor.sol";
import {TensoraTimelock} from "../../contracts/governance/TensoraTimelock.sol";
import {IEmissionManager} from "../../contracts/interfaces/IEmissionManager.sol";
import {ISubnetRegistry} from "../../contracts/interfaces/ISubnetRegistry.sol";
import {GovernanceFixture} from "../utils/GovernanceFixture.sol";
import {TestDefaults} from "../utils/TestDefaults.sol";

contract Governance_Lifecycle_Test is GovernanceFixture {
    function _weightsProposal() internal view returns (Proposal memory) {
        uint256[] memory ids = new uint256[](1);
        uint16[] memory ws = new uint16[](1);
        (ids[0], ws[0]) = (1, 2500);
        return single(address(em), abi.encodeCall(EmissionManager.setWeights, (ids, ws)), "Give Predictia 25%");
    }

    function _createSubnet() internal returns (uint256 id) {
        vm.startPrank(alice);
        tora.approve(address(registry), 1000 ether);
        (id,) = registry.createSubnet("Predictia", "time-series", TestDefaults.hyperparameters());
        vm.stopPrank();
    }

    /// @notice Full lifecycle of a weight-setting proposal, with the gas of each step.
    function test_setEmissionWeights_proposeVoteQueueExecute_succeeds() public {
        _createSubnet();
        assertEq(tora.balanceOf(address(timelock)), 1000 ether, "creation fee reached the timelock treasury");
        Proposal memory p = _weightsProposal();
        bytes32 descHash = keccak256(bytes(p.description));

        vm.cool(address(governor));
        vm.cool(address(tora));
        vm.prank(alice);
        uint256 id = governor.propose(p.targets, p.values, p.calldatas, p.description);
        vm.snapshotGasLastCall("Governance", "propose");
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Pending));

        vm.warp(block.timestamp + governor.votingDelay() + 1);
        vm.cool(address(governor));
        vm.cool(address(tora));
        vm.prank(alice);
        governor.castVote(id, 1);
        vm.snapshotGasLastCall("Governance", "castVote");
        vm.prank(bob);
        governor.castVote(id, 0);

        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Succeeded));
        vm.cool(address(governor));
        vm.cool(address(timelock));
        governor.queue(p.targets, p.values, p.calldatas, descHash);
        vm.snapshotGasLastCall("Governance", "queue");

        // The timelock delay holds.
        vm.expectRevert();
        governor.execute(p.targets, p.values, p.calldatas, descHash);
        vm.warp(block.timestamp + timelockDelay);
        vm.cool(address(governor));
        vm.cool(address(timelock));
        vm.cool(address(em));
        governor.execute(p.targets, p.values, p.calldatas, descHash);
        vm.snapshotGasLastCall("Governance", "execute_setWeights");
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Executed));
        IEmissionManager.SubnetEmission memory e = em.subnetEmission(1);
        assertEq(e.pendingWeight, 2500);
        assertTrue(e.hasPending);
    }

    function test_deactivateSubnet_throughGovernance_succeeds() public {
        uint256 id = _createSubnet();
        pass(single(address(registry), abi.encodeCall(registry.deactivateSubnet, (id)), "Retire Predictia"));
        assertFalse(registry.isActive(id));
        assertEq(registry.getActiveSubnets().length, 0);
    }

    function test_defeatedProposal_cannotQueue() public {
        Proposal memory p = _weightsProposal();
        uint256 id = propose(p);
        vm.warp(block.timestamp + governor.votingDelay() + 1);
        vm.prank(alice);
        governor.castVote(id, 0);
        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated));
        vm.expectPartialRevert(IGovernor.GovernorUnexpectedProposalState.selector);
        governor.queue(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
    }

    function test_propose_belowThreshold_reverts() public {
        Proposal memory p = _weightsProposal();
        vm.prank(outsider);
        vm.expectPartialRevert(IGovernor.GovernorInsufficientProposerVotes.selector);
        governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    /// @notice A description ending in #proposer=<address> can only be proposed by that address.
    function test_propose_frontRunningProtection_reverts() public {
        Proposal memory p = _weightsProposal();
        p.description = string.concat("Give Predictia 25%#proposer=", vm.toString(alice));
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorRestrictedProposer.selector, bob));
        governor.propose(p.targets, p.values, p.calldatas, p.description);
        vm.prank(alice);
        governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    /// @notice Quorum reached in the last moments extends the voting period.
    function test_lateQuorum_extendsDeadline() public {
        uint256 id = propose(_weightsProposal());
        uint256 deadline = governor.proposalDeadline(id);
        vm.warp(deadline - 1);
        vm.prank(alice);
        governor.castVote(id, 1);
        assertEq(governor.proposalDeadline(id), deadline - 1 + params.lateQuorumExtension);
    }

    function test_clock_isTimestamp() public view {
        assertEq(governor.CLOCK_MODE(), "mode=timestamp");
        assertEq(governor.clock(), block.timestamp);
        assertEq(governor.votingPeriod(), params.votingPeriod);
    }
}

contract Governance_Guardian_Test is GovernanceFixture {
    function test_guardianSafe_cancelsProposalWithTwoSignatures() public {
        Proposal memory p = single(address(registry), abi.encodeCall(registry.setCreationFee, (0)), "Free subnets");
        uint256 id = propose(p);
        bytes memory cancel =
            abi.encodeCall(governor.cancel, (p.targets, p.values, p.calldatas, keccak256(bytes(p.description))));
        // One signature is not enough (Safe: GS020).
        uint256[] memory one = new uint256[](1);
        vm.expectRevert(bytes("GS020"));
        this.safeExecExternal(address(governor), cancel, one);
        assertTrue(safeExec(address(governor), cancel, twoOwners()));
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Canceled));
    }

    function test_guardianSafe_cancelsQueuedTimelockOperation() public {
        Proposal memory p = single(address(registry), abi.encodeCall(registry.setCreationFee, (0)), "Free subnets");
        uint256 id = propose(p);
        vm.warp(block.timestamp + governor.votingDelay() + 1);
        vm.prank(alice);
        governor.castVote(id, 1);
        vm.warp(governor.proposalDeadline(id) + 1);
        bytes32 descHash = keccak256(bytes(p.description));
        governor.queue(p.targets, p.values, p.calldatas, descHash);
        bytes32 opId = timelock.hashOperationBatch(p.targets, p.values, p.calldatas, 0, _salt(descHash));
        assertTrue(timelock.isOperationPending(opId));
        assertTrue(safeExec(address(timelock), abi.encodeCall(TimelockController.cancel, (opId)), twoOwners()));
        assertFalse(timelock.isOperation(opId));
        assertEq(registry.creationFee(), 1000 ether);
    }

    function test_guardianSafe_pausesCreationAndEmissions() public {
        assertTrue(safeExec(address(registry), abi.encodeCall(registry.pause, ()), twoOwners()));
        assertTrue(safeExec(address(em), abi.encodeCall(em.pause, ()), twoOwners()));
        assertTrue(registry.paused());
        assertTrue(em.paused());
        // Unpausing is governance's.
        vm.expectRevert(bytes("GS013"));
        this.safeExecExternal(address(registry), abi.encodeCall(registry.unpause, ()), twoOwners());
        pass(single(address(registry), abi.encodeCall(registry.unpause, ()), "Resume subnet creation"));
        assertFalse(registry.paused());
    }

    /// @notice The guardian can never move funds or change weights.
    function test_guardianSafe_cannotGovern() public {
        uint256[] memory ids = new uint256[](0);
        uint16[] memory ws = new uint16[](0);
        bytes[4] memory calls = [
            abi.encodeCall(em.setWeights, (ids, ws)),
            abi.encodeCall(registry.setTreasury, (address(guardian))),
            abi.encodeCall(tora.transfer, (address(guardian), 1)),
            abi.encodeCall(timelock.updateDelay, (0))
        ];
        address[4] memory targets = [address(em), address(registry), address(timelock), address(timelock)];
        for (uint256 i; i < 4; ++i) {
            // Safe reverts with GS013 when the inner call fails and no gas price is set.
            vm.expectRevert(bytes("GS013"));
            this.safeExecExternal(targets[i], calls[i], twoOwners());
        }
    }

    function safeExecExternal(address to, bytes memory data, uint256[] memory signers) external returns (bool) {
        return safeExec(to, data, signers);
    }
}

contract Governance_Access_Test is GovernanceFixture {
    /// @notice Every governance setting rejects everyone but governance itself.
    function test_governorSettings_byOutsider_revert() public {
        bytes memory onlyExecutor = abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, outsider);
        vm.startPrank(outsider);
        vm.expectRevert(onlyExecutor);
        governor.setVotingDelay(0);
        vm.expectRevert(onlyExecutor);
        governor.setVotingPeriod(1);
        vm.expectRevert(onlyExecutor);
        governor.setProposalThreshold(0);
        vm.expectRevert(onlyExecutor);
        governor.updateQuorumNumerator(1);
        vm.expectRevert(onlyExecutor);
        governor.setLateQuorumVoteExtension(0);
        vm.expectRevert(onlyExecutor);
        governor.setProposalGuardian(outsider);
        vm.expectRevert(onlyExecutor);
        governor.updateTimelock(TimelockController(payable(outsider)));
        vm.expectRevert(onlyExecutor);
        governor.relay(outsider, 0, "");
        vm.stopPrank();
    }

    function test_timelock_byOutsider_revert() public {
        bytes32 proposer = timelock.PROPOSER_ROLE();
        bytes32 canceller = timelock.CANCELLER_ROLE();
        bytes32 admin = timelock.DEFAULT_ADMIN_ROLE();
        vm.startPrank(outsider);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, proposer)
        );
        timelock.schedule(address(em), 0, "", 0, 0, 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, canceller)
        );
        timelock.cancel(bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, outsider));
        timelock.updateDelay(0);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, admin)
        );
        timelock.grantRole(proposer, outsider);
        vm.stopPrank();
    }

    /// @notice After deployment only the timelock (and, narrowly, the guardian) hold power; the
    ///         deployer holds nothing.
    function test_deployment_leavesNoDeployerRole() public view {
        address deployer = address(this);
        assertEq(registry.owner(), address(timelock));
        assertEq(em.owner(), address(timelock));
        assertEq(trust.owner(), address(timelock));
        assertTrue(tora.hasRole(tora.DEFAULT_ADMIN_ROLE(), address(timelock)));
        assertTrue(tora.hasRole(tora.MINTER_ROLE(), address(em)));
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(guardian)));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)));
        address[2] memory nobodies = [deployer, outsider];
        for (uint256 i; i < 2; ++i) {
            address a = nobodies[i];
            assertFalse(tora.hasRole(tora.DEFAULT_ADMIN_ROLE(), a));
            assertFalse(tora.hasRole(tora.MINTER_ROLE(), a));
            assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), a));
            assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), a));
            assertFalse(timelock.hasRole(timelock.CANCELLER_ROLE(), a));
        }
        assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), address(guardian)));
        assertEq(governor.proposalGuardian(), address(guardian));
        assertEq(registry.guardian(), address(guardian));
        assertEq(em.guardian(), address(guardian));
    }
}

/// @notice The guardian's powers are bounded: governance can always replace or remove it (the
///         guardian cannot cancel that proposal nor its queued operation) and then lift its pauses.
contract Governance_GuardianBounds_Test is GovernanceFixture {
    function _replaceGuardian() internal view returns (Proposal memory p) {
        p.targets = new address[](3);
        p.values = new uint256[](3);
        p.calldatas = new bytes[](3);
        (p.targets[0], p.calldatas[0]) = (address(registry), abi.encodeCall(registry.setGuardian, (outsider)));
        (p.targets[1], p.calldatas[1]) =
        (address(timelock), abi.encodeCall(timelock.revokeRole, (timelock.CANCELLER_ROLE(), address(guardian))));
        (p.targets[2], p.calldatas[2]) = (address(registry), abi.encodeCall(registry.unpause, ()));
        p.description = "Replace the guardian and lift its pause";
    }

    function test_guardian_cannotCancelItsReplacement_governanceLiftsPause() public {
        assertTrue(safeExec(address(registry), abi.encodeCall(registry.pause, ()), twoOwners()));
        Proposal memory p = _replaceGuardian();
        uint256 id = propose(p);
        bytes32 descHash = keccak256(bytes(p.description));
        vm.prank(address(guardian));
        vm.expectRevert(abi.encodeWithSelector(TensoraGovernor.GuardianCannotCancel.selector, id));
        governor.cancel(p.targets, p.values, p.calldatas, descHash);

        vm.warp(block.timestamp + governor.votingDelay() + 1);
        vm.prank(alice);
        governor.castVote(id, 1);
        vm.warp(governor.proposalDeadline(id) + 1);
        governor.queue(p.targets, p.values, p.calldatas, descHash);
        bytes32 opId = timelock.hashOperationBatch(p.targets, p.values, p.calldatas, 0, _salt(descHash));
        assertTrue(timelock.changesGuardian(opId));
        vm.prank(address(guardian));
        vm.expectRevert(abi.encodeWithSelector(TensoraTimelock.GuardianCannotCancel.selector, opId));
        timelock.cancel(opId);

        vm.warp(block.timestamp + timelockDelay);
        governor.execute(p.targets, p.values, p.calldatas, descHash);
        assertEq(registry.guardian(), outsider);
        assertFalse(timelock.hasRole(timelock.CANCELLER_ROLE(), address(guardian)));
        assertFalse(registry.paused(), "governance lifted the guardian's pause");
    }

    /// @notice Any other proposal the guardian still cancels.
    function test_guardian_stillCancelsOtherProposals() public {
        Proposal memory p = single(address(registry), abi.encodeCall(registry.setCreationFee, (0)), "Free");
        uint256 id = propose(p);
        vm.prank(address(guardian));
        governor.cancel(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Canceled));
    }

    /// @notice Deactivating a squatted subnet frees its name and its place under the cap.
    function test_deactivation_releasesNameAndCapPlace() public {
        tora.approve(address(registry), type(uint256).max);
        vm.prank(alice);
        tora.transfer(address(this), 10_000 ether);
        (uint256 id,) = registry.createSubnet("Squatted", "nlp", TestDefaults.hyperparameters());
        vm.expectRevert(abi.encodeWithSelector(ISubnetRegistry.NameTaken.selector, "Squatted"));
        registry.createSubnet("Squatted", "nlp", TestDefaults.hyperparameters());
        uint256 active = registry.getActiveSubnets().length;
        pass(single(address(registry), abi.encodeCall(registry.deactivateSubnet, (id)), "Free the name"));
        assertEq(registry.getActiveSubnets().length, active - 1);
        (uint256 again,) = registry.createSubnet("Squatted", "nlp", TestDefaults.hyperparameters());
        assertGt(again, id);
    }
}
