// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {ISubnet} from "../../contracts/interfaces/ISubnet.sol";

/// @title EventPump
/// @notice Benchmark helper for devnets, never part of a deployment: a miner (and delegator) of one
///         subnet that emits many of the subnet's own events per transaction, so the indexer's
///         ingest benchmark (crates/tensora-testkit/examples/ingest_bench.rs) can read 100,000
///         events of the suite from a local chain in a few hundred transactions.
contract EventPump {
    /// @notice The subnet it is a member of.
    ISubnet public immutable SUBNET;
    /// @notice The bond and delegation token.
    IERC20 public immutable TORA;

    /// @param subnet The subnet instance.
    /// @param tora The TORA token.
    constructor(ISubnet subnet, IERC20 tora) {
        SUBNET = subnet;
        TORA = tora;
        tora.approve(address(subnet), type(uint256).max);
    }

    /// @notice Registers this contract as a miner with `bond` TORA wei (held by the pump).
    /// @param bond The bond.
    function join(uint256 bond) external {
        SUBNET.registerMiner(bond, "http://127.0.0.1:9100/a");
    }

    /// @notice Emits `endpoints` EndpointUpdated events (alternating between two endpoints) and
    ///         `delegations` Delegated events of `amount` TORA wei each behind `validator`.
    /// @param endpoints Endpoint updates.
    /// @param validator The validator delegated to.
    /// @param delegations Delegations.
    /// @param amount TORA wei per delegation.
    function pump(uint256 endpoints, address validator, uint256 delegations, uint256 amount) external {
        for (uint256 i; i < endpoints; ++i) {
            SUBNET.updateEndpoint(i % 2 == 0 ? "http://127.0.0.1:9100/b" : "http://127.0.0.1:9100/a");
        }
        for (uint256 i; i < delegations; ++i) {
            SUBNET.delegate(validator, amount);
        }
    }
}
