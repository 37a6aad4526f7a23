// One Hyperparameters entity per change, from the tuple the events carry.
import { BigInt, ethereum } from "@graphprotocol/graph-ts";

import { Hyperparameters } from "../generated/schema";

/** Records `hp` (the contracts' Hyperparameters tuple) for `subnetId` from `effectiveFrom`. */
export function recordHyperparameters(
  subnetId: string,
  hp: ethereum.Tuple,
  effectiveFrom: BigInt,
  scheduled: boolean,
  event: ethereum.Event
): Hyperparameters {
  let id = subnetId + "-" + event.block.number.toString() + "-" + event.logIndex.toString();
  let h = new Hyperparameters(id);
  h.subnet = subnetId;
  h.effectiveFrom = effectiveFrom;
  h.scheduled = scheduled;
  h.minMinerBond = hp[0].toBigInt();
  h.minValidatorBond = hp[1].toBigInt();
  h.taskTimeout = hp[2].toBigInt();
  h.epochLength = hp[3].toBigInt();
  h.immunityPeriod = hp[4].toBigInt();
  h.unbondingDelay = hp[5].toBigInt();
  h.revealWindow = hp[6].toBigInt();
  h.slashingRateBps = hp[7].toI32();
  h.maxSlots = hp[8].toI32();
  h.maxValidators = hp[9].toI32();
  h.commitReveal = hp[10].toBoolean();
  h.kappaBps = hp[11].toI32();
  h.strikeLimit = hp[12].toI32();
  h.trustFloorBps = hp[13].toI32();
  h.closeGracePeriod = hp[14].toBigInt();
  h.save();
  return h;
}
