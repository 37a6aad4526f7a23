// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IInferenceConsumer
/// @notice What a contract implements to receive the result of its inference request when the
///         escrow is released. The call gets exactly the gas limit the request named; whatever it
///         does (revert, run out of gas, return garbage) the release stands and the result stays
///         readable from `IInferenceRequests.resultOf`.
interface IInferenceConsumer {
    /// @notice Delivers request `requestId`'s best answer: its output bytes when the miner answered
    ///         inline (empty when it posted a hash and a URI), the output's keccak256, and the
    ///         validators' consensus score of it (65535 = 1.0).
    function onInferenceResult(uint256 requestId, bytes calldata output, bytes32 outputHash, uint16 score) external;
}
