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
