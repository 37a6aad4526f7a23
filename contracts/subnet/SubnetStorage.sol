// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IEmissionManager} from "../interfaces/IEmissionManager.sol";
import {ISubnet} from "../interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "../interfaces/IValidatorTrust.sol";
import {Hyperparameters} from "../types/Hyperparameters.sol";

/// @title SubnetStorage
/// @notice The storage layout of a subnet and the few helpers both of its code contracts use:
///         `Subnet` (membership, scores, claims, views) and `SubnetCloser` (the epoch close, run by
///         `Subnet` through DELEGATECALL so that each stays under the EIP-170 code size limit).
/// @dev Both contracts inherit exactly this layout and nothing else that holds state.
abstract contract SubnetStorage {
    /// @dev Fixed-point one (scores, trust, consensus are WAD fractions).
    uint256 internal constant WAD = 1e18;
    /// @dev Scale of the delegation pools' reward-per-share accumulators.
    uint256 internal constant ACC_SCALE = 1e36;
    /// @dev A `SlotState` word packs, from the low end: registeredAt (32 bits), pruningScore (16),
    ///      isValidator (8), strikes (8), claimable (96), points (64), pointsEpoch (32), at these
    ///      offsets. The close reads it whole (`_loadColumns`) and rewrites a miner's in place
    ///      (`_creditedState`); test/SubnetStorageLayout.t.sol holds `_decodeSlotState`,
    ///      `_encodeSlotState` and `_creditedState` to the compiler's layout.
    uint256 internal constant STATE_PRUNING_SHIFT = 32;
    uint256 internal constant STATE_VALIDATOR_SHIFT = 48;
    uint256 internal constant STATE_STRIKES_SHIFT = 56;
    uint256 internal constant STATE_CLAIMABLE_SHIFT = 64;
    uint256 internal constant STATE_POINTS_SHIFT = 160;
    uint256 internal constant STATE_POINTS_EPOCH_SHIFT = 224;
    /// @dev `_pointsValue`'s `lastRewardPerPoint` when the caller has not read it.
    uint256 internal constant UNREAD = type(uint256).max;
    /// @dev Shares of each epoch's emission, in basis points (delegators get the rest: 41%).
    uint256 internal constant MINER_SHARE_BPS = 1800;
    uint256 internal constant VALIDATOR_SHARE_BPS = 4100;

    ISubnetRegistry internal immutable REGISTRY;
    IERC20 internal immutable TORA;
    IValidatorTrust internal immutable TRUST;
    IEmissionManager internal immutable EMISSIONS;

    /// @dev A delegator's stake in one validator's pool. Shares bought during an epoch earn from
    ///      the next one: they wait in `pendingShares` until the epoch tagged `pendingTag` closes.
    struct Delegation {
        /// @dev All shares held, earning and pending (under 2^128: a pool's total shares are).
        uint128 shares;
        /// @dev Earning shares * pool accumulator / ACC_SCALE at the last settlement, modulo 2^128
        ///      (`_debtOf`, `_earnedSince`). It shares a slot with `shares`, so a settlement
        ///      rewrites a live slot instead of filling an empty one. The full value can pass 2^128
        ///      (an accumulator that grew while few shares earned, times many shares); what is owed,
        ///      the difference of two such values, never does, so it is computed modulo 2^128.
        uint128 rewardDebt;
        uint128 pendingShares;
        /// @dev epoch + 1 of the epoch the pending shares were bought in (0: none).
        uint64 pendingTag;
    }

    /// @dev Shares of one pool bought in the epoch tagged `tag` (epoch + 1): not yet earning.
    struct PendingPool {
        uint128 shares;
        uint64 tag;
    }

    /// @dev The least stake a validator held from the moment this epoch's scores could be public
    ///      (`_stakeFrozenFrom`) until the epoch ended, recorded at its first change in that time.
    struct StakeMark {
        uint128 stake;
        /// @dev epoch + 1 (0: no change since the freeze).
        uint64 tag;
    }

    /// @dev What changes in a slot from epoch to epoch, in one word: the close reads and rewrites
    ///      it once per miner per epoch (the account in the slot is in `_slotAccounts`).
    struct SlotState {
        /// @dev 0: the slot is empty.
        uint32 registeredAt;
        uint16 pruningScore;
        bool isValidator;
        uint8 strikes;
        /// @dev Rewards credited while the account held this slot (as a miner or a validator) and
        ///      not yet claimed (TORA wei). They move to the account's `_claimable` when it leaves
        ///      the slot, or when they would pass 2^96.
        uint96 claimable;
        /// @dev Incentive points of epoch `pointsEpoch`, worth that epoch's reward-per-point once
        ///      it has closed (`_pointsValue`).
        uint64 points;
        /// @dev The epoch of `points` (< 2^32: the close stores it with SafeCast; at one epoch a
        ///      second, the shortest the registry allows, that is 136 years).
        uint32 pointsEpoch;
    }

    /// @dev A validator's submission for the current epoch, keyed by its uid.
    struct Submission {
        /// @dev The score commitment until the reveal; from the reveal (or a direct submission) on,
        ///      the row's hash (`ScoreRows.rowHash`), which the close checks the rows it is given
        ///      against. The scores themselves are not stored.
        bytes32 digest;
        address validator;
        uint32 committedAt;
        /// @dev epoch + 1 of the last commit or submission (0: never).
        uint32 epochTag;
        bool revealed;
        bool hasTimeouts;
        uint16 scoreCount;
        uint32 rowSum;
        /// @dev Position in the current epoch's participant list.
        uint16 participantIndex;
    }

    /// @dev One row of the close table: a validator that revealed, with its stake weight.
    struct Row {
        address validator;
        uint256 uid;
        /// @dev Its epoch stake (`_epochStake`), and that times its trust: its weight.
        uint256 epochStake;
        uint256 stake;
        uint256 rowSum;
        uint256 committedAt;
        uint256 scoreCount;
        bool hasTimeouts;
        uint256 epochTrust;
    }

    /// @dev Persisted close table (between chunks): per row, what every chunk reads in two slots
    ///      (`StoredRow`, `StoredWeights`) and what only the last reads in a third
    ///      (`_tableEpochStakes`), plus the totals.
    struct StoredRow {
        address validator;
        uint16 uid;
        uint32 committedAt;
        uint32 rowSum;
        uint16 scoreCount;
    }

    /// @dev The part of a stored row that changes from chunk to chunk (`epochTrust`, a sum of
    ///      clipped weights of one row: at most 1 WAD), with its weight.
    struct StoredWeights {
        uint128 stake;
        uint120 epochTrust;
        bool hasTimeouts;
    }

    struct CloseTotals {
        uint128 totalStake;
        uint64 pointsSum;
        uint16 rows;
        uint16 columns;
    }

    // Written by Subnet (membership, scores) and read by SubnetCloser under DELEGATECALL; analysed
    // alone, SubnetCloser never writes them, which slither reports as uninitialized.
    // slither-disable-start uninitialized-state
    // slot: owner, id and the current epoch's schedule (written at initialization and each close)
    address internal _owner;
    uint16 internal _subnetId;
    uint32 internal _epochEnd;
    uint32 internal _revealFrom;
    bool internal _commitRevealOn;
    address internal _pendingOwner;
    address internal _coordinator;
    Hyperparameters internal _hp;
    // slot: counters and flags
    uint64 internal _lastHyperparameterChange;
    uint16 internal _minerCount;
    uint16 internal _validatorCount;
    uint16 internal _slotHighWater;
    bool internal _deactivated;
    bool internal _paused;
    uint64 internal _epoch;
    uint16 internal _participantCount;
    uint16 internal _closeCursor;
    /// @dev From this time on, stake added to a validator does not weigh in the current epoch:
    ///      the reveal window's start with commit-reveal, the epoch's start without.
    uint32 internal _stakeFrozenFrom;

    /// @dev Rewards assigned to accounts and pools but not yet claimed (TORA wei), and undistributed
    ///      dust carried to the next epoch. TORA held = bonds + unbonding + pools + owed + carry.
    uint256 internal _rewardsOwed;
    uint256 internal _carry;

    uint16[] internal _freeUids;
    mapping(uint256 uid => address) internal _slotAccounts;
    mapping(uint256 uid => SlotState) internal _slotStates;
    mapping(address account => ISubnet.Member) internal _members;
    mapping(address miner => string) internal _endpoints;
    mapping(address validator => ISubnet.Pool) internal _pools;
    mapping(address validator => uint256) internal _poolRewardPerShare;
    mapping(address validator => mapping(address delegator => Delegation)) internal _delegations;
    mapping(address account => ISubnet.Unbonding) internal _unbondings;
    /// @dev Rewards an account can claim that are not in a slot's state: settled delegation
    ///      rewards, and a member's slot rewards once it left the slot (TORA wei).
    mapping(address account => uint256) internal _claimable;

    mapping(uint256 uid => Submission) internal _submissions;
    mapping(uint256 key => uint256) internal _timeoutWords;
    mapping(uint256 word => uint256) internal _participantWords;
    mapping(uint256 word => uint256) internal _consensusWords;
    mapping(uint256 epoch => uint256) internal _minerRewardPerPoint;
    mapping(uint256 index => StoredRow) internal _tableRows;
    mapping(uint256 index => StoredWeights) internal _tableWeights;
    mapping(uint256 index => uint256) internal _tableEpochStakes;
    CloseTotals internal _closeTotals;
    /// @dev Strikes an account had when it last left its slot, restored when it registers again.
    mapping(address account => uint8) internal _savedStrikes;
    mapping(address validator => StakeMark) internal _stakeMarks;
    mapping(address validator => PendingPool) internal _pendingPools;
    /// @dev Pool accumulator + 1 from which shares bought in the epoch tagged `tag` earn (the value
    ///      right after that epoch closed; 0: not recorded, and the accumulator has not moved since).
    mapping(address validator => mapping(uint256 tag => uint256)) internal _poolAccFrom;
    /// @dev Hyperparameters scheduled by the owner, in force from the first epoch that starts at
    ///      or after `_pendingHpFrom`.
    Hyperparameters internal _pendingHp;
    uint64 internal _pendingHpFrom;
    bool internal _hasPendingHp;

    // slither-disable-end uninitialized-state

    /// @param registry_ The SubnetRegistry that will clone the implementation.
    /// @param tora_ The TORA token.
    /// @param trust_ The global ValidatorTrust.
    /// @param emissions_ The EmissionManager.
    constructor(ISubnetRegistry registry_, IERC20 tora_, IValidatorTrust trust_, IEmissionManager emissions_) {
        REGISTRY = registry_;
        TORA = tora_;
        TRUST = trust_;
        EMISSIONS = emissions_;
        // The implementation itself is never a subnet: mark it initialized.
        _epochEnd = type(uint32).max;
    }

    /// @dev The account allowed to close epochs before the grace period ends.
    function _coordinatorOrOwner() internal view returns (address) {
        address c = _coordinator;
        return c == address(0) ? _owner : c;
    }

    /// @dev Starts the next epoch now, with the current hyperparameters.
    function _scheduleEpoch(Hyperparameters memory hp) internal {
        uint32 end = uint32(block.timestamp + hp.epochLength);
        _epochEnd = end;
        _revealFrom = hp.commitReveal ? end - hp.revealWindow : end;
        _commitRevealOn = hp.commitReveal;
        _stakeFrozenFrom = hp.commitReveal ? end - hp.revealWindow : uint32(block.timestamp);
    }

    /// @dev Whether `validator` (holding `uid`) committed scores this epoch and has not revealed
    ///      them yet.
    function _hasOpenCommitment(address validator, uint256 uid) internal view returns (bool) {
        Submission storage s = _submissions[uid];
        return _commitRevealOn && s.epochTag == _epoch + 1 && s.validator == validator && !s.revealed;
    }

    /// @dev Adds `amount` to `account`'s unbonding (see `ISubnet.Unbonding`): it joins the first
    ///      tranche when that one matures no earlier, else the second; no release ever moves
    ///      earlier, and the first tranche's never moves at all.
    function _queueUnbonding(address account, uint256 amount) internal {
        ISubnet.Unbonding memory u = _unbondings[account];
        uint64 releaseAt = uint64(block.timestamp) + _hp.unbondingDelay;
        // An empty first tranche (internal accounting, not a token balance) takes the request.
        // slither-disable-next-line incorrect-equality
        if (u.amount == 0 || releaseAt <= u.releaseAt) {
            if (u.releaseAt > releaseAt) releaseAt = u.releaseAt;
            u.amount = SafeCast.toUint128(u.amount + amount);
            u.releaseAt = releaseAt;
        } else {
            if (u.laterReleaseAt > releaseAt) releaseAt = u.laterReleaseAt;
            u.laterAmount = SafeCast.toUint128(u.laterAmount + amount);
            u.laterReleaseAt = releaseAt;
        }
        _unbondings[account] = u;
        emit ISubnet.Unbonded(account, amount, releaseAt);
    }

    /// @dev Bond (while registered as a validator) plus delegated stake of `validator`, now.
    function _stakeNow(address validator) internal view returns (uint256) {
        ISubnet.Member memory m = _members[validator];
        uint256 bond = m.registered && m.isValidator ? m.bond : 0;
        return bond + _pools[validator].totalStake;
    }

    /// @dev The stake that weighs `validator` in the current epoch: its stake now, or, if it
    ///      changed after the freeze, the least it held between the freeze and the epoch's end.
    ///      Stake added once scores can be public only counts from the next epoch.
    function _epochStake(address validator) internal view returns (uint256) {
        StakeMark memory mark = _stakeMarks[validator];
        if (mark.tag == _epoch + 1) return mark.stake;
        return _stakeNow(validator);
    }

    /// @dev Records a change of `validator`'s stake from `before` to `afterwards` (see
    ///      `_epochStake`): before the freeze nothing is kept; after it the low-water mark.
    function _recordStakeChange(address validator, uint256 before, uint256 afterwards) internal {
        if (block.timestamp < _stakeFrozenFrom) return;
        StakeMark memory mark = _stakeMarks[validator];
        uint64 tag = _epoch + 1;
        uint256 low = mark.tag == tag ? mark.stake : before;
        if (block.timestamp < _epochEnd && afterwards < low) low = afterwards;
        _stakeMarks[validator] = StakeMark({stake: SafeCast.toUint128(low), tag: tag});
    }

    /// @dev The accumulator value from which shares bought in the epoch tagged `tag` earn.
    function _accFrom(address validator, uint256 tag, uint256 acc) internal view returns (uint256) {
        uint256 stored = _poolAccFrom[validator][tag];
        return stored == 0 ? acc : stored - 1;
    }

    /// @dev Rewards position `d` in `validator`'s pool has earned at accumulator `acc`, and whether
    ///      its pending shares now earn (their epoch closed): they earn from the accumulator value
    ///      of that close. The one rule for settling (`_settleDelegation`) and for the view.
    function _delegationEarned(address validator, Delegation memory d, uint256 acc)
        internal
        view
        returns (uint256 earned, bool folded)
    {
        uint256 pending = d.pendingShares;
        earned = _earnedSince(d.shares - pending, acc, d.rewardDebt);
        folded = pending != 0 && d.pendingTag != _epoch + 1;
        if (folded) {
            uint256 from = _accFrom(validator, d.pendingTag, acc);
            earned += _earned(pending, acc, Math.mulDiv(pending, from, ACC_SCALE, Math.Rounding.Ceil));
        }
    }

    /// @dev A delegation's reward debt as stored: earning `shares` at accumulator `acc`, rounded up
    ///      (so that floor(now) - ceil(then) never pays a delegator more than its share), modulo
    ///      2^128 (see `Delegation.rewardDebt`).
    function _debtOf(uint256 shares, uint256 acc) internal pure returns (uint128) {
        return uint128(Math.mulDiv(shares, acc, ACC_SCALE, Math.Rounding.Ceil));
    }

    /// @dev `_earned` against a debt stored modulo 2^128 (`_debtOf`): the difference modulo 2^128
    ///      is exact while what is owed lies in [0, 2^127) (TORA wei: it always does), and a
    ///      difference in [2^127, 2^128) is a rounding shortfall below 0, which earns nothing.
    function _earnedSince(uint256 shares, uint256 acc, uint128 debt) internal pure returns (uint256) {
        unchecked {
            uint128 owed = uint128(Math.mulDiv(shares, acc, ACC_SCALE)) - debt;
            return owed < 2 ** 127 ? owed : 0;
        }
    }

    /// @dev Pool rewards earned by `shares` since the debt was taken (never negative).
    function _earned(uint256 shares, uint256 acc, uint256 debt) internal pure returns (uint256) {
        uint256 value = Math.mulDiv(shares, acc, ACC_SCALE);
        return value > debt ? value - debt : 0;
    }

    /// @dev Moves `amount` of already-owed rewards into `account`'s claimable balance.
    function _credit(address account, uint256 amount) internal {
        _claimable[account] += amount;
    }

    /// @dev The slot state `word` (a raw `_slotStates` word) unpacked.
    function _decodeSlotState(uint256 word) internal pure returns (SlotState memory st) {
        st.registeredAt = uint32(word);
        st.pruningScore = uint16(word >> STATE_PRUNING_SHIFT);
        st.isValidator = uint8(word >> STATE_VALIDATOR_SHIFT) != 0;
        st.strikes = uint8(word >> STATE_STRIKES_SHIFT);
        st.claimable = uint96(word >> STATE_CLAIMABLE_SHIFT);
        st.points = uint64(word >> STATE_POINTS_SHIFT);
        st.pointsEpoch = uint32(word >> STATE_POINTS_EPOCH_SHIFT);
    }

    /// @dev `st` packed as `_slotStates` stores it.
    function _encodeSlotState(SlotState memory st) internal pure returns (uint256 word) {
        word = uint256(st.registeredAt) | (uint256(st.pruningScore) << STATE_PRUNING_SHIFT)
            | ((st.isValidator ? uint256(1) : 0) << STATE_VALIDATOR_SHIFT)
            | (uint256(st.strikes) << STATE_STRIKES_SHIFT) | (uint256(st.claimable) << STATE_CLAIMABLE_SHIFT)
            | (uint256(st.points) << STATE_POINTS_SHIFT) | (uint256(st.pointsEpoch) << STATE_POINTS_EPOCH_SHIFT);
    }

    /// @dev Slot state `word` after a close credited its miner: registration and validator flag
    ///      kept, every other field replaced (each value under its field's width: the caller
    ///      bounds them). What `_encodeSlotState` of the decoded state with those fields set gives.
    function _creditedState(
        uint256 word,
        uint256 pruningScore,
        uint256 strikes,
        uint256 claimable,
        uint256 points,
        uint256 pointsEpoch
    ) internal pure returns (uint256) {
        return (word & (uint256(type(uint32).max) | (uint256(0xff) << STATE_VALIDATOR_SHIFT)))
            | (pruningScore << STATE_PRUNING_SHIFT) | (strikes << STATE_STRIKES_SHIFT)
            | (claimable << STATE_CLAIMABLE_SHIFT) | (points << STATE_POINTS_SHIFT)
            | (pointsEpoch << STATE_POINTS_EPOCH_SHIFT);
    }

    /// @dev Writes slot `uid`'s state word.
    function _writeSlotStateWord(uint256 uid, uint256 word) internal {
        SlotState storage stored = _slotStates[uid];
        assembly ("memory-safe") {
            sstore(stored.slot, word)
        }
    }

    /// @dev Writes slot `uid`'s state in one SSTORE (a struct assignment writes it field by field).
    function _writeSlotState(uint256 uid, SlotState memory st) internal {
        _writeSlotStateWord(uid, _encodeSlotState(st));
    }

    /// @dev Value of `st`'s points once their epoch has closed (0 before).
    function _pointsValue(SlotState memory st) internal view returns (uint256) {
        return _pointsValue(st.points, st.pointsEpoch, _epoch, UNREAD);
    }

    /// @dev Value, during epoch `epoch`, of `points` of epoch `pointsEpoch`: 0 until that epoch
    ///      closed. `lastRewardPerPoint` is epoch - 1's reward-per-point, when the caller read it
    ///      (the close reads it once for all the miners whose points are of that epoch), or `UNREAD`.
    function _pointsValue(uint256 points, uint256 pointsEpoch, uint256 epoch, uint256 lastRewardPerPoint)
        internal
        view
        returns (uint256)
    {
        if (points == 0 || pointsEpoch >= epoch) return 0;
        uint256 rewardPerPoint = pointsEpoch + 1 == epoch && lastRewardPerPoint != UNREAD
            ? lastRewardPerPoint
            : _minerRewardPerPoint[pointsEpoch];
        return Math.mulDiv(points, rewardPerPoint, WAD);
    }

    /// @dev The rewards in `account`'s slot (none when it holds no slot): the slot, its state
    ///      (`claimable` credited rewards) and the value of its points (a miner's; 0 while their
    ///      epoch is open).
    function _slotRewards(address account)
        internal
        view
        returns (uint256 uid, SlotState memory st, uint256 pointsValue)
    {
        ISubnet.Member memory m = _members[account];
        if (m.registered) {
            uid = m.uid;
            st = _slotStates[uid];
            pointsValue = _pointsValue(st);
        }
    }
}
