// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGuardianPausable} from "./IGuardianPausable.sol";

/// @title ITensoraPaymaster
/// @notice An ERC-4337 token paymaster: accounts pay for their UserOperations in TORA. The maximum
///         cost (gas including `preVerificationGas`, which carries the OP Stack L1 data fee, and the
///         EntryPoint's unused-gas penalty, plus markup) is charged in TORA during validation and
///         the excess refunded after execution. Accounts must have approved the paymaster first;
///         TensoraAccounts do so when they are created.
interface ITensoraPaymaster is IGuardianPausable {
    /// @notice Caps on what one sponsored operation may cost the deposit.
    struct Limits {
        /// @dev Highest `maxFeePerGas` an operation may carry, native wei.
        uint128 maxFeePerGas;
        /// @dev Highest EntryPoint `maxCost` (all gas limits at the max fee), native wei.
        uint128 maxCostPerOp;
    }

    /// @notice Only the EntryPoint may call this.
    error NotEntryPoint(address caller);
    /// @notice Only governance (the owner) or the price keeper may call this.
    error NotOwnerOrKeeper(address caller);
    /// @notice A parameter is out of range.
    error InvalidParameter(string name, uint256 value);
    /// @notice An address parameter is zero.
    error ZeroAddress(string name);
    /// @notice No price has been set, so no UserOperation can be priced.
    error PriceNotSet();
    /// @notice `paymasterAndData` is shorter than the 52-byte EntryPoint v0.7+ header.
    error MalformedPaymasterData(uint256 length);
    /// @notice The postOp gas limit is below what postOp needs.
    error PostOpGasLimitTooLow(uint256 limit, uint256 required);
    /// @notice The charge exceeds the limit the account signed in `paymasterAndData`.
    error ChargeAboveLimit(uint256 charge, uint256 limit);
    /// @notice The account holds less TORA than the maximum charge.
    error InsufficientBalance(uint256 balance, uint256 required);
    /// @notice The account has approved less TORA than the maximum charge.
    error InsufficientAllowance(uint256 allowance, uint256 required);
    /// @notice The operation's `maxFeePerGas` is above the governance cap.
    error FeeAboveCap(uint256 maxFeePerGas, uint256 cap);
    /// @notice The operation's maximum cost is above the governance cap.
    error CostAboveCap(uint256 maxCost, uint256 cap);
    /// @notice The EntryPoint version is neither 7 nor 8.
    error UnsupportedEntryPointVersion(uint8 version);

    /// @notice The price moved: `tokenPerNative` TORA wei per 1e18 native wei, set at `updatedAt`.
    event PriceUpdated(uint256 tokenPerNative, uint48 updatedAt, address indexed by);
    /// @notice Pricing parameters changed.
    event PricingSet(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative);
    /// @notice The per-operation caps changed.
    event LimitsSet(uint128 maxFeePerGas, uint128 maxCostPerOp);
    /// @notice The price keeper changed.
    event KeeperSet(address indexed keeper);
    /// @notice The treasury changed.
    event TreasurySet(address indexed treasury);
    /// @notice `sender`'s UserOperation cost `nativeCost` native wei, charged as `charge` TORA;
    ///         `refund` TORA of the pre-charge went back.
    event UserOperationCharged(
        address indexed sender, uint256 nativeCost, uint256 charge, uint256 refund, uint256 tokenPerNative
    );
    /// @notice `amount` collected TORA went to the treasury.
    event TokensWithdrawn(address indexed treasury, uint256 amount);
    /// @notice Native currency was added to the paymaster's EntryPoint deposit.
    event Deposited(address indexed from, uint256 amount);
    /// @notice `from` added `amount` to the EntryPoint stake, with `unstakeDelay`.
    event Staked(address indexed from, uint256 amount, uint32 unstakeDelay);
    /// @notice The unstake delay for future stakes changed.
    event UnstakeDelaySet(uint32 unstakeDelay);
    /// @notice Native currency left the EntryPoint deposit or stake.
    event NativeWithdrawn(address indexed to, uint256 amount);

    /// @notice The TORA cost of `nativeCost` native wei at the current price and markup, rounded up.
    function tokenCost(uint256 nativeCost) external view returns (uint256);
}
