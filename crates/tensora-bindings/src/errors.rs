//! Turns revert data into the name and arguments of the custom error that caused it, across every
//! contract of the suite (and `Error(string)` / `Panic(uint256)`), with amounts in TORA and times
//! as dates: `BondBelowMinimum { bond: 5 TORA, minimum: 100 TORA }`,
//! `WrongPhase { opensAt: 2026-12-02 04:30:00 UTC (in 5m 3s), closesAt: ... }`.

use alloy::primitives::U256;
use alloy::sol_types::decode_revert_reason;

use crate::contracts::SuiteContract;
use tensora_types::states::ProposalState;
use tensora_types::units::{format_decimal, format_time, format_tora};

/// How an error argument reads for people.
#[derive(Debug, Clone, Copy)]
enum Unit {
    /// 18-decimal TORA.
    Tora,
    /// A unix timestamp (0: none).
    Time,
    /// Wei of the native token, shown in ETH.
    Eth,
    /// Wei per gas, shown in gwei.
    Gwei,
    /// A governor proposal state (OpenZeppelin's `IGovernor.ProposalState`).
    ProposalState,
}

/// The arguments of the suite's errors that are amounts or times, by error and argument name.
const UNITS: &[(&str, &[(&str, Unit)])] = &[
    (
        "BondBelowMinimum",
        &[("bond", Unit::Tora), ("minimum", Unit::Tora)],
    ),
    (
        "NothingToWithdraw",
        &[("amount", Unit::Tora), ("releaseAt", Unit::Time)],
    ),
    ("HyperparameterCooldown", &[("nextAllowedAt", Unit::Time)]),
    ("HyperparameterFreeze", &[("epochEndsAt", Unit::Time)]),
    (
        "WrongPhase",
        &[("opensAt", Unit::Time), ("closesAt", Unit::Time)],
    ),
    ("NotCoordinator", &[("openToAllAt", Unit::Time)]),
    (
        "InsufficientBalance",
        &[("balance", Unit::Tora), ("required", Unit::Tora)],
    ),
    (
        "InsufficientAllowance",
        &[("allowance", Unit::Tora), ("required", Unit::Tora)],
    ),
    (
        "ChargeAboveLimit",
        &[("charge", Unit::Tora), ("limit", Unit::Tora)],
    ),
    (
        "CostAboveCap",
        &[("maxCost", Unit::Eth), ("cap", Unit::Eth)],
    ),
    (
        "FeeAboveCap",
        &[("maxFeePerGas", Unit::Gwei), ("cap", Unit::Gwei)],
    ),
    (
        "ERC20InsufficientBalance",
        &[("balance", Unit::Tora), ("needed", Unit::Tora)],
    ),
    (
        "ERC20InsufficientAllowance",
        &[("allowance", Unit::Tora), ("needed", Unit::Tora)],
    ),
    (
        "ERC20ExceededCap",
        &[("increasedSupply", Unit::Tora), ("cap", Unit::Tora)],
    ),
    (
        "TORACapTooLarge",
        &[("cap", Unit::Tora), ("maxCap", Unit::Tora)],
    ),
    (
        "TORAGenesisExceedsCap",
        &[("genesisSupply", Unit::Tora), ("cap", Unit::Tora)],
    ),
    (
        "GovernorInsufficientProposerVotes",
        &[("votes", Unit::Tora), ("threshold", Unit::Tora)],
    ),
    (
        "GovernorUnexpectedProposalState",
        &[("current", Unit::ProposalState)],
    ),
];

impl Unit {
    fn format(self, value: U256, now: u64) -> String {
        match self {
            Self::Tora => format_tora(value),
            Self::Eth => format!("{} ETH", format_decimal(value, 18)),
            Self::Gwei => format!("{} gwei", format_decimal(value, 9)),
            Self::Time if value.is_zero() => "none".to_owned(),
            Self::Time => format_time(value.saturating_to(), now),
            Self::ProposalState => u8::try_from(value).map_or_else(
                |_| value.to_string(),
                |code| ProposalState::name_of(code).to_owned(),
            ),
        }
    }
}

/// Rewrites the amounts and times of a decoded `Name { field: value, .. }` for people.
fn humanize(decoded: String, now: u64) -> String {
    let Some((name, body)) = decoded.split_once(" { ") else {
        return decoded;
    };
    let (Some((_, units)), Some(body)) = (
        UNITS.iter().find(|(error, _)| *error == name),
        body.strip_suffix(" }"),
    ) else {
        return decoded;
    };
    let fields: Vec<String> = body
        .split(", ")
        .map(|part| {
            let Some((field, value)) = part.split_once(": ") else {
                return part.to_owned();
            };
            match (
                units.iter().find(|(f, _)| *f == field),
                value.parse::<U256>(),
            ) {
                (Some((_, unit)), Ok(v)) => format!("{field}: {}", unit.format(v, now)),
                _ => part.to_owned(),
            }
        })
        .collect();
    format!("{name} {{ {} }}", fields.join(", "))
}

/// Decodes a revert of a suite contract into e.g. `BondBelowMinimum { bond: 5 TORA, minimum:
/// 100 TORA }` (times relative to the wall clock). `None` when the data matches no known error.
pub fn decode_revert(data: &[u8]) -> Option<String> {
    decode_revert_at(data, tensora_types::units::now())
}

/// [`decode_revert`] with times relative to `now` (e.g. the chain's clock).
pub fn decode_revert_at(data: &[u8], now: u64) -> Option<String> {
    decode_raw(data).map(|decoded| humanize(decoded, now))
}

/// The error's name and raw arguments.
fn decode_raw(data: &[u8]) -> Option<String> {
    SuiteContract::ALL
        .into_iter()
        .find_map(|c| c.decode_error(data))
        .or_else(|| create3_failure(data))
        .or_else(|| decode_revert_reason(data))
}

/// Solady's CREATE3 reverts with `DeploymentFailed()`, which is not in `Create3Deployer`'s ABI.
fn create3_failure(data: &[u8]) -> Option<String> {
    let selector = alloy::primitives::keccak256("DeploymentFailed()");
    (data == &selector[..4]).then(|| {
        "DeploymentFailed (CREATE3: the address is taken or the constructor reverted)".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use alloy::primitives::U256;
    use alloy::sol_types::SolError;

    use super::*;
    use crate::generated::subnet;

    #[test]
    fn decodes_custom_errors_with_arguments() {
        let data = subnet::Subnet::NotRegistered {
            account: alloy::primitives::Address::repeat_byte(0x11),
        }
        .abi_encode();
        assert_eq!(
            decode_revert(&data).as_deref(),
            Some("NotRegistered { account: 0x1111111111111111111111111111111111111111 }")
        );
    }

    #[test]
    fn amounts_read_in_tora_and_times_as_dates() {
        let ether = U256::from(10u64).pow(U256::from(18));
        let data = subnet::Subnet::BondBelowMinimum {
            bond: U256::from(1505) * ether / U256::from(10),
            minimum: U256::from(1000) * ether,
        }
        .abi_encode();
        assert_eq!(
            decode_revert(&data).as_deref(),
            Some("BondBelowMinimum { bond: 150.5 TORA, minimum: 1000 TORA }")
        );
        let data = subnet::Subnet::WrongPhase {
            opensAt: 1_764_650_000,
            closesAt: 0,
        }
        .abi_encode();
        assert_eq!(
            decode_revert_at(&data, 1_764_650_000 - 60).as_deref(),
            Some("WrongPhase { opensAt: 2025-12-02 04:33:20 UTC (in 1m 0s), closesAt: none }")
        );
    }

    #[test]
    fn unknown_data_is_none() {
        assert_eq!(decode_revert(&[0xde, 0xad, 0xbe, 0xef]), None);
    }
}
