// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IInferenceRequests} from "../../contracts/interfaces/IInferenceRequests.sol";
import {RequestFixture} from "../utils/RequestFixture.sol";
import {RequestHandler} from "./handlers/RequestHandler.sol";

contract InferenceRequests_Invariants is RequestFixture {
    RequestHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory requesters = new address[](2);
        requesters[0] = requester;
        requesters[1] = makeAddr("requester2");
        fund(requesters[1], address(requests), 10_000 ether);
        handler = new RequestHandler(requests, tora, subnetId, requesters, miners, validators);
        targetContract(address(handler));
    }

    function _openFees() internal view returns (uint256 open) {
        uint256 n = requests.requestCount();
        for (uint256 id = 1; id <= n; ++id) {
            IInferenceRequests.Request memory r = requests.requestOf(id);
            if (r.status == IInferenceRequests.Status.Open) open += r.fee;
        }
    }

    /// @notice The escrow holds exactly the open requests' fees plus what accounts are owed.
    function invariant_escrowIsExact() public view {
        uint256 owed;
        address[] memory all = handler.accounts();
        for (uint256 i; i < all.length; ++i) {
            owed += requests.owed(all[i]);
        }
        assertEq(tora.balanceOf(address(requests)), _openFees() + owed);
    }

    /// @notice Every wei escrowed is still open, paid out or refunded, and each exactly once.
    function invariant_everyFeeGoesOneWayOnce() public view {
        assertEq(handler.ghostEscrowed(), _openFees() + handler.ghostReleased() + handler.ghostRefunded());
        uint256 n = requests.requestCount();
        for (uint256 id = 1; id <= n; ++id) {
            assertLe(handler.closings(id), 1, "closed twice");
            bool closed = requests.requestOf(id).status != IInferenceRequests.Status.Open;
            assertEq(handler.closings(id), closed ? 1 : 0);
        }
    }

    /// @notice A request is answered at most `redundancy` times, each answer by a different miner.
    function invariant_answersWithinRedundancy() public view {
        uint256 n = requests.requestCount();
        for (uint256 id = 1; id <= n; ++id) {
            IInferenceRequests.Request memory r = requests.requestOf(id);
            assertLe(r.answers, r.redundancy);
            for (uint256 a; a < r.answers; ++a) {
                for (uint256 b = a + 1; b < r.answers; ++b) {
                    assertTrue(requests.answerOf(id, a).miner != requests.answerOf(id, b).miner);
                }
            }
            assertEq(requests.answerOf(id, r.answers).miner, address(0));
        }
    }
}
