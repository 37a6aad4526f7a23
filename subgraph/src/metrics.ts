// The lifecycle metrics (the local indexer's crates/tensora-indexer/src/metrics.rs computes the
// same): every value is a WAD (1e18 = 1.0) in a BigInt field, rounded down.
//
// - Mean miner score of one reveal: the mean of its scores at the subnet's registered miner uids,
//   as a share of the top score 65535 (scores are relative: the best miner gets 65535).
// - Participation of an epoch: validators the close scored / validators registered.
// - Emission ROI of an epoch: rewards assigned per TORA staked (bonds + delegations).
// - APY estimate: an epoch's reward on a stake, annualised without compounding:
//   reward * 31536000 * 1e18 / (stake * epochLength).
import { BigInt, Bytes } from "@graphprotocol/graph-ts";

export const WAD = BigInt.fromString("1000000000000000000");
export const SECONDS_PER_YEAR = BigInt.fromI32(31536000);
export const MAX_SCORE = BigInt.fromI32(65535);

/** num * 1e18 / den; 0 when den is 0. */
export function ratio(num: BigInt, den: BigInt): BigInt {
  if (den.isZero()) return BigInt.zero();
  return num.times(WAD).div(den);
}

/** The mean of the big-endian uint16 `scores` at `uids`, as a share of 65535; 0 with no uid. */
export function meanMinerScore(scores: Bytes, uids: Array<i32>): BigInt {
  if (uids.length == 0) return BigInt.zero();
  let sum: i64 = 0;
  for (let i = 0; i < uids.length; i++) {
    let at = uids[i] * 2;
    if (at + 1 < scores.length) sum += (i64(scores[at]) << 8) | i64(scores[at + 1]);
  }
  return ratio(BigInt.fromI64(sum), MAX_SCORE.times(BigInt.fromI32(uids.length)));
}

/** `reward` earned on `stake` over one epoch of `epochLength` seconds, annualised (simple). */
export function apy(reward: BigInt, stake: BigInt, epochLength: BigInt): BigInt {
  return ratio(reward.times(SECONDS_PER_YEAR), stake.times(epochLength));
}
