//! The off-chain half of an epoch close: the Yuma-style consensus a subnet verifies on chain.
//!
//! For the current epoch, every validator that revealed (or submitted) scores contributes its row
//! W_i = score_ij * 1e18 / rowSum_i (cells of slots that are empty, held by validators, or whose
//! miner registered at or after the validator's commit count 0), with stake
//! S_i = epochStakeOf(i) * globalTrust / 1e18 (bond plus delegated stake, without stake added
//! after the epoch's scores could be public). Column j's consensus is the largest W such that the
//! stake of validators with W_kj >= W reaches kappa of the total, rounded up: exactly what
//! `closeEpoch` checks (`stakeAtOrAbove >= threshold > stakeAbove`). The rows come from the `ScoresRevealed`
//! events, commit times from the `ScoresCommitted` events (or the submission itself).

use std::collections::BTreeMap;

use alloy::eips::BlockNumberOrTag;
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::Filter;
use alloy::sol_types::SolEvent;
use tensora_bindings::{Subnet, ValidatorTrust};

use crate::DeployError;

const WAD: u128 = 1_000_000_000_000_000_000;

/// One validator's contribution.
#[derive(Debug, Clone)]
pub struct Row {
    /// The validator.
    pub validator: Address,
    /// Its trust-weighted stake.
    pub stake: U256,
    /// Packed big-endian uint16 scores.
    pub scores: Vec<u8>,
    /// Sum of all its scores.
    pub row_sum: u64,
    /// When it committed (or submitted), seconds.
    pub committed_at: u64,
}

/// The consensus of every column of the current epoch, from the close cursor on.
#[derive(Debug, Clone)]
pub struct EpochConsensus {
    /// The epoch.
    pub epoch: u64,
    /// First column (the close cursor).
    pub from: u16,
    /// One consensus weight (WAD) per column from `from`.
    pub weights: Vec<u64>,
    /// The validators that count.
    pub rows: Vec<Row>,
}

impl EpochConsensus {
    /// `closeEpoch`'s argument for columns `[from + offset, from + offset + count)`.
    pub fn encode(&self, offset: usize, count: usize) -> Vec<u8> {
        self.weights
            .iter()
            .skip(offset)
            .take(count)
            .flat_map(|w| w.to_be_bytes())
            .collect()
    }
}

/// Computes the current epoch's consensus for `subnet`, reading revealed scores from logs since
/// `from_block`.
pub async fn compute(
    provider: &DynProvider,
    subnet: Address,
    trust: Address,
    from_block: u64,
) -> Result<EpochConsensus, DeployError> {
    let read = |what: &'static str| DeployError::call(what);
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

    // Latest commit time per (validator, uid) and latest reveal per (validator, uid).
    let logs = |signature| {
        let filter = Filter::new()
            .address(subnet)
            .event_signature(signature)
            .topic1(epoch_topic)
            .from_block(from_block)
            .to_block(BlockNumberOrTag::Latest);
        async move { provider.get_logs(&filter).await }
    };
    let mut block_times: BTreeMap<u64, u64> = BTreeMap::new();
    let mut time_of = async |block: Option<u64>| -> Result<u64, DeployError> {
        let number = block.unwrap_or_default();
        if let Some(t) = block_times.get(&number) {
            return Ok(*t);
        }
        let b = provider
            .get_block_by_number(number.into())
            .await
            .map_err(DeployError::rpc("reading a block"))?
            .ok_or_else(|| DeployError::Devnet(format!("block {number} not found")))?;
        block_times.insert(number, b.header.timestamp);
        Ok(b.header.timestamp)
    };
    let mut committed: BTreeMap<(Address, u16), u64> = BTreeMap::new();
    for log in logs(Subnet::ScoresCommitted::SIGNATURE_HASH)
        .await
        .map_err(DeployError::rpc("reading commits"))?
    {
        if let Ok(e) = log.log_decode::<Subnet::ScoresCommitted>() {
            let at = time_of(log.block_number).await?;
            committed.insert((e.inner.validator, e.inner.uid), at);
        }
    }
    let mut revealed: BTreeMap<(Address, u16), (Vec<u8>, u64)> = BTreeMap::new();
    for log in logs(Subnet::ScoresRevealed::SIGNATURE_HASH)
        .await
        .map_err(DeployError::rpc("reading reveals"))?
    {
        if let Ok(e) = log.log_decode::<Subnet::ScoresRevealed>() {
            let at = time_of(log.block_number).await?;
            revealed.insert(
                (e.inner.validator, e.inner.uid),
                (e.inner.scores.to_vec(), at),
            );
        }
    }

    let trust = ValidatorTrust::new(trust, provider);
    let mut rows = Vec::new();
    for ((validator, uid), (scores, revealed_at)) in revealed {
        let m = s
            .memberOf(validator)
            .call()
            .await
            .map_err(read("reading a member"))?;
        if !m.registered || !m.isValidator || m.uid != uid {
            continue;
        }
        let row_sum = tensora_bindings::scores::row_sum(&scores);
        let epoch_stake = s
            .epochStakeOf(validator)
            .call()
            .await
            .map_err(read("reading an epoch stake"))?;
        let t = trust
            .trustOf(validator)
            .call()
            .await
            .map_err(read("reading trust"))?;
        let stake = epoch_stake * t / U256::from(WAD);
        if stake.is_zero() || row_sum == 0 {
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
        rows.push(Row {
            validator,
            stake,
            scores,
            row_sum,
            committed_at,
        });
    }
    let total: U256 = rows.iter().map(|r| r.stake).sum();
    let threshold = kappa_threshold(total, hp.kappaBps);

    let mut weights = Vec::new();
    for j in info.closeCursor..columns {
        let slot = s.slotOf(j).call().await.map_err(read("reading a slot"))?;
        let live = slot.account != Address::ZERO && !slot.isValidator;
        let cells: Vec<(u64, U256)> = rows
            .iter()
            .map(|r| {
                // A cell past the row's end reads 0, as on chain.
                let dropped = !live || u64::from(slot.registeredAt) >= r.committed_at;
                let cell = if dropped {
                    0
                } else {
                    u64::from(tensora_bindings::scores::score(&r.scores, usize::from(j)))
                };
                let w = u128::from(cell) * WAD / u128::from(r.row_sum);
                (u64::try_from(w).unwrap_or(u64::MAX), r.stake)
            })
            .collect();
        let mut best = 0u64;
        if !threshold.is_zero() {
            for &(w, _) in &cells {
                let at_or_above: U256 = cells
                    .iter()
                    .filter(|(x, _)| *x >= w)
                    .map(|(_, st)| *st)
                    .sum();
                if w > best && at_or_above >= threshold {
                    best = w;
                }
            }
        }
        weights.push(best);
    }
    Ok(EpochConsensus {
        epoch: info.epoch,
        from: info.closeCursor,
        weights,
        rows,
    })
}

/// kappa of `total` stake, rounded up (as `SubnetCloser` computes it): a column's consensus is
/// always backed by at least kappa of the stake, and a total of 1 wei still has a threshold of 1.
pub fn kappa_threshold(total: U256, kappa_bps: u16) -> U256 {
    (total * U256::from(kappa_bps)).div_ceil(U256::from(10_000u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared vectors `YumaKernel.kappaThreshold` is tested against too.
    #[test]
    fn kappa_threshold_matches_the_shared_vectors() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../test/vectors/kappa_threshold.json"
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("vectors file"))
                .expect("json");
        let cases = json["cases"].as_array().expect("cases");
        assert!(cases.len() > 5);
        for case in cases {
            let total: U256 = case["total"]
                .as_str()
                .expect("total")
                .parse()
                .expect("total");
            let kappa = u16::try_from(case["kappaBps"].as_u64().expect("kappa")).expect("kappa");
            let expected: U256 = case["threshold"]
                .as_str()
                .expect("threshold")
                .parse()
                .expect("threshold");
            assert_eq!(kappa_threshold(total, kappa), expected, "{case}");
        }
    }
}
