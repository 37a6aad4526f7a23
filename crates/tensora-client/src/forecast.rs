//! A Predictia subnet's forecast feeds ([`ForecastFeeds`]): the feeds and their latest rounds read
//! from the chain, request ids taken apart, and values converted between the contract's WAD
//! relative changes (1e18 = +100%) and fractions.

use alloy::primitives::{Address, B256, I256};
use alloy::providers::DynProvider;
use serde::Serialize;
use tensora_bindings::ForecastFeeds;

use crate::ReadError;

/// "No prediction for this feed" in `publishForecasts` (the contract's `NO_VALUE`).
pub const NO_VALUE: i64 = i64::MIN;

/// One feed with its latest round.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedView {
    /// Its index.
    pub index: u32,
    /// The asset pair.
    pub asset: String,
    /// Seconds ahead it forecasts.
    pub horizon: u32,
    /// Seconds after publication its rounds stop counting.
    pub stale_after: u32,
    /// Tolerance, as a fraction.
    pub tolerance: f64,
    /// Whether it is listed.
    pub active: bool,
    /// Requests recorded.
    pub requests: u64,
    /// The accuracy record, 0 to 1.
    pub accuracy: f64,
    /// Rounds settled against the outcome.
    pub settled_rounds: u64,
    /// The latest round, if any.
    pub latest: Option<RoundView>,
}

/// One round.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundView {
    /// Its id (from 1).
    pub id: u64,
    /// The expected relative change, as a fraction (-0.02 = a 2% drop).
    pub prediction: f64,
    /// The prediction as the contract holds it (WAD).
    pub prediction_wad: i64,
    /// 0 to 100, as published.
    pub confidence: u8,
    /// When it was published (the end of its epoch), chain seconds.
    pub published_at: u32,
    /// The subnet epoch that published it.
    pub epoch: u64,
    /// Validators combined.
    pub publishers: u16,
    /// The realised change, as a fraction, once settled.
    pub realised: Option<f64>,
}

impl RoundView {
    fn from_contract(
        id: u64,
        r: &tensora_bindings::generated::forecast_feeds::IForecastFeeds::Round,
    ) -> Self {
        Self {
            id,
            prediction: from_wad(r.prediction),
            prediction_wad: r.prediction,
            confidence: r.confidence,
            published_at: r.publishedAt,
            epoch: r.epoch,
            publishers: r.publishers,
            realised: r.settled.then(|| from_wad(r.realised)),
        }
    }
}

/// `fraction` (e.g. -0.02) in WAD, if finite and within the contract's range [-1, +9].
pub fn to_wad(fraction: f64) -> Option<i64> {
    if !fraction.is_finite() || !(-1.0..=9.0).contains(&fraction) {
        return None;
    }
    // In range, so |fraction * 1e18| <= 9e18 < i64::MAX.
    #[allow(clippy::cast_possible_truncation)]
    Some((fraction * 1e18).round() as i64)
}

/// A WAD value as a fraction.
#[allow(clippy::cast_precision_loss)]
pub fn from_wad(wad: i64) -> f64 {
    wad as f64 / 1e18
}

/// What a request id names: feed, round (0: none yet) and serial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RequestParts {
    /// The feed's index.
    pub feed: u32,
    /// The round it is bound to.
    pub round: u64,
    /// Its serial among the feed's requests.
    pub serial: u64,
}

/// Takes a request id of `ForecastFeeds` apart (the layout its `requestForecast` writes).
pub fn request_parts(id: B256) -> RequestParts {
    let b = id.0;
    let word = |from: usize, len: usize| {
        b[from..from + len]
            .iter()
            .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte))
    };
    RequestParts {
        feed: u32::try_from(word(4, 4)).unwrap_or(u32::MAX),
        round: word(16, 8),
        serial: word(24, 8),
    }
}

/// Every feed of `feeds` with its latest round.
pub async fn feeds(provider: &DynProvider, feeds: Address) -> Result<Vec<FeedView>, ReadError> {
    let contract = ForecastFeeds::new(feeds, provider);
    let count = contract
        .feedCount()
        .call()
        .await
        .map_err(ReadError::call("reading the feed count"))?;
    let count = u32::try_from(count).unwrap_or(u32::MAX);
    let mut out = Vec::new();
    for index in 0..count {
        out.push(feed(provider, feeds, index).await?);
    }
    Ok(out)
}

/// Feed `index` of `feeds` with its latest round.
pub async fn feed(
    provider: &DynProvider,
    feeds: Address,
    index: u32,
) -> Result<FeedView, ReadError> {
    let contract = ForecastFeeds::new(feeds, provider);
    let f = contract
        .feedAt(index)
        .call()
        .await
        .map_err(ReadError::call(format!("reading feed {index}")))?;
    let latest = if f.latestRound == 0 {
        None
    } else {
        let r = contract
            .roundOf(index, f.latestRound)
            .call()
            .await
            .map_err(ReadError::call(format!(
                "reading round {} of feed {index}",
                f.latestRound
            )))?;
        Some(RoundView::from_contract(f.latestRound, &r))
    };
    #[allow(clippy::cast_precision_loss)]
    Ok(FeedView {
        index,
        asset: f.asset,
        horizon: f.horizon,
        stale_after: f.staleAfter,
        tolerance: f.tolerance as f64 / 1e18,
        active: f.active,
        requests: f.requests,
        accuracy: f.accuracy as f64 / 1e18,
        settled_rounds: f.settledRounds,
        latest,
    })
}

/// Round `round` of feed `index`, if it exists.
pub async fn round(
    provider: &DynProvider,
    feeds: Address,
    index: u32,
    round: u64,
) -> Result<Option<RoundView>, ReadError> {
    let r = ForecastFeeds::new(feeds, provider)
        .roundOf(index, round)
        .call()
        .await
        .map_err(ReadError::call(format!(
            "reading round {round} of feed {index}"
        )))?;
    Ok((r.publishedAt != 0).then(|| RoundView::from_contract(round, &r)))
}

/// `getForecast(id)` as the contract answers it now: prediction (fraction) and confidence.
pub async fn get(
    provider: &DynProvider,
    feeds: Address,
    id: B256,
) -> Result<(f64, u64), ReadError> {
    let answer = ForecastFeeds::new(feeds, provider)
        .getForecast(id)
        .call()
        .await
        .map_err(ReadError::call(format!("reading forecast {id}")))?;
    let prediction =
        i64::try_from(answer.prediction).unwrap_or(if answer.prediction < I256::ZERO {
            i64::MIN
        } else {
            i64::MAX
        });
    Ok((
        from_wad(prediction),
        u64::try_from(answer.confidence).unwrap_or(u64::MAX),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wad_conversion_respects_the_contract_range() {
        assert_eq!(to_wad(-0.02), Some(-20_000_000_000_000_000));
        assert_eq!(to_wad(-1.0), Some(-1_000_000_000_000_000_000));
        assert_eq!(to_wad(9.0), Some(9_000_000_000_000_000_000));
        assert_eq!(to_wad(-1.01), None);
        assert_eq!(to_wad(9.5), None);
        assert_eq!(to_wad(f64::NAN), None);
        assert!((from_wad(-15_000_000_000_000_000) + 0.015).abs() < 1e-15);
    }

    #[test]
    fn request_ids_come_apart_as_the_contract_builds_them() {
        // (REQUEST_TAG << 224) | (feed << 192) | (round << 64) | serial
        let mut id = [0u8; 32];
        id[..4].copy_from_slice(b"FEED");
        id[4..8].copy_from_slice(&3u32.to_be_bytes());
        id[16..24].copy_from_slice(&7u64.to_be_bytes());
        id[24..32].copy_from_slice(&42u64.to_be_bytes());
        assert_eq!(
            request_parts(B256::from(id)),
            RequestParts {
                feed: 3,
                round: 7,
                serial: 42
            }
        );
    }
}
