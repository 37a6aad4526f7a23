// SubnetRegistry: subnets are created (and their instances indexed from the Subnet template),
// deactivated and paused here.
import { BigInt, DataSourceContext } from "@graphprotocol/graph-ts";

import {
  SubnetCreated,
  SubnetDeactivated,
  SubnetPauseSet,
} from "../generated/SubnetRegistry/SubnetRegistry";
import { Subnet } from "../generated/schema";
import { Subnet as SubnetTemplate } from "../generated/templates";
import { recordHyperparameters } from "./hyperparameters";
import { stageOf } from "./ids";

export function handleSubnetCreated(event: SubnetCreated): void {
  let id = event.params.subnetId.toString();
  let s = new Subnet(id);
  s.instance = event.params.instance;
  s.owner = event.params.owner;
  s.name = event.params.name;
  s.inferenceType = event.params.inferenceType;
  s.implementationVersion = event.params.implementationVersion;
  s.active = true;
  s.stage = stageOf(true, 0);
  s.paused = false;
  s.emissionWeight = 0;
  s.pendingEmissionWeight = 0;
  s.minerCount = 0;
  s.validatorCount = 0;
  s.createdAt = event.block.timestamp;
  s.createdAtBlock = event.block.number;
  s.feePaid = event.params.feePaid;
  s.totalEmission = BigInt.zero();
  s.totalBonded = BigInt.zero();
  s.totalDelegated = BigInt.zero();
  s.openEpoch = BigInt.zero();
  s.openReveals = 0;
  s.openScoreSum = BigInt.zero();
  s.averageMinerScore = BigInt.zero();
  s.validatorParticipation = BigInt.zero();
  s.emissionRoi = BigInt.zero();
  s.requestCount = 0;
  s.inferenceRequestCount = 0;
  s.forecastRequestCount = 0;
  let hp = recordHyperparameters(id, event.params.hyperparameters, event.block.timestamp, false, event);
  s.hyperparameters = hp.id;
  s.save();

  let context = new DataSourceContext();
  context.setString("subnetId", id);
  SubnetTemplate.createWithContext(event.params.instance, context);
}

export function handleSubnetDeactivated(event: SubnetDeactivated): void {
  let s = Subnet.load(event.params.subnetId.toString());
  if (s == null) return;
  s.active = false;
  s.stage = stageOf(false, s.emissionWeight);
  s.save();
}

export function handleSubnetPauseSet(event: SubnetPauseSet): void {
  let s = Subnet.load(event.params.subnetId.toString());
  if (s == null) return;
  s.paused = event.params.paused;
  s.save();
}
