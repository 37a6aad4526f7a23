// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IEmissionManager} from "./interfaces/IEmissionManager.sol";
import {ISubnet} from "./interfaces/ISubnet.sol";
import {ISubnetRegistry} from "./interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "./interfaces/IValidatorTrust.sol";
import {ScorePacking} from "./libraries/ScorePacking.sol";
import {ScoreRows} from "./libraries/ScoreRows.sol";
import {SubnetCloser} from "./subnet/SubnetCloser.sol";
import {SubnetMembership} from "./subnet/SubnetMembership.sol";

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
///      chunk's gas; the validator table is built once and kept in storage between chunks. The
///      close itself lives in SubnetCloser (same storage layout, run through DELEGATECALL).
contract Subnet is SubnetMembership {
    using SafeERC20 for IERC20;

    /// @notice Most validators that can take part in one epoch.
    uint256 public constant MAX_PARTICIPANTS = 256;

    /// @notice The epoch-close code this subnet runs through DELEGATECALL.
    SubnetCloser public immutable CLOSER;

    /// @notice The closer was built for another registry.
    error CloserMismatch(address closer);

    /// @param registry_ The SubnetRegistry that will clone this implementation.
    /// @param tora_ The TORA token.
    /// @param trust_ The global ValidatorTrust.
    /// @param emissions_ The EmissionManager.
    /// @param closer_ The SubnetCloser built with the same four addresses.
    constructor(
        ISubnetRegistry registry_,
        IERC20 tora_,
        IValidatorTrust trust_,
        IEmissionManager emissions_,
        SubnetCloser closer_
    ) SubnetMembership(registry_, tora_, trust_, emissions_) {
        if (closer_.registry() != address(registry_)) {
            revert CloserMismatch(address(closer_));
        }
        CLOSER = closer_;
    }

    /// @dev SubnetMembership's forwarding target.
    function _closer() internal view override returns (address) {
        return address(CLOSER);
    }

    /// @notice Shares of each epoch's emission, in basis points: miners, validators, delegators.
    function emissionSplitBps() external pure returns (uint256 miners, uint256 validators, uint256 delegators) {
        return (MINER_SHARE_BPS, VALIDATOR_SHARE_BPS, 10_000 - MINER_SHARE_BPS - VALIDATOR_SHARE_BPS);
    }

    // ================================================================ scores

    /// @inheritdoc ISubnet
    function commitScores(bytes32 commitment) external {
        if (!_commitRevealOn) revert CommitRevealMode(false);
        if (block.timestamp >= _revealFrom) revert WrongPhase(0, _revealFrom);
        Submission storage s = _participate();
        s.digest = commitment;
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
        if (revealed != s.digest) revert CommitmentMismatch(s.digest, revealed);
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
    /// @dev Runs SubnetCloser's code on this subnet's storage (DELEGATECALL to an immutable address).
    function closeEpoch(bytes calldata consensus, bytes calldata rows) external nonReentrant returns (bool closed) {
        (bool ok, bytes memory ret) =
            address(CLOSER).delegatecall(abi.encodeCall(SubnetCloser.closeEpoch, (consensus, rows)));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        closed = abi.decode(ret, (bool));
    }

    // ================================================================ rewards

    /// @inheritdoc ISubnet
    function claimRewards() external nonReentrant returns (uint256 amount) {
        return _payRewards(0, true);
    }

    /// @inheritdoc ISubnet
    function claimDelegationRewards(address validator) external nonReentrant returns (uint256 amount) {
        (, uint256 earned) = _settleDelegation(validator, msg.sender);
        return _payRewards(earned, false);
    }

    /// @inheritdoc ISubnet
    function sweepCarry() external nonReentrant returns (uint256 amount) {
        if (!_deactivated) revert SubnetActive();
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
        (, SlotState memory st, uint256 pointsValue) = _slotRewards(account);
        return _claimable[account] + st.claimable + pointsValue;
    }

    /// @notice Delegation rewards `delegator` has earned in `validator`'s pool and not yet settled.
    function pendingDelegationRewards(address validator, address delegator) external view returns (uint256 earned) {
        (earned,) = _delegationEarned(validator, _delegations[validator][delegator], _poolRewardPerShare[validator]);
    }

    /// @inheritdoc ISubnet
    function epochStakeOf(address validator) external view returns (uint256) {
        return _epochStake(validator);
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
        if (_deactivated) revert SubnetDeactivated();
        uint32 tag = uint32(_epoch + 1);
        s = _submissions[m.uid];
        // A validator that leaves is taken off the list (`_vacate`), so an entry with this epoch's
        // tag is always the caller's own and the list never outgrows the validator count.
        if (s.epochTag != tag) {
            uint256 n = _participantCount;
            if (n >= MAX_PARTICIPANTS) revert TooManyParticipants(MAX_PARTICIPANTS);
            _participantWords[n / 16] = ScorePacking.setLane(_participantWords[n / 16], n % 16, m.uid);
            _participantCount = uint16(n + 1);
            s.epochTag = tag;
            s.participantIndex = uint16(n);
            s.revealed = false;
        } else if (s.revealed) {
            revert AlreadyRevealed(msg.sender);
        }
        s.validator = msg.sender;
        s.committedAt = uint32(block.timestamp);
    }

    /// @dev Records a revealed (or submitted) row: its hash (the close is given the scores again,
    ///      see `ScoreRows`), its sum and size, and its timeout words.
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
        uint256 rowSum = 0;
        for (uint256 k; k < words; ++k) {
            rowSum += ScorePacking.sumLanes(ScorePacking.wordAt(scores, k));
        }
        for (uint256 k; k < timeouts.length; ++k) {
            _timeoutWords[uid * 4 + k] = timeouts[k];
        }
        s.digest = ScoreRows.rowHash(scores);
        s.revealed = true;
        s.hasTimeouts = timeouts.length != 0;
        s.scoreCount = uint16(count);
        s.rowSum = uint32(rowSum);
    }

    // ================================================================ internals: close

    // ================================================================ internals: rewards

    /// @dev Pays the caller its claimable balance, `extra` (delegation rewards it just settled)
    ///      and, `withSlot`, the rewards in its slot.
    function _payRewards(uint256 extra, bool withSlot) internal returns (uint256 amount) {
        uint256 owed = _claimable[msg.sender];
        if (owed != 0) delete _claimable[msg.sender];
        amount = owed + extra + (withSlot ? _takeSlotRewards() : 0);
        if (amount == 0) revert NothingToClaim(msg.sender);
        _rewardsOwed -= amount;
        emit RewardsClaimed(msg.sender, amount);
        TORA.safeTransfer(msg.sender, amount);
    }

    /// @dev Empties the caller's slot rewards (`_slotRewards`: credited rewards, and points
    ///      whose epoch closed, which are then spent) and returns them.
    function _takeSlotRewards() internal returns (uint256 taken) {
        (uint256 uid, SlotState memory st, uint256 pointsValue) = _slotRewards(msg.sender);
        taken = st.claimable + pointsValue;
        if (taken == 0) return 0;
        if (pointsValue != 0) st.points = 0;
        st.claimable = 0;
        _writeSlotState(uid, st);
    }
}
