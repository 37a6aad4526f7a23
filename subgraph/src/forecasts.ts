// Forecast feeds: the ForecastFeedsFactory lists each subnet's ForecastFeeds (indexed from the
// ForecastFeeds template), whose feeds, rounds, forecast reads and settlements are mapped here.
import { BigInt, Bytes, DataSourceContext, dataSource } from "@graphprotocol/graph-ts";

import { ForecastFeedsCreated } from "../generated/ForecastFeedsFactory/ForecastFeedsFactory";
import {
  FeedAdded,
  FeedDeactivated,
  ForecastRequested,
  RoundPublished,
  RoundSettledAgainstOutcome,
} from "../generated/templates/ForecastFeeds/ForecastFeeds";
import { ForecastFeed, ForecastRequest, ForecastRound, Subnet } from "../generated/schema";
import { ForecastFeeds as FeedsTemplate } from "../generated/templates";

/** ForecastFeeds.INITIAL_ACCURACY: a feed's record before any round settles (WAD). */
const INITIAL_ACCURACY = BigInt.fromString("500000000000000000");

/** `<feeds contract>-<feed index>`. */
function feedId(feeds: Bytes, feed: BigInt): string {
  return feeds.toHexString() + "-" + feed.toString();
}

export function handleForecastFeedsCreated(event: ForecastFeedsCreated): void {
  let id = event.params.subnetId.toString();
  let s = Subnet.load(id);
  if (s == null) return;
  s.forecastFeeds = event.params.feeds;
  s.save();
  let context = new DataSourceContext();
  context.setString("subnetId", id);
  FeedsTemplate.createWithContext(event.params.feeds, context);
}

export function handleFeedAdded(event: FeedAdded): void {
  let f = new ForecastFeed(feedId(event.address, event.params.feed));
  f.subnet = dataSource.context().getString("subnetId");
  f.feeds = event.address;
  f.index = event.params.feed.toI32();
  f.asset = event.params.asset;
  f.horizon = event.params.horizon;
  f.tolerance = event.params.tolerance;
  f.staleAfter = event.params.staleAfter;
  f.active = true;
  f.accuracy = INITIAL_ACCURACY;
  f.roundCount = 0;
  f.settledCount = 0;
  f.errorSum = BigInt.zero();
  f.requestCount = 0;
  f.createdAt = event.block.timestamp;
  f.save();
}

export function handleFeedDeactivated(event: FeedDeactivated): void {
  let f = ForecastFeed.load(feedId(event.address, event.params.feed));
  if (f == null) return;
  f.active = false;
  f.save();
}

export function handleRoundPublished(event: RoundPublished): void {
  let fid = feedId(event.address, event.params.feed);
  let f = ForecastFeed.load(fid);
  if (f == null) return;
  let r = new ForecastRound(fid + "-" + event.params.roundId.toString());
  r.feed = fid;
  r.subnet = f.subnet;
  r.round = event.params.roundId;
  r.epoch = event.params.epoch;
  r.prediction = event.params.prediction;
  r.confidence = event.params.confidence;
  r.publishers = event.params.publishers;
  r.publishedAt = event.params.publishedAt;
  r.requestCount = 0;
  r.save();
  f.latestRound = r.id;
  f.roundCount = f.roundCount + 1;
  f.save();
}

export function handleForecastRequested(event: ForecastRequested): void {
  let fid = feedId(event.address, event.params.feed);
  let f = ForecastFeed.load(fid);
  if (f == null) return;
  let q = new ForecastRequest(event.params.requestId.toHexString());
  q.feed = fid;
  q.subnet = f.subnet;
  q.round = event.params.roundId;
  q.requester = event.params.requester;
  q.timestamp = event.block.timestamp;
  q.save();
  f.requestCount = f.requestCount + 1;
  f.save();
  let r = ForecastRound.load(fid + "-" + event.params.roundId.toString());
  if (r != null) {
    r.requestCount = r.requestCount + 1;
    r.save();
  }
  let s = Subnet.load(f.subnet);
  if (s != null) {
    s.forecastRequestCount = s.forecastRequestCount + 1;
    s.requestCount = s.requestCount + 1;
    s.save();
  }
}

export function handleRoundSettledAgainstOutcome(event: RoundSettledAgainstOutcome): void {
  let fid = feedId(event.address, event.params.feed);
  let f = ForecastFeed.load(fid);
  let r = ForecastRound.load(fid + "-" + event.params.roundId.toString());
  if (f == null || r == null) return;
  r.realised = event.params.realised;
  r.error = event.params.error;
  r.accuracyAfter = event.params.accuracy;
  r.settledAt = event.block.timestamp;
  r.save();
  f.accuracy = event.params.accuracy;
  f.settledCount = f.settledCount + 1;
  f.errorSum = f.errorSum.plus(event.params.error);
  f.save();
}
