//! Chain I/O for Tensora, over any alloy provider of an OP Stack chain.
//!
//! - [`connect`]: HTTP providers with transport retries as a layer (alloy's `RetryBackoffLayer`).
//! - [`read`]: the error of a failed read, with what was being read.
//! - [`batch`]: many `view` calls in one `eth_call` through Multicall3 (installed on every OP
//!   Stack chain).
//! - [`tx`]: sending transactions with a gas margin, checking receipts, decoding reverts.
//! - [`clock`]: the chain's clock as the contracts see it.
//! - [`canonical`]: canonical contracts the suite relies on, installed where missing.
//! - [`consensus`]: an epoch's consensus inputs read from the chain, computed by
//!   [`tensora_types::consensus`].
//! - [`closing`]: closing an epoch in chunks, resumable from the chain's close cursor, and its
//!   dry-run plan.
//! - [`forecast`]: a Predictia subnet's forecast feeds, rounds and request ids.
//! - [`requests`]: escrowed inference requests to a subnet and their answers, from the events.
//! - [`miners`]: a subnet's miners, endpoints and last consensus; one task sent to one miner.
//! - [`query`]: the dApp side: a subnet by name, its best miners by score or latency, and the
//!   first usable answer with failover.
//! - [`safe`]: the EIP-712 hash of a Safe transaction, computed offline.
//! - [`userop`]: ERC-4337 UserOperations paid in TORA, through a bundler.
//! - [`erc7562`]: our ERC-7562 trace check of the paymaster's validation.

pub mod batch;
pub mod canonical;
pub mod clock;
pub mod closing;
pub mod connect;
pub mod consensus;
pub mod erc7562;
pub mod forecast;
pub mod miners;
pub mod query;
pub mod read;
pub mod requests;
pub mod safe;
pub mod tx;
pub mod userop;

pub use read::ReadError;
pub use tx::TxError;
