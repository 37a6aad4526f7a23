//! `tensora gov`: governance through the TORA Governor and its timelock: propose any admin action,
//! vote, queue, execute, and inspect proposals. `tensora emission` builds on it for weights.

use alloy::primitives::{Address, Bytes, U256, keccak256};
use alloy::providers::Provider;
use alloy::rpc::types::Filter;
use alloy::sol_types::SolEvent;
use serde_json::json;
use tensora_bindings::{TensoraGovernor, names};
use tensora_types::states::ProposalState;

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_address, tora};

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
        /// Proposal: its id, its number in `tensora gov list` (1, 2, ...) or `latest`.
        #[arg(long, value_parser = ProposalRef::parse)]
        proposal: ProposalRef,
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
        /// Proposal: its id, its number in `tensora gov list` (1, 2, ...) or `latest`.
        #[arg(long, value_parser = ProposalRef::parse)]
        proposal: ProposalRef,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Execute a queued proposal once the timelock delay passed.
    Execute {
        /// Proposal: its id, its number in `tensora gov list` (1, 2, ...) or `latest`.
        #[arg(long, value_parser = ProposalRef::parse)]
        proposal: ProposalRef,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// A proposal's state, votes and deadlines.
    Status {
        /// Proposal: its id, its number in `tensora gov list` (1, 2, ...) or `latest`.
        #[arg(long, value_parser = ProposalRef::parse)]
        proposal: ProposalRef,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// All proposals with their state.
    List {
        #[command(flatten)]
        chain: ChainArgs,
    },
}

/// How a proposal is named on the command line: the 77-digit id is the governor's, people use
/// `latest` or the number `gov list` shows.
#[derive(Debug, Clone)]
pub(crate) enum ProposalRef {
    /// The full proposal id.
    Id(U256),
    /// The n-th proposal (1-based, oldest first) as `gov list` numbers them.
    Number(usize),
    /// The newest proposal.
    Latest,
}

/// Numbers up to this are list numbers, larger ones proposal ids (which are keccak hashes).
const MAX_LIST_NUMBER: usize = 1_000_000;

impl ProposalRef {
    pub(crate) fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("latest") {
            return Ok(Self::Latest);
        }
        let bad = || {
            format!(
                "`{text}` is not a proposal: give its id, its number in `tensora gov list`, or `latest`"
            )
        };
        let id: U256 = text.parse().map_err(|_| bad())?;
        match usize::try_from(id) {
            Ok(0) => Err(bad()),
            Ok(n) if n <= MAX_LIST_NUMBER => Ok(Self::Number(n)),
            _ => Ok(Self::Id(id)),
        }
    }
}

/// Every proposal the governor emitted, oldest first.
async fn proposals(ctx: &Ctx) -> Result<Vec<TensoraGovernor::ProposalCreated>, CliError> {
    let filter = Filter::new()
        .address(ctx.address(names::GOVERNOR)?)
        .event_signature(TensoraGovernor::ProposalCreated::SIGNATURE_HASH)
        .from_block(ctx.deployment.start_block());
    let logs = ctx.provider.get_logs(&filter).await?;
    Ok(logs
        .iter()
        .filter_map(|l| l.log_decode::<TensoraGovernor::ProposalCreated>().ok())
        .map(|l| l.inner.data)
        .collect())
}

pub(crate) async fn find(
    ctx: &Ctx,
    handle: &ProposalRef,
) -> Result<TensoraGovernor::ProposalCreated, CliError> {
    let all = proposals(ctx).await?;
    let count = all.len();
    let found = match handle {
        ProposalRef::Id(id) => all.into_iter().find(|p| p.proposalId == *id),
        ProposalRef::Number(n) => all.into_iter().nth(n - 1),
        ProposalRef::Latest => all.into_iter().last(),
    };
    found.ok_or_else(|| {
        let which = match handle {
            ProposalRef::Id(id) => format!("no proposal {id}"),
            ProposalRef::Number(n) => format!("no proposal number {n} ({count} proposal(s))"),
            ProposalRef::Latest => "no proposal yet".to_owned(),
        };
        format!("{which} on this governor; see `tensora gov list`").into()
    })
}

/// Proposes `calls` with `description` and prints the proposal id.
pub(crate) async fn propose(
    ctx: &Ctx,
    targets: Vec<Address>,
    calldatas: Vec<Bytes>,
    description: String,
) -> CliResult {
    let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
    let proposer = ctx.sender()?;
    let threshold = governor.proposalThreshold().call().await?;
    // The proposal is mined later than now, so the votes it will count are the current ones.
    let token = tensora_bindings::TORA::new(ctx.address(names::TORA)?, &ctx.provider);
    let votes = token.getVotes(proposer).call().await?;
    if votes < threshold {
        return Err(format!(
            "{proposer} has {} of votes, the proposal threshold is {}: votes come from delegated \
             TORA, so delegate first (`tensora gov delegate --to {proposer}`, counted from the next \
             second) or ask a holder to delegate to you",
            tora(votes),
            tora(threshold)
        )
        .into());
    }
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

/// Queues a Succeeded proposal, or executes a Queued one (`execute`), from its ProposalCreated
/// log; otherwise says when it can be and what to do.
async fn queue_or_execute(
    handle: &ProposalRef,
    chain: &ChainArgs,
    tx: &TxArgs,
    execute: bool,
) -> CliResult {
    let ctx = Ctx::write(chain, tx).await?;
    let p = find(&ctx, handle).await?;
    let proposal = p.proposalId;
    let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
    let hash = keccak256(p.description.as_bytes());
    let state = ProposalState::name_of(governor.state(proposal).call().await?);
    let now = ctx.next_block_time().await?;
    match (execute, state) {
        (false, "Succeeded") => {
            ctx.send(
                governor.queue(p.targets, p.values, p.calldatas, hash),
                &format!("queueing {proposal}"),
                None,
            )
            .await?;
            let eta = governor.proposalEta(proposal).call().await?;
            ctx.say(
                &format!(
                    "queued; executable from {} with `tensora gov execute --proposal {proposal}`",
                    when(eta, now)
                ),
                &json!({ "proposalId": proposal.to_string(), "eta": eta.to_string() }),
            )?;
        }
        (true, "Queued") => {
            let eta = governor.proposalEta(proposal).call().await?;
            if eta > U256::from(now) {
                return Err(format!(
                    "proposal {proposal} is queued but the timelock delay has not passed: \
                     executable from {}; run this again then",
                    when(eta, now)
                )
                .into());
            }
            ctx.send(
                governor.execute(p.targets, p.values, p.calldatas, hash),
                &format!("executing {proposal}"),
                None,
            )
            .await?;
        }
        (_, "Pending") => {
            let start = governor.proposalSnapshot(proposal).call().await?;
            return Err(format!(
                "proposal {proposal} is Pending: voting opens {}, then it needs a majority and the quorum",
                when(start, now)
            )
            .into());
        }
        (_, "Active") => {
            let end = governor.proposalDeadline(proposal).call().await?;
            return Err(format!(
                "proposal {proposal} is still being voted on: voting ends {}; queue it after that if it succeeded",
                when(end, now)
            )
            .into());
        }
        (false, "Queued") => {
            return Err(format!(
                "proposal {proposal} is already queued; execute it with `tensora gov execute --proposal {proposal}`"
            )
            .into());
        }
        (true, "Succeeded") => {
            return Err(format!(
                "proposal {proposal} succeeded but is not queued; queue it first with `tensora gov queue --proposal {proposal}`"
            )
            .into());
        }
        _ => {
            let needed = if execute { "Queued" } else { "Succeeded" };
            return Err(format!(
                "proposal {proposal} is {state}; it must be {needed}, and a {state} proposal never will be: \
                 propose it again"
            )
            .into());
        }
    };
    Ok(())
}

/// A governor timestamp (the TORA clock is in seconds) for people.
fn when(timestamp: U256, now: u64) -> String {
    tensora_types::units::format_time(timestamp.saturating_to(), now)
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Delegate { to, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let token = tensora_bindings::TORA::new(ctx.address(names::TORA)?, &ctx.provider);
            let balance = token.balanceOf(ctx.sender()?).call().await?;
            ctx.send(
                token.delegate(to),
                &format!("delegating TORA votes ({}) to {to}", tora(balance)),
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
            let p = find(&ctx, &proposal).await?;
            let proposal = p.proposalId;
            let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
            let now = ctx.next_block_time().await?;
            let state = ProposalState::name_of(governor.state(proposal).call().await?);
            if state != "Active" {
                let start = governor.proposalSnapshot(proposal).call().await?;
                let end = governor.proposalDeadline(proposal).call().await?;
                return Err(format!(
                    "proposal {proposal} is {state}: votes are taken from {} to {}",
                    when(start, now),
                    when(end, now)
                )
                .into());
            }
            let voter = ctx.sender()?;
            if governor.hasVoted(proposal, voter).call().await? {
                return Err(format!("{voter} already voted on proposal {proposal}").into());
            }
            let snapshot = governor.proposalSnapshot(proposal).call().await?;
            let weight = governor.getVotes(voter, snapshot).call().await?;
            if weight.is_zero() {
                crate::output::notice(&format!(
                    "warning: {voter} had no votes at this proposal's snapshot ({}), so this vote \
                     counts 0. Votes come from TORA delegated before the snapshot: \
                     `tensora gov delegate --to {voter}` counts for later proposals",
                    when(snapshot, now)
                ));
                ctx.confirm("cast a vote that weighs 0 TORA")?;
            }
            let support_code = match support.as_str() {
                "against" => 0u8,
                "for" => 1,
                _ => 2,
            };
            let what = format!("voting {support} on {proposal} with {}", tora(weight));
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
        } => queue_or_execute(&proposal, &chain, &tx, false).await,
        Command::Execute {
            proposal,
            chain,
            tx,
        } => queue_or_execute(&proposal, &chain, &tx, true).await,
        Command::Status { proposal, chain } => {
            let ctx = Ctx::read(&chain).await?;
            let p = find(&ctx, &proposal).await?;
            let proposal = p.proposalId;
            let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
            let state = ProposalState::name_of(governor.state(proposal).call().await?);
            let votes = governor.proposalVotes(proposal).call().await?;
            let eta = governor.proposalEta(proposal).call().await?;
            let quorum_at = governor.proposalSnapshot(proposal).call().await?;
            let quorum = governor.quorum(quorum_at).call().await?;
            let now = ctx.next_block_time().await?;
            let value = json!({
                "proposalId": proposal.to_string(), "state": state, "description": p.description,
                "proposer": p.proposer, "targets": p.targets, "calldatas": p.calldatas,
                "voteStart": p.voteStart.to_string(), "voteEnd": p.voteEnd.to_string(), "eta": eta.to_string(),
                "for": votes.forVotes.to_string(), "against": votes.againstVotes.to_string(),
                "abstain": votes.abstainVotes.to_string(), "quorum": quorum.to_string(),
            });
            let text = format!(
                "proposal {proposal}: {state}\n  {}\n  votes for {}, against {}, abstain {} (quorum {} of for + abstain)\n  \
                 voting from {} to {}\n  executable from {}",
                p.description,
                tora(votes.forVotes),
                tora(votes.againstVotes),
                tora(votes.abstainVotes),
                tora(quorum),
                when(p.voteStart, now),
                when(p.voteEnd, now),
                if eta.is_zero() {
                    "(not queued)".to_owned()
                } else {
                    when(eta, now)
                }
            );
            ctx.say(&text, &value)
        }
        Command::List { chain } => {
            let ctx = Ctx::read(&chain).await?;
            let governor = TensoraGovernor::new(ctx.address(names::GOVERNOR)?, &ctx.provider);
            let mut rows = Vec::new();
            let mut text = String::from("  #  state      description / proposal id");
            for (i, p) in proposals(&ctx).await?.into_iter().enumerate() {
                let state = ProposalState::name_of(governor.state(p.proposalId).call().await?);
                text.push_str(&format!(
                    "\n{:>3}  {state:<10} {}\n                {}",
                    i + 1,
                    p.description,
                    p.proposalId
                ));
                rows.push(json!({ "number": i + 1, "proposalId": p.proposalId.to_string(), "state": state, "description": p.description }));
            }
            text.push_str("\n(--proposal takes the number, the id or `latest`)");
            ctx.say(&text, &json!(rows))
        }
    }
}
