// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {IEmissionWeights} from "./interfaces/IEmissionWeights.sol";
import {ISubnet} from "./interfaces/ISubnet.sol";
import {ISubnetRegistry} from "./interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "./interfaces/IValidatorTrust.sol";

/// @title ValidatorTrust
/// @notice The one piece of state subnets share besides the emission limit: each validator's global
///         trust, in WAD (1e18 = full trust). A newcomer starts at NEUTRAL (0.5). Every epoch a subnet
///         reports each revealing validator's epoch trust VT (the share of its scores that survived
///         clipping), and trust moves toward it: trust += a * (VT - trust). A slash multiplies trust
///         by (1 - slashPenalty). Subnets weight a validator's stake by this trust, so poor
///         validation in one subnet lowers its weight in all of them.
///
///         Who may move trust, and how far. Only subnets governance made Active (live, with a
///         non-zero emission weight) move it: a subnet anyone can create for the fee, or one that
///         governance deactivated or gave no weight, changes nothing, so trust cannot be farmed in a
///         self-made subnet and carried into another one, nor a low-trust slash washed off there.
///         The step is a = emaAlpha * w * min(epochLength, ratePeriod) / ratePeriod, where w is the
///         subnet's share of the emission (weight / 10,000): a subnet's pull on trust per unit of
///         wall-clock time is fixed by the emission governance gave it and does not grow with
///         shorter epochs, and all subnets together move a validator by at most emaAlpha per rate
///         period.
contract ValidatorTrust is IValidatorTrust, Ownable2Step {
    /// @notice Trust of a validator never seen before, WAD.
    uint256 public constant NEUTRAL = 0.5e18;
    uint256 internal constant WAD = 1e18;
    uint256 internal constant BPS = 10_000;

    ISubnetRegistry public immutable REGISTRY;

    /// @notice EMA factor per rate period of a subnet with all the emission weight, WAD
    ///         (0 < alpha <= 1e18).
    uint64 public emaAlpha;
    /// @notice Share of trust removed by one slash, in basis points.
    uint16 public slashPenaltyBps;
    /// @notice The wall-clock period `emaAlpha` is defined over, seconds (non-zero).
    uint32 public ratePeriod;

    /// @dev Stored as trust + 1 so that 0 means "never seen" (NEUTRAL).
    mapping(address validator => uint256) internal _trustPlusOne;

    /// @param owner_ Governance (the timelock).
    /// @param registry_ The SubnetRegistry whose instances may write.
    /// @param emaAlpha_ EMA factor, WAD.
    /// @param slashPenaltyBps_ Trust removed by one slash, bps.
    /// @param ratePeriod_ Seconds `emaAlpha_` is defined over.
    constructor(
        address owner_,
        ISubnetRegistry registry_,
        uint64 emaAlpha_,
        uint16 slashPenaltyBps_,
        uint32 ratePeriod_
    ) Ownable(owner_) {
        REGISTRY = registry_;
        _setParameters(emaAlpha_, slashPenaltyBps_, ratePeriod_);
    }

    modifier onlySubnet() {
        if (!REGISTRY.isSubnetInstance(msg.sender)) revert NotASubnet(msg.sender);
        _;
    }

    /// @inheritdoc IValidatorTrust
    function recordEpoch(address[] calldata validators, uint256[] calldata trusts, uint256 epochLength)
        external
        onlySubnet
    {
        if (validators.length != trusts.length) revert LengthMismatch(validators.length, trusts.length);
        uint256 subnetId = ISubnet(msg.sender).subnetId();
        uint256 alpha = _step(subnetId, epochLength);
        if (alpha == 0) return;
        for (uint256 i; i < validators.length; ++i) {
            address validator = validators[i];
            uint256 previous = trustOf(validator);
            uint256 vt = trusts[i] > WAD ? WAD : trusts[i];
            uint256 current = (previous * (WAD - alpha) + vt * alpha) / WAD;
            _trustPlusOne[validator] = current + 1;
            emit TrustUpdated(validator, subnetId, vt, previous, current);
        }
    }

    /// @inheritdoc IValidatorTrust
    function recordSlash(address validator) external onlySubnet {
        uint256 subnetId = ISubnet(msg.sender).subnetId();
        if (_activeWeight(subnetId) == 0) return;
        uint256 previous = trustOf(validator);
        uint256 current = previous * (10_000 - slashPenaltyBps) / 10_000;
        _trustPlusOne[validator] = current + 1;
        emit TrustSlashed(validator, subnetId, previous, current);
    }

    /// @notice Sets the EMA factor (WAD, 0 < alpha <= 1e18), slash penalty (bps) and rate period
    ///         (seconds, non-zero). Governance only.
    function setParameters(uint64 emaAlpha_, uint16 slashPenaltyBps_, uint32 ratePeriod_) external onlyOwner {
        _setParameters(emaAlpha_, slashPenaltyBps_, ratePeriod_);
    }

    /// @inheritdoc IValidatorTrust
    function trustOf(address validator) public view returns (uint256) {
        uint256 stored = _trustPlusOne[validator];
        return stored == 0 ? NEUTRAL : stored - 1;
    }

    /// @notice Whether subnet `subnetId` may move trust now, and with which weight (bps; 0: no).
    function influenceOf(uint256 subnetId) external view returns (uint256 weightBps) {
        return _activeWeight(subnetId);
    }

    /// @notice The semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    /// @dev The EMA step (WAD) of one epoch of `epochLength` seconds in subnet `subnetId`.
    function _step(uint256 subnetId, uint256 epochLength) internal view returns (uint256) {
        uint256 weight = _activeWeight(subnetId);
        if (weight == 0) return 0;
        uint256 period = ratePeriod;
        uint256 time = epochLength < period ? epochLength : period;
        return uint256(emaAlpha) * weight * time / (BPS * period);
    }

    /// @dev The emission weight (bps) of an Active subnet, 0 for any other.
    function _activeWeight(uint256 subnetId) internal view returns (uint256 weight) {
        if (!REGISTRY.isActive(subnetId)) return 0;
        IEmissionWeights source = REGISTRY.emissionWeights();
        if (address(source) == address(0)) return 0;
        weight = source.emissionWeightOf(subnetId);
        if (weight > BPS) weight = BPS;
    }

    function _setParameters(uint64 emaAlpha_, uint16 slashPenaltyBps_, uint32 ratePeriod_) internal {
        if (emaAlpha_ == 0 || emaAlpha_ > WAD) revert InvalidParameter("emaAlpha", emaAlpha_);
        if (slashPenaltyBps_ > 10_000) revert InvalidParameter("slashPenaltyBps", slashPenaltyBps_);
        if (ratePeriod_ == 0) revert InvalidParameter("ratePeriod", 0);
        emaAlpha = emaAlpha_;
        slashPenaltyBps = slashPenaltyBps_;
        ratePeriod = ratePeriod_;
        emit ParametersSet(emaAlpha_, slashPenaltyBps_, ratePeriod_);
    }
}
