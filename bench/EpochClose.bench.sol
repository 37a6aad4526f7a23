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
///         closed in as few transactions as fit under EIP-7825's cap of 16,777,216 gas and op-geth's
///         pool limit of 128 KiB each (the close carries the revealed rows as calldata). Run
///         with `script/bench.sh`; results go to bench/results/.
contract EpochCloseBench is EpochFixture {
    uint256 internal constant TX_GAS_CAP = 16_777_216;
    /// @dev op-geth's pool refuses transactions over 128 KiB; the calldata keeps 1 KiB for the rest.
    uint256 internal constant TX_SIZE_CAP = 127 * 1024;
    uint256 internal constant MAX_SLOTS_USED = 320;

    uint256[4] internal VALIDATORS = [uint256(8), 16, 32, 64];
    uint256[4] internal MINERS = [uint256(16), 64, 128, 256];

    /// @dev What closing one measured epoch took.
    struct Result {
        uint256 total;
        uint256 maxTx;
        uint256 txs;
        uint256 maxCalldata;
    }

    function test_bench_epochClose() public {
        string memory rows = "";
        console.log("validators  miners  txs   total gas  max gas/tx  gas/cell  max calldata/tx");
        for (uint256 a; a < 4; ++a) {
            for (uint256 b; b < 4; ++b) {
                Result memory r = _run(VALIDATORS[a], MINERS[b], a * 4 + b);
                string memory line = string.concat(
                    _pad(vm.toString(VALIDATORS[a]), 10), _pad(vm.toString(MINERS[b]), 8), _pad(vm.toString(r.txs), 5)
                );
                console.log(
                    string.concat(
                        line,
                        _pad(vm.toString(r.total), 12),
                        _pad(vm.toString(r.maxTx), 12),
                        _pad(vm.toString(r.total / (VALIDATORS[a] * MINERS[b])), 10),
                        _pad(vm.toString(r.maxCalldata), 16)
                    )
                );
                string memory row = _serialize(string.concat("r", vm.toString(a * 4 + b)), VALIDATORS[a], MINERS[b], r);
                rows = bytes(rows).length == 0 ? row : string.concat(rows, ",", row);
            }
        }
        // The largest subnet the registry allows: 128 validators and 1024 slots in all.
        Result memory big = _run(128, 896, 99);
        console.log(
            string.concat(
                "max allowed (128 x 896): txs ",
                vm.toString(big.txs),
                ", total ",
                vm.toString(big.total),
                ", max/tx ",
                vm.toString(big.maxTx),
                ", max calldata/tx ",
                vm.toString(big.maxCalldata)
            )
        );
        string memory bigRow = _serialize("max", 128, 896, big);
        vm.writeFile("bench/results/epoch-close.json", string.concat("[", rows, ",", bigRow, "]\n"));
    }

    function _serialize(string memory key, uint256 v, uint256 m, Result memory r) internal returns (string memory) {
        vm.serializeUint(key, "validators", v);
        vm.serializeUint(key, "miners", m);
        vm.serializeUint(key, "transactions", r.txs);
        vm.serializeUint(key, "total_gas", r.total);
        vm.serializeUint(key, "max_gas_per_tx", r.maxTx);
        vm.serializeUint(key, "max_calldata_bytes", r.maxCalldata);
        return vm.serializeUint(key, "gas_per_cell", r.total / (v * m));
    }

    /// @dev One subnet of `v` validators (uids first) and `m` miners, all scoring every uid.
    ///      The first scored epoch writes every result slot for the first time, and closes in two
    ///      transactions, so that the close table's slots (kept between the transactions of a
    ///      chunked close) hold an earlier epoch's rows, as they do for a subnet that closes in
    ///      chunks every epoch; the second, measured, is the steady state every later epoch pays.
    function _run(uint256 v, uint256 m, uint256 tag) internal returns (Result memory r) {
        (Subnet s, address[] memory vals) = _subnet(v, m, tag);
        uint256 width = v + m;
        bytes[] memory scores = _scores(v, width, tag);
        // The epoch the validators joined in has no stake (they weigh from the next one); the
        // next is the first scored epoch; the measured one is the second (steady state).
        _scoreAndClose(s, vals, scores, width, width);
        _scoreAndClose(s, vals, scores, width, width / 2);
        scoreAll(s, vals, scores, new uint256[][](v));
        vm.warp(s.epochInfo().end);
        bytes memory consensus = _consensus(s, vals, scores, width);
        // Fewest equal chunks whose every transaction fits under the cap.
        for (uint256 chunks = 1; chunks <= width; ++chunks) {
            uint256 snapshot = vm.snapshotState();
            r = _close(s, consensus, width, chunks);
            if (r.maxTx <= TX_GAS_CAP && r.maxCalldata <= TX_SIZE_CAP) break;
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

    /// @dev Scores and closes one epoch in two transactions, columns [0, split) and [split, width)
    ///      (one when split = width).
    function _scoreAndClose(Subnet s, address[] memory vals, bytes[] memory scores, uint256 width, uint256 split)
        internal
    {
        scoreAll(s, vals, scores, new uint256[][](vals.length));
        uint64 epoch = s.epochInfo().epoch;
        vm.warp(s.epochInfo().end);
        bytes memory consensus = _consensus(s, vals, scores, width);
        _closeChunk(s, consensus, 0, split);
        if (split < width) _closeChunk(s, consensus, split, width);
        assertEq(s.epochInfo().epoch, epoch + 1, "warm-up epoch closed");
    }

    function _close(Subnet s, bytes memory consensus, uint256 width, uint256 chunks)
        internal
        returns (Result memory r)
    {
        uint256 step = (width + chunks - 1) / chunks;
        for (uint256 from; from < width; from += step) {
            (uint256 gasUsed, uint256 size) = _closeChunk(s, consensus, from, from + step > width ? width : from + step);
            if (size > r.maxCalldata) r.maxCalldata = size;
            r.total += gasUsed;
            if (gasUsed > r.maxTx) r.maxTx = gasUsed;
            ++r.txs;
        }
    }

    /// @dev Sends the chunk of columns [from, to), cold, as its own transaction would run: its gas
    ///      (execution and intrinsic) and its calldata size.
    function _closeChunk(Subnet s, bytes memory consensus, uint256 from, uint256 to)
        internal
        returns (uint256 gasUsed, uint256 size)
    {
        bytes memory part = new bytes((to - from) * 8);
        for (uint256 k; k < part.length; ++k) {
            part[k] = consensus[from * 8 + k];
        }
        bytes memory rows = closeRows(s, from, to);
        coolDown(address(s));
        vm.cool(address(trust));
        vm.cool(address(em));
        vm.prank(s.coordinator());
        s.closeEpoch(part, rows);
        bytes memory data = abi.encodeCall(Subnet.closeEpoch, (part, rows));
        gasUsed = vm.lastCallGas().gasTotalUsed + _intrinsic(data);
        size = data.length;
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
