//! Deploys the Tensora suite deterministically, resumably and verifiably on any OP Stack chain,
//! and runs a local OP Stack devnet (anvil in optimism mode with the OP predeploys and preinstalls).
//!
//! - [`config`]: the per-network config (`deployments/config/<network>.toml`).
//! - [`closing`]: closing an epoch in chunks, resumable from the chain's close cursor.
//! - [`consensus`]: the epoch consensus a subnet verifies when it closes, computed off chain.
//! - [`canonical`]: canonical contracts the suite relies on, installed where missing.
//! - [`devnet`]: the local devnet.
//! - [`erc7562`]: our ERC-7562 trace check of the paymaster's validation.
//! - [`suite`]: the deploy plan, the deploy itself and the `deployments/<chainId>.json` record.
//! - [`verify`]: post-deploy checks of code, versions, owners, roles and parameters.
//! - [`tx`]: sending transactions with a gas margin, checking receipts, decoding reverts.
//! - [`userop`]: ERC-4337 UserOperations paid in TORA, through a bundler.

pub mod artifacts;
pub mod canonical;
pub mod closing;
pub mod config;
pub mod consensus;
pub mod devnet;
pub mod erc7562;
pub mod error;
pub mod suite;
pub mod tx;
pub mod userop;
pub mod verify;

pub use error::DeployError;
