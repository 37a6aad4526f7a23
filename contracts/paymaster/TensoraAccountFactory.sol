// SPDX-License-Identifier: GPL-3.0
pragma solidity 0.8.30;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Create2} from "@openzeppelin/contracts/utils/Create2.sol";
import {IEntryPoint} from "aa-v07/interfaces/IEntryPoint.sol";
import {SimpleAccount} from "aa-v07/samples/SimpleAccount.sol";

import {TensoraAccount} from "./TensoraAccount.sol";

/// @title TensoraAccountFactory
/// @notice Creates TensoraAccounts (ERC-1967 proxies of one implementation, CREATE2 by owner and
///         salt), the same way SimpleAccountFactory does: an account that holds only TORA is
///         created by its first UserOperation (`initCode` = this factory + `createAccount`) and
///         pays for it in TORA, because it approves the paymaster while it is being created.
///
///         ERC-7562. Creating an account writes TORA's allowance slot of the new account (storage
///         associated with the sender), which bundlers accept only from a staked factory: anyone
///         may add stake; only governance (the owner) unlocks and withdraws it.
/// @dev Licensed GPL-3.0 because it deploys GPL-3.0 code (`SimpleAccount`).
contract TensoraAccountFactory is Ownable2Step {
    /// @notice The implementation every account proxies to.
    TensoraAccount public immutable ACCOUNT_IMPLEMENTATION;
    /// @notice The EntryPoint the accounts (and this factory's stake) belong to.
    IEntryPoint public immutable ENTRY_POINT;

    /// @notice `account` was created for `owner` with `salt`.
    event AccountCreated(address indexed account, address indexed owner, uint256 salt);
    /// @notice `from` added `amount` to this factory's EntryPoint stake with `unstakeDelay`.
    event Staked(address indexed from, uint256 amount, uint32 unstakeDelay);
    /// @notice The unlocked stake went to `to`.
    event StakeWithdrawn(address indexed to);

    /// @param owner_ Governance (the timelock): may unlock and withdraw the stake.
    /// @param entryPoint_ The EntryPoint (v0.7 on OP Stack chains).
    /// @param tora_ The TORA token.
    /// @param paymaster_ The TensoraPaymaster the accounts approve.
    constructor(address owner_, IEntryPoint entryPoint_, IERC20 tora_, address paymaster_) Ownable(owner_) {
        ENTRY_POINT = entryPoint_;
        ACCOUNT_IMPLEMENTATION = new TensoraAccount(entryPoint_, tora_, paymaster_);
    }

    /// @notice Creates `owner`'s account for `salt`, or returns it if it exists.
    /// @param owner The key that signs the account's operations.
    /// @param salt Distinguishes several accounts of one owner.
    /// @return account The account.
    function createAccount(address owner, uint256 salt) external returns (TensoraAccount account) {
        address predicted = getAddress(owner, salt);
        if (predicted.code.length > 0) return TensoraAccount(payable(predicted));
        account = TensoraAccount(
            payable(new ERC1967Proxy{salt: bytes32(salt)}(address(ACCOUNT_IMPLEMENTATION), _init(owner)))
        );
        emit AccountCreated(address(account), owner, salt);
    }

    /// @notice The address `createAccount(owner, salt)` creates (before it exists, too).
    /// @param owner The key that signs the account's operations.
    /// @param salt Distinguishes several accounts of one owner.
    /// @return The account's address.
    function getAddress(address owner, uint256 salt) public view returns (address) {
        bytes memory creation = abi.encodePacked(
            type(ERC1967Proxy).creationCode, abi.encode(address(ACCOUNT_IMPLEMENTATION), _init(owner))
        );
        return Create2.computeAddress(bytes32(salt), keccak256(creation));
    }

    /// @notice Adds the sent native currency to this factory's EntryPoint stake. Anyone.
    /// @param unstakeDelay Seconds; the EntryPoint refuses to lower an existing stake's delay.
    function addStake(uint32 unstakeDelay) external payable {
        emit Staked(msg.sender, msg.value, unstakeDelay);
        ENTRY_POINT.addStake{value: msg.value}(unstakeDelay);
    }

    /// @notice Starts the stake's unlock delay. Governance only.
    function unlockStake() external onlyOwner {
        ENTRY_POINT.unlockStake();
    }

    /// @notice Withdraws the unlocked stake to `to`. Governance only.
    /// @param to Receives the stake.
    function withdrawStake(address payable to) external onlyOwner {
        emit StakeWithdrawn(to);
        ENTRY_POINT.withdrawStake(to);
    }

    function _init(address owner) internal pure returns (bytes memory) {
        return abi.encodeCall(SimpleAccount.initialize, (owner));
    }
}
