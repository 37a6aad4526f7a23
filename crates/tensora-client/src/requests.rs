//! Reading escrowed inference requests ([`tensora_bindings::InferenceRequests`]) for the services
//! that answer and score them: the requests made to one subnet in a block range (with their
//! inputs, which only the `RequestCreated` event carries), and the answers to one request (with
//! their inline outputs or URIs, which only `Answered` carries).

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::SolEvent;
use tensora_bindings::InferenceRequests::{self, Answered, RequestCreated};
use tensora_bindings::generated::inference_requests::IInferenceRequests::{Request, Spec};

use crate::read::ReadError;

/// Most blocks one `eth_getLogs` call spans (public RPCs cap ranges; 2,000 is a common cap).
pub const LOG_RANGE: u64 = 2_000;

/// A request as it was made.
#[derive(Debug, Clone)]
pub struct Created {
    /// Its id.
    pub id: U256,
    /// What the requester asked for.
    pub spec: Spec,
    /// The input (the task, JSON for the services' kinds).
    pub input: Bytes,
    /// Who asked.
    pub requester: Address,
    /// The block it was made in.
    pub block: u64,
}

/// One answer to a request, as the miner gave it.
#[derive(Debug, Clone)]
pub struct Given {
    /// Its index among the request's answers.
    pub index: u8,
    /// Who answered.
    pub miner: Address,
    /// keccak256 of the output.
    pub output_hash: B256,
    /// The output when given inline (empty when answered by hash).
    pub output: Bytes,
    /// Where the output is when answered by hash (empty when inline).
    pub uri: String,
}

/// The logs `filter` matches in blocks `from..=to`, read in ranges of at most [`LOG_RANGE`]
/// blocks; `what` names them in errors.
async fn logs_in_ranges(
    provider: &DynProvider,
    filter: Filter,
    from: u64,
    to: u64,
    what: &str,
) -> Result<Vec<Log>, ReadError> {
    let mut out = Vec::new();
    let mut start = from;
    while start <= to {
        let end = to.min(start.saturating_add(LOG_RANGE - 1));
        let range = filter.clone().from_block(start).to_block(end);
        out.extend(
            provider
                .get_logs(&range)
                .await
                .map_err(ReadError::rpc(format!(
                    "reading {what} in blocks {start}..={end}"
                )))?,
        );
        start = end + 1;
    }
    Ok(out)
}

/// The requests made to subnet `subnet_id` in blocks `from..=to`, oldest first.
pub async fn created(
    provider: &DynProvider,
    contract: Address,
    subnet_id: u64,
    from: u64,
    to: u64,
) -> Result<Vec<Created>, ReadError> {
    let filter = Filter::new()
        .address(contract)
        .event_signature(RequestCreated::SIGNATURE_HASH)
        .topic2(B256::from(U256::from(subnet_id)));
    let what = format!("the requests to subnet {subnet_id}");
    let logs = logs_in_ranges(provider, filter, from, to, &what).await?;
    Ok(logs
        .iter()
        .filter_map(|log| {
            let block = log.block_number?;
            let e = log.log_decode::<RequestCreated>().ok()?.inner.data;
            Some(Created {
                id: e.requestId,
                spec: e.spec,
                input: e.input,
                requester: e.requester,
                block,
            })
        })
        .collect())
}

/// The answers to request `id` (made in block `made_at`), in index order.
pub async fn answers(
    provider: &DynProvider,
    contract: Address,
    id: U256,
    made_at: u64,
) -> Result<Vec<Given>, ReadError> {
    let head = provider
        .get_block_number()
        .await
        .map_err(ReadError::rpc("reading the block number"))?;
    let filter = Filter::new()
        .address(contract)
        .event_signature(Answered::SIGNATURE_HASH)
        .topic1(B256::from(id));
    let what = format!("the answers to request {id}");
    let logs = logs_in_ranges(provider, filter, made_at, head, &what).await?;
    let mut out: Vec<Given> = logs
        .iter()
        .filter_map(|log| log.log_decode::<Answered>().ok())
        .map(|e| {
            let e = e.inner.data;
            Given {
                index: e.index,
                miner: e.miner,
                output_hash: e.outputHash,
                output: e.output,
                uri: e.uri,
            }
        })
        .collect();
    out.sort_by_key(|g| g.index);
    Ok(out)
}

/// Request `id`'s state now.
pub async fn state(
    provider: &DynProvider,
    contract: Address,
    id: U256,
) -> Result<Request, ReadError> {
    InferenceRequests::new(contract, provider)
        .requestOf(id)
        .call()
        .await
        .map_err(ReadError::call(format!("reading request {id}")))
}

/// When request `r`'s score window opens and closes: from the moment answering closed (the last
/// answer, else the deadline) for its score window, as the contract counts it.
pub fn score_window(r: &Request) -> (u64, u64) {
    let opens = if r.answersClosedAt != 0 {
        u64::from(r.answersClosedAt)
    } else {
        u64::from(r.deadline)
    };
    (opens, opens + u64::from(r.scoreWindow))
}
