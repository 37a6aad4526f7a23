// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ISubnet} from "../interfaces/ISubnet.sol";
import {IValidatorBallots} from "../interfaces/IValidatorBallots.sol";

/// @title ValidatorBallots
/// @notice A bounded box of stake-weighted ballots from a subnet's validators. At most
///         `MAX_BALLOTS` are kept; when the box is full a heavier validator displaces the lightest
///         (the first of equal lightest), so cheap validators cannot fill it to lock heavier ones
///         out. Values live in `words`, laid out by the caller.
library ValidatorBallots {
    /// @notice Most ballots a box keeps.
    uint256 internal constant MAX_BALLOTS = 64;

    /// @notice One validator's entry, with the weight it brought.
    struct Ballot {
        address validator;
        uint96 weight;
    }

    /// @notice The ballots of one question. `submitted` holds the tag of the question a validator
    ///         last submitted to, so that a box can be reused for the next question (a new tag)
    ///         without clearing it.
    struct Box {
        uint16 count;
        mapping(uint256 index => Ballot) ballots;
        mapping(uint256 slot => uint256) words;
        mapping(address validator => uint64 tag) submitted;
    }

    /// @notice The weight of `who` in `subnet` this epoch: its epoch stake if it is a registered
    ///         validator. Reverts `NotAValidator` otherwise or when it is zero.
    function weightOf(ISubnet subnet, address who) internal view returns (uint96) {
        ISubnet.Member memory m = subnet.memberOf(who);
        uint256 weight = m.registered && m.isValidator ? subnet.epochStakeOf(who) : 0;
        if (weight == 0) revert IValidatorBallots.NotAValidator(who);
        return SafeCast.toUint96(weight);
    }

    /// @notice Admits `who`'s ballot with `weight` to `box` (named `boxKey` in events) for the
    ///         question tagged `tag` (non-zero) and returns its index: the next free one, or the
    ///         lightest ballot's when the box is full and `weight` exceeds it.
    function admit(Box storage box, bytes32 boxKey, address who, uint96 weight, uint64 tag)
        internal
        returns (uint256 index)
    {
        if (box.submitted[who] == tag) revert IValidatorBallots.AlreadySubmitted(who);
        box.submitted[who] = tag;
        uint256 n = box.count;
        if (n < MAX_BALLOTS) {
            box.count = uint16(n + 1);
            box.ballots[n] = Ballot({validator: who, weight: weight});
            return n;
        }
        uint256 lowest = type(uint256).max;
        for (uint256 k; k < n; ++k) {
            uint256 w = box.ballots[k].weight;
            if (w < lowest) {
                lowest = w;
                index = k;
            }
        }
        if (weight <= lowest) revert IValidatorBallots.OutweighedBallot(weight, lowest);
        emit IValidatorBallots.BallotDisplaced(boxKey, box.ballots[index].validator, who);
        box.ballots[index] = Ballot({validator: who, weight: weight});
    }
}
