// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {GuardianPausable} from "./governance/GuardianPausable.sol";
import {IEmissionWeights} from "./interfaces/IEmissionWeights.sol";
import {ISubnet} from "./interfaces/ISubnet.sol";
import {ISubnetRegistry} from "./interfaces/ISubnetRegistry.sol";
import {Hyperparameters} from "./types/Hyperparameters.sol";

/// @title SubnetRegistry
/// @notice Creates and lists Tensora subnets. Creating one costs `creationFee` TORA (paid to the
///         treasury) and deploys an isolated clone of the current Subnet implementation. Governance
///         (the owner, the timelock) adds implementation versions, sets the fee, the subnet cap and
///         the bounds of every hyperparameter, and deactivates subnets; the guardian can pause.
/// @dev Existing subnets keep the implementation they were cloned from. The active list is an
///      array with swap-and-pop removal, bounded by `maxSubnets` (<= MAX_SUBNETS_LIMIT).
contract SubnetRegistry is ISubnetRegistry, GuardianPausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Longest subnet name or inference type, in bytes.
    uint256 public constant MAX_LABEL_LENGTH = 32;
    /// @notice Hard limit on `maxSubnets`.
    uint256 public constant MAX_SUBNETS_LIMIT = 1024;
    /// @notice Hard limit on any subnet's `maxSlots`.
    uint256 public constant MAX_SLOTS_LIMIT = 1024;
    /// @notice Hard limit on any subnet's `maxValidators`.
    uint256 public constant MAX_VALIDATORS_LIMIT = 128;
    /// @notice Hard limit on the creation fee, in TORA wei.
    uint256 public constant MAX_CREATION_FEE = 10_000_000 ether;
    /// @notice Hard limit on the hyperparameter cooldown, in seconds.
    uint256 public constant MAX_COOLDOWN = 30 days;

    /// @notice Everything a registry starts with (all of it changeable later by governance).
    /// @param treasury Receives creation fees (and slashed TORA unless burned).
    /// @param creationFee In TORA wei (1000 TORA in the seeds).
    /// @param maxSubnets Most subnets active at once.
    /// @param hyperparameterCooldown Seconds between a subnet's hyperparameter changes.
    /// @param hyperparameterFreezeWindow Seconds before an epoch's end in which they are frozen.
    /// @param minBounds Lowest allowed value of every hyperparameter.
    /// @param maxBounds Highest allowed value of every hyperparameter.
    /// @param guardian May pause (never moves funds); zero for none.
    /// @param emissionWeights The EmissionManager (source of weights); zero for none yet.
    /// @param initialImplementation The first Subnet implementation (built for this registry's
    ///        address, predicted before deployment); zero to add one later.
    struct Config {
        address treasury;
        uint256 creationFee;
        uint16 maxSubnets;
        uint32 hyperparameterCooldown;
        uint32 hyperparameterFreezeWindow;
        Hyperparameters minBounds;
        Hyperparameters maxBounds;
        address guardian;
        IEmissionWeights emissionWeights;
        address initialImplementation;
    }

    /// @dev What the registry stores per subnet; the rest of `Subnet` is read live.
    struct Record {
        string name;
        string inferenceType;
        address instance;
        uint64 createdAt;
        uint16 implementationVersion;
        bool active;
        uint16 activeIndex;
    }

    IERC20 internal immutable TORA;

    // These three share one storage slot with the guardian and the paused flag (GuardianPausable's,
    // laid out just before them): what createSubnet reads besides the record.
    /// @notice Most subnets that may be active at once.
    uint16 public maxSubnets;
    /// @inheritdoc ISubnetRegistry
    uint32 public hyperparameterCooldown;
    /// @inheritdoc ISubnetRegistry
    uint32 public hyperparameterFreezeWindow;
    /// @notice Receives creation fees (the governance timelock).
    address public treasury;
    /// @notice Fee to create a subnet, in TORA wei.
    uint256 public creationFee;
    /// @dev Subnets ever created; ids run from 1 to this. Bounded by MAX_SUBNETS_LIMIT per active
    ///      set, and by 2^16 creations (a full 1024-subnet registry would need 64 turnovers).
    uint16 internal _subnetCount;
    /// @notice Source of emission weights (the EmissionManager); zero until it is set.
    IEmissionWeights public emissionWeights;
    /// @inheritdoc ISubnetRegistry
    bool public burnSlashed;

    Hyperparameters internal _minBounds;
    Hyperparameters internal _maxBounds;
    address[] internal _implementations;
    uint32[] internal _activeIds;
    mapping(uint256 subnetId => Record) internal _records;
    mapping(bytes32 nameHash => bool) internal _nameTaken;

    /// @param owner_ Governance (the timelock).
    /// @param tora_ The TORA token.
    /// @param config Initial settings; see `Config`.
    constructor(address owner_, IERC20 tora_, Config memory config) Ownable(owner_) {
        if (address(tora_) == address(0)) revert ZeroAddress("tora");
        TORA = tora_;
        _setTreasury(config.treasury);
        _setCreationFee(config.creationFee);
        _setMaxSubnets(config.maxSubnets);
        _setBounds(config.minBounds, config.maxBounds);
        _setTiming(config.hyperparameterCooldown, config.hyperparameterFreezeWindow);
        if (config.guardian != address(0)) _setGuardian(config.guardian);
        if (address(config.emissionWeights) != address(0)) _setEmissionWeights(config.emissionWeights);
        if (config.initialImplementation != address(0)) _addImplementation(config.initialImplementation);
    }

    // ================================================================ subnet creation

    /// @inheritdoc ISubnetRegistry
    function createSubnet(string calldata name, string calldata inferenceType, Hyperparameters calldata hp)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 subnetId, address instance)
    {
        _checkLabel("name", name);
        _checkLabel("inferenceType", inferenceType);
        bytes32 nameHash = keccak256(bytes(name));
        if (_nameTaken[nameHash]) revert NameTaken(name);
        _nameTaken[nameHash] = true;
        _checkHyperparameters(hp);

        subnetId = ++_subnetCount;
        uint16 implementationVersion;
        (instance, implementationVersion) = _cloneAndRecord(subnetId, name, inferenceType);

        uint256 fee = creationFee;
        if (fee > 0) TORA.safeTransferFrom(msg.sender, treasury, fee);
        ISubnet(instance).initialize(subnetId, msg.sender, hp);
        emit SubnetCreated(subnetId, instance, msg.sender, name, inferenceType, implementationVersion, hp, fee);
    }

    /// @dev Clones the current implementation and records the subnet as active.
    function _cloneAndRecord(uint256 subnetId, string calldata name, string calldata inferenceType)
        internal
        returns (address instance, uint16 implementationVersion)
    {
        uint256 activeCount = _activeIds.length;
        if (activeCount >= maxSubnets) revert SubnetCapReached(maxSubnets);
        uint256 versions = _implementations.length;
        if (versions == 0) revert NoImplementation();
        implementationVersion = uint16(versions - 1);
        instance = Clones.clone(_implementations[implementationVersion]);
        _records[subnetId] = Record({
            name: name,
            inferenceType: inferenceType,
            instance: instance,
            createdAt: uint64(block.timestamp),
            implementationVersion: implementationVersion,
            active: true,
            activeIndex: uint16(activeCount)
        });
        _activeIds.push(uint32(subnetId));
    }

    /// @inheritdoc ISubnetRegistry
    function checkHyperparameters(Hyperparameters calldata hp) external view {
        _checkHyperparameters(hp);
    }

    // ================================================================ governance

    /// @notice Adds a Subnet implementation version; new subnets clone it from now on.
    /// @dev Only governance. The implementation must be built for this registry and token.
    function addImplementation(address impl) external onlyOwner returns (uint16 versionId) {
        return _addImplementation(impl);
    }

    /// @notice Deactivates subnet `subnetId`: it leaves the active list (freeing its place under
    ///         `maxSubnets`) and releases its name, gets no emissions, takes no new members, and
    ///         every member can leave and withdraw at once. So names and the active-subnet cap
    ///         cannot be squatted for longer than governance allows.
    /// @dev Only governance.
    function deactivateSubnet(uint256 subnetId) external onlyOwner {
        Record storage r = _record(subnetId);
        if (!r.active) revert SubnetNotActive(subnetId);
        r.active = false;
        delete _nameTaken[keccak256(bytes(r.name))];
        uint256 index = r.activeIndex;
        uint256 last = _activeIds.length - 1;
        if (index != last) {
            uint32 moved = _activeIds[last];
            _activeIds[index] = moved;
            _records[moved].activeIndex = uint16(index);
        }
        _activeIds.pop();
        emit SubnetDeactivated(subnetId);
        ISubnet(r.instance).deactivate();
    }

    /// @notice Pauses (joining and staking in) one subnet. Governance or the guardian.
    function pauseSubnet(uint256 subnetId) external onlyOwnerOrGuardian {
        ISubnet instance = ISubnet(_record(subnetId).instance);
        emit SubnetPauseSet(subnetId, true);
        instance.setPaused(true);
    }

    /// @notice Unpauses one subnet. Governance only.
    function unpauseSubnet(uint256 subnetId) external onlyOwner {
        ISubnet instance = ISubnet(_record(subnetId).instance);
        emit SubnetPauseSet(subnetId, false);
        instance.setPaused(false);
    }

    /// @notice Sets the creation fee, in TORA wei (at most MAX_CREATION_FEE). Governance only.
    function setCreationFee(uint256 fee) external onlyOwner {
        _setCreationFee(fee);
    }

    /// @notice Sets the treasury that receives creation fees. Governance only.
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
    }

    /// @notice Sets the cap on active subnets (at most MAX_SUBNETS_LIMIT). Governance only.
    /// @dev Lowering it below the active count only stops new subnets.
    function setMaxSubnets(uint16 maxSubnets_) external onlyOwner {
        _setMaxSubnets(maxSubnets_);
    }

    /// @notice Sets the emission weight source (the EmissionManager). Governance only.
    function setEmissionWeights(IEmissionWeights source) external onlyOwner {
        _setEmissionWeights(source);
    }

    /// @notice Chooses whether slashed TORA is burned (true) or sent to the treasury. Governance only.
    function setBurnSlashed(bool burn) external onlyOwner {
        burnSlashed = burn;
        emit SlashDestinationSet(burn);
    }

    /// @notice Sets the bounds every subnet's hyperparameters must respect. Governance only.
    /// @dev Existing subnets keep their values until their owner next changes them.
    function setHyperparameterBounds(Hyperparameters calldata min, Hyperparameters calldata max) external onlyOwner {
        _setBounds(min, max);
        if (hyperparameterFreezeWindow >= min.epochLength) revert InvalidBounds("epochLength");
    }

    /// @notice Sets the hyperparameter change cooldown and freeze window, in seconds. Governance only.
    function setHyperparameterTiming(uint32 cooldown, uint32 freezeWindow) external onlyOwner {
        _setTiming(cooldown, freezeWindow);
    }

    // ================================================================ views

    /// @inheritdoc ISubnetRegistry
    function getActiveSubnets() external view returns (uint256[] memory ids) {
        uint256 n = _activeIds.length;
        ids = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = _activeIds[i];
        }
    }

    /// @inheritdoc ISubnetRegistry
    function subnets(uint256 subnetId) external view returns (Subnet memory s) {
        Record storage r = _record(subnetId);
        ISubnet instance = ISubnet(r.instance);
        s.name = r.name;
        s.inferenceType = r.inferenceType;
        s.instance = r.instance;
        s.owner = instance.owner();
        s.active = r.active;
        s.createdAt = r.createdAt;
        s.implementationVersion = r.implementationVersion;
        s.minerCount = instance.minerCount();
        s.validatorCount = instance.validatorCount();
        IEmissionWeights source = emissionWeights;
        if (r.active && address(source) != address(0)) s.emissionWeight = source.emissionWeightOf(subnetId);
        s.stage = !r.active ? Stage.Deactivated : s.emissionWeight == 0 ? Stage.Bootstrapping : Stage.Active;
    }

    /// @inheritdoc ISubnetRegistry
    function subnetCount() external view returns (uint256) {
        return _subnetCount;
    }

    /// @inheritdoc ISubnetRegistry
    function instanceOf(uint256 subnetId) external view returns (address) {
        return _record(subnetId).instance;
    }

    /// @inheritdoc ISubnetRegistry
    function isActive(uint256 subnetId) external view returns (bool) {
        return _records[subnetId].active;
    }

    /// @inheritdoc ISubnetRegistry
    function isSubnetInstance(address instance) external view returns (bool) {
        if (instance.code.length == 0) return false;
        (bool ok, bytes memory ret) = instance.staticcall(abi.encodeCall(ISubnet.subnetId, ()));
        if (!ok || ret.length != 32) return false;
        uint256 id = abi.decode(ret, (uint256));
        return id != 0 && id <= _subnetCount && _records[id].instance == instance;
    }

    /// @notice The implementation address of version `versionId`.
    function implementation(uint16 versionId) external view returns (address) {
        return _implementations[versionId];
    }

    /// @notice Number of implementation versions; new subnets clone the last one.
    function implementationCount() external view returns (uint256) {
        return _implementations.length;
    }

    /// @notice The current hyperparameter bounds.
    function hyperparameterBounds() external view returns (Hyperparameters memory min, Hyperparameters memory max) {
        return (_minBounds, _maxBounds);
    }

    /// @notice The semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    // ================================================================ internals

    function _record(uint256 subnetId) internal view returns (Record storage r) {
        r = _records[subnetId];
        if (r.instance == address(0)) revert UnknownSubnet(subnetId);
    }

    function _checkLabel(string memory field, string calldata label) internal pure {
        uint256 n = bytes(label).length;
        if (n == 0 || n > MAX_LABEL_LENGTH) revert InvalidLabel(field, n, MAX_LABEL_LENGTH);
    }

    /// @dev The one place hyperparameter bounds are enforced (creation and every later change).
    function _checkHyperparameters(Hyperparameters calldata hp) internal view {
        Hyperparameters memory lo = _minBounds;
        Hyperparameters memory hi = _maxBounds;
        _inRange("minMinerBond", hp.minMinerBond, lo.minMinerBond, hi.minMinerBond);
        _inRange("minValidatorBond", hp.minValidatorBond, lo.minValidatorBond, hi.minValidatorBond);
        _inRange("taskTimeout", hp.taskTimeout, lo.taskTimeout, hi.taskTimeout);
        _inRange("epochLength", hp.epochLength, lo.epochLength, hi.epochLength);
        _inRange("immunityPeriod", hp.immunityPeriod, lo.immunityPeriod, hi.immunityPeriod);
        _inRange("unbondingDelay", hp.unbondingDelay, lo.unbondingDelay, hi.unbondingDelay);
        _inRange("revealWindow", hp.revealWindow, lo.revealWindow, hi.revealWindow);
        _inRange("slashingRateBps", hp.slashingRateBps, lo.slashingRateBps, hi.slashingRateBps);
        _inRange("maxSlots", hp.maxSlots, lo.maxSlots, hi.maxSlots);
        _inRange("maxValidators", hp.maxValidators, lo.maxValidators, hi.maxValidators);
        _inRange("kappaBps", hp.kappaBps, lo.kappaBps, hi.kappaBps);
        _inRange("strikeLimit", hp.strikeLimit, lo.strikeLimit, hi.strikeLimit);
        _inRange("trustFloorBps", hp.trustFloorBps, lo.trustFloorBps, hi.trustFloorBps);
        _inRange("closeGracePeriod", hp.closeGracePeriod, lo.closeGracePeriod, hi.closeGracePeriod);
        if (lo.commitReveal && !hp.commitReveal) revert HyperparameterOutOfBounds("commitReveal", 0, 1, 1);
        if (hp.maxValidators >= hp.maxSlots) revert InconsistentHyperparameters("maxValidators");
        if (hp.revealWindow >= hp.epochLength) revert InconsistentHyperparameters("revealWindow");
        if (hp.commitReveal && hp.revealWindow == 0) revert InconsistentHyperparameters("revealWindow");
    }

    function _inRange(string memory field, uint256 value, uint256 min, uint256 max) internal pure {
        if (value < min || value > max) revert HyperparameterOutOfBounds(field, value, min, max);
    }

    function _setBounds(Hyperparameters memory min, Hyperparameters memory max) internal {
        _orderedPair("minMinerBond", min.minMinerBond, max.minMinerBond);
        _orderedPair("minValidatorBond", min.minValidatorBond, max.minValidatorBond);
        _orderedPair("taskTimeout", min.taskTimeout, max.taskTimeout);
        _orderedPair("epochLength", min.epochLength, max.epochLength);
        _orderedPair("immunityPeriod", min.immunityPeriod, max.immunityPeriod);
        _orderedPair("unbondingDelay", min.unbondingDelay, max.unbondingDelay);
        _orderedPair("revealWindow", min.revealWindow, max.revealWindow);
        _orderedPair("slashingRateBps", min.slashingRateBps, max.slashingRateBps);
        _orderedPair("maxSlots", min.maxSlots, max.maxSlots);
        _orderedPair("maxValidators", min.maxValidators, max.maxValidators);
        _orderedPair("kappaBps", min.kappaBps, max.kappaBps);
        _orderedPair("strikeLimit", min.strikeLimit, max.strikeLimit);
        _orderedPair("trustFloorBps", min.trustFloorBps, max.trustFloorBps);
        _orderedPair("closeGracePeriod", min.closeGracePeriod, max.closeGracePeriod);
        if (min.kappaBps < 5000 || max.kappaBps > 10_000) revert InvalidBounds("kappaBps");
        if (min.strikeLimit == 0) revert InvalidBounds("strikeLimit");
        if (max.trustFloorBps > 10_000) revert InvalidBounds("trustFloorBps");
        if (max.maxValidators > MAX_VALIDATORS_LIMIT) revert InvalidBounds("maxValidators");
        if (min.epochLength == 0) revert InvalidBounds("epochLength");
        if (max.slashingRateBps > 10_000) revert InvalidBounds("slashingRateBps");
        if (min.maxSlots < 2 || max.maxSlots > MAX_SLOTS_LIMIT) revert InvalidBounds("maxSlots");
        if (min.maxValidators == 0) revert InvalidBounds("maxValidators");
        _minBounds = min;
        _maxBounds = max;
        emit HyperparameterBoundsSet(min, max);
    }

    function _orderedPair(string memory field, uint256 min, uint256 max) internal pure {
        if (min > max) revert InvalidBounds(field);
    }

    function _setTiming(uint32 cooldown, uint32 freezeWindow) internal {
        if (cooldown > MAX_COOLDOWN) revert SettingAboveLimit("hyperparameterCooldown", cooldown, MAX_COOLDOWN);
        uint256 shortestEpoch = _minBounds.epochLength;
        if (freezeWindow >= shortestEpoch) {
            revert SettingAboveLimit("hyperparameterFreezeWindow", freezeWindow, shortestEpoch - 1);
        }
        hyperparameterCooldown = cooldown;
        hyperparameterFreezeWindow = freezeWindow;
        emit HyperparameterTimingSet(cooldown, freezeWindow);
    }

    function _addImplementation(address impl) internal returns (uint16 versionId) {
        if (impl.code.length == 0 || ISubnet(impl).registry() != address(this) || ISubnet(impl).tora() != address(TORA))
        {
            revert InvalidImplementation(impl);
        }
        versionId = uint16(_implementations.length);
        _implementations.push(impl);
        emit ImplementationAdded(versionId, impl);
    }

    function _setEmissionWeights(IEmissionWeights source) internal {
        emissionWeights = source;
        emit EmissionWeightsSet(address(source));
    }

    function _setCreationFee(uint256 fee) internal {
        if (fee > MAX_CREATION_FEE) revert SettingAboveLimit("creationFee", fee, MAX_CREATION_FEE);
        creationFee = fee;
        emit CreationFeeSet(fee);
    }

    function _setTreasury(address treasury_) internal {
        if (treasury_ == address(0)) revert ZeroAddress("treasury");
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    function _setMaxSubnets(uint16 maxSubnets_) internal {
        if (maxSubnets_ > MAX_SUBNETS_LIMIT) revert SettingAboveLimit("maxSubnets", maxSubnets_, MAX_SUBNETS_LIMIT);
        maxSubnets = maxSubnets_;
        emit MaxSubnetsSet(maxSubnets_);
    }
}
