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
    ///        whose weight is > consensus in the low 128; at 3c + 2 the sum of stake * weight
    ///        over the cells below consensus (the rest of the incentive is consensus times the
    ///        stake at or above it).
    ///        Read them with `stakeAtOrAbove`, `stakeAbove` and `incentive`. Two stake sums share
    ///        a word because no sum of stake exceeds the chunk's total, which the close holds under
    ///        2^128.
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

    /// @notice Sum of stake * clipped weight for column `c`: the stake * weight of the cells below
    ///         consensus (kept at 3c + 2), plus consensus times the stake at or above it (each of
    ///         those cells counts as consensus: clipped to it, or equal). Requires consensus <= 1 WAD
    ///         (the close checks it first), so the product stays far below 2^256.
    function incentive(Columns memory cols, uint256 c) internal pure returns (uint256) {
        return cols.sums[3 * c + 2] + cols.sums[3 * c] * (cols.sums[3 * c + 1] >> 128);
    }

    /// @notice Column `c`'s consensus and sums at once, as `stakeAtOrAbove`, `stakeAbove` and
    ///         `incentive` give them one by one, without their bounds checks: requires
    ///         c < cols.count. The incentive cannot overflow even before the consensus is checked
    ///         (a consensus is under 2^64, a stake sum under 2^128, the sum below under 2^188).
    function columnSums(Columns memory cols, uint256 c)
        internal
        pure
        returns (uint256 consensus, uint256 atOrAbove, uint256 above, uint256 incentive_)
    {
        assembly ("memory-safe") {
            let p := add(add(mload(add(cols, 0x80)), 0x20), mul(c, 0x60))
            consensus := mload(p)
            let stakes := mload(add(p, 0x20))
            atOrAbove := shr(128, stakes)
            above := and(stakes, 0xffffffffffffffffffffffffffffffff)
            incentive_ := add(mload(add(p, 0x40)), mul(consensus, atOrAbove))
        }
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
    ///         One pass over the row: a word is first cut to the lanes that count (miner columns of
    ///         the chunk below `end`, and, only when some miner of its 16 registered at or after
    ///         the commit, registered before it), then consumed 16 bits at a time until what is
    ///         left is zero, with a pointer stepping through the columns' side-by-side sums.
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
            let committedAt := mload(add(v, 0x40))
            // The words of uids [lane0, end): none when the row ends at the chunk's start or was
            // never committed.
            let wp := add(words, 0x20)
            let wend := wp
            if and(gt(end, mload(0x00)), gt(committedAt, 0)) {
                wend := add(wp, shl(5, add(sub(div(sub(end, 1), 16), div(mload(0x00), 16)), 1)))
            }
            let meta := add(mload(add(cols, 0xc0)), 0x20)
            // The sums of uid lane0 + i sit at p0 + 0x60 i; p0 itself lies before the array when
            // lane0 < from, and lanes below `from` are never reached through it.
            let p0 := sub(add(mload(add(cols, 0x80)), 0x20), mul(sub(mload(0x00), lane0), 0x60))
            let stake := mload(v)
            for {} lt(wp, wend) {
                wp := add(wp, 0x20)
                meta := add(meta, 0x40)
                lane0 := add(lane0, 16)
                p0 := add(p0, 0x600)
            } {
                // The lanes of miner columns of the chunk (`prepare`'s mask: none below `from`)...
                let keep := mload(meta)
                if iszero(lt(mload(add(meta, 0x20)), committedAt)) {
                    // ...registered before the commit, when one of them registered at or after it.
                    keep := registeredBefore(keep, lane0, committedAt)
                }
                // ...and below the row's end (only the last word reaches past it).
                if gt(add(lane0, 16), end) { keep := and(keep, not(shr(shl(4, sub(end, lane0)), not(0)))) }
                let word := and(mload(wp), keep)
                let p := p0
                if lt(lane0, mload(0x00)) {
                    // The chunk's first word starts before `from`: lane `from` to the top.
                    let a := sub(mload(0x00), lane0)
                    word := shl(shl(4, a), word)
                    p := add(p0, mul(a, 0x60))
                }
                if word { clippedSum := add(clippedSum, lanes(word, p, stake, mload(add(v, 0x20)))) }
            }

            // `mask` cut to the lanes whose miner registered before `at` (the registration times
            // are at 0x20, column c of the chunk at 32 c; the chunk's first uid at 0x00).
            function registeredBefore(mask, first, at) -> kept {
                for { let i := 0 } lt(i, 16) { i := add(i, 1) } {
                    // slither-disable-next-line incorrect-shift (shl(bits, value): lane i's mask)
                    let bit := shl(sub(240, shl(4, i)), 0xffff)
                    if and(mask, bit) {
                        if lt(mload(add(mload(0x20), shl(5, sub(add(first, i), mload(0x00))))), at) {
                            kept := or(kept, bit)
                        }
                    }
                }
            }

            // Consumes `x` from the top, two lanes a turn, until what is left is zero, `q0`
            // pointing to the first lane's sums, for a row of stake `weight` and row sum `total`;
            // returns the sum of the clipped weights. One memory update a cell: a weight at or
            // above consensus adds the stake to the at-or-above sum (and, when above, to the
            // above sum), one below adds stake * weight to the incentive word. A zero cell adds
            // nothing but, where consensus is 0, its stake to the at-or-above sum, which the close
            // never reads for such a column; the second lane of the last turn may lie past the
            // chunk's columns, in the padding block `newColumns` leaves.
            // slither-disable-next-line divide-before-multiply (W is defined as floor(cell * WAD / rowSum))
            function lanes(x, q0, weight, total) -> sum {
                let hi := shl(128, weight)
                for {} x {
                    x := shl(32, x)
                    q0 := add(q0, 0xc0)
                } {
                    let w := div(mul(shr(240, x), 1000000000000000000), total)
                    let c := mload(q0)
                    switch lt(w, c)
                    case 0 {
                        let q := add(q0, 0x20)
                        mstore(q, add(mload(q), add(hi, mul(weight, gt(w, c)))))
                        sum := add(sum, c)
                    }
                    default {
                        let q := add(q0, 0x40)
                        mstore(q, add(mload(q), mul(weight, w)))
                        sum := add(sum, w)
                    }
                    // The second lane: the first lane's code again, one column on. It is written
                    // out, not called, because a Yul call per cell costs about 30 gas (0.5M at
                    // 64 x 256); the rule itself lives once, in `accumulateReference`, which the
                    // fuzz test holds this kernel to.
                    w := div(mul(and(shr(224, x), 0xffff), 1000000000000000000), total)
                    c := mload(add(q0, 0x60))
                    switch lt(w, c)
                    case 0 {
                        let q := add(q0, 0x80)
                        mstore(q, add(mload(q), add(hi, mul(weight, gt(w, c)))))
                        sum := add(sum, c)
                    }
                    default {
                        let q := add(q0, 0xa0)
                        mstore(q, add(mload(q), mul(weight, w)))
                        sum := add(sum, w)
                    }
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
            if (w >= cons) {
                // Counts as consensus (clipped to it, or equal), through the stake at or above it
                // (see `incentive`).
                cols.sums[3 * c + 1] += v.stake << 128;
                if (w > cons) cols.sums[3 * c + 1] += v.stake;
                w = cons;
            } else {
                cols.sums[3 * c + 2] += v.stake * w;
            }
            clippedSum += w;
        }
    }
}
