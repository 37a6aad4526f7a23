// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../../contracts/Subnet.sol";
import {ISubnet} from "../../contracts/interfaces/ISubnet.sol";
import {RowEntries} from "./RowEntries.sol";
import {SubnetFixture} from "./SubnetFixture.sol";

/// @dev Helpers to run epochs: pack scores, commit/reveal or submit them, and compute the
///      consensus vector off chain the way a coordinator does (the reference the contract's
///      one-pass check is tested against).
abstract contract EpochFixture is SubnetFixture {
    uint256 internal constant WAD = 1e18;

    function pack(uint16[] memory scores) internal pure returns (bytes memory out) {
        for (uint256 i; i < scores.length; ++i) {
            out = bytes.concat(out, bytes2(scores[i]));
        }
    }

    /// @dev Warps to the epoch's end and closes it in one call with the reference consensus.
    function closeNow(Subnet s) internal returns (bytes memory consensus) {
        ISubnet.EpochInfo memory info = s.epochInfo();
        if (block.timestamp < info.end) vm.warp(info.end);
        consensus = referenceConsensus(s, 0, s.slotHighWater());
        bytes memory rows = closeRows(s, 0, s.slotHighWater());
        vm.prank(s.coordinator());
        assertTrue(s.closeEpoch(consensus, rows), "epoch did not close");
    }

    /// @dev `closeEpoch`'s rows for columns [from, to): the entry of each validator that counts,
    ///      in participant order, from what the tests revealed.
    function closeRows(Subnet s, uint256 from, uint256 to) internal view returns (bytes memory out) {
        (address[] memory vals,,) = revealedStakes(s);
        uint64 epoch = s.epochInfo().epoch;
        for (uint256 i; i < vals.length; ++i) {
            bytes memory scores = _revealed[address(s)][epoch][s.memberOf(vals[i]).uid].scores;
            out = bytes.concat(out, RowEntries.entry(scores, from, to));
        }
    }

    /// @dev The kappa stake-weighted median of columns [from, to), computed from the chain state
    ///      like an off-chain coordinator would (O(validators^2) per column; fine for tests).
    function referenceConsensus(Subnet s, uint256 from, uint256 to) internal view returns (bytes memory out) {
        (address[] memory vals, uint256[] memory stakes, uint256 total) = revealedStakes(s);
        uint256 threshold = (total * s.hyperparameters().kappaBps + 9999) / 10_000; // rounded up
        for (uint256 j = from; j < to; ++j) {
            uint256[] memory w = new uint256[](vals.length);
            for (uint256 i; i < vals.length; ++i) {
                w[i] = normalizedWeight(s, vals[i], j);
            }
            uint256 best;
            for (uint256 i; i < vals.length; ++i) {
                uint256 atOrAbove;
                for (uint256 k; k < vals.length; ++k) {
                    if (w[k] >= w[i]) atOrAbove += stakes[k];
                }
                if (w[i] > best && atOrAbove >= threshold && threshold > 0) best = w[i];
            }
            out = bytes.concat(out, bytes8(uint64(best)));
        }
    }

    /// @dev Revealed validators of the current epoch with their trust-weighted stakes.
    function revealedStakes(Subnet s)
        internal
        view
        returns (address[] memory vals, uint256[] memory stakes, uint256 total)
    {
        uint16[] memory uids = s.participants();
        uint64 epoch = s.epochInfo().epoch;
        vals = new address[](uids.length);
        stakes = new uint256[](uids.length);
        uint256 n;
        for (uint256 p; p < uids.length; ++p) {
            ISubnet.Slot memory slot = s.slotOf(uids[p]);
            Revealed storage r = _revealed[address(s)][epoch][uids[p]];
            if (slot.account == address(0) || !slot.isValidator || r.validator != slot.account) continue;
            uint256 stake = s.epochStakeOf(slot.account) * trust.trustOf(slot.account) / WAD;
            if (stake == 0 || r.rowSum == 0) continue;
            vals[n] = slot.account;
            stakes[n] = stake;
            total += stake;
            ++n;
        }
        assembly {
            mstore(vals, n)
            mstore(stakes, n)
        }
    }

    /// @dev What the tests revealed, per subnet, epoch and validator uid.
    struct Revealed {
        address validator;
        bytes scores;
        uint256 rowSum;
        uint256 committedAt;
    }

    mapping(address subnet => mapping(uint64 epoch => mapping(uint256 uid => Revealed))) internal _revealed;

    /// @dev W_ij as the contract computes it (0 for dropped cells).
    function normalizedWeight(Subnet s, address validator, uint256 j) internal view returns (uint256) {
        Revealed storage r = _revealed[address(s)][s.epochInfo().epoch][s.memberOf(validator).uid];
        if (j * 2 + 1 >= r.scores.length) return 0;
        ISubnet.Slot memory slot = s.slotOf(uint16(j));
        if (slot.account == address(0) || slot.isValidator || slot.registeredAt >= r.committedAt) return 0;
        uint256 cell = uint16(bytes2(bytes.concat(r.scores[j * 2], r.scores[j * 2 + 1])));
        return cell * WAD / r.rowSum;
    }

    /// @dev Every validator commits (or submits directly), then, with commit-reveal, all reveal
    ///      in the reveal phase. Records what the reference consensus needs.
    function scoreAll(Subnet s, address[] memory validators, bytes[] memory scores, uint256[][] memory timeouts)
        internal
    {
        ISubnet.EpochInfo memory info = s.epochInfo();
        bytes32[] memory salts = new bytes32[](validators.length);
        for (uint256 v; v < validators.length; ++v) {
            _recordScores(s, validators[v], scores[v]);
            salts[v] = keccak256(abi.encode(validators[v], info.epoch, "salt"));
            if (info.commitReveal) {
                bytes32 c = s.scoreCommitment(info.epoch, validators[v], scores[v], timeouts[v], salts[v]);
                vm.prank(validators[v]);
                s.commitScores(c);
            } else {
                vm.prank(validators[v]);
                s.submitScores(scores[v], timeouts[v]);
            }
        }
        if (!info.commitReveal) return;
        if (block.timestamp < info.revealFrom) vm.warp(info.revealFrom);
        for (uint256 v; v < validators.length; ++v) {
            vm.prank(validators[v]);
            s.revealScores(scores[v], timeouts[v], salts[v]);
        }
    }

    /// @dev One validator, no timeouts.
    function scoreOne(Subnet s, address validator, bytes memory scores) internal {
        address[] memory vs = new address[](1);
        bytes[] memory ss = new bytes[](1);
        vs[0] = validator;
        ss[0] = scores;
        scoreAll(s, vs, ss, new uint256[][](1));
    }

    function _recordScores(Subnet s, address validator, bytes memory scores) internal {
        uint256 rowSum;
        for (uint256 k; k + 1 < scores.length; k += 2) {
            rowSum += uint16(bytes2(bytes.concat(scores[k], scores[k + 1])));
        }
        _revealed[address(s)][s.epochInfo().epoch][s.memberOf(validator).uid] =
            Revealed({validator: validator, scores: scores, rowSum: rowSum, committedAt: block.timestamp});
    }

    function noTimeouts() internal pure returns (uint256[] memory) {
        return new uint256[](0);
    }
}
