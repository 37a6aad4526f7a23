// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Subnet} from "../../contracts/Subnet.sol";
import {IForecastFeeds} from "../../contracts/interfaces/IForecastFeeds.sol";
import {ISubnet} from "../../contracts/interfaces/ISubnet.sol";
import {ForecastFeeds} from "../../contracts/predictia/ForecastFeeds.sol";
import {Hyperparameters} from "../../contracts/types/Hyperparameters.sol";
import {EpochFixture} from "./EpochFixture.sol";

/// @dev A Predictia subnet with three validators (1000, 2000 and 3000 TORA), its ForecastFeeds with
///      one feed, ETH/USDT over 3600 s (tolerance 1%, stale after 2 hours), and helpers to publish
///      an epoch's predictions and move to the next epoch.
abstract contract ForecastFixture is EpochFixture {
    uint32 internal constant HORIZON = 3600;
    uint64 internal constant TOLERANCE = 0.01e18;
    uint32 internal constant STALE_AFTER = 2 hours;

    Subnet internal predictia;
    ForecastFeeds internal feeds;
    address[] internal validators;

    function setUp() public virtual override {
        super.setUp();
        Hyperparameters memory hp = defaultHyperparameters();
        hp.maxValidators = 100;
        (, predictia) = createSubnet("Predictia", hp);
        for (uint256 i; i < 3; ++i) {
            validators.push(addr("validator", i));
            registerValidator(predictia, validators[i], (i + 1) * 1000 ether);
        }
        feeds = new ForecastFeeds(predictia);
        vm.prank(governance);
        feeds.setBounds(feedBounds());
        vm.prank(creator);
        feeds.addFeed("ETH/USDT", HORIZON, TOLERANCE, STALE_AFTER);
    }

    function feedBounds() internal pure returns (IForecastFeeds.Bounds memory) {
        return IForecastFeeds.Bounds({
            maxFeeds: 16,
            minHorizon: 60,
            maxHorizon: 30 days,
            maxStaleness: 7 days,
            settleWindow: 1 hours,
            maxTolerance: 0.1e18
        });
    }

    /// @dev Warps into the current epoch's publishing window (its reveal window).
    function toPublishWindow() internal {
        ISubnet.EpochInfo memory info = predictia.epochInfo();
        if (block.timestamp < info.revealFrom) vm.warp(info.revealFrom);
    }

    /// @dev Validator i publishes `values[i]` (one value for feed 0).
    function publishOne(int64[] memory values) internal {
        toPublishWindow();
        for (uint256 i; i < values.length; ++i) {
            int64[] memory p = new int64[](1);
            p[0] = values[i];
            vm.prank(validators[i]);
            feeds.publishForecasts(p);
        }
    }

    function three(int64 a, int64 b, int64 c) internal pure returns (int64[] memory v) {
        v = new int64[](3);
        (v[0], v[1], v[2]) = (a, b, c);
    }

    /// @dev Closes the subnet's epoch (no scores) and finalizes the feeds' pending rounds.
    function endEpoch() internal {
        closeNow(predictia);
        if (_hasPending()) feeds.finalizeRounds();
    }

    function _hasPending() internal view returns (bool) {
        (, uint32 endsAt,,) = feeds.pending();
        return endsAt != 0;
    }
}
