// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {TORA} from "../../../contracts/TORA.sol";

/// @notice Drives TORA through random mints, transfers, burns and delegations by a fixed set of
///         actors, keeping the ghost state the invariants compare against.
contract TORAHandler is Test {
    TORA public immutable tora;
    address public immutable minter;
    address[] internal actors;

    /// @dev Ghost: total minted and burned through the handler.
    uint256 public ghostMinted;
    uint256 public ghostBurned;

    constructor(TORA tora_, address minter_, address[] memory actors_) {
        tora = tora_;
        minter = minter_;
        actors = actors_;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 i) external view returns (address) {
        return actors[i];
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function mint(uint256 actorSeed, uint256 amount) external {
        uint256 room = tora.cap() - tora.totalSupply();
        // Sometimes try to overshoot the cap: the token must refuse.
        amount = bound(amount, 0, room + 1 ether);
        vm.prank(minter);
        try tora.mint(_actor(actorSeed), amount) {
            ghostMinted += amount;
        } catch {
            assertGt(amount, room, "mint within the cap reverted");
        }
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, tora.balanceOf(from));
        vm.prank(from);
        tora.transfer(_actor(toSeed), amount);
    }

    function burn(uint256 actorSeed, uint256 amount) external {
        address from = _actor(actorSeed);
        amount = bound(amount, 0, tora.balanceOf(from));
        vm.prank(from);
        tora.burn(amount);
        ghostBurned += amount;
    }

    function delegate(uint256 actorSeed, uint256 delegateeSeed) external {
        vm.prank(_actor(actorSeed));
        tora.delegate(_actor(delegateeSeed));
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 7 days));
    }
}
