//! What can stop a deploy, each with what to do about it.

use std::path::PathBuf;

use alloy::primitives::Address;
use tensora_client::canonical::CanonicalError;
use tensora_client::{ReadError, TxError};

use crate::config::ConfigError;

/// Why a deploy or its verification stopped.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    /// The config file is missing or invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A transaction failed.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// A read failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// A canonical contract is missing or wrong.
    #[error(transparent)]
    Canonical(#[from] CanonicalError),
    /// The RPC serves another chain than the config is for.
    #[error(
        "the RPC is chain {actual}, but the {network} config is for chain {expected}: check --rpc-url or the config"
    )]
    WrongChain {
        /// Config network name.
        network: String,
        /// Chain id in the config.
        expected: u64,
        /// Chain id of the RPC.
        actual: u64,
    },
    /// A deployment transaction succeeded but left no code where it should.
    #[error("{name}: no code at {address} after its deployment transaction")]
    NoCode {
        /// The contract.
        name: String,
        /// Where it should be.
        address: Address,
    },
    /// Earlier transactions from the deployer are still pending.
    #[error(
        "{count} earlier transaction(s) from {deployer} are still pending after {waited_secs} s; wait for them (or replace them) and re-run"
    )]
    InFlight {
        /// The deployer.
        deployer: Address,
        /// Pending transactions.
        count: u64,
        /// How long we waited.
        waited_secs: u64,
    },
    /// The deployer cannot pay for the deployment.
    #[error(
        "the deployer {deployer} has {balance} wei; the deployment needs about {needed} wei: fund it and re-run"
    )]
    InsufficientFunds {
        /// The deployer.
        deployer: Address,
        /// Its balance.
        balance: alloy::primitives::U256,
        /// Rough need.
        needed: alloy::primitives::U256,
    },
    /// Post-deploy verification found differences from the config.
    #[error("verification failed:\n  - {}", .0.join("\n  - "))]
    Verification(Vec<String>),
    /// The deployment record could not be written.
    #[error("cannot write {path}: {source}")]
    Record {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}
