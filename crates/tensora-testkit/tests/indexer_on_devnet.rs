//! The local indexer against a devnet with the suite deployed: subnets created and joined on
//! chain come out of the seeds' discovery query; an indexer stopped part-way and started again
//! ends with exactly the rows of a clean run; a reorg (anvil snapshot, revert, a different
//! block) is undone.

use std::sync::{Arc, Mutex};

use alloy::primitives::{U256, utils::parse_ether};
use alloy::providers::Provider;
use serde_json::{Value, json};
use tensora_bindings::{Subnet, SubnetRegistry, TORA, names};
use tensora_indexer::ingest::{Indexer, Sources, Step};
use tensora_indexer::{Schema, Store, graphql};
use tensora_testkit::{Account, Suite, send};

type TestResult = Result<(), tensora_testkit::Error>;

const SEED_QUERY: &str = r#"{
  subnets(where: { active: true }, orderBy: emissionWeight, orderDirection: desc) {
    id name inferenceType emissionWeight minerCount validatorCount createdAt
  }
}"#;

async fn ask(store: &Arc<Mutex<Store>>, query: &str) -> Result<Value, tensora_testkit::Error> {
    let schema = graphql::build(Arc::clone(store), "devnet")?;
    let response = graphql::execute(&schema, async_graphql::Request::new(query)).await;
    let v = serde_json::to_value(response)?;
    if v.get("errors").is_some() {
        return Err(format!("{query}: {v}").into());
    }
    Ok(v["data"].clone())
}

fn indexer(
    suite: &Suite,
    store: &Arc<Mutex<Store>>,
    range: u64,
) -> Result<Indexer, tensora_testkit::Error> {
    let mut i = Indexer::new(
        suite.deployer.provider.clone(),
        Arc::clone(store),
        Sources::from_record(&suite.record)?,
    )?;
    i.range = range;
    Ok(i)
}

/// Creates a subnet named `name` from `admin` (the 1000 TORA fee approved).
async fn create(suite: &Suite, admin: &Account, name: &str, kind: &str) -> TestResult {
    let tora = TORA::new(suite.record.address(names::TORA)?, &admin.provider);
    let registry_at = suite.record.address(names::SUBNET_REGISTRY)?;
    send(admin, tora.approve(registry_at, parse_ether("1000")?)).await?;
    let registry = SubnetRegistry::new(registry_at, &admin.provider);
    let mut hp = suite.config.registry.min_bounds.clone();
    hp.max_slots = 16;
    hp.max_validators = 8;
    send(
        admin,
        registry.createSubnet(name.into(), kind.into(), hp.to_contract()),
    )
    .await?;
    Ok(())
}

/// Funds `who` and registers it as a miner (or validator) of subnet `id`.
async fn join(suite: &Suite, admin: &Account, who: &Account, id: u64, miner: bool) -> TestResult {
    let tora_at = suite.record.address(names::TORA)?;
    let registry = SubnetRegistry::new(
        suite.record.address(names::SUBNET_REGISTRY)?,
        &admin.provider,
    );
    let instance = registry.subnets(U256::from(id)).call().await?.instance;
    let bond = parse_ether(if miner { "100" } else { "1000" })?;
    send(
        admin,
        TORA::new(tora_at, &admin.provider).transfer(who.address, bond),
    )
    .await?;
    send(
        who,
        TORA::new(tora_at, &who.provider).approve(instance, bond),
    )
    .await?;
    let s = Subnet::new(instance, &who.provider);
    if miner {
        send(
            who,
            s.registerMiner(bond, "http://127.0.0.1:9100/infer".into()),
        )
        .await?;
    } else {
        send(who, s.registerValidator(bond)).await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_indexer_follows_the_chain_resumes_and_undoes_reorgs() -> TestResult {
    let suite = Suite::start("indexer-test").await?;
    let admin = suite.account(0)?;
    create(&suite, &admin, "Linguista", "nlp").await?;
    create(&suite, &admin, "Visiona", "vision").await?;
    join(&suite, &admin, &suite.account(1)?, 1, true).await?;
    join(&suite, &admin, &suite.account(2)?, 1, true).await?;
    join(&suite, &admin, &suite.account(3)?, 1, false).await?;
    join(&suite, &admin, &suite.account(4)?, 2, true).await?;

    // A clean run in one range.
    let clean = Arc::new(Mutex::new(Store::in_memory(Schema::subgraph()?)?));
    let events = indexer(&suite, &clean, 10_000)?.catch_up().await?;
    assert!(events >= 6, "{events} events");
    let data = ask(&clean, SEED_QUERY).await?;
    let subnets = data["subnets"].as_array().ok_or("no list")?;
    assert_eq!(subnets.len(), 2, "{data}");
    // Equal weights (0, bootstrapping): ties go by id in the same direction (desc).
    assert_eq!(
        subnets[1],
        json!({"id": "1", "name": "Linguista", "inferenceType": "nlp", "emissionWeight": 0,
               "minerCount": 2, "validatorCount": 1, "createdAt": subnets[1]["createdAt"]})
    );
    assert_eq!(
        (&subnets[0]["name"], &subnets[0]["minerCount"]),
        (&json!("Visiona"), &json!(1))
    );
    let created: u64 = subnets[1]["createdAt"]
        .as_str()
        .ok_or("createdAt")?
        .parse()?;
    assert!(created > 1_600_000_000, "a unix time: {created}");
    let stage = ask(
        &clean,
        r#"{ subnet(id: "1") { stage hyperparameters { maxSlots } miners { uid registered } } }"#,
    )
    .await?;
    assert_eq!(stage["subnet"]["stage"], "Bootstrapping");
    assert_eq!(stage["subnet"]["hyperparameters"]["maxSlots"], json!(16));
    assert_eq!(stage["subnet"]["miners"].as_array().map(Vec::len), Some(2));

    // Stopped after every few blocks and started again from the file: the same rows.
    let dir = std::env::temp_dir().join(format!("tensora-indexer-devnet-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("index.sqlite");
    let mut steps = 0;
    loop {
        let store = Arc::new(Mutex::new(Store::open(&path, Schema::subgraph()?)?));
        let mut i = indexer(&suite, &store, 3)?;
        let step = i.step().await?;
        let done = matches!(step, Step::CaughtUp { .. });
        steps += 1;
        if done {
            for entity in [
                "Subnet",
                "Miner",
                "Validator",
                "Hyperparameters",
                "GlobalTrust",
            ] {
                assert_eq!(
                    store.lock().map_err(|_| "lock")?.count(entity)?,
                    clean.lock().map_err(|_| "lock")?.count(entity)?,
                    "{entity} after {steps} restarts"
                );
            }
            assert_eq!(ask(&store, SEED_QUERY).await?, data);
            break;
        }
        assert!(steps < 1_000, "never caught up");
    }

    // A reorg: a miner joins, is indexed, the chain goes back and a different miner joins.
    let snapshot: U256 = suite
        .deployer
        .provider
        .raw_request("evm_snapshot".into(), ())
        .await?;
    join(&suite, &admin, &suite.account(5)?, 2, true).await?;
    let mut live = indexer(&suite, &clean, 10_000)?;
    live.catch_up().await?;
    let two = ask(
        &clean,
        r#"{ subnet(id: "2") { minerCount miners { account } } }"#,
    )
    .await?;
    assert_eq!(two["subnet"]["minerCount"], 2);
    let reverted: bool = suite
        .deployer
        .provider
        .raw_request("evm_revert".into(), (snapshot,))
        .await?;
    assert!(reverted);
    // A fresh admin provider (the old one's nonce cache is ahead of the reverted chain), and
    // blocks on the new branch past the old head.
    let admin = suite.account(0)?;
    join(&suite, &admin, &suite.account(6)?, 2, true).await?;
    suite
        .deployer
        .provider
        .raw_request::<_, Value>("anvil_mine".into(), (U256::from(3),))
        .await?;
    assert!(matches!(live.step().await?, Step::RolledBack { .. }));
    live.catch_up().await?;
    let after = ask(
        &clean,
        r#"{ subnet(id: "2") { minerCount miners(orderBy: uid) { account } } }"#,
    )
    .await?;
    let accounts: Vec<&str> = after["subnet"]["miners"]
        .as_array()
        .ok_or("miners")?
        .iter()
        .filter_map(|m| m["account"].as_str())
        .collect();
    let six = format!("{:#x}", suite.account(6)?.address);
    let five = format!("{:#x}", suite.account(5)?.address);
    assert!(accounts.contains(&six.as_str()), "{after}");
    assert!(
        !accounts.contains(&five.as_str()),
        "the reverted miner is gone: {after}"
    );
    assert_eq!(after["subnet"]["minerCount"], 2);
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
