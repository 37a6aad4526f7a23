//! A Predictia validator's part in its subnet's forecast feeds ([`tensora_bindings::ForecastFeeds`]):
//!
//! - [`predictions`]: for each feed the epoch's ballot carries, the median of the relative
//!   changes the subnet's miners forecast for the feed's next round, in WAD (`NO_VALUE` for a
//!   withdrawn feed or when no miner answered);
//! - [`due_outcomes`]: the realised change of every recent round whose report window is open;
//! - [`MinerRecords`]: each miner's forecasts for the rounds the validator published and, once
//!   their outcomes are known, each miner's feed accuracy record, which scales the scores the
//!   validator gives it: a miner whose forecasts were far off loses part of its reward.
//!
//! Both read their prices from a [`FeedReplay`], the **stand-in for a live price source** (see
//! its documentation): the feed's rounds walk a bundled series bar by bar.

use std::collections::BTreeMap;
use std::path::Path;

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use serde::{Deserialize, Serialize};
use tensora_bindings::{ForecastFeeds, Subnet};
use tensora_client::forecast::{self, NO_VALUE};
use tensora_client::{ReadError, miners};
use tensora_predictia::{FeedReplay, Predictia};

use crate::validator::{ValidatorError, ask_all, task_timeout};

/// Rounds back from the latest that [`due_outcomes`] looks at.
pub const OUTCOME_LOOKBACK: u64 = 8;

/// An epoch's predictions: one per feed the ballots carry, and what each miner forecast.
#[derive(Debug, Clone, Default)]
pub struct Predictions {
    /// One per feed, in feed order (WAD, `NO_VALUE` where there is none).
    pub wad: Vec<i64>,
    /// Per feed with a prediction, what each answering miner forecast.
    pub by_miner: Vec<MinerForecasts>,
}

/// The miners' forecasts for one round of one feed.
#[derive(Debug, Clone, Default)]
pub struct MinerForecasts {
    /// The feed.
    pub feed: u32,
    /// The round the forecasts are for.
    pub round: u64,
    /// The feed's tolerance, as a fraction.
    pub tolerance: f64,
    /// Each answering miner and the change it forecast.
    pub forecasts: Vec<(Address, f64)>,
}

/// One prediction per feed the current epoch's ballots carry, in feed order (see the module).
/// Call it once an older waiting epoch has been finalized (`finalizeRounds`), so that each
/// feed's next round, and with it the replayed bars, is the one this epoch will publish.
pub async fn predictions(
    provider: &DynProvider,
    subnet: Address,
    feeds: Address,
    replay: &FeedReplay,
) -> Result<Predictions, ValidatorError> {
    let contract = ForecastFeeds::new(feeds, provider);
    let epoch = Subnet::new(subnet, provider)
        .epochInfo()
        .call()
        .await
        .map_err(ReadError::call("reading the epoch"))?
        .epoch;
    let pending = contract
        .pending()
        .call()
        .await
        .map_err(ReadError::call("reading the pending epoch"))?;
    let all = forecast::feeds(provider, feeds).await?;
    // The epoch's ballots carry the feeds listed at its first ballot.
    let carried = if pending.endsAt != 0 && pending.epoch == epoch {
        usize::from(pending.feeds)
    } else {
        all.len()
    };
    let timeout = task_timeout(provider, subnet).await?;
    let (_, serving) = miners::miners(provider, subnet).await?;
    let client = reqwest::Client::builder().build()?;
    let mut out = Vec::with_capacity(carried);
    let mut by_miner = Vec::new();
    for feed in all.iter().take(carried) {
        let round = feed.latest.as_ref().map_or(0, |r| r.id) + 1;
        let (Some(task), Some(reference)) = (
            replay.task(&feed.asset, round),
            replay.reference_close(round),
        ) else {
            out.push(NO_VALUE);
            continue;
        };
        if !feed.active {
            out.push(NO_VALUE);
            continue;
        }
        let mut changes = Vec::new();
        let mut forecasts = Vec::new();
        for m in &serving {
            let replies =
                ask_all::<Predictia>(&client, &m.endpoint, std::slice::from_ref(&task), timeout)
                    .await;
            if let Some(Ok((answer, _))) = replies.into_iter().next()
                && answer.prediction.is_finite()
                && answer.prediction > 0.0
            {
                let change = answer.prediction / reference - 1.0;
                changes.push(change);
                forecasts.push((m.account, change));
            }
        }
        let prediction = median(&mut changes)
            .and_then(forecast::to_wad)
            .unwrap_or(NO_VALUE);
        if prediction != NO_VALUE {
            by_miner.push(MinerForecasts {
                feed: feed.index,
                round,
                tolerance: feed.tolerance,
                forecasts,
            });
        }
        out.push(prediction);
    }
    Ok(Predictions { wad: out, by_miner })
}

/// Each miner's forecasts for rounds awaiting their outcome, and each miner's feed accuracy
/// record (see the module). The record follows the rule `ForecastFeeds` applies to a feed's
/// rounds, per miner: it starts at [`MinerRecords::INITIAL`] (a miner without a track record
/// gets half its score, so a fresh identity gains nothing over an accurate miner) and, at each
/// settled round the miner forecast, moves a quarter of the way toward `t / (t + |error|)`, with
/// `t` the feed's tolerance. Kept in a JSON file so a restart does not forget it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MinerRecords {
    /// `"<feed>-<round>"`: the feed's tolerance and each miner's forecast change.
    pending: BTreeMap<String, (f64, BTreeMap<Address, f64>)>,
    /// Each miner's accuracy record, 0 to 1.
    accuracy: BTreeMap<Address, f64>,
}

impl MinerRecords {
    /// The record of a miner with no settled forecast.
    pub const INITIAL: f64 = 0.5;
    /// Rounds kept waiting for their outcome at most (older ones are dropped first).
    pub const MAX_PENDING: usize = 1024;

    /// The records in `path`, or none yet when it does not exist.
    pub fn load(path: &Path) -> Result<Self, String> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| format!("{} is not a miner records file: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(format!("reading {}: {e}", path.display())),
        }
    }

    /// Writes the records to `path` (through a temporary file, so a crash never leaves half).
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let partial = path.with_extension("json.partial");
        let bytes = serde_json::to_vec(self).map_err(|e| e.to_string())?;
        std::fs::write(&partial, bytes)
            .and_then(|()| std::fs::rename(&partial, path))
            .map_err(|e| format!("writing {}: {e}", path.display()))
    }

    /// Remembers the miners' forecasts for a round (none without a positive tolerance).
    pub fn record(&mut self, f: &MinerForecasts) {
        if f.forecasts.is_empty() || f.tolerance.is_nan() || f.tolerance <= 0.0 {
            return;
        }
        self.pending.insert(
            format!("{}-{}", f.feed, f.round),
            (f.tolerance, f.forecasts.iter().copied().collect()),
        );
        while self.pending.len() > Self::MAX_PENDING {
            let oldest = self.pending.keys().next().cloned();
            if let Some(k) = oldest {
                self.pending.remove(&k);
            }
        }
    }

    /// Settles round `round` of feed `feed` at the realised change `realised`: each miner that
    /// forecast it moves its record; returns the miners and their new records.
    pub fn settle(&mut self, feed: u32, round: u64, realised: f64) -> Vec<(Address, f64)> {
        let Some((t, forecasts)) = self.pending.remove(&format!("{feed}-{round}")) else {
            return Vec::new();
        };
        if !realised.is_finite() {
            return Vec::new();
        }
        forecasts
            .into_iter()
            .map(|(miner, change)| {
                let target = t / (t + (change - realised).abs());
                let record = self.accuracy.entry(miner).or_insert(Self::INITIAL);
                *record += (target - *record) / 4.0;
                (miner, *record)
            })
            .collect()
    }

    /// The factor a miner's score is scaled by: its record ([`MinerRecords::INITIAL`] without).
    pub fn factor(&self, miner: Address) -> f64 {
        self.accuracy.get(&miner).copied().unwrap_or(Self::INITIAL)
    }
}

/// `(feed, round, realised change in WAD)` for every round among each feed's last
/// [`OUTCOME_LOOKBACK`] that is unsettled and whose report window is open at `now`.
pub async fn due_outcomes(
    provider: &DynProvider,
    feeds: Address,
    replay: &FeedReplay,
    now: u64,
) -> Result<Vec<(u32, u64, i64)>, ReadError> {
    let window = u64::from(
        ForecastFeeds::new(feeds, provider)
            .bounds()
            .call()
            .await
            .map_err(ReadError::call("reading the feed bounds"))?
            .settleWindow,
    );
    let mut due = Vec::new();
    for feed in forecast::feeds(provider, feeds).await? {
        let Some(latest) = feed.latest.as_ref().map(|r| r.id) else {
            continue;
        };
        for id in latest.saturating_sub(OUTCOME_LOOKBACK - 1).max(1)..=latest {
            let Some(round) = forecast::round(provider, feeds, feed.index, id).await? else {
                continue;
            };
            let opens = u64::from(round.published_at) + u64::from(feed.horizon);
            if round.realised.is_some() || now < opens || now >= opens + window {
                continue;
            }
            if let Some(realised) = replay.outcome(id).and_then(forecast::to_wad) {
                due.push((feed.index, id, realised));
            }
        }
    }
    Ok(due)
}

/// The median of `values` (the mean of the middle two for an even count), `None` when empty.
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        f64::midpoint(values[mid - 1], values[mid])
    })
}

#[cfg(test)]
mod tests {
    use alloy::primitives::Address;

    use super::{MinerForecasts, MinerRecords, median};

    #[test]
    fn miners_far_off_lose_record_and_the_records_survive_a_restart() {
        let (near, far, silent) = (
            Address::repeat_byte(1),
            Address::repeat_byte(2),
            Address::repeat_byte(3),
        );
        let mut r = MinerRecords::default();
        assert!((r.factor(near) - 0.5).abs() < 1e-12);
        for round in 1..=8 {
            r.record(&MinerForecasts {
                feed: 0,
                round,
                tolerance: 0.01,
                forecasts: vec![(near, -0.021), (far, 0.05)],
            });
        }
        // Nothing moves before an outcome, nor for a round nobody recorded.
        assert!(r.settle(0, 99, -0.02).is_empty());
        for round in 1..=8 {
            let moved = r.settle(0, round, -0.02);
            assert_eq!(moved.len(), 2);
        }
        // near: t / (t + 0.001) = 0.909...; far: t / (t + 0.07) = 0.125; both approach them.
        assert!(
            r.factor(near) > 0.85 && r.factor(near) < 0.91,
            "{}",
            r.factor(near)
        );
        assert!(
            r.factor(far) < 0.2 && r.factor(far) > 0.125,
            "{}",
            r.factor(far)
        );
        assert!((r.factor(silent) - MinerRecords::INITIAL).abs() < 1e-12);
        // A settled round does not settle twice.
        assert!(r.settle(0, 1, -0.02).is_empty());

        let path =
            std::env::temp_dir().join(format!("tensora-miner-records-{}.json", std::process::id()));
        r.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(MinerRecords::load(&path), Ok(r));
        std::fs::write(&path, b"not json").unwrap_or_default();
        assert!(
            MinerRecords::load(&path).is_err_and(|e| e.contains("is not a miner records file"))
        );
        let _ = std::fs::remove_file(&path);
        assert_eq!(MinerRecords::load(&path), Ok(MinerRecords::default()));
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [0.3, -0.1, 0.2]), Some(0.2));
        assert_eq!(median(&mut [0.4, -0.2, 0.0, 0.2]), Some(0.1));
    }
}
