// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IEmissionManager} from "../interfaces/IEmissionManager.sol";
import {ISubnet} from "../interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "../interfaces/IValidatorTrust.sol";
import {ScorePacking} from "../libraries/ScorePacking.sol";
import {Hyperparameters} from "../types/Hyperparameters.sol";
import {SubnetStorage} from "./SubnetStorage.sol";

/// @title SubnetMembership
/// @notice Storage of a subnet and everything about membership: slots, bonds, unbonding, delegation
///         pools (with their reward accumulators), ownership and hyperparameters. `Subnet` adds
///         scoring, epochs and rewards on top.
/// @dev Slot replacement order, when a newcomer finds the subnet full: among occupied slots that
///      are eligible (see `_takeSlot`) and no longer immune (`registeredAt + immunityPeriod <= now`),
///      the one with the lowest `pruningScore` is replaced; ties go to the earliest `registeredAt`,
///      then to the lowest uid. A validator taking part in the current epoch (it committed or
///      submitted scores) is not replaceable until the epoch is closed, so nobody can be evicted
///      between its commit and its reveal and then slashed for the reveal it could no longer make.
///      The replaced member's whole bond enters unbonding; a replaced validator's delegation pool
///      stays, and its delegators can undelegate at any time. Strikes survive leaving: an account
///      that registers again gets back the strikes it left with.
///      Exits (unbond, deregister, undelegate, withdraw, claims) work in every state, _paused and
///      _deactivated included, so no TORA can be stuck; after deactivation unbonding TORA is
///      withdrawable immediately. Two things hold exits back for a while, never for ever: a
///      validator with an unrevealed commitment cannot unbond or deregister before it reveals or
///      the epoch is closed (unless the subnet is deactivated), and while a chunked close is under
///      way (anyone may finish it after the grace period) no stake or membership changes.
abstract contract SubnetMembership is ISubnet, SubnetStorage, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Longest accepted endpoint URL, in bytes.
    uint256 public constant MAX_ENDPOINT_LENGTH = 256;

    /// @dev Which members a full subnet may replace (see `_takeSlot`).
    uint8 private constant _ANY = 0;
    uint8 private constant _ONLY_MINERS = 1;
    uint8 private constant _ONLY_VALIDATORS = 2;

    modifier onlyRegistry() {
        if (msg.sender != address(REGISTRY)) revert NotRegistry(msg.sender);
        _;
    }

    modifier onlyOwner() {
        if (msg.sender != _owner) revert NotOwner(msg.sender);
        _;
    }

    /// @dev Joining and staking need a live, unpaused subnet; exits never use this.
    modifier whenOpen() {
        if (_deactivated) revert SubnetDeactivated();
        if (_paused) revert SubnetPaused();
        _;
    }

    /// @dev Stakes and membership are frozen between the chunks of a close: nothing that changes
    ///      payouts may change after the table was built.
    modifier notClosing() {
        uint16 cursor = _closeCursor;
        if (cursor != 0) revert CloseInProgress(cursor);
        _;
    }

    /// @param registry_ The SubnetRegistry that will clone this implementation.
    /// @param tora_ The TORA token.
    /// @param trust_ The global ValidatorTrust.
    /// @param emissions_ The EmissionManager.
    constructor(ISubnetRegistry registry_, IERC20 tora_, IValidatorTrust trust_, IEmissionManager emissions_)
        SubnetStorage(registry_, tora_, trust_, emissions_)
    {}

    // ================================================================ registry hooks

    /// @inheritdoc ISubnet
    /// @dev Runs in SubnetCloser's code (see `_forwardToCloser`).
    function initialize(uint256, address, Hyperparameters calldata) external {
        _forwardToCloser();
    }

    /// @inheritdoc ISubnet
    function deactivate() external onlyRegistry {
        _deactivated = true;
        emit Deactivated();
    }

    /// @inheritdoc ISubnet
    function setPaused(bool paused_) external onlyRegistry {
        _paused = paused_;
        emit PauseSet(paused_);
    }

    // ================================================================ miners and validators

    /// @inheritdoc ISubnet
    function registerMiner(uint256 bond, string calldata endpoint)
        external
        whenOpen
        notClosing
        nonReentrant
        returns (uint16 uid)
    {
        _checkEndpoint(endpoint);
        uid = _register(bond, false);
        _endpoints[msg.sender] = endpoint;
        emit MinerRegistered(msg.sender, uid, bond, endpoint);
    }

    /// @inheritdoc ISubnet
    function registerValidator(uint256 bond) external whenOpen notClosing nonReentrant returns (uint16 uid) {
        uid = _register(bond, true);
        emit ValidatorRegistered(msg.sender, uid, bond);
    }

    /// @inheritdoc ISubnet
    function updateEndpoint(string calldata endpoint) external whenOpen {
        Member memory m = _members[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (m.isValidator) revert WrongRole(msg.sender, true);
        _checkEndpoint(endpoint);
        _endpoints[msg.sender] = endpoint;
        emit EndpointUpdated(msg.sender, endpoint);
    }

    /// @inheritdoc ISubnet
    function increaseBond(uint256 amount) external whenOpen notClosing nonReentrant {
        Member storage m = _members[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (amount == 0) revert InvalidAmount(0, 0);
        uint256 before = m.bond;
        uint96 bond = SafeCast.toUint96(before + amount);
        if (m.isValidator) _recordValidatorStake(msg.sender, before, bond);
        m.bond = bond;
        TORA.safeTransferFrom(msg.sender, address(this), amount);
        emit BondIncreased(msg.sender, amount, bond);
    }

    /// @inheritdoc ISubnet
    function unbond(uint256 amount) external notClosing nonReentrant {
        Member storage m = _members[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        _checkNoOpenCommitment(msg.sender, m.uid);
        uint256 bond = m.bond;
        if (amount == 0 || amount > bond) revert InvalidAmount(amount, bond);
        uint256 minimum = m.isValidator ? _hp.minValidatorBond : _hp.minMinerBond;
        uint256 remaining = bond - amount;
        if (remaining < minimum) revert BondBelowMinimum(remaining, minimum);
        if (m.isValidator) _recordValidatorStake(msg.sender, bond, remaining);
        m.bond = uint96(remaining);
        _queueUnbonding(msg.sender, amount);
    }

    /// @inheritdoc ISubnet
    function deregister() external notClosing nonReentrant {
        Member memory m = _members[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        _checkNoOpenCommitment(msg.sender, m.uid);
        _vacate(msg.sender, m);
        _freeUids.push(m.uid);
        emit ParticipantDeregistered(msg.sender, m.uid);
    }

    /// @inheritdoc ISubnet
    function withdraw() external nonReentrant returns (uint256 amount) {
        Unbonding memory u = _unbondings[msg.sender];
        bool all = _deactivated;
        if (u.amount == 0 || (block.timestamp < u.releaseAt && !all)) revert NothingToWithdraw(u.amount, u.releaseAt);
        amount = u.amount;
        if (u.laterAmount != 0 && (all || block.timestamp >= u.laterReleaseAt)) {
            amount += u.laterAmount;
            delete _unbondings[msg.sender];
        } else {
            // The second tranche (if any) becomes the first.
            _unbondings[msg.sender] =
                Unbonding({amount: u.laterAmount, releaseAt: u.laterReleaseAt, laterAmount: 0, laterReleaseAt: 0});
        }
        TORA.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ================================================================ delegation

    /// @inheritdoc ISubnet
    function delegate(address validator, uint256 amount)
        external
        whenOpen
        notClosing
        nonReentrant
        returns (uint256 shares)
    {
        Member memory v = _members[validator];
        if (!v.registered || !v.isValidator) revert NotAValidator(validator);
        Pool memory p = _pools[validator];
        if (p.totalShares == 0) {
            shares = amount;
        } else {
            if (p.totalStake == 0) revert PoolDepleted(validator);
            shares = amount * p.totalShares / p.totalStake;
        }
        if (shares == 0) revert InvalidAmount(amount, 0);
        _recordStakeChange(validator, _stakeNow(validator), _stakeNow(validator) + amount);
        _pools[validator] = Pool({
            totalStake: SafeCast.toUint128(p.totalStake + amount),
            totalShares: SafeCast.toUint128(p.totalShares + shares)
        });
        _addPendingShares(validator, msg.sender, shares);
        TORA.safeTransferFrom(msg.sender, address(this), amount);
        emit Delegated(msg.sender, validator, amount, shares);
    }

    /// @inheritdoc ISubnet
    function undelegate(address validator, uint256 shares) external notClosing nonReentrant returns (uint256 amount) {
        (Delegation storage d, uint256 earned) = _settleDelegation(validator, msg.sender);
        if (earned > 0) _credit(msg.sender, earned);
        uint256 held = d.shares;
        if (shares == 0 || shares > held) revert InvalidAmount(shares, held);
        Pool memory p = _pools[validator];
        amount = shares * p.totalStake / p.totalShares;
        uint256 stake = _stakeNow(validator);
        _recordStakeChange(validator, stake, stake - amount);
        _pools[validator] =
            Pool({totalStake: p.totalStake - uint128(amount), totalShares: p.totalShares - uint128(shares)});
        _removeShares(validator, d, shares);
        emit Undelegated(msg.sender, validator, shares, amount);
        if (amount > 0) _queueUnbonding(msg.sender, amount);
    }

    // ================================================================ owner

    /// @inheritdoc ISubnet
    /// @dev Runs in SubnetCloser's code (see `_forwardToCloser`).
    function setHyperparameters(Hyperparameters calldata) external {
        _forwardToCloser();
    }

    /// @inheritdoc ISubnet
    function setCoordinator(address coordinator_) external onlyOwner {
        _coordinator = coordinator_;
        emit CoordinatorSet(coordinator_);
    }

    /// @inheritdoc ISubnet
    function transferOwnership(address newOwner) external onlyOwner {
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(msg.sender, newOwner);
    }

    /// @inheritdoc ISubnet
    function acceptOwnership() external {
        if (msg.sender != _pendingOwner || msg.sender == address(0)) revert NotPendingOwner(msg.sender);
        address previous = _owner;
        _owner = msg.sender;
        delete _pendingOwner;
        emit OwnershipTransferred(previous, msg.sender);
    }

    // ================================================================ views

    /// @inheritdoc ISubnet
    function registry() external view returns (address) {
        return address(REGISTRY);
    }

    /// @inheritdoc ISubnet
    function tora() external view returns (address) {
        return address(TORA);
    }

    /// @inheritdoc ISubnet
    function subnetId() external view returns (uint256) {
        return _subnetId;
    }

    /// @inheritdoc ISubnet
    function owner() external view returns (address) {
        return _owner;
    }

    /// @inheritdoc ISubnet
    function deactivated() external view returns (bool) {
        return _deactivated;
    }

    /// @inheritdoc ISubnet
    function paused() external view returns (bool) {
        return _paused;
    }

    /// @notice The pending owner of a two-step ownership transfer (zero if none).
    function pendingOwner() external view returns (address) {
        return _pendingOwner;
    }

    /// @inheritdoc ISubnet
    function coordinator() public view returns (address) {
        return _coordinatorOrOwner();
    }

    /// @inheritdoc ISubnet
    function hyperparameters() external view returns (Hyperparameters memory) {
        return _hp;
    }

    /// @inheritdoc ISubnet
    function pendingHyperparameters() external view returns (bool, uint64, Hyperparameters memory) {
        return (_hasPendingHp, _pendingHpFrom, _pendingHp);
    }

    /// @inheritdoc ISubnet
    function minerCount() external view returns (uint256) {
        return _minerCount;
    }

    /// @inheritdoc ISubnet
    function validatorCount() external view returns (uint256) {
        return _validatorCount;
    }

    /// @inheritdoc ISubnet
    function slotOf(uint16 uid) external view returns (Slot memory) {
        SlotState memory st = _slotStates[uid];
        return Slot({
            account: _slotAccounts[uid],
            registeredAt: st.registeredAt,
            pruningScore: st.pruningScore,
            isValidator: st.isValidator,
            strikes: st.strikes
        });
    }

    /// @inheritdoc ISubnet
    function slotHighWater() external view returns (uint16) {
        return _slotHighWater;
    }

    /// @inheritdoc ISubnet
    function memberOf(address account) external view returns (Member memory) {
        return _members[account];
    }

    /// @inheritdoc ISubnet
    function endpointOf(address miner) external view returns (string memory) {
        return _endpoints[miner];
    }

    /// @inheritdoc ISubnet
    function poolOf(address validator) external view returns (Pool memory) {
        return _pools[validator];
    }

    /// @inheritdoc ISubnet
    function delegationOf(address validator, address delegator) external view returns (uint256 shares, uint256 stake) {
        shares = _delegations[validator][delegator].shares;
        Pool memory p = _pools[validator];
        stake = shares == 0 ? 0 : shares * p.totalStake / p.totalShares;
    }

    /// @inheritdoc ISubnet
    function unbondingOf(address account) external view returns (Unbonding memory) {
        return _unbondings[account];
    }

    /// @inheritdoc ISubnet
    function version() external pure returns (string memory) {
        return "2.1.0";
    }

    // ================================================================ internals

    /// @dev Common registration path: bond checks, slot assignment, member record, bond transfer.
    function _register(uint256 bond, bool isValidator) internal returns (uint16 uid) {
        if (_members[msg.sender].registered) revert AlreadyRegistered(msg.sender);
        Hyperparameters memory hp = _hp;
        uint256 minimum = isValidator ? hp.minValidatorBond : hp.minMinerBond;
        if (bond < minimum) revert BondBelowMinimum(bond, minimum);
        uid = _takeSlot(hp, isValidator);
        if (isValidator) _recordValidatorStake(msg.sender, 0, bond);
        _members[msg.sender] =
            Member({bond: SafeCast.toUint96(bond), uid: uid, registered: true, isValidator: isValidator});
        TORA.safeTransferFrom(msg.sender, address(this), bond);
    }

    /// @dev Finds a slot for the caller. A miner takes a free slot while fewer than `maxSlots`
    ///      members exist, else replaces a miner. A validator takes a free slot while there are
    ///      fewer than `maxValidators` validators and `maxSlots` members; at the validator cap it
    ///      replaces a validator; otherwise (subnet full, validator cap not reached) it replaces
    ///      any member. Miners never displace validators.
    function _takeSlot(Hyperparameters memory hp, bool isValidator) internal returns (uint16 uid) {
        uint256 validators = _validatorCount;
        uint256 total = _minerCount + validators;
        if (isValidator) {
            if (validators < hp.maxValidators && total < hp.maxSlots) uid = _freeSlot();
            else uid = _replace(hp.immunityPeriod, validators >= hp.maxValidators ? _ONLY_VALIDATORS : _ANY);
            ++_validatorCount;
        } else {
            if (total < hp.maxSlots) uid = _freeSlot();
            else uid = _replace(hp.immunityPeriod, _ONLY_MINERS);
            ++_minerCount;
        }
        _slotAccounts[uid] = msg.sender;
        _writeSlotState(
            uid,
            SlotState({
                registeredAt: uint32(block.timestamp),
                pruningScore: 0,
                isValidator: isValidator,
                strikes: _savedStrikes[msg.sender],
                claimable: 0,
                points: 0,
                pointsEpoch: 0
            })
        );
    }

    /// @dev A never-used uid, or the most recently freed one.
    function _freeSlot() internal returns (uint16 uid) {
        uint256 n = _freeUids.length;
        if (n > 0) {
            uid = _freeUids[n - 1];
            _freeUids.pop();
        } else {
            uid = _slotHighWater++;
        }
    }

    /// @dev Evicts the replaceable member defined in the contract's NatSpec and returns its uid.
    ///      Bounded: scans at most `slotHighWater` (<= 1024) slots.
    function _replace(uint256 immunityPeriod, uint8 filter) internal returns (uint16 uid) {
        uint256 high = _slotHighWater;
        uint256 best = type(uint256).max;
        // Order key: score first, then registration time; the strict `<` keeps the lowest uid on ties.
        uint256 bestKey = type(uint256).max;
        for (uint256 i; i < high; ++i) {
            SlotState memory s = _slotStates[i];
            if (s.registeredAt == 0) continue; // empty
            if (filter == _ONLY_MINERS && s.isValidator) continue;
            if (filter == _ONLY_VALIDATORS && !s.isValidator) continue;
            if (uint256(s.registeredAt) + immunityPeriod > block.timestamp) continue;
            if (s.isValidator && _isParticipating(_slotAccounts[i], i)) continue;
            uint256 key = (uint256(s.pruningScore) << 32) | s.registeredAt;
            if (key < bestKey) {
                best = i;
                bestKey = key;
            }
        }
        if (best == type(uint256).max) revert NoReplaceableSlot();
        uid = uint16(best);
        address replaced = _slotAccounts[uid];
        _vacate(replaced, _members[replaced]);
        emit ParticipantReplaced(replaced, msg.sender, uid);
    }

    /// @dev Removes `account` from its slot and moves its whole bond to unbonding. The caller
    ///      decides what happens to the uid (freed, or handed to a newcomer).
    function _vacate(address account, Member memory m) internal {
        if (m.isValidator) {
            --_validatorCount;
            if (_isParticipating(account, m.uid)) _removeParticipant(m.uid);
            _recordValidatorStake(account, m.bond, 0);
        } else {
            --_minerCount;
        }
        SlotState memory st = _slotStates[m.uid];
        if (st.strikes != _savedStrikes[account]) _savedStrikes[account] = st.strikes;
        // The slot's rewards stay the account's: no close is under way (every caller is
        // `notClosing`), so a miner's points' epoch has closed and they have their value.
        uint256 rewards = st.claimable + _pointsValue(st);
        if (rewards != 0) _credit(account, rewards);
        delete _slotAccounts[m.uid];
        delete _slotStates[m.uid];
        delete _members[account];
        if (!m.isValidator) delete _endpoints[account];
        if (m.bond > 0) _queueUnbonding(account, m.bond);
    }

    /// @dev Whether `validator` (holding `uid`) is on the current epoch's participant list.
    function _isParticipating(address validator, uint256 uid) internal view returns (bool) {
        Submission storage s = _submissions[uid];
        return s.epochTag == _epoch + 1 && s.validator == validator;
    }

    /// @dev Takes `uid` off the current epoch's participant list (swap with the last entry), so the
    ///      list never holds more entries than the subnet has validators.
    function _removeParticipant(uint256 uid) internal {
        Submission storage s = _submissions[uid];
        uint256 index = s.participantIndex;
        uint256 last = _participantCount - 1;
        if (index != last) {
            uint256 moved = ScorePacking.lane(_participantWords[last / 16], last % 16);
            _participantWords[index / 16] = ScorePacking.setLane(_participantWords[index / 16], index % 16, moved);
            _submissions[moved].participantIndex = uint16(index);
        }
        _participantCount = uint16(last);
        s.epochTag = 0;
    }

    /// @dev Reverts while `validator` has an unrevealed commitment of a live subnet's epoch.
    function _checkNoOpenCommitment(address validator, uint256 uid) internal view {
        if (!_deactivated && _hasOpenCommitment(validator, uid)) revert OpenCommitment(validator, _epoch);
    }

    /// @dev Runs this call's calldata as SubnetCloser's code on this subnet's storage
    ///      (DELEGATECALL to the immutable `_closer()`) and returns or reverts with its result. For
    ///      calls that hold no reentrancy lock (the raw `return` skips modifiers' epilogues).
    function _forwardToCloser() internal {
        // Only the stubs above call this, each with its own fixed selector; the target is this
        // subnet's immutable SubnetCloser (the same code as every close).
        // slither-disable-next-line controlled-delegatecall
        (bool ok, bytes memory ret) = _closer().delegatecall(msg.data);
        assembly ("memory-safe") {
            switch ok
            case 0 { revert(add(ret, 0x20), mload(ret)) }
            default { return(add(ret, 0x20), mload(ret)) }
        }
    }

    /// @dev The SubnetCloser this subnet runs.
    function _closer() internal view virtual returns (address);

    /// @dev Records a change of `validator`'s own bond from `before` to `afterwards`.
    function _recordValidatorStake(address validator, uint256 before, uint256 afterwards) internal {
        uint256 delegated = _pools[validator].totalStake;
        _recordStakeChange(validator, before + delegated, afterwards + delegated);
    }

    /// @dev Adds `shares` bought now to `delegator`'s position in `validator`'s pool: they earn
    ///      from the next epoch on, so a delegation is paid only for epochs it was staked through.
    function _addPendingShares(address validator, address delegator, uint256 shares) internal {
        (Delegation storage d, uint256 earned) = _settleDelegation(validator, delegator);
        if (earned > 0) _credit(delegator, earned);
        uint64 tag = _epoch + 1;
        d.shares = SafeCast.toUint128(d.shares + shares);
        d.pendingShares = SafeCast.toUint128(d.pendingShares + shares);
        d.pendingTag = tag;
        PendingPool memory pp = _pendingPools[validator];
        if (pp.tag != tag) {
            // The older pending shares earn from the accumulator as it stands: it has not moved
            // since their epoch closed (a close that moves it records the value first).
            if (pp.shares != 0 && _poolAccFrom[validator][pp.tag] == 0) {
                _poolAccFrom[validator][pp.tag] = _poolRewardPerShare[validator] + 1;
            }
            pp = PendingPool({shares: 0, tag: tag});
        }
        pp.shares = SafeCast.toUint128(pp.shares + shares);
        _pendingPools[validator] = pp;
    }

    /// @dev Takes `shares` off a settled position `d` in `validator`'s pool: shares bought this
    ///      epoch (not yet earning) go first.
    function _removeShares(address validator, Delegation storage d, uint256 shares) internal {
        uint256 pending = d.pendingShares;
        uint256 fromPending = shares < pending ? shares : pending;
        if (fromPending != 0) {
            pending -= fromPending;
            d.pendingShares = uint128(pending);
            _pendingPools[validator].shares -= uint128(fromPending);
        }
        uint256 left = d.shares - shares;
        d.shares = uint128(left);
        d.rewardDebt = _debtOf(left - pending, _poolRewardPerShare[validator]);
    }

    /// @dev Settles `delegator`'s position in `validator`'s pool: returns the rewards earned since
    ///      the last settlement (pending shares whose epoch closed earn from the accumulator value
    ///      of that close) for the caller to pay or credit, folds those pending shares into the
    ///      earning ones, and moves the debt to the accumulator.
    function _settleDelegation(address validator, address delegator)
        internal
        returns (Delegation storage d, uint256 earned)
    {
        d = _delegations[validator][delegator];
        uint256 acc = _poolRewardPerShare[validator];
        bool folded;
        (earned, folded) = _delegationEarned(validator, d, acc);
        uint256 earning = d.shares;
        if (folded) {
            d.pendingShares = 0;
            d.pendingTag = 0;
        } else {
            earning -= d.pendingShares;
        }
        if (earned > 0 || folded) d.rewardDebt = _debtOf(earning, acc);
    }

    /// @dev Non-empty, at most MAX_ENDPOINT_LENGTH bytes, starting with http:// or https://.
    function _checkEndpoint(string calldata endpoint) internal pure {
        bytes calldata b = bytes(endpoint);
        uint256 n = b.length;
        if (n == 0 || n > MAX_ENDPOINT_LENGTH) revert InvalidEndpoint(n, MAX_ENDPOINT_LENGTH);
        bool http = n > 7 && bytes7(b[:7]) == "http://";
        bool https = n > 8 && bytes8(b[:8]) == "https://";
        if (!http && !https) revert InvalidEndpoint(n, MAX_ENDPOINT_LENGTH);
    }
}
