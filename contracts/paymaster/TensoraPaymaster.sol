// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {IPaymaster} from "@account-abstraction/contracts/interfaces/IPaymaster.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ITensoraPaymaster} from "../interfaces/ITensoraPaymaster.sol";

/// @dev The OP Stack GasPriceOracle predeploy (only the call the paymaster makes).
interface IGasPriceOracle {
    function getL1FeeUpperBound(uint256 unsignedTxSize) external view returns (uint256);
}

/// @title TensoraPaymaster
/// @notice Lets accounts pay for ERC-4337 UserOperations in TORA, on EntryPoint v0.7 or v0.8 (one
///         instance per EntryPoint).
///
///         Charging. Validation computes the most the operation can cost in native currency: the
///         EntryPoint's `maxCost`, the OP Stack L1 data fee upper bound for the operation's size
///         (GasPriceOracle predeploy), and the EntryPoint's unused-gas penalty; converts it at the
///         cached price plus markup, rounding up; and pulls that much TORA from the account. After
///         execution, `postOp` prices the actual cost the same way (actual gas, postOp's own gas,
///         the penalty, the L1 fee) and refunds the rest. The paymaster holds the pre-charge before
///         anything executes, so a reverting call or postOp never leaves it unpaid.
///
///         Bootstrap. An account with too little allowance (a fresh one) may send one operation
///         whose only call is `execute(TORA, 0, approve(paymaster, >= max charge))`; its TORA
///         balance is checked in validation and the charge pulled in postOp, once the approval ran.
///         Nothing in such an operation can move the account's TORA, so the charge cannot fail
///         unless a third party holding an earlier allowance from the account drains it in the same
///         bundle; that costs at most one operation's gas and needs the account's cooperation.
///
///         ERC-7562. Validation reads no environment opcode (the price's age is enforced through
///         `validUntil`, not `block.timestamp`), touches only this contract's storage, storage of
///         TORA associated with the account or this paymaster, and (read-only, allowed for a staked
///         paymaster) the GasPriceOracle. TORA's transfer writes vote checkpoints only for
///         accounts that delegated; such accounts should be bundled by a bundler that accepts it.
///
///         Governance (the owner, the timelock) sets pricing bounds, the keeper, the guardian and
///         the treasury, and withdraws deposit, stake and collected TORA (always to the treasury).
///         The keeper (or governance) updates the price within the floor. The guardian may pause;
///         only governance unpauses.
contract TensoraPaymaster is ITensoraPaymaster, IPaymaster, Ownable2Step, Pausable {
    using SafeERC20 for IERC20;

    /// @notice Basis-point denominator.
    uint256 public constant BPS = 10_000;
    /// @notice Upper bound of the markup governance may set (50%).
    uint16 public constant MAX_MARKUP_BPS = 5000;
    /// @notice Upper bound of the price staleness governance may allow.
    uint48 public constant MAX_PRICE_AGE_LIMIT = 7 days;
    /// @notice Gas `postOp` itself uses, charged on top of the EntryPoint's `actualGasCost` (which
    ///         excludes it). Measured in the tests (`test_postOp_gasWithinBudget`).
    uint256 public constant POST_OP_GAS = 45_000;
    /// @notice The least call gas a bootstrap operation (one approval) must carry.
    uint256 public constant BOOTSTRAP_CALL_GAS = 60_000;
    /// @notice EntryPoint's penalty on unused execution gas, percent.
    uint256 internal constant PENALTY_PERCENT = 10;
    /// @notice v0.8 charges the postOp penalty only when more than this much gas is unused.
    uint256 internal constant PENALTY_GAS_THRESHOLD = 40_000;
    /// @dev Bytes of the v0.7+ `paymasterAndData` header: paymaster, verification and postOp gas.
    uint256 internal constant PAYMASTER_DATA_OFFSET = 52;

    /// @notice The EntryPoint this paymaster serves.
    IEntryPoint public immutable ENTRY_POINT;
    /// @notice 7 or 8: how the EntryPoint charges its unused-gas penalty.
    uint8 public immutable ENTRY_POINT_VERSION;
    /// @notice The token accounts pay in.
    IERC20 public immutable TORA;
    /// @notice The OP Stack GasPriceOracle predeploy.
    IGasPriceOracle public immutable GAS_PRICE_ORACLE;

    /// @dev Price state, one slot: TORA wei per 1e18 native wei, when it was set, how long it is
    ///      valid, and the markup.
    struct Price {
        uint128 tokenPerNative;
        uint48 updatedAt;
        uint48 maxAge;
        uint16 markupBps;
    }

    Price internal _price;
    /// @notice The lowest price the keeper may set (TORA wei per 1e18 native wei).
    uint256 public minTokenPerNative;
    /// @notice May update the price.
    address public keeper;
    /// @notice May pause.
    address public guardian;
    /// @notice Receives collected TORA and withdrawn native currency.
    address public treasury;
    /// @notice The unstake delay `addStake` stakes with.
    uint32 public unstakeDelay;

    /// @dev Context handed from validation to postOp.
    struct Context {
        address sender;
        bool bootstrap;
        uint256 preCharge;
        uint256 tokenPerNative;
        uint256 l1Fee;
        uint256 extraGas;
    }

    /// @param owner_ Governance (the timelock).
    /// @param entryPoint_ The EntryPoint (v0.7 or v0.8).
    /// @param entryPointVersion_ 7 or 8.
    /// @param tora_ The TORA token.
    /// @param gasPriceOracle_ The GasPriceOracle predeploy (0x420000000000000000000000000000000000000F).
    /// @param treasury_ Receives collected TORA (the timelock).
    /// @param guardian_ May pause (zero for none).
    /// @param keeper_ May update the price (zero for none: governance only).
    /// @param markupBps_ Markup over the price, at most MAX_MARKUP_BPS.
    /// @param maxPriceAge_ How long a price stays usable, at most MAX_PRICE_AGE_LIMIT.
    /// @param minTokenPerNative_ Price floor (non-zero).
    /// @param unstakeDelay_ The unstake delay stakes are added with (non-zero).
    constructor(
        address owner_,
        IEntryPoint entryPoint_,
        uint8 entryPointVersion_,
        IERC20 tora_,
        IGasPriceOracle gasPriceOracle_,
        address treasury_,
        address guardian_,
        address keeper_,
        uint16 markupBps_,
        uint48 maxPriceAge_,
        uint256 minTokenPerNative_,
        uint32 unstakeDelay_
    ) Ownable(owner_) {
        if (address(entryPoint_) == address(0)) revert ZeroAddress("entryPoint");
        if (address(tora_) == address(0)) revert ZeroAddress("tora");
        if (address(gasPriceOracle_) == address(0)) revert ZeroAddress("gasPriceOracle");
        if (entryPointVersion_ != 7 && entryPointVersion_ != 8) {
            revert UnsupportedEntryPointVersion(entryPointVersion_);
        }
        ENTRY_POINT = entryPoint_;
        ENTRY_POINT_VERSION = entryPointVersion_;
        TORA = tora_;
        GAS_PRICE_ORACLE = gasPriceOracle_;
        _setTreasury(treasury_);
        _setGuardian(guardian_);
        _setKeeper(keeper_);
        _setPricing(markupBps_, maxPriceAge_, minTokenPerNative_);
        _setUnstakeDelay(unstakeDelay_);
    }

    modifier onlyEntryPoint() {
        if (msg.sender != address(ENTRY_POINT)) revert NotEntryPoint(msg.sender);
        _;
    }

    // ================================================================ ERC-4337

    /// @inheritdoc IPaymaster
    function validatePaymasterUserOp(PackedUserOperation calldata userOp, bytes32, uint256 maxCost)
        external
        override
        onlyEntryPoint
        whenNotPaused
        returns (bytes memory context, uint256 validationData)
    {
        Price memory price = _price;
        if (price.tokenPerNative == 0) revert PriceNotSet();
        Context memory c = _priceOp(userOp, maxCost, price);
        c.sender = userOp.sender;
        uint256 balance = TORA.balanceOf(c.sender);
        if (balance < c.preCharge) revert InsufficientBalance(balance, c.preCharge);
        uint256 allowance = TORA.allowance(c.sender, address(this));
        if (allowance < c.preCharge) {
            if (!_isBootstrap(userOp.callData, c.preCharge)) revert InsufficientAllowance(allowance, c.preCharge);
            // Enough gas that the approval cannot run out of it (then postOp could not charge).
            uint256 callGasLimit = uint128(uint256(userOp.accountGasLimits));
            if (callGasLimit < BOOTSTRAP_CALL_GAS) revert BootstrapCallGasTooLow(callGasLimit, BOOTSTRAP_CALL_GAS);
            c.bootstrap = true;
        } else {
            // `sender` is the operation's account, whose signature the EntryPoint has just
            // validated; only the EntryPoint calls this.
            // slither-disable-next-line arbitrary-send-erc20
            TORA.safeTransferFrom(c.sender, address(this), c.preCharge);
        }
        context = abi.encode(c);
        // validUntil = the price's expiry: the EntryPoint rejects the op afterwards.
        validationData = uint256(price.updatedAt + price.maxAge) << 160;
    }

    /// @inheritdoc IPaymaster
    function postOp(PostOpMode, bytes calldata context, uint256 actualGasCost, uint256 actualUserOpFeePerGas)
        external
        override
        onlyEntryPoint
    {
        Context memory c = abi.decode(context, (Context));
        uint256 nativeCost = actualGasCost + c.extraGas * actualUserOpFeePerGas + c.l1Fee;
        Price memory price = _price;
        price.tokenPerNative = uint128(c.tokenPerNative);
        uint256 charge = Math.min(_tokenCost(nativeCost, price), c.preCharge);
        uint256 refund = c.bootstrap ? 0 : c.preCharge - charge;
        if (c.bootstrap) {
            // The account approved this paymaster in the operation that just ran (validation
            // checked its shape and the account's balance).
            // slither-disable-next-line arbitrary-send-erc20
            TORA.safeTransferFrom(c.sender, address(this), charge);
        } else if (refund != 0) {
            TORA.safeTransfer(c.sender, refund);
        }
        emit UserOperationCharged(c.sender, nativeCost, charge, refund, c.tokenPerNative);
    }

    // ================================================================ pricing

    /// @notice Sets the price: `tokenPerNative` TORA wei per 1e18 native wei. Keeper or governance.
    /// @param tokenPerNative The price, at least `minTokenPerNative`.
    function setPrice(uint256 tokenPerNative) external {
        if (msg.sender != keeper && msg.sender != owner()) revert NotOwnerOrKeeper(msg.sender);
        if (tokenPerNative < minTokenPerNative || tokenPerNative > type(uint128).max) {
            revert InvalidParameter("tokenPerNative", tokenPerNative);
        }
        _price.tokenPerNative = uint128(tokenPerNative);
        _price.updatedAt = uint48(block.timestamp);
        emit PriceUpdated(tokenPerNative, uint48(block.timestamp), msg.sender);
    }

    /// @notice Sets markup, staleness bound and price floor. Governance only.
    /// @param markupBps Markup, at most MAX_MARKUP_BPS.
    /// @param maxPriceAge Seconds a price stays usable, 1..MAX_PRICE_AGE_LIMIT.
    /// @param minTokenPerNative_ Price floor, non-zero.
    function setPricing(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative_) external onlyOwner {
        _setPricing(markupBps, maxPriceAge, minTokenPerNative_);
    }

    /// @notice The current price and its parameters.
    /// @return tokenPerNative TORA wei per 1e18 native wei.
    /// @return updatedAt When it was set.
    /// @return validUntil When operations priced with it stop validating.
    /// @return markupBps Markup.
    function price()
        external
        view
        returns (uint256 tokenPerNative, uint48 updatedAt, uint48 validUntil, uint16 markupBps)
    {
        Price memory p = _price;
        return (p.tokenPerNative, p.updatedAt, p.updatedAt + p.maxAge, p.markupBps);
    }

    /// @inheritdoc ITensoraPaymaster
    function tokenCost(uint256 nativeCost) external view returns (uint256) {
        return _tokenCost(nativeCost, _price);
    }

    // ================================================================ administration

    /// @notice Sets the price keeper (zero: governance only). Governance only.
    /// @param keeper_ The keeper.
    function setKeeper(address keeper_) external onlyOwner {
        _setKeeper(keeper_);
    }

    /// @notice Sets the guardian (zero: none). Governance only.
    /// @param guardian_ The guardian.
    function setGuardian(address guardian_) external onlyOwner {
        _setGuardian(guardian_);
    }

    /// @notice Sets the treasury. Governance only.
    /// @param treasury_ The treasury.
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
    }

    /// @notice Stops sponsoring. Governance or the guardian.
    function pause() external {
        if (msg.sender != owner() && msg.sender != guardian) revert NotOwnerOrGuardian(msg.sender);
        _pause();
    }

    /// @notice Resumes sponsoring. Governance only.
    function unpause() external onlyOwner {
        _unpause();
    }

    /// @notice Sends `amount` collected TORA to the treasury. Governance only.
    /// @param amount TORA wei.
    function withdrawTokens(uint256 amount) external onlyOwner {
        address to = treasury;
        emit TokensWithdrawn(to, amount);
        TORA.safeTransfer(to, amount);
    }

    // ================================================================ EntryPoint deposit and stake

    /// @notice Adds the sent native currency to this paymaster's EntryPoint deposit. Anyone.
    function deposit() external payable {
        emit Deposited(msg.sender, msg.value);
        ENTRY_POINT.depositTo{value: msg.value}(address(this));
    }

    /// @notice Withdraws `amount` of the EntryPoint deposit to the treasury. Governance only.
    /// @param amount Native wei.
    function withdrawDeposit(uint256 amount) external onlyOwner {
        address payable to = payable(treasury);
        emit NativeWithdrawn(to, amount);
        ENTRY_POINT.withdrawTo(to, amount);
    }

    /// @notice Adds the sent native currency to this paymaster's EntryPoint stake, with the
    ///         governance-set `unstakeDelay` (a paymaster that reads other contracts' storage in
    ///         validation must be staked). Anyone may fund it; only governance unlocks and
    ///         withdraws it, to the treasury.
    function addStake() external payable {
        emit Staked(msg.sender, msg.value, unstakeDelay);
        ENTRY_POINT.addStake{value: msg.value}(unstakeDelay);
    }

    /// @notice Sets the unstake delay future stakes use (the EntryPoint refuses to lower it below
    ///         the current stake's). Governance only.
    /// @param unstakeDelay_ Seconds, non-zero.
    function setUnstakeDelay(uint32 unstakeDelay_) external onlyOwner {
        _setUnstakeDelay(unstakeDelay_);
    }

    /// @notice Starts the stake's unlock delay. Governance only.
    function unlockStake() external onlyOwner {
        ENTRY_POINT.unlockStake();
    }

    /// @notice Withdraws the unlocked stake to the treasury. Governance only.
    function withdrawStake() external onlyOwner {
        address payable to = payable(treasury);
        emit NativeWithdrawn(to, ENTRY_POINT.getDepositInfo(address(this)).stake);
        ENTRY_POINT.withdrawStake(to);
    }

    /// @notice This paymaster's EntryPoint deposit.
    /// @return Native wei.
    function getDeposit() external view returns (uint256) {
        return ENTRY_POINT.balanceOf(address(this));
    }

    /// @notice Semantic version of this contract.
    /// @return The version string.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    // ================================================================ internals

    /// @dev Prices the operation's maximum cost: the EntryPoint's `maxCost`, the gas its
    ///      `actualGasCost` will not include (postOp, the unused-gas penalty) at the op's max fee,
    ///      and the L1 data fee upper bound for the op's size. Enforces the postOp gas floor and the
    ///      optional limit the account signed (`paymasterAndData[52:68]`, TORA wei).
    function _priceOp(PackedUserOperation calldata userOp, uint256 maxCost, Price memory p)
        internal
        view
        returns (Context memory c)
    {
        bytes calldata pmData = userOp.paymasterAndData;
        if (pmData.length < PAYMASTER_DATA_OFFSET) revert MalformedPaymasterData(pmData.length);
        uint256 postOpLimit = uint128(bytes16(pmData[36:52]));
        if (postOpLimit < POST_OP_GAS) revert PostOpGasLimitTooLow(postOpLimit, POST_OP_GAS);
        c.extraGas = _extraGas(uint128(uint256(userOp.accountGasLimits)), postOpLimit);
        // The op's share of the bundle's L1 data: its encoding is about this call's calldata.
        c.l1Fee = GAS_PRICE_ORACLE.getL1FeeUpperBound(msg.data.length);
        c.tokenPerNative = p.tokenPerNative;
        c.preCharge = _tokenCost(maxCost + c.extraGas * uint128(uint256(userOp.gasFees)) + c.l1Fee, p);
        if (pmData.length >= PAYMASTER_DATA_OFFSET + 16) {
            uint256 limit = uint128(bytes16(pmData[PAYMASTER_DATA_OFFSET:PAYMASTER_DATA_OFFSET + 16]));
            if (c.preCharge > limit) revert ChargeAboveLimit(c.preCharge, limit);
        }
    }

    /// @dev TORA for `nativeCost` at `p`'s price plus markup, rounded up.
    function _tokenCost(uint256 nativeCost, Price memory p) internal pure returns (uint256) {
        return Math.mulDiv(nativeCost, uint256(p.tokenPerNative) * (BPS + p.markupBps), 1e18 * BPS, Math.Rounding.Ceil);
    }

    /// @dev Gas the EntryPoint's `actualGasCost` does not include: postOp's own gas and, at most,
    ///      the unused-gas penalty. v0.7 adds 10% of unused (callGasLimit + postOpGasLimit) after
    ///      postOp; charging it on the whole call gas limit bounds it from above. v0.8 already
    ///      includes the call's penalty in `actualGasCost` and adds 10% of unused postOp gas when
    ///      more than 40,000 is unused.
    function _extraGas(uint256 callGasLimit, uint256 postOpLimit) internal view returns (uint256) {
        uint256 unusedPostOp = postOpLimit - POST_OP_GAS;
        if (ENTRY_POINT_VERSION == 7) {
            return POST_OP_GAS + (callGasLimit + unusedPostOp) * PENALTY_PERCENT / 100;
        }
        return POST_OP_GAS + (unusedPostOp > PENALTY_GAS_THRESHOLD ? unusedPostOp * PENALTY_PERCENT / 100 : 0);
    }

    /// @dev Whether `callData` is exactly `execute(TORA, 0, approve(this, amount >= required))`
    ///      (SimpleAccount's `execute(address,uint256,bytes)`, the same in v0.7 and v0.8).
    function _isBootstrap(bytes calldata callData, uint256 required) internal view returns (bool) {
        // execute selector + dest + value + offset + length + approve(spender, amount) (68 bytes,
        // padded to 96).
        if (callData.length != 4 + 32 * 4 + 96 || bytes4(callData[:4]) != bytes4(0xb61d27f6)) return false;
        (address dest, uint256 value, bytes memory inner) = abi.decode(callData[4:], (address, uint256, bytes));
        if (dest != address(TORA) || value != 0 || inner.length != 68) return false;
        bytes4 selector;
        address spender;
        uint256 amount;
        assembly ("memory-safe") {
            selector := mload(add(inner, 32))
            spender := mload(add(inner, 36))
            amount := mload(add(inner, 68))
        }
        return selector == IERC20.approve.selector && spender == address(this) && amount >= required;
    }

    function _setPricing(uint16 markupBps, uint48 maxPriceAge, uint256 minTokenPerNative_) internal {
        if (markupBps > MAX_MARKUP_BPS) revert InvalidParameter("markupBps", markupBps);
        if (maxPriceAge == 0 || maxPriceAge > MAX_PRICE_AGE_LIMIT) revert InvalidParameter("maxPriceAge", maxPriceAge);
        if (minTokenPerNative_ == 0 || minTokenPerNative_ > type(uint128).max) {
            revert InvalidParameter("minTokenPerNative", minTokenPerNative_);
        }
        _price.markupBps = markupBps;
        _price.maxAge = maxPriceAge;
        minTokenPerNative = minTokenPerNative_;
        emit PricingSet(markupBps, maxPriceAge, minTokenPerNative_);
    }

    function _setUnstakeDelay(uint32 unstakeDelay_) internal {
        if (unstakeDelay_ == 0) revert InvalidParameter("unstakeDelay", 0);
        unstakeDelay = unstakeDelay_;
        emit UnstakeDelaySet(unstakeDelay_);
    }

    function _setKeeper(address keeper_) internal {
        keeper = keeper_;
        emit KeeperSet(keeper_);
    }

    function _setGuardian(address guardian_) internal {
        guardian = guardian_;
        emit GuardianSet(guardian_);
    }

    function _setTreasury(address treasury_) internal {
        if (treasury_ == address(0)) revert ZeroAddress("treasury");
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }
}
