// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Test} from "forge-std/Test.sol";

import {IEmissionManager} from "../contracts/interfaces/IEmissionManager.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "../contracts/interfaces/IValidatorTrust.sol";
import {SubnetStorage} from "../contracts/subnet/SubnetStorage.sol";

/// @dev The delegation reward-debt helpers of SubnetStorage, callable.
contract RewardDebtHarness is SubnetStorage {
    constructor()
        SubnetStorage(
            ISubnetRegistry(address(0)), IERC20(address(0)), IValidatorTrust(address(0)), IEmissionManager(address(0))
        )
    {}

    function debtOf(uint256 shares, uint256 acc) external pure returns (uint128) {
        return _debtOf(shares, acc);
    }

    function earnedSince(uint256 shares, uint256 acc, uint128 debt) external pure returns (uint256) {
        return _earnedSince(shares, acc, debt);
    }

    function earnedFullWidth(uint256 shares, uint256 acc, uint256 debt) external pure returns (uint256) {
        return _earned(shares, acc, debt);
    }
}

/// @notice A delegation's reward debt is stored modulo 2^128 beside its shares: what a settlement
///         pays must be exactly what the full-width debt gives, and a debt past 2^128 (an
///         accumulator that grew while a pool's earning stake was dust) must never make a
///         settlement revert, which would lock the delegation (it settles before undelegating).
contract SubnetRewardDebt_Test is Test {
    uint256 internal constant ACC_SCALE = 1e36;
    RewardDebtHarness internal h = new RewardDebtHarness();

    /// @notice Any shares, any accumulator before and after (what was owed in between under 2^127
    ///         wei, as TORA always is): the modular debt pays what the full-width one pays.
    function testFuzz_earnedSince_matchesFullWidth(uint128 shares, uint256 accBefore, uint256 grown) public view {
        vm.assume(shares > 0);
        accBefore = bound(accBefore, 0, type(uint256).max / shares / 4);
        // What the shares earn in between stays under 2^127 wei.
        uint256 maxGrowth = Math.mulDiv(2 ** 126, ACC_SCALE, shares);
        uint256 accAfter = accBefore + bound(grown, 0, maxGrowth);
        uint256 fullDebt = Math.mulDiv(shares, accBefore, ACC_SCALE, Math.Rounding.Ceil);
        assertEq(
            h.earnedSince(shares, accAfter, h.debtOf(shares, accBefore)),
            h.earnedFullWidth(shares, accAfter, fullDebt),
            "modular and full-width debts pay the same"
        );
    }

    /// @notice 1e24 shares at an accumulator worth 1e21 wei per share: a debt of 1e45, past 2^128,
    ///         where a checked cast to 128 bits would revert and lock the delegation.
    function test_earnedSince_debtPast2To128_settles() public view {
        uint256 shares = 1e24;
        uint256 accBefore = 1e21 * ACC_SCALE;
        assertGt(Math.mulDiv(shares, accBefore, ACC_SCALE), type(uint128).max, "the full debt is past 2^128");
        uint128 debt = h.debtOf(shares, accBefore);
        assertEq(h.earnedSince(shares, accBefore, debt), 0, "nothing earned yet");
        // The accumulator grows by 3 wei per 1e12 shares: 3e12 wei for 1e24 shares.
        uint256 accAfter = accBefore + 3 * ACC_SCALE / 1e12;
        assertEq(h.earnedSince(shares, accAfter, debt), 3e12, "exactly what the growth pays");
    }

    /// @notice Rounding the debt up can leave it a wei above the value: that earns 0, never 2^128 - 1.
    function test_earnedSince_roundingShortfall_earnsNothing() public view {
        uint256 shares = 3;
        uint256 acc = ACC_SCALE / 3 + 1; // shares * acc / ACC_SCALE is 1.000..., rounded up to 2
        uint128 debt = h.debtOf(shares, acc);
        assertEq(debt, 2);
        assertEq(h.earnedSince(shares, acc, debt), 0);
    }
}
