// Escrowed inference requests (InferenceRequests): requests, answers, validators' scores, and the
// release or refund that closes each.
import { BigInt } from "@graphprotocol/graph-ts";

import {
  Answered,
  AnswersScored,
  RequestCreated,
  RequestRefunded,
  RequestReleased,
  ResultDelivered,
} from "../generated/InferenceRequests/InferenceRequests";
import { InferenceAnswer, InferenceRequest, InferenceScore, Subnet } from "../generated/schema";
import { eventId } from "./ids";

export function handleRequestCreated(event: RequestCreated): void {
  let sid = event.params.subnetId.toString();
  let s = Subnet.load(sid);
  if (s == null) return;
  let spec = event.params.spec;
  let r = new InferenceRequest(event.params.requestId.toString());
  r.subnet = sid;
  r.requester = event.params.requester;
  r.fee = spec.fee;
  r.redundancy = spec.redundancy;
  r.deadline = spec.deadline;
  r.callback = spec.callback;
  r.callbackGas = spec.callbackGas;
  r.input = event.params.input;
  r.status = "Open";
  r.answerCount = 0;
  r.scoreCount = 0;
  r.createdAt = event.block.timestamp;
  r.save();
  s.inferenceRequestCount = s.inferenceRequestCount + 1;
  s.requestCount = s.requestCount + 1;
  s.save();
}

export function handleAnswered(event: Answered): void {
  let r = InferenceRequest.load(event.params.requestId.toString());
  if (r == null) return;
  let a = new InferenceAnswer(r.id + "-" + event.params.index.toString());
  a.request = r.id;
  a.index = event.params.index;
  a.miner = event.params.miner;
  a.outputHash = event.params.outputHash;
  a.output = event.params.output;
  a.uri = event.params.uri;
  a.timestamp = event.block.timestamp;
  a.save();
  r.answerCount = r.answerCount + 1;
  r.save();
}

export function handleAnswersScored(event: AnswersScored): void {
  let r = InferenceRequest.load(event.params.requestId.toString());
  if (r == null) return;
  let v = new InferenceScore(eventId(event));
  v.request = r.id;
  v.validator = event.params.validator;
  v.weight = event.params.weight;
  v.scores = event.params.scores;
  v.timestamp = event.block.timestamp;
  v.save();
  r.scoreCount = r.scoreCount + 1;
  r.save();
}

export function handleRequestReleased(event: RequestReleased): void {
  let r = InferenceRequest.load(event.params.requestId.toString());
  if (r == null) return;
  r.status = "Released";
  r.bestMiner = event.params.bestMiner;
  r.consensus = event.params.consensus;
  r.payouts = event.params.payouts;
  r.closedAt = event.block.timestamp;
  r.save();
  for (let i = 0; i < event.params.consensus.length; i++) {
    let a = InferenceAnswer.load(r.id + "-" + i.toString());
    if (a == null) continue;
    a.consensus = event.params.consensus[i];
    a.payout = event.params.payouts[i];
    a.save();
  }
}

export function handleRequestRefunded(event: RequestRefunded): void {
  let r = InferenceRequest.load(event.params.requestId.toString());
  if (r == null) return;
  r.status = "Refunded";
  r.closedAt = event.block.timestamp;
  r.save();
}

export function handleResultDelivered(event: ResultDelivered): void {
  let r = InferenceRequest.load(event.params.requestId.toString());
  if (r == null) return;
  r.delivered = event.params.success;
  r.save();
}
