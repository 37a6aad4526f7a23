//! The subgraph's `src/forecasts.ts` and `src/requests.ts` in Rust: the ForecastFeedsFactory
//! (`ForecastFeedsCreated`, which starts following the new feeds), each subnet's ForecastFeeds
//! (`FeedAdded`, `FeedDeactivated`, `RoundPublished`, `ForecastRequested`,
//! `RoundSettledAgainstOutcome`) and InferenceRequests (`RequestCreated`, `Answered`,
//! `AnswersScored`, `RequestReleased`, `RequestRefunded`, `ResultDelivered`), with the subnets'
//! request counts (requests per day are derived from them).

use alloy::primitives::{Address, B256, Bytes};
use alloy::rpc::types::Log;
use alloy::sol_types::SolEvent;
use serde_json::{Value, json};
use tensora_bindings::{ForecastFeeds, ForecastFeedsFactory, InferenceRequests};

use super::{At, Batch, Followed, big, create, dec, hex, set, update, update_subnet};
use crate::Error;

/// `ForecastFeeds.INITIAL_ACCURACY`: a feed's record before any round settles (WAD).
const INITIAL_ACCURACY: &str = "500000000000000000";

/// `<feeds contract>-<feed index>`.
fn feed_id(feeds: Address, feed: u32) -> String {
    format!("{}-{feed}", hex(feeds))
}

fn bytes(b: &Bytes) -> String {
    format!("0x{}", alloy::primitives::hex::encode(b))
}

/// Adds one to the Int `field`.
fn bump(row: &mut super::Row, field: &str) {
    let n = row.get(field).and_then(Value::as_i64).unwrap_or(0);
    row.insert(field.to_owned(), Value::from(n + 1));
}

/// A root event of the factory or of InferenceRequests: `Ok(None)` when `topic` is neither's.
/// `Some(Some(..))` when it created feeds to follow.
pub(super) fn apply_root(
    batch: &mut Batch<'_>,
    log: &Log,
    topic: B256,
    at: At,
    decode: impl Fn(alloy::sol_types::Error) -> Error,
) -> Result<Option<Option<(Address, Followed)>>, Error> {
    match topic {
        ForecastFeedsFactory::ForecastFeedsCreated::SIGNATURE_HASH => {
            let e = ForecastFeedsFactory::ForecastFeedsCreated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let sid = dec(e.subnetId);
            if batch.load("Subnet", &sid)?.is_none() {
                return Ok(Some(None));
            }
            update_subnet(batch, &sid, |s| {
                set(s, json!({"forecastFeeds": hex(e.feeds)}));
            })?;
            Ok(Some(Some((e.feeds, Followed::Feeds(sid)))))
        }
        InferenceRequests::RequestCreated::SIGNATURE_HASH => {
            let e = InferenceRequests::RequestCreated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let sid = dec(e.subnetId);
            if batch.load("Subnet", &sid)?.is_none() {
                return Ok(Some(None));
            }
            let spec = &e.spec;
            create(
                batch,
                "InferenceRequest",
                &dec(e.requestId),
                json!({"subnet": sid, "requester": hex(e.requester), "fee": spec.fee.to_string(),
                       "redundancy": spec.redundancy, "deadline": spec.deadline.to_string(),
                       "callback": hex(spec.callback), "callbackGas": spec.callbackGas.to_string(),
                       "input": bytes(&e.input), "status": "Open",
                       "createdAt": at.timestamp.to_string()}),
            )?;
            update_subnet(batch, &sid, |s| {
                bump(s, "inferenceRequestCount");
                bump(s, "requestCount");
            })?;
            Ok(Some(None))
        }
        InferenceRequests::Answered::SIGNATURE_HASH => {
            let e = InferenceRequests::Answered::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let rid = dec(e.requestId);
            if batch.load("InferenceRequest", &rid)?.is_none() {
                return Ok(Some(None));
            }
            create(
                batch,
                "InferenceAnswer",
                &format!("{rid}-{}", e.index),
                json!({"request": rid, "index": e.index, "miner": hex(e.miner),
                       "outputHash": format!("{:#x}", e.outputHash), "output": bytes(&e.output),
                       "uri": e.uri, "timestamp": at.timestamp.to_string()}),
            )?;
            update(batch, "InferenceRequest", &rid, |r| bump(r, "answerCount"))?;
            Ok(Some(None))
        }
        InferenceRequests::AnswersScored::SIGNATURE_HASH => {
            let e = InferenceRequests::AnswersScored::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let rid = dec(e.requestId);
            if batch.load("InferenceRequest", &rid)?.is_none() {
                return Ok(Some(None));
            }
            create(
                batch,
                "InferenceScore",
                &at.event_id(),
                json!({"request": rid, "validator": hex(e.validator), "weight": dec(e.weight),
                       "scores": e.scores, "timestamp": at.timestamp.to_string()}),
            )?;
            update(batch, "InferenceRequest", &rid, |r| bump(r, "scoreCount"))?;
            Ok(Some(None))
        }
        InferenceRequests::RequestReleased::SIGNATURE_HASH => {
            let e = InferenceRequests::RequestReleased::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let rid = dec(e.requestId);
            let payouts: Vec<String> = e.payouts.iter().map(|p| dec(*p)).collect();
            update(batch, "InferenceRequest", &rid, |r| {
                set(
                    r,
                    json!({"status": "Released", "bestMiner": hex(e.bestMiner),
                           "consensus": e.consensus, "payouts": payouts,
                           "closedAt": at.timestamp.to_string()}),
                );
            })?;
            for (i, (consensus, payout)) in e.consensus.iter().zip(&payouts).enumerate() {
                update(batch, "InferenceAnswer", &format!("{rid}-{i}"), |a| {
                    set(a, json!({"consensus": consensus, "payout": payout}));
                })?;
            }
            Ok(Some(None))
        }
        InferenceRequests::RequestRefunded::SIGNATURE_HASH => {
            let e = InferenceRequests::RequestRefunded::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update(batch, "InferenceRequest", &dec(e.requestId), |r| {
                set(
                    r,
                    json!({"status": "Refunded", "closedAt": at.timestamp.to_string()}),
                );
            })?;
            Ok(Some(None))
        }
        InferenceRequests::ResultDelivered::SIGNATURE_HASH => {
            let e = InferenceRequests::ResultDelivered::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update(batch, "InferenceRequest", &dec(e.requestId), |r| {
                set(r, json!({"delivered": e.success}));
            })?;
            Ok(Some(None))
        }
        _ => Ok(None),
    }
}

/// An event of subnet `sid`'s ForecastFeeds.
pub(super) fn apply_feeds(
    batch: &mut Batch<'_>,
    sid: &str,
    log: &Log,
    topic: B256,
    at: At,
    decode: impl Fn(alloy::sol_types::Error) -> Error,
) -> Result<(), Error> {
    match topic {
        ForecastFeeds::FeedAdded::SIGNATURE_HASH => {
            let e = ForecastFeeds::FeedAdded::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            create(
                batch,
                "ForecastFeed",
                &feed_id(at.address, e.feed),
                json!({"subnet": sid, "feeds": hex(at.address), "index": e.feed,
                       "asset": e.asset, "horizon": e.horizon.to_string(),
                       "tolerance": e.tolerance.to_string(),
                       "staleAfter": e.staleAfter.to_string(), "active": true,
                       "accuracy": INITIAL_ACCURACY, "createdAt": at.timestamp.to_string()}),
            )
        }
        ForecastFeeds::FeedDeactivated::SIGNATURE_HASH => {
            let e = ForecastFeeds::FeedDeactivated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update(batch, "ForecastFeed", &feed_id(at.address, e.feed), |f| {
                set(f, json!({"active": false}));
            })
        }
        ForecastFeeds::RoundPublished::SIGNATURE_HASH => {
            let e = ForecastFeeds::RoundPublished::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let fid = feed_id(at.address, e.feed);
            if batch.load("ForecastFeed", &fid)?.is_none() {
                return Ok(());
            }
            let rid = format!("{fid}-{}", e.roundId);
            create(
                batch,
                "ForecastRound",
                &rid,
                json!({"feed": fid, "subnet": sid, "round": e.roundId.to_string(),
                       "epoch": e.epoch.to_string(), "prediction": e.prediction.to_string(),
                       "confidence": e.confidence, "publishers": e.publishers,
                       "publishedAt": e.publishedAt.to_string()}),
            )?;
            update(batch, "ForecastFeed", &fid, |f| {
                set(f, json!({"latestRound": rid}));
                bump(f, "roundCount");
            })
        }
        ForecastFeeds::ForecastRequested::SIGNATURE_HASH => {
            let e = ForecastFeeds::ForecastRequested::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let fid = feed_id(at.address, e.feed);
            if batch.load("ForecastFeed", &fid)?.is_none() {
                return Ok(());
            }
            create(
                batch,
                "ForecastRequest",
                &format!("{:#x}", e.requestId),
                json!({"feed": fid, "subnet": sid, "round": e.roundId.to_string(),
                       "requester": hex(e.requester), "timestamp": at.timestamp.to_string()}),
            )?;
            update(batch, "ForecastFeed", &fid, |f| bump(f, "requestCount"))?;
            update(
                batch,
                "ForecastRound",
                &format!("{fid}-{}", e.roundId),
                |r| {
                    bump(r, "requestCount");
                },
            )?;
            update_subnet(batch, sid, |s| {
                bump(s, "forecastRequestCount");
                bump(s, "requestCount");
            })
        }
        ForecastFeeds::RoundSettledAgainstOutcome::SIGNATURE_HASH => {
            let e = ForecastFeeds::RoundSettledAgainstOutcome::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let fid = feed_id(at.address, e.feed);
            update(
                batch,
                "ForecastRound",
                &format!("{fid}-{}", e.roundId),
                |r| {
                    set(
                        r,
                        json!({"realised": e.realised.to_string(), "error": dec(e.error),
                               "accuracyAfter": e.accuracy.to_string(),
                               "settledAt": at.timestamp.to_string()}),
                    );
                },
            )?;
            update(batch, "ForecastFeed", &fid, |f| {
                let sum = big(f, "errorSum").saturating_add(e.error);
                set(
                    f,
                    json!({"accuracy": e.accuracy.to_string(), "errorSum": dec(sum)}),
                );
                bump(f, "settledCount");
            })
        }
        _ => Ok(()),
    }
}
