// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Hyperparameters} from "../types/Hyperparameters.sol";

/// @title ISubnet
/// @notice One subnet: an isolated market for one inference task type. Miners and validators bond
///         TORA into bounded slots; delegators stake behind validators through share-based pools;
///         every exit goes through one unbonding queue entry per account.
interface ISubnet {
    /// @notice One participant slot (uid). Packed into one storage slot.
    /// @param account The occupant (zero when free).
    /// @param registeredAt Registration time, in seconds (immunity runs from here).
    /// @param pruningScore The occupant's most recent score (0 until it has one); the lowest is
    ///        replaced first when the subnet is full.
    /// @param isValidator Whether the occupant is a validator.
    struct Slot {
        address account;
        uint32 registeredAt;
        uint16 pruningScore;
        bool isValidator;
    }

    /// @notice What the subnet knows about one bonded account.
    /// @param bond Own bond, in TORA wei.
    /// @param uid The account's slot.
    /// @param registered Whether the account currently holds a slot.
    /// @param isValidator Whether the account is a validator.
    struct Member {
        uint96 bond;
        uint16 uid;
        bool registered;
        bool isValidator;
    }

    /// @notice A validator's delegation pool: `totalStake` TORA wei owned by `totalShares` shares.
    struct Pool {
        uint128 totalStake;
        uint128 totalShares;
    }

    /// @notice TORA waiting to be withdrawn by one account (bonds and delegations alike).
    /// @param amount In TORA wei.
    /// @param releaseAt When it becomes withdrawable, in seconds.
    struct Unbonding {
        uint128 amount;
        uint64 releaseAt;
    }

    // ---------------------------------------------------------------- errors

    /// @notice Only the SubnetRegistry may call this.
    error NotRegistry(address caller);
    /// @notice Only the subnet owner may call this.
    error NotOwner(address caller);
    /// @notice Only the pending owner may accept ownership.
    error NotPendingOwner(address caller);
    /// @notice The subnet was deactivated by governance: only exits are possible.
    error SubnetDeactivated();
    /// @notice The subnet is paused: only exits are possible.
    error SubnetPaused();
    /// @notice The account already holds a slot.
    error AlreadyRegistered(address account);
    /// @notice The account holds no slot.
    error NotRegistered(address account);
    /// @notice The account is a miner, not a validator (or the reverse).
    error WrongRole(address account, bool isValidator);
    /// @notice `validator` is not a registered validator of this subnet.
    error NotAValidator(address validator);
    /// @notice A bond would fall below the role's minimum.
    /// @param bond The resulting bond, in TORA wei.
    /// @param minimum The minimum, in TORA wei.
    error BondBelowMinimum(uint256 bond, uint256 minimum);
    /// @notice An amount was zero or exceeds what the account has.
    /// @param requested The requested amount.
    /// @param available What is available.
    error InvalidAmount(uint256 requested, uint256 available);
    /// @notice An endpoint is empty, too long, or not an http(s) URL.
    /// @param length Its length in bytes.
    /// @param maxLength The longest allowed.
    error InvalidEndpoint(uint256 length, uint256 maxLength);
    /// @notice The subnet is full and every candidate slot is still immune.
    error NoReplaceableSlot();
    /// @notice Nothing is ready to withdraw yet.
    /// @param amount The pending amount, in TORA wei.
    /// @param releaseAt When it becomes withdrawable, in seconds.
    error NothingToWithdraw(uint256 amount, uint64 releaseAt);
    /// @notice Hyperparameters changed too recently.
    /// @param nextAllowedAt When the next change is allowed, in seconds.
    error HyperparameterCooldown(uint64 nextAllowedAt);
    /// @notice Hyperparameters cannot change this close to the end of an epoch.
    /// @param epochEndsAt When the epoch ends, in seconds.
    error HyperparameterFreeze(uint64 epochEndsAt);
    /// @notice The delegation pool has shares but no stake left; it cannot take new delegations.
    error PoolDepleted(address validator);

    // ---------------------------------------------------------------- events

    /// @notice The registry initialized this instance (its `SubnetCreated` event carries the
    ///         initial hyperparameters).
    event Initialized(uint256 indexed subnetId, address indexed owner);
    /// @notice A miner registered in slot `uid` with `bond` TORA wei.
    event MinerRegistered(address indexed miner, uint16 indexed uid, uint256 bond, string endpoint);
    /// @notice A validator registered in slot `uid` with `bond` TORA wei.
    event ValidatorRegistered(address indexed validator, uint16 indexed uid, uint256 bond);
    /// @notice A full subnet gave `uid` to a newcomer; `replaced`'s bond entered unbonding.
    event ParticipantReplaced(address indexed replaced, address indexed newcomer, uint16 indexed uid);
    /// @notice A participant left its slot voluntarily; its bond entered unbonding.
    event ParticipantDeregistered(address indexed account, uint16 indexed uid);
    /// @notice A miner changed its endpoint.
    event EndpointUpdated(address indexed miner, string endpoint);
    /// @notice A participant added `amount` TORA wei to its bond (new total `bond`).
    event BondIncreased(address indexed account, uint256 amount, uint256 bond);
    /// @notice `amount` TORA wei of `account` entered unbonding; withdrawable from `releaseAt`.
    event Unbonded(address indexed account, uint256 amount, uint64 releaseAt);
    /// @notice `account` withdrew `amount` TORA wei.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice `delegator` staked `amount` TORA wei behind `validator` for `shares` shares.
    event Delegated(address indexed delegator, address indexed validator, uint256 amount, uint256 shares);
    /// @notice `delegator` redeemed `shares` shares of `validator`'s pool for `amount` TORA wei.
    event Undelegated(address indexed delegator, address indexed validator, uint256 shares, uint256 amount);
    /// @notice The owner changed the hyperparameters.
    event HyperparametersUpdated(Hyperparameters hyperparameters);
    /// @notice The coordinator changed (zero means the owner coordinates).
    event CoordinatorSet(address indexed coordinator);
    /// @notice An ownership transfer to `pendingOwner` started.
    event OwnershipTransferStarted(address indexed owner, address indexed pendingOwner);
    /// @notice Ownership moved to `newOwner`.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    /// @notice The registry paused or unpaused this subnet.
    event PauseSet(bool paused);
    /// @notice Governance deactivated this subnet through the registry.
    event Deactivated();

    // ---------------------------------------------------------------- registry hooks

    /// @notice Sets up a fresh clone. Only the registry, once.
    function initialize(uint256 subnetId, address owner, Hyperparameters calldata hyperparameters) external;

    /// @notice Deactivates the subnet for good. Only the registry.
    function deactivate() external;

    /// @notice Pauses or unpauses joining and staking. Only the registry.
    function setPaused(bool paused) external;

    // ---------------------------------------------------------------- participants

    /// @notice Registers the caller as a miner with `bond` TORA wei (needs an allowance).
    /// @param bond At least `minMinerBond`, in TORA wei.
    /// @param endpoint The miner's HTTP(S) inference URL, at most 256 bytes.
    /// @return uid The slot given to the miner.
    function registerMiner(uint256 bond, string calldata endpoint) external returns (uint16 uid);

    /// @notice Registers the caller as a validator with `bond` TORA wei (needs an allowance).
    /// @param bond At least `minValidatorBond`, in TORA wei.
    /// @return uid The slot given to the validator.
    function registerValidator(uint256 bond) external returns (uint16 uid);

    /// @notice Changes the caller's (a miner's) endpoint.
    function updateEndpoint(string calldata endpoint) external;

    /// @notice Adds `amount` TORA wei to the caller's bond.
    function increaseBond(uint256 amount) external;

    /// @notice Moves `amount` TORA wei of the caller's bond to unbonding, keeping the minimum.
    function unbond(uint256 amount) external;

    /// @notice Gives up the caller's slot; the whole bond enters unbonding.
    function deregister() external;

    /// @notice Sends the caller its matured unbonding TORA.
    /// @return amount The amount withdrawn, in TORA wei.
    function withdraw() external returns (uint256 amount);

    /// @notice Stakes `amount` TORA wei behind `validator` (needs an allowance).
    /// @return shares The pool shares minted to the caller.
    function delegate(address validator, uint256 amount) external returns (uint256 shares);

    /// @notice Redeems `shares` of `validator`'s pool; the TORA enters unbonding.
    /// @return amount The TORA wei moved to unbonding.
    function undelegate(address validator, uint256 shares) external returns (uint256 amount);

    // ---------------------------------------------------------------- owner

    /// @notice Changes the hyperparameters within governance bounds; rate-limited, and never in the
    ///         freeze window before an epoch boundary.
    function setHyperparameters(Hyperparameters calldata hyperparameters) external;

    /// @notice Sets the account allowed to close epochs (zero: the owner).
    function setCoordinator(address coordinator) external;

    /// @notice Starts a two-step ownership transfer.
    function transferOwnership(address newOwner) external;

    /// @notice Completes an ownership transfer; only the pending owner.
    function acceptOwnership() external;

    // ---------------------------------------------------------------- views

    /// @notice The registry that created this subnet (fixed per implementation).
    function registry() external view returns (address);
    /// @notice The TORA token bonded here (fixed per implementation).
    function tora() external view returns (address);
    /// @notice The subnet's id in the registry.
    function subnetId() external view returns (uint256);
    /// @notice The subnet owner.
    function owner() external view returns (address);
    /// @notice The account that closes epochs.
    function coordinator() external view returns (address);
    /// @notice The current hyperparameters.
    function hyperparameters() external view returns (Hyperparameters memory);
    /// @notice Registered miners.
    function minerCount() external view returns (uint256);
    /// @notice Registered validators.
    function validatorCount() external view returns (uint256);
    /// @notice Whether governance deactivated the subnet.
    function deactivated() external view returns (bool);
    /// @notice Whether the subnet is paused.
    function paused() external view returns (bool);
    /// @notice Start of the current epoch, in seconds.
    function currentEpochStart() external view returns (uint64);
    /// @notice End of the current epoch, in seconds.
    function currentEpochEnd() external view returns (uint64);
    /// @notice The slot `uid`.
    function slotOf(uint16 uid) external view returns (Slot memory);
    /// @notice Highest uid ever handed out plus one (uids run from 0 to this minus one).
    function slotHighWater() external view returns (uint16);
    /// @notice The member record of `account`.
    function memberOf(address account) external view returns (Member memory);
    /// @notice The endpoint of miner `miner` (empty if none).
    function endpointOf(address miner) external view returns (string memory);
    /// @notice `validator`'s delegation pool.
    function poolOf(address validator) external view returns (Pool memory);
    /// @notice `delegator`'s shares in `validator`'s pool and their current value in TORA wei.
    function delegationOf(address validator, address delegator) external view returns (uint256 shares, uint256 stake);
    /// @notice `account`'s pending unbonding.
    function unbondingOf(address account) external view returns (Unbonding memory);
    /// @notice The semantic version of this implementation.
    function version() external view returns (string memory);
}
