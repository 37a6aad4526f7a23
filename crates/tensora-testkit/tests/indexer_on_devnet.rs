//! The local indexer against a devnet with the suite deployed: subnets created and joined on
//! chain come out of the seeds' discovery query; an indexer stopped part-way and started again
//! ends with exactly the rows of a clean run; a reorg (anvil snapshot, revert, a different
//! block) is undone; governance, trust, hyperparameter changes and the lifecycle metrics are
//! derived from a run with emission. Each test also indexes its chain into PostgreSQL (a cluster
//! of its own) and finds every row of every entity equal to SQLite's, reorg included.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use alloy::primitives::{Address, U256, keccak256, utils::parse_ether};
use alloy::providers::Provider;
use alloy::sol_types::{SolCall, SolValue};
use serde_json::{Value, json};
use tensora_bindings::{EmissionManager, Subnet, SubnetRegistry, TORA, TensoraGovernor, names};
use tensora_client::closing;
use tensora_deploy::config::HyperparametersConfig;
use tensora_indexer::ingest::{Indexer, Sources, Step};
use tensora_indexer::query::{Filter, MAX_FIRST, Op, Query};
use tensora_indexer::{Row, Schema, Store, graphql, metrics};
use tensora_testkit::postgres::PostgresCluster;
use tensora_testkit::{Account, Suite, mine_at, send};

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

/// Every row of every entity type, by id.
fn everything(
    store: &Arc<Mutex<Store>>,
) -> Result<BTreeMap<String, Vec<Row>>, tensora_testkit::Error> {
    let store = store.lock().map_err(|_| "lock")?;
    let mut out = BTreeMap::new();
    for entity in &store.schema().entities {
        let mut rows: Vec<Row> = Vec::new();
        loop {
            let mut q = Query::all(&entity.name);
            q.first = MAX_FIRST;
            if let Some(last) = rows.last() {
                q.filters.push(Filter {
                    field: "id".into(),
                    op: Op::Gt,
                    value: last["id"].clone(),
                });
            }
            let page = store.find(&q)?;
            let done = page.len() < MAX_FIRST;
            rows.extend(page);
            if done {
                break;
            }
        }
        out.insert(entity.name.clone(), rows);
    }
    Ok(out)
}

/// A PostgreSQL store in a fresh database of `cluster`.
fn postgres(
    cluster: &PostgresCluster,
    name: &str,
) -> Result<Arc<Mutex<Store>>, tensora_testkit::Error> {
    let url = cluster.database(name)?;
    Ok(Arc::new(Mutex::new(Store::postgres(
        &url,
        Schema::subgraph()?,
    )?)))
}

/// Indexes the suite's chain into PostgreSQL (in ranges of 7 blocks) and checks that every row of
/// every entity equals `sqlite`'s.
async fn the_same_on_postgres(suite: &Suite, sqlite: &Arc<Mutex<Store>>) -> TestResult {
    let cluster = PostgresCluster::start()?;
    let pg = postgres(&cluster, "devnet")?;
    indexer(suite, &pg, 7)?.catch_up().await?;
    compare(sqlite, &pg)
}

/// Every row of every entity of `pg` equals `sqlite`'s.
fn compare(sqlite: &Arc<Mutex<Store>>, pg: &Arc<Mutex<Store>>) -> TestResult {
    let (want, got) = (everything(sqlite)?, everything(pg)?);
    assert!(want.values().map(Vec::len).sum::<usize>() > 0);
    for (entity, rows) in &want {
        assert_eq!(got.get(entity), Some(rows), "{entity} in PostgreSQL");
    }
    assert_eq!(
        pg.lock().map_err(|_| "lock")?.cursor()?,
        sqlite.lock().map_err(|_| "lock")?.cursor()?
    );
    Ok(())
}

/// The lowest hyperparameters with room for 16 members (8 validators).
fn roomy(suite: &Suite) -> HyperparametersConfig {
    let mut hp = suite.config.registry.min_bounds.clone();
    hp.max_slots = 16;
    hp.max_validators = 8;
    hp
}

/// Creates a subnet named `name` with `hp` from `admin` (the 1000 TORA fee approved); its
/// instance.
async fn create_with(
    suite: &Suite,
    admin: &Account,
    (name, kind): (&str, &str),
    hp: &HyperparametersConfig,
) -> Result<Address, tensora_testkit::Error> {
    let tora = TORA::new(suite.record.address(names::TORA)?, &admin.provider);
    let registry_at = suite.record.address(names::SUBNET_REGISTRY)?;
    send(admin, tora.approve(registry_at, parse_ether("1000")?)).await?;
    let registry = SubnetRegistry::new(registry_at, &admin.provider);
    send(
        admin,
        registry.createSubnet(name.into(), kind.into(), hp.to_contract()),
    )
    .await?;
    let id = registry.subnetCount().call().await?;
    Ok(registry.subnets(id).call().await?.instance)
}

/// Creates a subnet named `name` with room for 16 members.
async fn create(suite: &Suite, admin: &Account, name: &str, kind: &str) -> TestResult {
    create_with(suite, admin, (name, kind), &roomy(suite)).await?;
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
    // PostgreSQL follows the same chain through the reorg.
    let cluster = PostgresCluster::start()?;
    let pg = postgres(&cluster, "reorg")?;
    let mut live_pg = indexer(&suite, &pg, 5)?;
    live_pg.catch_up().await?;
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
    assert!(matches!(live_pg.step().await?, Step::RolledBack { .. }));
    live_pg.catch_up().await?;
    compare(&clean, &pg)?;
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

/// Sends `calldata` to `target` through the governor: propose, vote (account 0 holds the
/// genesis votes), queue, execute.
async fn govern(suite: &Suite, target: Address, calldata: Vec<u8>, what: &str) -> TestResult {
    let admin = suite.account(0)?;
    let chain = &admin.provider;
    let tora = TORA::new(suite.record.address(names::TORA)?, chain);
    send(&admin, tora.delegate(admin.address)).await?;
    let governor = TensoraGovernor::new(suite.record.address(names::GOVERNOR)?, chain);
    let (targets, values, calldatas) = (vec![target], vec![U256::ZERO], vec![calldata.into()]);
    let now = governor.clock().call().await?;
    mine_at(chain, u64::try_from(now)? + 2).await?;
    let propose = governor.propose(
        targets.clone(),
        values.clone(),
        calldatas.clone(),
        what.to_owned(),
    );
    let id = propose.call().await?;
    send(&admin, propose).await?;
    mine_at(
        chain,
        u64::try_from(governor.proposalSnapshot(id).call().await?)? + 1,
    )
    .await?;
    send(&admin, governor.castVote(id, 1)).await?;
    mine_at(
        chain,
        u64::try_from(governor.proposalDeadline(id).call().await?)? + 1,
    )
    .await?;
    let hash = keccak256(what.as_bytes());
    send(
        &admin,
        governor.queue(targets.clone(), values.clone(), calldatas.clone(), hash),
    )
    .await?;
    mine_at(
        chain,
        u64::try_from(governor.proposalEta(id).call().await?)?,
    )
    .await?;
    send(&admin, governor.execute(targets, values, calldatas, hash)).await?;
    Ok(())
}

fn big(v: &Value) -> Result<U256, tensora_testkit::Error> {
    Ok(v.as_str()
        .ok_or_else(|| format!("not a BigInt: {v}"))?
        .parse()?)
}

/// A governance proposal gives the subnet all emission; two validators (one with a delegator)
/// score two miners and the epochs close with emission. The indexer holds the proposal and its
/// vote, the trust updates, the hyperparameter change (scheduled, then in force after the close
/// that used the old epoch length) and the lifecycle metrics, each equal to its formula over the
/// chain's own numbers.
#[tokio::test]
async fn the_indexer_derives_governance_trust_and_lifecycle_metrics() -> TestResult {
    let suite = Suite::start("indexer-metrics").await?;
    let people: Vec<Account> = (0..6).map(|i| suite.account(i)).collect::<Result<_, _>>()?;
    let admin = &people[0];
    let record = &suite.record;
    let tora_at = record.address(names::TORA)?;
    let tora = TORA::new(tora_at, &admin.provider);
    let mut hp = roomy(&suite);
    hp.commit_reveal = false;
    hp.epoch_length = 600;
    let instance = create_with(&suite, admin, ("Metrics", "time-series"), &hp).await?;

    // Miners 1 and 2, validators 3 (1000) and 4 (2000), 5 delegating 500 behind 3.
    for (i, amount) in [(1, "100"), (2, "100"), (3, "1000"), (4, "2000"), (5, "500")] {
        send(
            admin,
            tora.transfer(people[i].address, parse_ether(amount)?),
        )
        .await?;
        let token = TORA::new(tora_at, &people[i].provider);
        send(&people[i], token.approve(instance, parse_ether(amount)?)).await?;
    }
    for miner in &people[1..3] {
        let s = Subnet::new(instance, &miner.provider);
        send(
            miner,
            s.registerMiner(parse_ether("100")?, "http://127.0.0.1:9100/infer".into()),
        )
        .await?;
    }
    for (i, bond) in [(3, "1000"), (4, "2000")] {
        let s = Subnet::new(instance, &people[i].provider);
        send(&people[i], s.registerValidator(parse_ether(bond)?)).await?;
    }
    let s5 = Subnet::new(instance, &people[5].provider);
    send(
        &people[5],
        s5.delegate(people[3].address, parse_ether("500")?),
    )
    .await?;

    let emissions_at = record.address(names::EMISSION_MANAGER)?;
    let weights = EmissionManager::setWeightsCall {
        ids: vec![U256::from(1)],
        weights: vec![10_000],
    }
    .abi_encode();
    govern(&suite, emissions_at, weights, "All emission to Metrics").await?;

    // Fresh providers from here (the governor's clock moved the chain far ahead).
    let admin = suite.account(0)?;
    let provider = &admin.provider;
    let sub = Subnet::new(instance, provider);
    // Epoch 0 (the members joined in it) closes unscored: its pull puts the weight in force.
    mine_at(provider, sub.epochInfo().call().await?.end.into()).await?;
    close(&suite, instance).await?;
    // Epochs 1 and 2: both validators score (miner uid 0 the best, uid 1 at half), and in
    // epoch 2 the owner lengthens the epoch (not stricter: in force at that epoch's close).
    let scores: Vec<u8> = [65_535u16, 32_767, 0, 0]
        .iter()
        .flat_map(|x| x.to_be_bytes())
        .collect();
    for epoch in 1..=2 {
        provider
            .raw_request::<_, Value>("evm_increaseTime".into(), (2u64,))
            .await?;
        provider
            .raw_request::<_, Value>("evm_mine".into(), ())
            .await?;
        if epoch == 2 {
            let mut next = hp.clone();
            next.epoch_length = 900;
            // The binding modules each have their own copy of the struct.
            let next = Subnet::Hyperparameters::abi_decode(&next.to_contract().abi_encode())?;
            send(&admin, sub.setHyperparameters(next)).await?;
        }
        for who in &people[3..5] {
            let s = Subnet::new(instance, &who.provider);
            send(who, s.submitScores(scores.clone().into(), vec![])).await?;
        }
        mine_at(provider, sub.epochInfo().call().await?.end.into()).await?;
        close(&suite, instance).await?;
    }

    let store = Arc::new(Mutex::new(Store::in_memory(Schema::subgraph()?)?));
    indexer(&suite, &store, 10_000)?.catch_up().await?;

    // Governance: the proposal executed, with its one vote.
    let gov = ask(
        &store,
        r#"{ proposals { description state forVotes eta executedAt votes { support weight } } }"#,
    )
    .await?;
    let p = &gov["proposals"][0];
    assert_eq!(p["description"], "All emission to Metrics", "{gov}");
    assert_eq!(p["state"], "Executed");
    assert_eq!(p["votes"][0]["support"], 1);
    assert_eq!(big(&p["forVotes"])?, big(&p["votes"][0]["weight"])?);
    assert!(big(&p["forVotes"])? > U256::ZERO && !p["eta"].is_null() && !p["executedAt"].is_null());

    // Hyperparameters: created, scheduled, then in force after epoch 2's close.
    let h = ask(
        &store,
        r#"{ subnet(id: "1") { hyperparameters { epochLength scheduled }
             hyperparameterHistory(orderBy: id) { epochLength scheduled } } }"#,
    )
    .await?;
    assert_eq!(
        h["subnet"]["hyperparameters"],
        json!({"epochLength": "900", "scheduled": false}),
        "{h}"
    );
    assert_eq!(
        h["subnet"]["hyperparameterHistory"]
            .as_array()
            .map(Vec::len),
        Some(3),
        "{h}"
    );

    // The chain's numbers for epoch 2, and what the indexer derived from them.
    let d = ask(
        &store,
        r#"{ epoch(id: "1-2") { emission distributed carried validatorsRegistered validatorsScored
               participation reveals averageMinerScore totalStake emissionRoi
               validators(orderBy: id) { validatorReward delegatorReward apy delegatorApy
                 validator { account bond delegated apy } } }
             subnet(id: "1") { totalBonded totalDelegated averageMinerScore
               validatorParticipation emissionRoi }
             trustUpdates(first: 1000) { subnet { id } slashed epochTrust } }"#,
    )
    .await?;
    let e = &d["epoch"];
    assert!(
        big(&e["emission"])? > U256::ZERO,
        "emission reached the epoch: {d}"
    );
    assert_eq!(
        (
            &e["validatorsRegistered"],
            &e["validatorsScored"],
            &e["reveals"]
        ),
        (&json!(2), &json!(2), &json!(2)),
        "{d}"
    );
    assert_eq!(big(&e["participation"])?, metrics::WAD);
    // Miner uids 0 and 1 scored 65535 and 32767 by both validators.
    assert_eq!(
        big(&e["averageMinerScore"])?,
        metrics::mean_miner_score(&scores, &[0, 1])
    );
    let staked = parse_ether("3700")?;
    assert_eq!(big(&e["totalStake"])?, staked);
    let assigned = big(&e["distributed"])? - big(&e["carried"])?;
    assert_eq!(big(&e["emissionRoi"])?, metrics::ratio(assigned, staked));
    let s = &d["subnet"];
    assert_eq!(big(&s["totalBonded"])?, parse_ether("3200")?);
    assert_eq!(big(&s["totalDelegated"])?, parse_ether("500")?);
    assert_eq!(s["averageMinerScore"], e["averageMinerScore"]);
    assert_eq!(s["validatorParticipation"], e["participation"]);
    assert_eq!(s["emissionRoi"], e["emissionRoi"]);
    // APY over the 600 s epoch that closed (the 900 s change came into force after it).
    let results = e["validators"].as_array().ok_or("validators")?;
    assert_eq!(results.len(), 2, "{d}");
    for r in results {
        let v = &r["validator"];
        let reward = big(&r["validatorReward"])? + big(&r["delegatorReward"])?;
        let stake = big(&v["bond"])? + big(&v["delegated"])?;
        assert!(reward > U256::ZERO, "{r}");
        assert_eq!(big(&r["apy"])?, metrics::apy(reward, stake, 600), "{r}");
        assert_eq!(
            big(&r["delegatorApy"])?,
            metrics::apy(big(&r["delegatorReward"])?, big(&v["delegated"])?, 600)
        );
        assert_eq!(
            v["apy"], r["apy"],
            "the validator keeps its latest estimate"
        );
    }
    // The subnet was Active in epochs 1 and 2: each close moved both validators' trust.
    let updates = d["trustUpdates"].as_array().ok_or("trustUpdates")?;
    assert!(updates.len() >= 2, "{d}");
    assert!(
        updates.iter().all(|u| u["subnet"]["id"] == "1"
            && u["slashed"] == false
            && !u["epochTrust"].is_null()),
        "{d}"
    );
    the_same_on_postgres(&suite, &store).await?;
    suite.devnet.stop().await?;
    Ok(())
}

/// Closes the instance's epoch from account 0.
async fn close(suite: &Suite, instance: Address) -> TestResult {
    let admin = suite.account(0)?;
    let report = closing::close_epoch(
        &admin.provider,
        admin.address,
        instance,
        suite.record.address(names::VALIDATOR_TRUST)?,
        suite.record.start_block(),
        None,
    )
    .await?;
    assert!(report.closed);
    Ok(())
}

/// A JSON-RPC proxy to `upstream` that flaps: of every 20 requests, 14 are forwarded and then 6
/// fail, alternately with a 503 and with a truncated body. Returns its URL and the count
/// of requests it failed.
async fn flapping_proxy(
    upstream: String,
) -> Result<(String, Arc<std::sync::atomic::AtomicUsize>), tensora_testkit::Error> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let seen = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let client = reqwest::Client::new();
    let (s, f) = (Arc::clone(&seen), Arc::clone(&failed));
    let app = axum::Router::new().route(
        "/",
        axum::routing::post(move |body: String| {
            let (client, upstream, s, f) = (
                client.clone(),
                upstream.clone(),
                Arc::clone(&s),
                Arc::clone(&f),
            );
            async move {
                use axum::http::StatusCode;
                let n = s.fetch_add(1, Ordering::SeqCst);
                match n % 20 {
                    14 | 16 | 18 => {
                        f.fetch_add(1, Ordering::SeqCst);
                        (StatusCode::SERVICE_UNAVAILABLE, "flapping".to_owned())
                    }
                    15 | 17 | 19 => {
                        f.fetch_add(1, Ordering::SeqCst);
                        (StatusCode::OK, r#"{"jsonrpc":"2.0","id":"#.to_owned())
                    }
                    _ => match client
                        .post(&upstream)
                        .header("content-type", "application/json")
                        .body(body)
                        .send()
                        .await
                    {
                        Ok(r) => (StatusCode::OK, r.text().await.unwrap_or_default()),
                        Err(e) => (StatusCode::BAD_GATEWAY, e.to_string()),
                    },
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, failed))
}

/// Through an RPC that fails 6 requests in 20 (errors and truncated answers), an indexer
/// that retries every failed step ends with exactly the rows of a clean run: a failure part-way
/// through a range leaves nothing half-written.
#[tokio::test]
async fn a_flapping_rpc_changes_nothing_but_the_retries() -> TestResult {
    let suite = Suite::start("indexer-flapping").await?;
    let admin = suite.account(0)?;
    create(&suite, &admin, "Linguista", "nlp").await?;
    create(&suite, &admin, "Visiona", "vision").await?;
    join(&suite, &admin, &suite.account(1)?, 1, true).await?;
    join(&suite, &admin, &suite.account(2)?, 1, false).await?;
    join(&suite, &admin, &suite.account(3)?, 2, true).await?;
    let clean = Arc::new(Mutex::new(Store::in_memory(Schema::subgraph()?)?));
    indexer(&suite, &clean, 10_000)?.catch_up().await?;

    let (url, failed) = flapping_proxy(suite.devnet.url.clone()).await?;
    let flaky = alloy::providers::ProviderBuilder::new()
        .connect_http(url.parse()?)
        .erased();
    let store = Arc::new(Mutex::new(Store::in_memory(Schema::subgraph()?)?));
    let mut i = Indexer::new(
        flaky,
        Arc::clone(&store),
        Sources::from_record(&suite.record)?,
    )?;
    i.range = 4;
    let mut errors = 0;
    loop {
        match i.step().await {
            Ok(Step::CaughtUp { .. }) => break,
            Ok(_) => {}
            Err(e) => {
                errors += 1;
                assert!(
                    matches!(e, tensora_indexer::Error::Rpc(_)),
                    "an RPC failure is reported as one: {e}"
                );
                assert!(errors < 10_000, "never caught up");
            }
        }
    }
    assert!(errors > 0 && failed.load(std::sync::atomic::Ordering::SeqCst) > 0);
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
            "{entity} after {errors} failed steps"
        );
    }
    let everything = r#"{ subnets { id name minerCount validatorCount totalBonded
        miners { id bond } validators { id bond } } }"#;
    assert_eq!(
        ask(&store, everything).await?,
        ask(&clean, everything).await?
    );
    assert_eq!(
        ask(&store, SEED_QUERY).await?,
        ask(&clean, SEED_QUERY).await?
    );
    suite.devnet.stop().await?;
    Ok(())
}

/// Forecast feeds and escrowed requests: the factory's feeds are followed (also after a restart
/// from the file), their feed, rounds, forecast reads and settlement are indexed with the chain's
/// values, and so are a released request (answers, scores, payouts) and a refunded one; the
/// subnet counts its on-chain requests.
#[tokio::test]
async fn the_indexer_follows_forecast_feeds_and_escrowed_requests() -> TestResult {
    use tensora_bindings::generated::inference_requests::IInferenceRequests::Spec;
    use tensora_bindings::{ForecastFeeds, ForecastFeedsFactory, InferenceRequests};

    let suite = Suite::start("indexer-inference").await?;
    let admin = suite.account(0)?;
    let (m1, m2, v, dapp) = (
        suite.account(1)?,
        suite.account(2)?,
        suite.account(3)?,
        suite.account(4)?,
    );
    let instance =
        create_with(&suite, &admin, ("Predictia", "time-series"), &roomy(&suite)).await?;
    join(&suite, &admin, &m1, 1, true).await?;
    join(&suite, &admin, &m2, 1, true).await?;
    join(&suite, &admin, &v, 1, false).await?;
    let subnet = Subnet::new(instance, &admin.provider);
    mine_at(
        &admin.provider,
        u64::from(subnet.epochInfo().call().await?.end),
    )
    .await?;
    close(&suite, instance).await?; // the validator's stake weighs from now on
    let admin = suite.account(0)?; // close sent from its own provider: a fresh nonce cache

    // Feeds created by an outsider through the factory, listed by the subnet owner.
    let factory_at = suite.record.address(names::FORECAST_FEEDS_FACTORY)?;
    let outsider = suite.account(5)?;
    send(
        &outsider,
        ForecastFeedsFactory::new(factory_at, &outsider.provider).createFeeds(U256::from(1)),
    )
    .await?;
    let feeds_at = ForecastFeedsFactory::new(factory_at, &admin.provider)
        .feedsOf(U256::from(1))
        .call()
        .await?;
    let feeds = ForecastFeeds::new(feeds_at, &admin.provider);
    send(
        &admin,
        feeds.addFeed("ETH/USDT".into(), 3600, 10_000_000_000_000_000, 86_400),
    )
    .await?;
    let read = || ForecastFeeds::new(feeds_at, &dapp.provider);
    send(
        &dapp,
        read().requestForecast("ETH/USDT".into(), U256::from(3600)),
    )
    .await?;
    // One round: the validator publishes a 2% drop while the epoch's stake is fixed; the epoch ends and the
    // round is finalized; a second read binds to it; at the horizon the 2.5% drop is reported
    // and the round settles after the report window.
    let info = subnet.epochInfo().call().await?;
    if info.commitReveal {
        mine_at(&admin.provider, u64::from(info.revealFrom)).await?;
    }
    send(
        &v,
        ForecastFeeds::new(feeds_at, &v.provider).publishForecasts(vec![-20_000_000_000_000_000]),
    )
    .await?;
    mine_at(&admin.provider, u64::from(info.end)).await?;
    send(&admin, feeds.finalizeRounds()).await?;
    send(
        &dapp,
        read().requestForecast("ETH/USDT".into(), U256::from(3600)),
    )
    .await?;
    let round = feeds.roundOf(0, 1).call().await?;
    let window = u64::from(feeds.bounds().call().await?.settleWindow);
    mine_at(&admin.provider, u64::from(round.publishedAt) + 3600).await?;
    send(
        &v,
        ForecastFeeds::new(feeds_at, &v.provider).reportOutcome(0, 1, -25_000_000_000_000_000),
    )
    .await?;
    mine_at(
        &admin.provider,
        u64::from(round.publishedAt) + 3600 + window,
    )
    .await?;
    send(&admin, feeds.settleRound(0, 1)).await?;

    // Escrowed requests: one answered by both miners, scored 3:1 and released; one refunded.
    let requests_at = suite.record.address(names::INFERENCE_REQUESTS)?;
    let tora = TORA::new(suite.record.address(names::TORA)?, &admin.provider);
    send(&admin, tora.approve(requests_at, parse_ether("20")?)).await?;
    let requests = InferenceRequests::new(requests_at, &admin.provider);
    for _ in 0..2 {
        let deadline = tensora_testkit::now(&admin.provider).await? + 600;
        let spec = Spec {
            subnetId: U256::from(1),
            redundancy: 2,
            fee: alloy::primitives::Uint::from(10_000_000_000_000_000_000u128),
            deadline: u32::try_from(deadline)?,
            callback: Address::ZERO,
            callbackGas: 0,
        };
        send(
            &admin,
            requests.createRequest(spec, b"{\"task\":1}".to_vec().into()),
        )
        .await?;
    }
    for (miner, output) in [(&m1, "up"), (&m2, "down")] {
        send(
            miner,
            InferenceRequests::new(requests_at, &miner.provider)
                .answer(U256::from(1), output.as_bytes().to_vec().into()),
        )
        .await?;
    }
    send(
        &v,
        InferenceRequests::new(requests_at, &v.provider)
            .scoreAnswers(U256::from(1), vec![60_000, 20_000]),
    )
    .await?;
    let first = requests.requestOf(U256::from(1)).call().await?;
    let second = requests.requestOf(U256::from(2)).call().await?;
    let closes = u64::from(first.answersClosedAt) + u64::from(first.scoreWindow);
    mine_at(&admin.provider, closes.max(u64::from(second.deadline))).await?;
    send(&admin, requests.release(U256::from(1))).await?;
    send(&admin, requests.refund(U256::from(2))).await?;

    let clean = Arc::new(Mutex::new(Store::in_memory(Schema::subgraph()?)?));
    indexer(&suite, &clean, 10_000)?.catch_up().await?;
    let query = r#"{
      subnet(id: "1") { requestCount inferenceRequestCount forecastRequestCount forecastFeeds }
      forecastFeeds { asset horizon tolerance active accuracy roundCount settledCount errorSum requestCount
        latestRound { round prediction confidence publishers }
        rounds { round epoch prediction realised error accuracyAfter requestCount } }
      forecastRequests(orderBy: timestamp) { round requester }
      inferenceRequests(orderBy: createdAt) { id status fee answerCount scoreCount bestMiner consensus payouts
        answers(orderBy: index) { miner output consensus payout } scores { scores } }
    }"#;
    let data = ask(&clean, query).await?;
    let hex = |a: Address| format!("{a:#x}");
    assert_eq!(
        data["subnet"],
        json!({"requestCount": 4, "inferenceRequestCount": 2, "forecastRequestCount": 2,
               "forecastFeeds": hex(feeds_at)})
    );
    let feed = feeds.feedAt(0).call().await?;
    let settled = feeds.roundOf(0, 1).call().await?;
    let f = &data["forecastFeeds"][0];
    assert_eq!(f["asset"], "ETH/USDT");
    assert_eq!(f["accuracy"], feed.accuracy.to_string(), "{f}");
    assert_eq!(
        (&f["roundCount"], &f["settledCount"], &f["requestCount"]),
        (&json!(1), &json!(1), &json!(2))
    );
    assert_eq!(
        f["latestRound"],
        json!({"round": "1", "prediction": round.prediction.to_string(),
               "confidence": round.confidence, "publishers": round.publishers})
    );
    assert_eq!(
        f["rounds"][0]["prediction"], "-20000000000000000",
        "signed: {f}"
    );
    assert_eq!(f["rounds"][0]["realised"], "-25000000000000000");
    assert_eq!(f["rounds"][0]["error"], "5000000000000000");
    assert_eq!(f["errorSum"], "5000000000000000");
    assert_eq!(f["rounds"][0]["accuracyAfter"], feed.accuracy.to_string());
    assert_eq!(f["rounds"][0]["requestCount"], 1);
    assert_eq!(settled.realised, -25_000_000_000_000_000);
    assert_eq!(
        data["forecastRequests"],
        json!([{"round": "0", "requester": hex(dapp.address)},
               {"round": "1", "requester": hex(dapp.address)}])
    );
    let released = &data["inferenceRequests"][0];
    assert_eq!(
        (
            &released["status"],
            &released["answerCount"],
            &released["scoreCount"]
        ),
        (&json!("Released"), &json!(2), &json!(1)),
        "{released}"
    );
    assert_eq!(released["bestMiner"], hex(m1.address));
    assert_eq!(released["consensus"], json!([60000, 20000]));
    assert_eq!(
        released["payouts"],
        json!(["7500000000000000000", "2500000000000000000"])
    );
    assert_eq!(
        released["answers"][1],
        json!({"miner": hex(m2.address), "output": "0x646f776e", "consensus": 20000,
               "payout": "2500000000000000000"})
    );
    assert_eq!(released["scores"], json!([{"scores": [60000, 20000]}]));
    assert_eq!(data["inferenceRequests"][1]["status"], "Refunded");
    // Negative predictions sort below positive ones, as numbers.
    let sorted = ask(
        &clean,
        r#"{ forecastRounds(where: { prediction_lt: "0" }) { round } }"#,
    )
    .await?;
    assert_eq!(sorted["forecastRounds"], json!([{"round": "1"}]));

    // Stopped after every few blocks and started again from the file: the feeds are followed
    // from the store and the answers are the same.
    let dir =
        std::env::temp_dir().join(format!("tensora-indexer-inference-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("index.sqlite");
    for steps in 0.. {
        let store = Arc::new(Mutex::new(Store::open(&path, Schema::subgraph()?)?));
        if matches!(
            indexer(&suite, &store, 4)?.step().await?,
            Step::CaughtUp { .. }
        ) {
            assert_eq!(ask(&store, query).await?, data, "after {steps} restarts");
            break;
        }
        assert!(steps < 1_000, "never caught up");
    }
    std::fs::remove_dir_all(&dir)?;

    // The same in PostgreSQL, connecting again after every step: the feeds are followed from
    // its rows too.
    let cluster = PostgresCluster::start()?;
    let url = cluster.database("inference")?;
    for steps in 0.. {
        let pg = Arc::new(Mutex::new(Store::postgres(&url, Schema::subgraph()?)?));
        if matches!(
            indexer(&suite, &pg, 4)?.step().await?,
            Step::CaughtUp { .. }
        ) {
            compare(&clean, &pg)?;
            assert_eq!(ask(&pg, query).await?, data, "after {steps} reconnects");
            break;
        }
        assert!(steps < 1_000, "never caught up");
    }
    Ok(())
}
