// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

import {EmissionManager} from "../../../contracts/EmissionManager.sol";
import {Subnet} from "../../../contracts/Subnet.sol";
import {TORA} from "../../../contracts/TORA.sol";
import {ValidatorTrust} from "../../../contracts/ValidatorTrust.sol";
import {ISubnet} from "../../../contracts/interfaces/ISubnet.sol";
import {RowEntries} from "../../utils/RowEntries.sol";

/// @notice Runs a small subnet (direct score submission) through random epochs: validators
///         submit random scores and timeout flags, the coordinator closes with the reference
///         consensus, members claim, delegate, undelegate and leave, and a late delegator buys
///         stake while scores are public and sells it right after each close.
contract EpochHandler is Test {
    uint256 internal constant WAD = 1e18;

    TORA public immutable tora;
    Subnet public immutable subnet;
    ValidatorTrust public immutable trust;
    EmissionManager public immutable em;
    address[] internal validators;
    address[] internal miners;
    address[] internal delegators;

    /// @dev Ghosts: TORA paid out by claims; epochs closed.
    uint256 public ghostClaimed;
    uint256 public ghostEpochs;
    /// @dev Stake bought while scores were public changed a validator's weight this epoch.
    bool public ghostLateStakeWeighed;
    /// @dev A slash hit an account without a fault the chain can see.
    bool public ghostUnfairSlash;
    /// @dev Late stake bought during an epoch (held until that epoch's close).
    uint256 public ghostLateDelegations;
    /// @dev Delegates during epochs (when scores are public) and undelegates after each close.
    address public immutable late = makeAddr("lateDelegator");
    mapping(uint64 epoch => mapping(uint256 uid => bool)) internal _flagged;

    /// @dev What each validator submitted this epoch (for the reference consensus).
    mapping(uint64 epoch => mapping(address validator => bytes)) internal _scores;
    mapping(uint64 epoch => mapping(address validator => uint256)) internal _submittedAt;

    constructor(
        TORA tora_,
        Subnet subnet_,
        ValidatorTrust trust_,
        EmissionManager em_,
        address[] memory validators_,
        address[] memory miners_,
        address[] memory delegators_
    ) {
        tora = tora_;
        subnet = subnet_;
        trust = trust_;
        em = em_;
        validators = validators_;
        miners = miners_;
        delegators = delegators_;
    }

    function allAccounts() external view returns (address[] memory out) {
        out = new address[](validators.length + miners.length + delegators.length + 1);
        uint256 n;
        out[n++] = late;
        for (uint256 i; i < validators.length; ++i) {
            out[n++] = validators[i];
        }
        for (uint256 i; i < miners.length; ++i) {
            out[n++] = miners[i];
        }
        for (uint256 i; i < delegators.length; ++i) {
            out[n++] = delegators[i];
        }
    }

    function validatorList() external view returns (address[] memory) {
        return validators;
    }

    function submit(uint256 seed, uint256 timeoutBits) external {
        address v = validators[seed % validators.length];
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        if (block.timestamp >= info.end || !subnet.memberOf(v).isValidator) return;
        if (_scores[info.epoch][v].length != 0) return;
        uint256 width = subnet.slotHighWater();
        bytes memory row = new bytes(width * 2);
        for (uint256 j; j < width; ++j) {
            uint16 score = uint16(uint256(keccak256(abi.encode(seed, j))) % 5); // many ties and zeros
            row[2 * j] = bytes1(uint8(score >> 8));
            row[2 * j + 1] = bytes1(uint8(score));
        }
        uint256[] memory timeouts = new uint256[](timeoutBits % 3 == 0 ? 1 : 0);
        if (timeouts.length == 1) {
            timeouts[0] = timeoutBits & ((1 << width) - 1);
            for (uint256 j; j < width; ++j) {
                if ((timeouts[0] >> j) & 1 == 1) _flagged[info.epoch][j] = true;
            }
        }
        vm.prank(v);
        try subnet.submitScores(row, timeouts) {
            _scores[info.epoch][v] = row;
            _submittedAt[info.epoch][v] = block.timestamp;
        } catch {
            // An all-zero row is accepted too; only phase errors land here, which the checks above avoid.
            revert("submit failed");
        }
    }

    function close() external {
        ISubnet.EpochInfo memory info = subnet.epochInfo();
        if (block.timestamp < info.end) vm.warp(info.end);
        bytes memory consensus = _reference(info.epoch);
        uint256 floor = uint256(subnet.hyperparameters().trustFloorBps) * WAD / 10_000;
        address coordinator = subnet.coordinator();
        bytes memory rows = _rows(info.epoch);
        vm.recordLogs();
        vm.prank(coordinator);
        subnet.closeEpoch(consensus, rows);
        _checkSlashes(vm.getRecordedLogs(), info.epoch, floor);
        ++ghostEpochs;
        // The late delegator sells everything it bought during the epoch just closed: it was not
        // staked through any epoch, so it must have earned nothing.
        for (uint256 i; i < validators.length; ++i) {
            (uint256 held,) = subnet.delegationOf(validators[i], late);
            if (held == 0) continue;
            vm.prank(late);
            subnet.undelegate(validators[i], held);
        }
    }

    /// @dev Every slash in `logs` has a fault behind it: no commitments exist without
    ///      commit-reveal, a low-trust slash needs trust below the floor, a timeout slash a miner
    ///      some validator flagged this epoch.
    function _checkSlashes(Vm.Log[] memory logs, uint64 epoch, uint256 floor) internal {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(subnet) || logs[i].topics[0] != ISubnet.Slashed.selector) continue;
            address account = address(uint160(uint256(logs[i].topics[1])));
            (ISubnet.SlashReason reason,) = abi.decode(logs[i].data, (ISubnet.SlashReason, uint256));
            if (reason == ISubnet.SlashReason.UnrevealedCommit) ghostUnfairSlash = true;
            if (reason == ISubnet.SlashReason.LowTrust && trust.trustOf(account) >= floor) ghostUnfairSlash = true;
            if (reason == ISubnet.SlashReason.MinerTimeouts && !_flagged[epoch][subnet.memberOf(account).uid]) {
                ghostUnfairSlash = true;
            }
        }
    }

    /// @dev Buys delegation stake while the epoch's scores are public (direct submission): it must
    ///      not change any validator's weight for this epoch.
    function lateDelegate(uint256 seed, uint256 amount) external {
        address v = validators[seed % validators.length];
        if (!subnet.memberOf(v).isValidator || block.timestamp >= subnet.epochInfo().end) return;
        amount = bound(amount, 1 ether, 100_000 ether);
        uint256 weight = subnet.epochStakeOf(v);
        tora.mint(late, amount);
        vm.startPrank(late);
        tora.approve(address(subnet), amount);
        subnet.delegate(v, amount);
        vm.stopPrank();
        if (subnet.epochStakeOf(v) != weight) ghostLateStakeWeighed = true;
        ++ghostLateDelegations;
    }

    function claim(uint256 seed) external {
        address[] memory all = this.allAccounts();
        address who = all[seed % all.length];
        uint256 owed = subnet.claimable(who);
        for (uint256 i; i < validators.length; ++i) {
            owed += subnet.pendingDelegationRewards(validators[i], who);
        }
        if (owed == 0) return;
        uint256 before = tora.balanceOf(who);
        for (uint256 i; i < validators.length; ++i) {
            if (subnet.pendingDelegationRewards(validators[i], who) == 0) continue;
            vm.prank(who);
            ghostClaimed += subnet.claimDelegationRewards(validators[i]);
        }
        // What the delegation claims did not pay: a held miner slot's rewards (or everything, for
        // an account without delegations).
        if (subnet.claimable(who) != 0) {
            vm.prank(who);
            ghostClaimed += subnet.claimRewards();
        }
        assertEq(tora.balanceOf(who) - before, owed, "claimed a different amount than owed");
        assertEq(subnet.claimable(who), 0, "claimable left after a claim");
        vm.prank(who);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NothingToClaim.selector, who));
        subnet.claimRewards(); // no double claim
    }

    /// @dev A miner leaves and registers again (taking its freed uid back, with a new registration
    ///      time): what it earned in the slot follows the account, never the uid.
    function minerRejoin(uint256 seed) external {
        address m = miners[seed % miners.length];
        if (!subnet.memberOf(m).registered || subnet.epochInfo().closeCursor != 0) return;
        uint256 owed = subnet.claimable(m);
        vm.prank(m);
        subnet.deregister();
        assertEq(subnet.claimable(m), owed, "leaving its slot changed what a miner can claim");
        uint256 bond = subnet.hyperparameters().minMinerBond;
        tora.mint(m, bond);
        vm.startPrank(m);
        tora.approve(address(subnet), bond);
        subnet.registerMiner(bond, "https://miner.example/infer");
        vm.stopPrank();
        assertEq(subnet.claimable(m), owed, "registering again changed what a miner can claim");
    }

    function delegate(uint256 seed, uint256 amount) external {
        address who = delegators[seed % delegators.length];
        address v = validators[(seed >> 8) % validators.length];
        if (!subnet.memberOf(v).isValidator) return;
        amount = bound(amount, 1 ether, 500 ether);
        tora.mint(who, amount);
        vm.startPrank(who);
        tora.approve(address(subnet), amount);
        subnet.delegate(v, amount);
        vm.stopPrank();
    }

    function undelegate(uint256 seed, uint256 shares) external {
        address who = delegators[seed % delegators.length];
        address v = validators[(seed >> 8) % validators.length];
        (uint256 held,) = subnet.delegationOf(v, who);
        if (held == 0) return;
        vm.prank(who);
        subnet.undelegate(v, bound(shares, 1, held));
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 20 minutes));
    }

    /// @dev `closeEpoch`'s rows: the entry of each validator that counts, in participant order.
    function _rows(uint64 epoch) internal view returns (bytes memory out) {
        uint256 width = subnet.slotHighWater();
        uint16[] memory uids = subnet.participants();
        for (uint256 p; p < uids.length; ++p) {
            address v = subnet.slotOf(uids[p]).account;
            bytes memory row = _scores[epoch][v];
            ISubnet.Member memory m = subnet.memberOf(v);
            if (row.length == 0 || !m.isValidator || m.uid != uids[p]) continue;
            uint256 rowSum;
            for (uint256 j; j < row.length / 2; ++j) {
                rowSum += _cell(row, j);
            }
            if (rowSum == 0 || subnet.epochStakeOf(v) * trust.trustOf(v) / WAD == 0) continue;
            out = bytes.concat(out, RowEntries.entry(row, 0, width));
        }
    }

    /// @dev Kappa stake-weighted median per column from what was submitted this epoch.
    function _reference(uint64 epoch) internal view returns (bytes memory out) {
        uint256 width = subnet.slotHighWater();
        uint256 n = validators.length;
        uint256[] memory stake = new uint256[](n);
        uint256[] memory rowSum = new uint256[](n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            address v = validators[i];
            bytes memory row = _scores[epoch][v];
            ISubnet.Member memory m = subnet.memberOf(v);
            if (row.length == 0 || !m.isValidator) continue;
            for (uint256 j; j < row.length / 2; ++j) {
                rowSum[i] += _cell(row, j);
            }
            if (rowSum[i] == 0) continue;
            stake[i] = subnet.epochStakeOf(v) * trust.trustOf(v) / WAD;
            total += stake[i];
        }
        uint256 threshold = (total * subnet.hyperparameters().kappaBps + 9999) / 10_000; // rounded up
        out = new bytes(width * 8);
        for (uint256 j; j < width; ++j) {
            bytes8 c = bytes8(uint64(_columnConsensus(epoch, j, stake, rowSum, threshold)));
            for (uint256 k; k < 8; ++k) {
                out[j * 8 + k] = c[k];
            }
        }
    }

    function _columnConsensus(
        uint64 epoch,
        uint256 j,
        uint256[] memory stake,
        uint256[] memory rowSum,
        uint256 threshold
    ) internal view returns (uint256 best) {
        ISubnet.Slot memory slot = subnet.slotOf(uint16(j));
        if (slot.account == address(0) || slot.isValidator || threshold == 0) return 0;
        uint256 n = stake.length;
        for (uint256 i; i < n; ++i) {
            uint256 w = _weight(epoch, i, j, rowSum[i], slot.registeredAt);
            if (stake[i] == 0 || w <= best) continue;
            uint256 atOrAbove;
            for (uint256 k; k < n; ++k) {
                if (stake[k] != 0 && _weight(epoch, k, j, rowSum[k], slot.registeredAt) >= w) atOrAbove += stake[k];
            }
            if (atOrAbove >= threshold) best = w;
        }
    }

    function _weight(uint64 epoch, uint256 i, uint256 j, uint256 rowSum, uint256 registeredAt)
        internal
        view
        returns (uint256)
    {
        bytes memory row = _scores[epoch][validators[i]];
        if (rowSum == 0 || j * 2 + 1 >= row.length) return 0;
        if (registeredAt >= _submittedAt[epoch][validators[i]]) return 0;
        return _cell(row, j) * WAD / rowSum;
    }

    function _cell(bytes memory row, uint256 j) internal pure returns (uint256) {
        return (uint256(uint8(row[2 * j])) << 8) | uint8(row[2 * j + 1]);
    }
}
