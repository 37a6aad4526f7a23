//! How an epoch's emission (plus the carry of earlier epochs) divides, as `SubnetCloser._finalize`
//! divides it: 18% to miners and 41% to validators, rounded down, and the rest to the delegator
//! pools. `Subnet.emissionSplitBps()` returns the same basis points on chain (a devnet test in
//! `tensora-testkit` reads them back).

use alloy::primitives::U256;

/// Miners' share of an epoch, in basis points.
pub const MINER_SHARE_BPS: u64 = 1_800;
/// Validators' share of an epoch, in basis points.
pub const VALIDATOR_SHARE_BPS: u64 = 4_100;
/// Delegators' share of an epoch, in basis points (the rest).
pub const DELEGATOR_SHARE_BPS: u64 = 10_000 - MINER_SHARE_BPS - VALIDATOR_SHARE_BPS;

/// One epoch's pots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pots {
    /// For miners, by their consensus incentive.
    pub miners: U256,
    /// For validators, by their dividends.
    pub validators: U256,
    /// For the validators' delegation pools (what rounding leaves over goes here).
    pub delegators: U256,
}

/// The pots of an epoch paying `total` (emission plus carry).
pub fn split(total: U256) -> Pots {
    let bps = U256::from(10_000u64);
    let miners = total * U256::from(MINER_SHARE_BPS) / bps;
    let validators = total * U256::from(VALIDATOR_SHARE_BPS) / bps;
    Pots {
        miners,
        validators,
        delegators: total - miners - validators,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pots_add_up_to_the_total_and_round_toward_delegators() {
        for total in [0u64, 1, 99, 10_000, 123_456_789] {
            let p = split(U256::from(total));
            assert_eq!(p.miners + p.validators + p.delegators, U256::from(total));
        }
        let p = split(U256::from(99u64));
        assert_eq!(
            (p.miners, p.validators, p.delegators),
            (U256::from(17u64), U256::from(40u64), U256::from(42u64))
        );
        assert_eq!(DELEGATOR_SHARE_BPS, 4_100);
    }
}
