// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CREATE3} from "solady/utils/CREATE3.sol";

/// @title Create3Deployer
/// @notice Deploys the Tensora suite at addresses that depend only on (this contract, the caller, a
///         salt), never on the init code. The suite's constructors reference each other (the token
///         names the EmissionManager as minter, the EmissionManager names the token, the timelock
///         names the governor and back), so CREATE2 addresses, which hash the constructor
///         arguments, cannot be predicted for such cycles; CREATE3 addresses can.
/// @dev This contract itself is deployed through the deterministic-deployment proxy
///      (0x4e59b44847b379578588920cA78FbF26c0B4956C, an OP Stack preinstall) with a zero salt, so it
///      has the same address on every chain. Salts are scoped by the caller: nobody can deploy into,
///      or squat on, another deployer's addresses.
contract Create3Deployer {
    /// @notice A contract was deployed for `deployer` under `salt`.
    /// @param deployer The caller whose scope the salt belongs to.
    /// @param salt The caller's salt (before scoping).
    /// @param instance The deployed contract.
    event Deployed(address indexed deployer, bytes32 indexed salt, address instance);

    /// @notice Deploys `initCode` at the address `predict(msg.sender, salt)`, forwarding `msg.value`.
    /// @dev Reverts (CREATE3's `DeploymentFailed`) if that address is already taken or the
    ///      constructor reverts.
    /// @param salt The caller's salt.
    /// @param initCode Creation code with ABI-encoded constructor arguments appended.
    /// @return instance The deployed contract.
    function deploy(bytes32 salt, bytes calldata initCode) external payable returns (address instance) {
        instance = CREATE3.deployDeterministic(msg.value, initCode, _scoped(msg.sender, salt));
        emit Deployed(msg.sender, salt, instance);
    }

    /// @notice The address `deploy(salt, …)` called by `deployer` creates, whatever the init code.
    /// @param deployer The caller.
    /// @param salt The caller's salt.
    /// @return The predicted address.
    function predict(address deployer, bytes32 salt) external view returns (address) {
        return CREATE3.predictDeterministicAddress(_scoped(deployer, salt));
    }

    /// @notice Semantic version of this contract.
    /// @return The version string.
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    function _scoped(address deployer, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(deployer, salt));
    }
}
