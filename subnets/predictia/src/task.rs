//! The Predictia task (the seed's `price_prediction`) and a miner's answer, with ground-truth tasks
//! cut from a series.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::{Bar, Series};

/// What a validator asks: forecast `asset`'s close `horizon` bars after the last of `history`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Task {
    /// Always `price_prediction`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The asset, e.g. `SPX`.
    pub asset: String,
    /// Steps ahead, as the seed writes it (`"1d"`, `"5d"`).
    pub horizon: String,
    /// The fields each history bar carries.
    pub features: Vec<String>,
    /// The most recent bars, oldest first.
    pub history: Vec<Bar>,
}

/// A miner's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Forecast {
    /// The forecast close.
    pub prediction: f64,
    /// Which model produced it.
    pub model: String,
}

impl Task {
    /// A `price_prediction` task for `asset`, `steps` bars after the last of `history`, with
    /// every bar field as a feature.
    pub fn price_prediction(asset: &str, steps: usize, history: Vec<Bar>) -> Self {
        Self {
            kind: "price_prediction".into(),
            asset: asset.into(),
            horizon: format!("{steps}d"),
            features: ["open", "high", "low", "close", "volume"]
                .map(String::from)
                .to_vec(),
            history,
        }
    }

    /// Number of bars ahead `horizon` stands for (`"3d"` -> 3), if well-formed and at least 1.
    pub fn steps(&self) -> Option<usize> {
        self.horizon
            .strip_suffix('d')
            .and_then(|n| n.parse().ok())
            .filter(|n| *n >= 1)
    }
}

/// `count` tasks with `window` bars of history and a `horizon`-bar target, at positions drawn
/// from `seed`; each with its true close.
pub fn cut(
    series: &Series,
    seed: u64,
    count: usize,
    window: usize,
    horizon: usize,
) -> Vec<(Task, f64)> {
    let span = window + horizon;
    if series.bars.len() <= span {
        return Vec::new();
    }
    let mut state = seed;
    (0..count)
        .map(|_| {
            let start = usize::try_from(
                tensora_subnet::splitmix64(&mut state) % (series.bars.len() - span) as u64,
            )
            .unwrap_or(0);
            let history = series.bars[start..start + window].to_vec();
            let truth = series.bars[start + window + horizon - 1].close;
            let task = Task::price_prediction(&series.asset, horizon, history);
            (task, truth)
        })
        .collect()
}
