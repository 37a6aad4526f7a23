//! Deploys the Tensora suite deterministically, resumably and verifiably on any OP Stack chain.
//!
//! - [`config`]: the per-network config (`deployments/config/<network>.toml`).
//! - [`plan`]: every contract's address and creation code, known before anything is sent.
//! - [`execute`]: the deploy itself in idempotent steps and the `deployments/<chainId>.json` record.
//! - [`verify`]: post-deploy checks of code, versions, owners, roles and parameters.
//!
//! Chain I/O (transactions, canonical contracts) is `tensora-client`'s; the local devnet is
//! `tensora-devnet`'s.

pub mod config;
pub mod error;
pub mod execute;
pub mod plan;
pub mod verify;

pub use error::DeployError;
