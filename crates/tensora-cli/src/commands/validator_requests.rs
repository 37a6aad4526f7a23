//! The escrowed-request duties of `tensora validator run --requests`, one poll at a time: read
//! the requests made to the subnet since the last poll (those with a fee of at least
//! `--requests-min-fee`); once a request's answering has closed
//! and while its score window is open, score its answers
//! ([`tensora_services::requests::score`]: against a reference made from a panel of the subnet's
//! miners, a stand-in for the truth) and send the scores; once the window has closed, release
//! the requests it judged (anyone may; a judge does, so miners are paid, or the requester
//! refunded, without waiting for someone else). Outputs answered by hash are fetched from their URI and checked against the
//! hash; one that cannot be had scores 0.

use std::collections::{BTreeMap, BTreeSet};

use alloy::primitives::{Address, U256};
use alloy::providers::Provider;
use tensora_bindings::InferenceRequests;
use tensora_client::requests::{self, Created};
use tensora_services::requests::{Verdict, fetch_output, score};
use tensora_services::validator::task_timeout;
use tensora_subnet::{Kind, Referee, Scorer};
use tensora_types::states::RequestStatus;

use crate::context::{CliError, Ctx};

/// What the validator tracks of the subnet's requests.
pub(crate) struct Duty {
    /// The InferenceRequests contract.
    contract: Address,
    /// The next block to read requests from.
    next_block: u64,
    /// Requests not yet released or refunded, as they were made.
    open: BTreeMap<U256, Created>,
    /// Requests this validator scored (or abstained on, or found it had scored).
    judged: BTreeSet<U256>,
    /// Scores made but not yet accepted on chain (a failed send is retried with them, without
    /// asking the panel again).
    unsent: BTreeMap<U256, Vec<u16>>,
    /// Requests with a smaller fee are left alone.
    min_fee: U256,
    /// Whether outputs may be fetched from internal addresses (devnets, private networks).
    pub(crate) internal_uris: bool,
}

impl Duty {
    /// Requests to the subnet from block `from` on, through `contract`, with a fee of at least
    /// `min_fee`.
    pub(crate) fn new(contract: Address, from: u64, min_fee: U256) -> Self {
        Self {
            contract,
            next_block: from,
            open: BTreeMap::new(),
            judged: BTreeSet::new(),
            unsent: BTreeMap::new(),
            min_fee,
            internal_uris: false,
        }
    }
}

/// Whether `e` is the contract saying another transaction got there first (nothing to retry).
fn settled(e: &CliError) -> bool {
    let text = e.to_string();
    ["AlreadySubmitted", "RequestClosed"]
        .iter()
        .any(|name| text.contains(name))
}

/// One poll of the duties (see the module).
pub(crate) async fn poll<K: Kind>(
    ctx: &Ctx,
    subnet: Address,
    subnet_id: u64,
    duty: &mut Duty,
    referee: &dyn Referee<K>,
    scorer: &dyn Scorer<K>,
) -> Result<(), CliError> {
    let head = ctx.provider.get_block_number().await?;
    if duty.next_block <= head {
        for c in requests::created(
            &ctx.provider,
            duty.contract,
            subnet_id,
            duty.next_block,
            head,
        )
        .await?
        {
            if U256::from(c.spec.fee) >= duty.min_fee {
                duty.open.insert(c.id, c);
            }
        }
        duty.next_block = head + 1;
    }
    let now = ctx.next_block_time().await?;
    let contract = InferenceRequests::new(duty.contract, &ctx.provider);
    let ids: Vec<U256> = duty.open.keys().copied().collect();
    for id in ids {
        let r = requests::state(&ctx.provider, duty.contract, id).await?;
        if RequestStatus::from_code(r.status) != Some(RequestStatus::Open) {
            duty.open.remove(&id);
            continue;
        }
        if r.answers == 0 {
            // Nothing to score; past its deadline it is the requester's to refund.
            if now >= u64::from(r.deadline) {
                duty.open.remove(&id);
            }
            continue;
        }
        let (opens, closes) = requests::score_window(&r);
        if now < opens {
            continue;
        }
        if now >= closes {
            if duty.judged.contains(&id) {
                match ctx
                    .send(
                        contract.release(id),
                        &format!("releasing request {id}"),
                        None,
                    )
                    .await
                {
                    Ok(_) => {
                        tracing::info!(target: "tensora::validator", event = "request_released", subnet = subnet_id, request = %id);
                    }
                    Err(e) if settled(&e) => {}
                    Err(e) => return Err(e),
                }
            }
            duty.open.remove(&id);
            continue;
        }
        if duty.judged.contains(&id) {
            continue;
        }
        let Some(created) = duty.open.get(&id) else {
            continue;
        };
        let scores = match duty.unsent.remove(&id) {
            Some(scores) => scores,
            None => {
                let given =
                    requests::answers(&ctx.provider, duty.contract, id, created.block).await?;
                if given.len() != usize::from(r.answers) {
                    continue; // the node has not served every Answered log yet
                }
                let timeout = task_timeout(&ctx.provider, subnet).await?;
                let mut outputs = Vec::with_capacity(given.len());
                for g in &given {
                    outputs.push(if g.uri.is_empty() {
                        Ok(g.output.to_vec())
                    } else {
                        fetch_output(&g.uri, g.output_hash, timeout, duty.internal_uris).await
                    });
                }
                let unreadable: Vec<&String> =
                    outputs.iter().filter_map(|o| o.as_ref().err()).collect();
                match score(
                    &ctx.provider,
                    subnet,
                    referee,
                    scorer,
                    &created.input,
                    &outputs,
                )
                .await?
                {
                    Verdict::Scores(scores) => {
                        tracing::info!(target: "tensora::validator", event = "request_judged", subnet = subnet_id, request = %id, scores = ?scores, unreadable = ?unreadable);
                        scores
                    }
                    Verdict::Abstain(why) => {
                        duty.judged.insert(id);
                        tracing::info!(target: "tensora::validator", event = "request_abstained", subnet = subnet_id, request = %id, reason = why);
                        continue;
                    }
                }
            }
        };
        duty.judged.insert(id);
        match ctx
            .send(
                contract.scoreAnswers(id, scores.clone()),
                &format!("scoring the {} answer(s) to request {id}", scores.len()),
                None,
            )
            .await
        {
            Ok(_) => {
                tracing::info!(target: "tensora::validator", event = "request_scored", subnet = subnet_id, request = %id);
            }
            Err(e) if settled(&e) => {}
            Err(e) => {
                // Retried at the next poll with the same scores (the panel is not asked again).
                duty.judged.remove(&id);
                duty.unsent.insert(id, scores);
                return Err(e);
            }
        }
    }
    // Scores of requests that closed meanwhile are no longer needed.
    let open = &duty.open;
    duty.unsent.retain(|id, _| open.contains_key(id));
    Ok(())
}
