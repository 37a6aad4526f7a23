//! A subnet's miners as validators and dApps see them: their slots and endpoints and their last
//! verified consensus, read in Multicall3 batches; and one task sent to one miner over HTTP, with
//! the reason when it gives no answer ([`Miss`]).

use std::time::Duration;

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tensora_bindings::Subnet;

use crate::ReadError;
use crate::batch::call_each;

/// A miner slot with its endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MinerSlot {
    /// Its uid.
    pub uid: u16,
    /// Its account.
    pub account: Address,
    /// Where it serves: the URL tasks are POSTed to, as the miner registered it.
    pub endpoint: String,
    /// When it registered (chain time, seconds).
    pub registered_at: u32,
}

/// The subnet's slot count (uids run from 0 to it) and its miner slots (uid, account, endpoint),
/// read in batches.
pub async fn miners(
    provider: &DynProvider,
    subnet: Address,
) -> Result<(u16, Vec<MinerSlot>), ReadError> {
    let slots = Subnet::new(subnet, provider)
        .slotHighWater()
        .call()
        .await
        .map_err(ReadError::call("reading the slot count"))?;
    let slot_calls: Vec<_> = (0..slots).map(|uid| Subnet::slotOfCall { uid }).collect();
    let held: Vec<(u16, Address, u32)> = call_each(provider, subnet, &slot_calls, "reading slots")
        .await?
        .into_iter()
        .zip(0u16..)
        .filter(|(slot, _)| slot.account != Address::ZERO && !slot.isValidator)
        .map(|(slot, uid)| (uid, slot.account, slot.registeredAt))
        .collect();
    let endpoint_calls: Vec<_> = held
        .iter()
        .map(|&(_, miner, _)| Subnet::endpointOfCall { miner })
        .collect();
    let endpoints = call_each(provider, subnet, &endpoint_calls, "reading endpoints").await?;
    let miners = held
        .into_iter()
        .zip(endpoints)
        .map(|((uid, account, registered_at), endpoint)| MinerSlot {
            uid,
            account,
            endpoint,
            registered_at,
        })
        .collect();
    Ok((slots, miners))
}

/// The last verified consensus (`Subnet.latestConsensus`, 65535 = 1.0) of each of `uids`, in
/// order, read in batches.
pub async fn latest_consensus(
    provider: &DynProvider,
    subnet: Address,
    uids: &[u16],
) -> Result<Vec<u16>, ReadError> {
    let calls: Vec<_> = uids
        .iter()
        .map(|&uid| Subnet::latestConsensusCall {
            uid: alloy::primitives::U256::from(uid),
        })
        .collect();
    call_each(
        provider,
        subnet,
        &calls,
        "reading the miners' latest consensus",
    )
    .await
}

/// The last verified consensus that is `miner`'s own: `Subnet.latestConsensus` keeps a uid's lane
/// until the next close, so a miner that took a recycled uid after the last close (registered at
/// or after `epoch_start`, the current epoch's start) would show its predecessor's; it has none
/// of its own yet (0).
pub fn own_consensus(latest: u16, miner: &MinerSlot, epoch_start: u64) -> u16 {
    if u64::from(miner.registered_at) >= epoch_start {
        0
    } else {
        latest
    }
}

/// When the current epoch started: its end less the epoch length it was scheduled with (the
/// current hyperparameters: new ones take effect only when an epoch is scheduled).
pub async fn epoch_start(provider: &DynProvider, subnet: Address) -> Result<u64, ReadError> {
    let contract = Subnet::new(subnet, provider);
    let info = contract
        .epochInfo()
        .call()
        .await
        .map_err(ReadError::call("reading the epoch"))?;
    let hp = contract
        .hyperparameters()
        .call()
        .await
        .map_err(ReadError::call("reading hyperparameters"))?;
    Ok(u64::from(info.end).saturating_sub(u64::from(hp.epochLength)))
}

/// Why a miner gave no usable answer to a task.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Miss {
    /// No answer within the HTTP client's timeout.
    #[error("timeout: no answer within {}", format_timeout(*.0))]
    Timeout(Option<Duration>),
    /// Nothing listening at the endpoint, or the host is unreachable.
    #[error("cannot connect to {0} (nothing listening, or unreachable)")]
    Connect(String),
    /// The miner answered with an HTTP error status.
    #[error("HTTP {status} from {endpoint}")]
    Status {
        /// The endpoint.
        endpoint: String,
        /// The status code.
        status: u16,
    },
    /// The answer is not the kind's answer (bad JSON, wrong shape, or refused by a check).
    #[error("bad answer: {0}")]
    BadAnswer(String),
    /// The request failed otherwise (a malformed endpoint URL, a broken connection).
    #[error("request failed: {0}")]
    Request(String),
}

fn format_timeout(timeout: Option<Duration>) -> String {
    match timeout {
        Some(t) => format!("{} ms", t.as_millis()),
        None => "the timeout".to_owned(),
    }
}

/// POSTs `task` as JSON to `endpoint` and reads the answer as an `A`, within `timeout` (the
/// whole exchange: connecting, the miner's work and reading the answer).
pub async fn ask<T: Serialize + ?Sized, A: DeserializeOwned>(
    client: &reqwest::Client,
    endpoint: &str,
    task: &T,
    timeout: Duration,
) -> Result<A, Miss> {
    let classify = |e: reqwest::Error| {
        if e.is_timeout() {
            Miss::Timeout(Some(timeout))
        } else if e.is_connect() {
            Miss::Connect(endpoint.to_owned())
        } else if e.is_decode() {
            Miss::BadAnswer(format!("not this kind's answer: {e}"))
        } else {
            Miss::Request(e.to_string())
        }
    };
    let exchange = async {
        let reply = client
            .post(endpoint)
            .json(task)
            .send()
            .await
            .map_err(classify)?;
        let status = reply.status();
        if !status.is_success() {
            return Err(Miss::Status {
                endpoint: endpoint.to_owned(),
                status: status.as_u16(),
            });
        }
        let body = reply.bytes().await.map_err(classify)?;
        serde_json::from_slice(&body)
            .map_err(|e| Miss::BadAnswer(format!("not this kind's answer: {e}")))
    };
    tokio::time::timeout(timeout, exchange)
        .await
        .unwrap_or(Err(Miss::Timeout(Some(timeout))))
}

/// The URL of the miner server's `GET /health` for a task `endpoint` (same scheme, host and
/// port), or `None` when the endpoint is not an http(s) URL.
pub fn health_url(endpoint: &str) -> Option<reqwest::Url> {
    let mut url = reqwest::Url::parse(endpoint).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return None;
    }
    url.set_path("/health");
    url.set_query(None);
    url.set_fragment(None);
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recycled_uid_does_not_inherit_its_predecessors_consensus() {
        let miner = |registered_at| MinerSlot {
            uid: 3,
            account: Address::ZERO,
            endpoint: String::new(),
            registered_at,
        };
        // The epoch started at 1,000 (the last close).
        assert_eq!(own_consensus(40_000, &miner(999), 1_000), 40_000);
        assert_eq!(own_consensus(40_000, &miner(1_000), 1_000), 0);
        assert_eq!(own_consensus(40_000, &miner(1_500), 1_000), 0);
    }

    #[test]
    fn health_is_at_the_servers_root() {
        let health = |e: &str| health_url(e).map(String::from);
        assert_eq!(
            health("http://127.0.0.1:9101/predict").as_deref(),
            Some("http://127.0.0.1:9101/health")
        );
        assert_eq!(
            health("https://miner.example/v1/infer?key=1#x").as_deref(),
            Some("https://miner.example/health")
        );
        assert_eq!(health_url("ftp://miner.example/infer"), None);
        assert_eq!(health_url("not a url"), None);
        assert_eq!(health_url(""), None);
    }
}
