// A subnet instance (the Subnet template): membership, bonds, delegation, scores, closes, slashes.
// Bonds and member counts are read from the instance at the event's block (eth_call), so they are
// exactly what the contract holds, slashes and unbonding included.
import { Address, BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";

import {
  BondIncreased,
  ColumnsScored,
  Delegated,
  EndpointUpdated,
  EpochClosed,
  HyperparametersScheduled,
  HyperparametersUpdated,
  MinerRegistered,
  ParticipantDeregistered,
  ParticipantReplaced,
  PauseSet,
  RewardsClaimed,
  ScoresCommitted,
  ScoresRevealed,
  Slashed,
  Subnet as SubnetContract,
  Undelegated,
  ValidatorRegistered,
  ValidatorScored,
} from "../generated/templates/Subnet/Subnet";
import {
  Delegation,
  Epoch,
  Hyperparameters,
  Miner,
  ScoreCommit,
  ScoreReveal,
  Slash,
  Subnet,
  Validator,
  ValidatorEpoch,
} from "../generated/schema";
import { recordHyperparameters } from "./hyperparameters";
import { eventId, globalTrust, memberId, subnetIdHere } from "./ids";
import { apy, meanMinerScore, ratio } from "./metrics";

const SLASH_REASONS = ["UnrevealedCommit", "MinerTimeouts", "LowTrust"];

/** Refreshes the subnet's member counts from the instance. */
function refreshCounts(instance: Address): void {
  let s = Subnet.load(subnetIdHere());
  if (s == null) return;
  let c = SubnetContract.bind(instance);
  let miners = c.try_minerCount();
  let validators = c.try_validatorCount();
  if (!miners.reverted) s.minerCount = miners.value.toI32();
  if (!validators.reverted) s.validatorCount = validators.value.toI32();
  s.save();
}

/** `account`'s bond in the instance now (0 when it is not a member). */
function bondOf(instance: Address, account: Address): BigInt {
  let m = SubnetContract.bind(instance).try_memberOf(account);
  return m.reverted ? BigInt.zero() : m.value.bond;
}

/** Moves the subnet's totalBonded by a member's bond change from `old` to `bond`. */
function moveBonded(old: BigInt, bond: BigInt): void {
  let s = Subnet.load(subnetIdHere());
  if (s == null) return;
  let total = s.totalBonded.plus(bond);
  s.totalBonded = total.gt(old) ? total.minus(old) : BigInt.zero();
  s.save();
}

/** Marks whichever member `account` is (miner or validator) as gone. */
function leave(account: Address, timestamp: BigInt): void {
  let id = memberId(subnetIdHere(), account);
  let miner = Miner.load(id);
  if (miner != null && miner.registered) {
    miner.registered = false;
    miner.leftAt = timestamp;
    moveBonded(miner.bond, BigInt.zero());
    miner.bond = BigInt.zero();
    miner.save();
  }
  let validator = Validator.load(id);
  if (validator != null && validator.registered) {
    validator.registered = false;
    validator.leftAt = timestamp;
    moveBonded(validator.bond, BigInt.zero());
    validator.bond = BigInt.zero();
    validator.save();
  }
}

/** The uids of the subnet's registered miners. */
function minerUids(s: Subnet): Array<i32> {
  let miners = s.miners.load();
  let uids = new Array<i32>();
  for (let i = 0; i < miners.length; i++) if (miners[i].registered) uids.push(miners[i].uid);
  return uids;
}

/** The epoch length (seconds) of the hyperparameters the subnet has in force. */
function epochLength(s: Subnet): BigInt {
  let hp = Hyperparameters.load(s.hyperparameters);
  return hp == null ? BigInt.zero() : hp.epochLength;
}

/** The validator entity of `account` here, created (unregistered) when an event names it first. */
function validatorOf(account: Address, timestamp: BigInt): Validator {
  let sid = subnetIdHere();
  let id = memberId(sid, account);
  let v = Validator.load(id);
  if (v == null) {
    v = new Validator(id);
    v.subnet = sid;
    v.account = account;
    v.uid = 0;
    v.bond = BigInt.zero();
    v.registered = false;
    v.registeredAt = timestamp;
    v.delegated = BigInt.zero();
    v.rewardsClaimed = BigInt.zero();
    v.trust = globalTrust(account, timestamp).id;
    v.apy = BigInt.zero();
    v.delegatorApy = BigInt.zero();
    v.save();
  }
  return v;
}

/** The epoch entity, created empty before its close reports its results. */
function epochOf(epoch: BigInt, event: ethereum.Event): Epoch {
  let sid = subnetIdHere();
  let id = sid + "-" + epoch.toString();
  let e = Epoch.load(id);
  if (e == null) {
    e = new Epoch(id);
    e.subnet = sid;
    e.epoch = epoch;
    e.emission = BigInt.zero();
    e.distributed = BigInt.zero();
    e.minerPot = BigInt.zero();
    e.validatorPot = BigInt.zero();
    e.delegatorPot = BigInt.zero();
    e.carried = BigInt.zero();
    e.minerRewardPerPoint = BigInt.zero();
    e.closedAt = event.block.timestamp;
    e.closedAtBlock = event.block.number;
    e.closeTransaction = event.transaction.hash;
    e.consensus = new Array<BigInt>();
    e.incentives = new Array<BigInt>();
    e.validatorsRegistered = 0;
    e.validatorsScored = 0;
    e.participation = BigInt.zero();
    e.reveals = 0;
    e.averageMinerScore = BigInt.zero();
    e.totalStake = BigInt.zero();
    e.emissionRoi = BigInt.zero();
    e.save();
  }
  return e;
}

export function handleMinerRegistered(event: MinerRegistered): void {
  let sid = subnetIdHere();
  let id = memberId(sid, event.params.miner);
  let m = Miner.load(id);
  if (m == null) {
    m = new Miner(id);
    m.subnet = sid;
    m.account = event.params.miner;
    m.rewardsClaimed = BigInt.zero();
    m.bond = BigInt.zero();
  }
  m.uid = event.params.uid;
  moveBonded(m.bond, event.params.bond);
  m.bond = event.params.bond;
  m.endpoint = event.params.endpoint;
  m.registered = true;
  m.registeredAt = event.block.timestamp;
  m.leftAt = null;
  m.save();
  refreshCounts(event.address);
}

export function handleValidatorRegistered(event: ValidatorRegistered): void {
  let v = validatorOf(event.params.validator, event.block.timestamp);
  v.uid = event.params.uid;
  moveBonded(v.bond, event.params.bond);
  v.bond = event.params.bond;
  v.registered = true;
  v.registeredAt = event.block.timestamp;
  v.leftAt = null;
  v.save();
  refreshCounts(event.address);
}

export function handleParticipantReplaced(event: ParticipantReplaced): void {
  leave(event.params.replaced, event.block.timestamp);
  refreshCounts(event.address);
}

export function handleParticipantDeregistered(event: ParticipantDeregistered): void {
  leave(event.params.account, event.block.timestamp);
  refreshCounts(event.address);
}

export function handleEndpointUpdated(event: EndpointUpdated): void {
  let m = Miner.load(memberId(subnetIdHere(), event.params.miner));
  if (m == null) return;
  m.endpoint = event.params.endpoint;
  m.save();
}

export function handleBondIncreased(event: BondIncreased): void {
  let id = memberId(subnetIdHere(), event.params.account);
  let m = Miner.load(id);
  if (m != null && m.registered) {
    moveBonded(m.bond, event.params.bond);
    m.bond = event.params.bond;
    m.save();
  }
  let v = Validator.load(id);
  if (v != null && v.registered) {
    moveBonded(v.bond, event.params.bond);
    v.bond = event.params.bond;
    v.save();
  }
}

/** Moves the subnet's totalDelegated by a validator's delegated change from `before` to `after`. */
function moveDelegated(before: BigInt, after: BigInt): void {
  let s = Subnet.load(subnetIdHere());
  if (s == null) return;
  let total = s.totalDelegated.plus(after);
  s.totalDelegated = total.gt(before) ? total.minus(before) : BigInt.zero();
  s.save();
}

export function handleDelegated(event: Delegated): void {
  let sid = subnetIdHere();
  let v = validatorOf(event.params.validator, event.block.timestamp);
  moveDelegated(v.delegated, v.delegated.plus(event.params.amount));
  v.delegated = v.delegated.plus(event.params.amount);
  v.save();
  let id = sid + "-" + event.params.delegator.toHexString() + "-" + event.params.validator.toHexString();
  let d = Delegation.load(id);
  if (d == null) {
    d = new Delegation(id);
    d.subnet = sid;
    d.delegator = event.params.delegator;
    d.validator = v.id;
    d.shares = BigInt.zero();
    d.delegated = BigInt.zero();
    d.undelegated = BigInt.zero();
  }
  d.shares = d.shares.plus(event.params.shares);
  d.delegated = d.delegated.plus(event.params.amount);
  d.save();
}

export function handleUndelegated(event: Undelegated): void {
  let sid = subnetIdHere();
  let v = validatorOf(event.params.validator, event.block.timestamp);
  let after = v.delegated.gt(event.params.amount) ? v.delegated.minus(event.params.amount) : BigInt.zero();
  moveDelegated(v.delegated, after);
  v.delegated = after;
  v.save();
  let id = sid + "-" + event.params.delegator.toHexString() + "-" + event.params.validator.toHexString();
  let d = Delegation.load(id);
  if (d == null) return;
  d.shares = d.shares.gt(event.params.shares) ? d.shares.minus(event.params.shares) : BigInt.zero();
  d.undelegated = d.undelegated.plus(event.params.amount);
  d.save();
}

export function handleHyperparametersUpdated(event: HyperparametersUpdated): void {
  let sid = subnetIdHere();
  let s = Subnet.load(sid);
  if (s == null) return;
  let hp = recordHyperparameters(sid, event.params.hyperparameters, event.block.timestamp, false, event);
  s.hyperparameters = hp.id;
  s.save();
}

export function handleHyperparametersScheduled(event: HyperparametersScheduled): void {
  recordHyperparameters(subnetIdHere(), event.params.hyperparameters, event.params.effectiveFrom, true, event);
}

export function handleScoresCommitted(event: ScoresCommitted): void {
  let c = new ScoreCommit(eventId(event));
  c.subnet = subnetIdHere();
  c.epoch = event.params.epoch;
  c.validator = validatorOf(event.params.validator, event.block.timestamp).id;
  c.uid = event.params.uid;
  c.commitment = event.params.commitment;
  c.timestamp = event.block.timestamp;
  c.save();
}

export function handleScoresRevealed(event: ScoresRevealed): void {
  let sid = subnetIdHere();
  let s = Subnet.load(sid);
  let epoch = event.params.epoch;
  let mean = s == null ? BigInt.zero() : meanMinerScore(event.params.scores, minerUids(s));
  let v = validatorOf(event.params.validator, event.block.timestamp);
  // One reveal per validator and epoch (the subnet refuses a second: AlreadyRevealed).
  if (s != null) {
    let open = s.openEpoch.equals(epoch);
    s.openReveals = (open ? s.openReveals : 0) + 1;
    s.openScoreSum = (open ? s.openScoreSum : BigInt.zero()).plus(mean);
    s.openEpoch = epoch;
    s.save();
  }
  let r = new ScoreReveal(eventId(event));
  r.subnet = sid;
  r.epoch = epoch;
  r.validator = v.id;
  r.uid = event.params.uid;
  r.scores = event.params.scores;
  r.timeouts = event.params.timeouts;
  r.meanMinerScore = mean;
  r.timestamp = event.block.timestamp;
  r.save();
}

export function handleColumnsScored(event: ColumnsScored): void {
  let e = epochOf(event.params.epoch, event);
  // Chunks arrive in uid order (the close cursor only moves forward).
  e.consensus = e.consensus.concat(event.params.consensus);
  e.incentives = e.incentives.concat(event.params.incentives);
  e.save();
}

export function handleValidatorScored(event: ValidatorScored): void {
  let e = epochOf(event.params.epoch, event);
  e.validatorsScored = e.validatorsScored + 1;
  e.save();
  let v = validatorOf(event.params.validator, event.block.timestamp);
  let s = Subnet.load(subnetIdHere());
  let length = s == null ? BigInt.zero() : epochLength(s);
  let reward = event.params.validatorReward.plus(event.params.delegatorReward);
  v.apy = apy(reward, v.bond.plus(v.delegated), length);
  v.delegatorApy = apy(event.params.delegatorReward, v.delegated, length);
  v.save();
  let r = new ValidatorEpoch(e.id + "-" + event.params.validator.toHexString());
  r.epoch = e.id;
  r.validator = v.id;
  r.stake = event.params.stake;
  r.epochTrust = event.params.epochTrust;
  r.validatorReward = event.params.validatorReward;
  r.delegatorReward = event.params.delegatorReward;
  r.apy = v.apy;
  r.delegatorApy = v.delegatorApy;
  r.save();
}

export function handleEpochClosed(event: EpochClosed): void {
  let e = epochOf(event.params.epoch, event);
  e.emission = event.params.emission;
  e.distributed = event.params.distributed;
  e.minerPot = event.params.minerPot;
  e.validatorPot = event.params.validatorPot;
  e.delegatorPot = event.params.delegatorPot;
  e.carried = event.params.carried;
  e.minerRewardPerPoint = event.params.minerRewardPerPoint;
  e.closedAt = event.block.timestamp;
  e.closedAtBlock = event.block.number;
  e.closeTransaction = event.transaction.hash;
  let s = Subnet.load(subnetIdHere());
  if (s == null) {
    e.save();
    return;
  }
  e.validatorsRegistered = s.validatorCount;
  e.participation = ratio(BigInt.fromI32(e.validatorsScored), BigInt.fromI32(s.validatorCount));
  let open = s.openEpoch.equals(event.params.epoch);
  e.reveals = open ? s.openReveals : 0;
  e.averageMinerScore =
    open && s.openReveals > 0 ? s.openScoreSum.div(BigInt.fromI32(s.openReveals)) : BigInt.zero();
  e.totalStake = s.totalBonded.plus(s.totalDelegated);
  let p = event.params;
  let assigned = p.distributed.gt(p.carried) ? p.distributed.minus(p.carried) : BigInt.zero();
  e.emissionRoi = ratio(assigned, e.totalStake);
  e.save();
  s.lastEpoch = e.id;
  s.averageMinerScore = e.averageMinerScore;
  s.validatorParticipation = e.participation;
  s.emissionRoi = e.emissionRoi;
  s.save();
}

export function handleSlashed(event: Slashed): void {
  let sid = subnetIdHere();
  let reason = event.params.reason;
  let x = new Slash(eventId(event));
  x.subnet = sid;
  x.account = event.params.account;
  x.reason = reason < SLASH_REASONS.length ? SLASH_REASONS[reason] : "Unknown(" + reason.toString() + ")";
  x.amount = event.params.amount;
  x.timestamp = event.block.timestamp;
  x.transaction = event.transaction.hash;
  x.save();
  // What the bond is now, as the contract holds it.
  let id = memberId(sid, event.params.account);
  let bond = bondOf(event.address, event.params.account);
  let m = Miner.load(id);
  if (m != null && m.registered) {
    moveBonded(m.bond, bond);
    m.bond = bond;
    m.save();
  }
  let v = Validator.load(id);
  if (v != null && v.registered) {
    moveBonded(v.bond, bond);
    v.bond = bond;
    v.save();
  }
}

export function handleRewardsClaimed(event: RewardsClaimed): void {
  let id = memberId(subnetIdHere(), event.params.account);
  let m = Miner.load(id);
  if (m != null) {
    m.rewardsClaimed = m.rewardsClaimed.plus(event.params.amount);
    m.save();
    return;
  }
  let v = Validator.load(id);
  if (v != null) {
    v.rewardsClaimed = v.rewardsClaimed.plus(event.params.amount);
    v.save();
  }
}

export function handlePauseSet(event: PauseSet): void {
  let s = Subnet.load(subnetIdHere());
  if (s == null) return;
  s.paused = event.params.paused;
  s.save();
}
