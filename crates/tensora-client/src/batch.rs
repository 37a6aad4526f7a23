//! Many `view` calls in one `eth_call`, through Multicall3 (an OP Stack genesis preinstall at its
//! canonical address, and deployed on nearly every other chain): reading an epoch's rows and slots
//! costs one round trip per [`BATCH`] calls instead of one per call.

use alloy::primitives::{Address, Bytes};
use alloy::providers::{CallItem, DynProvider, Provider};
use alloy::sol_types::SolCall;

use crate::read::ReadError;

/// Calls per `eth_call`: small enough for any node's `eth_call` gas cap with the suite's views
/// (a `slotOf` costs about 7k gas, 256 of them under 2M).
pub const BATCH: usize = 256;

/// The result of `target.call(c)` for every `c` of `calls`, in order, each batch read at the same
/// block. A reverted call fails the read with `what`.
pub async fn call_each<C>(
    provider: &DynProvider,
    target: Address,
    calls: &[C],
    what: &str,
) -> Result<Vec<C::Return>, ReadError>
where
    C: SolCall + 'static,
{
    let mut out = Vec::with_capacity(calls.len());
    for chunk in calls.chunks(BATCH) {
        let items = chunk
            .iter()
            .map(|c| CallItem::<C>::new(target, Bytes::from(c.abi_encode())));
        let returns = provider
            .multicall()
            .dynamic::<C>()
            .extend_calls(items)
            .aggregate()
            .await
            .map_err(|source| ReadError::Batch {
                what: what.to_owned(),
                source,
            })?;
        out.extend(returns);
    }
    Ok(out)
}
