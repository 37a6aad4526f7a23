//! `tensora validator run`: a validator's loop for a subnet kind. Each epoch it draws tasks with
//! known answers (Predictia: windows of the S&P 500 series from npm `vega-datasets`; Linguista:
//! English verses of Debian's public-domain Bibles to translate into Spanish, optionally
//! constructed summaries, and one task sent twice for the consistency check; Visiona: images of
//! Debian's Fashion-MNIST test split, each with its category among others, and images with lines
//! of text it renders in DejaVu Sans), sends every task to
//! every miner's endpoint within the subnet's task timeout, scores the answers with the kind's
//! scorer (a miner that misses a task scores 0 and is flagged as timed out), then commits the
//! scores (salt kept on disk) and reveals them in the reveal phase, or submits them directly on
//! subnets without commit-reveal. The epoch's scoring is [`tensora_services::validator`]'s; logs
//! go through `tracing` (JSON lines under `--json`). With `--forecast-feeds` (Predictia) it also
//! publishes and settles forecast rounds ([`super::validator_feeds`]); with `--requests` it also
//! scores and releases escrowed requests to the subnet ([`super::validator_requests`]).

use std::time::Duration;

use alloy::primitives::Address;
use tensora_bindings::Subnet;
use tensora_linguista::{BibleTasks, Linguista};
use tensora_predictia::{FeedReplay, Predictia, Series, SeriesTasks};
use tensora_services::forecasts::MinerRecords;
use tensora_services::validator::{self, EpochScores};
use tensora_subnet::{Kind, Referee, Scorer, TaskSource};
use tensora_visiona::Visiona;

use super::scores::{self, SaltArgs};
use super::validator_feeds as feeds;
use super::validator_requests as requests;
use super::{CliResult, KindArg};
use crate::context::{ChainArgs, CliError, Ctx, TxArgs};

/// Flags of `tensora validator run`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// The subnet kind: predictia (forecasts against a price series), linguista (translations
    /// and summaries against Debian's public-domain Bibles) or visiona (classifying images of
    /// Debian's Fashion-MNIST test split, and reading text it renders).
    #[arg(long, value_enum, default_value_t = KindArg::Predictia)]
    kind: KindArg,
    /// Tasks per epoch (linguista: translation tasks; visiona: classify tasks).
    #[arg(long, default_value_t = 8)]
    tasks: usize,
    /// Linguista: summarization tasks per epoch as well (for subnets whose miners summarize; a
    /// miner that refuses a task misses it).
    #[arg(long, default_value_t = 0)]
    summaries: usize,
    /// Linguista: tasks sent a second time, for the consistency check (a miner whose second
    /// answer differs from its first loses score in proportion).
    #[arg(long, default_value_t = 1)]
    repeats: usize,
    /// Visiona: categories offered per image (the true one among them), 2 to 10.
    #[arg(long, default_value_t = 4)]
    choices: usize,
    /// Visiona: detect_text tasks per epoch as well (rendered images of 1 to 3 lines of text).
    #[arg(long, default_value_t = 2)]
    text_tasks: usize,
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
    /// Predictia: the subnet's ForecastFeeds. Each epoch the validator then also publishes one
    /// prediction per feed (the median of its miners' forecasts), finalizes an ended epoch's
    /// rounds, reports outcomes at the horizon and settles rounds whose report window closed.
    /// Prices are replayed from the --data series, a stand-in for a live price source.
    #[arg(long, value_parser = crate::context::parse_address)]
    forecast_feeds: Option<Address>,
    /// Also score the escrowed requests (`tensora request`) made to the subnet: once answering
    /// closes, ask a panel of the subnet's best miners the same task, score each answer against
    /// the reference their answers make (a stand-in for the truth), send the scores, and
    /// release the request when its score window closes.
    #[arg(long)]
    requests: bool,
    /// First block to read requests from (default: the deployment's first block).
    #[arg(long, requires = "requests")]
    requests_from_block: Option<u64>,
    /// Smallest request fee worth judging, in TORA (scoring and releasing cost the validator
    /// gas and its panel's time, and anyone can make dust requests).
    #[arg(
        long,
        value_parser = crate::context::parse_amount,
        default_value = "1",
        requires = "requests",
        allow_negative_numbers = true
    )]
    requests_min_fee: alloy::primitives::U256,
    /// Fetch outputs answered by hash from internal addresses too (loopback, private networks):
    /// for devnets and private deployments only; by default a URI that resolves there scores 0
    /// and is never requested.
    #[arg(long, requires = "requests")]
    requests_internal_uris: bool,
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

/// How one kind's epoch is scored: where its tasks come from and how answers are scored; how
/// a request's answers are judged without a known answer.
struct Scoring<'a, K: Kind> {
    source: &'a dyn TaskSource<K>,
    scorer: &'a dyn Scorer<K>,
    referee: &'a dyn Referee<K>,
}

/// Scores the epoch's miners ([`tensora_services::validator::score_epoch`]) on tasks drawn for this
/// epoch and subnet, scaled by their forecast-feed accuracy records when the validator keeps
/// them (`--forecast-feeds`), and logs one `scored` event per miner.
async fn score_epoch<K: Kind>(
    ctx: &Ctx,
    instance: Address,
    kind: &Scoring<'_, K>,
    args: &Args,
    epoch: u64,
    records: Option<&MinerRecords>,
) -> Result<EpochScores, CliError> {
    let seed = epoch.wrapping_mul(1_000_003).wrapping_add(args.subnet);
    let mut scored =
        validator::score_epoch::<K>(&ctx.provider, instance, kind.source, kind.scorer, seed)
            .await?;
    if let Some(records) = records {
        scored.scale(|miner| records.factor(miner));
    }
    for m in &scored.miners {
        tracing::info!(
            target: "tensora::validator",
            event = "scored",
            subnet = args.subnet,
            epoch,
            uid = m.uid,
            miner = %m.miner,
            score = m.score,
            missed = m.missed,
            miss_reasons = ?m.miss_reasons,
        );
    }
    Ok(scored)
}

pub(crate) async fn run(args: Args) -> CliResult {
    match args.kind {
        KindArg::Predictia => {
            let data = crate::locate::price_data(args.data.clone())?;
            let series = Series::load_csv(&data, "SPX")?;
            let source = SeriesTasks {
                series,
                count: args.tasks,
                window: args.window,
                horizon: args.horizon,
            };
            let (series, needed) = (&source.series, source.bars_needed());
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
            let what = format!(
                "{} ({} bars from {})",
                series.asset,
                series.bars.len(),
                data.display()
            );
            let scorer = tensora_predictia::Scoring;
            let feeds = match args.forecast_feeds {
                Some(address) => Some(feeds::Duty::new(
                    address,
                    FeedReplay {
                        series: source.series.clone(),
                        window: args.window,
                    },
                    args.salts
                        .dir()?
                        .join(format!("miner-records-{address:#x}.json")),
                )?),
                None => None,
            };
            serve::<Predictia>(
                &args,
                &Scoring {
                    source: &source,
                    scorer: &scorer,
                    referee: &tensora_predictia::Reference,
                },
                &what,
                feeds,
            )
            .await
        }
        KindArg::Linguista => {
            if args.tasks == 0 {
                return Err("--tasks must be at least 1".into());
            }
            let verses = tensora_linguista::bible::aligned(&tensora_linguista::bible::BOOKS)?;
            let what = format!(
                "{} aligned verses of {} and {}",
                verses.len(),
                tensora_linguista::bible::ENGLISH,
                tensora_linguista::bible::SPANISH
            );
            let source = BibleTasks {
                verses,
                translations: args.tasks,
                summaries: args.summaries,
                repeats: args.repeats,
            };
            let scorer = tensora_linguista::Scoring;
            serve::<Linguista>(
                &args,
                &Scoring {
                    source: &source,
                    scorer: &scorer,
                    referee: &tensora_linguista::Reference,
                },
                &what,
                None,
            )
            .await
        }
        KindArg::Visiona => {
            if args.tasks == 0 || !(2..=10).contains(&args.choices) {
                return Err("--tasks must be at least 1 and --choices 2 to 10".into());
            }
            let dir = tensora_visiona::data::dir();
            let split = tensora_visiona::data::load(&dir, "t10k")?;
            let pen = tensora_visiona::Pen::load()?;
            let what = format!(
                "{} test images of Fashion-MNIST from {}, and {} rendered text images per epoch in {}",
                split.images.len(),
                dir.display(),
                args.text_tasks,
                tensora_visiona::render::font_path().display()
            );
            let source = tensora_visiona::VisionaTasks {
                classify: tensora_visiona::FashionTasks {
                    split,
                    count: args.tasks,
                    choices: args.choices,
                },
                text: tensora_visiona::TextTasks {
                    pen: std::sync::Arc::new(pen),
                    count: args.text_tasks,
                },
            };
            let scorer = tensora_visiona::Scoring;
            serve::<Visiona>(
                &args,
                &Scoring {
                    source: &source,
                    scorer: &scorer,
                    referee: &tensora_visiona::Reference,
                },
                &what,
                None,
            )
            .await
        }
    }
}

/// The validator loop for kind `K`.
async fn serve<K: Kind>(
    args: &Args,
    kind: &Scoring<'_, K>,
    data: &str,
    mut feeds: Option<feeds::Duty>,
) -> CliResult {
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let contract = Subnet::new(instance, &ctx.provider);
    // A signer that is not a validator here could only fail at every poll: refuse it at once.
    let me = ctx.sender()?;
    let member = contract.memberOf(me).call().await?;
    if !member.registered || !member.isValidator {
        let subnet = args.subnet;
        let register = format!("`tensora validator register --subnet {subnet} --bond AMOUNT`");
        return Err(if member.registered {
            format!(
                "{me} is a miner in subnet {subnet}, not a validator: run with a validator's key, or register one with {register}"
            )
        } else {
            format!("{me} is not a member of subnet {subnet}: register it first with {register}")
        }
        .into());
    }
    let salt_dir = args.salts.dir()?;
    tracing::info!(
        target: "tensora::validator",
        event = "started",
        subnet = args.subnet,
        validator = %ctx.sender()?,
        kind = K::INFERENCE_TYPE,
        data,
    );
    if args.forecast_feeds.is_some() && feeds.is_none() {
        return Err("--forecast-feeds is for Predictia subnets (--kind predictia)".into());
    }
    if let Some(duty) = &feeds {
        feeds::check(&ctx, duty.address, instance, args.subnet).await?;
    }
    let mut requests = if args.requests {
        let mut duty = requests::Duty::new(
            ctx.address(tensora_bindings::names::INFERENCE_REQUESTS)?,
            args.requests_from_block
                .unwrap_or_else(|| ctx.deployment.start_block()),
            args.requests_min_fee,
        );
        duty.internal_uris = args.requests_internal_uris;
        Some(duty)
    } else {
        None
    };
    let mut done_epoch: Option<u64> = None;
    loop {
        if let Some(duty) = requests.as_mut()
            && let Err(e) =
                requests::poll(&ctx, instance, args.subnet, duty, kind.referee, kind.scorer).await
        {
            if args.once {
                return Err(e);
            }
            tracing::warn!(target: "tensora::validator", event = "error", subnet = args.subnet, requests = true, error = %e);
        }
        if let Some(duty) = feeds.as_mut()
            && let Err(e) = feeds::poll(&ctx, instance, duty, args.subnet).await
        {
            if args.once {
                return Err(e);
            }
            tracing::warn!(target: "tensora::validator", event = "error", subnet = args.subnet, feeds = %duty.address, error = %e);
        }
        let records = feeds.as_ref().map(|d| &d.records);
        match step(
            &ctx,
            &contract,
            kind,
            args,
            (&salt_dir, records),
            done_epoch,
        )
        .await
        {
            Ok(done) => {
                if args.once && done.is_some() && done != done_epoch {
                    return Ok(());
                }
                done_epoch = done.or(done_epoch);
            }
            // With --once (scripts, tests) fail fast; the service logs and retries at the next poll
            // (RPC failures, or a phase that ended under it).
            Err(e) if args.once => return Err(e),
            Err(e) => {
                tracing::warn!(target: "tensora::validator", event = "error", subnet = args.subnet, error = %e);
            }
        }
        tokio::time::sleep(Duration::from_secs(args.poll_seconds)).await;
    }
}

/// One poll: commits, reveals or submits when the phase calls for it. Returns the epoch whose
/// scores are now final (revealed or submitted), if this poll finished one.
async fn step<K: Kind>(
    ctx: &Ctx,
    contract: &Subnet::SubnetInstance<&alloy::providers::DynProvider>,
    kind: &Scoring<'_, K>,
    args: &Args,
    (salt_dir, records): (&std::path::Path, Option<&MinerRecords>),
    done_epoch: Option<u64>,
) -> Result<Option<u64>, CliError> {
    let info = contract.epochInfo().call().await?;
    let now = ctx.next_block_time().await?;
    let (reveal_from, end) = (u64::from(info.revealFrom), u64::from(info.end));
    if done_epoch == Some(info.epoch) || now >= end {
        return Ok(None);
    }
    if !info.commitReveal {
        let scored = score_epoch(ctx, *contract.address(), kind, args, info.epoch, records).await?;
        let call = contract.submitScores(scored.packed.into(), scored.timeouts);
        ctx.send(
            call,
            &format!("submitting scores for epoch {}", info.epoch),
            None,
        )
        .await?;
        tracing::info!(target: "tensora::validator", event = "submitted", subnet = args.subnet, epoch = info.epoch, miners = scored.miners.len());
        return Ok(Some(info.epoch));
    }
    let kept = scores::kept_commit(ctx, args.subnet, salt_dir).await?;
    if now < reveal_from && !scores::has_kept(&kept) {
        let scored = score_epoch(ctx, *contract.address(), kind, args, info.epoch, records).await?;
        let miners = scored.miners.len();
        scores::commit(
            ctx,
            args.subnet,
            scored.packed.into(),
            scored.timeouts,
            salt_dir,
        )
        .await?;
        tracing::info!(target: "tensora::validator", event = "committed", subnet = args.subnet, epoch = info.epoch, miners);
    } else if now >= reveal_from && scores::has_kept(&kept) {
        scores::reveal(ctx, args.subnet, salt_dir).await?;
        tracing::info!(target: "tensora::validator", event = "revealed", subnet = args.subnet, epoch = info.epoch);
        return Ok(Some(info.epoch));
    }
    Ok(None)
}
