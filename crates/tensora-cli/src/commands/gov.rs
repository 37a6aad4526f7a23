//! `tensora gov`: governance through the TORA Governor and its timelock: propose any admin action,
//! vote, queue, execute, and inspect proposals. `tensora emission` builds on it for weights.

use alloy::primitives::{Address, Bytes, U256, keccak256};
use alloy::providers::Provider;
use alloy::rpc::types::Filter;
use alloy::sol_types::SolEvent;
use serde_json::json;
use tensora_bindings::{TensoraGovernor, names};

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_address};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Propose calls for the timelock to make (repeat --target/--calldata for a batch).
    Propose {
        /// Contract to call (the timelock calls it).
        #[arg(long, value_parser = parse_address, required = true)]
        target: Vec<Address>,
        /// ABI-encoded calldata (0x…), one per --target (e.g. from `cast calldata`).
        #[arg(long, required = true)]
        calldata: Vec<Bytes>,
        /// What the proposal does, for voters.
        #[arg(long)]
        description: String,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Delegate your TORA votes (to yourself to vote directly); votes count from the next second.
    Delegate {
        /// Who votes with your TORA.
        #[arg(long, value_parser = parse_address)]
        to: Address,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Vote on a proposal.
    Vote {
        /// Proposal id.
        #[arg(long)]
        proposal: U256,
        /// for, against or abstain.
        #[arg(long, value_parser = ["for", "against", "abstain"])]
        support: String,
        /// Optional reason, recorded on chain.
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Queue a succeeded proposal in the timelock.
    Queue {
        /// Proposal id.
        #[arg(long)]
        proposal: U256,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Execute a queued proposal once the timelock delay passed.
    Execute {
        /// Proposal id.
        #[arg(long)]
        proposal: U256,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// A proposal's state, votes and deadlines.
    Status {
        /// Proposal id.
        #[arg(long)]
        proposal: U256,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// All proposals with their state.
    List {
        #[command(flatten)]
        chain: ChainArgs,
    },
}

const STATES: [&str; 8] = [
    "Pending",
    "Active",
    "Canceled",
    "Defeated",
    "Succeeded",
    "Queued",
    "Expired",
    "Executed",
];

/// Every proposal the governor emitted, oldest first.
async fn proposals(ctx: &Ctx) -> Result<Vec<TensoraGovernor::ProposalCreated>, CliError> {
    let filter = Filter::new()
        .address(ctx.address(names::GOVERNOR)?)
        .event_signature(TensoraGovernor::ProposalCreated::SIGNATURE_HASH)
        .from_block(0);
    let logs = ctx.provider.get_logs(&filter).await?;
    Ok(logs
        .iter()
        .filter_map(|l| l.log_decode::<TensoraGovernor::ProposalCreated>().ok())
        .map(|l| l.inner.data)
        .collect())
}

pub(crate) async fn find(
    ctx: &Ctx,
    id: U256,
) -> Result<TensoraGovernor::ProposalCreated, CliError> {
    proposals(ctx)
        .await?
        .into_iter()
        .find(|p| p.proposalId == id)
        .ok_or_else(|| format!("no proposal {id} on this governor; see `tensora gov list`").into())
}

/// Proposes `calls` with `description` and prints the proposal id.
pub(crate) async fn propose(
    ctx: &Ctx,
    targets: Vec<Address>,
    calldatas: Vec<Bytes>,
    description: String,
) -> CliResult {
    let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
    let values = vec![U256::ZERO; targets.len()];
    let call = governor.propose(targets, values, calldatas, description.clone());
    let id = call.call().await.map_err(|e| {
        e.as_decoded_interface_error::<TensoraGovernor::TensoraGovernorErrors>()
            .map_or_else(
                || e.to_string(),
                |d| format!("the proposal would revert: {d:?}"),
            )
    })?;
    ctx.send(call, "proposing", None).await?;
    ctx.say(
        &format!("proposal id {id}"),
        &json!({ "proposalId": id.to_string(), "description": description }),
    )
}

/// Queues a Succeeded proposal, or executes a Queued one (`execute`), from its ProposalCreated log.
async fn queue_or_execute(
    proposal: U256,
    chain: &ChainArgs,
    tx: &TxArgs,
    execute: bool,
) -> CliResult {
    let ctx = Ctx::write(chain, tx).await?;
    let p = find(&ctx, proposal).await?;
    let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
    let hash = keccak256(p.description.as_bytes());
    let state = STATES
        .get(usize::from(governor.state(proposal).call().await?))
        .copied()
        .unwrap_or("?");
    match (execute, state) {
        (false, "Succeeded") => {
            ctx.send(
                governor.queue(p.targets, p.values, p.calldatas, hash),
                &format!("queueing {proposal}"),
                None,
            )
            .await?
        }
        (true, "Queued") => {
            ctx.send(
                governor.execute(p.targets, p.values, p.calldatas, hash),
                &format!("executing {proposal}"),
                None,
            )
            .await?
        }
        _ => {
            let needed = if execute { "Queued" } else { "Succeeded" };
            return Err(format!("proposal {proposal} is {state}; it must be {needed}").into());
        }
    };
    Ok(())
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Delegate { to, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let token = tensora_bindings::TORA::new(ctx.address(names::TORA)?, &ctx.provider);
            ctx.send(
                token.delegate(to),
                &format!("delegating TORA votes to {to}"),
                None,
            )
            .await?;
            Ok(())
        }
        Command::Propose {
            target,
            calldata,
            description,
            chain,
            tx,
        } => {
            if target.len() != calldata.len() {
                return Err(format!(
                    "{} --target but {} --calldata: give one calldata per target",
                    target.len(),
                    calldata.len()
                )
                .into());
            }
            let ctx = Ctx::write(&chain, &tx).await?;
            propose(&ctx, target, calldata, description).await
        }
        Command::Vote {
            proposal,
            support,
            reason,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
            let support_code = match support.as_str() {
                "against" => 0u8,
                "for" => 1,
                _ => 2,
            };
            let what = format!("voting {support} on {proposal}");
            match reason {
                Some(r) => {
                    ctx.send(
                        governor.castVoteWithReason(proposal, support_code, r),
                        &what,
                        None,
                    )
                    .await?
                }
                None => {
                    ctx.send(governor.castVote(proposal, support_code), &what, None)
                        .await?
                }
            };
            Ok(())
        }
        Command::Queue {
            proposal,
            chain,
            tx,
        } => queue_or_execute(proposal, &chain, &tx, false).await,
        Command::Execute {
            proposal,
            chain,
            tx,
        } => queue_or_execute(proposal, &chain, &tx, true).await,
        Command::Status { proposal, chain } => {
            let ctx = Ctx::read(&chain).await?;
            let p = find(&ctx, proposal).await?;
            let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
            let state = STATES
                .get(usize::from(governor.state(proposal).call().await?))
                .copied()
                .unwrap_or("?");
            let votes = governor.proposalVotes(proposal).call().await?;
            let eta = governor.proposalEta(proposal).call().await?;
            let quorum_at = governor.proposalSnapshot(proposal).call().await?;
            let quorum = governor.quorum(quorum_at).call().await?;
            let value = json!({
                "proposalId": proposal.to_string(), "state": state, "description": p.description,
                "proposer": p.proposer, "targets": p.targets, "calldatas": p.calldatas,
                "voteStart": p.voteStart.to_string(), "voteEnd": p.voteEnd.to_string(), "eta": eta.to_string(),
                "for": votes.forVotes.to_string(), "against": votes.againstVotes.to_string(),
                "abstain": votes.abstainVotes.to_string(), "quorum": quorum.to_string(),
            });
            let text = format!(
                "proposal {proposal}: {state}\n  {}\n  votes for {} against {} abstain {} (quorum {}); voting {}..{}; eta {}",
                p.description,
                votes.forVotes,
                votes.againstVotes,
                votes.abstainVotes,
                quorum,
                p.voteStart,
                p.voteEnd,
                eta
            );
            ctx.say(&text, &value)
        }
        Command::List { chain } => {
            let ctx = Ctx::read(&chain).await?;
            let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
            let mut rows = Vec::new();
            let mut text = String::from("state      proposal id / description");
            for p in proposals(&ctx).await? {
                let state = STATES
                    .get(usize::from(governor.state(p.proposalId).call().await?))
                    .copied()
                    .unwrap_or("?");
                text.push_str(&format!(
                    "\n{state:<10} {}\n           {}",
                    p.proposalId, p.description
                ));
                rows.push(json!({ "proposalId": p.proposalId.to_string(), "state": state, "description": p.description }));
            }
            ctx.say(&text, &json!(rows))
        }
    }
}
