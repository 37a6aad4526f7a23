// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ScorePacking} from "../../contracts/libraries/ScorePacking.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The score wire format, proven the same in Solidity and Rust: every row of
///         test/vectors/score_packing.json (written by the rule tensora_types::scores encodes)
///         reads back, through ScorePacking and the closer's bitmap test, as the scores and
///         timeouts it was made from.
contract ScorePacking_Vectors_Test is Test {
    /// @dev Score of `uid` as the closer reads a row: lane uid % 16 of word uid / 16.
    function scoreOf(bytes calldata packed, uint256 uid) external pure returns (uint16) {
        return ScorePacking.lane(ScorePacking.wordAt(packed, uid / 16), uid % 16);
    }

    function test_sharedVectors_readBackAsWritten() public view {
        string memory json = vm.readFile("test/vectors/score_packing.json");
        uint256 n;
        for (; vm.keyExistsJson(json, string.concat(".cases[", vm.toString(n), "]")); ++n) {
            string memory at = string.concat(".cases[", vm.toString(n), "]");
            uint256 slots = vm.parseJsonUint(json, string.concat(at, ".slots"));
            bytes memory packed = vm.parseJsonBytes(json, string.concat(at, ".packed"));
            uint256[] memory uids = vm.parseJsonUintArray(json, string.concat(at, ".uids"));
            uint256[] memory values = vm.parseJsonUintArray(json, string.concat(at, ".values"));
            uint256[] memory timedOut = vm.parseJsonUintArray(json, string.concat(at, ".timedOut"));
            uint256[] memory words = vm.parseJsonUintArray(json, string.concat(at, ".timeouts"));
            assertEq(packed.length, slots * 2, "two bytes per slot");
            assertEq(words.length, timedOut.length == 0 ? 0 : (slots + 255) / 256, "bitmap words");
            for (uint256 uid; uid < slots; ++uid) {
                uint256 expected;
                for (uint256 i; i < uids.length; ++i) {
                    if (uids[i] == uid) expected = values[i];
                }
                assertEq(this.scoreOf(packed, uid), expected, "score lane");
                bool flagged;
                for (uint256 i; i < timedOut.length; ++i) {
                    if (timedOut[i] == uid) flagged = true;
                }
                bool bit = words.length > 0 && (words[uid / 256] >> (uid % 256)) & 1 == 1;
                assertEq(bit, flagged, "timeout bit");
            }
        }
        assertGt(n, 3, "vectors read");
    }
}
