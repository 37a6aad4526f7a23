//! Rust bindings for the Tensora contracts.
//!
//! Everything under [`generated`] is written by `forge bind` from the forge build artifacts
//! (`script/bindings.sh`); it is never edited by hand, and CI fails when it drifts from the
//! contracts. Each module carries the contract's ABI types, a `new`/`deploy` API over an alloy
//! provider, and the creation and runtime bytecode.
//!
//! [`contracts`] is the one registry of the suite's contracts ([`SuiteContract`]): names, code,
//! error decoding and the deploy order derive from it.
//!
//! [`examples`] binds the contracts of `examples/` (the seeds' `MyDeFiProtocol`).
//!
//! [`third_party`] types the contracts the suite uses but does not own (Safe 1.4.1, the ERC-4337
//! EntryPoints, the OP Stack predeploys) from their published npm artifacts.
//!
//! [`deployment`] reads the deployed addresses per chain id (`deployments/<chainId>.json`);
//! `examples/list_subnets.rs` shows a dApp listing the subnets of a deployed suite.

pub mod code;
pub mod contracts;
pub mod deployment;
pub mod errors;
pub mod third_party;

#[allow(
    missing_debug_implementations,
    unreachable_pub,
    rust_2018_idioms,
    clippy::pedantic,
    clippy::nursery
)]
#[rustfmt::skip]
pub mod generated;

/// Bindings of the contracts under `examples/` (the seeds' `MyDeFiProtocol`), written by
/// `script/bindings.sh` like [`generated`]; they are not suite contracts.
#[allow(
    missing_debug_implementations,
    unreachable_pub,
    rust_2018_idioms,
    clippy::pedantic,
    clippy::nursery
)]
#[rustfmt::skip]
pub mod examples;

pub use contracts::SuiteContract;
pub use deployment::{Deployment, DeploymentError, names};
pub use generated::create3_deployer::Create3Deployer;
pub use generated::emission_manager::EmissionManager;
pub use generated::forecast_feeds::ForecastFeeds;
pub use generated::forecast_feeds_factory::ForecastFeedsFactory;
pub use generated::inference_requests::InferenceRequests;
pub use generated::subnet::Subnet;
pub use generated::subnet_closer::SubnetCloser;
pub use generated::subnet_registry::SubnetRegistry;
pub use generated::tensora_account::TensoraAccount;
pub use generated::tensora_account_factory::TensoraAccountFactory;
pub use generated::tensora_governor::TensoraGovernor;
pub use generated::tensora_paymaster::TensoraPaymaster;
pub use generated::tensora_timelock::TensoraTimelock;
pub use generated::tora::TORA;
pub use generated::validator_trust::ValidatorTrust;
