// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ITORA
/// @notice The TORA token as the rest of the Tensora suite sees it: an ERC-20 that only holders of
///         the minter role (the EmissionManager) can mint, under a hard supply cap.
interface ITORA is IERC20 {
    /// @notice A constructor argument that must be a real account was the zero address.
    /// @param parameter The name of the constructor parameter.
    error TORAZeroAddress(string parameter);

    /// @notice The requested supply cap exceeds what ERC20Votes can checkpoint (2^208 - 1).
    /// @param cap The requested cap, in TORA wei.
    /// @param maxCap The largest cap ERC20Votes supports, in TORA wei.
    error TORACapTooLarge(uint256 cap, uint256 maxCap);

    /// @notice The genesis supply is larger than the cap.
    /// @param genesisSupply The requested genesis supply, in TORA wei.
    /// @param cap The supply cap, in TORA wei.
    error TORAGenesisExceedsCap(uint256 genesisSupply, uint256 cap);

    /// @notice The role allowed to mint TORA (granted to the EmissionManager).
    function MINTER_ROLE() external view returns (bytes32);

    /// @notice Mints `amount` TORA wei to `to`.
    /// @dev Only `MINTER_ROLE`. Reverts with `ERC20ExceededCap` when the supply would exceed `cap()`.
    /// @param to The recipient.
    /// @param amount The amount, in TORA wei.
    function mint(address to, uint256 amount) external;

    /// @notice Burns `amount` TORA wei from the caller's balance (used for burned slashes).
    /// @param amount The amount, in TORA wei.
    function burn(uint256 amount) external;

    /// @notice The hard supply cap, in TORA wei. Total supply never exceeds it.
    function cap() external view returns (uint256);

    /// @notice The semantic version of this contract's bytecode.
    function version() external view returns (string memory);
}
