// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {IPaymaster} from "@account-abstraction/contracts/interfaces/IPaymaster.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {GuardianPausable} from "../governance/GuardianPausable.sol";
import {ITensoraPaymaster} from "../interfaces/ITensoraPaymaster.sol";

/// @title TensoraPaymaster
/// @notice Lets accounts pay for ERC-4337 UserOperations in TORA, on EntryPoint v0.7 or v0.8 (one
///         instance per EntryPoint).
///
///         Charging. Validation computes the most the operation can cost in native currency: the
///         EntryPoint's `maxCost` plus the gas its `actualGasCost` leaves out (postOp's own gas and
///         the unused-gas penalty) at the operation's max fee; converts it at the cached price plus
///         markup, rounding up; and pulls that much TORA from the account before anything
///         executes. `postOp` prices the actual cost the same way and refunds the rest. So the
///         deposit only ever pays for an operation whose TORA is already in this contract: a
///         reverting call, a reverting postOp or an account whose code does anything at all cannot
///         change that, and there is no path that charges later. An account without an allowance
///         is refused (`InsufficientAllowance`); TensoraAccounts approve this paymaster when they
///         are created, so their first operation (the one with `initCode`) is already paid like
///         any other.
///
///         OP Stack L1 data fee. Paid once, by the operation, through `preVerificationGas`: the
///         bundler pays the L1 fee of its `handleOps` transaction and recovers it in each
///         operation's `preVerificationGas`, which is part of `actualGasCost` and so of the TORA
///         charge. This paymaster adds no L1 fee of its own.
///
///         Stale price bound. A price set at `updatedAt` is used until `updatedAt + maxPriceAge`
///         (enforced through `validUntil`). Operations must carry `maxFeePerGas <= maxFeePerGasCap`
///         and a `maxCost <= maxCostPerOp`, so a bundler (the account's own, say) cannot inflate
///         what one operation takes from the deposit. If the market price moves from the cached
///         `p` to `p'` TORA per native unit, an operation that costs the deposit `n` native wei
///         returns TORA worth `n * p * (1 + markup) / p'`; the deposit loses nothing while
///         `p' <= p * (1 + markup)`, and otherwise at most `n * (1 - p * (1 + markup) / p')` with
///         `n <= maxCostPerOp + postOp and penalty gas at maxFeePerGasCap`, only for operations
///         validated within `maxPriceAge` of the last update.
///
///         ERC-7562. Validation reads no environment opcode (the price's age is enforced through
///         `validUntil`, not `block.timestamp`) and touches only this contract's storage and the
///         storage of TORA associated with the account or this paymaster. TORA's transfer writes
///         vote checkpoints only for accounts that delegated; such accounts should be bundled by a
///         bundler that accepts it.
///
///         Governance (the owner, the timelock) sets pricing bounds and fee caps, the keeper, the
///         guardian and the treasury, and withdraws deposit, stake and collected TORA (always to the
///         treasury). The keeper (or governance) updates the price within the floor. The guardian
///         may pause; governance can always unpause.
contract TensoraPaymaster is ITensoraPaymaster, IPaymaster, GuardianPausable {
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

    /// @dev Price state, one slot: TORA wei per 1e18 native wei, when it was set, how long it is
    ///      valid, and the markup.
    struct Price {
        uint128 tokenPerNative;
        uint48 updatedAt;
        uint48 maxAge;
        uint16 markupBps;
    }

    Price internal _price;
    /// @notice Caps every sponsored operation must respect (see the contract's stale price bound).
    Limits public limits;
    /// @notice The lowest price the keeper may set (TORA wei per 1e18 native wei).
    uint256 public minTokenPerNative;
    /// @notice May update the price.
    address public keeper;
    /// @notice Receives collected TORA and withdrawn native currency.
    address public treasury;
    /// @notice The unstake delay `addStake` stakes with.
    uint32 public unstakeDelay;

    /// @dev Context handed from validation to postOp.
    struct Context {
        address sender;
        uint256 preCharge;
        uint256 tokenPerNative;
        uint256 extraGas;
    }

    /// @param owner_ Governance (the timelock).
    /// @param entryPoint_ The EntryPoint (v0.7 or v0.8).
    /// @param entryPointVersion_ 7 or 8.
    /// @param tora_ The TORA token.
    /// @param treasury_ Receives collected TORA (the timelock).
    /// @param guardian_ May pause (zero for none).
    /// @param keeper_ May update the price (zero for none: governance only).
    /// @param markupBps_ Markup over the price, at most MAX_MARKUP_BPS.
    /// @param maxPriceAge_ How long a price stays usable, at most MAX_PRICE_AGE_LIMIT.
    /// @param minTokenPerNative_ Price floor (non-zero).
    /// @param limits_ Fee and cost caps per operation (non-zero).
    /// @param unstakeDelay_ The unstake delay stakes are added with (non-zero).
    constructor(
        address owner_,
        IEntryPoint entryPoint_,
        uint8 entryPointVersion_,
        IERC20 tora_,
        address treasury_,
        address guardian_,
        address keeper_,
        uint16 markupBps_,
        uint48 maxPriceAge_,
        uint256 minTokenPerNative_,
        Limits memory limits_,
        uint32 unstakeDelay_
    ) Ownable(owner_) {
        if (address(entryPoint_) == address(0)) revert ZeroAddress("entryPoint");
        if (address(tora_) == address(0)) revert ZeroAddress("tora");
        if (entryPointVersion_ != 7 && entryPointVersion_ != 8) {
            revert UnsupportedEntryPointVersion(entryPointVersion_);
        }
        ENTRY_POINT = entryPoint_;
        ENTRY_POINT_VERSION = entryPointVersion_;
        TORA = tora_;
        _setTreasury(treasury_);
        _setGuardian(guardian_);
        _setKeeper(keeper_);
        _setPricing(markupBps_, maxPriceAge_, minTokenPerNative_);
        _setLimits(limits_);
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
        Limits memory caps = limits;
        uint256 maxFeePerGas = uint128(uint256(userOp.gasFees));
        if (maxFeePerGas > caps.maxFeePerGas) revert FeeAboveCap(maxFeePerGas, caps.maxFeePerGas);
        if (maxCost > caps.maxCostPerOp) revert CostAboveCap(maxCost, caps.maxCostPerOp);
        Context memory c = _priceOp(userOp, maxCost, price);
        c.sender = userOp.sender;
        uint256 allowance = TORA.allowance(c.sender, address(this));
        if (allowance < c.preCharge) revert InsufficientAllowance(allowance, c.preCharge);
        uint256 balance = TORA.balanceOf(c.sender);
        if (balance < c.preCharge) revert InsufficientBalance(balance, c.preCharge);
        // The whole maximum charge is collected here, before anything executes. `sender` is the
        // operation's account, whose signature the EntryPoint has just validated; only the
        // EntryPoint calls this.
        // slither-disable-next-line arbitrary-send-erc20
        TORA.safeTransferFrom(c.sender, address(this), c.preCharge);
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
        uint256 nativeCost = actualGasCost + c.extraGas * actualUserOpFeePerGas;
        Price memory price = _price;
        price.tokenPerNative = uint128(c.tokenPerNative);
        uint256 charge = Math.min(_tokenCost(nativeCost, price), c.preCharge);
        uint256 refund = c.preCharge - charge;
        if (refund != 0) TORA.safeTransfer(c.sender, refund);
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

    /// @notice Sets the per-operation caps (fee and maximum cost). Governance only.
    /// @param limits_ Both non-zero.
    function setLimits(Limits calldata limits_) external onlyOwner {
        _setLimits(limits_);
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

    /// @notice Sets the treasury. Governance only.
    /// @param treasury_ The treasury.
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
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

    /// @dev Prices the operation's maximum cost: the EntryPoint's `maxCost` and the gas its
    ///      `actualGasCost` will not include (postOp, the unused-gas penalty) at the op's max fee.
    ///      Enforces the postOp gas floor and the optional limit the account signed
    ///      (`paymasterAndData[52:68]`, TORA wei).
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
        c.tokenPerNative = p.tokenPerNative;
        c.preCharge = _tokenCost(maxCost + c.extraGas * uint128(uint256(userOp.gasFees)), p);
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

    function _setLimits(Limits memory limits_) internal {
        if (limits_.maxFeePerGas == 0) revert InvalidParameter("maxFeePerGas", 0);
        if (limits_.maxCostPerOp == 0) revert InvalidParameter("maxCostPerOp", 0);
        limits = limits_;
        emit LimitsSet(limits_.maxFeePerGas, limits_.maxCostPerOp);
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

    function _setTreasury(address treasury_) internal {
        if (treasury_ == address(0)) revert ZeroAddress("treasury");
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }
}
