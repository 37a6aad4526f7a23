//! The indexer's ingest benchmark: a devnet with the suite deployed, 100,000 of the suite's own
//! events emitted into it (EventPump, `test/bench/EventPump.sol`: endpoint updates and
//! delegations of one subnet, 100 events per transaction and block), then `tensora-indexer`
//! reads them over `eth_getLogs` into a SQLite file, and again into PostgreSQL (a local cluster
//! of the bench's own, fsync on). Prints events per second and the process's resident memory as
//! the ingest goes on; JSON in `bench/results/indexer-ingest.json`.
//!
//! `cargo run --release -p tensora-testkit --example ingest_bench` (after `forge build`; the
//! bench script runs both); `INGEST_EVENTS=300000` for a longer run.

// A benchmark prints its table.
#![allow(clippy::print_stdout)]

use std::sync::{Arc, Mutex};
use std::time::Instant;

use alloy::network::TransactionBuilder;
use alloy::primitives::{Address, Bytes, U256, utils::parse_ether};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;
use alloy::sol_types::SolValue;
use tensora_bindings::{Subnet, SubnetRegistry, TORA, names};
use tensora_indexer::ingest::{Indexer, Sources, Step};
use tensora_indexer::{Schema, Store};
use tensora_testkit::postgres::PostgresCluster;
use tensora_testkit::{Suite, repo, send};

alloy::sol! {
    #[sol(rpc)]
    interface IEventPump {
        function join(uint256 bond) external;
        function pump(uint256 endpoints, address validator, uint256 delegations, uint256 amount) external;
    }
}

type BenchResult<T> = Result<T, tensora_testkit::Error>;

/// Events the benchmark emits (besides the deployment's and the setup's), unless
/// `INGEST_EVENTS` says otherwise.
const EVENTS: usize = 100_000;
/// Per transaction (one block each): endpoint updates, then delegations.
const ENDPOINTS_PER_TX: usize = 60;
const DELEGATIONS_PER_TX: usize = 40;
/// Blocks per `eth_getLogs` (10,000 events per range here; memory is sampled per range).
const RANGE: u64 = 100;

/// The process's resident set size, in MiB.
fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn pump_bytecode() -> BenchResult<Vec<u8>> {
    let path = repo().join("out/EventPump.sol/EventPump.json");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e}; run `forge build` first (script/bench.sh does)",
            path.display()
        )
    })?;
    let json: serde_json::Value = serde_json::from_str(&text)?;
    let hex = json["bytecode"]["object"]
        .as_str()
        .ok_or("EventPump.json has no bytecode")?;
    Ok(alloy::hex::decode(hex)?)
}

#[tokio::main]
async fn main() -> BenchResult<()> {
    let suite = Suite::start("ingest-bench").await?;
    let admin = suite.account(0)?;
    let validator = suite.account(1)?;
    let tora_at = suite.record.address(names::TORA)?;
    let registry_at = suite.record.address(names::SUBNET_REGISTRY)?;
    let tora = TORA::new(tora_at, &admin.provider);
    send(&admin, tora.approve(registry_at, parse_ether("1000")?)).await?;
    let mut hp = suite.config.registry.min_bounds.clone();
    hp.max_slots = 16;
    hp.max_validators = 8;
    let registry = SubnetRegistry::new(registry_at, &admin.provider);
    send(
        &admin,
        registry.createSubnet("Bench".into(), "time-series".into(), hp.to_contract()),
    )
    .await?;
    let instance = registry.subnets(U256::from(1)).call().await?.instance;
    send(
        &admin,
        tora.transfer(validator.address, parse_ether("1000")?),
    )
    .await?;
    let as_validator = TORA::new(tora_at, &validator.provider);
    send(
        &validator,
        as_validator.approve(instance, parse_ether("1000")?),
    )
    .await?;
    send(
        &validator,
        Subnet::new(instance, &validator.provider).registerValidator(parse_ether("1000")?),
    )
    .await?;

    // The pump: deployed, funded for its bond and every delegation, registered as a miner.
    let mut code = pump_bytecode()?;
    code.extend((instance, tora_at).abi_encode_params());
    let deploy = TransactionRequest::default()
        .with_from(admin.address)
        .with_deploy_code(Bytes::from(code));
    let receipt = admin
        .provider
        .send_transaction(deploy)
        .await?
        .get_receipt()
        .await?;
    let pump_at: Address = receipt
        .contract_address
        .ok_or("the pump was not deployed")?;
    let wanted = match std::env::var("INGEST_EVENTS") {
        Ok(n) => n
            .parse::<usize>()
            .map_err(|e| format!("INGEST_EVENTS={n}: {e}; give a number of events"))?,
        Err(_) => EVENTS,
    };
    let txs = wanted
        .div_ceil(ENDPOINTS_PER_TX + DELEGATIONS_PER_TX)
        .max(1);
    let per_delegation = parse_ether("1")?;
    let funds = parse_ether("100")? + per_delegation * U256::from(txs * DELEGATIONS_PER_TX);
    send(&admin, tora.transfer(pump_at, funds)).await?;
    let pump = IEventPump::new(pump_at, &admin.provider);
    send(&admin, pump.join(parse_ether("100")?)).await?;

    // Gas estimated once (every transaction does the same work), then sent back to back.
    let call = pump.pump(
        U256::from(ENDPOINTS_PER_TX),
        validator.address,
        U256::from(DELEGATIONS_PER_TX),
        per_delegation,
    );
    let gas = call.estimate_gas().await? * 6 / 5;
    let started = Instant::now();
    let mut sent = Vec::with_capacity(txs);
    for _ in 0..txs {
        sent.push(*call.clone().gas(gas).send().await?.tx_hash());
    }
    for hash in sent {
        let deadline = Instant::now() + std::time::Duration::from_secs(300);
        let receipt = loop {
            if let Some(r) = admin.provider.get_transaction_receipt(hash).await? {
                break r;
            }
            if Instant::now() > deadline {
                return Err(format!("pump transaction {hash} was not mined").into());
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        };
        if !receipt.status() {
            return Err(format!("pump transaction {hash} reverted").into());
        }
    }
    let emitted_in = started.elapsed().as_secs_f64();

    let dir = std::env::temp_dir().join(format!("tensora-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    println!(
        "{txs} transactions of {} events emitted in {emitted_in:.1} s; indexed in ranges of {RANGE} blocks",
        ENDPOINTS_PER_TX + DELEGATIONS_PER_TX
    );
    println!(
        "{:<40}  {:>8}  {:>8}  {:>9}  resident MiB after 10% / 25% / 50% / 75% / 100% (peak)",
        "store", "events", "seconds", "events/s"
    );
    let sqlite = Store::open(&dir.join("index.sqlite"), Schema::subgraph()?)?;
    let on_sqlite = ingest(&suite, "SQLite file on disk", sqlite).await?;
    let cluster = PostgresCluster::start_durable()?;
    let postgres = Store::postgres(&cluster.database("bench")?, Schema::subgraph()?)?;
    let on_postgres = ingest(&suite, "PostgreSQL on loopback (fsync on)", postgres).await?;
    drop(cluster);
    std::fs::remove_dir_all(&dir)?;
    suite.devnet.stop().await?;

    let mut json = on_sqlite;
    json["transactions"] = txs.into();
    json["events_per_transaction"] = (ENDPOINTS_PER_TX + DELEGATIONS_PER_TX).into();
    json["range_blocks"] = RANGE.into();
    json["postgres"] = on_postgres;
    let out = repo().join("bench/results/indexer-ingest.json");
    std::fs::write(&out, serde_json::to_string_pretty(&json)? + "\n")?;
    println!("\nJSON: bench/results/indexer-ingest.json");
    Ok(())
}

/// Indexes the suite's chain into `store` and prints its row of the table; its JSON.
async fn ingest(suite: &Suite, name: &str, store: Store) -> BenchResult<serde_json::Value> {
    let store = Arc::new(Mutex::new(store));
    let mut indexer = Indexer::new(
        suite.deployer.provider.clone(),
        Arc::clone(&store),
        Sources::from_record(&suite.record)?,
    )?;
    indexer.range = RANGE;
    let rss_before = rss_mib();
    let mut samples: Vec<(usize, f64)> = Vec::new();
    let mut events = 0;
    let started = Instant::now();
    loop {
        match indexer.step().await? {
            Step::Indexed { events: n, .. } => {
                events += n;
                samples.push((events, rss_mib()));
            }
            Step::RolledBack { to } => return Err(format!("a reorg on a devnet (to {to})").into()),
            Step::CaughtUp { .. } => break,
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let per_second = events as f64 / seconds;
    let delegations = store.lock().map_err(|_| "lock")?.count("Delegation")?;
    if delegations != 1 {
        return Err(format!("{name}: {delegations} delegation entities, not 1").into());
    }
    let at = |share: f64| {
        samples
            .iter()
            .find(|(n, _)| *n as f64 >= share * events as f64)
            .map_or(0.0, |s| s.1)
    };
    let peak = samples.iter().map(|s| s.1).fold(0.0, f64::max);
    println!(
        "{name:<40}  {events:>8}  {seconds:>8.2}  {per_second:>9.0}  {:.1} / {:.1} / {:.1} / {:.1} / {:.1} ({peak:.1}; {rss_before:.1} before)",
        at(0.1),
        at(0.25),
        at(0.5),
        at(0.75),
        at(1.0)
    );
    Ok(serde_json::json!({
        "store": name, "events": events, "seconds": seconds, "events_per_second": per_second,
        "rss_mib": {"before": rss_before, "at_10": at(0.1), "at_25": at(0.25), "at_50": at(0.5),
                    "at_75": at(0.75), "at_100": at(1.0), "peak": peak},
    }))
}
