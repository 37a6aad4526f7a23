//! Escrowed inference requests (`InferenceRequests`) for subnet kind `K`, without the chain
//! writes:
//!
//! - [`answer`]: a miner's output for a request's input: the input decoded as a `K::Task` (JSON),
//!   the model's answer encoded as JSON, refused when either fails.
//! - [`score`]: a validator's scores for a request's answers. No one knows the right answer to a
//!   dApp's request, so the validator asks a panel of the subnet's miners (the
//!   [`PANEL`] best by last consensus) the same task over HTTP and lets the kind's
//!   [`Referee`] make a reference from their answers, each weighted by the panel miner's last
//!   verified consensus (equal weights while nobody has any). Each on-chain answer is then scored
//!   against that reference by the kind's [`Scorer`], as one task; an answer that does not decode
//!   or fails the scorer's check scores 0. The reference is a **stand-in for the truth** (see
//!   [`Referee`]).
//! - [`fetch_output`]: an output answered by hash, fetched from its URI (never from the
//!   validator's internal networks unless allowed) and checked against the hash.
//!
//! Committing the answers and scores, and releasing the escrow, are the caller's (the CLI's
//! `miner answer` and `validator run --requests`).

use std::time::Duration;

use alloy::primitives::{Address, B256, keccak256};
use alloy::providers::DynProvider;
use tensora_client::query::{self, Rank};
use tensora_subnet::{Kind, Model, Outcome, Referee, Scorer};

use crate::validator::{ValidatorError, ask_all, task_timeout};

/// How many of the subnet's miners a validator asks for a request's reference.
pub const PANEL: usize = 16;

/// Largest output fetched from a URI, bytes.
pub const MAX_FETCHED_OUTPUT: usize = 256 * 1024;

/// Why a miner does not answer a request.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    /// The input is not a task of this kind.
    #[error("the input is not a {kind} task: {reason}")]
    Input {
        /// The kind's inference type.
        kind: &'static str,
        /// What did not parse.
        reason: String,
    },
    /// The model refused the task.
    #[error("the model refused the task: {0}")]
    Refused(String),
    /// The answer could not be encoded.
    #[error("encoding the answer: {0}")]
    Encode(String),
}

/// A miner's output for `input`: the model's answer to the task it encodes, as JSON.
pub fn answer<K: Kind, M: Model<K>>(model: &M, input: &[u8]) -> Result<Vec<u8>, AnswerError> {
    let task: K::Task = serde_json::from_slice(input).map_err(|e| AnswerError::Input {
        kind: K::INFERENCE_TYPE,
        reason: e.to_string(),
    })?;
    let answer = model.answer(&task).map_err(|r| AnswerError::Refused(r.0))?;
    serde_json::to_vec(&answer).map_err(|e| AnswerError::Encode(e.to_string()))
}

/// A request's scores, or why the validator abstains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// One score per answer, in answer order.
    Scores(Vec<u16>),
    /// No scores: why (a ballot of zeros would be a judgement the validator cannot make).
    Abstain(String),
}

/// The validator's scores for a request to `subnet` with `input` and these `outputs` (one per
/// answer, in answer order; `Err` for an output that could not be had, which scores 0). See the
/// module for how.
pub async fn score<K: Kind>(
    provider: &DynProvider,
    subnet: Address,
    referee: &dyn Referee<K>,
    scorer: &dyn Scorer<K>,
    input: &[u8],
    outputs: &[Result<Vec<u8>, String>],
) -> Result<Verdict, ValidatorError> {
    let Ok(task) = serde_json::from_slice::<K::Task>(input) else {
        return Ok(Verdict::Abstain(format!(
            "the input is not a {} task",
            K::INFERENCE_TYPE
        )));
    };
    let timeout = task_timeout(provider, subnet).await?;
    let http = reqwest::Client::builder().build()?;
    let panel = query::top_miners(provider, &http, subnet, Rank::Score, PANEL, timeout).await?;
    let mut asked = tokio::task::JoinSet::new();
    for candidate in &panel {
        let (http, endpoint, task) = (http.clone(), candidate.endpoint.clone(), task.clone());
        let weight = f64::from(candidate.score);
        asked.spawn(async move {
            let reply = ask_all::<K>(&http, &endpoint, &[task], timeout).await;
            (reply.into_iter().next(), weight)
        });
    }
    let mut answers: Vec<(K::Answer, f64)> = Vec::new();
    while let Some(done) = asked.join_next().await {
        if let Ok((Some(Ok((answer, _))), weight)) = done
            && scorer.check(&answer).is_ok()
        {
            answers.push((answer, weight));
        }
    }
    if answers.iter().all(|(_, w)| *w <= 0.0) {
        for (_, w) in &mut answers {
            *w = 1.0;
        }
    }
    let Some(truth) = referee.reference(&task, &answers) else {
        return Ok(Verdict::Abstain(format!(
            "no reference: {} of {} panel miner(s) answered",
            answers.len(),
            panel.len()
        )));
    };
    let outcomes: Vec<Vec<Outcome<K::Answer>>> = outputs
        .iter()
        .map(|output| {
            let outcome = match output {
                Err(why) => Outcome::Missed(why.clone()),
                Ok(bytes) => match serde_json::from_slice::<K::Answer>(bytes) {
                    Err(e) => Outcome::Missed(format!("not a {} answer: {e}", K::INFERENCE_TYPE)),
                    Ok(answer) => match scorer.check(&answer) {
                        Ok(()) => Outcome::Answered {
                            answer,
                            latency: Duration::ZERO,
                        },
                        Err(why) => Outcome::Missed(why),
                    },
                },
            };
            vec![outcome]
        })
        .collect();
    Ok(Verdict::Scores(scorer.scores(&outcomes, &[truth], timeout)))
}

/// Whether `ip` is an address on the validator's own networks (loopback, private, link-local,
/// unique-local, unspecified, multicast, documentation or shared), which a miner's URI must not
/// make it fetch from: a blind request to a service behind the validator's firewall.
fn internal(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || (a == 100 && (64..128).contains(&b)) // shared address space (RFC 6598)
        }
        std::net::IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link local
                || v6.to_ipv4_mapped().is_some_and(|v4| internal(std::net::IpAddr::V4(v4)))
        }
    }
}

/// The output answered by hash at `uri`, checked against `hash`: at most
/// [`MAX_FETCHED_OUTPUT`] bytes over HTTP(S) within `timeout`. Unless `allow_internal` (a devnet
/// or a private network), a host that resolves to an internal address ([`internal`]) is
/// refused, and the connection goes to the address that was checked (no second lookup a DNS
/// rebinding could change); redirects are not followed.
pub async fn fetch_output(
    uri: &str,
    hash: B256,
    timeout: Duration,
    allow_internal: bool,
) -> Result<Vec<u8>, String> {
    let url = reqwest::Url::parse(uri).map_err(|e| format!("`{uri}` is not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("`{uri}` is not an http(s) URL"));
    }
    let host = url
        .host_str()
        .ok_or_else(|| format!("`{uri}` names no host"))?
        .to_owned();
    let port = url.port_or_known_default().unwrap_or(80);
    let bare = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let addresses: Vec<std::net::SocketAddr> =
        tokio::time::timeout(timeout, tokio::net::lookup_host((bare.as_str(), port)))
            .await
            .map_err(|_| format!("resolving {host} timed out"))?
            .map_err(|e| format!("resolving {host}: {e}"))?
            .collect();
    let Some(first) = addresses.first().copied() else {
        return Err(format!("{host} resolves to no address"));
    };
    if !allow_internal && addresses.iter().any(|a| internal(a.ip())) {
        return Err(format!(
            "{uri} points into an internal network ({}); not fetched",
            first.ip()
        ));
    }
    let http = reqwest::Client::builder()
        .resolve(&bare, first)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("building the HTTP client: {e}"))?;
    let mut response = http
        .get(url)
        .timeout(timeout)
        .send()
        .await
        .map_err(|e| format!("fetching {uri}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("fetching {uri}: HTTP {}", response.status()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("fetching {uri}: {e}"))?
    {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_FETCHED_OUTPUT {
            return Err(format!("{uri} is larger than {MAX_FETCHED_OUTPUT} bytes"));
        }
    }
    if keccak256(&body) != hash {
        return Err(format!("{uri} does not hash to the answer's {hash}"));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::internal;

    #[test]
    fn internal_addresses_are_recognised() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "224.0.0.1",
            "::1",
            "fc00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(
                internal(ip.parse().unwrap_or(std::net::IpAddr::from([1, 1, 1, 1]))),
                "{ip}"
            );
        }
        for ip in ["1.1.1.1", "8.8.8.8", "100.128.0.1", "2606:4700::1111"] {
            assert!(
                !internal(ip.parse().unwrap_or(std::net::IpAddr::from([127, 0, 0, 1]))),
                "{ip}"
            );
        }
    }
}
