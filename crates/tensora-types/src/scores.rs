//! The score wire format of `Subnet.revealScores` / `submitScores` (read on chain by
//! `ScorePacking.sol`): one big-endian uint16 per uid for uids `0..slots`, and a timeout bitmap
//! with bit `uid % 256` of word `uid / 256` set for a miner that timed out (no words at all when
//! none did). The one Rust copy of the rule: the CLI's score files, the validator service and the
//! off-chain consensus use it, and `test/vectors/score_packing.json` proves that forge reads what
//! it writes.

use alloy::primitives::U256;

/// A score row that cannot be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    /// A score for a uid the subnet does not have.
    #[error("slot {uid} does not exist (the subnet has slots 0..{slots})")]
    NoSuchSlot {
        /// The uid.
        uid: u64,
        /// Slots in use.
        slots: u16,
    },
    /// Two scores for one uid.
    #[error("slot {uid} is scored twice")]
    DuplicateSlot {
        /// The uid.
        uid: u64,
    },
    /// A timeout for a uid the subnet does not have.
    #[error("timed-out slot {uid} does not exist (slots 0..{slots})")]
    NoSuchTimeout {
        /// The uid.
        uid: u64,
        /// Slots in use.
        slots: u16,
    },
    /// One uid listed twice as timed out.
    #[error("slot {uid} is listed twice in `timeouts`")]
    DuplicateTimeout {
        /// The uid.
        uid: u64,
    },
}

/// Encodes `scores` (uid, score) and the `timed_out` uids for a subnet with `slots` uids; uids not
/// scored score 0. Refuses uids past `slots` and uids given twice.
pub fn encode(
    scores: &[(u64, u16)],
    timed_out: &[u64],
    slots: u16,
) -> Result<(Vec<u8>, Vec<U256>), ScoreError> {
    let mut packed = vec![0u8; usize::from(slots) * 2];
    let mut seen = vec![false; usize::from(slots)];
    for &(uid, score) in scores {
        let Some(k) = usize::try_from(uid)
            .ok()
            .filter(|&k| k < usize::from(slots))
        else {
            return Err(ScoreError::NoSuchSlot { uid, slots });
        };
        if std::mem::replace(&mut seen[k], true) {
            return Err(ScoreError::DuplicateSlot { uid });
        }
        packed[k * 2..k * 2 + 2].copy_from_slice(&score.to_be_bytes());
    }
    let mut timeouts = Vec::new();
    if !timed_out.is_empty() {
        timeouts = vec![U256::ZERO; usize::from(slots).div_ceil(256)];
        for &uid in timed_out {
            let Some(k) = usize::try_from(uid)
                .ok()
                .filter(|&k| k < usize::from(slots))
            else {
                return Err(ScoreError::NoSuchTimeout { uid, slots });
            };
            let bit = U256::from(1) << (k % 256);
            if timeouts[k / 256] & bit != U256::ZERO {
                return Err(ScoreError::DuplicateTimeout { uid });
            }
            timeouts[k / 256] |= bit;
        }
    }
    Ok((packed, timeouts))
}

/// The score of `uid` in a packed row (0 past its end, as on chain).
pub fn score(packed: &[u8], uid: usize) -> u16 {
    match packed.get(uid * 2..uid * 2 + 2) {
        Some(lane) => u16::from_be_bytes([lane[0], lane[1]]),
        None => 0,
    }
}

/// Whether `uid` is flagged in a timeout bitmap.
pub fn timed_out(timeouts: &[U256], uid: usize) -> bool {
    timeouts
        .get(uid / 256)
        .is_some_and(|word| word.bit(uid % 256))
}

/// The sum of a packed row's scores (what a validator's row is normalised by).
pub fn row_sum(packed: &[u8]) -> u64 {
    (0..packed.len() / 2)
        .map(|uid| u64::from(score(packed, uid)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vectors forge checks against `ScorePacking` and the contract's bitmap reading.
    #[test]
    fn shared_vectors() {
        let text = include_str!("../../../test/vectors/score_packing.json");
        let vectors: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
        let cases = vectors["cases"].as_array().expect("cases");
        assert!(cases.len() >= 4);
        for case in cases {
            let slots = u16::try_from(case["slots"].as_u64().expect("slots")).expect("u16");
            let numbers = |key: &str| -> Vec<u64> {
                case[key]
                    .as_array()
                    .expect("an array")
                    .iter()
                    .map(|n| n.as_u64().expect("a number"))
                    .collect()
            };
            let scores: Vec<(u64, u16)> = numbers("uids")
                .into_iter()
                .zip(numbers("values"))
                .map(|(uid, v)| (uid, u16::try_from(v).expect("a uint16")))
                .collect();
            let timed = numbers("timedOut");
            let (packed, timeouts) = encode(&scores, &timed, slots).expect("encodes");
            assert_eq!(
                alloy::primitives::hex::encode_prefixed(&packed),
                case["packed"].as_str().expect("packed"),
                "{case}"
            );
            let words: Vec<String> = timeouts.iter().map(|w| format!("{w:#066x}")).collect();
            let expected: Vec<String> = case["timeouts"]
                .as_array()
                .expect("timeouts")
                .iter()
                .map(|w| w.as_str().expect("word").to_owned())
                .collect();
            assert_eq!(words, expected, "{case}");
            for &(uid, s) in &scores {
                assert_eq!(score(&packed, usize::try_from(uid).expect("usize")), s);
            }
            for &uid in &timed {
                assert!(timed_out(&timeouts, usize::try_from(uid).expect("usize")));
            }
        }
    }

    #[test]
    fn refuses_what_the_contract_would_misread() {
        assert_eq!(
            encode(&[(3, 1)], &[], 3),
            Err(ScoreError::NoSuchSlot { uid: 3, slots: 3 })
        );
        assert_eq!(
            encode(&[(1, 1), (1, 2)], &[], 3),
            Err(ScoreError::DuplicateSlot { uid: 1 })
        );
        assert_eq!(
            encode(&[], &[0, 0], 3),
            Err(ScoreError::DuplicateTimeout { uid: 0 })
        );
        assert_eq!(
            encode(&[], &[9], 3),
            Err(ScoreError::NoSuchTimeout { uid: 9, slots: 3 })
        );
        assert_eq!(score(&[0x01], 0), 0, "an incomplete lane reads 0");
        assert_eq!(row_sum(&[0, 5, 1, 0]), 5 + 256);
    }
}
