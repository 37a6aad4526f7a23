// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

import {IEmissionManager} from "../contracts/interfaces/IEmissionManager.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "../contracts/interfaces/IValidatorTrust.sol";
import {SubnetStorage} from "../contracts/subnet/SubnetStorage.sol";

/// @dev SubnetStorage's packing of a slot state next to the compiler's own struct writes and reads.
contract StorageLayoutHarness is SubnetStorage {
    constructor()
        SubnetStorage(
            ISubnetRegistry(address(0)), IERC20(address(0)), IValidatorTrust(address(0)), IEmissionManager(address(0))
        )
    {}

    /// @dev Written by the compiler, field by field.
    function setState(uint256 uid, SlotState calldata st) external {
        _slotStates[uid] = st;
    }

    /// @dev Read by the compiler.
    function stateOf(uint256 uid) external view returns (SlotState memory) {
        return _slotStates[uid];
    }

    /// @dev The raw word, as `_loadColumns` reads it.
    function stateWord(uint256 uid) external view returns (uint256 word) {
        SlotState storage st = _slotStates[uid];
        assembly ("memory-safe") {
            word := sload(st.slot)
        }
    }

    function writeState(uint256 uid, SlotState calldata st) external {
        _writeSlotState(uid, st);
    }

    function decode(uint256 word) external pure returns (SlotState memory) {
        return _decodeSlotState(word);
    }

    function validatorShift() external pure returns (uint256) {
        return STATE_VALIDATOR_SHIFT;
    }

    function credited(uint256 word, SlotState calldata c) external pure returns (uint256) {
        return _creditedState(word, c.pruningScore, c.strikes, c.claimable, c.points, c.pointsEpoch);
    }

    function encode(SlotState calldata st) external pure returns (uint256) {
        return _encodeSlotState(st);
    }
}

/// @notice The close reads and writes a slot's state as one word: its packing is the compiler's
///         layout of `SlotState`.
contract SubnetStorageLayout_Test is Test {
    StorageLayoutHarness internal h;

    function setUp() public {
        h = new StorageLayoutHarness();
    }

    function _state(uint256 seed) internal pure returns (SubnetStorage.SlotState memory st) {
        st.registeredAt = uint32(seed);
        st.pruningScore = uint16(seed >> 32);
        st.isValidator = (seed >> 48) & 1 == 1;
        st.strikes = uint8(seed >> 56);
        st.claimable = uint96(seed >> 64);
        st.points = uint64(seed >> 160);
        st.pointsEpoch = uint32(seed >> 224);
    }

    function _assertEq(SubnetStorage.SlotState memory a, SubnetStorage.SlotState memory b) internal pure {
        assertEq(a.registeredAt, b.registeredAt, "registeredAt");
        assertEq(a.pruningScore, b.pruningScore, "pruningScore");
        assertEq(a.isValidator, b.isValidator, "isValidator");
        assertEq(a.strikes, b.strikes, "strikes");
        assertEq(a.claimable, b.claimable, "claimable");
        assertEq(a.points, b.points, "points");
        assertEq(a.pointsEpoch, b.pointsEpoch, "pointsEpoch");
    }

    /// @notice A state the compiler wrote decodes to itself from its raw word (the close's read),
    ///         and the validator flag sits where the close's column scan looks for it.
    function testFuzz_decode_readsCompilerLayout(uint256 seed) public {
        SubnetStorage.SlotState memory st = _state(seed);
        h.setState(3, st);
        uint256 word = h.stateWord(3);
        _assertEq(h.decode(word), st);
        assertEq(word & 0xffffffff, st.registeredAt, "registeredAt in the low 32 bits");
        assertEq((word >> h.validatorShift()) & 0xff, st.isValidator ? 1 : 0, "validator flag");
    }

    /// @notice The close's in-place rewrite of a miner's state is the packing of the old state
    ///         with every field but the registration and the validator flag replaced.
    function testFuzz_creditedState_isEncodeOfUpdatedState(uint256 oldSeed, uint256 newSeed) public view {
        SubnetStorage.SlotState memory before = _state(oldSeed);
        SubnetStorage.SlotState memory next = _state(newSeed);
        uint256 word = h.encode(before);
        SubnetStorage.SlotState memory expected = next;
        expected.registeredAt = before.registeredAt;
        expected.isValidator = before.isValidator;
        assertEq(h.credited(word, next), h.encode(expected));
    }

    /// @notice A state written in one SSTORE reads back through the compiler, field for field.
    function testFuzz_writeSlotState_readsBackThroughCompiler(uint256 seed) public {
        SubnetStorage.SlotState memory st = _state(seed);
        h.writeState(5, st);
        _assertEq(h.stateOf(5), st);
    }
}
