// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";

import {Subnet} from "../contracts/Subnet.sol";
import {YumaKernel} from "../contracts/libraries/YumaKernel.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "../test/utils/EpochFixture.sol";

/// @notice Gas to close one epoch for validators x miners in {8, 16, 32, 64} x {16, 64, 128, 256}
///         and for the largest subnet the registry allows (128 validators, 1024 slots),
///         with random non-zero uint16 scores from every validator (the worst case: no cell is
///         skipped), a non-zero emission weight (so the close pulls emission and credits miners,
///         validators and delegation pools) and one delegator behind every validator. Columns are
///         closed in as few transactions as fit under EIP-7825's cap of 16,777,216 gas each. Run
///         with `script/bench.sh`; results go to bench/results/.
contract EpochCloseBench is EpochFixture {
    uint256 internal constant TX_GAS_CAP = 16_777_216;
    uint256 internal constant MAX_SLOTS_USED = 320;

    uint256[4] internal VALIDATORS = [uint256(8), 16, 32, 64];
    uint256[4] internal MINERS = [uint256(16), 64, 128, 256];

    string internal json;

    function test_bench_epochClose() public {
        string memory rows = "";
        console.log("validators  miners  txs   total gas  max gas/tx  gas/cell");
        uint256 n;
        for (uint256 a; a < 4; ++a) {
            for (uint256 b; b < 4; ++b) {
                (uint256 total, uint256 maxTx, uint256 txs) = _run(VALIDATORS[a], MINERS[b], a * 4 + b);
                uint256 cells = VALIDATORS[a] * MINERS[b];
                console.log(
                    string.concat(
                        _pad(vm.toString(VALIDATORS[a]), 10),
                        _pad(vm.toString(MINERS[b]), 8),
                        _pad(vm.toString(txs), 5),
                        _pad(vm.toString(total), 12),
                        _pad(vm.toString(maxTx), 12),
                        _pad(vm.toString(total / cells), 10)
                    )
                );
                string memory key = string.concat("r", vm.toString(n++));
                vm.serializeUint(key, "validators", VALIDATORS[a]);
                vm.serializeUint(key, "miners", MINERS[b]);
                vm.serializeUint(key, "transactions", txs);
                vm.serializeUint(key, "total_gas", total);
                vm.serializeUint(key, "max_gas_per_tx", maxTx);
                string memory row = vm.serializeUint(key, "gas_per_cell", total / cells);
                rows = bytes(rows).length == 0 ? row : string.concat(rows, ",", row);
            }
        }
        // The largest subnet the registry allows: 128 validators and 1024 slots in all.
        (uint256 t, uint256 mx, uint256 n2) = _run(128, 896, 99);
        console.log(
            string.concat(
                "max allowed (128 x 896): txs ",
                vm.toString(n2),
                ", total ",
                vm.toString(t),
                ", max/tx ",
                vm.toString(mx)
            )
        );
        string memory big = "max";
        vm.serializeUint(big, "validators", 128);
        vm.serializeUint(big, "miners", 896);
        vm.serializeUint(big, "transactions", n2);
        vm.serializeUint(big, "total_gas", t);
        vm.serializeUint(big, "max_gas_per_tx", mx);
        string memory bigRow = vm.serializeUint(big, "gas_per_cell", t / (128 * 896));
        vm.writeFile("bench/results/epoch-close.json", string.concat("[", rows, ",", bigRow, "]\n"));
    }

    /// @dev One subnet of `v` validators (uids first) and `m` miners, all scoring every uid.
    ///      Epoch 1 writes every result slot for the first time; epoch 2, measured, is the steady
    ///      state every later epoch pays.
    function _run(uint256 v, uint256 m, uint256 tag) internal returns (uint256 total, uint256 maxTx, uint256 txs) {
        (Subnet s, address[] memory vals) = _subnet(v, m, tag);
        uint256 width = v + m;
        bytes[] memory scores = _scores(v, width, tag);
        // The epoch the validators joined in has no stake (they weigh from the next one); the
        // next is the first scored epoch; the measured one is the second (steady state).
        _scoreAndClose(s, vals, scores, width);
        _scoreAndClose(s, vals, scores, width);
        scoreAll(s, vals, scores, new uint256[][](v));
        vm.warp(s.epochInfo().end);
        bytes memory consensus = _consensus(s, vals, scores, width);
        // Fewest equal chunks whose every transaction fits under the cap.
        for (uint256 chunks = 1; chunks <= width; ++chunks) {
            uint256 snapshot = vm.snapshotState();
            (total, maxTx, txs) = _close(s, consensus, width, chunks);
            if (maxTx <= TX_GAS_CAP) break;
            vm.revertToState(snapshot);
        }
    }

    function _subnet(uint256 v, uint256 m, uint256 tag) internal returns (Subnet s, address[] memory vals) {
        Hyperparameters memory hp = defaultHyperparameters();
        hp.commitReveal = false;
        hp.maxSlots = uint16(v + m);
        hp.maxValidators = uint16(v);
        uint256 id;
        (id, s) = createSubnet(string.concat("bench", vm.toString(tag)), hp);
        // 18 bench subnets at 500 bps each stay under the 10,000 bps the EmissionManager allows.
        setWeight(id, 500);
        vals = new address[](v);
        for (uint256 i; i < v; ++i) {
            vals[i] = address(uint160(uint256(keccak256(abi.encode("validator", tag, i)))));
            registerValidator(s, vals[i], 1000 ether + i * 10 ether);
            address delegator = address(uint160(uint256(keccak256(abi.encode("delegator", tag, i)))));
            fund(delegator, address(s), 100 ether);
            vm.prank(delegator);
            s.delegate(vals[i], 100 ether);
        }
        for (uint256 i; i < m; ++i) {
            registerMiner(s, address(uint160(uint256(keccak256(abi.encode("miner", tag, i))))), 100 ether);
        }
        vm.warp(block.timestamp + 1);
    }

    function _scores(uint256 v, uint256 width, uint256 tag) internal pure returns (bytes[] memory scores) {
        scores = new bytes[](v);
        for (uint256 i; i < v; ++i) {
            uint16[] memory row = new uint16[](width);
            for (uint256 j; j < width; ++j) {
                row[j] = uint16(uint256(keccak256(abi.encode(tag, i, j))) % 65_535) + 1;
            }
            scores[i] = pack(row);
        }
    }

    function _scoreAndClose(Subnet s, address[] memory vals, bytes[] memory scores, uint256 width) internal {
        scoreAll(s, vals, scores, new uint256[][](vals.length));
        vm.warp(s.epochInfo().end);
        bytes memory consensus = _consensus(s, vals, scores, width);
        vm.prank(s.coordinator());
        s.closeEpoch(consensus);
    }

    function _close(Subnet s, bytes memory consensus, uint256 width, uint256 chunks)
        internal
        returns (uint256 total, uint256 maxTx, uint256 txs)
    {
        uint256 step = (width + chunks - 1) / chunks;
        for (uint256 from; from < width; from += step) {
            uint256 to = from + step > width ? width : from + step;
            bytes memory part = new bytes((to - from) * 8);
            for (uint256 k; k < part.length; ++k) {
                part[k] = consensus[from * 8 + k];
            }
            coolDown(address(s));
            vm.cool(address(trust));
            vm.cool(address(em));
            vm.prank(s.coordinator());
            s.closeEpoch(part);
            uint256 gasUsed = vm.lastCallGas().gasTotalUsed + _intrinsic(abi.encodeCall(Subnet.closeEpoch, (part)));
            total += gasUsed;
            if (gasUsed > maxTx) maxTx = gasUsed;
            ++txs;
        }
    }

    /// @dev 21,000 + calldata gas (4 per zero byte, 16 per non-zero byte).
    function _intrinsic(bytes memory data) internal pure returns (uint256 gas) {
        gas = 21_000;
        for (uint256 i; i < data.length; ++i) {
            gas += data[i] == 0 ? 4 : 16;
        }
    }

    /// @dev Kappa stake-weighted median per column, from the scores in memory (insertion sort).
    function _consensus(Subnet s, address[] memory vals, bytes[] memory scores, uint256 width)
        internal
        view
        returns (bytes memory out)
    {
        uint256 v = vals.length;
        uint256[] memory stake = new uint256[](v);
        uint256[] memory rowSum = new uint256[](v);
        uint256 totalStake;
        for (uint256 i; i < v; ++i) {
            stake[i] = s.epochStakeOf(vals[i]) * trust.trustOf(vals[i]) / WAD;
            totalStake += stake[i];
            for (uint256 j; j < width; ++j) {
                rowSum[i] += _cell(scores[i], j);
            }
        }
        uint256 threshold = YumaKernel.kappaThreshold(totalStake, s.hyperparameters().kappaBps);
        out = new bytes(width * 8);
        // Validators weigh from the epoch after they joined: the first epoch has no stake, and its
        // only valid consensus is all zeros.
        if (totalStake == 0) return out;
        uint256[] memory w = new uint256[](v);
        uint256[] memory order = new uint256[](v);
        for (uint256 j = v; j < width; ++j) {
            for (uint256 i; i < v; ++i) {
                w[i] = _cell(scores[i], j) * WAD / rowSum[i];
                order[i] = i;
                // insertion sort, descending by weight
                for (uint256 k = i; k > 0 && w[order[k - 1]] < w[order[k]]; --k) {
                    (order[k - 1], order[k]) = (order[k], order[k - 1]);
                }
            }
            uint256 acc;
            uint256 c;
            for (uint256 k; k < v; ++k) {
                acc += stake[order[k]];
                // Equal weights count together: only stop at the last of a run of equal values.
                if (acc >= threshold && (k + 1 == v || w[order[k + 1]] != w[order[k]])) {
                    c = w[order[k]];
                    break;
                }
            }
            bytes8 b = bytes8(uint64(c));
            for (uint256 k; k < 8; ++k) {
                out[j * 8 + k] = b[k];
            }
        }
    }

    function _cell(bytes memory row, uint256 j) internal pure returns (uint256) {
        return (uint256(uint8(row[2 * j])) << 8) | uint8(row[2 * j + 1]);
    }

    function _pad(string memory s, uint256 width) internal pure returns (string memory) {
        bytes memory b = bytes(s);
        if (b.length >= width) return string.concat(s, " ");
        bytes memory spaces = new bytes(width - b.length);
        for (uint256 i; i < spaces.length; ++i) {
            spaces[i] = " ";
        }
        return string.concat(string(spaces), s, " ");
    }
}
