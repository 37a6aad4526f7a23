//! Reading the chain: the one error type for a read that failed, with what was being read.

use alloy::transports::{RpcError, TransportErrorKind};

/// A read from the chain that failed.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The RPC endpoint failed the request.
    #[error("{what}: {source} (is the RPC URL right and the node up?)")]
    Rpc {
        /// What was being read.
        what: String,
        /// The cause.
        source: RpcError<TransportErrorKind>,
    },
    /// A contract call failed.
    #[error("{what}: {source}")]
    Call {
        /// What was being read.
        what: String,
        /// The cause.
        source: Box<alloy::contract::Error>,
    },
    /// The node answered, but without what was asked for.
    #[error("{what}: the node returned nothing")]
    Missing {
        /// What was being read.
        what: String,
    },
    /// A batched read through Multicall3 failed (the node, or one of its calls).
    #[error("{what} (batched through Multicall3): {source}")]
    Batch {
        /// What was being read.
        what: String,
        /// The cause.
        source: alloy::providers::MulticallError,
    },
}

impl ReadError {
    /// Wraps an RPC error with what was being read.
    pub fn rpc(what: impl Into<String>) -> impl FnOnce(RpcError<TransportErrorKind>) -> Self {
        let what = what.into();
        move |source| Self::Rpc { what, source }
    }

    /// Wraps a contract call error with what was being read.
    pub fn call(what: impl Into<String>) -> impl FnOnce(alloy::contract::Error) -> Self {
        let what = what.into();
        move |source| Self::Call {
            what,
            source: Box::new(source),
        }
    }

    /// The node returned nothing for `what`.
    pub fn missing(what: impl Into<String>) -> impl FnOnce() -> Self {
        let what = what.into();
        move || Self::Missing { what }
    }
}
