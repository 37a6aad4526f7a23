// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {ScoreRows} from "../../contracts/libraries/ScoreRows.sol";
import {RowEntries} from "../utils/RowEntries.sol";

/// @dev ScoreRows reads calldata: this contract hands it some.
contract ScoreRowsHarness {
    function rowHash(bytes calldata scores) external pure returns (bytes32) {
        return ScoreRows.rowHash(scores);
    }

    function readEntry(bytes calldata rows, uint256 offset, uint256 n, uint256 from, uint256 end, uint256 wordCount)
        external
        pure
        returns (bytes32 h, uint256 next, uint256[] memory words)
    {
        words = new uint256[](wordCount);
        (h, next) = ScoreRows.readEntry(rows, offset, n, from, end, words);
    }
}

/// @notice The row hash a reveal keeps and the entries a close reads: against the shared vectors
///         (test/vectors/score_rows.json, written by tensora_types::rows), and against the test
///         encoder (RowEntries) for any row, chunk and position in the calldata.
contract ScoreRows_Test is Test {
    ScoreRowsHarness internal harness = new ScoreRowsHarness();

    function _row(uint256 n, uint256 seed) internal pure returns (bytes memory scores) {
        scores = new bytes(2 * n);
        for (uint256 j; j < n; ++j) {
            uint256 r = uint256(keccak256(abi.encode(seed, j)));
            uint16 score = r % 4 == 0 ? 0 : uint16(r >> 8);
            scores[2 * j] = bytes1(uint8(score >> 8));
            scores[2 * j + 1] = bytes1(uint8(score));
        }
    }

    /// @dev keccak256 of the block hashes, written out plainly.
    function _referenceHash(bytes memory scores) internal pure returns (bytes32) {
        bytes memory hashes;
        for (uint256 start; start < scores.length; start += 256) {
            uint256 size = scores.length - start < 256 ? scores.length - start : 256;
            bytes memory blockBytes = new bytes(size);
            for (uint256 k; k < size; ++k) {
                blockBytes[k] = scores[start + k];
            }
            hashes = bytes.concat(hashes, keccak256(blockBytes));
        }
        return keccak256(hashes);
    }

    function test_vectors_rowHashAndEntriesAgreeWithRust() public view {
        string memory json = vm.readFile("test/vectors/score_rows.json");
        uint256 count = vm.parseJsonUint(json, ".count");
        assertGe(count, 6, "the vector file shrank");
        for (uint256 i; i < count; ++i) {
            string memory key = string.concat(".cases[", vm.toString(i), "]");
            bytes memory scores = vm.parseJsonBytes(json, string.concat(key, ".scores"));
            bytes32 expected = vm.parseJsonBytes32(json, string.concat(key, ".rowHash"));
            assertEq(harness.rowHash(scores), expected, "row hash");
            assertEq(_referenceHash(scores), expected, "reference row hash");
            uint256 n = scores.length / 2;
            for (uint256 e;; ++e) {
                string memory ek = string.concat(key, ".entries[", vm.toString(e), "]");
                if (!vm.keyExistsJson(json, ek)) break;
                uint256 from = vm.parseJsonUint(json, string.concat(ek, ".from"));
                uint256 to = vm.parseJsonUint(json, string.concat(ek, ".to"));
                bytes memory entry = vm.parseJsonBytes(json, string.concat(ek, ".entry"));
                assertEq(RowEntries.entry(scores, from, to), entry, "the test encoder agrees");
                if ((to < n ? to : n) <= from) {
                    assertEq(entry.length, 0, "a row that scores none of the columns has no entry");
                    continue;
                }
                (bytes32 h, uint256 next, uint256[] memory words) =
                    harness.readEntry(entry, 0, n, from, to, (to - 1) / 16 - from / 16 + 1);
                assertEq(h, expected, "the entry proves the row");
                assertEq(next, entry.length, "the whole entry is read");
                _checkWords(scores, from, to < n ? to : n, words);
            }
        }
    }

    /// @notice Any row, any chunk, the entry anywhere among other bytes: the entry proves the row's
    ///         hash, ends where the encoder says, and yields the row's scores for the chunk.
    function testFuzz_readEntry_matchesEncoder(uint256 seed, uint16 nRaw, uint16 fromRaw, uint16 countRaw, uint8 pad)
        public
        view
    {
        uint256 n = bound(nRaw, 1, 1024);
        uint256 from = bound(fromRaw, 0, n - 1);
        uint256 to = from + bound(countRaw, 1, 1024);
        bytes memory scores = _row(n, seed);
        bytes memory entry = RowEntries.entry(scores, from, to);
        uint256 end = to < n ? to : n;
        (bytes32 h, uint256 next, uint256[] memory words) = harness.readEntry(
            bytes.concat(new bytes(pad), entry, hex"deadbeef"), pad, n, from, to, (end - 1) / 16 - from / 16 + 1
        );
        assertEq(h, harness.rowHash(scores), "proves the row hash");
        assertEq(h, _referenceHash(scores), "the reference hash");
        assertEq(next, uint256(pad) + entry.length, "ends where the encoder's entry ends");
        _checkWords(scores, from, end, words);
    }

    /// @notice One changed score, anywhere in the chunk's blocks, changes the hash the entry proves.
    function testFuzz_readEntry_tamperedScoreProvesAnotherHash(uint256 seed, uint16 nRaw, uint16 at) public view {
        uint256 n = bound(nRaw, 1, 1024);
        bytes memory scores = _row(n, seed);
        bytes memory entry = RowEntries.entry(scores, 0, n);
        uint256 k = bound(at, 0, entry.length - 1);
        entry[k] = bytes1(uint8(entry[k]) ^ 1);
        (bytes32 h,,) = harness.readEntry(entry, 0, n, 0, n, (n - 1) / 16 + 1);
        assertTrue(h != harness.rowHash(scores), "a tampered row proves another hash");
    }

    function _checkWords(bytes memory scores, uint256 from, uint256 end, uint256[] memory words) internal pure {
        uint256 first = from - from % 16;
        for (uint256 j = from; j < end; ++j) {
            uint256 word = words[(j - first) / 16];
            uint256 lane = (word >> (240 - 16 * (j % 16))) & 0xffff;
            uint256 score = (uint256(uint8(scores[2 * j])) << 8) | uint8(scores[2 * j + 1]);
            assertEq(lane, score, "score word lane");
        }
    }
}
