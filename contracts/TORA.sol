// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

import {ITORA} from "./interfaces/ITORA.sol";

/// @title TORA
/// @notice The Tensora token. ERC-20 with EIP-2612 permit and ERC20Votes checkpoints on a timestamp
///         clock (EIP-6372), a hard supply cap, and minting reserved to `MINTER_ROLE`.
/// @dev The clock is `block.timestamp` rather than the block number because OP Stack chains change
///      their block time (Governor periods are then expressed in seconds). `DEFAULT_ADMIN_ROLE` is
///      meant to be held by the governance timelock alone; it only manages roles. The genesis supply
///      is minted once, in the constructor; everything after that is emissions, minted by the
///      EmissionManager through `MINTER_ROLE`.
contract TORA is ITORA, ERC20, ERC20Burnable, ERC20Capped, ERC20Permit, ERC20Votes, AccessControl {
    /// @inheritdoc ITORA
    bytes32 public constant MINTER_ROLE = keccak256("TORA_MINTER_ROLE");

    /// @param admin The account given `DEFAULT_ADMIN_ROLE` (the governance timelock).
    /// @param genesisHolder The account that receives the genesis supply.
    /// @param genesisSupply The supply minted at deployment, in TORA wei (may be zero).
    /// @param supplyCap The hard cap on total supply, in TORA wei.
    /// @param minter The account given `MINTER_ROLE` (the EmissionManager; zero for none), so that a
    ///        deployment can hand `DEFAULT_ADMIN_ROLE` straight to governance.
    constructor(address admin, address genesisHolder, uint256 genesisSupply, uint256 supplyCap, address minter)
        ERC20("Tensora", "TORA")
        ERC20Capped(supplyCap)
        ERC20Permit("Tensora")
    {
        if (admin == address(0)) revert TORAZeroAddress("admin");
        if (supplyCap > _maxSupply()) revert TORACapTooLarge(supplyCap, _maxSupply());
        if (genesisSupply > supplyCap) revert TORAGenesisExceedsCap(genesisSupply, supplyCap);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (minter != address(0)) _grantRole(MINTER_ROLE, minter);
        if (genesisSupply > 0) {
            if (genesisHolder == address(0)) revert TORAZeroAddress("genesisHolder");
            _mint(genesisHolder, genesisSupply);
        }
    }

    /// @inheritdoc ITORA
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @inheritdoc ITORA
    function burn(uint256 amount) public override(ITORA, ERC20Burnable) {
        super.burn(amount);
    }

    /// @inheritdoc ITORA
    function cap() public view override(ITORA, ERC20Capped) returns (uint256) {
        return super.cap();
    }

    /// @inheritdoc ITORA
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    /// @notice The EIP-6372 clock: the current block timestamp, in seconds.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice The EIP-6372 clock description: checkpoints are keyed by timestamp.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice The current EIP-2612 / delegation nonce of `owner`.
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev Single hook for every balance change: the cap check (ERC20Capped) and the vote
    ///      checkpoints (ERC20Votes) both run on it.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Capped, ERC20Votes) {
        super._update(from, to, value);
    }
}
