// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Test} from "forge-std/Test.sol";

import {TORA} from "../contracts/TORA.sol";
import {ITORA} from "../contracts/interfaces/ITORA.sol";

/// @dev Shared setup: a token with a 1e9 TORA cap and a 1e8 TORA genesis supply.
abstract contract TORATestBase is Test {
    uint256 internal constant CAP = 1_000_000_000 ether;
    uint256 internal constant GENESIS = 100_000_000 ether;

    TORA internal tora;
    address internal admin = makeAddr("admin");
    address internal genesisHolder = makeAddr("genesisHolder");
    address internal minter = makeAddr("minter");
    address internal outsider = makeAddr("outsider");

    function setUp() public virtual {
        tora = new TORA(admin, genesisHolder, GENESIS, CAP, address(0));
        bytes32 minterRole = tora.MINTER_ROLE();
        vm.prank(admin);
        tora.grantRole(minterRole, minter);
    }
}

contract TORA_Constructor_Test is TORATestBase {
    function test_constructor_setsMetadataAndGenesis_succeeds() public view {
        assertEq(tora.name(), "Tensora");
        assertEq(tora.symbol(), "TORA");
        assertEq(tora.decimals(), 18);
        assertEq(tora.cap(), CAP);
        assertEq(tora.totalSupply(), GENESIS);
        assertEq(tora.balanceOf(genesisHolder), GENESIS);
        assertEq(tora.version(), "1.0.0");
        assertTrue(tora.hasRole(tora.DEFAULT_ADMIN_ROLE(), admin));
        assertFalse(tora.hasRole(tora.DEFAULT_ADMIN_ROLE(), address(this)));
    }

    function test_constructor_zeroAdmin_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITORA.TORAZeroAddress.selector, "admin"));
        new TORA(address(0), genesisHolder, GENESIS, CAP, address(0));
    }

    function test_constructor_zeroGenesisHolderWithSupply_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITORA.TORAZeroAddress.selector, "genesisHolder"));
        new TORA(admin, address(0), GENESIS, CAP, address(0));
    }

    function test_constructor_zeroGenesisSupplyWithoutHolder_succeeds() public {
        TORA t = new TORA(admin, address(0), 0, CAP, address(0));
        assertEq(t.totalSupply(), 0);
    }

    function test_constructor_genesisAboveCap_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITORA.TORAGenesisExceedsCap.selector, CAP + 1, CAP));
        new TORA(admin, genesisHolder, CAP + 1, CAP, address(0));
    }

    function test_constructor_zeroCap_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20InvalidCap.selector, 0));
        new TORA(admin, genesisHolder, 0, 0, address(0));
    }

    function test_constructor_capAboveVotesLimit_reverts() public {
        uint256 maxCap = type(uint208).max;
        vm.expectRevert(abi.encodeWithSelector(ITORA.TORACapTooLarge.selector, maxCap + 1, maxCap));
        new TORA(admin, genesisHolder, 0, maxCap + 1, address(0));
    }
}

contract TORA_Mint_Test is TORATestBase {
    function test_mint_byMinter_succeeds() public {
        address to = makeAddr("to");
        vm.prank(minter);
        tora.mint(to, 5 ether);
        assertEq(tora.balanceOf(to), 5 ether);
        assertEq(tora.totalSupply(), GENESIS + 5 ether);
    }

    function test_mint_upToCap_succeeds() public {
        vm.prank(minter);
        tora.mint(minter, CAP - GENESIS);
        assertEq(tora.totalSupply(), CAP);
    }

    function test_mint_aboveCap_reverts() public {
        vm.prank(minter);
        vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20ExceededCap.selector, CAP + 1, CAP));
        tora.mint(minter, CAP - GENESIS + 1);
    }

    function test_mint_byOutsider_reverts() public {
        bytes32 role = tora.MINTER_ROLE();
        vm.prank(outsider);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, role)
        );
        tora.mint(outsider, 1);
    }

    function test_mint_byAdminWithoutMinterRole_reverts() public {
        bytes32 role = tora.MINTER_ROLE();
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        tora.mint(admin, 1);
    }

    function testFuzz_mint_neverExceedsCap_succeeds(uint256 a, uint256 b) public {
        a = bound(a, 0, CAP);
        b = bound(b, 0, CAP);
        vm.startPrank(minter);
        if (GENESIS + a > CAP) {
            vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20ExceededCap.selector, GENESIS + a, CAP));
            tora.mint(minter, a);
            a = 0;
        } else {
            tora.mint(minter, a);
        }
        if (GENESIS + a + b > CAP) {
            vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20ExceededCap.selector, GENESIS + a + b, CAP));
            tora.mint(minter, b);
        } else {
            tora.mint(minter, b);
        }
        vm.stopPrank();
        assertLe(tora.totalSupply(), CAP);
    }
}

contract TORA_Roles_Test is TORATestBase {
    function test_grantRole_byOutsider_reverts() public {
        bytes32 adminRole = tora.DEFAULT_ADMIN_ROLE();
        bytes32 minterRole = tora.MINTER_ROLE();
        vm.prank(outsider);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, adminRole)
        );
        tora.grantRole(minterRole, outsider);
    }

    function test_revokeRole_byOutsider_reverts() public {
        bytes32 adminRole = tora.DEFAULT_ADMIN_ROLE();
        bytes32 minterRole = tora.MINTER_ROLE();
        vm.prank(outsider);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, adminRole)
        );
        tora.revokeRole(minterRole, minter);
    }

    function test_revokeRole_byAdmin_stopsMinting_succeeds() public {
        bytes32 minterRole = tora.MINTER_ROLE();
        vm.prank(admin);
        tora.revokeRole(minterRole, minter);
        vm.prank(minter);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, minter, minterRole)
        );
        tora.mint(minter, 1);
    }

    function test_adminHandover_oldAdminLosesControl_succeeds() public {
        address timelock = makeAddr("timelock");
        bytes32 adminRole = tora.DEFAULT_ADMIN_ROLE();
        vm.startPrank(admin);
        tora.grantRole(adminRole, timelock);
        tora.renounceRole(adminRole, admin);
        vm.stopPrank();
        assertTrue(tora.hasRole(adminRole, timelock));
        assertFalse(tora.hasRole(adminRole, admin));
        bytes32 minterRole = tora.MINTER_ROLE();
        vm.prank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, adminRole)
        );
        tora.grantRole(minterRole, admin);
    }
}

contract TORA_Burn_Test is TORATestBase {
    function test_burn_reducesSupplyAndVotes_succeeds() public {
        vm.startPrank(genesisHolder);
        tora.delegate(genesisHolder);
        tora.burn(10 ether);
        vm.stopPrank();
        assertEq(tora.totalSupply(), GENESIS - 10 ether);
        assertEq(tora.getVotes(genesisHolder), GENESIS - 10 ether);
    }

    function test_burn_moreThanBalance_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(); // ERC20InsufficientBalance(outsider, 0, 1)
        tora.burn(1);
    }
}

contract TORA_Votes_Test is TORATestBase {
    function test_clock_isTimestamp_succeeds() public {
        vm.warp(1_800_000_000);
        assertEq(tora.clock(), 1_800_000_000);
        assertEq(tora.CLOCK_MODE(), "mode=timestamp");
    }

    function test_getPastVotes_byTimestamp_succeeds() public {
        address alice = makeAddr("alice");
        vm.warp(1000);
        vm.prank(genesisHolder);
        tora.transfer(alice, 100 ether);
        vm.prank(alice);
        tora.delegate(alice);
        vm.warp(2000);
        vm.prank(alice);
        tora.transfer(genesisHolder, 40 ether);
        vm.warp(3000);
        assertEq(tora.getPastVotes(alice, 1500), 100 ether);
        assertEq(tora.getPastVotes(alice, 2500), 60 ether);
        assertEq(tora.getVotes(alice), 60 ether);
        assertEq(tora.getPastTotalSupply(2500), GENESIS);
    }

    function test_balanceWithoutDelegation_hasNoVotes_succeeds() public view {
        assertEq(tora.getVotes(genesisHolder), 0);
    }

    function testFuzz_transfer_movesDelegatedVotes_succeeds(uint256 amount) public {
        amount = bound(amount, 0, GENESIS);
        address alice = makeAddr("alice");
        address bob = makeAddr("bob");
        vm.prank(genesisHolder);
        tora.delegate(alice);
        vm.prank(bob);
        tora.delegate(bob);
        vm.prank(genesisHolder);
        tora.transfer(bob, amount);
        assertEq(tora.getVotes(alice), GENESIS - amount);
        assertEq(tora.getVotes(bob), amount);
    }
}

contract TORA_Permit_Test is TORATestBase {
    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function _sign(uint256 pk, address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", tora.DOMAIN_SEPARATOR(), structHash));
        return vm.sign(pk, digest);
    }

    function testFuzz_permit_validSignature_setsAllowance_succeeds(uint256 pk, uint256 value) public {
        pk = bound(pk, 1, 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140);
        address owner = vm.addr(pk);
        address spender = makeAddr("spender");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _sign(pk, owner, spender, value, 0, deadline);
        tora.permit(owner, spender, value, deadline, v, r, s);
        assertEq(tora.allowance(owner, spender), value);
        assertEq(tora.nonces(owner), 1);
    }

    function test_permit_replay_reverts() public {
        uint256 pk = 0xA11CE;
        address owner = vm.addr(pk);
        address spender = makeAddr("spender");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _sign(pk, owner, spender, 1 ether, 0, deadline);
        tora.permit(owner, spender, 1 ether, deadline, v, r, s);
        vm.expectPartialRevert(ERC20Permit.ERC2612InvalidSigner.selector);
        tora.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    function test_permit_expired_reverts() public {
        uint256 pk = 0xA11CE;
        address owner = vm.addr(pk);
        address spender = makeAddr("spender");
        vm.warp(10_000);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = _sign(pk, owner, spender, 1 ether, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        tora.permit(owner, spender, 1 ether, deadline, v, r, s);
    }
}

/// @notice Gas of the token's user actions, written to snapshots/TORA.json and checked in CI.
contract TORA_Gas_Test is TORATestBase {
    function test_gas_userActions() public {
        address alice = makeAddr("alice");
        vm.cool(address(tora));
        vm.prank(minter);
        tora.mint(alice, 1 ether);
        vm.snapshotGasLastCall("TORA", "mint");
        vm.cool(address(tora));
        vm.prank(genesisHolder);
        tora.transfer(alice, 1 ether);
        vm.snapshotGasLastCall("TORA", "transfer");
        vm.cool(address(tora));
        vm.prank(alice);
        tora.delegate(alice);
        vm.snapshotGasLastCall("TORA", "delegate");
        vm.cool(address(tora));
        vm.prank(genesisHolder);
        tora.transfer(alice, 1 ether);
        vm.snapshotGasLastCall("TORA", "transfer_toDelegated");
    }
}
