// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

import {IEmissionManager} from "../contracts/interfaces/IEmissionManager.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "../contracts/interfaces/IValidatorTrust.sol";
import {SubnetStorage} from "../contracts/subnet/SubnetStorage.sol";

/// @dev SubnetStorage's whole-word writers next to the compiler's own struct writes and reads.
contract StorageLayoutHarness is SubnetStorage {
    constructor()
        SubnetStorage(
            ISubnetRegistry(address(0)), IERC20(address(0)), IValidatorTrust(address(0)), IEmissionManager(address(0))
        )
    {}

    function setSlot(uint256 uid, ISubnet.Slot calldata slot) external {
        _slots[uid] = slot;
    }

    function slotOf(uint256 uid) external view returns (ISubnet.Slot memory) {
        return _slots[uid];
    }

    /// @dev The slot's word as `_loadColumns` reads it.
    function slotWord(uint256 uid) external view returns (uint256 word) {
        ISubnet.Slot storage slot = _slots[uid];
        assembly ("memory-safe") {
            word := sload(slot.slot)
        }
    }

    function writeSlotScores(uint256 uid, uint256 word, uint256 pruningScore, uint256 strikes) external {
        _writeSlotScores(uid, word, pruningScore, strikes);
    }

    function writeRewards(address account, RewardAccount calldata r) external {
        _writeRewards(account, r);
    }

    function rewardsOf(address account) external view returns (RewardAccount memory) {
        return _rewards[account];
    }

    function shifts() external pure returns (uint256, uint256, uint256, uint256) {
        return (SLOT_REGISTERED_SHIFT, SLOT_PRUNING_SHIFT, SLOT_VALIDATOR_SHIFT, SLOT_STRIKES_SHIFT);
    }
}

/// @notice The close reads and writes a slot and a reward account as whole words: the bit offsets
///         it uses are the compiler's layout of `ISubnet.Slot` and `RewardAccount`.
contract SubnetStorageLayout_Test is Test {
    StorageLayoutHarness internal h;

    function setUp() public {
        h = new StorageLayoutHarness();
    }

    /// @notice A slot written by the compiler decodes at the close's offsets, and the close's
    ///         rewrite of pruning score and strikes reads back through the compiler, every other
    ///         field unchanged.
    function testFuzz_slotWord_matchesCompilerLayout(
        address account,
        uint32 registeredAt,
        uint16 pruning,
        bool isValidator,
        uint8 strikes,
        uint16 newPruning,
        uint8 newStrikes
    ) public {
        h.setSlot(7, ISubnet.Slot(account, registeredAt, pruning, isValidator, strikes));
        uint256 word = h.slotWord(7);
        (uint256 regShift, uint256 pruningShift, uint256 validatorShift, uint256 strikesShift) = h.shifts();
        assertEq(address(uint160(word)), account, "account");
        assertEq(uint32(word >> regShift), registeredAt, "registeredAt");
        assertEq(uint16(word >> pruningShift), pruning, "pruningScore");
        assertEq(uint8(word >> validatorShift), isValidator ? 1 : 0, "isValidator");
        assertEq(uint8(word >> strikesShift), strikes, "strikes");

        h.writeSlotScores(7, word, newPruning, newStrikes);
        ISubnet.Slot memory after_ = h.slotOf(7);
        assertEq(after_.account, account);
        assertEq(after_.registeredAt, registeredAt);
        assertEq(after_.pruningScore, newPruning);
        assertEq(after_.isValidator, isValidator);
        assertEq(after_.strikes, newStrikes);
    }

    /// @notice A reward account written as one word reads back through the compiler.
    function testFuzz_rewardsWord_matchesCompilerLayout(address account, uint128 claimable, uint64 points, uint64 epoch)
        public
    {
        h.writeRewards(account, SubnetStorage.RewardAccount(claimable, points, epoch));
        SubnetStorage.RewardAccount memory r = h.rewardsOf(account);
        assertEq(r.claimable, claimable);
        assertEq(r.points, points);
        assertEq(r.pointsEpoch, epoch);
    }
}
