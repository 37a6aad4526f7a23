//! The dApp side of a subnet, as the seeds show it (`get_top_miners_by_latency("Linguista")`, then
//! try each miner and fall back to the next): find a subnet by name, rank its miners by their
//! on-chain score or by measured latency, and ask them one task, best first, until one answers.
//!
//! - **By score**: the miners' last verified consensus (`Subnet.latestConsensus`, the stake-weighted
//!   median of the validators' scores at the last close), highest first, ties by uid; a miner that
//!   registered after the last close has none of its own yet and counts 0
//!   ([`miners::own_consensus`]).
//! - **By latency**: the round trip of each miner server's `GET /health`, measured now by this
//!   client (network and server load, not the model's time on a task), fastest first; miners that do
//!   not answer it come last, highest score first, and are still tried.
//!
//! A miner that does not answer within the timeout, answers with an HTTP error, or answers
//! something that is not the kind's answer is skipped with its reason ([`Attempt`]).

use std::time::{Duration, Instant};

use alloy::primitives::{Address, U256};
use alloy::providers::DynProvider;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tensora_bindings::SubnetRegistry;

use crate::ReadError;
use crate::batch::call_each;
use crate::miners::{self, Miss};

/// How to order a subnet's miners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    /// Highest last verified consensus first.
    Score,
    /// Fastest `GET /health` round trip first.
    Latency,
}

/// A miner a query may ask.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// Its uid.
    pub uid: u16,
    /// Its account.
    pub account: Address,
    /// Where it serves.
    pub endpoint: String,
    /// Its last verified consensus (65535 = 1.0; 0 before its first scored epoch).
    pub score: u16,
    /// Its `GET /health` round trip, when ranked by latency and it answered.
    #[serde(serialize_with = "millis")]
    pub latency: Option<Duration>,
}

fn millis<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_f64(d.as_secs_f64() * 1e3),
        None => s.serialize_none(),
    }
}

/// A miner that was asked and gave no usable answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    /// Its uid.
    pub uid: u16,
    /// Where it was asked.
    pub endpoint: String,
    /// Why its answer was not used.
    #[serde(serialize_with = "display")]
    pub reason: Miss,
}

fn display<S: serde::Serializer>(m: &Miss, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(m)
}

/// The first usable answer of a query.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Answered<A> {
    /// The answer.
    pub answer: A,
    /// The miner that gave it.
    pub miner: Candidate,
    /// How long that miner took.
    #[serde(serialize_with = "elapsed")]
    pub latency: Duration,
    /// The better-ranked miners that were asked first and gave nothing usable.
    pub failed: Vec<Attempt>,
}

fn elapsed<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64() * 1e3)
}

/// Why a query got no answer.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// Reading the chain failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// No subnet has this name or id.
    #[error("no subnet is named or numbered {0:?}; `tensora subnet list` shows them")]
    UnknownSubnet(String),
    /// Several subnets have this name.
    #[error("{count} subnets are named {name:?} (ids {ids}); pass the id instead")]
    AmbiguousName {
        /// The name.
        name: String,
        /// How many.
        count: usize,
        /// Their ids, comma-separated.
        ids: String,
    },
    /// The subnet has no miner with an endpoint.
    #[error("the subnet has no miner with an endpoint to ask")]
    NoMiners,
    /// Every miner asked failed.
    #[error("none of the {} miner(s) asked gave a usable answer: {}", .0.len(), list(.0))]
    AllFailed(Vec<Attempt>),
}

fn list(attempts: &[Attempt]) -> String {
    attempts
        .iter()
        .map(|a| format!("uid {} ({})", a.uid, a.reason))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A subnet found in the registry.
#[derive(Debug, Clone)]
pub struct FoundSubnet {
    /// Its id.
    pub id: u64,
    /// The registry's record.
    pub record: tensora_bindings::generated::subnet_registry::ISubnetRegistry::Subnet,
}

/// The subnet `name_or_id` names: a decimal id, or a name compared without regard to case (among
/// all subnets, active or not; it must be unique).
pub async fn find_subnet(
    provider: &DynProvider,
    registry: Address,
    name_or_id: &str,
) -> Result<FoundSubnet, QueryError> {
    let contract = SubnetRegistry::new(registry, provider);
    let count = contract
        .subnetCount()
        .call()
        .await
        .map_err(ReadError::call("reading the subnet count"))?;
    let count = u64::try_from(count).unwrap_or(u64::MAX);
    let unknown = || QueryError::UnknownSubnet(name_or_id.to_owned());
    if let Ok(id) = name_or_id.trim().parse::<u64>() {
        if id == 0 || id > count {
            return Err(unknown());
        }
        let record = contract
            .subnets(U256::from(id))
            .call()
            .await
            .map_err(ReadError::call(format!("reading subnet {id}")))?;
        return Ok(FoundSubnet { id, record });
    }
    let calls: Vec<_> = (1..=count)
        .map(|id| SubnetRegistry::subnetsCall {
            subnetId: U256::from(id),
        })
        .collect();
    let mut found: Vec<FoundSubnet> = call_each(provider, registry, &calls, "reading subnets")
        .await?
        .into_iter()
        .zip(1u64..)
        .filter(|(record, _)| record.name.eq_ignore_ascii_case(name_or_id.trim()))
        .map(|(record, id)| FoundSubnet { id, record })
        .collect();
    match found.len() {
        0 => Err(unknown()),
        1 => Ok(found.remove(0)),
        count => Err(QueryError::AmbiguousName {
            name: name_or_id.to_owned(),
            count,
            ids: found
                .iter()
                .map(|f| f.id.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// Health probes in flight at once.
const PROBES: usize = 64;

/// The subnet's miners with an endpoint, ranked by `rank`, the best `top` of them.
pub async fn top_miners(
    provider: &DynProvider,
    http: &reqwest::Client,
    subnet: Address,
    rank: Rank,
    top: usize,
    probe_timeout: Duration,
) -> Result<Vec<Candidate>, ReadError> {
    let (_, slots) = miners::miners(provider, subnet).await?;
    let slots: Vec<_> = slots
        .into_iter()
        .filter(|m| !m.endpoint.trim().is_empty())
        .collect();
    let uids: Vec<u16> = slots.iter().map(|m| m.uid).collect();
    let scores = miners::latest_consensus(provider, subnet, &uids).await?;
    let started = miners::epoch_start(provider, subnet).await?;
    let mut candidates: Vec<Candidate> = slots
        .into_iter()
        .zip(scores)
        .map(|(m, latest)| Candidate {
            score: miners::own_consensus(latest, &m, started),
            uid: m.uid,
            account: m.account,
            endpoint: m.endpoint,
            latency: None,
        })
        .collect();
    if rank == Rank::Latency {
        for chunk in candidates.chunks_mut(PROBES) {
            let mut probes = tokio::task::JoinSet::new();
            for (i, c) in chunk.iter().enumerate() {
                let (http, endpoint) = (http.clone(), c.endpoint.clone());
                probes.spawn(async move { (i, probe(&http, &endpoint, probe_timeout).await) });
            }
            while let Some(done) = probes.join_next().await {
                if let Ok((i, latency)) = done {
                    chunk[i].latency = latency;
                }
            }
        }
    }
    order(&mut candidates, rank);
    candidates.truncate(top);
    Ok(candidates)
}

/// Orders candidates best first (see the module docs); deterministic for equal keys (by uid).
pub fn order(candidates: &mut [Candidate], rank: Rank) {
    candidates.sort_by(|a, b| {
        let by_score = b.score.cmp(&a.score).then(a.uid.cmp(&b.uid));
        match rank {
            Rank::Score => by_score,
            Rank::Latency => match (a.latency, b.latency) {
                (Some(x), Some(y)) => x.cmp(&y).then(by_score),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => by_score,
            },
        }
    });
}

/// The round trip of `GET /health` on the miner's server, if it answers with a success status
/// within `timeout`.
async fn probe(http: &reqwest::Client, endpoint: &str, timeout: Duration) -> Option<Duration> {
    let url = miners::health_url(endpoint)?;
    let started = Instant::now();
    let reply = tokio::time::timeout(timeout, http.get(url).send())
        .await
        .ok()?
        .ok()?;
    reply.status().is_success().then(|| started.elapsed())
}

/// Asks `candidates` for `task` in order, each within `timeout`, and returns the first answer that
/// parses as an `A` and passes `check` (a kind's well-formedness check: e.g. a finite forecast).
pub async fn ask_in_order<T, A>(
    http: &reqwest::Client,
    candidates: &[Candidate],
    task: &T,
    timeout: Duration,
    check: impl Fn(&A) -> Result<(), String>,
) -> Result<Answered<A>, QueryError>
where
    T: Serialize + ?Sized,
    A: DeserializeOwned,
{
    if candidates.is_empty() {
        return Err(QueryError::NoMiners);
    }
    let mut failed = Vec::new();
    for c in candidates {
        let started = Instant::now();
        let reason = match miners::ask::<T, A>(http, &c.endpoint, task, timeout).await {
            Ok(answer) => match check(&answer) {
                Ok(()) => {
                    return Ok(Answered {
                        answer,
                        miner: c.clone(),
                        latency: started.elapsed(),
                        failed,
                    });
                }
                Err(why) => Miss::BadAnswer(why),
            },
            Err(miss) => miss,
        };
        failed.push(Attempt {
            uid: c.uid,
            endpoint: c.endpoint.clone(),
            reason,
        });
    }
    Err(QueryError::AllFailed(failed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(uid: u16, score: u16, latency_ms: Option<u64>) -> Candidate {
        Candidate {
            uid,
            account: Address::ZERO,
            endpoint: format!("http://127.0.0.1:1/{uid}"),
            score,
            latency: latency_ms.map(Duration::from_millis),
        }
    }

    fn uids(c: &[Candidate]) -> Vec<u16> {
        c.iter().map(|c| c.uid).collect()
    }

    #[test]
    fn by_score_highest_first_ties_by_uid() {
        let mut c = vec![
            candidate(3, 10, None),
            candidate(1, 500, None),
            candidate(2, 10, None),
            candidate(0, 0, None),
        ];
        order(&mut c, Rank::Score);
        assert_eq!(uids(&c), [1, 2, 3, 0]);
    }

    #[test]
    fn by_latency_fastest_first_then_the_unprobed_by_score() {
        let mut c = vec![
            candidate(0, 900, None),
            candidate(1, 10, Some(30)),
            candidate(2, 20, Some(5)),
            candidate(3, 950, None),
            candidate(4, 30, Some(5)),
        ];
        order(&mut c, Rank::Latency);
        assert_eq!(uids(&c), [4, 2, 1, 3, 0]);
    }

    #[tokio::test]
    async fn no_candidates_is_an_error_not_an_empty_answer() {
        let http = reqwest::Client::new();
        let got = ask_in_order::<_, serde_json::Value>(
            &http,
            &[],
            &1,
            Duration::from_secs(1),
            |_| Ok(()),
        )
        .await;
        assert!(matches!(got, Err(QueryError::NoMiners)));
    }
}
