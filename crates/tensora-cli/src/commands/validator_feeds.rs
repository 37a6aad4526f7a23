//! The forecast-feed duties of `tensora validator run --forecast-feeds` (Predictia), one poll at a
//! time: finalize an ended epoch's rounds, publish this epoch's predictions once its stake is
//! fixed, report the outcome of rounds at their horizon, and settle rounds whose report window
//! closed. Predictions and outcomes come from [`tensora_services::forecasts`]. The miners'
//! forecasts are remembered and, at each outcome, move their accuracy records
//! ([`forecasts::MinerRecords`], kept beside the salts), which scale the epoch scores the
//! validator gives them.

use std::collections::BTreeSet;

use alloy::primitives::Address;
use tensora_bindings::{ForecastFeeds, Subnet};
use tensora_client::forecast;
use tensora_predictia::FeedReplay;
use tensora_services::forecasts;

use crate::context::{CliError, Ctx};

/// What the validator does for one ForecastFeeds.
pub(crate) struct Duty {
    /// The contract.
    pub(crate) address: Address,
    /// Where prices come from (a stand-in for a live source).
    pub(crate) replay: FeedReplay,
    /// What it has already done, so that a poll does not repeat it.
    pub(crate) done: Done,
    /// Its miners' forecasts and accuracy records ([`forecasts::MinerRecords`]), which scale
    /// the scores it gives them.
    pub(crate) records: forecasts::MinerRecords,
    /// Where the records are kept.
    pub(crate) records_path: std::path::PathBuf,
}

impl Duty {
    /// The duty for `address`, with the records kept at `records_path` (loaded if present).
    pub(crate) fn new(
        address: Address,
        replay: FeedReplay,
        records_path: std::path::PathBuf,
    ) -> Result<Self, CliError> {
        Ok(Self {
            address,
            replay,
            done: Done::default(),
            records: forecasts::MinerRecords::load(&records_path)?,
            records_path,
        })
    }
}

/// Work already done (or found done by someone else).
#[derive(Default)]
pub(crate) struct Done {
    published: Option<u64>,
    reported: BTreeSet<(u32, u64)>,
    settled: BTreeSet<(u32, u64)>,
}

/// Whether `e` is the contract refusing a second ballot from us (after a restart, say).
fn already(e: &CliError) -> bool {
    e.to_string().contains("AlreadySubmitted")
}

/// Fails unless `feeds` is a ForecastFeeds contract serving `subnet` (subnet `subnet_id`).
pub(crate) async fn check(
    ctx: &Ctx,
    feeds: Address,
    subnet: Address,
    subnet_id: u64,
) -> Result<(), CliError> {
    let served = ForecastFeeds::new(feeds, &ctx.provider)
        .subnet()
        .call()
        .await
        .map_err(|e| {
            format!("--forecast-feeds {feeds} is not a ForecastFeeds contract on this chain ({e})")
        })?;
    if served != subnet {
        return Err(format!(
            "--forecast-feeds {feeds} serves the subnet at {served}, not subnet {subnet_id} ({subnet})"
        )
        .into());
    }
    Ok(())
}

/// One poll of the duties (see the module).
pub(crate) async fn poll(
    ctx: &Ctx,
    subnet: Address,
    duty: &mut Duty,
    subnet_id: u64,
) -> Result<(), CliError> {
    let contract = ForecastFeeds::new(duty.address, &ctx.provider);
    let info = Subnet::new(subnet, &ctx.provider)
        .epochInfo()
        .call()
        .await?;
    let now = ctx.next_block_time().await?;
    let pending = contract.pending().call().await?;

    if pending.endsAt != 0 && pending.epoch != info.epoch && now >= u64::from(pending.endsAt) {
        ctx.send(
            contract.finalizeRounds(),
            &format!("finalizing the forecast rounds of epoch {}", pending.epoch),
            None,
        )
        .await?;
        tracing::info!(target: "tensora::validator", event = "rounds_finalized", subnet = subnet_id, epoch = pending.epoch);
    }

    let opens = if info.commitReveal {
        u64::from(info.revealFrom)
    } else {
        0
    };
    if duty.done.published != Some(info.epoch) && now >= opens && now < u64::from(info.end) {
        let forecasts::Predictions {
            wad: predictions,
            by_miner,
        } = forecasts::predictions(&ctx.provider, subnet, duty.address, &duty.replay).await?;
        if !predictions.is_empty() {
            let sent = ctx
                .send(
                    contract.publishForecasts(predictions.clone()),
                    &format!(
                        "publishing {} forecast(s) for epoch {}",
                        predictions.len(),
                        info.epoch
                    ),
                    None,
                )
                .await;
            match sent {
                Ok(_) => {
                    tracing::info!(target: "tensora::validator", event = "forecasts_published", subnet = subnet_id, epoch = info.epoch, predictions = ?predictions);
                    for f in &by_miner {
                        duty.records.record(f);
                    }
                    duty.records.save(&duty.records_path)?;
                }
                Err(e) if already(&e) => {}
                Err(e) => return Err(e),
            }
        }
        duty.done.published = Some(info.epoch);
    }

    let chain_now = ctx.chain_time().await?;
    for (feed, round, realised) in
        forecasts::due_outcomes(&ctx.provider, duty.address, &duty.replay, now).await?
    {
        if !duty.done.reported.insert((feed, round)) {
            continue;
        }
        // The miners who forecast this round move their records, whoever reports it.
        let moved = duty
            .records
            .settle(feed, round, forecast::from_wad(realised));
        if !moved.is_empty() {
            duty.records.save(&duty.records_path)?;
            tracing::info!(target: "tensora::validator", event = "miner_accuracy", subnet = subnet_id, feed, round, records = ?moved);
        }
        let sent = ctx
            .send(
                contract.reportOutcome(feed, round, realised),
                &format!("reporting the outcome of feed {feed} round {round}"),
                None,
            )
            .await;
        match sent {
            Ok(_) => {
                tracing::info!(target: "tensora::validator", event = "outcome_reported", subnet = subnet_id, feed, round, realised = forecast::from_wad(realised));
            }
            Err(e) if already(&e) => {}
            Err(e) => return Err(e),
        }
    }

    // Settle what we reported once its window has closed (anyone may; the reporter does).
    let window = u64::from(contract.bounds().call().await?.settleWindow);
    let reported: Vec<(u32, u64)> = duty
        .done
        .reported
        .difference(&duty.done.settled)
        .copied()
        .collect();
    for (feed, round) in reported {
        let Some(r) = forecast::round(&ctx.provider, duty.address, feed, round).await? else {
            continue;
        };
        let horizon = u64::from(contract.feedAt(feed).call().await?.horizon);
        if r.realised.is_some() {
            duty.done.settled.insert((feed, round));
            continue;
        }
        if chain_now.max(now) < u64::from(r.published_at) + horizon + window {
            continue;
        }
        ctx.send(
            contract.settleRound(feed, round),
            &format!("settling feed {feed} round {round}"),
            None,
        )
        .await?;
        duty.done.settled.insert((feed, round));
        tracing::info!(target: "tensora::validator", event = "round_settled", subnet = subnet_id, feed, round);
    }
    Ok(())
}
