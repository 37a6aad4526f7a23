// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EmissionManager} from "../../contracts/EmissionManager.sol";
import {Subnet} from "../../contracts/Subnet.sol";
import {SubnetFixture} from "../utils/SubnetFixture.sol";
import {EmissionHandler} from "./handlers/EmissionHandler.sol";

contract EmissionManager_Invariants is SubnetFixture {
    EmissionManager internal fastEm;
    EmissionHandler internal handler;
    Subnet[] internal subnets;

    function setUp() public override {
        super.setUp();
        // A fast schedule (halving every 10 days) so runs cross several halvings.
        fastEm = new EmissionManager(governance, tora, registry, 0, 1000 ether, 10 days, 1 days, address(0));
        tora.grantRole(tora.MINTER_ROLE(), address(fastEm));
        uint256[] memory ids = new uint256[](3);
        for (uint256 i; i < 3; ++i) {
            (uint256 id, Subnet s) = createSubnet(string.concat("s", vm.toString(i)));
            ids[i] = id;
            subnets.push(s);
        }
        handler = new EmissionHandler(fastEm, governance, subnets, ids);
        targetContract(address(handler));
    }

    /// @notice Minted never exceeds the schedule, nor the cap.
    function invariant_mintedWithinScheduleAndCap() public view {
        assertLe(fastEm.totalMinted(), fastEm.scheduledEmission(block.timestamp));
        assertLe(tora.totalSupply(), tora.cap());
    }

    /// @notice Weights in force and pending never reserve more than 100%.
    function invariant_weightsWithinTotal() public view {
        assertLe(fastEm.totalReserved(), 10_000);
        uint256 inForce;
        for (uint256 i; i < subnets.length; ++i) {
            inForce += fastEm.emissionWeightOf(subnets[i].subnetId());
        }
        assertLe(inForce, 10_000);
    }

    /// @notice Everything minted sits with the subnets that pulled it.
    function invariant_mintedReachedSubnets() public view {
        uint256 held;
        for (uint256 i; i < subnets.length; ++i) {
            held += tora.balanceOf(address(subnets[i]));
        }
        assertEq(held, fastEm.totalMinted());
    }
}
