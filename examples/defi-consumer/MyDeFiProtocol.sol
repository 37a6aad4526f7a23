// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPredictiaSubnet} from "../../contracts/interfaces/IPredictiaSubnet.sol";

/// @title MyDeFiProtocol
/// @notice The seeds' consumer: it asks the Predictia subnet for a 1-hour ETH/USDT forecast and
///         reads it in the same transaction. `shouldLiquidate` is the seeds' function unchanged;
///         the only difference is that the subnet's address (the ForecastFeeds contract, listed as
///         `forecast_feeds` in the deployment record) comes in through the constructor instead
///         of the seeds' `0x...` placeholder.
contract MyDeFiProtocol {
    IPredictiaSubnet predictia;

    /// @param predictia_ The Predictia subnet's ForecastFeeds.
    constructor(IPredictiaSubnet predictia_) {
        predictia = predictia_;
    }

    /// @notice Whether `user` should be liquidated: only when a drop is forecast with confidence
    ///         above 80 (a missing or stale forecast has confidence 0, so it never liquidates).
    function shouldLiquidate(address user) public returns (bool) {
        user; // the seeds' example decides from the forecast alone
        bytes32 reqId = predictia.requestForecast("ETH/USDT", 3600); // 1h forecast
        (int256 prediction, uint256 confidence) = predictia.getForecast(reqId);
        if (prediction < 0 && confidence > 80) {
            // Price expected to drop with high confidence
            return true;
        }
        return false;
    }
}
