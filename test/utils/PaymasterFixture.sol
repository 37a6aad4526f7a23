// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Test} from "forge-std/Test.sol";

import {TORA} from "../../contracts/TORA.sol";
import {IEntryPoint as IEntryPointV07} from "aa-v07/interfaces/IEntryPoint.sol";

import {ITensoraPaymaster} from "../../contracts/interfaces/ITensoraPaymaster.sol";
import {TensoraAccountFactory} from "../../contracts/paymaster/TensoraAccountFactory.sol";
import {TensoraPaymaster} from "../../contracts/paymaster/TensoraPaymaster.sol";

interface ISimpleAccountFactory {
    function getAddress(address owner, uint256 salt) external view returns (address);
    function createAccount(address owner, uint256 salt) external returns (address);
}

interface ISimpleAccount {
    function execute(address dest, uint256 value, bytes calldata func) external;
}

/// @dev A real EntryPoint (v0.7 or v0.8, from the published npm artifacts), its SimpleAccount
///      factory (accounts without an approval), the TensoraAccountFactory (accounts that approve
///      the paymaster at creation), TORA, the OP Stack L1Block and GasPriceOracle predeploys
///      (bedrock artifacts, with Fjord pricing and non-zero L1 fees), and the paymaster owned by
///      `gov`.
abstract contract PaymasterFixture is Test {
    address internal constant L1_BLOCK = 0x4200000000000000000000000000000000000015;
    address internal constant GAS_PRICE_ORACLE = 0x420000000000000000000000000000000000000F;
    address internal constant DEPOSITOR = 0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001;
    string internal constant BEDROCK = "node_modules/@eth-optimism/contracts-bedrock/forge-artifacts/";

    uint256 internal constant PRICE = 2000e18; // 2,000 TORA per ETH
    uint16 internal constant MARKUP = 1000; // 10%
    uint48 internal constant MAX_AGE = 1 hours;
    uint256 internal constant VERIFICATION_GAS = 400_000;
    uint256 internal constant CALL_GAS = 100_000;
    uint256 internal constant PM_VERIFICATION_GAS = 150_000;
    uint256 internal constant PM_POST_OP_GAS = 60_000;
    uint256 internal constant MAX_FEE = 2 gwei;
    uint256 internal constant PRIORITY_FEE = 1 gwei;
    /// @dev The paymaster's caps: 100 gwei per gas, 0.1 ETH per operation.
    uint128 internal constant FEE_CAP = 100 gwei;
    uint128 internal constant COST_CAP = 0.1 ether;

    IEntryPoint internal entryPoint;
    /// @dev TensoraAccountFactory: the accounts the paymaster serves from their first operation.
    ISimpleAccountFactory internal factory;
    /// @dev The EntryPoint release's own SimpleAccountFactory: accounts that never approved.
    ISimpleAccountFactory internal simpleFactory;
    TORA internal tora;
    TensoraPaymaster internal paymaster;

    address internal gov = makeAddr("gov");
    address internal guardian = makeAddr("guardian");
    address internal keeper = makeAddr("keeper");
    address internal treasury = makeAddr("treasury");
    address internal outsider = makeAddr("outsider");
    address payable internal bundler = payable(makeAddr("bundler"));
    address internal user;
    uint256 internal userKey;

    /// @dev 7 or 8.
    function entryPointVersion() internal pure virtual returns (uint8);

    function _aaArtifacts() internal pure returns (string memory) {
        return entryPointVersion() == 7
            ? "node_modules/aa-v07/artifacts/"
            : "node_modules/@account-abstraction/contracts/artifacts/";
    }

    function setUp() public virtual {
        vm.warp(1_750_000_000);
        vm.fee(1 gwei);
        (user, userKey) = makeAddrAndKey("user");
        _installOpStack();
        entryPoint = IEntryPoint(deployCode(string.concat(_aaArtifacts(), "EntryPoint.json")));
        simpleFactory = ISimpleAccountFactory(
            deployCode(string.concat(_aaArtifacts(), "SimpleAccountFactory.json"), abi.encode(entryPoint))
        );
        tora = new TORA(gov, address(this), 1_000_000 ether, 1_000_000_000 ether, address(0));
        paymaster = new TensoraPaymaster(
            gov,
            entryPoint,
            entryPointVersion(),
            tora,
            treasury,
            guardian,
            keeper,
            MARKUP,
            MAX_AGE,
            1e18,
            _limits(),
            1 days
        );
        factory = ISimpleAccountFactory(
            address(new TensoraAccountFactory(gov, IEntryPointV07(address(entryPoint)), tora, address(paymaster)))
        );
        vm.prank(keeper);
        paymaster.setPrice(PRICE);
        vm.deal(gov, 100 ether);
        vm.startPrank(gov);
        paymaster.deposit{value: 10 ether}();
        paymaster.addStake{value: 1 ether}();
        vm.stopPrank();
    }

    function _limits() internal pure returns (ITensoraPaymaster.Limits memory) {
        return ITensoraPaymaster.Limits({maxFeePerGas: FEE_CAP, maxCostPerOp: COST_CAP});
    }

    /// @dev L1Block and GasPriceOracle at their predeploy addresses, Ecotone attributes set by the
    ///      depositor (10 gwei L1 base fee, 1 gwei blob base fee), Fjord pricing on.
    function _installOpStack() internal {
        vm.etch(L1_BLOCK, vm.getDeployedCode(string.concat(BEDROCK, "L1Block.sol/L1Block.json")));
        vm.etch(GAS_PRICE_ORACLE, vm.getDeployedCode(string.concat(BEDROCK, "GasPriceOracle.sol/GasPriceOracle.json")));
        _setL1BaseFee(10 gwei);
        vm.startPrank(DEPOSITOR);
        (bool ok,) = GAS_PRICE_ORACLE.call(abi.encodeWithSignature("setEcotone()"));
        assertTrue(ok);
        (ok,) = GAS_PRICE_ORACLE.call(abi.encodeWithSignature("setFjord()"));
        assertTrue(ok);
        vm.stopPrank();
    }

    function _setL1BaseFee(uint256 baseFee) internal {
        bytes memory attributes = abi.encodePacked(
            bytes4(keccak256("setL1BlockValuesEcotone()")),
            uint32(1368),
            uint32(810_949),
            uint64(0),
            uint64(block.timestamp),
            uint64(block.number),
            baseFee,
            uint256(1 gwei),
            bytes32(0),
            bytes32(0)
        );
        vm.prank(DEPOSITOR);
        (bool ok,) = L1_BLOCK.call(attributes);
        assertTrue(ok);
    }

    /// @dev The TensoraAccount `user` gets from the factory (salt 0), funded with `amount` TORA.
    function _fundedAccount(uint256 amount) internal returns (address account) {
        account = factory.getAddress(user, 0);
        tora.transfer(account, amount);
    }

    function _initCode() internal view returns (bytes memory) {
        return _initCodeOf(factory, 0);
    }

    function _initCodeOf(ISimpleAccountFactory f, uint256 salt) internal view returns (bytes memory) {
        return abi.encodePacked(address(f), abi.encodeCall(ISimpleAccountFactory.createAccount, (user, salt)));
    }

    function _approveCall(uint256 amount) internal view returns (bytes memory) {
        return abi.encodeCall(
            ISimpleAccount.execute, (address(tora), 0, abi.encodeCall(tora.approve, (address(paymaster), amount)))
        );
    }

    function _call(address target, bytes memory data) internal pure returns (bytes memory) {
        return abi.encodeCall(ISimpleAccount.execute, (target, 0, data));
    }

    /// @dev A signed operation paid through the paymaster (or not, with `viaPaymaster` false).
    function _op(address sender, bytes memory initCode, bytes memory callData, bool viaPaymaster)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op.sender = sender;
        op.nonce = entryPoint.getNonce(sender, 0);
        op.initCode = initCode;
        op.callData = callData;
        op.accountGasLimits = bytes32((VERIFICATION_GAS << 128) | CALL_GAS);
        op.preVerificationGas = 60_000;
        op.gasFees = bytes32((PRIORITY_FEE << 128) | MAX_FEE);
        if (viaPaymaster) {
            op.paymasterAndData =
                abi.encodePacked(address(paymaster), uint128(PM_VERIFICATION_GAS), uint128(PM_POST_OP_GAS));
        }
        op.signature = _sign(op);
    }

    /// @dev Signs as a TensoraAccount (the v0.7 SimpleAccount code) checks, on both EntryPoints:
    ///      the EIP-191 form of the operation hash.
    function _sign(PackedUserOperation memory op) internal view returns (bytes memory) {
        bytes32 digest = MessageHashUtils.toEthSignedMessageHash(entryPoint.getUserOpHash(op));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(userKey, digest);
        return abi.encodePacked(r, s, v);
    }

    function _handle(PackedUserOperation memory op) internal {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        vm.prank(bundler, bundler);
        entryPoint.handleOps(ops, bundler);
    }

    /// @dev Creates `user`'s TensoraAccount with `funding` TORA through its first operation (a
    ///      harmless self-call), paid in TORA; returns the account.
    function _createAccount(uint256 funding) internal returns (address account) {
        account = _fundedAccount(funding);
        _handle(_op(account, _initCode(), _call(address(tora), abi.encodeCall(tora.balanceOf, (account))), true));
    }
}
