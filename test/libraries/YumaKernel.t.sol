// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {YumaKernel} from "../../contracts/libraries/YumaKernel.sol";

/// @notice The assembly kernel and its plain Solidity reference agree on every input.
contract YumaKernel_Test is Test {
    function _columns(uint256 from, uint256 count, uint256 seed)
        internal
        pure
        returns (YumaKernel.Columns memory cols)
    {
        cols = YumaKernel.newColumns(from, count);
        for (uint256 c; c < count; ++c) {
            uint256 r = uint256(keccak256(abi.encode(seed, c)));
            cols.consensus[c] = r % 4 == 0 ? 0 : (r >> 8) % 1e18;
            cols.registeredAt[c] = r % 5 == 0 ? 0 : 1 + ((r >> 80) % 2000);
            // Sums already under way (an earlier row's).
            cols.sums[3 * c + 1] = (((r >> 120) % 1e21) << 128) | ((r >> 160) % 1e21);
            cols.sums[3 * c + 2] = (r >> 180) % 1e30;
        }
        YumaKernel.prepare(cols);
    }

    /// @notice Columns [from, from + count) at any alignment, rows ending anywhere in them, words
    ///         with zero lanes, any commit time (0 included) and stake: the assembly kernel and the
    ///         reference give the same sums, cell for cell.
    function testFuzz_accumulateWords_matchesReference(uint256 seed, uint128 stake, uint256 shape) public pure {
        uint256 from = 16 + shape % 40;
        uint256 count = 1 + (shape >> 8) % 40;
        uint256 end = from + (shape >> 16) % (count + 1);
        // The stake already in the sums (under 1e21, see _columns) and this row's stay under 2^128.
        stake = uint128(bound(stake, 0, type(uint128).max - 1e21));
        YumaKernel.Scorer memory v = YumaKernel.Scorer({
            stake: stake, rowSum: 1 + (shape >> 24) % type(uint32).max, committedAt: (shape >> 64) % 2500
        });
        uint256[] memory words = new uint256[]((from + count - 1) / 16 - from / 16 + 1);
        for (uint256 k; k < words.length; ++k) {
            uint256 w = uint256(keccak256(abi.encode(seed, "word", k)));
            // Zero some lanes (and sometimes whole words or tails) as real rows have them.
            uint256 mask = uint256(keccak256(abi.encode(seed, "mask", k)));
            for (uint256 lane; lane < 16; ++lane) {
                if ((mask >> lane) & 3 == 0) w &= ~(uint256(0xffff) << (240 - 16 * lane));
            }
            if ((mask >> 100) % 7 == 0) w = 0;
            if ((mask >> 110) % 5 == 0) w &= ~uint256(type(uint128).max);
            words[k] = w;
        }
        YumaKernel.Columns memory a = _columns(from, count, seed);
        YumaKernel.Columns memory b = _columns(from, count, seed);
        uint256 sa = YumaKernel.accumulateWords(a, v, words, end);
        uint256 sb = YumaKernel.accumulateWordsReference(b, v, words, end);
        assertEq(sa, sb, "clipped sum");
        for (uint256 c; c < count; ++c) {
            // At or above a consensus of 0 is every stake, and the close never reads the sum
            // there; the kernel may count zero cells into it.
            if (a.consensus[c] != 0) {
                assertEq(YumaKernel.stakeAtOrAbove(a, c), YumaKernel.stakeAtOrAbove(b, c), "at or above");
            }
            assertEq(YumaKernel.stakeAbove(a, c), YumaKernel.stakeAbove(b, c), "above");
            assertEq(YumaKernel.incentive(a, c), YumaKernel.incentive(b, c), "incentive");
            // The close's one read of a column gives the same values.
            (uint256 cons, uint256 atOrAbove, uint256 above, uint256 inc) = YumaKernel.columnSums(a, c);
            assertEq(cons, a.consensus[c], "columnSums consensus");
            assertEq(atOrAbove, YumaKernel.stakeAtOrAbove(a, c), "columnSums at or above");
            assertEq(above, YumaKernel.stakeAbove(a, c), "columnSums above");
            assertEq(inc, YumaKernel.incentive(a, c), "columnSums incentive");
        }
    }

    /// @notice A hand-checked row: uids 16..19 scored 0, 1, 65535, 0 by a validator of stake 3 and
    ///         row sum 65536, against consensus 0.5 WAD on every column.
    function test_accumulateWords_handChecked() public pure {
        YumaKernel.Columns memory cols = _columns(16, 4, 0);
        for (uint256 c; c < 4; ++c) {
            cols.consensus[c] = 5e17;
            cols.registeredAt[c] = 1;
            (cols.sums[3 * c + 1], cols.sums[3 * c + 2]) = (0, 0);
        }
        YumaKernel.prepare(cols);
        uint256[] memory words = new uint256[](1);
        words[0] = (uint256(1) << 224) | (uint256(65_535) << 208);
        YumaKernel.Scorer memory v = YumaKernel.Scorer({stake: 3, rowSum: 65_536, committedAt: 2});
        uint256 clipped = YumaKernel.accumulateWords(cols, v, words, 20);
        uint256 small = uint256(1e18) / 65_536; // uid 17's weight, under consensus
        assertEq(clipped, small + 5e17, "uid 18 clipped to consensus");
        assertEq(YumaKernel.stakeAtOrAbove(cols, 1), 0, "uid 17 below consensus");
        assertEq(YumaKernel.stakeAtOrAbove(cols, 2), 3);
        assertEq(YumaKernel.stakeAbove(cols, 2), 3);
        assertEq(YumaKernel.incentive(cols, 1), 3 * small);
        assertEq(YumaKernel.incentive(cols, 2), 3 * 5e17);
        assertEq(
            YumaKernel.stakeAtOrAbove(cols, 0) + YumaKernel.stakeAtOrAbove(cols, 3) + YumaKernel.incentive(cols, 0)
                + YumaKernel.incentive(cols, 3),
            0
        );
    }

    /// @notice The shared vectors: the on-chain kappa threshold is the one tensora_types::consensus'
    ///         off-chain consensus computes (its test reads the same file).
    function test_kappaThreshold_sharedVectors() public view {
        string memory json = vm.readFile("test/vectors/kappa_threshold.json");
        uint256 n;
        for (; vm.keyExistsJson(json, string.concat(".cases[", vm.toString(n), "]")); ++n) {
            string memory at = string.concat(".cases[", vm.toString(n), "]");
            uint256 total = vm.parseJsonUint(json, string.concat(at, ".total"));
            uint256 kappa = vm.parseJsonUint(json, string.concat(at, ".kappaBps"));
            uint256 expected = vm.parseJsonUint(json, string.concat(at, ".threshold"));
            assertEq(YumaKernel.kappaThreshold(total, kappa), expected);
        }
        assertGt(n, 5, "vectors read");
    }

    function testFuzz_kappaThreshold_backsAtLeastKappa(uint128 total, uint16 kappaBps) public pure {
        kappaBps = uint16(bound(kappaBps, 0, 10_000));
        uint256 t = YumaKernel.kappaThreshold(total, kappaBps);
        assertGe(t * 10_000, uint256(total) * kappaBps, "at least kappa");
        assertLt(t * 10_000, uint256(total) * kappaBps + 10_000, "the least such value");
    }
}
