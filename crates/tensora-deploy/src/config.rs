//! The per-network deployment config: `deployments/config/<network>.toml`. One file holds every
//! parameter the suite is deployed with; the deploy reads it, the verification checks the chain
//! against it, and the record stores it. The governance tests read the same devnet file.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use alloy::primitives::aliases::{U48, U96};
use alloy::primitives::{Address, U256};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use tensora_bindings::TensoraGovernor;
use tensora_bindings::generated::subnet_registry::SubnetRegistry::Hyperparameters;

/// An integer amount written as a decimal (or `0x` hex) string, so TOML's 64-bit integers never
/// truncate wei amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount(pub U256);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Int(u64),
        }
        match Raw::deserialize(d)? {
            Raw::Int(v) => Ok(Self(U256::from(v))),
            Raw::Text(s) => U256::from_str(s.trim()).map(Self).map_err(|e| {
                serde::de::Error::custom(format!("`{s}` is not a non-negative integer amount: {e}"))
            }),
        }
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.to_string())
    }
}

/// Who receives the genesis supply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The deploying account (devnets: it hands TORA to test users).
    Deployer,
    /// A fixed address (production: a treasury or distribution Safe).
    Address(Address),
}

impl<'de> Deserialize<'de> for Holder {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "deployer" {
            return Ok(Self::Deployer);
        }
        Address::from_str(&s).map(Self::Address).map_err(|_| {
            serde::de::Error::custom(format!(
                "genesis_holder `{s}` is neither \"deployer\" nor an address"
            ))
        })
    }
}

impl Serialize for Holder {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Deployer => s.serialize_str("deployer"),
            Self::Address(a) => s.serialize_str(&a.to_checksum(None)),
        }
    }
}

/// The whole config file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkConfig {
    /// Network name (`devnet`, `mainnet`, ...).
    pub network: String,
    /// The chain id the suite is meant for; the deploy refuses any other chain.
    pub chain_id: u64,
    /// Scopes the CREATE3 salts: a new value gives a fresh set of addresses for the same deployer.
    pub salt: String,
    /// The TORA token.
    pub token: TokenConfig,
    /// The guardian multisig.
    pub guardian: GuardianConfig,
    /// Governor and timelock.
    pub governance: GovernanceConfig,
    /// Global validator trust.
    pub trust: TrustConfig,
    /// The emission schedule.
    pub emissions: EmissionsConfig,
    /// The subnet registry.
    pub registry: RegistryConfig,
    /// The TORA gas paymaster.
    pub paymaster: PaymasterConfig,
}

/// `[paymaster]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymasterConfig {
    /// May update the TORA price (besides governance).
    pub keeper: Address,
    /// Markup over the price, basis points (at most 5000).
    pub markup_bps: u16,
    /// Seconds a price stays usable (at most 7 days).
    pub max_price_age: u64,
    /// Price floor: TORA wei per 1e18 native wei.
    pub min_token_per_native: Amount,
    /// Highest `maxFeePerGas` a sponsored operation may carry, wei (fits 128 bits).
    pub max_fee_per_gas: Amount,
    /// Highest EntryPoint `maxCost` of a sponsored operation, wei (fits 128 bits).
    pub max_cost_per_op: Amount,
    /// Unstake delay of the paymaster's EntryPoint stake, seconds.
    pub unstake_delay: u32,
}

/// `[token]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    /// Hard supply cap, wei.
    pub cap: Amount,
    /// Minted once at deployment, wei.
    pub genesis_supply: Amount,
    /// Receives the genesis supply.
    pub genesis_holder: Holder,
}

/// `[guardian]`: a Safe created by the deploy (`owners`, `threshold`, `salt_nonce`), or an existing
/// one (`address`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardianConfig {
    /// An existing Safe to use instead of creating one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Owners of the Safe to create.
    #[serde(default)]
    pub owners: Vec<Address>,
    /// Signatures required (at least 2).
    pub threshold: u64,
    /// The Safe proxy factory's salt nonce.
    #[serde(default)]
    pub salt_nonce: u64,
}

/// `[governance]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernanceConfig {
    /// Seconds between proposal and voting start.
    pub voting_delay: u64,
    /// Seconds of voting.
    pub voting_period: u32,
    /// Votes needed to propose, wei.
    pub proposal_threshold: Amount,
    /// Quorum, percent of the total supply.
    pub quorum_percent: u64,
    /// Seconds voting is extended when quorum is reached late.
    pub late_quorum_extension: u64,
    /// Timelock delay, seconds.
    pub timelock_min_delay: u64,
}

/// `[trust]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustConfig {
    /// EMA factor, WAD (0 < alpha <= 1e18).
    pub ema_alpha: Amount,
    /// Share of trust one slash removes, basis points.
    pub slash_penalty_bps: u16,
    /// Seconds `ema_alpha` is defined over (trust moves at most that much per period).
    pub rate_period: u32,
}

/// `[emissions]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmissionsConfig {
    /// Emission start (unix seconds); 0 = the deployment block.
    pub start: u64,
    /// TORA wei per second before the first halving.
    pub initial_rate_per_second: Amount,
    /// Seconds between halvings.
    pub halving_period: u64,
    /// Longest span a subnet can accrue unpulled emission for, seconds.
    pub max_accrual: u64,
}

/// `[registry]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryConfig {
    /// Subnet creation fee, wei (paid to the treasury, the timelock).
    pub creation_fee: Amount,
    /// Cap on the number of subnets.
    pub max_subnets: u16,
    /// Seconds between a subnet's hyperparameter changes.
    pub hyperparameter_cooldown: u32,
    /// Seconds before an epoch end during which hyperparameters are frozen.
    pub hyperparameter_freeze_window: u32,
    /// Lower governance bounds.
    pub min_bounds: HyperparametersConfig,
    /// Upper governance bounds.
    pub max_bounds: HyperparametersConfig,
}

/// A full set of subnet hyperparameters (the registry's bounds, or a subnet's values).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct HyperparametersConfig {
    pub min_miner_bond: Amount,
    pub min_validator_bond: Amount,
    pub task_timeout: u32,
    pub epoch_length: u32,
    pub immunity_period: u32,
    pub unbonding_delay: u32,
    pub reveal_window: u32,
    pub slashing_rate_bps: u16,
    pub max_slots: u16,
    pub max_validators: u16,
    pub commit_reveal: bool,
    pub kappa_bps: u16,
    pub strike_limit: u8,
    pub trust_floor_bps: u16,
    pub close_grace_period: u32,
}

/// A config that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML for this schema.
    #[error("config {path} is invalid: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The cause (names the key).
        source: Box<toml::de::Error>,
    },
    /// A value is out of range.
    #[error("config {path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong and how to fix it.
        message: String,
    },
}

impl NetworkConfig {
    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text, path)
    }

    /// Parses and validates config text (`path` only names it in errors).
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let config: Self = toml::from_str(text).map_err(|source| ConfigError::Parse {
            path: path.to_owned(),
            source: Box::new(source),
        })?;
        config.validate().map_err(|message| ConfigError::Invalid {
            path: path.to_owned(),
            message,
        })?;
        Ok(config)
    }

    /// The checks the constructors would otherwise fail on, with the key to fix.
    fn validate(&self) -> Result<(), String> {
        if self.chain_id == 0 {
            return Err("set `chain_id` to the chain this suite is for".into());
        }
        if self.salt.is_empty() {
            return Err("`salt` must not be empty".into());
        }
        if self.token.genesis_supply.0 > self.token.cap.0 {
            return Err("[token] genesis_supply exceeds cap".into());
        }
        let g = &self.guardian;
        if g.address.is_none() {
            if g.owners.is_empty() {
                return Err("[guardian] needs `owners` (the Safe to create) or `address` (an existing Safe)".into());
            }
            if g.threshold < 2 || g.threshold > g.owners.len() as u64 {
                return Err(format!(
                    "[guardian] threshold must be between 2 and the number of owners ({}), got {}",
                    g.owners.len(),
                    g.threshold
                ));
            }
            let mut sorted = g.owners.clone();
            sorted.sort();
            sorted.dedup();
            if sorted.len() != g.owners.len() || sorted.contains(&Address::ZERO) {
                return Err("[guardian] owners must be distinct non-zero addresses".into());
            }
        }
        if self.governance.quorum_percent == 0 || self.governance.quorum_percent > 100 {
            return Err("[governance] quorum_percent must be in 1..=100".into());
        }
        if self.governance.voting_period == 0 {
            return Err("[governance] voting_period must be positive".into());
        }
        if self.trust.ema_alpha.0.is_zero() || self.trust.ema_alpha.0 > U256::from(10u64.pow(18)) {
            return Err("[trust] ema_alpha must be in 1..=1e18".into());
        }
        if self.trust.slash_penalty_bps > 10_000 {
            return Err("[trust] slash_penalty_bps must be at most 10000".into());
        }
        if self.trust.rate_period == 0 {
            return Err("[trust] rate_period must be positive".into());
        }
        if self.emissions.initial_rate_per_second.0.is_zero() || self.emissions.halving_period == 0
        {
            return Err(
                "[emissions] initial_rate_per_second and halving_period must be positive".into(),
            );
        }
        let pm = &self.paymaster;
        if pm.markup_bps > 5000 {
            return Err("[paymaster] markup_bps must be at most 5000".into());
        }
        if pm.max_price_age == 0 || pm.max_price_age > 7 * 86_400 {
            return Err("[paymaster] max_price_age must be in 1..=604800".into());
        }
        if pm.min_token_per_native.0.is_zero() || pm.unstake_delay == 0 {
            return Err(
                "[paymaster] min_token_per_native and unstake_delay must be positive".into(),
            );
        }
        for (field, amount) in [
            ("max_fee_per_gas", pm.max_fee_per_gas),
            ("max_cost_per_op", pm.max_cost_per_op),
        ] {
            if amount.0.is_zero() || amount.0 > U256::from(u128::MAX) {
                return Err(format!(
                    "[paymaster] {field} must be positive and fit 128 bits (got {})",
                    amount.0
                ));
            }
        }
        for (key, bounds) in [
            ("min_bounds", &self.registry.min_bounds),
            ("max_bounds", &self.registry.max_bounds),
        ] {
            for (field, amount) in [
                ("min_miner_bond", bounds.min_miner_bond),
                ("min_validator_bond", bounds.min_validator_bond),
            ] {
                if amount.0 > U256::from(U96::MAX) {
                    return Err(format!("[registry.{key}] {field} does not fit in 96 bits"));
                }
            }
        }
        self.registry.validate()
    }

    /// The governor's constructor parameters.
    pub fn governor_params(&self) -> TensoraGovernor::Params {
        let g = &self.governance;
        TensoraGovernor::Params {
            votingDelay: U48::from(g.voting_delay),
            votingPeriod: g.voting_period,
            proposalThreshold: g.proposal_threshold.0,
            quorumNumerator: U256::from(g.quorum_percent),
            lateQuorumExtension: U48::from(g.late_quorum_extension),
        }
    }
}

impl RegistryConfig {
    /// What `SubnetRegistry`'s constructor checks (`_setBounds`, `_setTiming`), so that a config
    /// that passes here deploys; the devnet test deploys every shipped config to prove it.
    fn validate(&self) -> Result<(), String> {
        let (lo, hi) = (&self.min_bounds, &self.max_bounds);
        let pairs: [(&str, U256, U256); 14] = [
            ("min_miner_bond", lo.min_miner_bond.0, hi.min_miner_bond.0),
            (
                "min_validator_bond",
                lo.min_validator_bond.0,
                hi.min_validator_bond.0,
            ),
            (
                "task_timeout",
                U256::from(lo.task_timeout),
                U256::from(hi.task_timeout),
            ),
            (
                "epoch_length",
                U256::from(lo.epoch_length),
                U256::from(hi.epoch_length),
            ),
            (
                "immunity_period",
                U256::from(lo.immunity_period),
                U256::from(hi.immunity_period),
            ),
            (
                "unbonding_delay",
                U256::from(lo.unbonding_delay),
                U256::from(hi.unbonding_delay),
            ),
            (
                "reveal_window",
                U256::from(lo.reveal_window),
                U256::from(hi.reveal_window),
            ),
            (
                "slashing_rate_bps",
                U256::from(lo.slashing_rate_bps),
                U256::from(hi.slashing_rate_bps),
            ),
            (
                "max_slots",
                U256::from(lo.max_slots),
                U256::from(hi.max_slots),
            ),
            (
                "max_validators",
                U256::from(lo.max_validators),
                U256::from(hi.max_validators),
            ),
            (
                "kappa_bps",
                U256::from(lo.kappa_bps),
                U256::from(hi.kappa_bps),
            ),
            (
                "strike_limit",
                U256::from(lo.strike_limit),
                U256::from(hi.strike_limit),
            ),
            (
                "trust_floor_bps",
                U256::from(lo.trust_floor_bps),
                U256::from(hi.trust_floor_bps),
            ),
            (
                "close_grace_period",
                U256::from(lo.close_grace_period),
                U256::from(hi.close_grace_period),
            ),
        ];
        for (field, min, max) in pairs {
            if min > max {
                return Err(format!(
                    "[registry] min_bounds.{field} ({min}) is above max_bounds.{field} ({max})"
                ));
            }
        }
        let limits = [
            (
                lo.kappa_bps < 5000 || hi.kappa_bps > 10_000,
                "kappa_bps must stay within 5000..=10000",
            ),
            (
                lo.strike_limit == 0,
                "min_bounds.strike_limit must be at least 1",
            ),
            (
                hi.trust_floor_bps > 10_000,
                "max_bounds.trust_floor_bps must be at most 10000",
            ),
            (
                hi.max_validators > 128,
                "max_bounds.max_validators must be at most 128",
            ),
            (
                lo.epoch_length == 0,
                "min_bounds.epoch_length must be positive",
            ),
            (
                hi.slashing_rate_bps > 10_000,
                "max_bounds.slashing_rate_bps must be at most 10000",
            ),
            (
                lo.max_slots < 2 || hi.max_slots > 1024,
                "max_slots must stay within 2..=1024",
            ),
            (
                lo.max_validators == 0,
                "min_bounds.max_validators must be at least 1",
            ),
            (
                self.hyperparameter_cooldown > 30 * 86_400,
                "hyperparameter_cooldown must be at most 30 days",
            ),
        ];
        if let Some((_, message)) = limits.iter().find(|(bad, _)| *bad) {
            return Err(format!("[registry] {message}"));
        }
        if self.hyperparameter_freeze_window >= lo.epoch_length {
            return Err(format!(
                "[registry] hyperparameter_freeze_window ({}) must be shorter than the shortest epoch \
                 (min_bounds.epoch_length = {}), or no subnet could ever change its hyperparameters",
                self.hyperparameter_freeze_window, lo.epoch_length
            ));
        }
        Ok(())
    }
}

impl HyperparametersConfig {
    /// The contract struct (amounts were checked to fit in 96 bits).
    pub fn to_contract(&self) -> Hyperparameters {
        Hyperparameters {
            minMinerBond: U96::saturating_from(self.min_miner_bond.0),
            minValidatorBond: U96::saturating_from(self.min_validator_bond.0),
            taskTimeout: self.task_timeout,
            epochLength: self.epoch_length,
            immunityPeriod: self.immunity_period,
            unbondingDelay: self.unbonding_delay,
            revealWindow: self.reveal_window,
            slashingRateBps: self.slashing_rate_bps,
            maxSlots: self.max_slots,
            maxValidators: self.max_validators,
            commitReveal: self.commit_reveal,
            kappaBps: self.kappa_bps,
            strikeLimit: self.strike_limit,
            trustFloorBps: self.trust_floor_bps,
            closeGracePeriod: self.close_grace_period,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../deployments/config")
            .join(format!("{name}.toml"))
    }

    #[test]
    fn devnet_config_parses() -> Result<(), ConfigError> {
        let c = NetworkConfig::load(&shipped("devnet"))?;
        assert_eq!(c.network, "devnet");
        assert_eq!(c.guardian.threshold, 2);
        assert_eq!(c.governance.timelock_min_delay, 60);
        Ok(())
    }

    #[test]
    fn mainnet_config_refuses_until_filled_in() -> Result<(), Box<dyn std::error::Error>> {
        let Err(ConfigError::Invalid { message, .. }) = NetworkConfig::load(&shipped("mainnet"))
        else {
            return Err(
                "mainnet.toml ships without a chain id and guardian and must be refused".into(),
            );
        };
        assert!(message.contains("chain_id"), "{message}");
        let text = std::fs::read_to_string(shipped("mainnet"))?.replacen(
            "chain_id = 0",
            "chain_id = 10",
            1,
        );
        let err = NetworkConfig::parse(&text, Path::new("mainnet.toml"))
            .err()
            .ok_or("accepted")?;
        assert!(err.to_string().contains("[guardian]"), "{err}");
        Ok(())
    }

    /// The review's finding: a freeze window as long as the shortest epoch made the registry
    /// constructor revert; validation now says so before anything is sent.
    #[test]
    fn freeze_window_not_below_shortest_epoch_is_refused() -> Result<(), Box<dyn std::error::Error>>
    {
        let good = std::fs::read_to_string(shipped("devnet"))?;
        let min_epoch = NetworkConfig::parse(&good, Path::new("devnet.toml"))?
            .registry
            .min_bounds
            .epoch_length;
        let line = good
            .lines()
            .find(|l| l.starts_with("hyperparameter_freeze_window"))
            .ok_or("no freeze window line")?;
        let bad = good.replacen(
            line,
            &format!("hyperparameter_freeze_window = {min_epoch}"),
            1,
        );
        let err = NetworkConfig::parse(&bad, Path::new("devnet.toml"))
            .err()
            .ok_or("accepted")?;
        assert!(
            err.to_string().contains("hyperparameter_freeze_window"),
            "{err}"
        );
        Ok(())
    }

    #[test]
    fn bad_values_name_the_key() -> Result<(), Box<dyn std::error::Error>> {
        let good = std::fs::read_to_string(shipped("devnet"))?;
        let cases = [
            (
                "cap = \"1000000000000000000000000000\"",
                "cap = \"-5\"",
                "non-negative",
            ),
            ("threshold = 2", "threshold = 1", "threshold"),
            ("quorum_percent = 4", "quorum_percent = 0", "quorum_percent"),
            ("salt = \"tensora-v1\"", "salt = \"\"", "salt"),
            (
                "network = \"devnet\"",
                "network = \"devnet\"\nunknown_key = 1",
                "unknown_key",
            ),
        ];
        for (from, to, expect) in cases {
            assert!(
                good.contains(from),
                "devnet.toml no longer contains `{from}`"
            );
            let bad = good.replacen(from, to, 1);
            let err = NetworkConfig::parse(&bad, Path::new("bad.toml"))
                .err()
                .ok_or("accepted a bad config")?;
            assert!(
                err.to_string().contains(expect),
                "`{err}` should mention `{expect}`"
            );
        }
        Ok(())
    }
}
