//! A Predictia validator's part in its subnet's forecast feeds ([`tensora_bindings::ForecastFeeds`]):
//!
//! - [`predictions`]: for each feed the epoch's ballot carries, the median of the relative
//!   changes the subnet's miners forecast for the feed's next round, in WAD (`NO_VALUE` for a
//!   withdrawn feed or when no miner answered);
//! - [`due_outcomes`]: the realised change of every recent round whose report window is open.
//!
//! Both read their prices from a [`FeedReplay`], the **stand-in for a live price source** (see
//! its documentation): the feed's rounds walk a bundled series bar by bar.

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use tensora_bindings::{ForecastFeeds, Subnet};
use tensora_client::forecast::{self, NO_VALUE};
use tensora_client::{ReadError, miners};
use tensora_predictia::{FeedReplay, Predictia};

use crate::validator::{ValidatorError, ask_all, task_timeout};

/// Rounds back from the latest that [`due_outcomes`] looks at.
pub const OUTCOME_LOOKBACK: u64 = 8;

/// One prediction per feed the current epoch's ballots carry, in feed order (see the module).
/// Call it once an older waiting epoch has been finalized (`finalizeRounds`), so that each
/// feed's next round, and with it the replayed bars, is the one this epoch will publish.
pub async fn predictions(
    provider: &DynProvider,
    subnet: Address,
    feeds: Address,
    replay: &FeedReplay,
) -> Result<Vec<i64>, ValidatorError> {
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
        for m in &serving {
            let replies =
                ask_all::<Predictia>(&client, &m.endpoint, std::slice::from_ref(&task), timeout)
                    .await;
            if let Some(Ok((answer, _))) = replies.into_iter().next()
                && answer.prediction.is_finite()
                && answer.prediction > 0.0
            {
                changes.push(answer.prediction / reference - 1.0);
            }
        }
        out.push(
            median(&mut changes)
                .and_then(forecast::to_wad)
                .unwrap_or(NO_VALUE),
        );
    }
    Ok(out)
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
    use super::median;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [0.3, -0.1, 0.2]), Some(0.2));
        assert_eq!(median(&mut [0.4, -0.2, 0.0, 0.2]), Some(0.1));
    }
}
