// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../../contracts/Subnet.sol";
import {InferenceRequests} from "../../contracts/inference/InferenceRequests.sol";
import {IInferenceRequests} from "../../contracts/interfaces/IInferenceRequests.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./EpochFixture.sol";

/// @dev One subnet with three validators (1000, 2000 and 3000 TORA) and four miners, and an
///      InferenceRequests with a one-hour score window; a requester funded with 10,000 TORA.
abstract contract RequestFixture is EpochFixture {
    uint32 internal constant SCORE_WINDOW = 1 hours;

    Subnet internal subnet;
    uint256 internal subnetId;
    InferenceRequests internal requests;
    address[] internal validators;
    address[] internal miners;
    address internal requester = makeAddr("requester");

    function setUp() public virtual override {
        super.setUp();
        Hyperparameters memory hp = defaultHyperparameters();
        (subnetId, subnet) = createSubnet("Linguista", hp);
        for (uint256 i; i < 3; ++i) {
            validators.push(addr("validator", i));
            registerValidator(subnet, validators[i], (i + 1) * 1000 ether);
        }
        for (uint256 i; i < 4; ++i) {
            miners.push(addr("miner", i));
            registerMiner(subnet, miners[i], 100 ether);
        }
        requests = new InferenceRequests(registry, tora, SCORE_WINDOW);
        fund(requester, address(requests), 10_000 ether);
    }

    function spec(uint8 redundancy, uint96 fee) internal view returns (IInferenceRequests.Spec memory) {
        return IInferenceRequests.Spec({
            subnetId: subnetId,
            redundancy: redundancy,
            fee: fee,
            deadline: uint32(block.timestamp + 10 minutes),
            callback: address(0),
            callbackGas: 0
        });
    }

    function create(uint8 redundancy, uint96 fee) internal returns (uint256 id) {
        vm.prank(requester);
        id = requests.createRequest(spec(redundancy, fee), bytes('{"type":"translation","text":"Hello"}'));
    }

    function answerAs(uint256 id, uint256 miner, bytes memory output) internal {
        vm.prank(miners[miner]);
        requests.answer(id, output);
    }

    /// @dev Validator v scores the answers `scores`.
    function scoreAs(uint256 id, uint256 v, uint16[] memory scores) internal {
        vm.prank(validators[v]);
        requests.scoreAnswers(id, scores);
    }

    function u16s(uint16 a, uint16 b, uint16 c) internal pure returns (uint16[] memory s) {
        s = new uint16[](3);
        (s[0], s[1], s[2]) = (a, b, c);
    }

    /// @dev Warps to the end of `id`'s score window.
    function toRelease(uint256 id) internal {
        IInferenceRequests.Request memory r = requests.requestOf(id);
        uint256 opens = r.answersClosedAt != 0 ? r.answersClosedAt : r.deadline;
        vm.warp(opens + r.scoreWindow);
    }
}
