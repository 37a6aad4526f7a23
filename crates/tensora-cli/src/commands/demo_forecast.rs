//! The demo's on-chain inference: Predictia's forecast feeds, listed before its epochs (its
//! validator service publishes a prediction per feed each epoch) and, after them, the seeds'
//! `MyDeFiProtocol` asking for the ETH/USDT forecast and reading it in the same transaction.

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use tensora_bindings::examples::my_de_fi_protocol::MyDeFiProtocol;
use tensora_bindings::{ForecastFeeds, ForecastFeedsFactory};
use tensora_client::forecast;
use tensora_client::tx;

/// The seeds' feed: ETH/USDT one hour ahead.
pub(super) const ASSET: &str = "ETH/USDT";
/// Its horizon, seconds.
pub(super) const HORIZON: u32 = 3600;

/// Creates Predictia's ForecastFeeds (subnet `subnet_id`) through the suite's factory and lists
/// the seeds' feed as the subnet's owner (tolerance 1%, fresh for a day). Returns the feeds'
/// address.
pub(super) async fn list_feed(
    owner: &DynProvider,
    owner_address: Address,
    factory: Address,
    subnet_id: u64,
) -> Result<Address, Box<dyn std::error::Error>> {
    let factory = ForecastFeedsFactory::new(factory, owner);
    let id = alloy::primitives::U256::from(subnet_id);
    tx::send(
        owner,
        owner_address,
        factory.createFeeds(id).into_transaction_request(),
        "creating Predictia's forecast feeds",
    )
    .await?;
    let feeds = ForecastFeeds::new(factory.feedsOf(id).call().await?, owner);
    let call = feeds.addFeed(ASSET.into(), HORIZON, 10_000_000_000_000_000, 86_400);
    tx::send(
        owner,
        owner_address,
        call.into_transaction_request(),
        "listing the ETH/USDT feed",
    )
    .await?;
    crate::output::progress(&format!(
        "Predictia's forecast feeds at {} (the seeds' IPredictiaSubnet): {ASSET} over {HORIZON} s, tolerance 1%",
        feeds.address()
    ));
    Ok(*feeds.address())
}

/// Finalizes the last epoch's rounds, deploys `MyDeFiProtocol` for `feeds` and sends its
/// `shouldLiquidate` as `dapp`: the request it records and the forecast it read in that
/// transaction are printed. Fails unless a round was published and the contract read it.
pub(super) async fn seed_consumer(
    dapp: &DynProvider,
    dapp_address: Address,
    feeds: Address,
) -> Result<(), Box<dyn std::error::Error>> {
    let contract = ForecastFeeds::new(feeds, dapp);
    let pending = contract.pending().call().await?;
    let now = tensora_client::clock::next_block_time(dapp).await?;
    if pending.endsAt != 0 && now >= u64::from(pending.endsAt) {
        tx::send(
            dapp,
            dapp_address,
            contract.finalizeRounds().into_transaction_request(),
            "finalizing the last epoch's forecast rounds",
        )
        .await?;
    }
    let index = contract
        .feedIndex(ASSET.into(), HORIZON.try_into()?)
        .call()
        .await?;
    let feed = forecast::feed(dapp, feeds, index).await?;
    let Some(latest) = feed.latest.clone() else {
        return Err("no forecast round was published during Predictia's epochs".into());
    };
    let protocol = MyDeFiProtocol::deploy(dapp, feeds).await?;
    let user = Address::repeat_byte(0x11);
    let liquidate = protocol.shouldLiquidate(user).call().await?;
    let receipt = tx::send(
        dapp,
        dapp_address,
        protocol.shouldLiquidate(user).into_transaction_request(),
        "MyDeFiProtocol.shouldLiquidate",
    )
    .await?;
    let request = receipt
        .inner
        .logs()
        .iter()
        .filter(|log| log.address() == feeds)
        .find_map(|log| log.log_decode::<ForecastFeeds::ForecastRequested>().ok())
        .ok_or("shouldLiquidate recorded no forecast request")?
        .inner
        .data;
    if request.roundId != latest.id {
        return Err(format!(
            "the request was bound to round {}, not the latest round {}",
            request.roundId, latest.id
        )
        .into());
    }
    let (prediction, confidence) = forecast::get(dapp, feeds, request.requestId).await?;
    crate::output::progress(&format!(
        "\n{ASSET} over {HORIZON} s: {} round(s) published by Predictia's validator; latest round {} (epoch {}): {:+.4}% with confidence {}",
        latest.id,
        latest.id,
        latest.epoch,
        latest.prediction * 100.0,
        latest.confidence
    ));
    crate::output::progress(&format!(
        "MyDeFiProtocol at {} (examples/defi-consumer): shouldLiquidate -> {liquidate}, gas {}; in that transaction it requested {} (round {}) and read {:+.4}% with confidence {confidence} (it acts only on a drop with confidence above 80; the feed's accuracy record is {:.3} until rounds settle against the outcome)",
        protocol.address(),
        receipt.gas_used,
        request.requestId,
        request.roundId,
        prediction * 100.0,
        feed.accuracy
    ));
    let expected = prediction < 0.0 && confidence > 80;
    if liquidate != expected {
        return Err(format!(
            "shouldLiquidate returned {liquidate} for {prediction} with confidence {confidence}"
        )
        .into());
    }
    Ok(())
}
