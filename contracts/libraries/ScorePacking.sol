// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ScorePacking
/// @notice 256-bit words holding 16 big-endian uint16 lanes: lane 0 is the most significant 16 bits.
///         Scores travel as `bytes` with one big-endian uint16 per uid, so word k of that byte
///         string holds uids 16k to 16k + 15 in lane order.
library ScorePacking {
    /// @notice Lane `i` (0..15) of `word`.
    function lane(uint256 word, uint256 i) internal pure returns (uint16) {
        return uint16(word >> (240 - 16 * i));
    }

    /// @notice `word` with lane `i` (0..15) set to `value` (truncated to 16 bits).
    function setLane(uint256 word, uint256 i, uint256 value) internal pure returns (uint256) {
        uint256 shift = 240 - 16 * i;
        return (word & ~(uint256(0xffff) << shift)) | ((value & 0xffff) << shift);
    }

    /// @notice Word `k` of `data`, zero-padded on the right past its end.
    function wordAt(bytes calldata data, uint256 k) internal pure returns (uint256) {
        uint256 start = k * 32;
        uint256 end = start + 32 > data.length ? data.length : start + 32;
        return uint256(bytes32(data[start:end]));
    }

    /// @notice Sum of the 16 lanes of `word`.
    function sumLanes(uint256 word) internal pure returns (uint256 sum) {
        // Pairwise folding: 16 lanes of 16 bits -> 8 of 32 -> 4 of 64 -> 2 of 128 -> 1.
        uint256 m16 = 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff;
        uint256 m32 = 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff;
        uint256 m64 = 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff;
        word = (word & m16) + ((word >> 16) & m16);
        word = (word & m32) + ((word >> 32) & m32);
        word = (word & m64) + ((word >> 64) & m64);
        sum = (word & type(uint128).max) + (word >> 128);
    }
}
