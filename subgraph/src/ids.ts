// Entity ids and lookups shared by the mappings.
import { BigInt, Bytes, dataSource, ethereum } from "@graphprotocol/graph-ts";

import { GlobalTrust } from "../generated/schema";

/** ValidatorTrust.NEUTRAL: the trust of a validator no Active subnet has moved yet (WAD). */
export const NEUTRAL_TRUST = BigInt.fromString("500000000000000000");

/** The subnet id of the instance this template handler runs for (set when it was created). */
export function subnetIdHere(): string {
  return dataSource.context().getString("subnetId");
}

/** `<subnet id>-<account>`: a member of one subnet. */
export function memberId(subnetId: string, account: Bytes): string {
  return subnetId + "-" + account.toHexString();
}

/** `<transaction>-<log index>`: one event. */
export function eventId(event: ethereum.Event): string {
  return event.transaction.hash.toHexString() + "-" + event.logIndex.toString();
}

/** The account's global trust entity, created neutral. */
export function globalTrust(account: Bytes, timestamp: BigInt): GlobalTrust {
  let id = account.toHexString();
  let trust = GlobalTrust.load(id);
  if (trust == null) {
    trust = new GlobalTrust(id);
    trust.trust = NEUTRAL_TRUST;
    trust.updatedAt = timestamp;
    trust.save();
  }
  return trust;
}

/** The stage the registry would report: Deactivated, else Active with a weight, else Bootstrapping. */
export function stageOf(active: boolean, weight: i32): string {
  if (!active) return "Deactivated";
  return weight > 0 ? "Active" : "Bootstrapping";
}
