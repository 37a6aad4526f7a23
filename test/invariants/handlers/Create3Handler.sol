// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {Create3Deployer} from "../../../contracts/deploy/Create3Deployer.sol";

/// @dev Deploys from a small set of callers and salts (so that collisions are tried), recording each
///      successful deployment and whether a deployment that should have failed did not.
contract Create3Handler is Test {
    Create3Deployer public immutable DEPLOYER;
    address[] internal _callers;
    mapping(address => bool) public taken;
    address[] public deployed;
    /// @dev A deployment landed somewhere other than its prediction, or on a taken address.
    bool public ghostViolation;

    constructor(Create3Deployer deployer_, address[] memory callers_) {
        DEPLOYER = deployer_;
        _callers = callers_;
    }

    function deploy(uint256 callerSeed, uint8 saltSeed, uint256 codeSeed) external {
        address caller = _callers[callerSeed % _callers.length];
        bytes32 salt = bytes32(uint256(saltSeed % 8));
        address predicted = DEPLOYER.predict(caller, salt);
        // Varying init code (returns one byte of runtime code; below 0xEF, which EIP-3541 rejects as
        // a first byte): the prediction must not depend on it.
        bytes memory initCode = abi.encodePacked(hex"6001600c60003960016000f3", bytes1(uint8(codeSeed % 0xEF)));
        vm.prank(caller);
        try DEPLOYER.deploy(salt, initCode) returns (address instance) {
            if (instance != predicted || taken[instance]) ghostViolation = true;
            taken[instance] = true;
            deployed.push(instance);
        } catch {
            if (!taken[predicted]) ghostViolation = true;
        }
    }

    function deployedCount() external view returns (uint256) {
        return deployed.length;
    }
}
