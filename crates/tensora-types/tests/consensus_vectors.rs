//! `test/vectors/consensus.json`: epochs whose consensus [`tensora_types::consensus::weights`]
//! computes, which forge replays on a real subnet (`test/ConsensusVectors.t.sol`: the close must
//! accept exactly these weights, in the given chunks, and the Solidity reference must agree).
//! Run with `TENSORA_WRITE_VECTORS=1` to rewrite the file after a deliberate change of the rule;
//! otherwise the test fails when the file and the function disagree.

use alloy::primitives::{Address, U256};
use serde_json::{Value, json};
use tensora_types::consensus::{Row, Slot, WAD, weights};

/// `ValidatorTrust.NEUTRAL`: the global trust of a validator no Active subnet has moved yet.
const NEUTRAL_TRUST: u128 = WAD / 2;
/// When the validators commit, seconds (slots registered before count, at or after do not).
const COMMIT_TIME: u64 = 1_000;

struct Case {
    name: &'static str,
    kappa_bps: u16,
    miners: usize,
    /// Validator bonds, whole TORA (their stake: no delegations).
    bonds: Vec<u64>,
    /// One row per validator over every uid (miners first, then the validators' own slots).
    rows: Vec<Vec<u16>>,
    /// Miner uids recycled after the commit (their holder registered at or after it).
    recycled: Vec<usize>,
    /// Columns per close transaction.
    chunks: Vec<usize>,
}

/// Deterministic scores for the larger cases (splitmix64).
fn pseudo_random_rows(validators: usize, width: usize, seed: u64) -> Vec<Vec<u16>> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    (0..validators)
        .map(|_| {
            (0..width)
                .map(|_| u16::try_from(next() % 1_000).unwrap_or(0))
                .collect()
        })
        .collect()
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "a tie between two equal stakes takes the higher weight that half the stake backs",
            kappa_bps: 5_000,
            miners: 3,
            bonds: vec![1_000, 1_000],
            rows: vec![vec![10, 0, 5, 0, 0], vec![0, 10, 5, 0, 0]],
            recycled: vec![],
            chunks: vec![5],
        },
        Case {
            name: "one validator's stake exactly at kappa decides alone",
            kappa_bps: 5_000,
            miners: 3,
            bonds: vec![1_000, 1_000, 2_000],
            rows: vec![
                vec![100, 0, 0, 0, 0, 0],
                vec![0, 100, 0, 0, 0, 0],
                vec![1, 1, 8, 0, 0, 0],
            ],
            recycled: vec![],
            chunks: vec![6],
        },
        Case {
            name: "kappa rounds up: two thirds of three equal stakes needs all three below the top",
            kappa_bps: 6_667,
            miners: 2,
            bonds: vec![1_000, 1_000, 1_000],
            rows: vec![
                vec![3, 1, 0, 0, 0],
                vec![2, 2, 0, 0, 0],
                vec![1, 3, 0, 0, 0],
            ],
            recycled: vec![],
            chunks: vec![5],
        },
        Case {
            name: "kappa 10000: only what every validator gives at least",
            kappa_bps: 10_000,
            miners: 3,
            bonds: vec![1_000, 3_000],
            rows: vec![vec![5, 5, 0, 0, 0], vec![9, 1, 1, 0, 0]],
            recycled: vec![],
            chunks: vec![5],
        },
        Case {
            name: "an all-zero row does not count toward the total stake",
            kappa_bps: 5_000,
            miners: 2,
            bonds: vec![1_000, 5_000, 1_000],
            rows: vec![
                vec![4, 6, 0, 0, 0],
                vec![0, 0, 0, 0, 0],
                vec![6, 4, 0, 0, 0],
            ],
            recycled: vec![],
            chunks: vec![5],
        },
        Case {
            name: "validator columns and a uid recycled after the commit count 0",
            kappa_bps: 5_000,
            miners: 4,
            bonds: vec![1_000, 2_000, 3_000],
            rows: vec![
                vec![100, 300, 0, 600, 50, 50, 50],
                vec![500, 100, 200, 200, 0, 9, 0],
                vec![250, 250, 400, 100, 7, 0, 0],
            ],
            recycled: vec![1],
            chunks: vec![7],
        },
        Case {
            name: "8 validators x 24 miners closed in three chunks",
            kappa_bps: 5_000,
            miners: 24,
            bonds: vec![1_000, 1_500, 2_000, 2_500, 3_000, 3_500, 4_000, 9_000],
            rows: pseudo_random_rows(8, 32, 7),
            recycled: vec![5, 17],
            chunks: vec![7, 9, 16],
        },
        Case {
            name: "64 validators x 256 miners (Bittensor-sized) closed in three chunks",
            kappa_bps: 5_000,
            miners: 256,
            bonds: (0..64).map(|i| 1_000 + 37 * i).collect(),
            rows: pseudo_random_rows(64, 320, 64),
            recycled: vec![],
            chunks: vec![128, 128, 64],
        },
    ]
}

fn expected(case: &Case) -> Vec<u64> {
    let width = case.miners + case.bonds.len();
    let rows: Vec<Row> = case
        .bonds
        .iter()
        .zip(&case.rows)
        .enumerate()
        .filter_map(|(i, (bond, scores))| {
            let packed: Vec<u8> = scores.iter().flat_map(|s| s.to_be_bytes()).collect();
            Row::new(
                Address::with_last_byte(u8::try_from(i + 1).unwrap_or(u8::MAX)),
                U256::from(*bond) * U256::from(WAD),
                U256::from(NEUTRAL_TRUST),
                packed,
                COMMIT_TIME,
            )
        })
        .collect();
    let slots: Vec<Slot> = (0..width)
        .map(|uid| Slot {
            is_miner: uid < case.miners,
            registered_at: if case.recycled.contains(&uid) {
                COMMIT_TIME + 1
            } else {
                0
            },
        })
        .collect();
    weights(&rows, 0, &slots, case.kappa_bps)
}

fn document() -> Value {
    let cases: Vec<Value> = cases()
        .iter()
        .map(|c| {
            assert_eq!(
                c.chunks.iter().sum::<usize>(),
                c.miners + c.bonds.len(),
                "{}",
                c.name
            );
            assert!(
                c.rows.iter().all(|r| r.len() == c.miners + c.bonds.len()),
                "{}",
                c.name
            );
            json!({
                "name": c.name,
                "kappaBps": c.kappa_bps,
                "miners": c.miners,
                "bonds": c.bonds,
                "rows": c.rows,
                "recycled": c.recycled,
                "chunks": c.chunks,
                "weights": expected(c),
            })
        })
        .collect();
    json!({
        "description": "Epochs and the consensus weights (WAD, one per uid: miners first, then the validators' slots) that closeEpoch must accept. Written by crates/tensora-types/tests/consensus_vectors.rs from tensora_types::consensus (TENSORA_WRITE_VECTORS=1); replayed on a real subnet by test/ConsensusVectors.t.sol. Stakes are the bonds (whole TORA) at neutral trust; every validator commits at once; recycled uids get a new miner after the commit.",
        "count": cases.len(),
        "cases": cases,
    })
}

#[test]
fn consensus_vectors_are_what_the_rule_computes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../test/vectors/consensus.json"
    );
    let text = format!(
        "{}\n",
        serde_json::to_string(&document()).expect("serializable")
    );
    if std::env::var_os("TENSORA_WRITE_VECTORS").is_some() {
        std::fs::write(path, &text).expect("writable vectors file");
    }
    let on_disk = std::fs::read_to_string(path).expect("test/vectors/consensus.json exists");
    assert!(
        on_disk == text,
        "test/vectors/consensus.json differs from what tensora_types::consensus computes; \
         if the rule changed on purpose, rewrite it with TENSORA_WRITE_VECTORS=1 and run forge"
    );
}

#[test]
fn the_cases_exercise_what_they_name() {
    let all = cases();
    let w = expected(&all[0]);
    assert!(w[2] > 0, "both back uid 2 equally: {w:?}");
    let w = expected(&all[1]);
    assert_eq!(w[2], u64::try_from(WAD * 8 / 10).unwrap_or(0), "{w:?}");
    let w = expected(&all[5]);
    assert_eq!(&w[4..], &[0, 0, 0], "validator columns: {w:?}");
    assert_eq!(w[1], 0, "the recycled uid: {w:?}");
    let w = expected(&all[7]);
    assert!(
        w[..256].iter().filter(|x| **x > 0).count() > 200,
        "64 x 256 has real weights"
    );
}
