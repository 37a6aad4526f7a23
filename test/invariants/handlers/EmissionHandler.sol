// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {EmissionManager} from "../../../contracts/EmissionManager.sol";
import {Subnet} from "../../../contracts/Subnet.sol";

/// @notice Drives the EmissionManager through weight changes (as governance), pulls (as subnets),
///         pauses and time.
contract EmissionHandler is Test {
    EmissionManager public immutable em;
    address public immutable governance;
    Subnet[] internal subnets;
    uint256[] internal ids;

    constructor(EmissionManager em_, address governance_, Subnet[] memory subnets_, uint256[] memory ids_) {
        em = em_;
        governance = governance_;
        subnets = subnets_;
        ids = ids_;
    }

    function setWeight(uint256 seed, uint16 weight) external {
        uint256 i = seed % ids.length;
        uint256[] memory one = new uint256[](1);
        uint16[] memory w = new uint16[](1);
        one[0] = ids[i];
        w[0] = uint16(bound(weight, 0, 10_000));
        vm.prank(governance);
        try em.setWeights(one, w) {} catch {}
    }

    function pull(uint256 seed) external {
        vm.prank(address(subnets[seed % subnets.length]));
        em.pull();
    }

    function togglePause(bool on) external {
        bool paused = em.paused();
        if (on == paused) return;
        vm.prank(governance);
        if (on) em.pause();
        else em.unpause();
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 3 days));
    }
}
