//! The chain's clock, as the contracts see it.

use alloy::eips::BlockNumberOrTag;
use alloy::providers::{DynProvider, Provider};

use crate::read::ReadError;

/// The latest block's timestamp.
pub async fn chain_time(provider: &DynProvider) -> Result<u64, ReadError> {
    Ok(provider
        .get_block_by_number(BlockNumberOrTag::Latest)
        .await
        .map_err(ReadError::rpc("reading the latest block"))?
        .ok_or_else(ReadError::missing("the latest block"))?
        .header
        .timestamp)
}

/// When the next block can be at the earliest: the later of the chain's clock and the wall clock
/// (a devnet's clock may run ahead of the wall; a live chain's lags by a block).
pub async fn next_block_time(provider: &DynProvider) -> Result<u64, ReadError> {
    Ok(chain_time(provider).await?.max(tensora_types::units::now()))
}
