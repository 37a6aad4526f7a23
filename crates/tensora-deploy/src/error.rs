//! What can stop a deploy or the devnet, each with what to do about it.

use std::path::PathBuf;

use alloy::primitives::Address;
use alloy::transports::{RpcError, TransportErrorKind};

use crate::config::ConfigError;
use crate::tx::TxError;

/// Why a deploy, verification or devnet setup stopped.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    /// The config file is missing or invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A transaction failed.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// The RPC endpoint failed a read.
    #[error("{what}: {source} (is the RPC URL right and the node up?)")]
    Rpc {
        /// What was being read.
        what: String,
        /// The cause.
        source: RpcError<TransportErrorKind>,
    },
    /// A contract read failed.
    #[error("{what}: {source}")]
    Call {
        /// What was being read.
        what: String,
        /// The cause.
        source: Box<alloy::contract::Error>,
    },
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
    /// The chain lacks code the suite needs and cannot install.
    #[error("chain {chain_id} is not an OP Stack chain the suite can use: no code at {}", missing.iter().map(|(n, a)| format!("{n} ({a})")).collect::<Vec<_>>().join(", "))]
    NotOpStack {
        /// The chain.
        chain_id: u64,
        /// Missing contracts.
        missing: Vec<(String, Address)>,
    },
    /// A canonical artifact does not hash to its canonical address (a changed npm package).
    #[error(
        "{name}: the installed artifact deploys to {computed}, not to the canonical {expected}; reinstall the pinned npm packages"
    )]
    CanonicalMismatch {
        /// The contract.
        name: String,
        /// Its canonical address.
        expected: Address,
        /// Where our artifact would land.
        computed: Address,
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
    /// The devnet could not start or be set up.
    #[error("devnet: {0}")]
    Devnet(String),
}

impl DeployError {
    /// Wraps an RPC read error with what was being read.
    pub(crate) fn rpc(
        what: impl Into<String>,
    ) -> impl FnOnce(RpcError<TransportErrorKind>) -> Self {
        let what = what.into();
        move |source| Self::Rpc { what, source }
    }

    /// Wraps a contract read error with what was being read.
    pub(crate) fn call(what: impl Into<String>) -> impl FnOnce(alloy::contract::Error) -> Self {
        let what = what.into();
        move |source| Self::Call {
            what,
            source: Box::new(source),
        }
    }
}
