// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title YumaKernel
/// @notice The inner loop of the epoch close: folds a validator's row of 16-lane score words into
///         the per-column sums that verify consensus and score miners. It runs once per weight
///         cell (64 x 256 cells per close at Bittensor's size), so it is written in assembly;
///         `accumulateWordsReference` is the plain Solidity version, kept as the test oracle
///         (test/libraries/YumaKernel.t.sol checks both agree on random inputs).
library YumaKernel {
    uint256 internal constant WAD = 1e18;

    /// @notice kappa (basis points) of `totalStake`, rounded up: a column's consensus is always
    ///         backed by at least kappa of the stake, and a total of 1 wei still has a threshold
    ///         of 1. Shared test vectors (test/vectors/kappa_threshold.json) hold the off-chain
    ///         consensus to the same rule.
    function kappaThreshold(uint256 totalStake, uint256 kappaBps) internal pure returns (uint256) {
        return Math.mulDiv(totalStake, kappaBps, 10_000, Math.Rounding.Ceil);
    }

    /// @notice Per-column working state of one close chunk (columns [from, from + count)).
    /// @param consensus Supplied consensus weight per column (WAD).
    /// @param registeredAt Registration time of the column's miner; 0 if the column is not a miner.
    /// @param sums Three words per column c, side by side so the kernel reaches them through one
    ///        pointer: at 3c the column's consensus (a copy, made by `prepare`); at 3c + 1 the
    ///        stake whose weight is >= consensus in the high 128 bits (meaningful where consensus
    ///        is not 0: at 0 it is all the stake, and the close does not read it) and the stake
    ///        whose weight is > consensus in the low 128; at 3c + 2 the sum of
    ///        stake * clipped weight (the incentive). Read them with `stakeAtOrAbove`, `stakeAbove`
    ///        and `incentive`. Two stake sums share a word because no sum of stake exceeds the
    ///        chunk's total, which the close holds under 2^128. One block of three more follows
    ///        the columns, for the kernel's two-lane stride.
    /// @param flagged Stake that flagged the miner as timed out.
    /// @param words Two words per 16 uids of the chunk, from first = from - from % 16: the lanes
    ///        of miner columns (a mask of the 16-bit lanes) and their latest registration time.
    ///        A row committed after that time needs no per-cell check (`prepare` fills them).
    struct Columns {
        uint256 from;
        uint256 count;
        uint256[] consensus;
        uint256[] registeredAt;
        uint256[] sums;
        uint256[] flagged;
        uint256[] words;
    }

    /// @notice The number of 16-uid score words that columns [from, from + count) touch.
    function wordCount(uint256 from, uint256 count) internal pure returns (uint256) {
        return count == 0 ? 0 : (from + count - 1) / 16 - from / 16 + 1;
    }

    /// @notice Working state for columns [from, from + count), every sum 0; fill `consensus` and
    ///         `registeredAt`, then call `prepare`.
    function newColumns(uint256 from, uint256 count) internal pure returns (Columns memory cols) {
        cols.from = from;
        cols.count = count;
        cols.consensus = new uint256[](count);
        cols.registeredAt = new uint256[](count);
        // One block more than the columns: the kernel's last two-lane turn may touch it.
        cols.sums = new uint256[](3 * count + 3);
        cols.flagged = new uint256[](count);
        cols.words = new uint256[](2 * wordCount(from, count));
    }

    /// @notice Copies each column's consensus beside its sums and records, per 16 uids, the
    ///         lanes of miner columns and their latest registration (what `accumulateWords` reads).
    ///         `cols` must come from `newColumns` (its arrays have the sizes this writes to).
    function prepare(Columns memory cols) internal pure {
        assembly ("memory-safe") {
            let from := mload(cols)
            let count := mload(add(cols, 0x20))
            let cons := add(mload(add(cols, 0x40)), 0x20)
            let regs := add(mload(add(cols, 0x60)), 0x20)
            let sums := add(mload(add(cols, 0x80)), 0x20)
            let meta := add(mload(add(cols, 0xc0)), 0x20)
            let lane0 := mod(from, 16)
            for { let c := 0 } lt(c, count) { c := add(c, 1) } {
                mstore(add(sums, mul(c, 0x60)), mload(add(cons, shl(5, c))))
                let regAt := mload(add(regs, shl(5, c)))
                if regAt {
                    // Column c is uid first + i: word i / 16 (two meta words each), lane i % 16.
                    let i := add(lane0, c)
                    let m := add(meta, shl(6, shr(4, i)))
                    // slither-disable-next-line incorrect-shift (shl(bits, value): lane i's mask)
                    mstore(m, or(mload(m), shl(sub(240, shl(4, and(i, 15))), 0xffff)))
                    if gt(regAt, mload(add(m, 0x20))) { mstore(add(m, 0x20), regAt) }
                }
            }
        }
    }

    /// @notice Stake whose weight for column `c` (of the chunk) is >= its consensus.
    function stakeAtOrAbove(Columns memory cols, uint256 c) internal pure returns (uint256) {
        return cols.sums[3 * c + 1] >> 128;
    }

    /// @notice Stake whose weight for column `c` is > its consensus.
    function stakeAbove(Columns memory cols, uint256 c) internal pure returns (uint256) {
        return uint128(cols.sums[3 * c + 1]);
    }

    /// @notice Sum of stake * clipped weight for column `c`.
    function incentive(Columns memory cols, uint256 c) internal pure returns (uint256) {
        return cols.sums[3 * c + 2];
    }

    /// @notice One validator's view of the cell it scores.
    /// @param stake Its trust-weighted stake (< 2^128).
    /// @param rowSum Sum of its raw scores (> 0).
    /// @param committedAt When it committed; miners registered at or after it are dropped.
    struct Scorer {
        uint256 stake;
        uint256 rowSum;
        uint256 committedAt;
    }

    /// @notice Adds one validator's cells [cols.from, end) to `cols`; returns the sum of their
    ///         clipped weights. `words[k]` holds the validator's scores of uids
    ///         [first + 16k, first + 16k + 16), lane 0 in the top 16 bits, where
    ///         first = cols.from - cols.from % 16. Requires `prepare(cols)`,
    ///         cols.from <= end <= cols.from + cols.count, and the stake of every row added to
    ///         `cols` summing under 2^128 (the close's table guarantees all three); words past
    ///         `end` are not read.
    ///
    ///         One pass over the row: a word is first cut to the lanes that count (in range, miner
    ///         columns, and, only when some miner of its 16 registered at or after the commit,
    ///         registered before it), then consumed 16 bits at a time until what is left is zero,
    ///         with a pointer stepping through the columns' side-by-side sums.
    // slither-disable-next-line divide-before-multiply (W is defined as floor(cell * WAD / rowSum))
    function accumulateWords(Columns memory cols, Scorer memory v, uint256[] memory words, uint256 end)
        internal
        pure
        returns (uint256 clippedSum)
    {
        assembly ("memory-safe") {
            // Few locals (the EVM reaches 16 stack slots): the chunk's first column and the
            // registration times sit in scratch memory, read only off the fast path.
            mstore(0x00, mload(cols))
            mstore(0x20, add(mload(add(cols, 0x60)), 0x20))
            let lane0 := sub(mload(0x00), mod(mload(0x00), 16))
            let wp := add(words, 0x20)
            let wend := add(wp, shl(5, mload(words)))
            let meta := add(mload(add(cols, 0xc0)), 0x20)
            let sums := add(mload(add(cols, 0x80)), 0x20)
            let committedAt := mload(add(v, 0x40))
            if iszero(committedAt) { wend := wp }
            for {} lt(wp, wend) {
                wp := add(wp, 0x20)
                meta := add(meta, 0x40)
                lane0 := add(lane0, 16)
            } {
                // The word cut to the lanes that count, lane by lane from the top, and the pointer
                // to the first one's sums.
                let word := 0
                let p := 0
                {
                    // Lanes [a, b) of this word are columns of the chunk below `end`.
                    let a := 0
                    if lt(lane0, mload(0x00)) { a := sub(mload(0x00), lane0) }
                    let b := 16
                    if gt(add(lane0, 16), end) { b := sub(end, lane0) }
                    if slt(a, b) {
                        let keep := mload(meta)
                        if iszero(lt(mload(add(meta, 0x20)), committedAt)) {
                            // Some miner here registered at or after the commit: check each.
                            keep := 0
                            for { let i := a } lt(i, b) { i := add(i, 1) } {
                                let at := add(mload(0x20), shl(5, sub(add(lane0, i), mload(0x00))))
                                if lt(sub(mload(at), 1), sub(committedAt, 1)) {
                                    // slither-disable-next-line incorrect-shift (shl(bits, value): lane i's mask)
                                    keep := or(keep, shl(sub(240, shl(4, i)), 0xffff))
                                }
                            }
                        }
                        // Lanes a..b-1 from the top, then lane a to the top.
                        keep := and(keep, and(shr(shl(4, a), not(0)), not(shr(shl(4, b), not(0)))))
                        word := shl(shl(4, a), and(mload(wp), keep))
                        p := add(sums, mul(sub(add(lane0, a), mload(0x00)), 0x60))
                    }
                }
                if word {
                    let stake := mload(v)
                    let rowSum := mload(add(v, 0x20))
                    let sum := 0
                    // Two lanes a turn. A zero cell adds nothing but, where consensus is 0, its
                    // stake to the at-or-above sum, which the close never reads for such a column;
                    // the second lane of the last turn may lie past the chunk's columns, in the
                    // padding block `newColumns` leaves after them.
                    for {} word {
                        word := shl(32, word)
                        p := add(p, 0xc0)
                    } {
                        let w := div(mul(shr(240, word), 1000000000000000000), rowSum)
                        let c := mload(p)
                        // >= consensus: stake to the high half; > consensus: to the low half,
                        // and the weight clipped to consensus.
                        switch gt(w, c)
                        case 0 {
                            mstore(add(p, 0x20), add(mload(add(p, 0x20)), mul(stake, shl(128, eq(w, c)))))
                            mstore(add(p, 0x40), add(mload(add(p, 0x40)), mul(stake, w)))
                            sum := add(sum, w)
                        }
                        default {
                            mstore(add(p, 0x20), add(mload(add(p, 0x20)), add(shl(128, stake), stake)))
                            mstore(add(p, 0x40), add(mload(add(p, 0x40)), mul(stake, c)))
                            sum := add(sum, c)
                        }
                        w := div(mul(and(shr(224, word), 0xffff), 1000000000000000000), rowSum)
                        c := mload(add(p, 0x60))
                        switch gt(w, c)
                        case 0 {
                            mstore(add(p, 0x80), add(mload(add(p, 0x80)), mul(stake, shl(128, eq(w, c)))))
                            mstore(add(p, 0xa0), add(mload(add(p, 0xa0)), mul(stake, w)))
                            sum := add(sum, w)
                        }
                        default {
                            mstore(add(p, 0x80), add(mload(add(p, 0x80)), add(shl(128, stake), stake)))
                            mstore(add(p, 0xa0), add(mload(add(p, 0xa0)), mul(stake, c)))
                            sum := add(sum, c)
                        }
                    }
                    clippedSum := add(clippedSum, sum)
                }
            }
        }
    }

    /// @notice Plain Solidity version of `accumulateWords` (the test oracle), one word at a time
    ///         through `accumulateReference`.
    function accumulateWordsReference(Columns memory cols, Scorer memory v, uint256[] memory words, uint256 end)
        internal
        pure
        returns (uint256 clippedSum)
    {
        uint256 first = cols.from - cols.from % 16;
        for (uint256 k; k < words.length; ++k) {
            uint256 lane0 = first + 16 * k;
            uint256 lo = lane0 < cols.from ? cols.from : lane0;
            uint256 hi = lane0 + 16 > end ? end : lane0 + 16;
            if (lo < hi) clippedSum += accumulateReference(cols, v, words[k], lane0, lo, hi);
        }
    }

    /// @notice Adds cells [lo, hi) of `word` (whose lane 0 is uid `first`) to `cols`; returns the
    ///         sum of the clipped weights: the rule, cell by cell, in plain Solidity.
    function accumulateReference(
        Columns memory cols,
        Scorer memory v,
        uint256 word,
        uint256 first,
        uint256 lo,
        uint256 hi
    ) internal pure returns (uint256 clippedSum) {
        for (uint256 j = lo; j < hi; ++j) {
            uint256 cell = (word >> (240 - 16 * (j - first))) & 0xffff;
            if (cell == 0) continue;
            uint256 c = j - cols.from;
            uint256 regAt = cols.registeredAt[c];
            if (regAt == 0 || regAt >= v.committedAt) continue;
            // slither-disable-next-line divide-before-multiply (W is defined as floor(cell * WAD / rowSum))
            uint256 w = cell * WAD / v.rowSum;
            uint256 cons = cols.consensus[c];
            if (w >= cons) cols.sums[3 * c + 1] += v.stake << 128;
            if (w > cons) {
                cols.sums[3 * c + 1] += v.stake;
                w = cons;
            }
            cols.sums[3 * c + 2] += v.stake * w;
            clippedSum += w;
        }
    }
}
