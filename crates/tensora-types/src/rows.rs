//! How a revealed score row travels back to the epoch close (`ScoreRows.sol`). A reveal keeps only
//! the row's hash on chain; `closeEpoch` takes the rows again as calldata and checks them against
//! those hashes. A row of `n` scores (the [`crate::scores`] wire format) is cut into blocks of 128
//! scores (256 bytes; the last may be shorter), and
//!
//! ```text
//! rowHash = keccak256(keccak256(block 0) ++ ... ++ keccak256(block B - 1))
//! ```
//!
//! A close chunk of columns `[from, to)` carries, per row that counts, its *entry*: the hashes of
//! the blocks before the chunk, the bytes of the blocks it overlaps, the hashes of the blocks after
//! it; nothing when the row scores none of the chunk's columns. `test/vectors/score_rows.json`,
//! written by this module's tests, holds forge's `ScoreRows` to the same rule.

use alloy::primitives::{B256, keccak256};

/// Scores per block.
pub const BLOCK_SCORES: usize = 128;
/// Bytes per block (2 per score).
pub const BLOCK_BYTES: usize = 2 * BLOCK_SCORES;

/// The hash a reveal keeps of `scores`.
pub fn row_hash(scores: &[u8]) -> B256 {
    let hashes: Vec<u8> = scores
        .chunks(BLOCK_BYTES)
        .flat_map(|block| keccak256(block).0)
        .collect();
    keccak256(hashes)
}

/// The entry of the row `scores` for a close chunk of columns `[from, to)`.
pub fn entry(scores: &[u8], from: usize, to: usize) -> Vec<u8> {
    let end = to.min(scores.len() / 2);
    if end <= from {
        return Vec::new();
    }
    let (first, last) = (from / BLOCK_SCORES, end.div_ceil(BLOCK_SCORES));
    let mut out = Vec::new();
    for (b, block) in scores.chunks(BLOCK_BYTES).enumerate() {
        if (first..last).contains(&b) {
            out.extend_from_slice(block);
        } else {
            out.extend_from_slice(keccak256(block).as_slice());
        }
    }
    out
}

/// `closeEpoch`'s `rows` for columns `[from, to)`: the entries of `rows` (the rows that count, in
/// the subnet's participant order) one after another.
pub fn encode<'a>(rows: impl IntoIterator<Item = &'a [u8]>, from: usize, to: usize) -> Vec<u8> {
    rows.into_iter()
        .flat_map(|scores| entry(scores, from, to))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// Deterministic rows of `n` scores (splitmix64), zeros included.
    fn row(n: usize, seed: u64) -> Vec<u8> {
        let mut state = seed;
        (0..n)
            .flat_map(|_| {
                state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = state;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                let score = u16::try_from((z ^ (z >> 31)) % 3 * 30_000).unwrap_or(0);
                score.to_be_bytes()
            })
            .collect()
    }

    fn vectors() -> Value {
        let shapes: [(usize, &[(usize, usize)]); 6] = [
            (1, &[(0, 1), (0, 5), (1, 5)]),
            (15, &[(0, 15), (3, 7), (15, 20)]),
            (128, &[(0, 128), (127, 128), (0, 300)]),
            (129, &[(0, 129), (128, 129), (100, 200), (129, 200)]),
            (
                300,
                &[(0, 300), (0, 128), (128, 256), (250, 260), (256, 300)],
            ),
            (
                896,
                &[(0, 224), (224, 448), (448, 672), (672, 896), (500, 501)],
            ),
        ];
        let cases: Vec<Value> = shapes
            .iter()
            .enumerate()
            .map(|(i, (n, chunks))| {
                let scores = row(*n, i as u64 + 1);
                let entries: Vec<Value> = chunks
                    .iter()
                    .map(|&(from, to)| {
                        json!({
                            "from": from,
                            "to": to,
                            "entry": format!("0x{}", alloy::hex::encode(entry(&scores, from, to))),
                        })
                    })
                    .collect();
                json!({
                    "scores": format!("0x{}", alloy::hex::encode(&scores)),
                    "rowHash": row_hash(&scores).to_string(),
                    "entries": entries,
                })
            })
            .collect();
        json!({
            "description": "Score rows as the epoch close takes them back (ScoreRows.sol, tensora_types::rows): the hash a reveal keeps, and a row's entry for close chunks [from, to). Written by cargo (TENSORA_WRITE_VECTORS=1 cargo test -p tensora-types rows), checked by forge (test/libraries/ScoreRows.t.sol).",
            "count": cases.len(),
            "cases": cases,
        })
    }

    /// The file forge checks `ScoreRows` against is what this module computes.
    #[test]
    fn shared_vectors() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../test/vectors/score_rows.json"
        );
        let want = serde_json::to_string_pretty(&vectors()).expect("json") + "\n";
        if std::env::var_os("TENSORA_WRITE_VECTORS").is_some() {
            std::fs::write(path, &want).expect("write the vectors");
        }
        let have = std::fs::read_to_string(path).expect("test/vectors/score_rows.json");
        assert_eq!(
            have, want,
            "rewrite with TENSORA_WRITE_VECTORS=1 after a deliberate change"
        );
    }

    #[test]
    fn a_chunk_covering_the_whole_row_carries_its_bytes_only() {
        let scores = row(300, 9);
        assert_eq!(entry(&scores, 0, 300), scores);
        assert_eq!(entry(&scores, 0, 1_000), scores);
    }

    #[test]
    fn a_chunk_past_the_row_carries_nothing() {
        let scores = row(100, 3);
        assert!(entry(&scores, 100, 200).is_empty());
        assert!(encode([scores.as_slice(), scores.as_slice()], 150, 200).is_empty());
    }

    #[test]
    fn the_blocks_outside_the_chunk_travel_as_hashes() {
        let scores = row(300, 5);
        let e = entry(&scores, 130, 140);
        // Block 0 as a hash, block 1 as bytes, block 2 (44 scores) as a hash.
        assert_eq!(e.len(), 32 + 256 + 32);
        assert_eq!(&e[..32], keccak256(&scores[..256]).as_slice());
        assert_eq!(&e[32..288], &scores[256..512]);
        assert_eq!(&e[288..], keccak256(&scores[512..]).as_slice());
        let hashes = [&e[..32], keccak256(&e[32..288]).as_slice(), &e[288..]].concat();
        assert_eq!(keccak256(hashes), row_hash(&scores));
    }
}
