//! The deployed addresses per chain: the `deployments/<chainId>.json` records that `tensora deploy`
//! writes. A dApp loads the record for the chain its provider is on and builds contract instances
//! from the addresses, e.g. `SubnetRegistry::new(deployment.address(names::SUBNET_REGISTRY)?, p)`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, TxHash};
use serde::{Deserialize, Serialize};

/// Names of the suite's contracts in a [`Deployment`] record (from [`SuiteContract`], plus the
/// guardian Safe).
pub mod names {
    use crate::contracts::SuiteContract;

    /// The TORA token.
    pub const TORA: &str = SuiteContract::Tora.name();
    /// The governance timelock (owner of every admin role, treasury).
    pub const TIMELOCK: &str = SuiteContract::Timelock.name();
    /// The TORA governor.
    pub const GOVERNOR: &str = SuiteContract::Governor.name();
    /// Global validator trust.
    pub const VALIDATOR_TRUST: &str = SuiteContract::ValidatorTrust.name();
    /// The emission manager (TORA minter).
    pub const EMISSION_MANAGER: &str = SuiteContract::EmissionManager.name();
    /// The epoch-close logic subnets delegate to.
    pub const SUBNET_CLOSER: &str = SuiteContract::SubnetCloser.name();
    /// The subnet implementation new subnets clone.
    pub const SUBNET_IMPLEMENTATION: &str = SuiteContract::Subnet.name();
    /// The subnet registry.
    pub const SUBNET_REGISTRY: &str = SuiteContract::SubnetRegistry.name();
    /// The guardian multisig (a Safe).
    pub const GUARDIAN_SAFE: &str = "GuardianSafe";
    /// The ERC-4337 account factory (TensoraAccount: SimpleAccount for EntryPoint v0.7 that
    /// approves the paymaster when it is created).
    pub const ACCOUNT_FACTORY: &str = SuiteContract::AccountFactory.name();
    /// The TORA gas paymaster (EntryPoint v0.7).
    pub const PAYMASTER: &str = SuiteContract::Paymaster.name();
    /// Escrowed inference requests.
    pub const INFERENCE_REQUESTS: &str = SuiteContract::InferenceRequests.name();
    /// The subnets' forecast feeds.
    pub const FORECAST_FEEDS_FACTORY: &str = SuiteContract::ForecastFeedsFactory.name();
}

/// One deployed contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeployedContract {
    /// Where it lives.
    pub address: Address,
    /// The deployer-scoped CREATE3 salt (or the Safe salt nonce), as 32 bytes.
    pub salt: B256,
    /// The transaction that created it, if this deployer sent it.
    pub tx_hash: Option<TxHash>,
    /// The block that transaction landed in.
    pub block: Option<u64>,
    /// keccak256 of the runtime code, as verified after deployment.
    pub code_hash: B256,
    /// `version()` where the contract has one.
    pub version: Option<String>,
}

/// A canonical contract the suite relies on (EntryPoint, Safe singleton, ...), not deployed by us.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dependency {
    /// Its canonical address.
    pub address: Address,
    /// keccak256 of its runtime code on this chain.
    pub code_hash: B256,
}

/// The record of the suite on one chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    /// Record format version.
    pub format: u32,
    /// The chain.
    pub chain_id: u64,
    /// The config's network name (`devnet`, `mainnet`, ...).
    pub network: String,
    /// The account that deployed (it holds no role afterwards).
    pub deployer: Address,
    /// The CREATE3 deployer the addresses derive from.
    pub create3_deployer: Address,
    /// The suite, by name (see [`names`]).
    pub contracts: BTreeMap<String, DeployedContract>,
    /// Canonical contracts the suite uses, by name.
    pub dependencies: BTreeMap<String, Dependency>,
    /// The config the suite was deployed and verified against.
    pub config: serde_json::Value,
}

/// Errors reading a deployment record.
#[derive(Debug, thiserror::Error)]
pub enum DeploymentError {
    /// No record for this chain.
    #[error(
        "no deployment record for chain {chain_id} at {path}: run `tensora deploy` for this chain, or pass the addresses explicitly"
    )]
    Missing {
        /// The chain asked for.
        chain_id: u64,
        /// Where the record was looked for.
        path: PathBuf,
    },
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a deployment record.
    #[error("{path} is not a valid deployment record: {source}")]
    Malformed {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// The record is for another chain than its file name says.
    #[error("{path} records chain {found}, expected {expected}")]
    WrongChain {
        /// The file.
        path: PathBuf,
        /// Chain id from the file name.
        expected: u64,
        /// Chain id inside.
        found: u64,
    },
    /// The record has no contract of that name.
    #[error("the deployment record for chain {chain_id} has no contract named {name}")]
    UnknownContract {
        /// The chain.
        chain_id: u64,
        /// The name asked for.
        name: String,
    },
}

impl Deployment {
    /// The record format this crate reads and writes.
    pub const FORMAT: u32 = 1;

    /// The file that holds the record for `chain_id` under `dir` (`<dir>/<chainId>.json`).
    pub fn path(dir: &Path, chain_id: u64) -> PathBuf {
        dir.join(format!("{chain_id}.json"))
    }

    /// Loads the record for `chain_id` from `dir` (usually the repository's `deployments/`).
    pub fn load(dir: &Path, chain_id: u64) -> Result<Self, DeploymentError> {
        let path = Self::path(dir, chain_id);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(DeploymentError::Missing { chain_id, path });
            }
            Err(source) => return Err(DeploymentError::Io { path, source }),
        };
        let record: Self =
            serde_json::from_str(&text).map_err(|source| DeploymentError::Malformed {
                path: path.clone(),
                source,
            })?;
        if record.chain_id != chain_id {
            return Err(DeploymentError::WrongChain {
                path,
                expected: chain_id,
                found: record.chain_id,
            });
        }
        Ok(record)
    }

    /// The first block of the suite on this chain: where event scans start (the earliest block
    /// a recorded contract was deployed in; 0 when the record names none, e.g. all pre-existing).
    pub fn start_block(&self) -> u64 {
        self.contracts
            .values()
            .filter_map(|c| c.block)
            .min()
            .unwrap_or(0)
    }

    /// The address of the contract called `name` (see [`names`]).
    pub fn address(&self, name: &str) -> Result<Address, DeploymentError> {
        self.contracts.get(name).map(|c| c.address).ok_or_else(|| {
            DeploymentError::UnknownContract {
                chain_id: self.chain_id,
                name: name.to_owned(),
            }
        })
    }
}
