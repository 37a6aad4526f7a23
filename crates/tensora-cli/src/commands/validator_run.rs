//! `tensora validator run`: a Predictia validator's loop. Each epoch it cuts tasks with known
//! ground truth from the S&P 500 series (npm `vega-datasets`), sends every task to every miner's
//! endpoint within the subnet's task timeout, scores miners by RMSE and MAE of their relative
//! errors and their latency (a miner that misses a task scores 0 and is flagged as timed out),
//! then commits the scores (salt kept on disk) and reveals them in the reveal phase, or submits
//! them directly on subnets without commit-reveal. Logs one JSON object per line.

use std::time::{Duration, Instant};

use alloy::primitives::{Address, U256};
use serde_json::{Value, json};
use tensora_bindings::Subnet;
use tensora_predictia::score::{self, Answers};
use tensora_predictia::{Forecast, Series, Task, task};

use super::CliResult;
use super::scores::{self, SaltArgs};
use crate::context::{ChainArgs, CliError, Ctx, TxArgs};

/// Flags of `tensora validator run`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// Tasks per epoch.
    #[arg(long, default_value_t = 8)]
    tasks: usize,
    /// Bars of history per task.
    #[arg(long, default_value_t = 60)]
    window: usize,
    /// Bars ahead to forecast.
    #[arg(long, default_value_t = 1)]
    horizon: usize,
    /// The price series to cut tasks from: a `date,open,high,low,close,adjclose,volume` CSV
    /// (default: TENSORA_DATA, or npm vega-datasets' S&P 500 in a checkout's node_modules).
    #[arg(long)]
    data: Option<std::path::PathBuf>,
    /// Seconds between polls.
    #[arg(long, default_value_t = 2)]
    poll_seconds: u64,
    /// Stop after revealing (or submitting) one epoch's scores, and on the first error.
    #[arg(long)]
    once: bool,
    #[command(flatten)]
    salts: SaltArgs,
    #[command(flatten)]
    chain: ChainArgs,
    #[command(flatten)]
    tx: TxArgs,
}

fn log(fields: Value) {
    crate::output::log_line("validator", fields);
}

/// Sends every task to every miner; returns the packed scores and timeout bitmap for all slots.
async fn score_epoch(
    contract: &Subnet::SubnetInstance<&alloy::providers::DynProvider>,
    series: &Series,
    args: &Args,
    epoch: u64,
) -> Result<(Vec<u8>, Vec<U256>, Value), CliError> {
    let slots = contract.slotHighWater().call().await?;
    let timeout =
        Duration::from_secs(u64::from(contract.hyperparameters().call().await?.taskTimeout).max(1));
    let tasks = task::cut(
        series,
        epoch.wrapping_mul(1_000_003).wrapping_add(args.subnet),
        args.tasks,
        args.window,
        args.horizon,
    );
    let mut miners: Vec<(u16, Address, String)> = Vec::new();
    for uid in 0..slots {
        let slot = contract.slotOf(uid).call().await?;
        if slot.account != Address::ZERO && !slot.isValidator {
            miners.push((
                uid,
                slot.account,
                contract.endpointOf(slot.account).call().await?,
            ));
        }
    }
    let client = reqwest::Client::builder().timeout(timeout).build()?;
    let mut handles = Vec::new();
    for (_, _, endpoint) in &miners {
        let (client, endpoint, tasks) = (client.clone(), endpoint.clone(), tasks.clone());
        handles.push(tokio::spawn(async move {
            query(&client, &endpoint, &tasks).await
        }));
    }
    let mut answers = Vec::new();
    let mut reasons = Vec::new();
    for h in handles {
        let (answered, why) = h
            .await
            .unwrap_or_else(|e| (Answers::default(), vec![format!("query task failed: {e}")]));
        answers.push(answered);
        reasons.push(why);
    }
    let s = score::scores(&answers, timeout.as_secs_f64());
    let mut scored = Vec::with_capacity(miners.len());
    let mut timed_out = Vec::new();
    let mut report = Vec::new();
    for (i, (uid, account, _)) in miners.iter().enumerate() {
        scored.push((u64::from(*uid), s[i]));
        if answers[i].missed > 0 {
            timed_out.push(u64::from(*uid));
        }
        report.push(json!({
            "uid": uid, "miner": account, "score": s[i], "missed": answers[i].missed,
            "rmse": score::rmse(&answers[i].errors), "mae": score::mae(&answers[i].errors),
            "missReasons": reasons[i],
        }));
    }
    let (packed, timeouts) = tensora_types::scores::encode(&scored, &timed_out, slots)?;
    Ok((packed, timeouts, json!(report)))
}

/// One miner's answers to all tasks, and why each missed task was missed (kinds, first seen).
async fn query(
    client: &reqwest::Client,
    endpoint: &str,
    tasks: &[(Task, f64)],
) -> (Answers, Vec<String>) {
    let mut a = Answers::default();
    let mut reasons: Vec<String> = Vec::new();
    for (t, truth) in tasks {
        let started = Instant::now();
        match answer(client, endpoint, t).await {
            Ok(f) => {
                a.errors.push(f.prediction / truth - 1.0);
                a.latencies.push(started.elapsed().as_secs_f64());
            }
            Err(reason) => {
                a.missed += 1;
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
    }
    (a, reasons)
}

/// One task's forecast, or why the miner did not give one (timeout, connection, HTTP status,
/// bad JSON, a prediction that is not a number).
async fn answer(client: &reqwest::Client, endpoint: &str, task: &Task) -> Result<Forecast, String> {
    let reply = client.post(endpoint).json(task).send().await.map_err(|e| {
        if e.is_timeout() {
            "timeout: no answer within the subnet's task timeout".to_owned()
        } else if e.is_connect() {
            format!("cannot connect to {endpoint} (nothing listening, or unreachable)")
        } else {
            format!("request failed: {e}")
        }
    })?;
    let status = reply.status();
    if !status.is_success() {
        return Err(format!("HTTP {status} from {endpoint}"));
    }
    let forecast: Forecast = reply.json().await.map_err(|e| {
        if e.is_timeout() {
            "timeout while reading the answer".to_owned()
        } else {
            format!("bad JSON (expected {{\"prediction\": <number>, ...}}): {e}")
        }
    })?;
    if !forecast.prediction.is_finite() {
        return Err("prediction is not a finite number".to_owned());
    }
    Ok(forecast)
}

pub(crate) async fn run(args: Args) -> CliResult {
    let data = crate::locate::price_data(args.data.clone())?;
    let series = Series::load_csv(&data, "SPX")?;
    let needed = args.window + args.horizon + 1;
    if args.tasks == 0 || series.bars.len() < needed {
        return Err(format!(
            "{} has {} price bars; {} task(s) of {} bars of history and {} ahead need at least {needed} \
             (is it a date,open,high,low,close,adjclose,volume CSV with a header line?)",
            data.display(),
            series.bars.len(),
            args.tasks,
            args.window,
            args.horizon
        )
        .into());
    }
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let contract = Subnet::new(instance, &ctx.provider);
    let salt_dir = args.salts.dir()?;
    log(
        json!({ "event": "started", "subnet": args.subnet, "validator": ctx.sender()?, "series": series.asset, "data": data, "bars": series.bars.len() }),
    );
    let mut done_epoch: Option<u64> = None;
    loop {
        match step(&ctx, &contract, &series, &args, &salt_dir, done_epoch).await {
            Ok(done) => {
                if args.once && done.is_some() && done != done_epoch {
                    return Ok(());
                }
                done_epoch = done.or(done_epoch);
            }
            // With --once (scripts, tests) fail fast; the service logs and retries at the next poll
            // (RPC failures, or a phase that ended under it).
            Err(e) if args.once => return Err(e),
            Err(e) => log(json!({ "event": "error", "error": e.to_string() })),
        }
        tokio::time::sleep(Duration::from_secs(args.poll_seconds)).await;
    }
}

/// One poll: commits, reveals or submits when the phase calls for it. Returns the epoch whose
/// scores are now final (revealed or submitted), if this poll finished one.
async fn step(
    ctx: &Ctx,
    contract: &Subnet::SubnetInstance<&alloy::providers::DynProvider>,
    series: &Series,
    args: &Args,
    salt_dir: &std::path::Path,
    done_epoch: Option<u64>,
) -> Result<Option<u64>, CliError> {
    let info = contract.epochInfo().call().await?;
    let now = ctx.next_block_time().await?;
    let (reveal_from, end) = (u64::from(info.revealFrom), u64::from(info.end));
    if done_epoch == Some(info.epoch) || now >= end {
        return Ok(None);
    }
    if !info.commitReveal {
        let (packed, timeouts, report) = score_epoch(contract, series, args, info.epoch).await?;
        let call = contract.submitScores(packed.into(), timeouts);
        ctx.send(
            call,
            &format!("submitting scores for epoch {}", info.epoch),
            None,
        )
        .await?;
        log(json!({ "event": "submitted", "epoch": info.epoch, "miners": report }));
        return Ok(Some(info.epoch));
    }
    let kept = scores::kept_commit(ctx, args.subnet, salt_dir).await?;
    if now < reveal_from && !scores::has_kept(&kept) {
        let (packed, timeouts, report) = score_epoch(contract, series, args, info.epoch).await?;
        scores::commit(ctx, args.subnet, packed.into(), timeouts, salt_dir).await?;
        log(json!({ "event": "committed", "epoch": info.epoch, "miners": report }));
    } else if now >= reveal_from && scores::has_kept(&kept) {
        scores::reveal(ctx, args.subnet, salt_dir).await?;
        log(json!({ "event": "revealed", "epoch": info.epoch }));
        return Ok(Some(info.epoch));
    }
    Ok(None)
}
