// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Safe} from "@safe-global/safe-contracts/contracts/Safe.sol";
import {Enum} from "@safe-global/safe-contracts/contracts/common/Enum.sol";
import {SafeProxyFactory} from "@safe-global/safe-contracts/contracts/proxies/SafeProxyFactory.sol";
import {Test} from "forge-std/Test.sol";

import {EmissionManager} from "../../contracts/EmissionManager.sol";
import {Subnet} from "../../contracts/Subnet.sol";
import {SubnetRegistry} from "../../contracts/SubnetRegistry.sol";
import {TORA} from "../../contracts/TORA.sol";
import {ValidatorTrust} from "../../contracts/ValidatorTrust.sol";
import {TensoraGovernor} from "../../contracts/governance/TensoraGovernor.sol";
import {TensoraTimelock} from "../../contracts/governance/TensoraTimelock.sol";
import {SubnetCloser} from "../../contracts/subnet/SubnetCloser.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";
import {TestDefaults} from "./TestDefaults.sol";

/// @dev The suite deployed as in production: a 2-of-3 guardian Safe (real Safe contracts through
///      the proxy factory), the TensoraTimelock owning every admin role, the TensoraGovernor with
///      the devnet parameters from deployments/config/devnet.toml, and no role left to the
///      deployer. Two voters hold and delegate the genesis supply.
abstract contract GovernanceFixture is Test {
    uint256 internal constant GENESIS = 10_000_000 ether;

    TORA internal tora;
    TensoraTimelock internal timelock;
    TensoraGovernor internal governor;
    ValidatorTrust internal trust;
    EmissionManager internal em;
    Subnet internal implementation;
    SubnetRegistry internal registry;
    Safe internal guardian;

    uint256[3] internal ownerKeys = [uint256(0xA11CE), 0xB0B, 0xCA7];
    address internal alice = makeAddr("alice"); // 60% of the votes
    address internal bob = makeAddr("bob"); // 40%
    address internal outsider = makeAddr("outsider");
    TensoraGovernor.Params internal params;
    uint256 internal timelockDelay;

    function setUp() public virtual {
        vm.warp(1_800_000_000);
        _loadConfig("deployments/config/devnet.toml");
        guardian = _deploySafe();

        // Addresses are predicted so that every contract is born with its final owner.
        uint256 n = vm.getNonce(address(this));
        address tlAddr = vm.computeCreateAddress(address(this), n + 1);
        address govAddr = vm.computeCreateAddress(address(this), n + 2);
        address emAddr = vm.computeCreateAddress(address(this), n + 4);
        SubnetRegistry regAddr = SubnetRegistry(vm.computeCreateAddress(address(this), n + 7));
        tora = new TORA(tlAddr, address(this), GENESIS, 1_000_000_000 ether, emAddr);
        timelock = new TensoraTimelock(timelockDelay, govAddr, address(guardian));
        governor = new TensoraGovernor(tora, timelock, params, address(guardian));
        trust = new ValidatorTrust(address(timelock), regAddr, 0.1e18, 1000, 1 hours);
        em = new EmissionManager(address(timelock), tora, regAddr, 0, 10 ether, 365 days, 1 days, address(guardian));
        SubnetCloser closer = new SubnetCloser(regAddr, tora, trust, em);
        implementation = new Subnet(regAddr, tora, trust, em, closer);
        (Hyperparameters memory lo, Hyperparameters memory hi) = TestDefaults.bounds();
        registry = new SubnetRegistry(
            address(timelock),
            tora,
            SubnetRegistry.Config({
                treasury: address(timelock),
                creationFee: 1000 ether,
                maxSubnets: 128,
                hyperparameterCooldown: 1 days,
                hyperparameterFreezeWindow: 10 minutes,
                minBounds: lo,
                maxBounds: hi,
                guardian: address(guardian),
                emissionWeights: em,
                initialImplementation: address(implementation)
            })
        );
        assertEq(address(timelock), tlAddr);
        assertEq(address(governor), govAddr);
        assertEq(address(em), emAddr);
        assertEq(address(registry), address(regAddr));

        tora.transfer(alice, GENESIS * 6 / 10);
        tora.transfer(bob, GENESIS * 4 / 10);
        vm.prank(alice);
        tora.delegate(alice);
        vm.prank(bob);
        tora.delegate(bob);
        vm.warp(block.timestamp + 1);
    }

    function _loadConfig(string memory path) internal {
        string memory toml = vm.readFile(path);
        params = TensoraGovernor.Params({
            votingDelay: uint48(vm.parseTomlUint(toml, ".governance.voting_delay")),
            votingPeriod: uint32(vm.parseTomlUint(toml, ".governance.voting_period")),
            proposalThreshold: vm.parseUint(vm.parseTomlString(toml, ".governance.proposal_threshold")),
            quorumNumerator: vm.parseTomlUint(toml, ".governance.quorum_percent"),
            lateQuorumExtension: uint48(vm.parseTomlUint(toml, ".governance.late_quorum_extension"))
        });
        timelockDelay = vm.parseTomlUint(toml, ".governance.timelock_min_delay");
    }

    // ------------------------------------------------------------- guardian Safe

    function _deploySafe() internal returns (Safe safe) {
        Safe singleton = new Safe();
        SafeProxyFactory factory = new SafeProxyFactory();
        address[] memory owners = new address[](3);
        for (uint256 i; i < 3; ++i) {
            owners[i] = vm.addr(ownerKeys[i]);
        }
        bytes memory setup =
            abi.encodeCall(Safe.setup, (owners, 2, address(0), "", address(0), address(0), 0, payable(address(0))));
        safe = Safe(payable(address(factory.createProxyWithNonce(address(singleton), setup, 0))));
        assertEq(safe.getThreshold(), 2);
    }

    /// @dev Has the Safe call `to` with `data`, signed by the owners at `signers` (indexes).
    function safeExec(address to, bytes memory data, uint256[] memory signers) internal returns (bool) {
        bytes32 txHash = guardian.getTransactionHash(
            to, 0, data, Enum.Operation.Call, 0, 0, 0, address(0), address(0), guardian.nonce()
        );
        // Signatures must be ordered by owner address.
        address[] memory addrs = new address[](signers.length);
        uint256[] memory keys = new uint256[](signers.length);
        for (uint256 i; i < signers.length; ++i) {
            keys[i] = ownerKeys[signers[i]];
            addrs[i] = vm.addr(keys[i]);
        }
        for (uint256 i; i < keys.length; ++i) {
            for (uint256 j = i + 1; j < keys.length; ++j) {
                if (addrs[j] < addrs[i]) {
                    (addrs[i], addrs[j]) = (addrs[j], addrs[i]);
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                }
            }
        }
        bytes memory sigs;
        for (uint256 i; i < keys.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], txHash);
            sigs = bytes.concat(sigs, abi.encodePacked(r, s, v));
        }
        return
            guardian.execTransaction(to, 0, data, Enum.Operation.Call, 0, 0, 0, address(0), payable(address(0)), sigs);
    }

    function twoOwners() internal pure returns (uint256[] memory s) {
        s = new uint256[](2);
        (s[0], s[1]) = (0, 2);
    }

    // ------------------------------------------------------------- proposals

    struct Proposal {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        string description;
    }

    function single(address target, bytes memory data, string memory description)
        internal
        pure
        returns (Proposal memory p)
    {
        p.targets = new address[](1);
        p.values = new uint256[](1);
        p.calldatas = new bytes[](1);
        p.targets[0] = target;
        p.calldatas[0] = data;
        p.description = description;
    }

    function propose(Proposal memory p) internal returns (uint256 id) {
        vm.prank(alice);
        id = governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    /// @dev The timelock salt GovernorTimelockControl queues a proposal with.
    function _salt(bytes32 descHash) internal view returns (bytes32) {
        return bytes20(address(governor)) ^ descHash;
    }

    /// @dev Propose, vote (both voters for), queue, wait, execute.
    function pass(Proposal memory p) internal returns (uint256 id) {
        id = propose(p);
        vm.warp(block.timestamp + governor.votingDelay() + 1);
        vm.prank(alice);
        governor.castVote(id, 1);
        vm.prank(bob);
        governor.castVote(id, 1);
        vm.warp(governor.proposalDeadline(id) + 1);
        governor.queue(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        vm.warp(block.timestamp + timelockDelay);
        governor.execute(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
    }
}
