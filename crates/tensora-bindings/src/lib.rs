//! Rust bindings for the Tensora contracts.
//!
//! Everything under [`generated`] is written by `forge bind` from the forge build artifacts
//! (`script/bindings.sh`); it is never edited by hand, and CI fails when it drifts from the
//! contracts. Each module carries the contract's ABI types, a `new`/`deploy` API over an alloy
//! provider, and the creation and runtime bytecode.
//!
//! `examples/tour.rs` shows a program using the bindings against a local OP-mode anvil.

#[allow(
    missing_debug_implementations,
    unreachable_pub,
    rust_2018_idioms,
    clippy::pedantic,
    clippy::nursery
)]
#[rustfmt::skip]
pub mod generated;

pub use generated::emission_manager::EmissionManager;
pub use generated::subnet::Subnet;
pub use generated::subnet_closer::SubnetCloser;
pub use generated::subnet_registry::SubnetRegistry;
pub use generated::tensora_governor::TensoraGovernor;
pub use generated::tensora_timelock::TensoraTimelock;
pub use generated::tora::TORA;
pub use generated::validator_trust::ValidatorTrust;
