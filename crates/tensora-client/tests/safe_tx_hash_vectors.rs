//! `test/vectors/safe_tx_hash.json`: Safe transaction hashes computed by
//! [`tensora_client::safe::call_hash`] that forge checks against `Safe.getTransactionHash`
//! (`test/governance/SafeTxHashVectors.t.sol`). `TENSORA_WRITE_VECTORS=1` rewrites the file after a
//! deliberate change; otherwise the test fails when the file and the function disagree.

use alloy::primitives::{Address, Bytes, U256, address};
use serde_json::{Value, json};
use tensora_client::safe::call_hash;

fn cases() -> Vec<(u64, Address, Address, U256, Bytes, U256)> {
    let safe = address!("0xa269621CB7Ded1787357D6dD007827eEB9b74f87");
    let registry = address!("0xe691EFDB53Eb321A10Ef8f517ac97914CAB61bc3");
    // SubnetRegistry.pauseSubnet(1), the guardian's typical action.
    let pause: Bytes = "0x44e047ca0000000000000000000000000000000000000000000000000000000000000001"
        .parse()
        .unwrap_or_default();
    vec![
        (901, safe, registry, U256::ZERO, pause.clone(), U256::ZERO),
        (
            901,
            safe,
            registry,
            U256::ZERO,
            pause.clone(),
            U256::from(7),
        ),
        (10, safe, registry, U256::ZERO, pause, U256::ZERO),
        (
            56,
            safe,
            safe,
            U256::from(10).pow(U256::from(18)),
            Bytes::new(),
            U256::from(1),
        ),
        (
            901,
            Address::repeat_byte(0x42),
            Address::ZERO,
            U256::MAX,
            Bytes::from(vec![0xff; 100]),
            U256::from(u64::MAX),
        ),
    ]
}

fn document() -> Value {
    let cases: Vec<Value> = cases()
        .into_iter()
        .map(|(chain_id, safe, to, value, data, nonce)| {
            json!({
                "chainId": chain_id,
                "safe": safe,
                "to": to,
                "value": value.to_string(),
                "data": data,
                "nonce": nonce.to_string(),
                "hash": call_hash(chain_id, safe, to, value, data.clone(), nonce),
            })
        })
        .collect();
    json!({
        "description": "Safe transaction hashes (call operation, no refund) as tensora_client::safe::call_hash computes them (crates/tensora-client/tests/safe_tx_hash_vectors.rs, TENSORA_WRITE_VECTORS=1); forge checks each against Safe.getTransactionHash (test/governance/SafeTxHashVectors.t.sol). value and nonce are decimal strings.",
        "count": cases.len(),
        "cases": cases,
    })
}

#[test]
fn safe_tx_hash_vectors_are_what_the_rule_computes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../test/vectors/safe_tx_hash.json"
    );
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&document()).expect("serializable")
    );
    if std::env::var_os("TENSORA_WRITE_VECTORS").is_some() {
        std::fs::write(path, &text).expect("writable vectors file");
    }
    let on_disk = std::fs::read_to_string(path).expect("test/vectors/safe_tx_hash.json exists");
    assert!(
        on_disk == text,
        "test/vectors/safe_tx_hash.json differs from what tensora_client::safe::call_hash computes; \
         if the rule changed on purpose, rewrite it with TENSORA_WRITE_VECTORS=1 and run forge"
    );
}
