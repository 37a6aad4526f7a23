// EmissionManager: weights set by governance, weights coming into force, emission pulls.
import { Subnet, EmissionPull } from "../generated/schema";
import { Pulled, WeightApplied, WeightSet } from "../generated/EmissionManager/EmissionManager";
import { eventId, stageOf } from "./ids";

export function handleWeightSet(event: WeightSet): void {
  let s = Subnet.load(event.params.subnetId.toString());
  if (s == null) return;
  s.pendingEmissionWeight = event.params.pendingWeight;
  s.save();
}

export function handleWeightApplied(event: WeightApplied): void {
  let s = Subnet.load(event.params.subnetId.toString());
  if (s == null) return;
  s.emissionWeight = event.params.weight;
  s.stage = stageOf(s.active, s.emissionWeight);
  s.save();
}

export function handlePulled(event: Pulled): void {
  let id = event.params.subnetId.toString();
  let s = Subnet.load(id);
  if (s == null) return;
  s.totalEmission = s.totalEmission.plus(event.params.amount);
  s.save();
  let p = new EmissionPull(eventId(event));
  p.subnet = id;
  p.amount = event.params.amount;
  p.from = event.params.from;
  p.to = event.params.to;
  p.forfeited = event.params.forfeited;
  p.weight = event.params.weight;
  p.timestamp = event.block.timestamp;
  p.save();
}
