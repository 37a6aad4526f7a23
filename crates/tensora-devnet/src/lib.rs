//! A local OP Stack devnet and the bundler next to it.
//!
//! - [`anvil`]: anvil in its optimism network mode, plus what an OP Stack L2 genesis carries that
//!   the suite touches (predeploys, preinstalls, L1 fee parameters, canonical contracts).
//! - [`alto`]: the alto ERC-4337 bundler for EntryPoint v0.7 against any RPC.
//! - [`error`]: why either did not start, with what to do.

pub mod alto;
pub mod anvil;
pub mod error;

pub use alto::{Alto, start_alto};
pub use anvil::{
    DEV_MNEMONIC, DEVNET_CHAIN_ID, Devnet, DevnetOptions, find_anvil, free_port, mine_at,
};
pub use error::DevnetError;
