// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice The per-subnet settings a subnet owner chooses within the bounds governance sets in the
///         SubnetRegistry. Packed into two storage slots.
/// @dev Field order is the storage order; keep the first four fields at exactly 256 bits.
struct Hyperparameters {
    /// @notice Minimum bond of a miner, in TORA wei.
    uint96 minMinerBond;
    /// @notice Minimum bond of a validator (own stake, delegations excluded), in TORA wei.
    uint96 minValidatorBond;
    /// @notice How long a validator waits for a miner's answer before flagging a timeout, in seconds.
    uint32 taskTimeout;
    /// @notice Length of one epoch, in seconds.
    uint32 epochLength;
    /// @notice How long a newly registered participant cannot be replaced, in seconds.
    uint32 immunityPeriod;
    /// @notice Delay between unbonding (or undelegating) and being able to withdraw, in seconds.
    uint32 unbondingDelay;
    /// @notice Length of the reveal phase at the end of an epoch when commit-reveal is on, in seconds.
    uint32 revealWindow;
    /// @notice Share of a bond taken by one slash, in basis points.
    uint16 slashingRateBps;
    /// @notice Total participant slots (miners + validators).
    uint16 maxSlots;
    /// @notice Maximum number of validators; always below `maxSlots`.
    uint16 maxValidators;
    /// @notice Whether validators commit a hash of their scores before revealing them.
    bool commitReveal;
    /// @notice Stake share that defines consensus (the stake-weighted median at kappa), in basis
    ///         points (Bittensor's default: 5000).
    uint16 kappaBps;
    /// @notice Consecutive faulty epochs before a slash (miner timed out by a kappa-majority;
    ///         validator whose global trust stays below `trustFloorBps`).
    uint8 strikeLimit;
    /// @notice Global trust below which a validator collects strikes, in basis points.
    uint16 trustFloorBps;
    /// @notice Seconds after an epoch's end after which anyone, not only the coordinator, may close it.
    uint32 closeGracePeriod;
}
