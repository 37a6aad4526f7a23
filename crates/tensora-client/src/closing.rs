//! Closing an epoch: compute the consensus ([`crate::consensus`]) and submit it, with the revealed
//! rows it is checked against, from the close cursor on, in chunks of miner columns small enough
//! for one transaction each (under [`CHUNK_GAS`] and [`CHUNK_BYTES`]). Everything is
//! derived from the chain (the cursor, the revealed scores), so a close interrupted between chunks
//! resumes where it stopped and an epoch is never closed twice.

use alloy::primitives::{Address, B256};
use alloy::providers::DynProvider;
use serde::Serialize;
use tensora_bindings::Subnet;

use crate::read::ReadError;
use crate::{consensus, tx};

/// Why a close (or its plan) stopped.
#[derive(Debug, thiserror::Error)]
pub enum CloseError {
    /// Reading the epoch's inputs failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// A close transaction (or its simulation) failed.
    #[error(transparent)]
    Tx(#[from] tx::TxError),
}

/// Gas above which a chunk is split (EIP-7825 caps a transaction at 16,777,216 gas).
pub const CHUNK_GAS: u64 = 12_000_000;

/// Calldata bytes above which a chunk is split: op-geth's pool refuses transactions over 128 KiB,
/// and a chunk carries the revealed rows of its columns.
pub const CHUNK_BYTES: usize = 120 * 1024;

/// One close transaction.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Chunk {
    /// First column it scored.
    pub from: usize,
    /// Columns it scored.
    pub columns: usize,
    /// The transaction.
    pub tx_hash: B256,
    /// Gas used.
    pub gas_used: u64,
}

/// What a close did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CloseReport {
    /// The epoch being closed.
    pub epoch: u64,
    /// Validator rows that counted.
    pub rows: usize,
    /// Transactions sent, in order.
    pub chunks: Vec<Chunk>,
    /// Whether the epoch is now closed (false when `max_transactions` stopped it early).
    pub closed: bool,
}

/// The chunking rule, one for the plan and the close: a chunk of `columns` columns whose gas
/// passes `limit` is split (a single column is sent as it is).
fn too_big(gas: u64, columns: usize, limit: u64) -> bool {
    gas > limit && columns > 1
}

/// The size a chunk of `columns` columns that is too big is cut to: half, rounded down to whole
/// blocks of rows ([`tensora_types::rows::BLOCK_SCORES`] columns) while it is at least one block,
/// so that two chunks do not both carry the block they share.
fn smaller(columns: usize) -> usize {
    let half = columns / 2;
    let block = tensora_types::rows::BLOCK_SCORES;
    if half >= block {
        half / block * block
    } else {
        half.max(1)
    }
}

/// One chunk a close would send, as simulated.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlannedChunk {
    /// First column it would score.
    pub from: usize,
    /// Columns it would score.
    pub columns: usize,
    /// Gas it used in the simulation.
    pub gas_used: u64,
}

/// What [`close_epoch`] would send, found by simulation and with nothing sent: the same chunks by
/// the same rule, each simulated (`eth_simulateV1`) on the state the chunks before it leave.
pub async fn plan_close(
    provider: &DynProvider,
    from: Address,
    subnet: Address,
    trust: Address,
    from_block: u64,
) -> Result<(u64, Vec<PlannedChunk>), CloseError> {
    plan_close_within(provider, from, subnet, trust, from_block, CHUNK_GAS).await
}

/// [`plan_close`] with chunks split above `chunk_gas` instead of [`CHUNK_GAS`].
pub async fn plan_close_within(
    provider: &DynProvider,
    from: Address,
    subnet: Address,
    trust: Address,
    from_block: u64,
    chunk_gas: u64,
) -> Result<(u64, Vec<PlannedChunk>), CloseError> {
    use alloy::providers::Provider;
    use alloy::rpc::types::simulate::{SimBlock, SimulatePayload};
    let c = consensus::compute(provider, subnet, trust, from_block).await?;
    let total = c.weights.len();
    let request = |input: Vec<u8>| {
        alloy::rpc::types::TransactionRequest::default()
            .to(subnet)
            .from(from)
            .input(alloy::primitives::Bytes::from(input).into())
    };
    let (mut offset, mut chunk) = (0usize, total.max(1));
    let (mut calls, mut planned) = (Vec::new(), Vec::new());
    loop {
        let count = chunk.min(total - offset);
        let input = c.close_call(offset, count);
        if input.len() > CHUNK_BYTES && count > 1 {
            chunk = smaller(count);
            continue;
        }
        let mut block = calls.clone();
        block.push(request(input.clone()));
        let payload = SimulatePayload {
            block_state_calls: vec![SimBlock {
                block_overrides: None,
                state_overrides: None,
                calls: block,
            }],
            trace_transfers: false,
            validation: false,
            return_full_transactions: false,
        };
        let what = format!("simulating the close of epoch {}", c.epoch);
        let blocks = provider
            .simulate(&payload)
            .await
            .map_err(|source| tx::TxError::Rpc {
                what: what.clone(),
                source,
            })?;
        let result = blocks
            .first()
            .and_then(|b| b.calls.last())
            .ok_or_else(|| ReadError::Missing { what: what.clone() })?
            .clone();
        let out_of_gas = result
            .error
            .as_ref()
            .is_some_and(|e| e.message.to_ascii_lowercase().contains("gas"));
        if too_big(result.gas_used, count, chunk_gas) || (out_of_gas && count > 1) {
            chunk = smaller(count);
            continue;
        }
        if !result.status {
            let reason = tensora_bindings::errors::decode_revert(&result.return_data)
                .or_else(|| result.error.as_ref().map(|e| e.message.clone()))
                .unwrap_or_else(|| "reverted".into());
            return Err(tx::TxError::WouldRevert { what, reason }.into());
        }
        planned.push(PlannedChunk {
            from: usize::from(c.from) + offset,
            columns: count,
            gas_used: result.gas_used,
        });
        calls.push(request(input));
        offset += count;
        if offset >= total {
            return Ok((c.epoch, planned));
        }
    }
}

/// Closes `subnet`'s ended epoch from `from` (the coordinator, the owner, or anyone after the
/// grace period), sending at most `max_transactions` chunks (all when `None`).
pub async fn close_epoch(
    provider: &DynProvider,
    from: Address,
    subnet: Address,
    trust: Address,
    from_block: u64,
    max_transactions: Option<usize>,
) -> Result<CloseReport, CloseError> {
    close_epoch_within(
        provider,
        from,
        subnet,
        trust,
        from_block,
        max_transactions,
        CHUNK_GAS,
    )
    .await
}

/// [`close_epoch`] with chunks split above `chunk_gas` instead of [`CHUNK_GAS`].
pub async fn close_epoch_within(
    provider: &DynProvider,
    from: Address,
    subnet: Address,
    trust: Address,
    from_block: u64,
    max_transactions: Option<usize>,
    chunk_gas: u64,
) -> Result<CloseReport, CloseError> {
    let c = consensus::compute(provider, subnet, trust, from_block).await?;
    let total = c.weights.len();
    let (mut offset, mut chunk) = (0usize, total.max(1));
    let mut chunks = Vec::new();
    loop {
        let count = chunk.min(total - offset);
        let input = c.close_call(offset, count);
        if input.len() > CHUNK_BYTES && count > 1 {
            chunk = smaller(count);
            continue;
        }
        let request = alloy::rpc::types::TransactionRequest::default()
            .to(subnet)
            .from(from)
            .input(alloy::primitives::Bytes::from(input).into());
        match tx::estimate(provider, &request, "closing the epoch").await {
            Ok(gas) if too_big(gas, count, chunk_gas) => {
                chunk = smaller(count);
                continue;
            }
            // Only a refusal for gas means "too big"; a node that is down or a revert is reported.
            Err(e) if count > 1 && e.is_gas_limit() => {
                chunk = smaller(count);
                continue;
            }
            Err(e) => return Err(e.into()),
            Ok(_) => {}
        }
        let first = usize::from(c.from) + offset;
        let what = format!(
            "closing epoch {} (columns {first}..{})",
            c.epoch,
            first + count
        );
        let receipt = tx::send(provider, from, request, &what).await?;
        chunks.push(Chunk {
            from: first,
            columns: count,
            tx_hash: receipt.transaction_hash,
            gas_used: receipt.gas_used,
        });
        offset += count;
        if offset >= total || max_transactions.is_some_and(|m| chunks.len() >= m) {
            break;
        }
    }
    let now = Subnet::new(subnet, provider)
        .epochInfo()
        .call()
        .await
        .map_err(ReadError::call("reading the epoch"))?;
    Ok(CloseReport {
        epoch: c.epoch,
        rows: c.rows.len(),
        chunks,
        closed: now.epoch > c.epoch,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_cut_to_whole_blocks_of_rows() {
        assert_eq!(smaller(1024), 512);
        assert_eq!(smaller(1000), 384);
        assert_eq!(smaller(384), 128);
        assert_eq!(smaller(255), 127);
        assert_eq!(smaller(3), 1);
        assert_eq!(smaller(1), 1);
    }
}
