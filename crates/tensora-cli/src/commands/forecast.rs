//! `tensora forecast`: a Predictia subnet's forecast feeds ([`tensora_bindings::ForecastFeeds`]).
//! `create` creates the feeds contract of a subnet through the suite's ForecastFeedsFactory (its
//! address, `feedsOf(subnetId)` there, is what dApps pass as the seeds' `IPredictiaSubnet`), `add-feed` and `deactivate-feed` are the subnet owner's, `feeds` and
//! `latest` read rounds, `request` records a request on chain and reads the forecast it is bound
//! to, `get` reads a request back, `finalize` turns an ended epoch's predictions into rounds.

use alloy::primitives::utils::parse_units;
use alloy::primitives::{Address, B256, U256};
use serde_json::json;
use tensora_bindings::{ForecastFeeds, ForecastFeedsFactory};
use tensora_client::forecast::{self, FeedView};

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_address};

/// Where the feeds are: an address, or the subnet whose feeds the suite's ForecastFeedsFactory
/// lists.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct FeedsArg {
    /// The ForecastFeeds contract (printed by `tensora forecast create`).
    #[arg(long, value_parser = parse_address, required_unless_present = "subnet", conflicts_with = "subnet")]
    feeds: Option<Address>,
    /// The subnet whose feeds to use (looked up with the ForecastFeedsFactory's `feedsOf`).
    #[arg(long)]
    subnet: Option<u64>,
}

impl FeedsArg {
    /// The ForecastFeeds contract, checked to be one.
    async fn resolve(&self, ctx: &Ctx) -> Result<Address, CliError> {
        let at = match (self.feeds, self.subnet) {
            (Some(at), _) => at,
            (None, Some(subnet)) => {
                ctx.subnet(subnet).await?;
                let factory = ForecastFeedsFactory::new(
                    ctx.address(tensora_bindings::names::FORECAST_FEEDS_FACTORY)?,
                    &ctx.provider,
                );
                let at = factory.feedsOf(U256::from(subnet)).call().await?;
                if at == Address::ZERO {
                    return Err(format!(
                        "subnet {subnet} has no forecast feeds yet; create them with `tensora forecast create --subnet {subnet}`"
                    )
                    .into());
                }
                at
            }
            (None, None) => return Err("pass --feeds ADDRESS or --subnet ID".into()),
        };
        checked(ctx, at).await?;
        Ok(at)
    }
}

/// A feed by asset and horizon.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct FeedKey {
    /// The asset pair, e.g. ETH/USDT (at most 32 bytes, compared exactly).
    #[arg(long)]
    asset: String,
    /// Seconds ahead, e.g. 3600.
    #[arg(long)]
    horizon: u32,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Create the forecast feeds of a subnet through the suite's ForecastFeedsFactory (one per
    /// subnet, by anyone; then list feeds with `add-feed`, as its owner). Their bounds start at
    /// the contract's defaults; only governance changes them.
    Create {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// List a feed (the subnet owner only).
    AddFeed {
        #[command(flatten)]
        feeds: FeedsArg,
        #[command(flatten)]
        key: FeedKey,
        /// The error at which a round's agreement and accuracy factors are 1/2 (0.01 or 1%).
        #[arg(long, value_parser = parse_fraction)]
        tolerance: u64,
        /// Seconds after publication a round stops counting (confidence 0).
        #[arg(long)]
        stale_after: u32,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Withdraw a feed for good (the subnet owner only): its rounds read with confidence 0.
    DeactivateFeed {
        #[command(flatten)]
        feeds: FeedsArg,
        #[command(flatten)]
        key: FeedKey,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Every feed with its latest round.
    Feeds {
        #[command(flatten)]
        feeds: FeedsArg,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// One feed's latest round.
    Latest {
        #[command(flatten)]
        feeds: FeedsArg,
        #[command(flatten)]
        key: FeedKey,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Record a request on chain (as a dApp contract's `requestForecast`) and read its forecast.
    Request {
        #[command(flatten)]
        feeds: FeedsArg,
        #[command(flatten)]
        key: FeedKey,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Read a request's forecast now (`getForecast`): confidence 0 once stale or withdrawn.
    Get {
        #[command(flatten)]
        feeds: FeedsArg,
        /// The request id `request` printed.
        #[arg(long)]
        request_id: B256,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Turn the ended epoch's predictions into rounds (anyone).
    Finalize {
        #[command(flatten)]
        feeds: FeedsArg,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

/// A fraction (`0.01`) or percentage (`1%`) in WAD, between 0 (excluded) and 1.
pub(crate) fn parse_fraction(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    let bad = || {
        format!(
            "`{text}` is not a fraction like 0.01 or a percentage like 1%, above 0 and at most 1"
        )
    };
    let (number, scale) = match trimmed.strip_suffix('%') {
        Some(p) => (p.trim(), 16),
        None => (trimmed, 18),
    };
    if number.starts_with('-') {
        return Err(bad());
    }
    let value: U256 = parse_units(number, scale).map_err(|_| bad())?.into();
    match u64::try_from(value) {
        Ok(v) if v > 0 && v <= 1_000_000_000_000_000_000 => Ok(v),
        _ => Err(bad()),
    }
}

fn describe(f: &FeedView) -> String {
    let round = f.latest.as_ref().map_or_else(
        || "no round yet".to_owned(),
        |r| {
            format!(
                "round {} (epoch {}): {:+.4}% with confidence {}, {} validator(s){}",
                r.id,
                r.epoch,
                r.prediction * 100.0,
                r.confidence,
                r.publishers,
                r.realised
                    .map(|x| format!(", realised {:+.4}%", x * 100.0))
                    .unwrap_or_default()
            )
        },
    );
    format!(
        "feed {} {} over {} s{}: {round}; accuracy {:.3} over {} settled round(s), {} request(s)",
        f.index,
        f.asset,
        f.horizon,
        if f.active { "" } else { " (withdrawn)" },
        f.accuracy,
        f.settled_rounds,
        f.requests
    )
}

/// Fails unless `feeds` holds a ForecastFeeds contract (so that nothing is sent to an account
/// without code, where every call "succeeds"). Returns the subnet it serves.
async fn checked(ctx: &Ctx, feeds: Address) -> Result<Address, CliError> {
    ForecastFeeds::new(feeds, &ctx.provider)
        .subnet()
        .call()
        .await
        .map_err(|e| {
            format!(
                "{feeds} is not a ForecastFeeds contract on this chain ({e}); pass the address `tensora forecast create` printed"
            )
            .into()
        })
}

/// The index of the feed for `key`, with a clear error when there is none.
async fn index_of(ctx: &Ctx, feeds: Address, key: &FeedKey) -> Result<u32, CliError> {
    checked(ctx, feeds).await?;
    let all = forecast::feeds(&ctx.provider, feeds).await?;
    all.iter()
        .find(|f| f.asset == key.asset && f.horizon == key.horizon)
        .map(|f| f.index)
        .ok_or_else(|| {
            format!(
                "no feed for {} over {} s at {feeds}; listed: {}",
                key.asset,
                key.horizon,
                if all.is_empty() {
                    "none".to_owned()
                } else {
                    all.iter()
                        .map(|f| format!("{} over {} s", f.asset, f.horizon))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            )
            .into()
        })
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Create { subnet, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            ctx.subnet(subnet).await?;
            let at = ctx.address(tensora_bindings::names::FORECAST_FEEDS_FACTORY)?;
            let factory = ForecastFeedsFactory::new(at, &ctx.provider);
            let existing = factory.feedsOf(U256::from(subnet)).call().await?;
            if existing != Address::ZERO {
                return Err(format!(
                    "subnet {subnet} already has its forecast feeds at {existing} (one per subnet); list feeds there with `tensora forecast add-feed --feeds {existing}`"
                )
                .into());
            }
            let what = format!("creating the forecast feeds of subnet {subnet}");
            let outcome = ctx
                .send(factory.createFeeds(U256::from(subnet)), &what, None)
                .await?;
            let Some(created) = ctx
                .events::<ForecastFeedsFactory::ForecastFeedsCreated>(at, &outcome)
                .await?
                .pop()
            else {
                return Ok(()); // dry run
            };
            ctx.say(
                &format!("forecast feeds of subnet {subnet}: {}", created.feeds),
                &json!({ "subnet": subnet, "feeds": created.feeds, "txHash": outcome["txHash"] }),
            )?;
            Ok(())
        }
        Command::AddFeed {
            feeds,
            key,
            tolerance,
            stale_after,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let at = feeds.resolve(&ctx).await?;
            let contract = ForecastFeeds::new(at, &ctx.provider);
            let call = contract.addFeed(key.asset.clone(), key.horizon, tolerance, stale_after);
            let what = format!("listing feed {} over {} s", key.asset, key.horizon);
            ctx.send(call, &what, None).await?;
            Ok(())
        }
        Command::DeactivateFeed {
            feeds,
            key,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let at = feeds.resolve(&ctx).await?;
            let index = index_of(&ctx, at, &key).await?;
            let contract = ForecastFeeds::new(at, &ctx.provider);
            let call = contract.deactivateFeed(index);
            let what = format!("withdrawing feed {} over {} s", key.asset, key.horizon);
            ctx.send(call, &what, None).await?;
            Ok(())
        }
        Command::Feeds { feeds, chain } => {
            let ctx = Ctx::read(&chain).await?;
            let at = feeds.resolve(&ctx).await?;
            let all = forecast::feeds(&ctx.provider, at).await?;
            let text = if all.is_empty() {
                format!("no feeds listed at {}", at)
            } else {
                all.iter().map(describe).collect::<Vec<_>>().join("\n")
            };
            ctx.say(&text, &serde_json::to_value(&all)?)
        }
        Command::Latest { feeds, key, chain } => {
            let ctx = Ctx::read(&chain).await?;
            let at = feeds.resolve(&ctx).await?;
            let index = index_of(&ctx, at, &key).await?;
            let f = forecast::feed(&ctx.provider, at, index).await?;
            ctx.say(&describe(&f), &serde_json::to_value(&f)?)
        }
        Command::Request {
            feeds,
            key,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            // A clear error before anything is sent when the feed does not exist.
            let at = feeds.resolve(&ctx).await?;
            index_of(&ctx, at, &key).await?;
            let contract = ForecastFeeds::new(at, &ctx.provider);
            let call = contract.requestForecast(key.asset.clone(), U256::from(key.horizon));
            let what = format!(
                "requesting the {} forecast over {} s",
                key.asset, key.horizon
            );
            let outcome = ctx.send(call, &what, None).await?;
            let events = ctx
                .events::<ForecastFeeds::ForecastRequested>(at, &outcome)
                .await?;
            let Some(event) = events.first() else {
                return Ok(()); // dry run
            };
            let (prediction, confidence) =
                forecast::get(&ctx.provider, at, event.requestId).await?;
            ctx.say(
                &format!(
                    "request {} bound to round {}: {:+.4}% with confidence {confidence}",
                    event.requestId,
                    event.roundId,
                    prediction * 100.0
                ),
                &json!({
                    "requestId": event.requestId, "feed": event.feed, "round": event.roundId,
                    "prediction": prediction, "confidence": confidence, "txHash": outcome["txHash"],
                }),
            )
        }
        Command::Get {
            feeds,
            request_id,
            chain,
        } => {
            let ctx = Ctx::read(&chain).await?;
            let at = feeds.resolve(&ctx).await?;
            let parts = forecast::request_parts(request_id);
            let (prediction, confidence) = forecast::get(&ctx.provider, at, request_id)
                .await
                .map_err(|e| {
                    format!("{e} (was {request_id} returned by `tensora forecast request` on these feeds?)")
                })?;
            ctx.say(
                &format!(
                    "request {request_id} (feed {}, round {}): {:+.4}% with confidence {confidence}",
                    parts.feed,
                    parts.round,
                    prediction * 100.0
                ),
                &json!({
                    "requestId": request_id, "feed": parts.feed, "round": parts.round,
                    "prediction": prediction, "confidence": confidence,
                }),
            )
        }
        Command::Finalize { feeds, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let at = feeds.resolve(&ctx).await?;
            let contract = ForecastFeeds::new(at, &ctx.provider);
            let call = contract.finalizeRounds();
            ctx.send(call, "finalizing the ended epoch's rounds", None)
                .await?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_fraction;

    #[test]
    fn fractions_and_percentages() {
        assert_eq!(parse_fraction("1%"), Ok(10_000_000_000_000_000));
        assert_eq!(parse_fraction("0.01"), Ok(10_000_000_000_000_000));
        assert_eq!(parse_fraction("100%"), Ok(1_000_000_000_000_000_000));
        for bad in ["0", "0%", "-1%", "1.5", "101%", "abc", ""] {
            assert!(parse_fraction(bad).is_err(), "{bad}");
        }
    }
}
