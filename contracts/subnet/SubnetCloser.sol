// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IEmissionManager} from "../interfaces/IEmissionManager.sol";
import {ISubnet} from "../interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../interfaces/ISubnetRegistry.sol";
import {ITORA} from "../interfaces/ITORA.sol";
import {IValidatorTrust} from "../interfaces/IValidatorTrust.sol";
import {ScorePacking} from "../libraries/ScorePacking.sol";
import {ScoreRows} from "../libraries/ScoreRows.sol";
import {YumaKernel} from "../libraries/YumaKernel.sol";
import {Hyperparameters} from "../types/Hyperparameters.sol";
import {SubnetStorage} from "./SubnetStorage.sol";

/// @title SubnetCloser
/// @notice The epoch close of a subnet, and the epoch schedule's configuration (initialization
///         and hyperparameter changes, which come into force at a close). `Subnet` runs this code
///         on the subnet's own storage through DELEGATECALL (the two contracts share
///         `SubnetStorage`); it is a separate contract only because the whole subnet does not fit
///         EIP-170's 24,576-byte limit. See `Subnet` for the consensus maths.
contract SubnetCloser is SubnetStorage {
    using SafeERC20 for IERC20;

    /// @notice This contract was called directly instead of through a subnet's DELEGATECALL.
    error CalledDirectly();

    address private immutable SELF;

    /// @param registry_ The SubnetRegistry.
    /// @param tora_ The TORA token.
    /// @param trust_ The global ValidatorTrust.
    /// @param emissions_ The EmissionManager.
    constructor(ISubnetRegistry registry_, IERC20 tora_, IValidatorTrust trust_, IEmissionManager emissions_)
        SubnetStorage(registry_, tora_, trust_, emissions_)
    {
        SELF = address(this);
    }

    /// @notice See `ISubnet.initialize`. Only through a subnet's DELEGATECALL, by the registry.
    function initialize(uint256 subnetId_, address owner_, Hyperparameters calldata hyperparameters_) external {
        if (address(this) == SELF) revert CalledDirectly();
        if (msg.sender != address(REGISTRY) || _epochEnd != 0) revert ISubnet.NotRegistry(msg.sender);
        _owner = owner_;
        _subnetId = SafeCast.toUint16(subnetId_);
        _hp = hyperparameters_;
        _scheduleEpoch(hyperparameters_);
        emit ISubnet.Initialized(subnetId_, owner_);
    }

    /// @notice See `ISubnet.setHyperparameters`. Only through a subnet's DELEGATECALL, by its owner.
    function setHyperparameters(Hyperparameters calldata next) external {
        if (address(this) == SELF) revert CalledDirectly();
        if (msg.sender != _owner) revert ISubnet.NotOwner(msg.sender);
        if (_deactivated) revert ISubnet.SubnetDeactivated();
        REGISTRY.checkHyperparameters(next);
        uint64 last = _lastHyperparameterChange;
        uint256 cooldown = REGISTRY.hyperparameterCooldown();
        if (last != 0 && block.timestamp < last + cooldown) {
            revert ISubnet.HyperparameterCooldown(uint64(last + cooldown));
        }
        uint64 end = _epochEnd;
        if (block.timestamp + REGISTRY.hyperparameterFreezeWindow() >= end) revert ISubnet.HyperparameterFreeze(end);
        Hyperparameters memory current = _hp;
        uint64 effectiveFrom = uint64(block.timestamp) + (_isStricter(current, next) ? current.unbondingDelay : 0);
        _pendingHp = next;
        _pendingHpFrom = effectiveFrom;
        _hasPendingHp = true;
        _lastHyperparameterChange = uint64(block.timestamp);
        emit ISubnet.HyperparametersScheduled(next, effectiveFrom);
    }

    /// @notice The registry this closer was built for (checked by `Subnet`'s constructor).
    function registry() external view returns (address) {
        return address(REGISTRY);
    }

    /// @notice Closes the epoch or its next chunk; see `ISubnet.closeEpoch`. Only through a
    ///         subnet's DELEGATECALL, under `Subnet.closeEpoch`'s reentrancy guard; the external
    ///         calls go only to the suite's own EmissionManager, ValidatorTrust and TORA.
    // slither-disable-start reentrancy-no-eth
    function closeEpoch(bytes calldata consensus, bytes calldata rows) external returns (bool closed) {
        if (address(this) == SELF) revert CalledDirectly();
        _checkCanClose();
        uint256 cursor = _closeCursor;
        Row[] memory table;
        CloseTotals memory totals;
        uint256 slashed = 0;
        uint256 columns = consensus.length / 8;
        if (cursor == 0) {
            (table, totals, slashed) = _buildTable();
        } else {
            (table, totals) = _loadTable(cursor + columns);
        }
        if (consensus.length % 8 != 0 || cursor + columns > totals.columns || (columns == 0 && cursor < totals.columns))
        {
            revert ISubnet.MalformedConsensus(consensus.length, cursor, totals.columns);
        }
        slashed += _scoreColumns(table, totals, cursor, consensus, rows);
        if (cursor + columns < totals.columns) {
            _storeTable(table, totals, cursor == 0);
            _closeCursor = uint16(cursor + columns);
        } else {
            slashed += _finalize(table, totals);
            closed = true;
        }
        _disposeSlashed(slashed);
    }

    function _checkCanClose() internal view {
        if (_deactivated) revert ISubnet.SubnetDeactivated();
        uint256 end = _epochEnd;
        if (block.timestamp < end) revert ISubnet.WrongPhase(uint64(end), 0);
        uint256 openToAll = end + _hp.closeGracePeriod;
        if (msg.sender != _coordinatorOrOwner() && block.timestamp < openToAll) {
            revert ISubnet.NotCoordinator(msg.sender, uint64(openToAll));
        }
    }

    /// @dev First chunk: the validators that revealed and still hold their slot, with their
    ///      trust-weighted stake. Validators that committed but never revealed are slashed here.
    function _buildTable() internal returns (Row[] memory table, CloseTotals memory totals, uint256 slashed) {
        uint256 n = _participantCount;
        table = new Row[](n);
        uint256 rows;
        uint256 totalStake;
        for (uint256 p; p < n; ++p) {
            uint256 uid = ScorePacking.lane(_participantWords[p / 16], p % 16);
            // A storage pointer: the fields read here are in the struct's last two slots, and
            // its first (the commitment) is not needed.
            Submission storage s = _submissions[uid];
            if (!s.revealed) {
                slashed += _slash(s.validator, ISubnet.SlashReason.UnrevealedCommit);
                continue;
            }
            ISubnet.Member memory m = _members[s.validator];
            if (!m.registered || !m.isValidator || m.uid != uid || s.rowSum == 0) continue;
            uint256 epochStake = _epochStake(s.validator);
            uint256 stake = epochStake * TRUST.trustOf(s.validator) / WAD;
            if (stake == 0) continue;
            table[rows++] = Row({
                validator: s.validator,
                uid: uid,
                epochStake: epochStake,
                stake: stake,
                rowSum: s.rowSum,
                committedAt: s.committedAt,
                scoreCount: s.scoreCount,
                hasTimeouts: s.hasTimeouts,
                epochTrust: 0
            });
            totalStake += stake;
        }
        assembly ("memory-safe") {
            mstore(table, rows) // shrink to the rows actually used
        }
        totals = CloseTotals({
            totalStake: SafeCast.toUint128(totalStake), pointsSum: 0, rows: uint16(rows), columns: _slotHighWater
        });
    }

    /// @dev Keeps the table for the next chunk: all of it after the first chunk (`whole`), only
    ///      what changes (the weights' epoch trust) after a later one.
    function _storeTable(Row[] memory table, CloseTotals memory totals, bool whole) internal {
        for (uint256 i; i < table.length; ++i) {
            Row memory r = table[i];
            if (whole) {
                _tableRows[i] = StoredRow({
                    validator: r.validator,
                    uid: uint16(r.uid),
                    committedAt: uint32(r.committedAt),
                    rowSum: uint32(r.rowSum),
                    scoreCount: uint16(r.scoreCount)
                });
                _tableEpochStakes[i] = r.epochStake;
            }
            _tableWeights[i] =
                StoredWeights({stake: uint128(r.stake), epochTrust: uint120(r.epochTrust), hasTimeouts: r.hasTimeouts});
        }
        _closeTotals = totals;
    }

    /// @dev The table a later chunk, ending at column `chunkEnd`, reads back; the epoch stakes only
    ///      for the last chunk (the one that reaches the last column), which pays the pools.
    function _loadTable(uint256 chunkEnd) internal view returns (Row[] memory table, CloseTotals memory totals) {
        totals = _closeTotals;
        bool withEpochStakes = chunkEnd >= totals.columns;
        table = new Row[](totals.rows);
        for (uint256 i; i < table.length; ++i) {
            StoredRow memory r = _tableRows[i];
            StoredWeights memory w = _tableWeights[i];
            table[i] = Row({
                validator: r.validator,
                uid: r.uid,
                epochStake: withEpochStakes ? _tableEpochStakes[i] : 0,
                stake: w.stake,
                rowSum: r.rowSum,
                committedAt: r.committedAt,
                scoreCount: r.scoreCount,
                hasTimeouts: w.hasTimeouts,
                epochTrust: w.epochTrust
            });
        }
    }

    /// @dev Verifies the consensus of columns [from, from + n) and credits the miners' points.
    function _scoreColumns(
        Row[] memory table,
        CloseTotals memory totals,
        uint256 from,
        bytes calldata consensus,
        bytes calldata rows
    ) internal returns (uint256 slashed) {
        (YumaKernel.Columns memory cols, uint256[] memory stateWords) = _loadColumns(from, consensus);
        // One buffer for every row's score words (rows that score fewer columns use a prefix).
        uint256[] memory words = new uint256[](YumaKernel.wordCount(from, cols.count));
        uint256 offset = 0;
        for (uint256 i; i < table.length; ++i) {
            offset = _accumulateRow(table[i], i, cols, words, rows, offset);
        }
        if (offset != rows.length) revert ISubnet.MalformedRows(rows.length, offset);
        uint256[] memory points = new uint256[](cols.count);
        slashed = _settleColumns(cols, totals, points, stateWords);
        emit ISubnet.ColumnsScored(_epoch, from, cols.consensus, points);
    }

    /// @dev The chunk's columns, and each column's slot state word (`_creditMiner` rewrites it).
    function _loadColumns(uint256 from, bytes calldata consensus)
        internal
        view
        returns (YumaKernel.Columns memory cols, uint256[] memory stateWords)
    {
        uint256 n = consensus.length / 8;
        cols = YumaKernel.newColumns(from, n);
        stateWords = new uint256[](n);
        uint256[] memory cons = cols.consensus;
        uint256[] memory regs = cols.registeredAt;
        // For each column c: its consensus, the 8 big-endian bytes at 8c; its slot state word;
        // and, when slot from + c holds a miner (it is not empty, and not a validator's), its
        // registration time (>= 1: timestamps are never 0). See `SlotState` for the word's layout.
        assembly ("memory-safe") {
            mstore(0x20, _slotStates.slot)
            for { let c := 0 } lt(c, n) { c := add(c, 1) } {
                mstore(add(add(cons, 0x20), shl(5, c)), shr(192, calldataload(add(consensus.offset, shl(3, c)))))
                mstore(0x00, add(from, c))
                let state := sload(keccak256(0x00, 0x40))
                mstore(add(add(stateWords, 0x20), shl(5, c)), state)
                if iszero(and(shr(STATE_VALIDATOR_SHIFT, state), 0xff)) {
                    mstore(add(add(regs, 0x20), shl(5, c)), and(state, 0xffffffff))
                }
            }
        }
        YumaKernel.prepare(cols);
    }

    /// @dev Adds one validator's row (table row `i`, its entry at `offset` of `rows`) to the
    ///      column sums: stake at/above and above consensus, incentive, timeout flags; and its
    ///      clipped weights to its epoch trust. `words` is the chunk's buffer, long enough for every
    ///      score word of the chunk's columns. Returns where the next row's entry starts.
    function _accumulateRow(
        Row memory row,
        uint256 i,
        YumaKernel.Columns memory cols,
        uint256[] memory words,
        bytes calldata rows,
        uint256 offset
    ) internal view returns (uint256 next) {
        uint256 from = cols.from;
        uint256 end = from + cols.count;
        if (row.scoreCount < end) end = row.scoreCount;
        if (end <= from) return offset; // scores none of these columns: an empty entry
        bytes32 proven;
        (proven, next) = ScoreRows.readEntry(rows, offset, row.scoreCount, from, end, words);
        if (next > rows.length) revert ISubnet.MalformedRows(rows.length, next);
        if (proven != _submissions[row.uid].digest) revert ISubnet.RowMismatch(i, row.uid);
        row.epochTrust += YumaKernel.accumulateWords(
            cols, YumaKernel.Scorer({stake: row.stake, rowSum: row.rowSum, committedAt: row.committedAt}), words, end
        );
        if (row.hasTimeouts) _accumulateTimeouts(row, cols, from, end);
    }

    function _accumulateTimeouts(Row memory row, YumaKernel.Columns memory cols, uint256 from, uint256 end)
        internal
        view
    {
        for (uint256 first = from - from % 256; first < end; first += 256) {
            uint256 word = _timeoutWords[row.uid * 4 + first / 256];
            if (word == 0) continue;
            uint256 lo = first < from ? from : first;
            uint256 hi = first + 256 > end ? end : first + 256;
            for (uint256 j = lo; j < hi; ++j) {
                if ((word >> (j % 256)) & 1 == 0) continue;
                uint256 regAt = cols.registeredAt[j - from];
                if (regAt == 0 || regAt >= row.committedAt) continue;
                cols.flagged[j - from] += row.stake;
            }
        }
    }

    /// @dev Checks each column's consensus, then credits points, pruning scores, strikes, slashes.
    function _settleColumns(
        YumaKernel.Columns memory cols,
        CloseTotals memory totals,
        uint256[] memory points,
        uint256[] memory stateWords
    ) internal returns (uint256 slashed) {
        Hyperparameters memory hp = _hp;
        uint256 totalStake = totals.totalStake;
        uint256 threshold = YumaKernel.kappaThreshold(totalStake, hp.kappaBps);
        uint64 epoch = _epoch;
        // Most miners' points are of the epoch before this one: its reward-per-point, read once.
        uint256 lastRewardPerPoint = epoch == 0 ? UNREAD : _minerRewardPerPoint[epoch - 1];
        uint256 pointsSum = 0;
        for (uint256 c; c < cols.count; ++c) {
            if (cols.registeredAt[c] == 0 || totalStake == 0) {
                // No miner (or no stake): the only valid consensus is 0.
                if (cols.consensus[c] != 0) {
                    revert ISubnet.WrongConsensus(cols.from + c, cols.consensus[c], 0, 0, threshold);
                }
                continue;
            }
            uint256 p = _verifiedIncentive(cols, c, totalStake, threshold) / totalStake;
            points[c] = p;
            pointsSum += p;
            bool timedOut = threshold > 0 && cols.flagged[c] >= threshold;
            slashed += _creditMiner(
                cols.from + c, stateWords[c], p, timedOut, hp.strikeLimit, epoch, lastRewardPerPoint
            );
        }
        totals.pointsSum += SafeCast.toUint64(pointsSum);
        _storeConsensus(cols);
    }

    /// @dev Column `c`'s incentive (sum of stake * clipped weight); reverts unless its consensus
    ///      is the kappa stake-weighted median.
    function _verifiedIncentive(YumaKernel.Columns memory cols, uint256 c, uint256 totalStake, uint256 threshold)
        internal
        pure
        returns (uint256 incentive)
    {
        (uint256 cons, uint256 atOrAbove, uint256 above, uint256 inc) = YumaKernel.columnSums(cols, c);
        if (cons == 0) atOrAbove = totalStake;
        if (atOrAbove < threshold || above >= threshold || cons > WAD) {
            revert ISubnet.WrongConsensus(cols.from + c, cons, atOrAbove, above, threshold);
        }
        return inc;
    }

    /// @dev Keeps the chunk's consensus on chain, as uint16 lanes (65535 = 1.0).
    ///      Every consensus is <= 1 WAD (`_verifiedIncentive` checked it), so a lane never overflows.
    function _storeConsensus(YumaKernel.Columns memory cols) internal {
        uint256 from = cols.from;
        uint256 end = from + cols.count;
        uint256[] memory cons = cols.consensus;
        for (uint256 first = from - from % 16; first < end; first += 16) {
            uint256 word = _consensusWords[first / 16];
            uint256 lo = first < from ? from : first;
            uint256 hi = first + 16 < end ? first + 16 : end;
            assembly ("memory-safe") {
                for { let j := lo } lt(j, hi) { j := add(j, 1) } {
                    let shift := sub(240, shl(4, sub(j, first)))
                    let value := div(mul(mload(add(cons, shl(5, add(sub(j, from), 1)))), 0xffff), WAD)
                    // slither-disable-next-line incorrect-shift (shl(bits, value): lane j's mask and value)
                    word := or(and(word, not(shl(shift, 0xffff))), shl(shift, value))
                }
            }
            _consensusWords[first / 16] = word;
        }
    }

    /// @dev Adds `points` to the miner in `uid`, whose slot state word `_loadColumns` read
    ///      (settling points of an earlier epoch first: `lastRewardPerPoint` is epoch - 1's),
    ///      updates its pruning score and timeout strikes, and slashes it at the strike limit;
    ///      one SSTORE.
    function _creditMiner(
        uint256 uid,
        uint256 stateWord,
        uint256 points,
        bool timedOut,
        uint256 strikeLimit,
        uint64 epoch,
        uint256 lastRewardPerPoint
    ) internal returns (uint256 slashed) {
        uint256 rewards = uint96(stateWord >> STATE_CLAIMABLE_SHIFT)
            + _pointsValue(
                uint64(stateWord >> STATE_POINTS_SHIFT),
                uint32(stateWord >> STATE_POINTS_EPOCH_SHIFT),
                epoch,
                lastRewardPerPoint
            );
        rewards = _slotBound(uid, rewards);
        uint256 strikes = timedOut ? uint256(uint8(stateWord >> STATE_STRIKES_SHIFT)) + 1 : 0;
        if (strikes >= strikeLimit) {
            slashed = _slash(_slotAccounts[uid], ISubnet.SlashReason.MinerTimeouts);
            strikes = 0;
        }
        // strikes < strikeLimit <= 255; points <= 1 WAD (an incentive over the total stake), so
        // points fit 64 bits and the pruning score 16.
        _writeSlotStateWord(
            uid, _creditedState(stateWord, points * 0xffff / WAD, strikes, rewards, points, SafeCast.toUint32(epoch))
        );
    }

    /// @dev What of `rewards`, due to slot `uid`, its state keeps: all of them, or, when they would
    ///      pass its 96 bits, none (they move, all of them, to the account's balance).
    function _slotBound(uint256 uid, uint256 rewards) internal returns (uint256 kept) {
        if (rewards <= type(uint96).max) return rewards;
        _credit(_slotAccounts[uid], rewards);
        return 0;
    }

    /// @dev Last step: pulls the emission, pays validators and delegator pools, sets the miners'
    ///      reward-per-point, reports trust, applies low-trust strikes, starts the next epoch.
    function _finalize(Row[] memory table, CloseTotals memory totals) internal returns (uint256 slashed) {
        uint64 epoch = _epoch;
        uint256 emission = EMISSIONS.pull();
        uint256 total = emission + _carry;
        uint256 minerPot = total * MINER_SHARE_BPS / 10_000;
        uint256 validatorPot = total * VALIDATOR_SHARE_BPS / 10_000;
        uint256 delegatorPot = total - minerPot - validatorPot;
        uint256 assigned = 0;

        uint256 rewardPerPoint = 0;
        if (totals.pointsSum > 0) {
            // slither-disable-next-line divide-before-multiply (pots are whole wei; rounding down is the rule)
            rewardPerPoint = Math.mulDiv(minerPot, WAD, totals.pointsSum);
            _minerRewardPerPoint[epoch] = rewardPerPoint;
            assigned += Math.mulDiv(totals.pointsSum, rewardPerPoint, WAD);
        }
        assigned += _payValidators(table, epoch, validatorPot, delegatorPot);
        slashed = _reportTrust(table);

        _rewardsOwed += assigned;
        uint256 carried = total - assigned;
        _carry = carried;
        emit ISubnet.EpochClosed(epoch, emission, total, minerPot, validatorPot, delegatorPot, carried, rewardPerPoint);

        _epoch = epoch + 1;
        _participantCount = 0;
        _closeCursor = 0;
        if (_hasPendingHp && block.timestamp >= _pendingHpFrom) {
            Hyperparameters memory next = _pendingHp;
            _hp = next;
            _hasPendingHp = false;
            emit ISubnet.HyperparametersUpdated(next);
        }
        _scheduleEpoch(_hp);
    }

    /// @dev Pays validators 41% by dividends D_i and, by the same D_i, 41% to the stake behind
    ///      them: the share of validator i's epoch stake held by delegation shares that were staked
    ///      through the whole epoch goes to its pool, the rest (its own bond, and shares bought
    ///      during the epoch) to the validator. So a 1-wei pool earns 1 wei's worth, and a
    ///      delegation bought during the epoch earns nothing for it. Returns the TORA wei assigned.
    function _payValidators(Row[] memory table, uint64 epoch, uint256 validatorPot, uint256 delegatorPot)
        internal
        returns (uint256 assigned)
    {
        uint256 totalDividends = 0;
        for (uint256 i; i < table.length; ++i) {
            totalDividends += table[i].stake * table[i].epochTrust;
        }
        if (totalDividends == 0) return 0;
        for (uint256 i; i < table.length; ++i) {
            Row memory r = table[i];
            uint256 dividends = r.stake * r.epochTrust;
            uint256 toValidator = Math.mulDiv(validatorPot, dividends, totalDividends);
            uint256 stakeSlice = Math.mulDiv(delegatorPot, dividends, totalDividends);
            uint256 toPool = _payPool(r.validator, r.epochStake, epoch + 1, stakeSlice);
            toValidator += stakeSlice - toPool;
            assigned += toValidator + toPool;
            // The validator's rewards and pruning score: one write of its slot's state.
            SlotState memory st = _slotStates[r.uid];
            st.claimable = uint96(_slotBound(r.uid, st.claimable + toValidator));
            st.pruningScore = uint16(r.epochTrust * 0xffff / WAD);
            _writeSlotState(r.uid, st);
            emit ISubnet.ValidatorScored(epoch, r.validator, r.stake, r.epochTrust, toValidator, toPool);
        }
    }

    /// @dev Credits `validator`'s pool with its part of `slice` (see `_payValidators`) through the
    ///      reward-per-share accumulator of the shares that earn this epoch; returns that part.
    ///      `stake` is its epoch stake (`_epochStake`, kept in the close table).
    function _payPool(address validator, uint256 stake, uint64 tag, uint256 slice) internal returns (uint256 toPool) {
        ISubnet.Pool memory pool = _pools[validator];
        PendingPool memory pending = _pendingPools[validator];
        uint256 acc = _poolRewardPerShare[validator];
        if (pending.shares != 0 && pending.tag != tag) {
            // Shares bought in an earlier epoch: they earn from the accumulator as it stands.
            if (_poolAccFrom[validator][pending.tag] == 0) _poolAccFrom[validator][pending.tag] = acc + 1;
            delete _pendingPools[validator];
            pending.shares = 0;
        }
        uint256 earningShares = pool.totalShares - (pending.tag == tag ? pending.shares : 0);
        if (earningShares != 0 && stake != 0) {
            uint256 earningStake = Math.mulDiv(earningShares, pool.totalStake, pool.totalShares);
            if (earningStake > stake) earningStake = stake;
            toPool = Math.mulDiv(slice, earningStake, stake);
            // slither-disable-next-line divide-before-multiply (toPool is whole wei; rounding down is the rule)
            acc += Math.mulDiv(toPool, ACC_SCALE, earningShares);
            _poolRewardPerShare[validator] = acc;
        }
        // Shares bought this epoch earn from the value right after this close.
        if (pending.shares != 0 && pending.tag == tag) _poolAccFrom[validator][tag] = acc + 1;
    }

    /// @dev Folds the epoch trust of every scored validator into global trust, then counts
    ///      low-trust strikes and slashes at the limit.
    function _reportTrust(Row[] memory table) internal returns (uint256 slashed) {
        uint256 n = table.length;
        if (n == 0) return 0;
        address[] memory validators = new address[](n);
        uint256[] memory trusts = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            validators[i] = table[i].validator;
            trusts[i] = table[i].epochTrust;
        }
        TRUST.recordEpoch(validators, trusts, _hp.epochLength);
        Hyperparameters memory hp = _hp;
        uint256 floor = uint256(hp.trustFloorBps) * WAD / 10_000;
        for (uint256 i; i < n; ++i) {
            SlotState storage slot = _slotStates[table[i].uid];
            uint8 strikes = TRUST.trustOf(validators[i]) < floor ? slot.strikes + 1 : 0;
            if (strikes >= hp.strikeLimit) {
                slashed += _slash(validators[i], ISubnet.SlashReason.LowTrust);
                strikes = 0;
            }
            slot.strikes = strikes;
        }
    }

    /// @dev Takes `slashingRateBps` of `account`'s bond, the only slashable stake: never its
    ///      unbonding, which may hold undelegated delegation stake. Every slashed account is
    ///      registered here (a validator with an open commitment can neither leave nor be replaced,
    ///      and nothing changes between chunks), so the guard is defence in depth. Validators also
    ///      lose global trust.
    function _slash(address account, ISubnet.SlashReason reason) internal returns (uint256 amount) {
        ISubnet.Member storage m = _members[account];
        if (!m.registered) return 0;
        amount = uint256(m.bond) * _hp.slashingRateBps / 10_000;
        m.bond -= uint96(amount);
        emit ISubnet.Slashed(account, reason, amount);
        if (m.isValidator) TRUST.recordSlash(account);
    }

    /// @dev Whether `next` is stricter than `current` for members: it needs a notice of the
    ///      unbonding delay (see `ISubnet.setHyperparameters`).
    function _isStricter(Hyperparameters memory current, Hyperparameters calldata next) internal pure returns (bool) {
        return next.minMinerBond > current.minMinerBond || next.minValidatorBond > current.minValidatorBond
            || next.slashingRateBps > current.slashingRateBps || next.trustFloorBps > current.trustFloorBps
            || next.unbondingDelay > current.unbondingDelay || next.strikeLimit < current.strikeLimit
            || next.kappaBps != current.kappaBps;
    }

    /// @dev Burns slashed TORA or sends it to the treasury, as governance chose in the registry.
    function _disposeSlashed(uint256 amount) internal {
        if (amount == 0) return;
        bool burn = REGISTRY.burnSlashed();
        emit ISubnet.SlashedDisposed(amount, burn);
        if (burn) ITORA(address(TORA)).burn(amount);
        else TORA.safeTransfer(REGISTRY.treasury(), amount);
    }
    // slither-disable-end reentrancy-no-eth
}
