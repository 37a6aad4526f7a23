// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @dev `closeEpoch`'s row entries, written from ScoreRows' description (not its code), for the
///      tests, handlers and benchmarks that close epochs.
library RowEntries {
    /// @dev A row's entry for columns [from, to): every 128-score block's hash, but the bytes of
    ///      the blocks the columns overlap; empty when the row scores none of them.
    function entry(bytes memory scores, uint256 from, uint256 to) internal pure returns (bytes memory out) {
        uint256 n = scores.length / 2;
        uint256 end = to < n ? to : n;
        if (end <= from) return out;
        uint256 firstBlock = from / 128;
        uint256 endBlock = (end + 127) / 128;
        for (uint256 b; b * 256 < scores.length; ++b) {
            uint256 size = scores.length - b * 256 < 256 ? scores.length - b * 256 : 256;
            bytes memory blockBytes = new bytes(size);
            for (uint256 k; k < size; ++k) {
                blockBytes[k] = scores[b * 256 + k];
            }
            out = bytes.concat(
                out, b >= firstBlock && b < endBlock ? blockBytes : abi.encodePacked(keccak256(blockBytes))
            );
        }
    }
}
