// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

import {GuardianPausable} from "../../contracts/governance/GuardianPausable.sol";
import {IGuardianPausable} from "../../contracts/interfaces/IGuardianPausable.sol";
import {SubnetFixture} from "../utils/SubnetFixture.sol";

/// @notice The one pause rule, on both GuardianPausable contracts of the subnet suite (the
///         registry and the EmissionManager; the paymaster's own tests cover it there):
///         governance pauses and unpauses, the guardian only pauses, anyone else nothing, and a
///         removed guardian loses its power at once.
contract GuardianPausableTest is SubnetFixture {
    function _contracts() internal view returns (GuardianPausable[2] memory) {
        return [GuardianPausable(address(registry)), GuardianPausable(address(em))];
    }

    function test_guardian_pausesButNeverUnpauses() public {
        GuardianPausable[2] memory cs = _contracts();
        for (uint256 i; i < cs.length; ++i) {
            vm.prank(guardian);
            cs[i].pause();
            assertTrue(Pausable(address(cs[i])).paused());
            vm.prank(guardian);
            vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
            cs[i].unpause();
            vm.prank(guardian);
            vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
            cs[i].setGuardian(guardian);
            vm.prank(governance);
            cs[i].unpause();
            assertFalse(Pausable(address(cs[i])).paused());
        }
    }

    function testFuzz_outsider_cannotPauseUnpauseOrAppoint(address caller) public {
        vm.assume(caller != governance && caller != guardian);
        GuardianPausable[2] memory cs = _contracts();
        for (uint256 i; i < cs.length; ++i) {
            vm.prank(caller);
            vm.expectRevert(abi.encodeWithSelector(IGuardianPausable.NotOwnerOrGuardian.selector, caller));
            cs[i].pause();
            vm.prank(governance);
            cs[i].pause();
            vm.prank(caller);
            vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
            cs[i].unpause();
            vm.prank(caller);
            vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
            cs[i].setGuardian(caller);
            assertTrue(Pausable(address(cs[i])).paused(), "still paused");
            assertEq(cs[i].guardian(), guardian, "guardian unchanged");
        }
    }

    function test_removedGuardian_losesItsPower() public {
        GuardianPausable[2] memory cs = _contracts();
        for (uint256 i; i < cs.length; ++i) {
            vm.prank(governance);
            vm.expectEmit(address(cs[i]));
            emit IGuardianPausable.GuardianSet(address(0));
            cs[i].setGuardian(address(0));
            vm.prank(guardian);
            vm.expectRevert(abi.encodeWithSelector(IGuardianPausable.NotOwnerOrGuardian.selector, guardian));
            cs[i].pause();
        }
    }
}
