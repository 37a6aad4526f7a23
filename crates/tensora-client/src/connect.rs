//! HTTP providers with transport retries as a layer: a node that rate-limits (HTTP 429, or the
//! JSON-RPC codes providers use for it) is retried with exponential backoff by alloy's
//! `RetryBackoffLayer`, for every request of every caller, instead of loops around single calls.
//! Errors that are not rate limits (a revert, a refused transaction, a node that is down) reach the
//! caller at once.

use alloy::network::EthereumWallet;
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::client::{ClientBuilder, RpcClient};
use alloy::transports::http::reqwest::Url;
use alloy::transports::layers::RetryBackoffLayer;

/// Retries of one rate-limited request before its error is returned.
pub const MAX_RETRIES: u32 = 8;
/// First backoff, milliseconds (doubled per retry, or what the node's answer asks for).
pub const INITIAL_BACKOFF_MS: u64 = 200;
/// The compute-unit budget per second the layer paces itself by (alloy's public-RPC default).
pub const COMPUTE_UNITS_PER_SECOND: u64 = 330;

/// An RPC client for `url` with the retry layer.
pub fn client(url: Url) -> RpcClient {
    ClientBuilder::default()
        .layer(RetryBackoffLayer::new(
            MAX_RETRIES,
            INITIAL_BACKOFF_MS,
            COMPUTE_UNITS_PER_SECOND,
        ))
        .http(url)
}

/// A read-only provider for `url`.
pub fn http(url: Url) -> DynProvider {
    ProviderBuilder::new().connect_client(client(url)).erased()
}

/// A provider for `url` that signs with `wallet`.
pub fn http_with_wallet(url: Url, wallet: EthereumWallet) -> DynProvider {
    ProviderBuilder::new()
        .wallet(wallet)
        .connect_client(client(url))
        .erased()
}
