//! `tensora request`: escrowed inference requests ([`tensora_bindings::InferenceRequests`], a
//! suite contract): `create` escrows a fee for a task to a subnet, `status` shows a request with
//! its answers and result, `refund` returns an unanswered request's fee after its deadline,
//! `release` pays the miners by the validators' scores once the score window closed, `withdraw`
//! pays out what the signer is owed.

use alloy::primitives::U256;
use serde_json::json;
use tensora_bindings::InferenceRequests;
use tensora_bindings::generated::inference_requests::IInferenceRequests::Spec;
use tensora_types::states::RequestStatus as Status;

use super::CliResult;
use super::allowance::{ensure_allowance, send_spending};
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_address, parse_amount, tora};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Escrow a fee for a task to a subnet; its miners answer on chain and its validators score.
    Create {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// The task: a JSON file (as `tensora query --task` takes), logged on chain.
        #[arg(long)]
        task: std::path::PathBuf,
        /// TORA escrowed for the answering miners (e.g. 10 or 2.5).
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        fee: U256,
        /// How many miners may answer (1 to 16).
        #[arg(long, default_value_t = 3)]
        redundancy: u8,
        /// Seconds from now until answers close (60 s to 30 days).
        #[arg(long, default_value_t = 600)]
        answer_within: u64,
        /// A contract to deliver the best answer to (IInferenceConsumer).
        #[arg(long, value_parser = parse_address)]
        callback: Option<alloy::primitives::Address>,
        /// The exact gas the callback gets (needed with --callback, at most 2,000,000).
        #[arg(long)]
        callback_gas: Option<u32>,
        /// Approve the fee first if the allowance is short.
        #[arg(long)]
        approve: bool,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// A request: its escrow, answers, scores window and result.
    Status {
        /// Request id.
        #[arg(long)]
        id: u64,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Refund an unanswered request after its deadline (anyone; the fee goes to the requester's
    /// balance, `withdraw` pays it out).
    Refund {
        /// Request id.
        #[arg(long)]
        id: u64,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Release an answered request's fee by its scores once the score window closed (anyone).
    Release {
        /// Request id.
        #[arg(long)]
        id: u64,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Withdraw what the signer is owed (fees earned as a miner, refunds as a requester).
    Withdraw {
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

async fn contract(ctx: &Ctx) -> Result<alloy::primitives::Address, CliError> {
    ctx.address(tensora_bindings::names::INFERENCE_REQUESTS)
}

async fn status(id: u64, chain: &ChainArgs) -> CliResult {
    let ctx = Ctx::read(chain).await?;
    let requests = InferenceRequests::new(contract(&ctx).await?, &ctx.provider);
    let count = requests.requestCount().call().await?;
    if id == 0 || U256::from(id) > count {
        return Err(format!("request {id} does not exist (ids run from 1 to {count})").into());
    }
    let r = requests.requestOf(U256::from(id)).call().await?;
    let now = ctx.chain_time().await?;
    let mut answers = Vec::new();
    for k in 0..r.answers {
        let a = requests
            .answerOf(U256::from(id), U256::from(k))
            .call()
            .await?;
        answers.push(json!({ "miner": a.miner, "outputHash": a.outputHash }));
    }
    let opens = if r.answersClosedAt != 0 {
        u64::from(r.answersClosedAt)
    } else {
        u64::from(r.deadline)
    };
    let closes = opens + u64::from(r.scoreWindow);
    let result = requests.resultOf(U256::from(id)).call().await?;
    let when = |t: u64| tensora_types::units::format_time(t, now);
    let status = Status::from_code(r.status).ok_or("the contract reported an unknown status")?;
    let state = status.name();
    let next = match status {
        Status::Open if r.answers == 0 && now >= u64::from(r.deadline) => {
            "unanswered past its deadline: `tensora request refund`".to_owned()
        }
        Status::Open if r.answers == 0 => {
            format!("waiting for answers until {}", when(r.deadline.into()))
        }
        Status::Open if now < opens => format!("answers open until {}", when(opens)),
        Status::Open if now < closes => format!(
            "validators score until {} ({} must, or the fee is refunded)",
            when(closes),
            r.quorum
        ),
        Status::Open => "scored: `tensora request release`".to_owned(),
        _ => String::new(),
    };
    let text = format!(
        "request {id} to subnet {}: {state}, fee {}, {} of {} answer(s){}{}",
        r.subnetId,
        tora(U256::from(r.fee)),
        r.answers,
        r.redundancy,
        if next.is_empty() {
            String::new()
        } else {
            format!("; {next}")
        },
        if status == Status::Released {
            format!(
                "; best answer by {} (score {}), callback {}",
                result.miner,
                result.score,
                if r.callback.is_zero() {
                    "none".to_owned()
                } else if result.delivered {
                    "delivered".to_owned()
                } else {
                    "failed (the result stays readable)".to_owned()
                }
            )
        } else {
            String::new()
        }
    );
    ctx.say(
        &text,
        &json!({
            "id": id, "subnet": r.subnetId, "status": state, "requester": r.requester,
            "fee": r.fee.to_string(), "redundancy": r.redundancy, "quorum": r.quorum, "answers": answers,
            "deadline": r.deadline, "scoreWindowCloses": closes, "callback": r.callback,
            "result": (status == Status::Released).then(|| json!({
                "miner": result.miner, "outputHash": result.outputHash, "score": result.score,
                "delivered": result.delivered,
            })),
        }),
    )
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Create {
            subnet,
            task,
            fee,
            redundancy,
            answer_within,
            callback,
            callback_gas,
            approve,
            chain,
            tx,
        } => {
            let input = std::fs::read(&task)
                .map_err(|e| format!("cannot read the task file {}: {e}", task.display()))?;
            serde_json::from_slice::<serde_json::Value>(&input)
                .map_err(|e| format!("{} is not JSON: {e}", task.display()))?;
            let fee96 = alloy::primitives::aliases::U96::checked_from_limbs_slice(fee.as_limbs())
                .filter(|f| U256::from(*f) == fee)
                .ok_or_else(|| format!("--fee {} is too large", tora(fee)))?;
            let ctx = Ctx::write(&chain, &tx).await?;
            ctx.subnet(subnet).await?;
            let at = contract(&ctx).await?;
            let deadline = ctx.chain_time().await?.saturating_add(answer_within);
            let spec = Spec {
                subnetId: U256::from(subnet),
                redundancy,
                fee: fee96,
                deadline: u32::try_from(deadline)
                    .map_err(|_| "--answer-within is too far ahead")?,
                callback: callback.unwrap_or_default(),
                callbackGas: callback_gas.unwrap_or(0),
            };
            let approval = ensure_allowance(&ctx, at, fee, approve, "the request's fee").await?;
            let requests = InferenceRequests::new(at, &ctx.provider);
            let call = requests.createRequest(spec, input.into());
            let outcome = send_spending(
                &ctx,
                approval,
                call,
                &format!("requesting inference from subnet {subnet}"),
                Some(format!("escrows {}", tora(fee))),
            )
            .await?;
            let created = ctx
                .events::<InferenceRequests::RequestCreated>(at, &outcome)
                .await?;
            if let Some(event) = created.first() {
                let id = u64::try_from(event.requestId).unwrap_or(u64::MAX);
                ctx.say(
                    &format!(
                        "request {} escrowed {} for up to {redundancy} answer(s) from subnet {subnet}; `tensora request status --id {}`",
                        id,
                        tora(fee),
                        id
                    ),
                    &json!({ "id": id, "txHash": outcome["txHash"] }),
                )?;
            }
            Ok(())
        }
        Command::Status { id, chain } => status(id, &chain).await,
        Command::Refund { id, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let requests = InferenceRequests::new(contract(&ctx).await?, &ctx.provider);
            ctx.send(
                requests.refund(U256::from(id)),
                &format!("refunding request {id}"),
                None,
            )
            .await?;
            Ok(())
        }
        Command::Release { id, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let requests = InferenceRequests::new(contract(&ctx).await?, &ctx.provider);
            ctx.send(
                requests.release(U256::from(id)),
                &format!("releasing request {id}"),
                None,
            )
            .await?;
            Ok(())
        }
        Command::Withdraw { chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let requests = InferenceRequests::new(contract(&ctx).await?, &ctx.provider);
            let owed = requests.owed(ctx.sender()?).call().await?;
            if owed.is_zero() {
                return Err(
                    format!("{} is owed nothing by the request escrow", ctx.sender()?).into(),
                );
            }
            ctx.send(
                requests.withdraw(),
                &format!("withdrawing {}", tora(owed)),
                Some(format!("pays {} to you", tora(owed))),
            )
            .await?;
            Ok(())
        }
    }
}
