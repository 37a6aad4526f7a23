// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {CREATE3} from "solady/utils/CREATE3.sol";

import {Create3Deployer} from "../../contracts/deploy/Create3Deployer.sol";

/// @dev A contract whose constructor records who deployed it and with what, and can revert.
contract Probe {
    uint256 public immutable ARG;
    address public immutable CREATOR;

    constructor(uint256 arg) payable {
        require(arg != 0, "zero");
        ARG = arg;
        CREATOR = msg.sender;
    }
}

contract Create3Deployer_Test is Test {
    Create3Deployer internal deployer;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        deployer = new Create3Deployer();
    }

    function _probe(uint256 arg) internal pure returns (bytes memory) {
        return abi.encodePacked(type(Probe).creationCode, abi.encode(arg));
    }

    function test_deploy_landsAtPrediction_succeeds() public {
        address predicted = deployer.predict(alice, "tora");
        vm.expectEmit(address(deployer));
        emit Create3Deployer.Deployed(alice, "tora", predicted);
        vm.prank(alice);
        address instance = deployer.deploy("tora", _probe(7));
        assertEq(instance, predicted);
        assertEq(Probe(instance).ARG(), 7);
        assertEq(deployer.version(), "1.0.0");
    }

    function test_predict_ignoresInitCode_succeeds() public {
        uint256 snap = vm.snapshotState();
        vm.prank(alice);
        address first = deployer.deploy("x", _probe(1));
        vm.revertToState(snap);
        vm.prank(alice);
        address second = deployer.deploy("x", _probe(2));
        assertEq(first, second);
    }

    function test_predict_scopedByCaller_succeeds() public view {
        assertTrue(deployer.predict(alice, "x") != deployer.predict(bob, "x"));
        assertTrue(deployer.predict(alice, "x") != deployer.predict(alice, "y"));
    }

    function test_deploy_otherCallerCannotTakeAddress_succeeds() public {
        address predicted = deployer.predict(alice, "x");
        vm.prank(bob);
        address squatted = deployer.deploy("x", _probe(1));
        assertTrue(squatted != predicted);
        vm.prank(alice);
        assertEq(deployer.deploy("x", _probe(1)), predicted);
    }

    function test_deploy_forwardsValue_succeeds() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        address instance = deployer.deploy{value: 1 ether}("v", _probe(1));
        assertEq(instance.balance, 1 ether);
    }

    function test_deploy_sameSaltTwice_reverts() public {
        vm.startPrank(alice);
        deployer.deploy("x", _probe(1));
        vm.expectRevert(CREATE3.DeploymentFailed.selector);
        deployer.deploy("x", _probe(1));
        vm.stopPrank();
    }

    function test_deploy_constructorReverts_reverts() public {
        vm.prank(alice);
        vm.expectRevert(CREATE3.DeploymentFailed.selector);
        deployer.deploy("x", _probe(0));
        assertEq(deployer.predict(alice, "x").code.length, 0);
    }

    function testFuzz_deploy_landsAtPrediction(address caller, bytes32 salt, uint256 arg) public {
        arg = bound(arg, 1, type(uint256).max);
        vm.assume(caller != address(0));
        address predicted = deployer.predict(caller, salt);
        vm.prank(caller);
        address instance = deployer.deploy(salt, _probe(arg));
        assertEq(instance, predicted);
        assertEq(Probe(instance).ARG(), arg);
    }
}
