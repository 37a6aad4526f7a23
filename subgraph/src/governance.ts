// TensoraGovernor: proposals, votes, queueing, execution, cancellation.
import { BigInt, Bytes } from "@graphprotocol/graph-ts";

import {
  ProposalCanceled,
  ProposalCreated,
  ProposalExecuted,
  ProposalQueued,
  VoteCast,
} from "../generated/TensoraGovernor/TensoraGovernor";
import { Proposal, Vote } from "../generated/schema";
import { eventId } from "./ids";

export function handleProposalCreated(event: ProposalCreated): void {
  let p = new Proposal(event.params.proposalId.toString());
  p.proposer = event.params.proposer;
  let targets = new Array<Bytes>();
  for (let i = 0; i < event.params.targets.length; i++) targets.push(event.params.targets[i]);
  p.targets = targets;
  p.values = event.params.values;
  p.calldatas = event.params.calldatas;
  p.description = event.params.description;
  p.voteStart = event.params.voteStart;
  p.voteEnd = event.params.voteEnd;
  p.state = event.block.timestamp.lt(event.params.voteStart) ? "Pending" : "Active";
  p.forVotes = BigInt.zero();
  p.againstVotes = BigInt.zero();
  p.abstainVotes = BigInt.zero();
  p.createdAt = event.block.timestamp;
  p.save();
}

export function handleVoteCast(event: VoteCast): void {
  let p = Proposal.load(event.params.proposalId.toString());
  if (p == null) return;
  let support = event.params.support;
  if (support == 0) p.againstVotes = p.againstVotes.plus(event.params.weight);
  else if (support == 1) p.forVotes = p.forVotes.plus(event.params.weight);
  else p.abstainVotes = p.abstainVotes.plus(event.params.weight);
  p.state = "Active";
  p.save();
  let v = new Vote(eventId(event));
  v.proposal = p.id;
  v.voter = event.params.voter;
  v.support = support;
  v.weight = event.params.weight;
  v.reason = event.params.reason;
  v.timestamp = event.block.timestamp;
  v.save();
}

export function handleProposalQueued(event: ProposalQueued): void {
  let p = Proposal.load(event.params.proposalId.toString());
  if (p == null) return;
  p.state = "Queued";
  p.eta = event.params.etaSeconds;
  p.save();
}

export function handleProposalExecuted(event: ProposalExecuted): void {
  let p = Proposal.load(event.params.proposalId.toString());
  if (p == null) return;
  p.state = "Executed";
  p.executedAt = event.block.timestamp;
  p.save();
}

export function handleProposalCanceled(event: ProposalCanceled): void {
  let p = Proposal.load(event.params.proposalId.toString());
  if (p == null) return;
  p.state = "Canceled";
  p.canceledAt = event.block.timestamp;
  p.save();
}
