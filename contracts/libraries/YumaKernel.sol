// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title YumaKernel
/// @notice The inner loop of the epoch close: folds one 16-lane word of a validator's scores into
///         the per-column sums that verify consensus and score miners. It runs once per weight
///         cell (64 x 256 cells per close at Bittensor's size), so it is written in assembly;
///         `accumulateReference` is the plain Solidity version, kept as the test oracle
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
    /// @param stakeAtOrAbove Stake whose weight is >= consensus (non-zero weights only).
    /// @param stakeAbove Stake whose weight is > consensus.
    /// @param incentive Sum of stake * clipped weight.
    /// @param flagged Stake that flagged the miner as timed out.
    struct Columns {
        uint256 from;
        uint256 count;
        uint256[] consensus;
        uint256[] registeredAt;
        uint256[] stakeAtOrAbove;
        uint256[] stakeAbove;
        uint256[] incentive;
        uint256[] flagged;
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

    /// @notice Adds cells [lo, hi) of `word` (whose lane 0 is uid `first`) to `cols`; returns the
    ///         sum of the clipped weights. Requires first <= lo, hi <= first + 16 and
    ///         cols.from <= lo, hi <= cols.from + cols.count (the caller's loop guarantees it).
    // slither-disable-next-line divide-before-multiply (W is defined as floor(cell * WAD / rowSum))
    function accumulate(Columns memory cols, Scorer memory v, uint256 word, uint256 first, uint256 lo, uint256 hi)
        internal
        pure
        returns (uint256 clippedSum)
    {
        assembly ("memory-safe") {
            let from := mload(cols)
            let cons := add(mload(add(cols, 0x40)), 0x20)
            let regs := add(mload(add(cols, 0x60)), 0x20)
            let geSum := add(mload(add(cols, 0x80)), 0x20)
            let gtSum := add(mload(add(cols, 0xa0)), 0x20)
            let inc := add(mload(add(cols, 0xc0)), 0x20)
            let stake := mload(v)
            let rowSum := mload(add(v, 0x20))
            let committedAt := mload(add(v, 0x40))
            for { let j := lo } lt(j, hi) { j := add(j, 1) } {
                let cell := and(shr(sub(240, shl(4, sub(j, first))), word), 0xffff)
                if iszero(cell) { continue }
                let off := shl(5, sub(j, from))
                let regAt := mload(add(regs, off))
                // Dropped: not a miner, or registered at/after the commit.
                if or(iszero(regAt), iszero(lt(regAt, committedAt))) { continue }
                let w := div(mul(cell, WAD), rowSum)
                let c := mload(add(cons, off))
                if iszero(lt(w, c)) {
                    let p := add(geSum, off)
                    mstore(p, add(mload(p), stake))
                }
                if gt(w, c) {
                    let p := add(gtSum, off)
                    mstore(p, add(mload(p), stake))
                    w := c
                }
                let p := add(inc, off)
                mstore(p, add(mload(p), mul(stake, w)))
                clippedSum := add(clippedSum, w)
            }
        }
    }

    /// @notice Plain Solidity version of `accumulate` (the test oracle).
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
            if (w >= cons) cols.stakeAtOrAbove[c] += v.stake;
            if (w > cons) {
                cols.stakeAbove[c] += v.stake;
                w = cons;
            }
            cols.incentive[c] += v.stake * w;
            clippedSum += w;
        }
    }
}
