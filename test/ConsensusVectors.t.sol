// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../contracts/Subnet.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./utils/EpochFixture.sol";

/// @notice The consensus rule proven across languages: every epoch in test/vectors/consensus.json
///         (written by tensora_types::consensus, crates/tensora-types/tests/consensus_vectors.rs) is
///         replayed on a real subnet. The close must accept exactly the vector's weights, in the
///         vector's chunks, reject the first non-zero weight off by one, store the weights as its
///         uint16 lanes, and (for the small cases) the Solidity reference (EpochFixture.referenceConsensus)
///         must agree.
contract ConsensusVectorsTest is EpochFixture {
    string internal vectors;

    function setUp() public override {
        super.setUp();
        vectors = vm.readFile("test/vectors/consensus.json");
    }

    function test_consensusVectors_smallCases_realCloseAcceptsExactlyThem() public {
        uint256 count = vm.parseJsonUint(vectors, ".count");
        assertGe(count, 8, "the vector file shrank");
        for (uint256 i; i + 1 < count; ++i) {
            _replay(i);
        }
    }

    function test_consensusVectors_bittensorSized_realCloseAcceptsExactlyThem() public {
        _replay(vm.parseJsonUint(vectors, ".count") - 1);
    }

    function _key(uint256 i, string memory field) internal pure returns (string memory) {
        return string.concat(".cases[", vm.toString(i), "].", field);
    }

    function _replay(uint256 i) internal {
        Subnet s = _members(i);
        ISubnet.EpochInfo memory info = s.epochInfo();
        _score(i, s);
        vm.warp(info.end);
        _close(i, s);
        assertEq(s.epochInfo().epoch, info.epoch + 1);
    }

    /// @dev A subnet with the case's kappa, its miners (uids 0..miners) and validators (after them,
    ///      bonded as the case says), past epoch 0 so that the bonds weigh.
    function _members(uint256 i) internal returns (Subnet s) {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.kappaBps = uint16(vm.parseJsonUint(vectors, _key(i, "kappaBps")));
        hp.maxSlots = 1024;
        hp.maxValidators = 128;
        (, s) = createSubnet(string.concat("vectors-", vm.toString(i)), hp);
        uint256 m = vm.parseJsonUint(vectors, _key(i, "miners"));
        for (uint256 j; j < m; ++j) {
            assertEq(registerMiner(s, _miner(i, j), 100 ether), j);
        }
        uint256[] memory bonds = vm.parseJsonUintArray(vectors, _key(i, "bonds"));
        for (uint256 v; v < bonds.length; ++v) {
            registerValidator(s, _validator(i, v), bonds[v] * 1 ether);
        }
        closeNow(s); // epoch 0: the bonds weigh from the next epoch on
    }

    function _miner(uint256 i, uint256 j) internal returns (address) {
        return addr(string.concat("vector-miner-", vm.toString(i)), j);
    }

    function _validator(uint256 i, uint256 v) internal returns (address) {
        return addr(string.concat("vector-validator-", vm.toString(i)), v);
    }

    /// @dev Recycled miners leave, every validator commits its row, newcomers take the recycled
    ///      uids after the commit (their cells must count 0), and every validator reveals.
    function _score(uint256 i, Subnet s) internal {
        uint256[] memory recycled = vm.parseJsonUintArray(vectors, _key(i, "recycled"));
        for (uint256 r; r < recycled.length; ++r) {
            vm.prank(_miner(i, recycled[r]));
            s.deregister();
        }
        ISubnet.EpochInfo memory info = s.epochInfo();
        uint256 n = vm.parseJsonUintArray(vectors, _key(i, "bonds")).length;
        bytes[] memory rows = new bytes[](n);
        for (uint256 v; v < n; ++v) {
            rows[v] = _row(i, v);
            address validator = _validator(i, v);
            _recordScores(s, validator, rows[v]);
            bytes32 commitment = s.scoreCommitment(info.epoch, validator, rows[v], noTimeouts(), bytes32(v + 1));
            vm.prank(validator);
            s.commitScores(commitment);
        }
        vm.warp(block.timestamp + 1);
        for (uint256 r; r < recycled.length; ++r) {
            registerMiner(s, addr(string.concat("vector-newcomer-", vm.toString(i)), r), 100 ether);
        }
        vm.warp(info.revealFrom);
        for (uint256 v; v < n; ++v) {
            vm.prank(_validator(i, v));
            s.revealScores(rows[v], noTimeouts(), bytes32(v + 1));
        }
    }

    function _row(uint256 i, uint256 v) internal view returns (bytes memory row) {
        uint256[] memory cells = vm.parseJsonUintArray(vectors, _key(i, string.concat("rows[", vm.toString(v), "]")));
        for (uint256 c; c < cells.length; ++c) {
            row = bytes.concat(row, bytes2(uint16(cells[c])));
        }
    }

    /// @dev The reference agrees, a tampered first chunk is refused, and the vector's chunks close
    ///      the epoch storing the vector's weights.
    function _close(uint256 i, Subnet s) internal {
        uint256[] memory weights = vm.parseJsonUintArray(vectors, _key(i, "weights"));
        bytes memory all;
        for (uint256 j; j < weights.length; ++j) {
            all = bytes.concat(all, bytes8(uint64(weights[j])));
        }
        assertEq(weights.length, s.slotHighWater(), "one weight per uid");
        // The reference reads the chain per cell: affordable for the small cases only.
        if (weights.length <= 64) {
            assertEq(referenceConsensus(s, 0, weights.length), all, "the Solidity reference agrees");
        }
        uint256[] memory chunks = vm.parseJsonUintArray(vectors, _key(i, "chunks"));
        _tamperedFirstChunkReverts(s, weights, chunks[0]);
        uint256 from;
        for (uint256 c; c < chunks.length; ++c) {
            bytes memory part = new bytes(chunks[c] * 8);
            for (uint256 b; b < part.length; ++b) {
                part[b] = all[from * 8 + b];
            }
            bytes memory rows = closeRows(s, from, from + chunks[c]);
            vm.prank(s.coordinator());
            assertEq(s.closeEpoch(part, rows), c + 1 == chunks.length, "closed only by the last chunk");
            from += chunks[c];
        }
        for (uint256 j; j < weights.length; ++j) {
            assertEq(s.latestConsensus(j), weights[j] * 0xffff / WAD, "stored lane");
        }
    }

    /// @dev The first non-zero weight of the first chunk, one higher, is refused.
    function _tamperedFirstChunkReverts(Subnet s, uint256[] memory weights, uint256 width) internal {
        for (uint256 j; j < width; ++j) {
            if (weights[j] == 0) continue;
            bytes memory part;
            for (uint256 k; k < width; ++k) {
                part = bytes.concat(part, bytes8(uint64(k == j ? weights[k] + 1 : weights[k])));
            }
            bytes memory rows = closeRows(s, 0, width);
            vm.prank(s.coordinator());
            vm.expectPartialRevert(ISubnet.WrongConsensus.selector);
            s.closeEpoch(part, rows);
            return;
        }
    }
}
