// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Hyperparameters} from "../types/Hyperparameters.sol";
import {IEmissionWeights} from "./IEmissionWeights.sol";
import {IGuardianPausable} from "./IGuardianPausable.sol";

/// @title ISubnetRegistry
/// @notice Creates isolated subnet instances (clones of a governance-approved implementation),
///         records them for discovery, and holds the governance bounds every subnet's
///         hyperparameters must respect.
interface ISubnetRegistry is IGuardianPausable {
    /// @notice Lifecycle stage of a subnet, derived from its active flag and emission weight.
    enum Stage {
        /// @dev Active with emission weight 0 (every subnet starts here).
        Bootstrapping,
        /// @dev Active with a non-zero emission weight.
        Active,
        /// @dev Deactivated by governance: no new members; everyone can leave.
        Deactivated
    }

    /// @notice Everything discovery needs about one subnet (the struct the seed's snippet reads).
    /// @param name Human-readable name, unique across all subnets.
    /// @param inferenceType The task type served (for example "nlp", "vision", "time-series").
    /// @param emissionWeight Share of emissions, in basis points, as the EmissionManager holds it.
    /// @param instance The subnet's own contract (holds its bonds and delegations).
    /// @param owner The subnet owner (sets hyperparameters within bounds).
    /// @param stage Bootstrapping, Active or Deactivated.
    /// @param active False once governance deactivated the subnet.
    /// @param createdAt Creation time, in seconds.
    /// @param implementationVersion Index of the implementation the instance is a clone of.
    /// @param minerCount Registered miners.
    /// @param validatorCount Registered validators.
    struct Subnet {
        string name;
        string inferenceType;
        uint256 emissionWeight;
        address instance;
        address owner;
        Stage stage;
        bool active;
        uint64 createdAt;
        uint16 implementationVersion;
        uint256 minerCount;
        uint256 validatorCount;
    }

    // ---------------------------------------------------------------- errors

    /// @notice An address parameter was the zero address.
    /// @param parameter Which parameter.
    error ZeroAddress(string parameter);
    /// @notice The subnet id does not exist.
    /// @param subnetId The id.
    error UnknownSubnet(uint256 subnetId);
    /// @notice The subnet is already deactivated.
    /// @param subnetId The id.
    error SubnetNotActive(uint256 subnetId);
    /// @notice The registry already holds `maxSubnets` active subnets.
    /// @param maxSubnets The cap.
    error SubnetCapReached(uint256 maxSubnets);
    /// @notice A subnet name or inference type is empty or too long.
    /// @param field "name" or "inferenceType".
    /// @param length Its length in bytes.
    /// @param maxLength The longest allowed, in bytes.
    error InvalidLabel(string field, uint256 length, uint256 maxLength);
    /// @notice Another subnet already uses this name.
    /// @param name The name.
    error NameTaken(string name);
    /// @notice A hyperparameter lies outside the governance bounds.
    /// @param field The hyperparameter's name.
    /// @param value The requested value.
    /// @param min The lowest allowed value.
    /// @param max The highest allowed value.
    error HyperparameterOutOfBounds(string field, uint256 value, uint256 min, uint256 max);
    /// @notice `maxValidators` must be below `maxSlots`, and `revealWindow` below `epochLength`.
    /// @param field The hyperparameter that conflicts with another.
    error InconsistentHyperparameters(string field);
    /// @notice Governance tried to set bounds with `min > max` or beyond the hard limits.
    /// @param field The offending hyperparameter.
    error InvalidBounds(string field);
    /// @notice A governance setting is outside its hard limit.
    /// @param setting The setting's name.
    /// @param value The requested value.
    /// @param limit The hard limit.
    error SettingAboveLimit(string setting, uint256 value, uint256 limit);
    /// @notice The implementation holds no code or was built for another registry or token.
    /// @param implementation The address.
    error InvalidImplementation(address implementation);
    /// @notice No subnet implementation has been added yet.
    error NoImplementation();

    // ---------------------------------------------------------------- events

    /// @notice A subnet was created.
    event SubnetCreated(
        uint256 indexed subnetId,
        address indexed instance,
        address indexed owner,
        string name,
        string inferenceType,
        uint16 implementationVersion,
        Hyperparameters hyperparameters,
        uint256 feePaid
    );
    /// @notice Governance deactivated a subnet.
    event SubnetDeactivated(uint256 indexed subnetId);
    /// @notice The guardian or governance paused or unpaused one subnet instance.
    event SubnetPauseSet(uint256 indexed subnetId, bool paused);
    /// @notice A new subnet implementation version was added and became the one new subnets clone.
    event ImplementationAdded(uint16 indexed version, address indexed implementation);
    /// @notice The creation fee changed (TORA wei).
    event CreationFeeSet(uint256 fee);
    /// @notice The treasury that receives creation fees changed.
    event TreasurySet(address indexed treasury);
    /// @notice The cap on active subnets changed.
    event MaxSubnetsSet(uint256 maxSubnets);
    /// @notice The source of emission weights (the EmissionManager) changed.
    event EmissionWeightsSet(address indexed emissionWeights);
    /// @notice The hyperparameter bounds changed.
    event HyperparameterBoundsSet(Hyperparameters min, Hyperparameters max);
    /// @notice Slashed TORA is now burned (true) or sent to the treasury (false).
    event SlashDestinationSet(bool burn);
    /// @notice The hyperparameter change cooldown or freeze window changed (seconds).
    event HyperparameterTimingSet(uint32 cooldown, uint32 freezeWindow);

    // ---------------------------------------------------------------- actions

    /// @notice Creates a subnet: charges `creationFee()` TORA (needs an allowance) to the treasury,
    ///         clones the current implementation and initializes it with the caller as owner.
    /// @param name Unique name, 1 to 32 bytes.
    /// @param inferenceType Task type, 1 to 32 bytes.
    /// @param hyperparameters Initial settings, within `hyperparameterBounds()`.
    /// @return subnetId The new subnet's id (ids start at 1).
    /// @return instance The new subnet's contract.
    function createSubnet(string calldata name, string calldata inferenceType, Hyperparameters calldata hyperparameters)
        external
        returns (uint256 subnetId, address instance);

    /// @notice Reverts with `HyperparameterOutOfBounds` or `InconsistentHyperparameters` unless
    ///         `hyperparameters` satisfy the current bounds. Subnet instances call it on every change.
    function checkHyperparameters(Hyperparameters calldata hyperparameters) external view;

    // ---------------------------------------------------------------- views

    /// @notice The ids of all subnets that are not deactivated.
    function getActiveSubnets() external view returns (uint256[] memory);

    /// @notice Full discovery record of subnet `subnetId`.
    function subnets(uint256 subnetId) external view returns (Subnet memory);

    /// @notice Number of subnets ever created (ids run from 1 to this).
    function subnetCount() external view returns (uint256);

    /// @notice The contract of subnet `subnetId`.
    function instanceOf(uint256 subnetId) external view returns (address);

    /// @notice Whether subnet `subnetId` exists and is not deactivated.
    function isActive(uint256 subnetId) external view returns (bool);

    /// @notice Whether `instance` is a subnet instance this registry created.
    function isSubnetInstance(address instance) external view returns (bool);

    /// @notice Where subnets' emission weights are read (the EmissionManager); zero before it is set.
    function emissionWeights() external view returns (IEmissionWeights);

    /// @notice Seconds a subnet owner must wait between hyperparameter changes.
    function hyperparameterCooldown() external view returns (uint32);

    /// @notice Seconds before an epoch boundary during which hyperparameters cannot change.
    function hyperparameterFreezeWindow() external view returns (uint32);

    /// @notice Receives creation fees, and slashed TORA unless it is burned.
    function treasury() external view returns (address);

    /// @notice Whether slashed TORA is burned (true) or sent to the treasury (false).
    function burnSlashed() external view returns (bool);
}
