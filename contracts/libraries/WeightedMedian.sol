// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title WeightedMedian
/// @notice The stake-weighted median of a few values and their stake-weighted mean absolute
///         deviation from it. The median is the lower weighted median: the smallest value at
///         which the weight of the values at or below it reaches half the total, so holders of
///         less than half the weight cannot move it past every honest value.
library WeightedMedian {
    /// @notice Sorts `values` ascending in place, moving `weights` with them (insertion sort,
    ///         meant for at most a few dozen values), and returns the total weight.
    function sort(int256[] memory values, uint256[] memory weights) internal pure returns (uint256 total) {
        uint256 n = values.length;
        total = 0;
        for (uint256 i; i < n; ++i) {
            int256 v = values[i];
            uint256 w = weights[i];
            total += w;
            uint256 j = i;
            while (j > 0 && values[j - 1] > v) {
                values[j] = values[j - 1];
                weights[j] = weights[j - 1];
                --j;
            }
            values[j] = v;
            weights[j] = w;
        }
    }

    /// @notice The lower weighted median of sorted `values` whose weights sum to `total` (> 0).
    function lowerMedian(int256[] memory values, uint256[] memory weights, uint256 total)
        internal
        pure
        returns (int256)
    {
        uint256 running = 0;
        uint256 n = values.length;
        for (uint256 i; i < n; ++i) {
            running += weights[i];
            if (running * 2 >= total) return values[i];
        }
        return values[n - 1];
    }

    /// @notice The weighted mean of |value - center|, rounded down; `total` (> 0) is the weights' sum.
    function meanDeviation(int256[] memory values, uint256[] memory weights, uint256 total, int256 center)
        internal
        pure
        returns (uint256)
    {
        uint256 spread = 0;
        uint256 n = values.length;
        for (uint256 i; i < n; ++i) {
            int256 d = values[i] - center;
            spread += weights[i] * (d >= 0 ? uint256(d) : uint256(-d));
        }
        return spread / total;
    }
}
