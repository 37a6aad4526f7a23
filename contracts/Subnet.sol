// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IEmissionManager} from "./interfaces/IEmissionManager.sol";
import {ISubnet} from "./interfaces/ISubnet.sol";
import {ISubnetRegistry} from "./interfaces/ISubnetRegistry.sol";
import {ITORA} from "./interfaces/ITORA.sol";
import {IValidatorTrust} from "./interfaces/IValidatorTrust.sol";
import {ScorePacking} from "./libraries/ScorePacking.sol";
import {YumaKernel} from "./libraries/YumaKernel.sol";
import {SubnetMembership} from "./subnet/SubnetMembership.sol";
import {Hyperparameters} from "./types/Hyperparameters.sol";

/// @title Subnet
/// @notice One isolated AI market. The SubnetRegistry clones this implementation (EIP-1167) for
///         every subnet; each clone holds only its own members' bonds, delegations, unbondings and
///         rewards. On top of membership (SubnetMembership) it runs the epoch: validators commit and
///         reveal uint16 scores per miner uid, the coordinator closes the epoch with Yuma-style
///         consensus, and the subnet's emission is paid 18% to miners, 41% to validators and 41% to
///         delegators.
/// @dev Consensus maths, per epoch, over validators i that revealed and miner columns j:
///      - S_i = (bond_i + delegated_i) * globalTrust_i / 1e18, and S = sum of S_i.
///      - W_ij = score_ij * 1e18 / rowSum_i (a validator's scores are normalized by their sum at
///        reveal; a score for a slot that is empty, a validator, or whose occupant registered at or
///        after the validator's commit is dropped, and its weight is not redistributed).
///      - C_j, the consensus, is the kappa stake-weighted median: the largest value c with
///        stake(W_ij >= c) >= kappa * S. The closer computes it off chain; the contract checks
///        stake(W_ij >= C_j) >= kappa * S and stake(W_ij > C_j) < kappa * S in one pass (C_j = 0 when
///        no value reaches kappa) and reverts on a wrong vector.
///      - W'_ij = min(W_ij, C_j); miner points P_j = sum_i S_i * W'_ij / S (WAD); validator epoch
///        trust VT_i = sum_j W'_ij (WAD); dividends D_i = S_i * VT_i.
///      - Miners share 18% by P_j (through a per-epoch reward-per-point, settled lazily), validators
///        41% by D_i, and the pool of delegators behind validator i gets 41% * D_i / sum D,
///        shared by delegation shares through a reward-per-share accumulator. Rounding and pots
///        without recipients are carried to the next epoch; nothing is minted twice.
///      Columns are processed in chunks (the close cursor), so a close never needs more than one
///      chunk's gas; the validator table is built once and kept in storage between chunks.
contract Subnet is SubnetMembership {
    using SafeERC20 for IERC20;

    /// @notice Shares of each epoch's emission, in basis points.
    uint256 public constant MINER_SHARE_BPS = 1800;
    uint256 public constant VALIDATOR_SHARE_BPS = 4100;
    /// @notice Most validators that can take part in one epoch.
    uint256 public constant MAX_PARTICIPANTS = 256;

    /// @dev A validator's submission for the current epoch, keyed by its uid.
    struct Submission {
        bytes32 commitment;
        address validator;
        uint32 committedAt;
        /// @dev epoch + 1 of the last commit or submission (0: never).
        uint32 epochTag;
        bool revealed;
        bool hasTimeouts;
        uint16 scoreCount;
        uint32 rowSum;
    }

    /// @dev One row of the close table: a validator that revealed, with its stake weight.
    struct Row {
        address validator;
        uint256 uid;
        uint256 stake;
        uint256 rowSum;
        uint256 committedAt;
        uint256 scoreCount;
        bool hasTimeouts;
        uint256 epochTrust;
    }

    /// @dev Persisted close table (between chunks): two slots per row plus the totals.
    struct StoredRow {
        address validator;
        uint16 uid;
        uint32 committedAt;
        uint32 rowSum;
        uint16 scoreCount;
        bool hasTimeouts;
    }

    struct CloseTotals {
        uint128 totalStake;
        uint64 pointsSum;
        uint16 rows;
        uint16 columns;
    }

    mapping(uint256 uid => Submission) internal _submissions;
    mapping(uint256 key => uint256) internal _scoreWords;
    mapping(uint256 key => uint256) internal _timeoutWords;
    mapping(uint256 word => uint256) internal _participantWords;
    mapping(uint256 word => uint256) internal _consensusWords;
    mapping(uint256 epoch => uint256) internal _minerRewardPerPoint;
    mapping(uint256 index => StoredRow) internal _tableRows;
    mapping(uint256 index => uint256) internal _tableStakeAndTrust;
    CloseTotals internal _closeTotals;

    /// @param registry_ The SubnetRegistry that will clone this implementation.
    /// @param tora_ The TORA token.
    /// @param trust_ The global ValidatorTrust.
    /// @param emissions_ The EmissionManager.
    constructor(ISubnetRegistry registry_, IERC20 tora_, IValidatorTrust trust_, IEmissionManager emissions_)
        SubnetMembership(registry_, tora_, trust_, emissions_)
    {}

    // ================================================================ scores

    /// @inheritdoc ISubnet
    function commitScores(bytes32 commitment) external {
        if (!_commitRevealOn) revert CommitRevealMode(false);
        if (block.timestamp >= _revealFrom) revert WrongPhase(0, _revealFrom);
        Submission storage s = _participate();
        s.commitment = commitment;
        emit ScoresCommitted(_epoch, msg.sender, _members[msg.sender].uid, commitment);
    }

    /// @inheritdoc ISubnet
    function revealScores(bytes calldata scores, uint256[] calldata timeouts, bytes32 salt) external {
        if (!_commitRevealOn) revert CommitRevealMode(false);
        if (block.timestamp < _revealFrom || block.timestamp >= _epochEnd) revert WrongPhase(_revealFrom, _epochEnd);
        Member memory m = _members[msg.sender];
        Submission storage s = _submissions[m.uid];
        uint64 epoch = _epoch;
        if (!m.registered || !m.isValidator || s.validator != msg.sender || s.epochTag != epoch + 1) {
            revert NoCommitment(msg.sender, epoch);
        }
        if (s.revealed) revert AlreadyRevealed(msg.sender);
        bytes32 revealed = scoreCommitment(epoch, msg.sender, scores, timeouts, salt);
        if (revealed != s.commitment) revert CommitmentMismatch(s.commitment, revealed);
        _storeScores(s, m.uid, scores, timeouts);
        emit ScoresRevealed(epoch, msg.sender, m.uid, scores, timeouts);
    }

    /// @inheritdoc ISubnet
    function submitScores(bytes calldata scores, uint256[] calldata timeouts) external {
        if (_commitRevealOn) revert CommitRevealMode(true);
        if (block.timestamp >= _epochEnd) revert WrongPhase(0, _epochEnd);
        Submission storage s = _participate();
        uint16 uid = _members[msg.sender].uid;
        _storeScores(s, uid, scores, timeouts);
        emit ScoresRevealed(_epoch, msg.sender, uid, scores, timeouts);
    }

    // ================================================================ epoch close

    /// @inheritdoc ISubnet
    function closeEpoch(bytes calldata consensus) external nonReentrant returns (bool closed) {
        _checkCanClose();
        uint256 cursor = _closeCursor;
        Row[] memory table;
        CloseTotals memory totals;
        uint256 slashed;
        if (cursor == 0) {
            (table, totals, slashed) = _buildTable();
        } else {
            (table, totals) = _loadTable();
        }
        uint256 columns = consensus.length / 8;
        if (consensus.length % 8 != 0 || cursor + columns > totals.columns || (columns == 0 && cursor < totals.columns))
        {
            revert MalformedConsensus(consensus.length, cursor, totals.columns);
        }
        slashed += _scoreColumns(table, totals, cursor, consensus);
        cursor += columns;
        if (cursor < totals.columns) {
            _storeTable(table, totals);
            _closeCursor = uint16(cursor);
        } else {
            slashed += _finalize(table, totals);
            closed = true;
        }
        _disposeSlashed(slashed);
    }

    // ================================================================ rewards

    /// @inheritdoc ISubnet
    function claimRewards() external nonReentrant returns (uint256 amount) {
        return _payRewards(0);
    }

    /// @inheritdoc ISubnet
    function claimDelegationRewards(address validator) external nonReentrant returns (uint256 amount) {
        Delegation storage d = _delegations[validator][msg.sender];
        uint256 shares = d.shares;
        uint256 acc = _poolRewardPerShare[validator];
        uint256 earned = _earned(shares, acc, d.rewardDebt);
        if (earned > 0) d.rewardDebt = Math.mulDiv(shares, acc, ACC_SCALE, Math.Rounding.Ceil);
        return _payRewards(earned);
    }

    /// @inheritdoc ISubnet
    function sweepCarry() external nonReentrant returns (uint256 amount) {
        if (!deactivated) revert SubnetActive();
        amount = _carry;
        _carry = 0;
        emit CarrySwept(amount);
        if (amount > 0) TORA.safeTransfer(REGISTRY.treasury(), amount);
    }

    // ================================================================ views

    /// @inheritdoc ISubnet
    function scoreCommitment(
        uint64 epoch,
        address validator,
        bytes calldata scores,
        uint256[] calldata timeouts,
        bytes32 salt
    ) public view returns (bytes32) {
        return keccak256(
            abi.encode(address(this), epoch, validator, keccak256(scores), keccak256(abi.encodePacked(timeouts)), salt)
        );
    }

    /// @inheritdoc ISubnet
    function epochInfo() external view returns (EpochInfo memory) {
        return EpochInfo({
            epoch: _epoch,
            end: _epochEnd,
            revealFrom: _revealFrom,
            commitReveal: _commitRevealOn,
            closeCursor: _closeCursor
        });
    }

    /// @notice Rewards `account` can claim now (miner/validator rewards and settled delegation
    ///         rewards), in TORA wei.
    function claimable(address account) external view returns (uint256) {
        RewardAccount memory r = _rewards[account];
        return r.claimable + _pointsValue(r);
    }

    /// @notice Delegation rewards `delegator` has earned in `validator`'s pool and not yet settled.
    function pendingDelegationRewards(address validator, address delegator) external view returns (uint256) {
        Delegation memory d = _delegations[validator][delegator];
        return _earned(d.shares, _poolRewardPerShare[validator], d.rewardDebt);
    }

    /// @notice The last verified consensus of miner `uid`, scaled to uint16 (65535 = 1.0).
    function latestConsensus(uint256 uid) external view returns (uint16) {
        return ScorePacking.lane(_consensusWords[uid / 16], uid % 16);
    }

    /// @notice TORA wei assigned as rewards and not yet claimed, and dust carried to the next epoch.
    function rewardBalances() external view returns (uint256 owed, uint256 carried) {
        return (_rewardsOwed, _carry);
    }

    /// @notice The uids of the validators taking part in the current epoch.
    function participants() external view returns (uint16[] memory uids) {
        uint256 n = _participantCount;
        uids = new uint16[](n);
        for (uint256 i; i < n; ++i) {
            uids[i] = ScorePacking.lane(_participantWords[i / 16], i % 16);
        }
    }

    // ================================================================ internals: scores

    /// @dev The caller's submission record for this epoch, registering it as a participant. A
    ///      validator that already revealed (or submitted) this epoch cannot start over.
    function _participate() internal returns (Submission storage s) {
        Member memory m = _members[msg.sender];
        if (!m.registered || !m.isValidator) revert NotAValidator(msg.sender);
        if (deactivated) revert SubnetDeactivated();
        uint32 tag = uint32(_epoch + 1);
        s = _submissions[m.uid];
        if (s.epochTag != tag) {
            uint256 n = _participantCount;
            if (n >= MAX_PARTICIPANTS) revert TooManyParticipants(MAX_PARTICIPANTS);
            _participantWords[n / 16] = ScorePacking.setLane(_participantWords[n / 16], n % 16, m.uid);
            _participantCount = uint16(n + 1);
            s.epochTag = tag;
            s.revealed = false;
        } else if (s.validator != msg.sender) {
            // The uid changed hands within the epoch: the new validator starts afresh.
            s.revealed = false;
        } else if (s.revealed) {
            revert AlreadyRevealed(msg.sender);
        }
        s.validator = msg.sender;
        s.committedAt = uint32(block.timestamp);
    }

    /// @dev Stores packed scores and timeout words for `uid` and records the row sum.
    function _storeScores(Submission storage s, uint256 uid, bytes calldata scores, uint256[] calldata timeouts)
        internal
    {
        uint256 count = scores.length / 2;
        uint256 high = _slotHighWater;
        uint256 timeoutWordsNeeded = (count + 255) / 256;
        if (
            scores.length % 2 != 0 || count > high || count == 0
                || (timeouts.length != 0 && timeouts.length != timeoutWordsNeeded)
        ) revert MalformedScores(scores.length, timeouts.length, high);
        uint256 words = (count + 15) / 16;
        uint256 rowSum;
        for (uint256 k; k < words; ++k) {
            uint256 word = ScorePacking.wordAt(scores, k);
            _scoreWords[uid * 64 + k] = word;
            rowSum += ScorePacking.sumLanes(word);
        }
        for (uint256 k; k < timeouts.length; ++k) {
            _timeoutWords[uid * 4 + k] = timeouts[k];
        }
        s.revealed = true;
        s.hasTimeouts = timeouts.length != 0;
        s.scoreCount = uint16(count);
        s.rowSum = uint32(rowSum);
    }

    // ================================================================ internals: close

    function _checkCanClose() internal view {
        if (deactivated) revert SubnetDeactivated();
        uint256 end = _epochEnd;
        if (block.timestamp < end) revert WrongPhase(uint64(end), 0);
        uint256 openToAll = end + _hp.closeGracePeriod;
        if (msg.sender != coordinator() && block.timestamp < openToAll) {
            revert NotCoordinator(msg.sender, uint64(openToAll));
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
            Submission memory s = _submissions[uid];
            if (!s.revealed) {
                slashed += _slash(s.validator, SlashReason.UnrevealedCommit);
                continue;
            }
            Member memory m = _members[s.validator];
            if (!m.registered || !m.isValidator || m.uid != uid || s.rowSum == 0) continue;
            uint256 stake = (uint256(m.bond) + _pools[s.validator].totalStake) * TRUST.trustOf(s.validator) / WAD;
            if (stake == 0) continue;
            table[rows++] = Row({
                validator: s.validator,
                uid: uid,
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

    function _storeTable(Row[] memory table, CloseTotals memory totals) internal {
        for (uint256 i; i < table.length; ++i) {
            Row memory r = table[i];
            _tableRows[i] = StoredRow({
                validator: r.validator,
                uid: uint16(r.uid),
                committedAt: uint32(r.committedAt),
                rowSum: uint32(r.rowSum),
                scoreCount: uint16(r.scoreCount),
                hasTimeouts: r.hasTimeouts
            });
            _tableStakeAndTrust[i] = (r.stake << 128) | r.epochTrust;
        }
        _closeTotals = totals;
    }

    function _loadTable() internal view returns (Row[] memory table, CloseTotals memory totals) {
        totals = _closeTotals;
        table = new Row[](totals.rows);
        for (uint256 i; i < table.length; ++i) {
            StoredRow memory r = _tableRows[i];
            uint256 st = _tableStakeAndTrust[i];
            table[i] = Row({
                validator: r.validator,
                uid: r.uid,
                stake: st >> 128,
                rowSum: r.rowSum,
                committedAt: r.committedAt,
                scoreCount: r.scoreCount,
                hasTimeouts: r.hasTimeouts,
                epochTrust: uint128(st)
            });
        }
    }

    /// @dev Verifies the consensus of columns [from, from + n) and credits the miners' points.
    function _scoreColumns(Row[] memory table, CloseTotals memory totals, uint256 from, bytes calldata consensus)
        internal
        returns (uint256 slashed)
    {
        YumaKernel.Columns memory cols = _loadColumns(from, consensus);
        for (uint256 i; i < table.length; ++i) {
            _accumulateRow(table[i], cols);
        }
        uint256[] memory points = new uint256[](cols.count);
        slashed = _settleColumns(cols, totals, points);
        emit ColumnsScored(_epoch, from, cols.consensus, points);
    }

    function _loadColumns(uint256 from, bytes calldata consensus)
        internal
        view
        returns (YumaKernel.Columns memory cols)
    {
        uint256 n = consensus.length / 8;
        cols.from = from;
        cols.count = n;
        cols.consensus = new uint256[](n);
        cols.registeredAt = new uint256[](n);
        cols.stakeAtOrAbove = new uint256[](n);
        cols.stakeAbove = new uint256[](n);
        cols.incentive = new uint256[](n);
        cols.flagged = new uint256[](n);
        for (uint256 c; c < n; ++c) {
            cols.consensus[c] = uint64(bytes8(consensus[c * 8:c * 8 + 8]));
            Slot memory s = _slots[from + c];
            // registeredAt >= 1 for every occupied slot (timestamps are never 0).
            if (s.account != address(0) && !s.isValidator) cols.registeredAt[c] = s.registeredAt;
        }
    }

    /// @dev Adds one validator's row to the column sums: stake at/above and above consensus,
    ///      incentive, timeout flags; and its clipped weights to its epoch trust.
    function _accumulateRow(Row memory row, YumaKernel.Columns memory cols) internal view {
        uint256 from = cols.from;
        uint256 end = from + cols.count;
        if (row.scoreCount < end) end = row.scoreCount;
        if (end <= from) return;
        YumaKernel.Scorer memory v =
            YumaKernel.Scorer({stake: row.stake, rowSum: row.rowSum, committedAt: row.committedAt});
        uint256 base = row.uid * 64;
        uint256 trust;
        for (uint256 first = from / 16 * 16; first < end; first += 16) {
            uint256 word = _scoreWords[base + first / 16];
            if (word == 0) continue;
            uint256 lo = first < from ? from : first;
            uint256 hi = first + 16 > end ? end : first + 16;
            trust += YumaKernel.accumulate(cols, v, word, first, lo, hi);
        }
        row.epochTrust += trust;
        if (row.hasTimeouts) _accumulateTimeouts(row, cols, from, end);
    }

    function _accumulateTimeouts(Row memory row, YumaKernel.Columns memory cols, uint256 from, uint256 end)
        internal
        view
    {
        for (uint256 k = from / 256; k * 256 < end; ++k) {
            uint256 word = _timeoutWords[row.uid * 4 + k];
            if (word == 0) continue;
            uint256 lo = k * 256 < from ? from : k * 256;
            uint256 hi = k * 256 + 256 > end ? end : k * 256 + 256;
            for (uint256 j = lo; j < hi; ++j) {
                if ((word >> (j % 256)) & 1 == 0) continue;
                uint256 regAt = cols.registeredAt[j - from];
                if (regAt == 0 || regAt >= row.committedAt) continue;
                cols.flagged[j - from] += row.stake;
            }
        }
    }

    /// @dev Checks each column's consensus, then credits points, pruning scores, strikes, slashes.
    function _settleColumns(YumaKernel.Columns memory cols, CloseTotals memory totals, uint256[] memory points)
        internal
        returns (uint256 slashed)
    {
        Hyperparameters memory hp = _hp;
        uint256 totalStake = totals.totalStake;
        uint256 threshold = totalStake * hp.kappaBps / 10_000;
        uint64 epoch = _epoch;
        uint256 pointsSum;
        for (uint256 c; c < cols.count; ++c) {
            if (cols.registeredAt[c] == 0 || totalStake == 0) {
                // No miner (or no stake): the only valid consensus is 0.
                if (cols.consensus[c] != 0) revert WrongConsensus(cols.from + c, cols.consensus[c], 0, 0, threshold);
                continue;
            }
            _verifyConsensus(cols, c, totalStake, threshold);
            uint256 p = cols.incentive[c] / totalStake;
            points[c] = p;
            pointsSum += p;
            bool timedOut = threshold > 0 && cols.flagged[c] >= threshold;
            slashed += _creditMiner(cols.from + c, p, timedOut, hp, epoch);
        }
        totals.pointsSum += SafeCast.toUint64(pointsSum);
        _storeConsensus(cols);
    }

    /// @dev Reverts unless column `c`'s consensus is the kappa stake-weighted median.
    function _verifyConsensus(YumaKernel.Columns memory cols, uint256 c, uint256 totalStake, uint256 threshold)
        internal
        pure
    {
        uint256 cons = cols.consensus[c];
        uint256 atOrAbove = cons == 0 ? totalStake : cols.stakeAtOrAbove[c];
        uint256 above = cols.stakeAbove[c];
        if (atOrAbove < threshold || above >= threshold || cons > WAD) {
            revert WrongConsensus(cols.from + c, cons, atOrAbove, above, threshold);
        }
    }

    /// @dev Keeps the chunk's consensus on chain, as uint16 lanes (65535 = 1.0).
    function _storeConsensus(YumaKernel.Columns memory cols) internal {
        uint256 end = cols.from + cols.count;
        for (uint256 k = cols.from / 16; k * 16 < end; ++k) {
            uint256 word = _consensusWords[k];
            for (uint256 j = k * 16; j < k * 16 + 16 && j < end; ++j) {
                if (j < cols.from) continue;
                word = ScorePacking.setLane(word, j % 16, cols.consensus[j - cols.from] * 0xffff / WAD);
            }
            _consensusWords[k] = word;
        }
    }

    /// @dev Adds `points` to the miner in `uid` (settling points of an earlier epoch first),
    ///      updates its pruning score and timeout strikes, and slashes it at the strike limit.
    function _creditMiner(uint256 uid, uint256 points, bool timedOut, Hyperparameters memory hp, uint64 epoch)
        internal
        returns (uint256 slashed)
    {
        Slot storage slot = _slots[uid];
        address miner = slot.account;
        RewardAccount memory r = _rewards[miner];
        r.claimable += SafeCast.toUint128(_pointsValue(r));
        r.points = uint64(points);
        r.pointsEpoch = epoch;
        _rewards[miner] = r;
        uint8 strikes = timedOut ? slot.strikes + 1 : 0;
        if (strikes >= hp.strikeLimit) {
            slashed = _slash(miner, SlashReason.MinerTimeouts);
            strikes = 0;
        }
        slot.strikes = strikes;
        slot.pruningScore = uint16(points * 0xffff / WAD);
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
        uint256 assigned;

        uint256 rewardPerPoint;
        if (totals.pointsSum > 0) {
            rewardPerPoint = minerPot * WAD / totals.pointsSum;
            _minerRewardPerPoint[epoch] = rewardPerPoint;
            assigned += uint256(totals.pointsSum) * rewardPerPoint / WAD;
        }
        assigned += _payValidators(table, epoch, validatorPot, delegatorPot);
        slashed = _reportTrust(table);

        _rewardsOwed += assigned;
        uint256 carried = total - assigned;
        _carry = carried;
        emit EpochClosed(epoch, emission, total, minerPot, validatorPot, delegatorPot, carried, rewardPerPoint);

        _epoch = epoch + 1;
        _participantCount = 0;
        _closeCursor = 0;
        _scheduleEpoch(_hp);
    }

    /// @dev Pays validators 41% by dividends and their pools 41%; returns the TORA wei assigned.
    function _payValidators(Row[] memory table, uint64 epoch, uint256 validatorPot, uint256 delegatorPot)
        internal
        returns (uint256 assigned)
    {
        uint256 totalDividends;
        for (uint256 i; i < table.length; ++i) {
            totalDividends += table[i].stake * table[i].epochTrust;
        }
        if (totalDividends == 0) return 0;
        for (uint256 i; i < table.length; ++i) {
            Row memory r = table[i];
            uint256 dividends = r.stake * r.epochTrust;
            uint256 toValidator = validatorPot * dividends / totalDividends;
            uint256 toPool = delegatorPot * dividends / totalDividends;
            if (toValidator > 0) _credit(r.validator, toValidator);
            uint256 shares = _pools[r.validator].totalShares;
            if (shares == 0) toPool = 0; // no delegators: carried
            else _poolRewardPerShare[r.validator] += toPool * ACC_SCALE / shares;
            assigned += toValidator + toPool;
            _slots[r.uid].pruningScore = uint16(r.epochTrust * 0xffff / WAD);
            emit ValidatorScored(epoch, r.validator, r.stake, r.epochTrust, toValidator, toPool);
        }
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
        TRUST.recordEpoch(validators, trusts);
        Hyperparameters memory hp = _hp;
        uint256 floor = uint256(hp.trustFloorBps) * WAD / 10_000;
        for (uint256 i; i < n; ++i) {
            Slot storage slot = _slots[table[i].uid];
            uint8 strikes = TRUST.trustOf(validators[i]) < floor ? slot.strikes + 1 : 0;
            if (strikes >= hp.strikeLimit) {
                slashed += _slash(validators[i], SlashReason.LowTrust);
                strikes = 0;
            }
            slot.strikes = strikes;
        }
    }

    /// @dev Takes `slashingRateBps` of `account`'s bond (or, if it left, of its unbonding).
    ///      Validators also lose global trust.
    function _slash(address account, SlashReason reason) internal returns (uint256 amount) {
        uint256 rate = _hp.slashingRateBps;
        Member storage m = _members[account];
        bool validator;
        if (m.registered) {
            validator = m.isValidator;
            amount = uint256(m.bond) * rate / 10_000;
            m.bond -= uint96(amount);
        } else {
            Unbonding storage u = _unbondings[account];
            validator = reason != SlashReason.MinerTimeouts;
            amount = uint256(u.amount) * rate / 10_000;
            u.amount -= uint128(amount);
        }
        emit Slashed(account, reason, amount);
        if (validator) TRUST.recordSlash(account);
    }

    /// @dev Burns slashed TORA or sends it to the treasury, as governance chose in the registry.
    function _disposeSlashed(uint256 amount) internal {
        if (amount == 0) return;
        bool burn = REGISTRY.burnSlashed();
        emit SlashedDisposed(amount, burn);
        if (burn) ITORA(address(TORA)).burn(amount);
        else TORA.safeTransfer(REGISTRY.treasury(), amount);
    }

    // ================================================================ internals: rewards

    /// @dev Value of `r`'s points once their epoch has closed (0 before).
    function _pointsValue(RewardAccount memory r) internal view returns (uint256) {
        if (r.points == 0 || r.pointsEpoch >= _epoch) return 0;
        return uint256(r.points) * _minerRewardPerPoint[r.pointsEpoch] / WAD;
    }

    /// @dev Pays the caller its claimable rewards, its settled points and `extra` (delegation
    ///      rewards just settled by the caller).
    function _payRewards(uint256 extra) internal returns (uint256 amount) {
        RewardAccount memory r = _rewards[msg.sender];
        uint256 pointsValue = _pointsValue(r);
        amount = r.claimable + pointsValue + extra;
        if (amount == 0) revert NothingToClaim(msg.sender);
        if (r.claimable != 0 || pointsValue != 0) {
            if (pointsValue != 0) r.points = 0;
            r.claimable = 0;
            _rewards[msg.sender] = r;
        }
        _rewardsOwed -= amount;
        emit RewardsClaimed(msg.sender, amount);
        TORA.safeTransfer(msg.sender, amount);
    }
}
