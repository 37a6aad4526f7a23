// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IPredictiaSubnet
/// @notice The seeds' on-chain face of a Predictia subnet, word for word: a contract asks for a
///         forecast and reads it in the same transaction.
interface IPredictiaSubnet {
    /// @notice Records a request for the latest forecast of `asset` over `horizon` seconds and
    ///         returns its id, bound to the feed's latest published round.
    function requestForecast(string calldata asset, uint256 horizon) external returns (bytes32 requestId);

    /// @notice The forecast `requestId` is bound to: `prediction` is the expected relative change of
    ///         the asset's price over the horizon in WAD (1e18 = +100%, negative = a drop) and
    ///         `confidence` runs from 0 to 100. A missing, stale or withdrawn forecast has
    ///         confidence 0.
    function getForecast(bytes32 requestId) external view returns (int256 prediction, uint256 confidence);
}
