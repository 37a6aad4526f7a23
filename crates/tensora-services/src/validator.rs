//! One epoch of a validator's work for kind `K`, without the chain writes: read the subnet's
//! miners and their endpoints (batched through Multicall3), draw tasks with known answers, send
//! every task to every miner within the subnet's task timeout, score with the kind's scorer, and
//! pack the row in the score wire format ([`tensora_types::scores`]). Committing, revealing and
//! keeping the salt are the caller's (the CLI's `validator run`).

use std::time::{Duration, Instant};

use alloy::primitives::{Address, U256};

use alloy::providers::DynProvider;
use serde::Serialize;
use tensora_bindings::Subnet;
use tensora_client::ReadError;
use tensora_client::miners;
use tensora_subnet::{Kind, Outcome, Scorer, TaskSource};
use tensora_types::scores::{self, ScoreError};

/// Why an epoch could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum ValidatorError {
    /// Reading the subnet failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The row could not be packed.
    #[error(transparent)]
    Score(#[from] ScoreError),
    /// The HTTP client could not be built.
    #[error("building the HTTP client: {0}")]
    Http(#[from] reqwest::Error),
    /// The task source had nothing for this epoch.
    #[error("the task source produced no tasks (is the data set long enough?)")]
    NoTasks,
}

/// What one miner got this epoch.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MinerReport {
    /// Its uid.
    pub uid: u16,
    /// Its account.
    pub miner: Address,
    /// The score revealed for it.
    pub score: u16,
    /// Tasks it missed.
    pub missed: usize,
    /// Why it missed them (distinct reasons, first seen first).
    pub miss_reasons: Vec<String>,
}

/// An epoch's scores, packed for `commitScores`/`revealScores`/`submitScores`.
#[derive(Debug, Clone)]
pub struct EpochScores {
    /// One big-endian uint16 per slot.
    pub packed: Vec<u8>,
    /// The timeout bitmap.
    pub timeouts: Vec<U256>,
    /// Per miner, what it got.
    pub miners: Vec<MinerReport>,
}

impl EpochScores {
    /// Scales each miner's score by `factor(miner)` (clamped to 0..=1), in the report and in the
    /// packed row.
    pub fn scale(&mut self, factor: impl Fn(Address) -> f64) {
        for m in &mut self.miners {
            let f = factor(m.miner);
            let f = if f.is_finite() {
                f.clamp(0.0, 1.0)
            } else {
                0.0
            };
            // In 0..=65535 by the clamp: the cast cannot truncate.
            let scaled = (f64::from(m.score) * f).round() as u16;
            m.score = scaled;
            let at = usize::from(m.uid) * 2;
            if let Some(slot) = self.packed.get_mut(at..at + 2) {
                slot.copy_from_slice(&scaled.to_be_bytes());
            }
        }
    }
}

/// Scores `subnet`'s miners on tasks drawn from `source` with `seed`.
pub async fn score_epoch<K: Kind>(
    provider: &DynProvider,
    subnet: Address,
    source: &dyn TaskSource<K>,
    scorer: &dyn Scorer<K>,
    seed: u64,
) -> Result<EpochScores, ValidatorError> {
    let timeout = task_timeout(provider, subnet).await?;
    let tasks = source.tasks(seed);
    if tasks.is_empty() {
        return Err(ValidatorError::NoTasks);
    }
    let (slots, miners) = miners::miners(provider, subnet).await?;
    let client = reqwest::Client::builder().build()?;
    let asked: Vec<K::Task> = tasks.iter().map(|(task, _)| task.clone()).collect();
    let mut handles = Vec::with_capacity(miners.len());
    for m in &miners {
        let (client, endpoint, asked) = (client.clone(), m.endpoint.clone(), asked.clone());
        handles.push(tokio::spawn(async move {
            ask_all::<K>(&client, &endpoint, &asked, timeout).await
        }));
    }
    let mut outcomes: Vec<Vec<Outcome<K::Answer>>> = Vec::with_capacity(miners.len());
    for handle in handles {
        let replies = handle
            .await
            .unwrap_or_else(|e| vec![Err(format!("the query task failed: {e}")); asked.len()]);
        outcomes.push(
            replies
                .into_iter()
                .map(|reply| match reply {
                    Ok((answer, latency)) => match scorer.check(&answer) {
                        Ok(()) => Outcome::Answered { answer, latency },
                        Err(reason) => Outcome::Missed(reason),
                    },
                    Err(reason) => Outcome::Missed(reason),
                })
                .collect(),
        );
    }
    let truths: Vec<K::Truth> = tasks.iter().map(|(_, truth)| truth.clone()).collect();
    let scored = scorer.scores(&outcomes, &truths, timeout);
    let mut row = Vec::with_capacity(miners.len());
    let mut timed_out = Vec::new();
    let mut reports = Vec::with_capacity(miners.len());
    for ((m, outcome), score) in miners.iter().zip(&outcomes).zip(&scored) {
        let mut reasons: Vec<String> = Vec::new();
        for o in outcome {
            if let Outcome::Missed(reason) = o
                && !reasons.contains(reason)
            {
                reasons.push(reason.clone());
            }
        }
        let missed = outcome
            .iter()
            .filter(|o| matches!(o, Outcome::Missed(_)))
            .count();
        row.push((u64::from(m.uid), *score));
        if missed > 0 {
            timed_out.push(u64::from(m.uid));
        }
        reports.push(MinerReport {
            uid: m.uid,
            miner: m.account,
            score: *score,
            missed,
            miss_reasons: reasons,
        });
    }
    let (packed, timeouts) = scores::encode(&row, &timed_out, slots)?;
    Ok(EpochScores {
        packed,
        timeouts,
        miners: reports,
    })
}

/// The subnet's task timeout (at least one second): how long a miner has for one task.
pub async fn task_timeout(provider: &DynProvider, subnet: Address) -> Result<Duration, ReadError> {
    let seconds = Subnet::new(subnet, provider)
        .hyperparameters()
        .call()
        .await
        .map_err(ReadError::call("reading hyperparameters"))?
        .taskTimeout;
    Ok(Duration::from_secs(u64::from(seconds).max(1)))
}

/// One miner's replies to every task, in order: the answer and how long it took, or why it
/// gave none ([`miners::ask`], each within `timeout`). Tasks go one after another, so a miner is
/// never asked more than once at a time.
pub async fn ask_all<K: Kind>(
    client: &reqwest::Client,
    endpoint: &str,
    tasks: &[K::Task],
    timeout: Duration,
) -> Vec<Result<(K::Answer, Duration), String>> {
    let mut replies = Vec::with_capacity(tasks.len());
    for task in tasks {
        let started = Instant::now();
        replies.push(
            miners::ask::<K::Task, K::Answer>(client, endpoint, task, timeout)
                .await
                .map(|answer| (answer, started.elapsed()))
                .map_err(|miss| miss.to_string()),
        );
    }
    replies
}

#[cfg(test)]
mod tests {
    use alloy::primitives::Address;

    use super::{EpochScores, MinerReport};

    #[test]
    fn scaling_moves_the_report_and_the_packed_row_alike() {
        let report = |uid: u16, score: u16| MinerReport {
            uid,
            miner: Address::repeat_byte(u8::try_from(uid).unwrap_or(0)),
            score,
            missed: 0,
            miss_reasons: Vec::new(),
        };
        let mut s = EpochScores {
            packed: vec![0xff, 0xff, 0, 0, 0x80, 0x00],
            timeouts: Vec::new(),
            miners: vec![report(0, 65535), report(2, 32768)],
        };
        s.scale(|m| {
            if m == Address::repeat_byte(0) {
                0.5
            } else {
                f64::NAN
            }
        });
        assert_eq!(s.miners[0].score, 32768);
        assert_eq!(
            s.miners[1].score, 0,
            "a factor that is not a number scores 0"
        );
        assert_eq!(s.packed, vec![0x80, 0x00, 0, 0, 0, 0]);
        let mut s2 = s.clone();
        s2.scale(|_| 7.0); // clamped to 1: nothing moves
        assert_eq!(s2.packed, s.packed);
    }
}
