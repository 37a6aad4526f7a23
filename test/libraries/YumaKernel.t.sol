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
        cols.from = from;
        cols.count = count;
        cols.consensus = new uint256[](count);
        cols.registeredAt = new uint256[](count);
        cols.stakeAtOrAbove = new uint256[](count);
        cols.stakeAbove = new uint256[](count);
        cols.incentive = new uint256[](count);
        cols.flagged = new uint256[](count);
        for (uint256 c; c < count; ++c) {
            uint256 r = uint256(keccak256(abi.encode(seed, c)));
            cols.consensus[c] = r % 4 == 0 ? 0 : (r >> 8) % 1e18;
            cols.registeredAt[c] = r % 5 == 0 ? 0 : 1 + ((r >> 80) % 2000);
            cols.stakeAtOrAbove[c] = (r >> 120) % 1e21;
        }
    }

    function testFuzz_accumulate_matchesReference(uint256 word, uint256 seed, uint128 stake, uint256 shape)
        public
        pure
    {
        uint256 lo = 32 + shape % 16;
        uint256 hi = lo + (shape >> 8) % (49 - lo);
        YumaKernel.Scorer memory v = YumaKernel.Scorer({
            stake: stake, rowSum: 1 + (shape >> 16) % type(uint32).max, committedAt: (shape >> 64) % 2500
        });
        uint256 first = 32;
        YumaKernel.Columns memory a = _columns(32, 16, seed);
        YumaKernel.Columns memory b = _columns(32, 16, seed);
        uint256 sa = YumaKernel.accumulate(a, v, word, first, lo, hi);
        uint256 sb = YumaKernel.accumulateReference(b, v, word, first, lo, hi);
        assertEq(sa, sb, "clipped sum");
        for (uint256 c; c < 16; ++c) {
            assertEq(a.stakeAtOrAbove[c], b.stakeAtOrAbove[c], "at or above");
            assertEq(a.stakeAbove[c], b.stakeAbove[c], "above");
            assertEq(a.incentive[c], b.incentive[c], "incentive");
        }
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
