// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IEmissionManager} from "../contracts/interfaces/IEmissionManager.sol";
import {ISubnet} from "../contracts/interfaces/ISubnet.sol";
import {ISubnetRegistry} from "../contracts/interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "../contracts/interfaces/IValidatorTrust.sol";
import {SubnetCloser} from "../contracts/subnet/SubnetCloser.sol";
import {SubnetStorage} from "../contracts/subnet/SubnetStorage.sol";
import {Hyperparameters} from "../contracts/types/Hyperparameters.sol";
import {EpochTestBase} from "./SubnetEpoch.t.sol";

/// @notice A miner's rewards live in its slot's state while it holds the slot (the close writes
///         that one word per miner per epoch): they follow the account, never the uid, when it
///         leaves or is replaced, and a newcomer in the same uid starts from nothing.
contract Subnet_SlotRewards_Test is EpochTestBase {
    /// @dev 4 miners and 3 validators fill the subnet, so that one more miner replaces one.
    function baseHyperparameters() internal pure override returns (Hyperparameters memory hp) {
        hp = defaultHyperparameters();
        hp.maxSlots = 7;
        hp.maxValidators = 3;
    }

    /// @dev One epoch in which every validator scores the miners 5, 4, 3, 1.
    function _scoreEpoch() internal {
        scoreAll(
            subnet,
            vals(),
            scores3([uint16(5), 4, 3, 1], [uint16(5), 4, 3, 1], [uint16(5), 4, 3, 1]),
            new uint256[][](3)
        );
        closeNow(subnet);
    }

    /// @dev Two scored epochs: the first's points settle into the slots at the second's close, the
    ///      second's are worth their reward-per-point once it closed.
    function _scoreTwoEpochs() internal {
        _scoreEpoch();
        _scoreEpoch();
    }

    function test_minerRewards_followAccountWhenItDeregisters() public {
        _scoreTwoEpochs();
        uint256 owed = subnet.claimable(miners[0]);
        assertGt(owed, 0, "the miner earned");
        uint16 uid = subnet.memberOf(miners[0]).uid;

        vm.prank(miners[0]);
        subnet.deregister();
        assertEq(subnet.claimable(miners[0]), owed, "leaving keeps what was earned");

        address newcomer = makeAddr("newcomer");
        assertEq(registerMiner(subnet, newcomer, 100 ether), uid, "the freed uid is reused");
        assertEq(subnet.claimable(newcomer), 0, "the newcomer inherits nothing");
        assertEq(subnet.claimable(miners[0]), owed);

        uint256 before = tora.balanceOf(miners[0]);
        vm.prank(miners[0]);
        assertEq(subnet.claimRewards(), owed);
        assertEq(tora.balanceOf(miners[0]) - before, owed);
        assertEq(subnet.claimable(miners[0]), 0);
        vm.prank(miners[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NothingToClaim.selector, miners[0]));
        subnet.claimRewards();
    }

    function test_minerRewards_followAccountWhenReplaced() public {
        _scoreTwoEpochs();
        // miners[3] scored lowest: the newcomer replaces it once immunity is over.
        vm.warp(block.timestamp + defaultHyperparameters().immunityPeriod);
        uint256 owed = subnet.claimable(miners[3]);
        assertGt(owed, 0);
        uint16 uid = subnet.memberOf(miners[3]).uid;
        address newcomer = makeAddr("newcomer");
        assertEq(registerMiner(subnet, newcomer, 100 ether), uid);
        assertFalse(subnet.memberOf(miners[3]).registered, "replaced");

        assertEq(subnet.claimable(miners[3]), owed, "the replaced miner keeps what it earned");
        assertEq(subnet.claimable(newcomer), 0);
        vm.prank(miners[3]);
        assertEq(subnet.claimRewards(), owed);
    }

    function test_validatorRewards_inSlot_followAccountWhenItDeregisters() public {
        _scoreTwoEpochs();
        uint256 owed = subnet.claimable(validators[0]);
        assertGt(owed, 0, "the validator earned");
        // A delegation claim does not pay a held slot's rewards (nothing else is owed here).
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(ISubnet.NothingToClaim.selector, validators[0]));
        subnet.claimDelegationRewards(validators[2]);

        vm.prank(validators[0]);
        subnet.deregister();
        assertEq(subnet.claimable(validators[0]), owed, "leaving keeps what was earned");
        // Once out of the slot, the rewards are in its balance: any claim pays them.
        vm.prank(validators[0]);
        assertEq(subnet.claimDelegationRewards(validators[2]), owed);
        assertEq(subnet.claimable(validators[0]), 0);
    }

    function test_minerRewards_claimThenEarnAgain() public {
        _scoreTwoEpochs();
        vm.prank(miners[1]);
        uint256 first = subnet.claimRewards();
        assertGt(first, 0);
        assertEq(subnet.claimable(miners[1]), 0, "claimed points are spent");
        _scoreEpoch();
        assertGt(subnet.claimable(miners[1]), 0, "the next epoch pays again");
        (uint256 owedBefore,) = subnet.rewardBalances();
        vm.prank(miners[1]);
        uint256 second = subnet.claimRewards();
        (uint256 owedAfter,) = subnet.rewardBalances();
        assertEq(owedBefore - owedAfter, second, "a claim pays exactly what it takes off the books");
    }
}

/// @dev SubnetCloser's miner crediting, callable on a state word of one's choosing.
contract CreditHarness is SubnetCloser {
    constructor()
        SubnetCloser(
            ISubnetRegistry(address(0)), IERC20(address(0)), IValidatorTrust(address(0)), IEmissionManager(address(0))
        )
    {}

    function setUp(uint256 uid, address account, uint64 epoch, uint256 rewardPerPoint) external {
        _slotAccounts[uid] = account;
        _epoch = epoch;
        _minerRewardPerPoint[epoch - 1] = rewardPerPoint;
    }

    /// @dev With epoch - 1's reward-per-point read once by the caller (`cached`, as the close
    ///      does) or read here.
    function credit(uint256 uid, SlotState calldata st, uint256 points, bool cached) external {
        uint256 last = cached ? _minerRewardPerPoint[_epoch - 1] : UNREAD;
        _creditMiner(uid, _encodeSlotState(st), points, false, 3, _epoch, last);
    }

    function state(uint256 uid) external view returns (SlotState memory) {
        return _slotStates[uid];
    }

    function claimableOf(address account) external view returns (uint256) {
        return _claimable[account];
    }
}

/// @notice Slot rewards that would pass 2^96 move to the account's balance instead of wrapping.
contract SubnetCloser_CreditMiner_Test is EpochTestBase {
    function test_creditMiner_rewardsPast96Bits_moveToAccount() public {
        CreditHarness h = new CreditHarness();
        address miner = makeAddr("big miner");
        h.setUp(9, miner, 5, 2e18); // reward-per-point of epoch 4: 2 TORA wei per point
        SubnetStorage.SlotState memory st = SubnetStorage.SlotState({
            registeredAt: 1,
            pruningScore: 0,
            isValidator: false,
            strikes: 0,
            claimable: type(uint96).max - 10,
            points: 6,
            pointsEpoch: 4
        });
        h.credit(9, st, 1e17, true);
        SubnetStorage.SlotState memory after_ = h.state(9);
        assertEq(after_.claimable, 0, "the slot's rewards moved out");
        assertEq(h.claimableOf(miner), uint256(type(uint96).max) - 10 + 12, "to the account, nothing lost");
        assertEq(after_.points, 1e17);
        assertEq(after_.pointsEpoch, 5);
        assertEq(after_.pruningScore, uint16(uint256(1e17) * 0xffff / 1e18));

        // Below the bound they stay in the slot.
        st.claimable = 100;
        h.credit(9, st, 1e17, false);
        assertEq(h.state(9).claimable, 112);
        h.credit(9, st, 1e17, true);
        assertEq(h.state(9).claimable, 112, "the same with the reward-per-point read by the caller");
        assertEq(h.claimableOf(miner), uint256(type(uint96).max) + 2, "unchanged");
    }
}
