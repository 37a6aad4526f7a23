// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {GuardianPausable} from "./governance/GuardianPausable.sol";
import {IEmissionManager} from "./interfaces/IEmissionManager.sol";
import {IEmissionWeights} from "./interfaces/IEmissionWeights.sol";
import {ISubnet} from "./interfaces/ISubnet.sol";
import {ISubnetRegistry} from "./interfaces/ISubnetRegistry.sol";
import {ITORA} from "./interfaces/ITORA.sol";

/// @title EmissionManager
/// @notice Holds TORA's minter role. Emission follows a halving schedule: `INITIAL_RATE` TORA wei
///         per second from `START`, halved every `HALVING_PERIOD` seconds, so the whole schedule
///         sums to about 2 * INITIAL_RATE * HALVING_PERIOD; minting also never passes the token cap.
///         Each subnet accrues its weight's share (basis points) of the schedule per second and
///         mints it to itself with `pull` when it closes an epoch.
/// @dev Policies:
///      - Weights take effect from the subnet's next pull (its next epoch), never retroactively.
///        To keep the sum of weights in force at or below 10,000 bps at every instant, governance's
///        check counts, per subnet, the larger of its weight in force and its pending weight.
///      - Missed epochs: a pull pays for at most the last `maxAccrual` seconds; the rest of the
///        subnet's scheduled emission is forfeited (never minted). This is also the per-pull limit,
///        enforced where minting happens: amount <= rate * maxAccrual * weight / 10,000.
///      - Paused (by the guardian): pulls mint nothing and the paused period is forfeited.
///      - Deactivated subnets accrue nothing; anyone can clear their weight with `clearInactive`.
contract EmissionManager is IEmissionManager, GuardianPausable {
    /// @notice The sum of weights, in basis points.
    uint256 public constant TOTAL_WEIGHT = 10_000;
    /// @notice Bounds of `maxAccrual`, in seconds.
    uint64 public constant MIN_MAX_ACCRUAL = 1 hours;
    uint64 public constant MAX_MAX_ACCRUAL = 30 days;

    ITORA public immutable TORA;
    ISubnetRegistry public immutable REGISTRY;
    /// @notice Start of the schedule, in seconds.
    uint64 public immutable START;
    /// @notice Emission rate before the first halving, in TORA wei per second.
    uint256 public immutable INITIAL_RATE;
    /// @notice Seconds between halvings.
    uint64 public immutable HALVING_PERIOD;

    /// @notice Longest stretch one pull pays for, in seconds.
    uint64 public maxAccrual;
    /// @notice Sum over subnets of max(weight in force, pending weight), in basis points.
    uint256 public totalReserved;
    /// @notice TORA wei minted by this contract.
    uint256 public totalMinted;

    mapping(uint256 subnetId => SubnetEmission) internal _subnets;

    /// @param owner_ Governance (the timelock).
    /// @param tora_ The TORA token (this contract needs its MINTER_ROLE).
    /// @param registry_ The SubnetRegistry.
    /// @param start_ Schedule start, in seconds (0: now).
    /// @param initialRate_ TORA wei per second before the first halving.
    /// @param halvingPeriod_ Seconds between halvings.
    /// @param maxAccrual_ Longest stretch one pull pays for, in seconds.
    /// @param guardian_ May pause emissions (zero for none).
    constructor(
        address owner_,
        ITORA tora_,
        ISubnetRegistry registry_,
        uint64 start_,
        uint256 initialRate_,
        uint64 halvingPeriod_,
        uint64 maxAccrual_,
        address guardian_
    ) Ownable(owner_) {
        if (initialRate_ == 0 || initialRate_ > type(uint128).max) {
            revert InvalidParameter("initialRate", initialRate_);
        }
        if (halvingPeriod_ == 0) revert InvalidParameter("halvingPeriod", halvingPeriod_);
        TORA = tora_;
        REGISTRY = registry_;
        START = start_ == 0 ? uint64(block.timestamp) : start_;
        INITIAL_RATE = initialRate_;
        HALVING_PERIOD = halvingPeriod_;
        _setMaxAccrual(maxAccrual_);
        if (guardian_ != address(0)) _setGuardian(guardian_);
    }

    // ================================================================ subnets

    /// @inheritdoc IEmissionManager
    function pull() external returns (uint256 amount) {
        if (!REGISTRY.isSubnetInstance(msg.sender)) revert NotASubnet(msg.sender);
        uint256 subnetId = ISubnet(msg.sender).subnetId();
        SubnetEmission memory e = _subnets[subnetId];
        uint64 nowTs = uint64(block.timestamp);
        (uint256 accrued, uint256 forfeited, uint64 from) = _accrued(e, nowTs);
        if (paused() || !REGISTRY.isActive(subnetId)) {
            forfeited += accrued;
            accrued = 0;
        }
        amount = accrued;
        // The token cap is the last word: never mint past it.
        uint256 room = TORA.cap() - TORA.totalSupply();
        if (amount > room) {
            forfeited += amount - room;
            amount = room;
        }

        e.lastPull = nowTs;
        if (e.hasPending) {
            totalReserved = totalReserved - _reserved(e) + e.pendingWeight;
            e.weight = e.pendingWeight;
            e.hasPending = false;
            emit WeightApplied(subnetId, e.weight);
        }
        _subnets[subnetId] = e;
        totalMinted += amount;
        emit Pulled(subnetId, msg.sender, amount, from, nowTs, forfeited, e.weight);
        if (amount > 0) TORA.mint(msg.sender, amount);
    }

    // ================================================================ governance

    /// @notice Sets pending weights (basis points); each takes effect at its subnet's next pull.
    /// @dev Only governance. Deactivated subnets can only get 0. The sum over all subnets of
    ///      max(weight in force, pending weight) must stay at or below 10,000.
    function setWeights(uint256[] calldata ids, uint16[] calldata weights) external onlyOwner {
        if (ids.length != weights.length) revert LengthMismatch(ids.length, weights.length);
        uint256 reserved = totalReserved;
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            _requireKnown(id);
            if (weights[i] != 0 && !REGISTRY.isActive(id)) revert SubnetInactive(id);
            SubnetEmission memory e = _subnets[id];
            reserved -= _reserved(e);
            e.pendingWeight = weights[i];
            e.hasPending = true;
            reserved += _reserved(e);
            _subnets[id] = e;
            emit WeightSet(id, weights[i], reserved);
        }
        if (reserved > TOTAL_WEIGHT) revert WeightsExceedTotal(reserved);
        totalReserved = reserved;
    }

    /// @notice Drops the weight of a deactivated subnet at once, freeing it for others. Anyone.
    function clearInactive(uint256 subnetId) external {
        _requireKnown(subnetId);
        if (REGISTRY.isActive(subnetId)) revert SubnetStillActive(subnetId);
        SubnetEmission memory e = _subnets[subnetId];
        totalReserved -= _reserved(e);
        delete _subnets[subnetId].weight;
        delete _subnets[subnetId].pendingWeight;
        delete _subnets[subnetId].hasPending;
        emit WeightApplied(subnetId, 0);
    }

    /// @notice Sets the catch-up limit, in seconds. Governance only.
    function setMaxAccrual(uint64 maxAccrual_) external onlyOwner {
        _setMaxAccrual(maxAccrual_);
    }

    // ================================================================ views

    /// @inheritdoc IEmissionWeights
    function emissionWeightOf(uint256 subnetId) external view returns (uint256) {
        return _subnets[subnetId].weight;
    }

    /// @notice The emission bookkeeping of subnet `subnetId`.
    function subnetEmission(uint256 subnetId) external view returns (SubnetEmission memory) {
        return _subnets[subnetId];
    }

    /// @inheritdoc IEmissionManager
    function pending(uint256 subnetId) external view returns (uint256 amount) {
        if (paused() || !REGISTRY.isActive(subnetId)) return 0;
        (amount,,) = _accrued(_subnets[subnetId], uint64(block.timestamp));
    }

    /// @notice The emission rate at `timestamp`, in TORA wei per second.
    function rateAt(uint256 timestamp) public view returns (uint256) {
        if (timestamp < START) return 0;
        uint256 halvings = (timestamp - START) / HALVING_PERIOD;
        return halvings >= 128 ? 0 : INITIAL_RATE >> halvings;
    }

    /// @inheritdoc IEmissionManager
    function scheduledEmission(uint256 timestamp) public view returns (uint256 total) {
        if (timestamp <= START) return 0;
        uint256 elapsed = timestamp - START;
        uint256 period = HALVING_PERIOD;
        uint256 rate = INITIAL_RATE;
        // Bounded: the rate reaches zero after at most 128 halvings (INITIAL_RATE < 2^128).
        while (rate != 0 && elapsed >= period) {
            total += rate * period;
            elapsed -= period;
            rate >>= 1;
        }
        total += rate * elapsed;
    }

    /// @notice The semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    // ================================================================ internals

    /// @dev Accrued emission of `e` up to `nowTs`, the forfeited part beyond `maxAccrual`, and the
    ///      start of the paid stretch.
    function _accrued(SubnetEmission memory e, uint64 nowTs)
        internal
        view
        returns (uint256 accrued, uint256 forfeited, uint64 from)
    {
        // slither-disable-next-line incorrect-equality (0 means "never pulled" / "no weight", not a balance)
        if (e.lastPull == 0 || e.weight == 0) return (0, 0, nowTs);
        from = e.lastPull;
        uint64 earliest = nowTs > maxAccrual ? nowTs - maxAccrual : 0;
        uint256 end = scheduledEmission(nowTs);
        if (from < earliest) {
            forfeited = (scheduledEmission(earliest) - scheduledEmission(from)) * e.weight / TOTAL_WEIGHT;
            from = earliest;
        }
        accrued = (end - scheduledEmission(from)) * e.weight / TOTAL_WEIGHT;
    }

    /// @dev Reverts (with the registry's UnknownSubnet) unless `subnetId` exists.
    function _requireKnown(uint256 subnetId) internal view {
        if (REGISTRY.instanceOf(subnetId) == address(0)) revert ISubnetRegistry.UnknownSubnet(subnetId);
    }

    function _reserved(SubnetEmission memory e) internal pure returns (uint256) {
        if (!e.hasPending) return e.weight;
        return e.weight > e.pendingWeight ? e.weight : e.pendingWeight;
    }

    function _setMaxAccrual(uint64 maxAccrual_) internal {
        if (maxAccrual_ < MIN_MAX_ACCRUAL || maxAccrual_ > MAX_MAX_ACCRUAL) {
            revert InvalidParameter("maxAccrual", maxAccrual_);
        }
        maxAccrual = maxAccrual_;
        emit MaxAccrualSet(maxAccrual_);
    }
}
