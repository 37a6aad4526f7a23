// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ScoreRows
/// @notice How a validator's row of scores is kept between its reveal and the epoch close. A reveal
///         stores only the row's hash (the scores stay on chain as data of the `ScoresRevealed`
///         event); the close takes the rows back as calldata and checks them against the hashes.
///
///         A row (one big-endian uint16 per uid, `n` of them) is cut into blocks of 128 scores
///         (256 bytes; the last one may be shorter) and
///
///             rowHash = keccak256(keccak256(block 0) ++ ... ++ keccak256(block B - 1))
///
///         so that a close chunk of columns [from, end) carries, per row, only the blocks it
///         overlaps and the hashes of the others. That row's *entry* in the chunk is
///
///             hashes of blocks [0, b0) ++ bytes of blocks [b0, b1) ++ hashes of blocks [b1, B)
///
///         with b0 = from / 128, b1 = ceil(min(end, n) / 128), B = ceil(n / 128), and is empty when
///         n <= from (the row scores none of the chunk's columns). Every length follows from n and
///         the chunk, so entries need no length prefixes. The shared vectors in
///         test/vectors/score_rows.json hold the Rust encoder (`tensora_types::rows`) to this rule.
library ScoreRows {
    /// @notice Scores per block.
    uint256 internal constant BLOCK_SCORES = 128;
    /// @notice Bytes per block (2 per score).
    uint256 internal constant BLOCK_BYTES = 256;

    /// @notice The hash a reveal keeps of `scores` (see above): the hash the entry proves that
    ///         carries every block's bytes.
    function rowHash(bytes calldata scores) internal pure returns (bytes32) {
        uint256 blocks = (scores.length + BLOCK_BYTES - 1) / BLOCK_BYTES;
        return _entryHash(_at(scores, 0), 0, blocks, blocks, scores.length);
    }

    /// @notice Reads the entry at `offset` of `rows` for a row of `n` scores in the chunk
    ///         [from, end) with from < min(end, n): copies the row's score words of uids
    ///         [from - from % 16, min(end, n)) into `words` (lanes at or past min(end, n) of the
    ///         last word may hold anything), and returns the row hash the entry proves and where
    ///         the next entry starts. The caller compares the hash with the one the reveal kept
    ///         and checks that `next` does not pass the end of `rows`.
    // slither-disable-next-line divide-before-multiply (block indices: from / 128 times the block size)
    function readEntry(
        bytes calldata rows,
        uint256 offset,
        uint256 n,
        uint256 from,
        uint256 end,
        uint256[] memory words
    ) internal pure returns (bytes32 h, uint256 next) {
        // Unchecked: n, from and end are uids (< 2^16), offset lies within the calldata, and
        // from < min(end, n), so no value below wraps or overflows.
        unchecked {
            if (n < end) end = n;
            uint256 b0 = from / BLOCK_SCORES;
            uint256 b1 = (end + BLOCK_SCORES - 1) / BLOCK_SCORES;
            uint256 blocks = (n + BLOCK_SCORES - 1) / BLOCK_SCORES;
            uint256 bodyLength = (b1 * BLOCK_BYTES < 2 * n ? b1 * BLOCK_BYTES : 2 * n) - b0 * BLOCK_BYTES;
            uint256 entry = _at(rows, offset);
            h = _entryHash(entry, b0, b1, blocks, bodyLength);
            next = offset + 32 * b0 + bodyLength + 32 * (blocks - b1);
            // The score words of uids [from - from % 16, end): word w starts at byte 32 w of the
            // row, byte 32 w - 256 b0 of the body, which starts after the b0 hashes. The last word
            // may run past the body; its lanes from `end` on are not the row's and the close does
            // not read them.
            uint256 first = from / 16;
            uint256 source = entry + 32 * b0 + 32 * first - BLOCK_BYTES * b0;
            uint256 size = 32 * ((end - 1) / 16 - first + 1);
            assembly ("memory-safe") {
                calldatacopy(add(words, 0x20), source, size)
            }
        }
    }

    /// @dev The calldata position of byte `offset` of `data`.
    function _at(bytes calldata data, uint256 offset) private pure returns (uint256 position) {
        assembly ("memory-safe") {
            position := add(data.offset, offset)
        }
    }

    /// @dev The row hash an entry at calldata position `entry` proves: `b0` hashes, the bytes of
    ///      blocks [b0, b1) (`bodyLength` bytes), then the hashes of blocks [b1, blocks).
    function _entryHash(uint256 entry, uint256 b0, uint256 b1, uint256 blocks, uint256 bodyLength)
        private
        pure
        returns (bytes32 h)
    {
        assembly ("memory-safe") {
            // Scratch space past the free memory pointer: one block, then the block hashes.
            let buf := mload(0x40)
            let hashes := add(buf, BLOCK_BYTES)
            let body := add(entry, shl(5, b0))
            calldatacopy(hashes, entry, shl(5, b0))
            calldatacopy(add(hashes, shl(5, b1)), add(body, bodyLength), shl(5, sub(blocks, b1)))
            for { let b := b0 } lt(b, b1) { b := add(b, 1) } {
                let start := mul(sub(b, b0), BLOCK_BYTES)
                let size := sub(bodyLength, start)
                if gt(size, BLOCK_BYTES) { size := BLOCK_BYTES }
                calldatacopy(buf, add(body, start), size)
                mstore(add(hashes, shl(5, b)), keccak256(buf, size))
            }
            h := keccak256(hashes, shl(5, blocks))
        }
    }
}
