// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {ISubnet} from "./interfaces/ISubnet.sol";
import {ISubnetRegistry} from "./interfaces/ISubnetRegistry.sol";
import {IValidatorTrust} from "./interfaces/IValidatorTrust.sol";

/// @title ValidatorTrust
/// @notice The one piece of state subnets share besides the emission limit: each validator's global
///         trust, in WAD (1e18 = full trust). A newcomer starts at NEUTRAL (0.5). Every epoch a subnet
///         reports each revealing validator's epoch trust VT (the share of its scores that survived
///         clipping), and trust moves toward it: trust += alpha * (VT - trust). A slash multiplies
///         trust by (1 - slashPenalty). Subnets weight a validator's stake by this trust, so poor
///         validation in one subnet lowers its weight in all of them.
contract ValidatorTrust is IValidatorTrust, Ownable2Step {
    /// @notice Trust of a validator never seen before, WAD.
    uint256 public constant NEUTRAL = 0.5e18;
    uint256 internal constant WAD = 1e18;

    ISubnetRegistry public immutable REGISTRY;

    /// @notice EMA factor, WAD (0 < alpha <= 1e18).
    uint64 public emaAlpha;
    /// @notice Share of trust removed by one slash, in basis points.
    uint16 public slashPenaltyBps;

    /// @dev Stored as trust + 1 so that 0 means "never seen" (NEUTRAL).
    mapping(address validator => uint256) internal _trustPlusOne;

    /// @param owner_ Governance (the timelock).
    /// @param registry_ The SubnetRegistry whose instances may write.
    /// @param emaAlpha_ EMA factor, WAD.
    /// @param slashPenaltyBps_ Trust removed by one slash, bps.
    constructor(address owner_, ISubnetRegistry registry_, uint64 emaAlpha_, uint16 slashPenaltyBps_) Ownable(owner_) {
        REGISTRY = registry_;
        _setParameters(emaAlpha_, slashPenaltyBps_);
    }

    modifier onlySubnet() {
        if (!REGISTRY.isSubnetInstance(msg.sender)) revert NotASubnet(msg.sender);
        _;
    }

    /// @inheritdoc IValidatorTrust
    function recordEpoch(address[] calldata validators, uint256[] calldata trusts) external onlySubnet {
        if (validators.length != trusts.length) revert LengthMismatch(validators.length, trusts.length);
        uint256 subnetId = ISubnet(msg.sender).subnetId();
        uint256 alpha = emaAlpha;
        for (uint256 i; i < validators.length; ++i) {
            uint256 previous = trustOf(validators[i]);
            uint256 vt = trusts[i] > WAD ? WAD : trusts[i];
            uint256 current = (previous * (WAD - alpha) + vt * alpha) / WAD;
            _trustPlusOne[validators[i]] = current + 1;
            emit TrustUpdated(validators[i], subnetId, vt, previous, current);
        }
    }

    /// @inheritdoc IValidatorTrust
    function recordSlash(address validator) external onlySubnet {
        uint256 previous = trustOf(validator);
        uint256 current = previous * (10_000 - slashPenaltyBps) / 10_000;
        _trustPlusOne[validator] = current + 1;
        emit TrustSlashed(validator, ISubnet(msg.sender).subnetId(), previous, current);
    }

    /// @notice Sets the EMA factor (WAD, 0 < alpha <= 1e18) and slash penalty (bps). Governance only.
    function setParameters(uint64 emaAlpha_, uint16 slashPenaltyBps_) external onlyOwner {
        _setParameters(emaAlpha_, slashPenaltyBps_);
    }

    /// @inheritdoc IValidatorTrust
    function trustOf(address validator) public view returns (uint256) {
        uint256 stored = _trustPlusOne[validator];
        return stored == 0 ? NEUTRAL : stored - 1;
    }

    /// @notice The semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    function _setParameters(uint64 emaAlpha_, uint16 slashPenaltyBps_) internal {
        if (emaAlpha_ == 0 || emaAlpha_ > WAD) revert InvalidParameter("emaAlpha", emaAlpha_);
        if (slashPenaltyBps_ > 10_000) revert InvalidParameter("slashPenaltyBps", slashPenaltyBps_);
        emaAlpha = emaAlpha_;
        slashPenaltyBps = slashPenaltyBps_;
        emit ParametersSet(emaAlpha_, slashPenaltyBps_);
    }
}
