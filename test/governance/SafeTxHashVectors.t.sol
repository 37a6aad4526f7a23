// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Safe} from "@safe-global/safe-contracts/contracts/Safe.sol";
import {Enum} from "@safe-global/safe-contracts/contracts/common/Enum.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The Safe transaction hash proven across languages: every hash in
///         test/vectors/safe_tx_hash.json (written by tensora_client::safe::call_hash, which
///         `tensora safe` signs and checks files with) is the one the Safe contract itself computes
///         for those fields, on that chain, at that address.
contract SafeTxHashVectorsTest is Test {
    string internal json;
    bytes internal safeCode;

    function test_safeTxHashVectors_matchTheSafeContract() public {
        json = vm.readFile("test/vectors/safe_tx_hash.json");
        uint256 count = vm.parseJsonUint(json, ".count");
        assertGe(count, 5, "the vector file shrank");
        safeCode = address(new Safe()).code;
        for (uint256 i; i < count; ++i) {
            string memory k = string.concat(".cases[", vm.toString(i), "].");
            assertEq(_hashOnChain(k), vm.parseJsonBytes32(json, string.concat(k, "hash")), k);
        }
    }

    /// @dev The Safe's own hash of case `k`, at the case's address on the case's chain (the hash
    ///      reads only those two: its EIP-712 domain).
    function _hashOnChain(string memory k) internal returns (bytes32) {
        address safe = vm.parseJsonAddress(json, string.concat(k, "safe"));
        vm.chainId(vm.parseJsonUint(json, string.concat(k, "chainId")));
        vm.etch(safe, safeCode);
        address to = vm.parseJsonAddress(json, string.concat(k, "to"));
        uint256 value = vm.parseJsonUint(json, string.concat(k, "value"));
        bytes memory data = vm.parseJsonBytes(json, string.concat(k, "data"));
        uint256 nonce = vm.parseJsonUint(json, string.concat(k, "nonce"));
        return Safe(payable(safe))
            .getTransactionHash(to, value, data, Enum.Operation.Call, 0, 0, 0, address(0), address(0), nonce);
    }
}
