//! The lifecycle metrics the mappings derive (the subgraph's `src/metrics.ts` computes the same):
//! every value is a WAD (1e18 = 1.0) in a BigInt field, rounded down.
//!
//! - **Mean miner score** of one reveal: the mean of its scores at the subnet's registered miner
//!   uids, as a share of the top score 65535. Scores are relative (the best miner of a validator
//!   gets 65535), so 1.0 means every miner scored like the best one.
//! - **Participation** of an epoch: validators the close scored / validators registered.
//! - **Emission ROI** of an epoch: rewards assigned per TORA staked (bonds + delegations).
//! - **APY estimate**: an epoch's reward on a stake, annualised without compounding:
//!   `reward * 31_536_000 * 1e18 / (stake * epochLength)`.

use alloy::primitives::U256;

/// 1.0 as a WAD.
pub const WAD: U256 = U256::from_limbs([1_000_000_000_000_000_000, 0, 0, 0]);
/// ValidatorTrust.NEUTRAL: the global trust of a validator no Active subnet has moved yet.
pub const NEUTRAL_TRUST: U256 = U256::from_limbs([500_000_000_000_000_000, 0, 0, 0]);
/// Seconds in the 365-day year the APY estimates use.
pub const SECONDS_PER_YEAR: u64 = 31_536_000;
/// The top score of a reveal.
pub const MAX_SCORE: u64 = 65_535;

/// `num * 1e18 / den`, 0 when `den` is 0, saturating at `U256::MAX`.
pub fn ratio(num: U256, den: U256) -> U256 {
    if den.is_zero() {
        return U256::ZERO;
    }
    num.checked_mul(WAD).map_or(U256::MAX, |n| n / den)
}

/// The mean of the big-endian uint16 `scores` at `miner_uids`, as a share of 65535 (a uid past
/// the scores' end scores 0); 0 with no miner.
pub fn mean_miner_score(scores: &[u8], miner_uids: &[u16]) -> U256 {
    if miner_uids.is_empty() {
        return U256::ZERO;
    }
    let sum: u64 = miner_uids
        .iter()
        .map(|&uid| {
            let at = usize::from(uid) * 2;
            scores
                .get(at..at + 2)
                .map_or(0, |b| u64::from(u16::from_be_bytes([b[0], b[1]])))
        })
        .sum();
    ratio(
        U256::from(sum),
        U256::from(MAX_SCORE) * U256::from(miner_uids.len()),
    )
}

/// The annualised (simple) return of `reward` earned on `stake` over one epoch of
/// `epoch_length` seconds; 0 when the stake or the epoch length is 0.
pub fn apy(reward: U256, stake: U256, epoch_length: u64) -> U256 {
    ratio(
        reward.saturating_mul(U256::from(SECONDS_PER_YEAR)),
        stake.saturating_mul(U256::from(epoch_length)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wad(x: f64) -> U256 {
        U256::from((x * 1e18).round() as u128)
    }

    #[test]
    fn mean_miner_score_reads_only_miner_lanes() {
        // uid 0 a validator (its lane ignored), uids 1 and 2 miners at 65535 and 32767.
        let scores = [0xff, 0xff, 0xff, 0xff, 0x7f, 0xff];
        let got = mean_miner_score(&scores, &[1, 2]);
        assert_eq!(got, U256::from(98_302u64) * WAD / U256::from(131_070u64));
        // A miner past the scores' end scored 0.
        assert_eq!(mean_miner_score(&scores, &[1, 9]), wad(0.5));
        assert_eq!(mean_miner_score(&scores, &[]), U256::ZERO);
        assert_eq!(mean_miner_score(&[], &[0]), U256::ZERO);
    }

    #[test]
    fn apy_annualises_one_epoch_without_compounding() {
        // 1 TORA on 1,000 TORA over a one-day epoch: 0.1% a day, 36.5% a year.
        let tora = U256::from(10u64).pow(U256::from(18));
        let got = apy(tora, tora * U256::from(1_000u64), 86_400);
        assert_eq!(got, wad(0.365));
        assert_eq!(apy(tora, U256::ZERO, 86_400), U256::ZERO);
        assert_eq!(apy(tora, tora, 0), U256::ZERO);
    }

    #[test]
    fn ratio_rounds_down_and_never_divides_by_zero() {
        assert_eq!(
            ratio(U256::from(1u64), U256::from(3u64)),
            WAD / U256::from(3u64)
        );
        assert_eq!(ratio(U256::from(5u64), U256::ZERO), U256::ZERO);
        assert_eq!(ratio(U256::MAX, U256::from(1u64)), U256::MAX);
    }
}
