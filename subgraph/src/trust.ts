// ValidatorTrust: global trust moved by Active subnets' epochs and slashes.
import { Address, BigInt, ethereum } from "@graphprotocol/graph-ts";

import { TrustSlashed, TrustUpdated } from "../generated/ValidatorTrust/ValidatorTrust";
import { TrustUpdate } from "../generated/schema";
import { eventId, globalTrust } from "./ids";

/** Moves `validator`'s trust from `previous` to `current` and keeps the change in its history. */
function record(
  event: ethereum.Event,
  validator: Address,
  subnetId: BigInt,
  previous: BigInt,
  current: BigInt,
  epochTrust: BigInt | null,
  slashed: boolean
): void {
  let t = globalTrust(validator, event.block.timestamp);
  t.trust = current;
  t.updatedAt = event.block.timestamp;
  t.save();
  let u = new TrustUpdate(eventId(event));
  u.account = t.id;
  u.subnet = subnetId.toString();
  u.epochTrust = epochTrust;
  u.previous = previous;
  u.current = current;
  u.slashed = slashed;
  u.timestamp = event.block.timestamp;
  u.save();
}

export function handleTrustUpdated(event: TrustUpdated): void {
  let p = event.params;
  record(event, p.validator, p.subnetId, p.previous, p.current, p.epochTrust, false);
}

export function handleTrustSlashed(event: TrustSlashed): void {
  let p = event.params;
  record(event, p.validator, p.subnetId, p.previous, p.current, null, true);
}
