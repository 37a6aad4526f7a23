//! Our own ERC-7562 check of a paymaster's validation, for chains where no bundler traces it
//! (alto against anvil runs with safe mode off). It traces `handleOps` with the node's opcode
//! tracer (`debug_traceCall`, struct logs with stacks), isolates the paymaster's
//! `validatePaymasterUserOp` frame (the EntryPoint's first call into the paymaster) and everything
//! it calls, and reports:
//!
//! - banned opcodes (OP-011: environment and block opcodes; OP-012: `GAS` not followed by a call;
//!   OP-031: `CREATE2`; `CREATE`, `SELFDESTRUCT`);
//! - storage writes outside the paymaster's own storage and slots associated with the sender or
//!   the paymaster (STO-021/STO-031/STO-032); reads of other contracts are allowed read-only for a
//!   staked paymaster (STO-033).
//!
//! A slot is "associated" with an address `A` when it lies within 128 slots of
//! `keccak256(A ‖ x)`; the check recognises the mapping layouts a token uses: `keccak(A ‖ n)` and
//! `keccak(B ‖ keccak(A ‖ n))` for small base slots `n` and `A`, `B` in {sender, paymaster}.

use std::collections::HashSet;

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::trace::geth::{DefaultFrame, StructLog};
use serde_json::json;

use crate::read::ReadError;

/// Why the check could not run (a violation is a result, not an error).
#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    /// The node failed the trace.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The node answered without an opcode trace.
    #[error(
        "the node returned no opcode trace for handleOps (does it support debug_traceCall with struct logs?)"
    )]
    NoTrace,
    /// The trace never reached the paymaster, so there was nothing to check.
    #[error("the trace never entered the paymaster {0}")]
    NeverEnteredPaymaster(Address),
}

/// Opcodes validation may not execute (OP-011, plus contract creation and destruction).
const BANNED: &[&str] = &[
    "GASPRICE",
    "GASLIMIT",
    "DIFFICULTY",
    "PREVRANDAO",
    "TIMESTAMP",
    "BASEFEE",
    "BLOCKHASH",
    "NUMBER",
    "SELFBALANCE",
    "BALANCE",
    "ORIGIN",
    "COINBASE",
    "BLOBHASH",
    "BLOBBASEFEE",
    "CREATE",
    "CREATE2",
    "SELFDESTRUCT",
    "INVALID",
];
const CALLS: &[&str] = &["CALL", "STATICCALL", "DELEGATECALL", "CALLCODE"];

/// Slots associated with any of `owners` (see the module docs).
fn associated_slots(owners: &[Address]) -> HashSet<U256> {
    let word = |a: &Address| B256::left_padding_from(a.as_slice());
    let mut bases = Vec::new();
    for a in owners {
        for n in 0u64..64 {
            let mut preimage = word(a).to_vec();
            preimage.extend_from_slice(&U256::from(n).to_be_bytes::<32>());
            bases.push(keccak256(&preimage));
        }
    }
    let mut nested = Vec::new();
    for inner in &bases {
        for b in owners {
            let mut preimage = word(b).to_vec();
            preimage.extend_from_slice(inner.as_slice());
            nested.push(keccak256(&preimage));
        }
    }
    let mut slots = HashSet::new();
    for base in bases.iter().chain(nested.iter()) {
        let start = U256::from_be_bytes(base.0);
        for k in 0u64..128 {
            slots.insert(start.wrapping_add(U256::from(k)));
        }
    }
    slots
}

fn stack_word(step: &StructLog, from_top: usize) -> Option<U256> {
    let stack = step.stack.as_ref()?;
    stack.get(stack.len().checked_sub(1 + from_top)?).copied()
}

/// Traces `handleOps` (`calldata` to `entry_point`, sent by `bundler`) and returns every ERC-7562
/// violation in `paymaster`'s validation; empty when it complies.
pub async fn check_paymaster_validation(
    provider: &DynProvider,
    entry_point: Address,
    paymaster: Address,
    sender: Address,
    bundler: Address,
    calldata: Bytes,
) -> Result<Vec<String>, TraceError> {
    let tx = json!({ "from": bundler, "to": entry_point, "data": calldata, "gas": "0x1c9c380" });
    // The simulated bundler gets a balance, so that any address can stand in for it (nodes that
    // charge the L1 data fee inside calls would otherwise refuse an unfunded sender).
    let options = json!({
        "disableStorage": true,
        "enableMemory": false,
        "disableStack": false,
        "stateOverrides": { bundler.to_string(): { "balance": "0xffffffffffffffffffffffff" } },
    });
    let trace: DefaultFrame = provider
        .raw_request("debug_traceCall".into(), (tx, "latest", options))
        .await
        .map_err(ReadError::rpc("tracing handleOps with the opcode tracer"))?;
    let steps = trace.struct_logs;
    if steps.is_empty() {
        return Err(TraceError::NoTrace);
    }
    let allowed_slots = associated_slots(&[sender, paymaster]);
    let mut violations = Vec::new();
    // Storage context (contract address) per depth, from the calls seen.
    let mut contexts: Vec<Address> = vec![entry_point];
    let mut in_validation: Option<u64> = None; // depth of the paymaster's validation frame
    for (i, step) in steps.iter().enumerate() {
        let op: &str = step.op.as_ref();
        let depth = step.depth;
        let next_depth = steps.get(i + 1).map_or(depth, |s| s.depth);
        while contexts.len() as u64 > depth {
            contexts.pop();
        }
        if let Some(frame) = in_validation
            && depth < frame
        {
            break; // the validation frame returned
        }
        let context = *contexts.last().unwrap_or(&entry_point);
        if in_validation.is_some() {
            if BANNED.contains(&op) {
                violations.push(format!("banned opcode {op} in {context} (depth {depth})"));
            }
            if op == "GAS" {
                let next: &str = steps.get(i + 1).map_or("", |s| s.op.as_ref());
                if !CALLS.contains(&next) {
                    violations.push(format!("GAS not followed by a call in {context} (OP-012)"));
                }
            }
            if op == "SSTORE"
                && context != paymaster
                && let Some(slot) = stack_word(step, 0)
                && !allowed_slots.contains(&slot)
            {
                violations.push(format!(
                    "write to unassociated slot {slot:#x} of {context} (STO-021)"
                ));
            }
            if op == "CALL" && stack_word(step, 2).is_some_and(|v| !v.is_zero()) {
                violations.push(format!("call with value from {context} (OP-061)"));
            }
        }
        if CALLS.contains(&op) && next_depth > depth {
            let target = stack_word(step, 1)
                .map(|w| Address::from_word(B256::from(w)))
                .unwrap_or_default();
            let storage_context = if op == "DELEGATECALL" || op == "CALLCODE" {
                context
            } else {
                target
            };
            if in_validation.is_none() && depth == 1 && target == paymaster {
                in_validation = Some(depth + 1);
            }
            contexts.push(storage_context);
        }
    }
    if in_validation.is_none() {
        return Err(TraceError::NeverEnteredPaymaster(paymaster));
    }
    Ok(violations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowance_slot_of_sender_for_paymaster_is_associated() {
        let (sender, paymaster) = (Address::repeat_byte(1), Address::repeat_byte(2));
        // OpenZeppelin ERC20: _allowances at slot 1: keccak(spender ‖ keccak(owner ‖ 1)).
        let word = |a: Address| B256::left_padding_from(a.as_slice()).to_vec();
        let inner = keccak256([word(sender), U256::from(1).to_be_bytes::<32>().to_vec()].concat());
        let slot = keccak256([word(paymaster), inner.to_vec()].concat());
        let slots = associated_slots(&[sender, paymaster]);
        assert!(slots.contains(&U256::from_be_bytes(slot.0)));
        assert!(!slots.contains(&U256::from(7)));
    }
}
