//! The compiled code of each suite contract, and the check that code found on chain is that code.
//!
//! Runtime code differs from the compiled `DEPLOYED_BYTECODE` only where the constructor wrote
//! immutables; `generated/immutables.json` (written with the bindings from the forge artifacts)
//! lists those byte ranges, and [`matches_compiled`] compares everything outside them.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use alloy::primitives::Bytes;

use crate::contracts::SuiteContract;

/// Byte ranges `(start, length)` of each contract's runtime code that hold immutables.
fn immutable_ranges() -> &'static BTreeMap<String, Vec<(usize, usize)>> {
    static RANGES: OnceLock<BTreeMap<String, Vec<(usize, usize)>>> = OnceLock::new();
    RANGES.get_or_init(|| {
        // Generated alongside the bindings and checked for drift; it always parses.
        serde_json::from_str(include_str!("generated/immutables.json")).unwrap_or_default()
    })
}

/// Creation and runtime code of the suite contract called `name` (see [`SuiteContract`]).
pub fn compiled(name: &str) -> Option<(&'static Bytes, &'static Bytes)> {
    SuiteContract::from_name(name).map(SuiteContract::code)
}

/// Whether `onchain` is the compiled runtime code of the suite contract `name`, immutables aside.
/// `false` for unknown names.
pub fn matches_compiled(name: &str, onchain: &[u8]) -> bool {
    let Some((_, runtime)) = compiled(name) else {
        return false;
    };
    if onchain.len() != runtime.len() {
        return false;
    }
    let ranges = immutable_ranges()
        .get(name)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut masked = onchain.to_vec();
    for &(start, len) in ranges {
        if let Some(slice) = masked.get_mut(start..start + len) {
            slice.copy_from_slice(&runtime[start..start + len]);
        }
    }
    masked == runtime.as_ref()
}
