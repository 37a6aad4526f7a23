// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Hyperparameters} from "../types/Hyperparameters.sol";

/// @title ISubnet
/// @notice One subnet: an isolated market for one inference task type. Miners and validators bond
///         TORA into bounded slots; delegators stake behind validators through share-based pools;
///         every exit goes through one unbonding queue entry per account.
interface ISubnet {
    /// @notice One participant slot (uid). Packed into one storage slot.
    /// @param account The occupant (zero when free).
    /// @param registeredAt Registration time, in seconds (immunity runs from here).
    /// @param pruningScore The occupant's most recent score (0 until it has one); the lowest is
    ///        replaced first when the subnet is full.
    /// @param isValidator Whether the occupant is a validator.
    /// @param strikes Consecutive faulty epochs (miner: timed out by a kappa-majority of stake;
    ///        validator: global trust below the floor); a slash resets it.
    struct Slot {
        address account;
        uint32 registeredAt;
        uint16 pruningScore;
        bool isValidator;
        uint8 strikes;
    }

    /// @notice The current epoch's schedule.
    /// @param epoch The epoch number (starts at 0).
    /// @param end When the epoch ends and may be closed, in seconds.
    /// @param revealFrom Start of the reveal phase, in seconds (commits are accepted before it).
    /// @param commitReveal Whether this epoch uses commit-reveal (else scores are submitted directly).
    /// @param closeCursor Next miner column to process while a chunked close is under way.
    struct EpochInfo {
        uint64 epoch;
        uint32 end;
        uint32 revealFrom;
        bool commitReveal;
        uint16 closeCursor;
    }

    /// @notice Why a member was slashed.
    enum SlashReason {
        /// @dev A validator committed scores and never revealed them.
        UnrevealedCommit,
        /// @dev A miner flagged as timed out by a kappa-majority of stake for `strikeLimit` epochs.
        MinerTimeouts,
        /// @dev A validator whose global trust stayed below the floor for `strikeLimit` epochs.
        LowTrust
    }

    /// @notice What the subnet knows about one bonded account.
    /// @param bond Own bond, in TORA wei.
    /// @param uid The account's slot.
    /// @param registered Whether the account currently holds a slot.
    /// @param isValidator Whether the account is a validator.
    struct Member {
        uint96 bond;
        uint16 uid;
        bool registered;
        bool isValidator;
    }

    /// @notice A validator's delegation pool: `totalStake` TORA wei owned by `totalShares` shares.
    struct Pool {
        uint128 totalStake;
        uint128 totalShares;
    }

    /// @notice TORA waiting to be withdrawn by one account (bonds and delegations alike), in up to
    ///         two tranches so that a later request (a third party's eviction included) never
    ///         pushes back an earlier one: a request that matures no later than the first tranche
    ///         joins it, any other joins the second, whose release only moves later.
    /// @param amount First tranche, in TORA wei.
    /// @param releaseAt When the first tranche becomes withdrawable, in seconds.
    /// @param laterAmount Second tranche, in TORA wei (0 unless the first is non-empty).
    /// @param laterReleaseAt When the second tranche becomes withdrawable, in seconds.
    struct Unbonding {
        uint128 amount;
        uint64 releaseAt;
        uint128 laterAmount;
        uint64 laterReleaseAt;
    }

    // ---------------------------------------------------------------- errors

    /// @notice Only the SubnetRegistry may call this.
    error NotRegistry(address caller);
    /// @notice Only the subnet owner may call this.
    error NotOwner(address caller);
    /// @notice Only the pending owner may accept ownership.
    error NotPendingOwner(address caller);
    /// @notice The subnet was deactivated by governance: only exits are possible.
    error SubnetDeactivated();
    /// @notice The subnet is paused: only exits are possible.
    error SubnetPaused();
    /// @notice The account already holds a slot.
    error AlreadyRegistered(address account);
    /// @notice The account holds no slot.
    error NotRegistered(address account);
    /// @notice The account is a miner, not a validator (or the reverse).
    error WrongRole(address account, bool isValidator);
    /// @notice `validator` is not a registered validator of this subnet.
    error NotAValidator(address validator);
    /// @notice A bond would fall below the role's minimum.
    /// @param bond The resulting bond, in TORA wei.
    /// @param minimum The minimum, in TORA wei.
    error BondBelowMinimum(uint256 bond, uint256 minimum);
    /// @notice An amount was zero or exceeds what the account has.
    /// @param requested The requested amount.
    /// @param available What is available.
    error InvalidAmount(uint256 requested, uint256 available);
    /// @notice An endpoint is empty, too long, or not an http(s) URL.
    /// @param length Its length in bytes.
    /// @param maxLength The longest allowed.
    error InvalidEndpoint(uint256 length, uint256 maxLength);
    /// @notice The subnet is full and every candidate slot is still immune.
    error NoReplaceableSlot();
    /// @notice Nothing is ready to withdraw yet.
    /// @param amount The pending amount, in TORA wei.
    /// @param releaseAt When it becomes withdrawable, in seconds.
    error NothingToWithdraw(uint256 amount, uint64 releaseAt);
    /// @notice Hyperparameters changed too recently.
    /// @param nextAllowedAt When the next change is allowed, in seconds.
    error HyperparameterCooldown(uint64 nextAllowedAt);
    /// @notice Hyperparameters cannot change this close to the end of an epoch.
    /// @param epochEndsAt When the epoch ends, in seconds.
    error HyperparameterFreeze(uint64 epochEndsAt);
    /// @notice The delegation pool has shares but no stake left; it cannot take new delegations.
    error PoolDepleted(address validator);
    /// @notice The action is not possible in this phase of the epoch.
    /// @param opensAt When it becomes possible, in seconds (0 if not in this epoch).
    /// @param closesAt When it stops being possible, in seconds.
    error WrongPhase(uint64 opensAt, uint64 closesAt);
    /// @notice This subnet does (or does not) use commit-reveal this epoch.
    error CommitRevealMode(bool commitReveal);
    /// @notice The validator has no commitment for this epoch to reveal.
    error NoCommitment(address validator, uint64 epoch);
    /// @notice The revealed scores do not match the commitment.
    error CommitmentMismatch(bytes32 expected, bytes32 revealed);
    /// @notice The validator already revealed (or submitted) scores this epoch.
    error AlreadyRevealed(address validator);
    /// @notice Too many validators took part in this epoch.
    error TooManyParticipants(uint256 limit);
    /// @notice The validator committed scores this epoch and has not revealed them: it cannot
    ///         leave or lower its bond before it reveals or the epoch is closed (its slash, if it
    ///         never reveals, must find the bond).
    error OpenCommitment(address validator, uint64 epoch);
    /// @notice A chunked epoch close is under way: stakes and membership are frozen until it ends.
    error CloseInProgress(uint16 cursor);
    /// @notice Score or timeout data is malformed.
    /// @param scoreBytes Length of the packed scores, in bytes (2 per uid).
    /// @param timeoutWords Number of 256-bit timeout words.
    /// @param slots Current uid range (`slotHighWater`).
    error MalformedScores(uint256 scoreBytes, uint256 timeoutWords, uint256 slots);
    /// @notice Only the coordinator may close the epoch until the grace period ends.
    /// @param openToAllAt When anyone may close it, in seconds.
    error NotCoordinator(address caller, uint64 openToAllAt);
    /// @notice The supplied consensus vector is malformed or does not cover the next columns.
    error MalformedConsensus(uint256 consensusBytes, uint256 cursor, uint256 slots);
    /// @notice The rows given to the close do not hash to what validator `uid` revealed, in the
    ///         close table's order (see `ScoreRows`).
    /// @param row Position of the row in the close table.
    error RowMismatch(uint256 row, uint256 uid);
    /// @notice The rows given to the close are not exactly one entry per row of the close table.
    /// @param rowsBytes Length of the rows given, in bytes.
    /// @param expectedBytes Where the table's entries end, or, when one runs past the rows given,
    ///        where that entry ends.
    error MalformedRows(uint256 rowsBytes, uint256 expectedBytes);
    /// @notice The supplied consensus value for miner `uid` is not the kappa stake-weighted median.
    /// @param stakeAtOrAbove Stake whose (normalized) score is at or above `consensus`.
    /// @param stakeAbove Stake whose score is strictly above `consensus`.
    /// @param threshold kappa times the total stake.
    error WrongConsensus(uint256 uid, uint256 consensus, uint256 stakeAtOrAbove, uint256 stakeAbove, uint256 threshold);
    /// @notice Nothing to claim.
    error NothingToClaim(address account);
    /// @notice Only possible once the subnet is deactivated.
    error SubnetActive();

    // ---------------------------------------------------------------- events

    /// @notice The registry initialized this instance (its `SubnetCreated` event carries the
    ///         initial hyperparameters).
    event Initialized(uint256 indexed subnetId, address indexed owner);
    /// @notice A miner registered in slot `uid` with `bond` TORA wei.
    event MinerRegistered(address indexed miner, uint16 indexed uid, uint256 bond, string endpoint);
    /// @notice A validator registered in slot `uid` with `bond` TORA wei.
    event ValidatorRegistered(address indexed validator, uint16 indexed uid, uint256 bond);
    /// @notice A full subnet gave `uid` to a newcomer; `replaced`'s bond entered unbonding.
    event ParticipantReplaced(address indexed replaced, address indexed newcomer, uint16 indexed uid);
    /// @notice A participant left its slot voluntarily; its bond entered unbonding.
    event ParticipantDeregistered(address indexed account, uint16 indexed uid);
    /// @notice A miner changed its endpoint.
    event EndpointUpdated(address indexed miner, string endpoint);
    /// @notice A participant added `amount` TORA wei to its bond (new total `bond`).
    event BondIncreased(address indexed account, uint256 amount, uint256 bond);
    /// @notice `amount` TORA wei of `account` entered unbonding; withdrawable from `releaseAt`.
    event Unbonded(address indexed account, uint256 amount, uint64 releaseAt);
    /// @notice `account` withdrew `amount` TORA wei.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice `delegator` staked `amount` TORA wei behind `validator` for `shares` shares.
    event Delegated(address indexed delegator, address indexed validator, uint256 amount, uint256 shares);
    /// @notice `delegator` redeemed `shares` shares of `validator`'s pool for `amount` TORA wei.
    event Undelegated(address indexed delegator, address indexed validator, uint256 shares, uint256 amount);
    /// @notice New hyperparameters came into force, at the start of an epoch.
    event HyperparametersUpdated(Hyperparameters hyperparameters);
    /// @notice The owner scheduled `hyperparameters`: they come into force at the first epoch that
    ///         starts at or after `effectiveFrom` (a stricter change waits the unbonding delay).
    event HyperparametersScheduled(Hyperparameters hyperparameters, uint64 effectiveFrom);
    /// @notice The coordinator changed (zero means the owner coordinates).
    event CoordinatorSet(address indexed coordinator);
    /// @notice An ownership transfer to `pendingOwner` started.
    event OwnershipTransferStarted(address indexed owner, address indexed pendingOwner);
    /// @notice Ownership moved to `newOwner`.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    /// @notice The registry paused or unpaused this subnet.
    event PauseSet(bool paused);
    /// @notice Governance deactivated this subnet through the registry.
    event Deactivated();
    /// @notice `validator` (slot `uid`) committed to its scores for `epoch`.
    event ScoresCommitted(uint64 indexed epoch, address indexed validator, uint16 uid, bytes32 commitment);
    /// @notice `validator` revealed (or directly submitted) scores for `epoch`.
    /// @param scores Packed big-endian uint16 score per uid.
    /// @param timeouts Bitmap words of uids flagged as timed out (bit `uid % 256` of word `uid / 256`).
    event ScoresRevealed(uint64 indexed epoch, address indexed validator, uint16 uid, bytes scores, uint256[] timeouts);
    /// @notice Miner columns [`fromUid`, `fromUid` + n) of `epoch` were scored.
    /// @param consensus Per column: the consensus weight (WAD) that was verified.
    /// @param incentives Per column: the miner's incentive points (WAD share of stake-weighted clipped score).
    event ColumnsScored(uint64 indexed epoch, uint256 fromUid, uint256[] consensus, uint256[] incentives);
    /// @notice A validator's result for `epoch`.
    /// @param stake Bond + delegations, times global trust (TORA wei).
    /// @param epochTrust Share of its scores that survived clipping (WAD).
    /// @param validatorReward TORA wei credited to the validator.
    /// @param delegatorReward TORA wei credited to its delegators' pool.
    event ValidatorScored(
        uint64 indexed epoch,
        address indexed validator,
        uint256 stake,
        uint256 epochTrust,
        uint256 validatorReward,
        uint256 delegatorReward
    );
    /// @notice `epoch` closed: `emission` TORA wei pulled plus the carried dust made `distributed`,
    ///         split into the three pots; `carried` goes to the next epoch.
    event EpochClosed(
        uint64 indexed epoch,
        uint256 emission,
        uint256 distributed,
        uint256 minerPot,
        uint256 validatorPot,
        uint256 delegatorPot,
        uint256 carried,
        uint256 minerRewardPerPoint
    );
    /// @notice `account` lost `amount` TORA wei of its bond (or unbonding) for `reason`.
    event Slashed(address indexed account, SlashReason reason, uint256 amount);
    /// @notice Slashed TORA left the subnet: burned, or sent to the treasury.
    event SlashedDisposed(uint256 amount, bool burned);
    /// @notice `account` claimed `amount` TORA wei of rewards.
    event RewardsClaimed(address indexed account, uint256 amount);
    /// @notice Carried dust of a deactivated subnet went to the treasury.
    event CarrySwept(uint256 amount);

    // ---------------------------------------------------------------- registry hooks

    /// @notice Sets up a fresh clone. Only the registry, once.
    function initialize(uint256 subnetId, address owner, Hyperparameters calldata hyperparameters) external;

    // ---------------------------------------------------------------- epochs

    /// @notice Commits to this epoch's scores: the hash `scoreCommitment(epoch, caller, scores,
    ///         timeouts, salt)`. Validators only, before `revealFrom`; a new commit replaces the old.
    function commitScores(bytes32 commitment) external;

    /// @notice Reveals the committed scores, between `revealFrom` and the epoch's end.
    /// @param scores One big-endian uint16 per uid from 0 (at most `slotHighWater` uids).
    /// @param timeouts Empty, or ceil(uids / 256) bitmap words of uids that timed out.
    /// @param salt The secret salt of the commitment.
    function revealScores(bytes calldata scores, uint256[] calldata timeouts, bytes32 salt) external;

    /// @notice Submits scores directly, when the subnet runs without commit-reveal.
    function submitScores(bytes calldata scores, uint256[] calldata timeouts) external;

    /// @notice Closes the epoch, or the next chunk of it: verifies the supplied consensus for the
    ///         next miner columns, scores them, and once every column is done pulls the emission,
    ///         pays the 18/41/41 split and starts the next epoch. The coordinator may call it once
    ///         the epoch ended; anyone after `closeGracePeriod` more.
    /// @param consensus One big-endian uint64 consensus weight (WAD) per column, starting at the
    ///        close cursor (see `epochInfo`).
    /// @param rows The revealed scores again (the reveal kept only their hash): for each validator
    ///        that counts, in the order of `participants()`, its entry for these columns as
    ///        `ScoreRows` lays it out. The validators that count revealed, still hold their
    ///        validator slot, have a row sum above 0 and a trust-weighted epoch stake above 0.
    /// @return closed Whether the epoch is now closed.
    function closeEpoch(bytes calldata consensus, bytes calldata rows) external returns (bool closed);

    /// @notice Pays the caller its rewards as a miner or validator (and what delegation claims settled).
    function claimRewards() external returns (uint256 amount);

    /// @notice Settles the caller's delegation rewards from `validator`'s pool and pays them with
    ///         the caller's claimable balance (delegation rewards settled earlier, a member's
    ///         rewards from a slot it left). The rewards of a slot the caller holds, as a miner or
    ///         a validator, are paid by `claimRewards` (this claim does not read the membership,
    ///         which keeps it under 50,000 gas).
    function claimDelegationRewards(address validator) external returns (uint256 amount);

    /// @notice Sends the carried dust of a deactivated subnet to the treasury. Anyone.
    function sweepCarry() external returns (uint256 amount);

    /// @notice The commitment a validator must submit for `scores`, `timeouts` and `salt`.
    function scoreCommitment(
        uint64 epoch,
        address validator,
        bytes calldata scores,
        uint256[] calldata timeouts,
        bytes32 salt
    ) external view returns (bytes32);

    /// @notice Deactivates the subnet for good. Only the registry.
    function deactivate() external;

    /// @notice Pauses or unpauses joining and staking. Only the registry.
    function setPaused(bool paused) external;

    // ---------------------------------------------------------------- participants

    /// @notice Registers the caller as a miner with `bond` TORA wei (needs an allowance).
    /// @param bond At least `minMinerBond`, in TORA wei.
    /// @param endpoint The miner's HTTP(S) inference URL, at most 256 bytes.
    /// @return uid The slot given to the miner.
    function registerMiner(uint256 bond, string calldata endpoint) external returns (uint16 uid);

    /// @notice Registers the caller as a validator with `bond` TORA wei (needs an allowance).
    /// @param bond At least `minValidatorBond`, in TORA wei.
    /// @return uid The slot given to the validator.
    function registerValidator(uint256 bond) external returns (uint16 uid);

    /// @notice Changes the caller's (a miner's) endpoint.
    function updateEndpoint(string calldata endpoint) external;

    /// @notice Adds `amount` TORA wei to the caller's bond.
    function increaseBond(uint256 amount) external;

    /// @notice Moves `amount` TORA wei of the caller's bond to unbonding, keeping the minimum.
    ///         Refused (`OpenCommitment`) while the caller has an unrevealed commitment of a live
    ///         subnet's epoch, and (`CloseInProgress`) between the chunks of a close.
    function unbond(uint256 amount) external;

    /// @notice Gives up the caller's slot; the whole bond enters unbonding. Refused like `unbond`.
    function deregister() external;

    /// @notice Sends the caller its matured unbonding TORA (every matured tranche; everything once
    ///         the subnet is deactivated).
    /// @return amount The amount withdrawn, in TORA wei.
    function withdraw() external returns (uint256 amount);

    /// @notice Stakes `amount` TORA wei behind `validator` (needs an allowance). The shares earn
    ///         from the next epoch on (a delegation is paid only for epochs it was staked through),
    ///         and stake added once the epoch's scores can be public weighs from the next epoch.
    /// @return shares The pool shares minted to the caller.
    function delegate(address validator, uint256 amount) external returns (uint256 shares);

    /// @notice Redeems `shares` of `validator`'s pool (shares bought this epoch first); the TORA
    ///         enters unbonding.
    /// @return amount The TORA wei moved to unbonding.
    function undelegate(address validator, uint256 shares) external returns (uint256 amount);

    // ---------------------------------------------------------------- owner

    /// @notice Schedules new hyperparameters within governance bounds; rate-limited, and never in
    ///         the freeze window before an epoch boundary. They never change the epoch under way:
    ///         they come into force when an epoch closes, the next one at the earliest. A change
    ///         that is stricter for members (a higher minimum bond, slashing rate, trust floor or
    ///         unbonding delay, a lower strike limit, any change of kappa) waits at least the
    ///         current unbonding delay, so that members who disagree can leave first. A new call
    ///         replaces a scheduled change that is not yet in force.
    function setHyperparameters(Hyperparameters calldata hyperparameters) external;

    /// @notice Sets the account allowed to close epochs (zero: the owner).
    function setCoordinator(address coordinator) external;

    /// @notice Starts a two-step ownership transfer.
    function transferOwnership(address newOwner) external;

    /// @notice Completes an ownership transfer; only the pending owner.
    function acceptOwnership() external;

    // ---------------------------------------------------------------- views

    /// @notice The registry that created this subnet (fixed per implementation).
    function registry() external view returns (address);
    /// @notice The TORA token bonded here (fixed per implementation).
    function tora() external view returns (address);
    /// @notice The subnet's id in the registry.
    function subnetId() external view returns (uint256);
    /// @notice The subnet owner.
    function owner() external view returns (address);
    /// @notice The account that closes epochs.
    function coordinator() external view returns (address);
    /// @notice The current hyperparameters.
    function hyperparameters() external view returns (Hyperparameters memory);
    /// @notice A scheduled change of the hyperparameters, if any, and when it can come into force.
    function pendingHyperparameters()
        external
        view
        returns (bool scheduled, uint64 effectiveFrom, Hyperparameters memory hyperparameters);
    /// @notice Registered miners.
    function minerCount() external view returns (uint256);
    /// @notice Registered validators.
    function validatorCount() external view returns (uint256);
    /// @notice Whether governance deactivated the subnet.
    function deactivated() external view returns (bool);
    /// @notice Whether the subnet is paused.
    function paused() external view returns (bool);
    /// @notice The current epoch's schedule.
    function epochInfo() external view returns (EpochInfo memory);
    /// @notice The slot `uid`.
    function slotOf(uint16 uid) external view returns (Slot memory);
    /// @notice Highest uid ever handed out plus one (uids run from 0 to this minus one).
    function slotHighWater() external view returns (uint16);
    /// @notice The member record of `account`.
    function memberOf(address account) external view returns (Member memory);
    /// @notice The endpoint of miner `miner` (empty if none).
    function endpointOf(address miner) external view returns (string memory);
    /// @notice `validator`'s delegation pool.
    function poolOf(address validator) external view returns (Pool memory);
    /// @notice `delegator`'s shares in `validator`'s pool and their current value in TORA wei.
    function delegationOf(address validator, address delegator) external view returns (uint256 shares, uint256 stake);
    /// @notice The stake that weighs `validator` in the current epoch (before global trust): bond
    ///         plus delegated stake, except that stake added once this epoch's scores could be public
    ///         counts only from the next epoch, and the least it held until the epoch's end counts.
    function epochStakeOf(address validator) external view returns (uint256);

    /// @notice `account`'s pending unbonding.
    function unbondingOf(address account) external view returns (Unbonding memory);
    /// @notice The semantic version of this implementation.
    function version() external view returns (string memory);
}
