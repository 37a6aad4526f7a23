//! Sending transactions: estimate, add a margin, send, wait, and check the receipt.
//!
//! The margin matters: gas can depend on the block a transaction lands in (ERC20Votes writes a
//! new checkpoint in a new second but updates the last one within the same second), so a
//! transaction sent with exactly its estimate can run out of gas when it lands one block later.
//! Unused gas is refunded, so the margin costs nothing.

use alloy::network::TransactionBuilder;
use alloy::primitives::{Address, TxHash};
use alloy::providers::{DynProvider, PendingTransactionError, Provider};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::transports::{RpcError, TransportErrorKind};
use tensora_bindings::errors::decode_revert;

/// EIP-7825's per-transaction gas cap.
pub const TX_GAS_CAP: u64 = 16_777_216;

/// A transaction that did not happen as asked.
#[derive(Debug, thiserror::Error)]
pub enum TxError {
    /// Simulation reverted: nothing was sent.
    #[error("{what} would revert: {reason} (nothing was sent)")]
    WouldRevert {
        /// What was being done.
        what: String,
        /// The decoded custom error, or the raw revert data.
        reason: String,
    },
    /// The node refused or failed the request (nothing was sent unless it says so).
    #[error("{what}: the node returned an error: {source}")]
    Rpc {
        /// What was being done.
        what: String,
        /// The cause.
        source: RpcError<TransportErrorKind>,
    },
    /// Sent, but no receipt arrived.
    #[error("{what}: sent, but waiting for the receipt failed: {source}")]
    Pending {
        /// What was being done.
        what: String,
        /// The cause.
        source: PendingTransactionError,
    },
    /// Mined, but reverted on chain.
    #[error("{what}: transaction {hash} reverted on chain (gas used {gas_used} of {gas_limit})")]
    Failed {
        /// What was being done.
        what: String,
        /// The transaction.
        hash: TxHash,
        /// Gas it used.
        gas_used: u64,
        /// Gas it was given.
        gas_limit: u64,
    },
}

/// The gas limit for a transaction estimated at `estimate`: a quarter more plus 25,000, within the
/// EIP-7825 cap (never below the estimate itself).
pub fn gas_limit(estimate: u64) -> u64 {
    estimate
        .saturating_add(estimate / 4)
        .saturating_add(25_000)
        .min(TX_GAS_CAP)
        .max(estimate)
}

impl TxError {
    /// Whether the node refused the transaction for its gas (above the block's or the node's
    /// gas cap, or out of gas in the estimate) rather than for its logic or a failed connection.
    pub fn is_gas_limit(&self) -> bool {
        let Self::Rpc { source, .. } = self else {
            return false;
        };
        source.as_error_resp().is_some_and(|resp| {
            let message = resp.message.to_ascii_lowercase();
            message.contains("gas")
                && ["exceeds", "out of gas", "too high", "cap", "allowance"]
                    .iter()
                    .any(|m| message.contains(m))
        })
    }
}

/// Describes an RPC error: the decoded custom error when it carries revert data.
fn classify(what: &str, err: RpcError<TransportErrorKind>) -> TxError {
    if let Some(data) = err.as_error_resp().and_then(|e| e.as_revert_data()) {
        let reason = decode_revert(&data).unwrap_or_else(|| format!("revert data {data}"));
        return TxError::WouldRevert {
            what: what.to_owned(),
            reason,
        };
    }
    if let Some(resp) = err.as_error_resp()
        && resp.message.contains("revert")
    {
        return TxError::WouldRevert {
            what: what.to_owned(),
            reason: resp.message.to_string(),
        };
    }
    TxError::Rpc {
        what: what.to_owned(),
        source: err,
    }
}

/// Simulates `tx` from `from` (its gas estimate), decoding a revert into its custom error.
pub async fn estimate(
    provider: &DynProvider,
    tx: &TransactionRequest,
    what: &str,
) -> Result<u64, TxError> {
    provider
        .estimate_gas(tx.clone())
        .await
        .map_err(|e| classify(what, e))
}

/// Sends `tx` with a margin over its estimate, waits for the receipt and requires success.
pub async fn send(
    provider: &DynProvider,
    from: Address,
    tx: TransactionRequest,
    what: &str,
) -> Result<TransactionReceipt, TxError> {
    let mut tx = tx.with_from(from);
    let estimate = estimate(provider, &tx, what).await?;
    let limit = gas_limit(estimate);
    tx.set_gas_limit(limit);
    let pending = provider
        .send_transaction(tx)
        .await
        .map_err(|e| classify(what, e))?;
    let receipt = pending
        .get_receipt()
        .await
        .map_err(|source| TxError::Pending {
            what: what.to_owned(),
            source,
        })?;
    if !receipt.status() {
        return Err(TxError::Failed {
            what: what.to_owned(),
            hash: receipt.transaction_hash,
            gas_used: receipt.gas_used,
            gas_limit: limit,
        });
    }
    Ok(receipt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margin_stays_within_the_cap() {
        assert_eq!(gas_limit(100_000), 150_000);
        assert_eq!(gas_limit(TX_GAS_CAP - 1), TX_GAS_CAP);
        assert_eq!(gas_limit(20_000_000), 20_000_000);
    }

    #[test]
    fn only_gas_refusals_count_as_too_big() {
        let node_says = |message: &str| {
            let payload = serde_json::json!({ "code": -32000, "message": message });
            classify(
                "closing",
                RpcError::ErrorResp(serde_json::from_value(payload).expect("an error payload")),
            )
        };
        assert!(node_says("gas required exceeds allowance (16777216)").is_gas_limit());
        assert!(node_says("intrinsic gas too high").is_gas_limit());
        assert!(!node_says("nonce too low").is_gas_limit());
        assert!(!node_says("execution reverted").is_gas_limit());
        let down = classify(
            "closing",
            TransportErrorKind::custom_str("connection refused"),
        );
        assert!(!down.is_gas_limit());
    }
}
