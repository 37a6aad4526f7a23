//! `tensora miner answer`: a miner's service for escrowed requests
//! ([`tensora_bindings::InferenceRequests`]) to its subnet. Each poll it reads the requests made
//! since the last one (their inputs are only in the `RequestCreated` events), and answers every
//! open one it has not answered while answering is open: the input as a task of its kind, the
//! model's answer as JSON ([`tensora_services::requests::answer`]), inline when it fits on chain
//! (`MAX_INLINE_OUTPUT` bytes), else written to `--outputs-dir` as `<keccak256>.json` and answered
//! by hash with its URL under `--outputs-url` (which `tensora miner serve --outputs-dir` serves).
//! A request whose input is not a task of this kind, that the model refuses or does not answer
//! within `--timeout-ms`, or whose fee per answer is under `--min-fee`, is declined (no
//! transaction). Payment comes later, when the request is released by the validators' scores;
//! `tensora request withdraw` collects it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, U256, keccak256};
use alloy::providers::Provider;
use tensora_bindings::InferenceRequests;
use tensora_client::requests::{self, Created};
use tensora_subnet::{Kind, Model};
use tensora_types::states::RequestStatus;

use super::CliResult;
use super::miner_model::{self, ModelArgs, WithModel};
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_amount, tora};

/// Longest output answered inline (the contract's `MAX_INLINE_OUTPUT`).
const MAX_INLINE_OUTPUT: usize = 1024;

/// Flags of `tensora miner answer`.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct Args {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    #[command(flatten)]
    model: ModelArgs,
    /// Where outputs too large for the chain are written (`<hash>.json`), for `tensora miner
    /// serve --outputs-dir` to serve. Needs --outputs-url.
    #[arg(long, requires = "outputs_url")]
    outputs_dir: Option<PathBuf>,
    /// The base URL validators fetch those outputs from: the miner server's address (the URI
    /// answered is `<URL>/outputs/<hash>.json`). Needs --outputs-dir.
    #[arg(long, requires = "outputs_dir")]
    outputs_url: Option<String>,
    /// Smallest fee per answer worth answering for, in TORA (fee / redundancy; answering costs
    /// gas, and anyone can make dust requests).
    #[arg(long, value_parser = parse_amount, default_value = "0.1", allow_negative_numbers = true)]
    min_fee: U256,
    /// Longest the model may take for one request before it is declined.
    #[arg(long, default_value_t = 10_000)]
    timeout_ms: u64,
    /// First block to read requests from (default: the deployment's first block).
    #[arg(long)]
    from_block: Option<u64>,
    /// Seconds between polls.
    #[arg(long, default_value_t = 2)]
    poll_seconds: u64,
    /// Answer the requests open now, then stop (and stop on the first error).
    #[arg(long)]
    once: bool,
    #[command(flatten)]
    chain: ChainArgs,
    #[command(flatten)]
    tx: TxArgs,
}

type Run = std::pin::Pin<Box<dyn std::future::Future<Output = CliResult>>>;

struct Answering(Args);

impl WithModel for Answering {
    type Output = Run;
    fn run<K: Kind, M: Model<K>>(self, model: M, label: String) -> Run {
        Box::pin(serve::<K, M>(self.0, Arc::new(model), label))
    }
}

pub(crate) async fn run(args: Args) -> CliResult {
    if let Some(url) = &args.outputs_url {
        let parsed = reqwest::Url::parse(url)
            .map_err(|e| format!("--outputs-url {url} is not a URL: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(format!("--outputs-url {url} must be an http(s) URL").into());
        }
    }
    if let Some(dir) = &args.outputs_dir {
        miner_model::check_outputs_dir(dir)?;
    }
    miner_model::load(&args.model.clone(), Answering(args))?.await
}

/// Requests to this subnet that may still need an answer, and where the next read starts.
struct Inbox {
    next_block: u64,
    open: BTreeMap<U256, Created>,
}

async fn serve<K: Kind, M: Model<K>>(args: Args, model: Arc<M>, label: String) -> CliResult {
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let me = ctx.sender()?;
    let member = tensora_bindings::Subnet::new(instance, &ctx.provider)
        .memberOf(me)
        .call()
        .await?;
    if !member.registered || member.isValidator {
        return Err(format!(
            "{me} is not a registered miner of subnet {}; register first (tensora miner register)",
            args.subnet
        )
        .into());
    }
    let contract = ctx.address(tensora_bindings::names::INFERENCE_REQUESTS)?;
    let mut inbox = Inbox {
        next_block: args
            .from_block
            .unwrap_or_else(|| ctx.deployment.start_block()),
        open: BTreeMap::new(),
    };
    tracing::info!(target: "tensora::miner", event = "answering", subnet = args.subnet, miner = %me, model = label, kind = K::INFERENCE_TYPE, from_block = inbox.next_block);
    let mut stop = std::pin::pin!(super::stop_signal()?);
    loop {
        match poll::<K, M>(&ctx, &args, contract, &model, me, &mut inbox).await {
            Ok(()) if args.once => return Ok(()),
            Ok(()) => {}
            Err(e) if args.once => return Err(e),
            Err(e) => {
                tracing::warn!(target: "tensora::miner", event = "error", subnet = args.subnet, error = %e);
            }
        }
        tokio::select! {
            () = &mut stop => break,
            () = tokio::time::sleep(Duration::from_secs(args.poll_seconds)) => {}
        }
    }
    tracing::info!(target: "tensora::miner", event = "stopped", subnet = args.subnet);
    Ok(())
}

/// One poll: read new requests, answer the open ones (see the module).
async fn poll<K: Kind, M: Model<K>>(
    ctx: &Ctx,
    args: &Args,
    contract: Address,
    model: &Arc<M>,
    me: Address,
    inbox: &mut Inbox,
) -> Result<(), CliError> {
    let head = ctx.provider.get_block_number().await?;
    if inbox.next_block <= head {
        for c in
            requests::created(&ctx.provider, contract, args.subnet, inbox.next_block, head).await?
        {
            inbox.open.insert(c.id, c);
        }
        inbox.next_block = head + 1;
    }
    let now = ctx.next_block_time().await?;
    let ids: Vec<U256> = inbox.open.keys().copied().collect();
    for id in ids {
        let r = requests::state(&ctx.provider, contract, id).await?;
        let closed = RequestStatus::from_code(r.status) != Some(RequestStatus::Open)
            || r.answers >= r.redundancy
            || now >= u64::from(r.deadline)
            || answered_by(ctx, contract, id, r.answers, me).await?;
        if closed {
            inbox.open.remove(&id);
            continue;
        }
        let Some(created) = inbox.open.remove(&id) else {
            continue;
        };
        let per_answer = U256::from(r.fee) / U256::from(r.redundancy.max(1));
        if per_answer < args.min_fee {
            tracing::info!(target: "tensora::miner", event = "declined", subnet = args.subnet, request = %id,
                reason = %format!("{} per answer is under --min-fee {}", tora(per_answer), tora(args.min_fee)));
            continue;
        }
        match answer::<K, M>(ctx, args, contract, model, &created).await {
            Ok(()) => {}
            // Another miner filled the last place, or the deadline passed, since we looked.
            Err(e) if benign(&e) => {
                tracing::info!(target: "tensora::miner", event = "too_late", subnet = args.subnet, request = %id, reason = %e);
            }
            Err(e) => {
                inbox.open.insert(id, created); // retried at the next poll
                return Err(e);
            }
        }
    }
    Ok(())
}

/// Whether `e` is the contract saying answering closed under us (nothing to retry).
fn benign(e: &CliError) -> bool {
    let text = e.to_string();
    ["AnsweringClosed", "AlreadyAnswered", "RequestClosed"]
        .iter()
        .any(|name| text.contains(name))
}

/// Whether `me` is among the first `answers` answers of request `id`.
async fn answered_by(
    ctx: &Ctx,
    contract: Address,
    id: U256,
    answers: u8,
    me: Address,
) -> Result<bool, CliError> {
    let c = InferenceRequests::new(contract, &ctx.provider);
    for index in 0..answers {
        if c.answerOf(id, U256::from(index)).call().await?.miner == me {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Computes and sends this miner's answer to `created`, or declines it (logged, nothing sent).
async fn answer<K: Kind, M: Model<K>>(
    ctx: &Ctx,
    args: &Args,
    contract: Address,
    model: &Arc<M>,
    created: &Created,
) -> Result<(), CliError> {
    let id = created.id;
    let (m, input) = (Arc::clone(model), created.input.clone());
    let work = tokio::task::spawn_blocking(move || {
        tensora_services::requests::answer::<K, M>(m.as_ref(), &input)
    });
    let limit = Duration::from_millis(args.timeout_ms);
    let Ok(output) = tokio::time::timeout(limit, work).await else {
        tracing::warn!(target: "tensora::miner", event = "declined", subnet = args.subnet, request = %id,
            reason = %format!("the model took longer than --timeout-ms {}", args.timeout_ms));
        return Ok(());
    };
    let output = match output? {
        Ok(output) => output,
        Err(why) => {
            tracing::info!(target: "tensora::miner", event = "declined", subnet = args.subnet, request = %id, reason = %why);
            return Ok(());
        }
    };
    let c = InferenceRequests::new(contract, &ctx.provider);
    let what = format!("answering request {id}");
    if output.len() <= MAX_INLINE_OUTPUT {
        ctx.send(c.answer(id, output.clone().into()), &what, None)
            .await?;
        tracing::info!(target: "tensora::miner", event = "answered", subnet = args.subnet, request = %id, bytes = output.len(), inline = true);
        return Ok(());
    }
    let (Some(dir), Some(base)) = (&args.outputs_dir, &args.outputs_url) else {
        tracing::warn!(target: "tensora::miner", event = "declined", subnet = args.subnet, request = %id,
            reason = %format!("the output is {} bytes, more than the {MAX_INLINE_OUTPUT} that go on chain; pass --outputs-dir and --outputs-url to answer by hash", output.len()));
        return Ok(());
    };
    let hash = keccak256(&output);
    let file = dir.join(tensora_services::miner::output_file(hash));
    let uri = format!(
        "{}/outputs/{}",
        base.trim_end_matches('/'),
        tensora_services::miner::output_file(hash)
    );
    let existed = file.exists();
    if !existed {
        // Written under a temporary name first, so the server never serves half a file.
        let partial = file.with_extension("json.partial");
        std::fs::write(&partial, &output)
            .and_then(|()| std::fs::rename(&partial, &file))
            .map_err(|e| format!("writing {}: {e}", file.display()))?;
    }
    if let Err(e) = ctx
        .send(c.answerByHash(id, hash, uri.clone()), &what, None)
        .await
    {
        // A refused answer leaves no file behind (unless another answer already used it).
        if !existed {
            let _ = std::fs::remove_file(&file);
        }
        return Err(e);
    }
    tracing::info!(target: "tensora::miner", event = "answered", subnet = args.subnet, request = %id, bytes = output.len(), inline = false, uri);
    Ok(())
}
