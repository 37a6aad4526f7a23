// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";

/// @dev The hyperparameters and governance bounds the tests use: the seeds' defaults (256 slots,
///      64 validators) inside bounds wide enough for every test.
library TestDefaults {
    function hyperparameters() internal pure returns (Hyperparameters memory) {
        return Hyperparameters({
            minMinerBond: 100 ether,
            minValidatorBond: 1000 ether,
            taskTimeout: 12,
            epochLength: 1 hours,
            immunityPeriod: 2 hours,
            unbondingDelay: 7 days,
            revealWindow: 10 minutes,
            slashingRateBps: 500,
            maxSlots: 256,
            maxValidators: 64,
            commitReveal: true,
            kappaBps: 5000,
            strikeLimit: 3,
            trustFloorBps: 1000,
            closeGracePeriod: 10 minutes
        });
    }

    function bounds() internal pure returns (Hyperparameters memory lo, Hyperparameters memory hi) {
        lo = Hyperparameters({
            minMinerBond: 1 ether,
            minValidatorBond: 10 ether,
            taskTimeout: 1,
            epochLength: 30 minutes,
            immunityPeriod: 0,
            unbondingDelay: 1 hours,
            revealWindow: 1 minutes,
            slashingRateBps: 0,
            maxSlots: 2,
            maxValidators: 1,
            commitReveal: false,
            kappaBps: 5000,
            strikeLimit: 1,
            trustFloorBps: 0,
            closeGracePeriod: 0
        });
        hi = Hyperparameters({
            minMinerBond: 1_000_000 ether,
            minValidatorBond: 10_000_000 ether,
            taskTimeout: 10 minutes,
            epochLength: 7 days,
            immunityPeriod: 30 days,
            unbondingDelay: 60 days,
            revealWindow: 1 days,
            slashingRateBps: 5000,
            maxSlots: 1024,
            maxValidators: 128,
            commitReveal: true,
            kappaBps: 10_000,
            strikeLimit: 100,
            trustFloorBps: 10_000,
            closeGracePeriod: 1 days
        });
    }
}
