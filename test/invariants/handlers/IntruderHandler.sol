// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

/// @notice Fires every privileged call of the suite from random callers (the deployer among them);
///         none may succeed. `successes` counts the ones that did.
contract IntruderHandler is Test {
    address[] internal callers;
    address[] internal targets;
    bytes[] internal calls;
    uint256 public successes;

    constructor(address[] memory callers_, address[] memory targets_, bytes[] memory calls_) {
        callers = callers_;
        targets = targets_;
        calls = calls_;
    }

    function attempt(uint256 callerSeed, uint256 callSeed) external {
        uint256 i = callSeed % calls.length;
        vm.prank(callers[callerSeed % callers.length]);
        (bool ok,) = targets[i].call(calls[i]);
        if (ok) ++successes;
    }
}
