//! What a subnet kind implements, so that the miner server, the validator loop and the dApp side
//! (`tensora-services`, the CLI) work for every kind without knowing it.
//!
//! A kind ([`Kind`]) names its task and answer types (JSON on the wire, with their JSON schemas
//! served by every miner at `GET /schema`) and what a validator knows about a task's right answer
//! ([`Kind::Truth`]). A miner runs a [`Model`]; a validator draws tasks with known answers from a
//! [`TaskSource`] and turns every miner's [`Outcome`]s into the uint16 scores it reveals with a
//! [`Scorer`]. Predictia (`subnets/predictia`) is the first kind.

use std::time::Duration;

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A subnet kind: its wire types.
pub trait Kind: Send + Sync + 'static {
    /// The registry's `inferenceType` of subnets of this kind (e.g. `time-series`).
    const INFERENCE_TYPE: &'static str;
    /// The HTTP path miners serve tasks on (e.g. `/predict`).
    const ROUTE: &'static str;
    /// What a validator (or a dApp) sends.
    type Task: Serialize + DeserializeOwned + JsonSchema + Clone + Send + Sync + 'static;
    /// What a miner answers.
    type Answer: Serialize + DeserializeOwned + JsonSchema + Clone + Send + Sync + 'static;
    /// What a validator knows about a task's right answer.
    type Truth: Clone + Send + Sync + 'static;
}

/// Why a miner refuses a task (answered as HTTP 400 with this message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A miner's model for kind `K`.
pub trait Model<K: Kind>: Send + Sync + 'static {
    /// Its name, reported at `GET /health`.
    fn name(&self) -> &str;
    /// The answer to `task`, or why the task is malformed for this kind.
    fn answer(&self, task: &K::Task) -> Result<K::Answer, Refusal>;
}

/// Where a validator gets tasks with known answers.
pub trait TaskSource<K: Kind>: Send + Sync {
    /// The tasks for one epoch, drawn deterministically from `seed`.
    fn tasks(&self, seed: u64) -> Vec<(K::Task, K::Truth)>;
}

/// What came of one task sent to one miner.
#[derive(Debug, Clone)]
pub enum Outcome<A> {
    /// It answered in time with a well-formed answer.
    Answered {
        /// The answer.
        answer: A,
        /// How long it took.
        latency: Duration,
    },
    /// It did not (timeout, connection, HTTP status, malformed answer): why.
    Missed(String),
}

/// How a validator scores the miners of one epoch.
pub trait Scorer<K: Kind>: Send + Sync {
    /// Whether an answer is well-formed (a malformed one counts as a miss, with this reason).
    fn check(&self, answer: &K::Answer) -> Result<(), String>;
    /// One score in `0..=65535` per miner, from each miner's outcomes over `truths` (in task
    /// order); `timeout` is the subnet's task timeout.
    fn scores(
        &self,
        outcomes: &[Vec<Outcome<K::Answer>>],
        truths: &[K::Truth],
        timeout: Duration,
    ) -> Vec<u16>;
}

/// How a validator judges the answers to a request nobody knows the answer to (a dApp's escrowed
/// request, `InferenceRequests`): it asks a panel of the subnet's miners the same task off chain
/// and makes a reference from their answers, weighting each by the panel miner's standing (its
/// last verified consensus, so a miner the subnet found accurate on tasks with known answers
/// counts more). The on-chain answers are then scored against that reference with the kind's
/// [`Scorer`]. A reference made from answers is a **stand-in for the truth**: it rewards agreeing
/// with the miners the subnet trusts, which is as good as the subnet's scoring on known answers
/// and no better (miners who control the panel's weight control the reference).
pub trait Referee<K: Kind>: Send + Sync {
    /// The reference for `task` from the panel's answers and weights (same order, weights not
    /// negative), or `None` when the panel gives none (no answer, or no weight).
    fn reference(&self, task: &K::Task, panel: &[(K::Answer, f64)]) -> Option<K::Truth>;
}

/// The weighted medoid of `items`: the index of the item that agrees most with all of them,
/// `argmax_i sum_j w_j * agreement(item_j, item_i)`, the earliest on ties; `None` when no item
/// has weight. For references built from answers that cannot be averaged (texts, boxes).
pub fn medoid<T>(items: &[(T, f64)], agreement: impl Fn(&T, &T) -> f64) -> Option<usize> {
    if !items.iter().any(|(_, w)| *w > 0.0) {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    for (i, (candidate, _)) in items.iter().enumerate() {
        let support: f64 = items
            .iter()
            .map(|(other, w)| w * agreement(other, candidate))
            .sum();
        if best.is_none_or(|(_, b)| support > b) {
            best = Some((i, support));
        }
    }
    best.map(|(i, _)| i)
}

/// The weighted lower median of `values` (the smallest value with at least half the weight at or
/// below it); `None` when no value has weight or a value is not finite.
pub fn weighted_median(values: &[(f64, f64)]) -> Option<f64> {
    let total: f64 = values.iter().map(|(_, w)| w.max(0.0)).sum();
    if total <= 0.0 || values.iter().any(|(v, _)| !v.is_finite()) {
        return None;
    }
    let mut sorted: Vec<(f64, f64)> = values.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut acc = 0.0;
    for (v, w) in sorted {
        acc += w.max(0.0);
        if acc * 2.0 >= total {
            return Some(v);
        }
    }
    None
}

/// splitmix64: a small deterministic generator, so that every validator can draw the same tasks
/// for an epoch when it wants to (and different ones per seed). Advances `state`.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Scores from qualities where higher is better: the best miner gets 65535 and the others
/// `65535 x q / best` (at least 1); a miner with no quality (it missed a task) or a quality of 0
/// gets 0.
pub fn proportional_scores(qualities: &[Option<f64>]) -> Vec<u16> {
    let best = qualities.iter().flatten().copied().fold(0.0f64, f64::max);
    qualities
        .iter()
        .map(|q| match q {
            Some(q) if best > 0.0 && *q > 0.0 => {
                (65535.0 * q / best).round().clamp(1.0, 65535.0) as u16
            }
            _ => 0,
        })
        .collect()
}

/// The JSON schemas of a kind's task and answer, as miners serve them at `GET /schema`.
pub fn schemas<K: Kind>() -> serde_json::Value {
    serde_json::json!({
        "inferenceType": K::INFERENCE_TYPE,
        "route": K::ROUTE,
        "task": schemars::schema_for!(K::Task),
        "answer": schemars::schema_for!(K::Answer),
    })
}

/// Checks that the committed schema file at `path` (a kind's `schema.json`) is exactly
/// [`schemas::<K>()`](schemas), pretty-printed; rewrites it instead when the environment sets
/// `TENSORA_WRITE_SCHEMAS=1`. For each kind's test suite, so the documented wire format can never
/// drift from the one miners serve.
pub fn check_schema_file<K: Kind>(path: &std::path::Path) -> Result<(), String> {
    let expected = format!(
        "{}\n",
        serde_json::to_string_pretty(&schemas::<K>()).map_err(|e| e.to_string())?
    );
    if std::env::var("TENSORA_WRITE_SCHEMAS").as_deref() == Ok("1") {
        return std::fs::write(path, &expected)
            .map_err(|e| format!("writing {}: {e}", path.display()));
    }
    let found = std::fs::read_to_string(path).unwrap_or_default();
    if found == expected {
        Ok(())
    } else {
        Err(format!(
            "{} is not the {} kind's schema as miners serve it; regenerate with TENSORA_WRITE_SCHEMAS=1 cargo test",
            path.display(),
            K::INFERENCE_TYPE
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_median_takes_the_lower_middle_by_weight() {
        assert_eq!(
            weighted_median(&[(3.0, 1.0), (1.0, 1.0), (2.0, 1.0)]),
            Some(2.0)
        );
        // Two equal weights: the lower one.
        assert_eq!(weighted_median(&[(5.0, 1.0), (1.0, 1.0)]), Some(1.0));
        // A heavy value wins whatever the others say.
        assert_eq!(
            weighted_median(&[(1.0, 1.0), (9.0, 5.0), (2.0, 1.0)]),
            Some(9.0)
        );
        // Zero weights do not count; no weight, or a value that is not finite, gives nothing.
        assert_eq!(weighted_median(&[(1.0, 0.0), (4.0, 1.0)]), Some(4.0));
        assert_eq!(weighted_median(&[(1.0, 0.0)]), None);
        assert_eq!(weighted_median(&[]), None);
        assert_eq!(weighted_median(&[(f64::NAN, 1.0), (1.0, 1.0)]), None);
    }

    #[test]
    fn medoid_is_the_item_agreeing_most_by_weight() {
        let same = |a: &&str, b: &&str| f64::from(u8::from(a == b));
        let items = [("a", 1.0), ("b", 1.0), ("b", 1.0)];
        assert_eq!(medoid(&items, same), Some(1));
        // Weight beats count.
        let items = [("a", 3.0), ("b", 1.0), ("b", 1.0)];
        assert_eq!(medoid(&items, same), Some(0));
        // Ties go to the earliest; nothing without weight.
        assert_eq!(medoid(&[("x", 1.0), ("y", 1.0)], same), Some(0));
        assert_eq!(medoid(&[("x", 0.0)], same), None);
        assert_eq!(medoid::<&str>(&[], same), None);
    }
}
