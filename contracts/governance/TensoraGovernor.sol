// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorProposalGuardian} from "@openzeppelin/contracts/governance/extensions/GovernorProposalGuardian.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

import {GuardianRule} from "./GuardianRule.sol";

/// @title TensoraGovernor
/// @notice TORA holders govern the suite: proposals pass by TORA votes (timestamp clock, so every
///         period below is in seconds), with a quorum fraction of the supply, late-quorum
///         protection, a proposal guardian (the guardian Safe, which can cancel any proposal but
///         one that replaces or removes a guardian: see `GuardianRule`) and execution through the
///         TensoraTimelock. Every setting changes only by governance.
/// @dev Front-running protection is OpenZeppelin's: a description ending in `#proposer=<address>`
///      can only be proposed by that address.
contract TensoraGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorPreventLateQuorum,
    GovernorProposalGuardian,
    GovernorTimelockControl
{
    /// @notice Governance parameters (per network, from deployments/config/<network>.toml).
    /// @param votingDelay Seconds between proposing and voting.
    /// @param votingPeriod Seconds of voting.
    /// @param proposalThreshold Votes needed to propose, in TORA wei.
    /// @param quorumNumerator Quorum, in percent of the total supply at the snapshot.
    /// @param lateQuorumExtension Seconds voting is extended when quorum is reached late.
    struct Params {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint48 lateQuorumExtension;
    }

    /// @notice The guardian tried to cancel a proposal that changes a guardian.
    error GuardianCannotCancel(uint256 proposalId);

    /// @param token TORA (ERC20Votes, timestamp clock).
    /// @param timelock The TensoraTimelock that executes proposals.
    /// @param params Voting settings.
    /// @param guardian The proposal guardian (the guardian Safe).
    constructor(IVotes token, TimelockController timelock, Params memory params, address guardian)
        Governor("TensoraGovernor")
        GovernorSettings(params.votingDelay, params.votingPeriod, params.proposalThreshold)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(params.quorumNumerator)
        GovernorPreventLateQuorum(params.lateQuorumExtension)
        GovernorTimelockControl(timelock)
    {
        _setProposalGuardian(guardian);
    }

    /// @notice The semantic version of this contract.
    function version() public pure override returns (string memory) {
        return "1.0.0";
    }

    // ---------------------------------------------------------------- required overrides

    /// @inheritdoc Governor
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @inheritdoc Governor
    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorPreventLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    /// @inheritdoc Governor
    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    /// @inheritdoc Governor
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _validateCancel(uint256 proposalId, address caller)
        internal
        view
        override(Governor, GovernorProposalGuardian)
        returns (bool)
    {
        return super._validateCancel(proposalId, caller);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        address caller = _msgSender();
        if (caller == proposalGuardian() && GuardianRule.changesGuardian(calldatas)) {
            uint256 proposalId = getProposalId(targets, values, calldatas, descriptionHash);
            if (caller != proposalProposer(proposalId)) revert GuardianCannotCancel(proposalId);
        }
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
