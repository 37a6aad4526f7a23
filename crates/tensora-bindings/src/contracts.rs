//! The one registry of the suite's contracts. Names, compiled code, error decoding and the deploy
//! order are derived from [`SuiteContract`]; a `match` over it is exhaustive, so adding a contract
//! is a compile error everywhere it must be handled. A test checks the enum against the list
//! `script/bindings.sh` generates bindings for.

use alloy::primitives::Bytes;
use alloy::sol_types::SolInterface;

use crate::generated::*;

/// A contract of the suite (one `forge bind` module each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SuiteContract {
    /// The token.
    Tora,
    /// The governance timelock (holds every admin role).
    Timelock,
    /// The TORA-vote governor.
    Governor,
    /// Global validator trust.
    ValidatorTrust,
    /// The emission schedule and weights.
    EmissionManager,
    /// The epoch close, reached through DELEGATECALL from every subnet.
    SubnetCloser,
    /// The subnet implementation every subnet is a clone of.
    Subnet,
    /// Subnet creation, discovery and lifecycle.
    SubnetRegistry,
    /// Escrowed inference requests to the registry's subnets.
    InferenceRequests,
    /// Creates and lists the subnets' forecast feeds (one per subnet).
    ForecastFeedsFactory,
    /// Creates TensoraAccounts that approve the paymaster.
    AccountFactory,
    /// The ERC-4337 paymaster that takes TORA.
    Paymaster,
    /// Deterministic addresses for the suite (a canonical contract, not created through itself).
    Create3Deployer,
    /// The account implementation (created by the factory's constructor).
    Account,
    /// A Predictia subnet's forecast feeds (one per subnet, created for it by the factory).
    ForecastFeeds,
}

impl SuiteContract {
    /// Every suite contract, in deployment order: a constructor may read only contracts before
    /// it (`Subnet` reads `SubnetCloser`), the CREATE3 deployer comes first of all (it is a
    /// canonical contract, installed before the plan runs), and per-subnet contracts come last.
    pub const ALL: [Self; 15] = [
        Self::Tora,
        Self::Timelock,
        Self::Governor,
        Self::ValidatorTrust,
        Self::EmissionManager,
        Self::SubnetCloser,
        Self::Subnet,
        Self::SubnetRegistry,
        Self::InferenceRequests,
        Self::ForecastFeedsFactory,
        Self::AccountFactory,
        Self::Paymaster,
        Self::Create3Deployer,
        Self::Account,
        Self::ForecastFeeds,
    ];

    /// Its contract name (the forge artifact's, the deployment record's key).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Tora => "TORA",
            Self::Timelock => "TensoraTimelock",
            Self::Governor => "TensoraGovernor",
            Self::ValidatorTrust => "ValidatorTrust",
            Self::EmissionManager => "EmissionManager",
            Self::SubnetCloser => "SubnetCloser",
            Self::Subnet => "Subnet",
            Self::SubnetRegistry => "SubnetRegistry",
            Self::InferenceRequests => "InferenceRequests",
            Self::ForecastFeedsFactory => "ForecastFeedsFactory",
            Self::AccountFactory => "TensoraAccountFactory",
            Self::Paymaster => "TensoraPaymaster",
            Self::Create3Deployer => "Create3Deployer",
            Self::Account => "TensoraAccount",
            Self::ForecastFeeds => "ForecastFeeds",
        }
    }

    /// The contract called `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether the suite deploy creates it through the CREATE3 deployer (all but the deployer
    /// itself, the account implementation, which the factory creates, and the per-subnet
    /// contracts, created for a subnet once it exists).
    pub const fn through_create3(self) -> bool {
        !matches!(
            self,
            Self::Create3Deployer | Self::Account | Self::ForecastFeeds
        )
    }

    /// Its creation code and its compiled runtime code (immutables not yet written).
    pub fn code(self) -> (&'static Bytes, &'static Bytes) {
        match self {
            Self::Tora => (&tora::TORA::BYTECODE, &tora::TORA::DEPLOYED_BYTECODE),
            Self::Timelock => (
                &tensora_timelock::TensoraTimelock::BYTECODE,
                &tensora_timelock::TensoraTimelock::DEPLOYED_BYTECODE,
            ),
            Self::Governor => (
                &tensora_governor::TensoraGovernor::BYTECODE,
                &tensora_governor::TensoraGovernor::DEPLOYED_BYTECODE,
            ),
            Self::ValidatorTrust => (
                &validator_trust::ValidatorTrust::BYTECODE,
                &validator_trust::ValidatorTrust::DEPLOYED_BYTECODE,
            ),
            Self::EmissionManager => (
                &emission_manager::EmissionManager::BYTECODE,
                &emission_manager::EmissionManager::DEPLOYED_BYTECODE,
            ),
            Self::SubnetCloser => (
                &subnet_closer::SubnetCloser::BYTECODE,
                &subnet_closer::SubnetCloser::DEPLOYED_BYTECODE,
            ),
            Self::Subnet => (
                &subnet::Subnet::BYTECODE,
                &subnet::Subnet::DEPLOYED_BYTECODE,
            ),
            Self::SubnetRegistry => (
                &subnet_registry::SubnetRegistry::BYTECODE,
                &subnet_registry::SubnetRegistry::DEPLOYED_BYTECODE,
            ),
            Self::InferenceRequests => (
                &inference_requests::InferenceRequests::BYTECODE,
                &inference_requests::InferenceRequests::DEPLOYED_BYTECODE,
            ),
            Self::ForecastFeedsFactory => (
                &forecast_feeds_factory::ForecastFeedsFactory::BYTECODE,
                &forecast_feeds_factory::ForecastFeedsFactory::DEPLOYED_BYTECODE,
            ),
            Self::AccountFactory => (
                &tensora_account_factory::TensoraAccountFactory::BYTECODE,
                &tensora_account_factory::TensoraAccountFactory::DEPLOYED_BYTECODE,
            ),
            Self::Paymaster => (
                &tensora_paymaster::TensoraPaymaster::BYTECODE,
                &tensora_paymaster::TensoraPaymaster::DEPLOYED_BYTECODE,
            ),
            Self::Create3Deployer => (
                &create3_deployer::Create3Deployer::BYTECODE,
                &create3_deployer::Create3Deployer::DEPLOYED_BYTECODE,
            ),
            Self::Account => (
                &tensora_account::TensoraAccount::BYTECODE,
                &tensora_account::TensoraAccount::DEPLOYED_BYTECODE,
            ),
            Self::ForecastFeeds => (
                &forecast_feeds::ForecastFeeds::BYTECODE,
                &forecast_feeds::ForecastFeeds::DEPLOYED_BYTECODE,
            ),
        }
    }

    /// `data` decoded as one of its custom errors (`Name { field: value, .. }`, raw values).
    pub fn decode_error(self, data: &[u8]) -> Option<String> {
        fn named<E: SolInterface + std::fmt::Debug>(data: &[u8]) -> Option<String> {
            let debug = format!("{:?}", E::abi_decode(data).ok()?);
            // `Variant(Variant { .. })` -> `Variant { .. }`; unit errors stay `Variant(Variant)`.
            Some(match debug.split_once('(') {
                Some((_, inner)) if inner.ends_with(')') && inner.contains('{') => {
                    inner[..inner.len() - 1].to_owned()
                }
                Some((name, _)) => name.to_owned(),
                None => debug,
            })
        }
        match self {
            Self::Tora => named::<tora::TORA::TORAErrors>(data),
            Self::Timelock => {
                named::<tensora_timelock::TensoraTimelock::TensoraTimelockErrors>(data)
            }
            Self::Governor => {
                named::<tensora_governor::TensoraGovernor::TensoraGovernorErrors>(data)
            }
            Self::ValidatorTrust => {
                named::<validator_trust::ValidatorTrust::ValidatorTrustErrors>(data)
            }
            Self::EmissionManager => {
                named::<emission_manager::EmissionManager::EmissionManagerErrors>(data)
            }
            Self::SubnetCloser => named::<subnet_closer::SubnetCloser::SubnetCloserErrors>(data),
            Self::Subnet => named::<subnet::Subnet::SubnetErrors>(data),
            Self::SubnetRegistry => {
                named::<subnet_registry::SubnetRegistry::SubnetRegistryErrors>(data)
            }
            Self::InferenceRequests => {
                named::<inference_requests::InferenceRequests::InferenceRequestsErrors>(data)
            }
            Self::ForecastFeedsFactory => named::<
                forecast_feeds_factory::ForecastFeedsFactory::ForecastFeedsFactoryErrors,
            >(data),
            Self::AccountFactory => named::<
                tensora_account_factory::TensoraAccountFactory::TensoraAccountFactoryErrors,
            >(data),
            Self::Paymaster => {
                named::<tensora_paymaster::TensoraPaymaster::TensoraPaymasterErrors>(data)
            }
            // Its only failure is solady's `DeploymentFailed()`, which its ABI lacks
            // (`crate::errors` decodes it).
            Self::Create3Deployer => None,
            Self::Account => named::<tensora_account::TensoraAccount::TensoraAccountErrors>(data),
            Self::ForecastFeeds => {
                named::<forecast_feeds::ForecastFeeds::ForecastFeedsErrors>(data)
            }
        }
    }
}

impl std::fmt::Display for SuiteContract {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `script/bindings.sh` generates bindings for exactly these contracts.
    #[test]
    fn the_registry_is_what_bindings_sh_generates() {
        let script = include_str!("../../../script/bindings.sh");
        let line = script
            .lines()
            .find(|l| l.starts_with("CONTRACTS=("))
            .expect("bindings.sh lists CONTRACTS=(...)");
        let mut listed: Vec<&str> = line
            .trim_start_matches("CONTRACTS=(")
            .trim_end_matches(')')
            .split_whitespace()
            .collect();
        let mut ours: Vec<&str> = SuiteContract::ALL.iter().map(|c| c.name()).collect();
        listed.sort_unstable();
        ours.sort_unstable();
        assert_eq!(listed, ours);
        for c in SuiteContract::ALL {
            assert_eq!(SuiteContract::from_name(c.name()), Some(c));
            assert!(!c.code().0.is_empty() && !c.code().1.is_empty(), "{c}");
        }
    }
}
