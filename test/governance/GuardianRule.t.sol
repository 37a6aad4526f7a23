// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {GuardianRule} from "../../contracts/governance/GuardianRule.sol";

contract GuardianRule_Test is Test {
    function check(bytes memory data) external pure returns (bool) {
        return GuardianRule.changesGuardian(data);
    }

    function test_guardianChanges_recognised() public view {
        assertTrue(this.check(abi.encodeWithSignature("setGuardian(address)", address(1))));
        assertTrue(this.check(abi.encodeWithSignature("setProposalGuardian(address)", address(1))));
        bytes32 canceller = keccak256("CANCELLER_ROLE");
        assertTrue(this.check(abi.encodeWithSignature("revokeRole(bytes32,address)", canceller, address(1))));
        assertTrue(this.check(abi.encodeWithSignature("grantRole(bytes32,address)", canceller, address(1))));
        assertFalse(this.check(abi.encodeWithSignature("grantRole(bytes32,address)", bytes32(0), address(1))));
        assertFalse(this.check(abi.encodeWithSignature("setCreationFee(uint256)", 0)));
        assertFalse(this.check(hex"1234"));
        assertFalse(this.check(abi.encodePacked(bytes4(keccak256("revokeRole(bytes32,address)")))));
    }

    /// @notice Nothing but the four guardian selectors is ever exempt from the guardian's cancel.
    function testFuzz_otherSelectors_neverGuardianChanges(bytes4 selector, bytes32 arg) public view {
        vm.assume(selector != bytes4(keccak256("setGuardian(address)")));
        vm.assume(selector != bytes4(keccak256("setProposalGuardian(address)")));
        vm.assume(selector != bytes4(keccak256("grantRole(bytes32,address)")));
        vm.assume(selector != bytes4(keccak256("revokeRole(bytes32,address)")));
        assertFalse(this.check(abi.encodePacked(selector, arg)));
    }
}
