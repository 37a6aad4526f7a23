// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {TORA} from "../../contracts/TORA.sol";
import {TORAHandler} from "./handlers/TORAHandler.sol";

contract TORA_Invariants is Test {
    uint256 internal constant CAP = 1_000_000 ether;
    uint256 internal constant GENESIS = 100_000 ether;
    uint256 internal constant ACTORS = 5;

    TORA internal tora;
    TORAHandler internal handler;

    function setUp() public {
        address[] memory actors = new address[](ACTORS);
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = makeAddr(string.concat("actor", vm.toString(i)));
        }
        address minter = makeAddr("minter");
        tora = new TORA(address(this), actors[0], GENESIS, CAP, address(0));
        tora.grantRole(tora.MINTER_ROLE(), minter);
        handler = new TORAHandler(tora, minter, actors);
        targetContract(address(handler));
    }

    /// @notice Total supply never exceeds the hard cap.
    function invariant_supplyNeverExceedsCap() public view {
        assertLe(tora.totalSupply(), tora.cap());
    }

    /// @notice Supply is exactly genesis + minted - burned: no other path creates or destroys TORA.
    function invariant_supplyMatchesMintsAndBurns() public view {
        assertEq(tora.totalSupply(), GENESIS + handler.ghostMinted() - handler.ghostBurned());
    }

    /// @notice Every actor's voting power equals the sum of the balances delegated to it, and the
    ///         total voting power equals the total balance of accounts that delegated.
    function invariant_votesEqualDelegatedBalances() public view {
        uint256 n = handler.actorCount();
        uint256 totalVotes;
        uint256 totalDelegated;
        for (uint256 i; i < n; ++i) {
            address delegatee = handler.actorAt(i);
            uint256 expected;
            for (uint256 j; j < n; ++j) {
                address holder = handler.actorAt(j);
                if (tora.delegates(holder) == delegatee) expected += tora.balanceOf(holder);
            }
            assertEq(tora.getVotes(delegatee), expected, "votes != delegated balances");
            totalVotes += tora.getVotes(delegatee);
            if (tora.delegates(delegatee) != address(0)) totalDelegated += tora.balanceOf(delegatee);
        }
        assertEq(totalVotes, totalDelegated);
    }

    /// @notice Balances add up to the total supply: every TORA wei sits with an actor.
    function invariant_balancesSumToSupply() public view {
        uint256 n = handler.actorCount();
        uint256 sum;
        for (uint256 i; i < n; ++i) {
            sum += tora.balanceOf(handler.actorAt(i));
        }
        assertEq(sum, tora.totalSupply());
    }
}
