//! The I/O half of an epoch's consensus: read what [`tensora_types::consensus`] needs from the
//! chain (the revealed rows from `ScoresRevealed`, commit times from `ScoresCommitted`, each
//! validator's member record, epoch stake and global trust, every slot from the close cursor on)
//! and compute the weights `closeEpoch` verifies. Per-validator and per-slot reads go through
//! Multicall3 ([`crate::batch`]): a close costs a handful of round trips, not one per column.

use std::collections::BTreeMap;

use alloy::eips::BlockNumberOrTag;
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::{SolCall, SolEvent};
use tensora_bindings::{Subnet, ValidatorTrust};
use tensora_types::consensus::{self, Row, Slot};
use tensora_types::rows;

use crate::batch::call_each;
use crate::read::ReadError;

/// The consensus of every column of the current epoch, from the close cursor on.
#[derive(Debug, Clone)]
pub struct EpochConsensus {
    /// The epoch.
    pub epoch: u64,
    /// First column (the close cursor).
    pub from: u16,
    /// One consensus weight (WAD) per column from `from`.
    pub weights: Vec<u64>,
    /// The validators that count, in the subnet's participant order (the close table's).
    pub rows: Vec<Row>,
}

impl EpochConsensus {
    /// `closeEpoch`'s argument for columns `[from + offset, from + offset + count)`.
    pub fn encode(&self, offset: usize, count: usize) -> Vec<u8> {
        let end = (offset + count).min(self.weights.len());
        consensus::encode(&self.weights[offset.min(end)..end])
    }

    /// The calldata of `closeEpoch` for these columns: their consensus and rows.
    pub fn close_call(&self, offset: usize, count: usize) -> Vec<u8> {
        Subnet::closeEpochCall {
            consensus: self.encode(offset, count).into(),
            rows: self.encode_rows(offset, count).into(),
        }
        .abi_encode()
    }

    /// `closeEpoch`'s rows for the same columns: each counted row's entry ([`rows`]).
    pub fn encode_rows(&self, offset: usize, count: usize) -> Vec<u8> {
        let from = usize::from(self.from) + offset;
        rows::encode(
            self.rows.iter().map(|r| r.scores.as_slice()),
            from,
            from + count,
        )
    }
}

/// Computes the current epoch's consensus for `subnet`, reading revealed scores from logs since
/// `from_block` (the deployment record's start block).
pub async fn compute(
    provider: &DynProvider,
    subnet: Address,
    trust: Address,
    from_block: u64,
) -> Result<EpochConsensus, ReadError> {
    let read = |what: &'static str| ReadError::call(what);
    let s = Subnet::new(subnet, provider);
    let info = s
        .epochInfo()
        .call()
        .await
        .map_err(read("reading the epoch"))?;
    let hp = s
        .hyperparameters()
        .call()
        .await
        .map_err(read("reading hyperparameters"))?;
    let columns = s
        .slotHighWater()
        .call()
        .await
        .map_err(read("reading the slot count"))?;
    let epoch_topic = U256::from(info.epoch);

    let logs = |signature, what: &'static str| {
        let filter = Filter::new()
            .address(subnet)
            .event_signature(signature)
            .topic1(epoch_topic)
            .from_block(from_block)
            .to_block(BlockNumberOrTag::Latest);
        async move {
            provider
                .get_logs(&filter)
                .await
                .map_err(ReadError::rpc(what))
        }
    };
    let mut times = BlockTimes::default();
    // Latest commit time per (validator, uid), latest reveal per (validator, uid).
    let mut committed: BTreeMap<(Address, u16), u64> = BTreeMap::new();
    for log in logs(Subnet::ScoresCommitted::SIGNATURE_HASH, "reading commits").await? {
        if let Ok(e) = log.log_decode::<Subnet::ScoresCommitted>() {
            let at = times.of(provider, &log).await?;
            committed.insert((e.inner.validator, e.inner.uid), at);
        }
    }
    // The close takes the rows in participant order: order the reveals by it.
    let participants = s
        .participants()
        .call()
        .await
        .map_err(read("reading the participants"))?;
    let position: BTreeMap<u16, usize> = participants
        .iter()
        .enumerate()
        .map(|(p, &uid)| (uid, p))
        .collect();
    let mut revealed: BTreeMap<(usize, Address, u16), (Vec<u8>, u64)> = BTreeMap::new();
    for log in logs(Subnet::ScoresRevealed::SIGNATURE_HASH, "reading reveals").await? {
        if let Ok(e) = log.log_decode::<Subnet::ScoresRevealed>() {
            // A uid that is no longer a participant (its validator left) is not in the table.
            let Some(&p) = position.get(&e.inner.uid) else {
                continue;
            };
            let at = times.of(provider, &log).await?;
            revealed.insert(
                (p, e.inner.validator, e.inner.uid),
                (e.inner.scores.to_vec(), at),
            );
        }
    }

    let validators: Vec<Address> = revealed.keys().map(|(_, v, _)| *v).collect();
    let member_calls: Vec<_> = validators
        .iter()
        .map(|&account| Subnet::memberOfCall { account })
        .collect();
    let stake_calls: Vec<_> = validators
        .iter()
        .map(|&validator| Subnet::epochStakeOfCall { validator })
        .collect();
    let trust_calls: Vec<_> = validators
        .iter()
        .map(|&validator| ValidatorTrust::trustOfCall { validator })
        .collect();
    let members = call_each(provider, subnet, &member_calls, "reading members").await?;
    let stakes = call_each(provider, subnet, &stake_calls, "reading epoch stakes").await?;
    let trusts = call_each(provider, trust, &trust_calls, "reading global trust").await?;

    let mut rows = Vec::new();
    for (i, ((_, validator, uid), (scores, revealed_at))) in revealed.into_iter().enumerate() {
        let m = &members[i];
        if !m.registered || !m.isValidator || m.uid != uid {
            continue;
        }
        let committed_at = if info.commitReveal {
            committed
                .get(&(validator, uid))
                .copied()
                .unwrap_or(revealed_at)
        } else {
            revealed_at
        };
        rows.extend(Row::new(
            validator,
            stakes[i],
            trusts[i],
            scores,
            committed_at,
        ));
    }

    let slot_calls: Vec<_> = (info.closeCursor..columns)
        .map(|uid| Subnet::slotOfCall { uid })
        .collect();
    let slots: Vec<Slot> = call_each(provider, subnet, &slot_calls, "reading slots")
        .await?
        .into_iter()
        .map(|slot| Slot {
            is_miner: slot.account != Address::ZERO && !slot.isValidator,
            registered_at: u64::from(slot.registeredAt),
        })
        .collect();
    let weights = consensus::weights(&rows, usize::from(info.closeCursor), &slots, hp.kappaBps);
    Ok(EpochConsensus {
        epoch: info.epoch,
        from: info.closeCursor,
        weights,
        rows,
    })
}

/// Block timestamps of logs: from the log itself where the node includes it, else read once per
/// block.
#[derive(Debug, Default)]
struct BlockTimes(BTreeMap<u64, u64>);

impl BlockTimes {
    async fn of(&mut self, provider: &DynProvider, log: &Log) -> Result<u64, ReadError> {
        if let Some(t) = log.block_timestamp {
            return Ok(t);
        }
        let number = log.block_number.unwrap_or_default();
        if let Some(t) = self.0.get(&number) {
            return Ok(*t);
        }
        let block = provider
            .get_block_by_number(number.into())
            .await
            .map_err(ReadError::rpc("reading a block"))?
            .ok_or_else(ReadError::missing(format!("block {number}")))?;
        self.0.insert(number, block.header.timestamp);
        Ok(block.header.timestamp)
    }
}
