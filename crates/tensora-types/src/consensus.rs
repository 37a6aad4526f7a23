//! The Yuma-style consensus `closeEpoch` verifies, as a pure function of what the chain holds.
//!
//! Every validator that revealed (or submitted) scores contributes its row
//! `W_ij = score_ij * 1e18 / rowSum_i`; a cell counts 0 when its slot is empty or held by a
//! validator, or when its miner registered at or after the validator's commit. Its stake is
//! `S_i = epochStakeOf(i) * globalTrust_i / 1e18` (bond plus delegated stake, without stake added
//! after the epoch's scores could be public). Column `j`'s consensus is the largest `W` such that
//! the stake of validators with `W_kj >= W` reaches kappa of the total, rounded up: exactly what
//! `SubnetCloser` checks (`stakeAtOrAbove >= threshold > stakeAbove`). Validators with no stake or
//! an all-zero row do not count.
//!
//! `test/vectors/consensus.json` holds cases computed here; cargo checks this function against
//! them and forge checks the real close accepts them (`test/SubnetConsensusVectors.t.sol`).

use alloy::primitives::{Address, U256};

use crate::scores;

/// 1e18: weights are fractions of a row scaled by this.
pub const WAD: u128 = 1_000_000_000_000_000_000;

/// One validator's contribution to an epoch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The validator.
    pub validator: Address,
    /// Its trust-weighted stake.
    pub stake: U256,
    /// Its packed big-endian uint16 scores ([`scores`]).
    pub scores: Vec<u8>,
    /// Sum of all its scores.
    pub row_sum: u64,
    /// When it committed (or submitted), seconds.
    pub committed_at: u64,
}

impl Row {
    /// The row of a validator with `epoch_stake` and global `trust` (WAD), or `None` when it does
    /// not count (no trust-weighted stake, or every score 0).
    pub fn new(
        validator: Address,
        epoch_stake: U256,
        trust: U256,
        scores: Vec<u8>,
        committed_at: u64,
    ) -> Option<Self> {
        let stake = epoch_stake * trust / U256::from(WAD);
        let row_sum = scores::row_sum(&scores);
        (!stake.is_zero() && row_sum != 0).then_some(Self {
            validator,
            stake,
            scores,
            row_sum,
            committed_at,
        })
    }

    /// Its normalised weight (WAD) for uid `uid` of `slot`.
    pub fn weight(&self, uid: usize, slot: &Slot) -> u64 {
        // A cell past the row's end reads 0, as on chain.
        let dropped = !slot.is_miner || slot.registered_at >= self.committed_at;
        let cell = if dropped {
            0
        } else {
            u128::from(scores::score(&self.scores, uid))
        };
        u64::try_from(cell * WAD / u128::from(self.row_sum)).unwrap_or(u64::MAX)
    }
}

/// What the consensus needs to know of one slot (uid).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Held by a miner (not empty, not a validator).
    pub is_miner: bool,
    /// When its holder registered, seconds.
    pub registered_at: u64,
}

/// kappa of `total` stake, rounded up (as `YumaKernel.kappaThreshold` computes it): a column's
/// consensus is always backed by at least kappa of the stake, and a total of 1 wei still has a
/// threshold of 1.
pub fn kappa_threshold(total: U256, kappa_bps: u16) -> U256 {
    (total * U256::from(kappa_bps)).div_ceil(U256::from(10_000u64))
}

/// The consensus weight (WAD) of uids `first..first + slots.len()`, `slots[k]` describing uid
/// `first + k`.
pub fn weights(rows: &[Row], first: usize, slots: &[Slot], kappa_bps: u16) -> Vec<u64> {
    let total: U256 = rows.iter().map(|r| r.stake).sum();
    let threshold = kappa_threshold(total, kappa_bps);
    slots
        .iter()
        .enumerate()
        .map(|(k, slot)| {
            if threshold.is_zero() {
                return 0;
            }
            let cells: Vec<(u64, U256)> = rows
                .iter()
                .map(|r| (r.weight(first + k, slot), r.stake))
                .collect();
            let mut best = 0u64;
            for &(w, _) in &cells {
                if w <= best {
                    continue;
                }
                let at_or_above: U256 = cells
                    .iter()
                    .filter(|(x, _)| *x >= w)
                    .map(|(_, stake)| *stake)
                    .sum();
                if at_or_above >= threshold {
                    best = w;
                }
            }
            best
        })
        .collect()
}

/// `closeEpoch`'s argument: one big-endian uint64 weight per column.
pub fn encode(weights: &[u64]) -> Vec<u8> {
    weights.iter().flat_map(|w| w.to_be_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared vectors `YumaKernel.kappaThreshold` is tested against too.
    #[test]
    fn kappa_threshold_matches_the_shared_vectors() {
        let text = include_str!("../../../test/vectors/kappa_threshold.json");
        let json: serde_json::Value = serde_json::from_str(text).expect("json");
        let cases = json["cases"].as_array().expect("cases");
        assert!(cases.len() > 5);
        for case in cases {
            let number = |key: &str| -> U256 {
                case[key]
                    .as_str()
                    .expect("a string")
                    .parse()
                    .expect("a number")
            };
            let kappa = u16::try_from(case["kappaBps"].as_u64().expect("kappa")).expect("kappa");
            assert_eq!(
                kappa_threshold(number("total"), kappa),
                number("threshold"),
                "{case}"
            );
        }
    }
}
