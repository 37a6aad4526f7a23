// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {TensoraAccount} from "../../contracts/paymaster/TensoraAccount.sol";
import {TensoraAccountFactory} from "../../contracts/paymaster/TensoraAccountFactory.sol";
import {PaymasterFixture} from "../utils/PaymasterFixture.sol";

contract TensoraAccountFactory_Test is PaymasterFixture {
    function entryPointVersion() internal pure override returns (uint8) {
        return 7;
    }

    function _factory() internal view returns (TensoraAccountFactory) {
        return TensoraAccountFactory(address(factory));
    }

    /// @notice Every account the factory creates approves exactly the paymaster, for TORA, and
    ///         lands where `getAddress` said, once.
    function testFuzz_createAccount_landsAtPredictedAddressAndApprovesPaymaster(address owner, uint256 salt) public {
        address predicted = _factory().getAddress(owner, salt);
        vm.expectEmit(address(factory));
        emit TensoraAccountFactory.AccountCreated(predicted, owner, salt);
        TensoraAccount account = _factory().createAccount(owner, salt);
        assertEq(address(account), predicted);
        assertEq(account.owner(), owner);
        assertEq(tora.allowance(predicted, address(paymaster)), type(uint256).max);
        assertEq(address(account.entryPoint()), address(entryPoint));
        // A second call returns the same account and changes nothing.
        vm.recordLogs();
        assertEq(address(_factory().createAccount(owner, salt)), predicted);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    /// @notice The implementation cannot be initialized (taken over) by anyone.
    function test_implementation_cannotBeInitialized_reverts() public {
        TensoraAccount impl = _factory().ACCOUNT_IMPLEMENTATION();
        vm.expectRevert();
        impl.initialize(outsider);
        assertEq(tora.allowance(address(impl), address(paymaster)), 0);
    }

    /// @notice Anyone may stake the factory; only governance unlocks and withdraws, to where it says.
    function test_stake_anyoneAdds_onlyGovernanceWithdraws_succeeds() public {
        vm.deal(outsider, 2 ether);
        vm.prank(outsider);
        vm.expectEmit(address(factory));
        emit TensoraAccountFactory.Staked(outsider, 1 ether, 1 days);
        _factory().addStake{value: 1 ether}(1 days);
        assertEq(entryPoint.getDepositInfo(address(factory)).stake, 1 ether);

        bytes memory unauthorized = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, outsider);
        vm.startPrank(outsider);
        vm.expectRevert(unauthorized);
        _factory().unlockStake();
        vm.expectRevert(unauthorized);
        _factory().withdrawStake(payable(outsider));
        vm.stopPrank();

        vm.prank(gov);
        _factory().unlockStake();
        vm.warp(block.timestamp + 1 days);
        vm.prank(gov);
        _factory().withdrawStake(payable(treasury));
        assertEq(treasury.balance, 1 ether);
        assertEq(_factory().owner(), gov);
    }
}
