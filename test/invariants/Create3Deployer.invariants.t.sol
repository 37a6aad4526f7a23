// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {Create3Deployer} from "../../contracts/deploy/Create3Deployer.sol";
import {Create3Handler} from "./handlers/Create3Handler.sol";

contract Create3Deployer_Invariants is Test {
    Create3Deployer internal deployer;
    Create3Handler internal handler;

    function setUp() public {
        deployer = new Create3Deployer();
        address[] memory callers = new address[](3);
        for (uint256 i; i < callers.length; ++i) {
            callers[i] = makeAddr(string.concat("caller", vm.toString(i)));
        }
        handler = new Create3Handler(deployer, callers);
        targetContract(address(handler));
    }

    /// @notice Every deployment lands exactly at its prediction, an address is never reused, and a
    ///         deployment fails only when its address is already taken.
    function invariant_deploymentsLandAtPredictionsOnce() public view {
        assertFalse(handler.ghostViolation());
    }

    /// @notice Every recorded instance holds code (nothing reported as deployed is empty).
    function invariant_deployedInstancesHaveCode() public view {
        uint256 n = handler.deployedCount();
        for (uint256 i; i < n; ++i) {
            assertGt(handler.deployed(i).code.length, 0);
        }
    }
}
