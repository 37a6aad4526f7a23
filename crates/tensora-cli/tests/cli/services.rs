//! The services: coordinator, miners and validator closing the loop, the bundler.

use std::process::Command;

use alloy::providers::Provider;

use super::common::*;

/// The coordinator restart scenario: an epoch whose close was interrupted after its first chunk
/// (as if the coordinator died between transactions) is finished by a fresh coordinator, which
/// closes it exactly once; nothing can close it again.
#[tokio::test]
async fn coordinator_finishes_an_interrupted_close_exactly_once()
-> Result<(), Box<dyn std::error::Error>> {
    use alloy::primitives::utils::parse_ether;
    use alloy::sol_types::SolEvent;
    use tensora_bindings::{Subnet, TORA, names};
    use tensora_client::tx::send;

    let (devnet, records) = deployed("coordinator").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let wallet = |key: &str| wallet(&url, key);
    let (admin, admin_at) = wallet(DEV_KEY)?;
    let (validator, validator_at) = wallet(VALIDATOR_KEY)?;
    let tora_at = record.address(names::TORA)?;
    let tora = TORA::new(tora_at, &admin);
    let mut hp = min_hyperparameters()?;
    hp.commit_reveal = false;
    hp.epoch_length = 600;
    hp.close_grace_period = 3600;
    let instance =
        create_first_subnet(&admin, admin_at, &record, "Loop", "time-series", &hp).await?;
    let subnet = Subnet::new(instance, &admin);
    send(
        &admin,
        admin_at,
        tora.approve(instance, parse_ether("100")?)
            .into_transaction_request(),
        "approve",
    )
    .await?;
    send(
        &admin,
        admin_at,
        subnet
            .registerMiner(parse_ether("100")?, "http://127.0.0.1:9101/predict".into())
            .into_transaction_request(),
        "miner",
    )
    .await?;
    send(
        &admin,
        admin_at,
        tora.transfer(validator_at, parse_ether("1000")?)
            .into_transaction_request(),
        "fund",
    )
    .await?;
    let as_validator = Subnet::new(instance, &validator);
    let token = TORA::new(tora_at, &validator);
    send(
        &validator,
        validator_at,
        token
            .approve(instance, parse_ether("1000")?)
            .into_transaction_request(),
        "approve",
    )
    .await?;
    send(
        &validator,
        validator_at,
        as_validator
            .registerValidator(parse_ether("1000")?)
            .into_transaction_request(),
        "validator",
    )
    .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (2u64,))
        .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    send(
        &validator,
        validator_at,
        as_validator
            .submitScores(vec![0u8, 9, 0, 0].into(), vec![])
            .into_transaction_request(),
        "scores",
    )
    .await?;
    let end = subnet.epochInfo().call().await?.end;
    admin
        .raw_request::<_, serde_json::Value>("evm_setNextBlockTimestamp".into(), (u64::from(end),))
        .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;

    // The first chunk (column 0) lands; then the closer "dies".
    let c = tensora_client::consensus::compute(
        &admin,
        instance,
        record.address(names::VALIDATOR_TRUST)?,
        0,
    )
    .await?;
    assert_eq!(c.weights.len(), 2);
    send(
        &admin,
        admin_at,
        subnet
            .closeEpoch(c.encode(0, 1).into(), c.encode_rows(0, 1).into())
            .into_transaction_request(),
        "first chunk",
    )
    .await?;
    let info = subnet.epochInfo().call().await?;
    assert_eq!((info.epoch, info.closeCursor), (0, 1), "mid-close");

    // A dry run plans the rest of the close as the coordinator will send it, and sends nothing.
    let out = tensora(&[
        "epoch",
        "close",
        "--subnet",
        "1",
        "--dry-run",
        "--json",
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
        "--private-key",
        DEV_KEY,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(plan["chunks"].as_array().map(Vec::len), Some(1), "{plan}");
    assert_eq!(
        (&plan["chunks"][0]["from"], &plan["chunks"][0]["columns"]),
        (&serde_json::json!(1), &serde_json::json!(1)),
        "{plan}"
    );
    let still = subnet.epochInfo().call().await?;
    assert_eq!(
        (still.epoch, still.closeCursor),
        (0, 1),
        "the dry run sent nothing"
    );

    let out = tensora(&[
        "coordinator",
        "run",
        "--subnet",
        "1",
        "--once",
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
        "--private-key",
        DEV_KEY,
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let events: Vec<serde_json::Value> = text(&out)
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let chunk = events
        .iter()
        .find(|e| e["event"] == "chunk")
        .ok_or("no chunk event logged")?;
    assert_eq!(chunk["from"], 1, "resumed at the cursor: {chunk}");
    assert_eq!(chunk["target"], "tensora::coordinator", "{chunk}");
    let closed = events
        .iter()
        .find(|e| e["event"] == "closed")
        .ok_or("no closed event logged")?;
    assert_eq!(closed["closed"], true, "{closed}");
    assert_eq!(subnet.epochInfo().call().await?.epoch, 1);
    let closes = admin
        .get_logs(
            &alloy::rpc::types::Filter::new()
                .address(instance)
                .event_signature(Subnet::EpochClosed::SIGNATURE_HASH)
                .from_block(0),
        )
        .await?;
    assert_eq!(closes.len(), 1, "epoch 0 closed exactly once");
    fails_with(
        &tensora(&[
            "epoch",
            "close",
            "--subnet",
            "1",
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
            "--private-key",
            DEV_KEY,
        ]),
        "WrongPhase",
    );
    devnet.stop().await?;
    Ok(())
}

/// The loop closes: two miners serve different models over HTTP, a third never answers; the
/// validator service queries them on real S&P 500 tasks, scores, commits and reveals; the
/// coordinator closes the epoch. The better miner scores higher, the silent one scores 0, is
/// flagged, and (strike limit 1) is slashed at the close.
#[tokio::test]
async fn miners_validator_and_coordinator_close_the_loop() -> Result<(), Box<dyn std::error::Error>>
{
    close_the_loop(
        "predictia",
        "/predict",
        ["holt", "naive"],
        "time-series",
        &["--tasks", "6"],
    )
    .await
}

/// The same loop for Linguista: apertium and the word-by-word translator on English-to-Spanish
/// verses of Debian's Bibles; the full pipeline scores higher.
#[tokio::test]
async fn linguista_miners_validator_and_coordinator_close_the_loop()
-> Result<(), Box<dyn std::error::Error>> {
    close_the_loop(
        "linguista",
        "/infer",
        ["apertium", "word-by-word"],
        "nlp",
        &["--tasks", "6"],
    )
    .await
}

/// The same loop for Visiona: the MLP with PP-OCRv4 and the linear classifier with the small
/// text reader, on 200 Fashion-MNIST test images (each among all ten categories) and 3 rendered
/// text images; the first scores higher.
#[tokio::test]
async fn visiona_miners_validator_and_coordinator_close_the_loop()
-> Result<(), Box<dyn std::error::Error>> {
    close_the_loop(
        "visiona",
        "/infer",
        ["mlp --ocr ppocr", "linear --ocr ppocr-small"],
        "vision",
        &["--tasks", "200", "--choices", "10", "--text-tasks", "3"],
    )
    .await
}

async fn close_the_loop(
    kind: &str,
    route: &str,
    models: [&str; 2],
    inference_type: &str,
    tasks: &[&str],
) -> Result<(), Box<dyn std::error::Error>> {
    use alloy::primitives::{U256, utils::parse_ether};
    use tensora_bindings::Subnet;

    const KEYS: [&str; 4] = [
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // validator
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", // miner: holt
        "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", // miner: naive
        "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a", // miner: silent
    ];
    let (devnet, records) = deployed(&format!("loop-{kind}")).await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let wallet = |key: &str| wallet(&url, key);
    let (admin, admin_at) = wallet(DEV_KEY)?;
    let mut hp = min_hyperparameters()?;
    (
        hp.commit_reveal,
        hp.epoch_length,
        hp.reveal_window,
        hp.task_timeout,
    ) = (true, 600, 60, if kind == "visiona" { 8 } else { 2 });
    // (Visiona reads text with PP-OCRv4: under a second on an idle machine in a debug build,
    // several times that while CI runs the other tests beside it.)
    (hp.strike_limit, hp.slashing_rate_bps, hp.close_grace_period) = (1, 1000, 600);
    (hp.max_slots, hp.max_validators, hp.immunity_period) = (16, 4, 3600);
    let instance =
        create_first_subnet(&admin, admin_at, &record, kind, inference_type, &hp).await?;

    // Miners serve (killed when the test ends, pass or fail); the third registers an endpoint
    // nobody listens on.
    let mut servers = Children::default();
    let mut endpoints = Vec::new();
    for model in [models[0], models[1], "silent"] {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        endpoints.push(format!("http://127.0.0.1:{port}{route}"));
        if model != "silent" {
            servers.0.push(
                std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
                    .args([
                        "miner",
                        "serve",
                        "--kind",
                        kind,
                        "--listen",
                        &format!("127.0.0.1:{port}"),
                        "--model",
                    ])
                    // `model` may carry more flags after the name (`linear --ocr ppocr-small`).
                    .args(model.split(' '))
                    .stdout(std::process::Stdio::null())
                    .spawn()?,
            );
        }
    }
    join_subnet(
        &url,
        (&admin, admin_at),
        &record,
        instance,
        &KEYS,
        &endpoints,
    )
    .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (2u64,))
        .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await; // servers up

    // Predictia: forecast feeds for the subnet, one feed 60 s ahead (outcomes reported for the
    // default day).
    let feeds = if kind == "predictia" {
        let create = || {
            tensora(&[
                "--json",
                "forecast",
                "create",
                "--subnet",
                "1",
                "--rpc-url",
                &url,
                "--deployments",
                &dir,
                "--private-key",
                DEV_KEY,
                "--yes",
            ])
        };
        let created = create();
        assert!(created.status.success(), "{}", text(&created));
        let created = last_json(&created);
        let feeds = created["feeds"].as_str().unwrap_or_default().to_owned();
        // One set of feeds per subnet: a second create is refused before anything is sent.
        let again = create();
        let at: alloy::primitives::Address = feeds.parse()?;
        fails_with(&again, &format!("already has its forecast feeds at {at}"));
        // The owner lists the feed naming the subnet: the factory says where its feeds are.
        let listed = tensora(&[
            "forecast",
            "add-feed",
            "--subnet",
            "1",
            "--asset",
            "ETH/USDT",
            "--horizon",
            "60",
            "--tolerance",
            "1%",
            "--stale-after",
            "3600",
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
            "--private-key",
            DEV_KEY,
            "--yes",
        ]);
        assert!(listed.status.success(), "{}", text(&listed));
        Some(feeds)
    } else {
        None
    };
    let feeds_args: Vec<&str> = feeds
        .as_deref()
        .map(|f| vec!["--forecast-feeds", f])
        .unwrap_or_default();

    // The validator commits now, then reveals once the chain reaches the reveal phase.
    let salts = records.join("salts").display().to_string();
    let validator = std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args([
            "validator",
            "run",
            "--subnet",
            "1",
            "--once",
            "--poll-seconds",
            "1",
            "--kind",
            kind,
        ])
        .args(tasks)
        .args(&feeds_args)
        .args([
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
            "--private-key",
            KEYS[0],
            "--salt-dir",
            &salts,
            "--json",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let subnet = Subnet::new(instance, &admin);
    let info = subnet.epochInfo().call().await?;
    // Wait for the commit on chain (the salt file is written before the commit is sent).
    let commits = alloy::rpc::types::Filter::new()
        .address(instance)
        .event_signature(<Subnet::ScoresCommitted as alloy::sol_types::SolEvent>::SIGNATURE_HASH)
        .from_block(0);
    for _ in 0..300 {
        if !admin.get_logs(&commits).await?.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    admin
        .raw_request::<_, serde_json::Value>(
            "evm_setNextBlockTimestamp".into(),
            (u64::from(info.revealFrom),),
        )
        .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    let out = validator.wait_with_output()?;
    let log = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{log}");
    let events: Vec<serde_json::Value> = log
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert!(
        events
            .iter()
            .any(|e| e["event"] == "committed" && e["miners"] == 3),
        "{log}"
    );
    let mut scored: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["event"] == "scored").collect();
    scored.sort_by_key(|e| e["uid"].as_u64());
    let scores: Vec<u64> = scored
        .iter()
        .map(|m| m["score"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(scores.len(), 3, "{log}");
    assert_eq!(scores[2], 0, "the silent miner scores 0: {log}");
    assert!(
        scored[2]["miss_reasons"]
            .as_str()
            .is_some_and(|r| r.contains("cannot connect")),
        "the silent miner's miss is explained: {log}"
    );
    assert!(
        scores[0] > 0 && scores[1] > 0 && scores[0] != scores[1],
        "the models differ: {log}"
    );
    assert!(log.contains("\"revealed\""), "{log}");

    // The coordinator closes the epoch; the silent miner is flagged and slashed.
    admin
        .raw_request::<_, serde_json::Value>(
            "evm_setNextBlockTimestamp".into(),
            (u64::from(info.end),),
        )
        .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    let out = tensora(&[
        "coordinator",
        "run",
        "--subnet",
        "1",
        "--once",
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
        "--private-key",
        DEV_KEY,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(subnet.epochInfo().call().await?.epoch, 1);
    if let Some(feeds) = &feeds {
        assert!(
            events.iter().any(|e| e["event"] == "forecasts_published"),
            "{log}"
        );
        forecast_round_request_and_settlement(&url, &dir, feeds, KEYS[0], &salts).await?;
    }
    let silent = wallet(KEYS[3])?.1;
    let bond = subnet.memberOf(silent).call().await?.bond;
    assert!(
        U256::from(bond) < parse_ether("100")?,
        "the silent miner was slashed (bond {bond})"
    );

    // A dApp's query: the best-scored miner answers; with it dead, the next one does.
    let best = usize::from(scores[1] > scores[0]);
    let (best_uid, other_uid) = (scored[best]["uid"].clone(), scored[1 - best]["uid"].clone());
    let task = records.join("task.json");
    std::fs::write(&task, query_task(kind).to_string())?;
    let task = task.display().to_string();
    // The subnet by name, in any case.
    let upper = kind.to_uppercase();
    let query_named = |subnet: &str, extra: &[&str]| {
        let mut args = vec![
            "query",
            "--subnet",
            subnet,
            "--task",
            &task,
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
        ];
        args.extend_from_slice(extra);
        tensora(&args)
    };
    let query = |extra: &[&str]| query_named(kind, &[&["--json"][..], extra].concat());
    let answered = |o: &std::process::Output| -> serde_json::Value {
        assert!(o.status.success(), "{}", text(o));
        serde_json::from_slice(&o.stdout).unwrap_or_default()
    };
    let first = answered(&query_named(&upper, &["--json"]));
    assert_eq!(first["miner"]["uid"], best_uid, "{first}");
    assert_eq!(first["failed"], serde_json::json!([]), "{first}");
    assert_eq!(first["inferenceType"], inference_type, "{first}");
    let field = match kind {
        "predictia" => "prediction",
        "visiona" => "category",
        _ => "text",
    };
    assert!(!first["answer"][field].is_null(), "{first}");
    // The answer names the model that gave it (the first word: flags after it pick others).
    assert_eq!(
        first["answer"]["model"].as_str(),
        models[best].split(' ').next(),
        "{first}"
    );

    servers.0[best].kill()?;
    servers.0[best].wait()?;
    let failover = answered(&query(&[]));
    assert_eq!(failover["miner"]["uid"], other_uid, "{failover}");
    assert_eq!(failover["failed"][0]["uid"], best_uid, "{failover}");
    assert!(
        failover["failed"][0]["reason"]
            .as_str()
            .is_some_and(|r| r.starts_with("cannot connect")),
        "{failover}"
    );
    // By latency the live miner comes first: the dead and the silent ones do not answer /health.
    let fastest = answered(&query(&["--by", "latency"]));
    assert_eq!(fastest["miner"]["uid"], other_uid, "{fastest}");
    assert_eq!(fastest["failed"], serde_json::json!([]), "{fastest}");
    assert!(fastest["miner"]["latency"].as_f64().is_some(), "{fastest}");
    fails_with(&query(&["--top", "1"]), "none of the 1 miner(s) asked");
    fails_with(&query(&["--top", "0"]), "--top must be at least 1");
    std::fs::write(&task, r#"{"type":"chat","message":"hi"}"#)?;
    fails_with(&query(&[]), &format!("is not a {inference_type} task"));
    fails_with(
        &query_named("Nonesuch", &[]),
        "no subnet is named or numbered \"Nonesuch\"",
    );
    drop(servers);
    devnet.stop().await?;
    Ok(())
}

/// After the first Predictia epoch closed: its round is finalized and read, a request is
/// recorded and read back, and the validator service reports the outcome at the horizon and
/// settles the round once the report window closed.
async fn forecast_round_request_and_settlement(
    url: &str,
    dir: &str,
    feeds: &str,
    validator_key: &str,
    salts: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let chain = ["--rpc-url", url, "--deployments", dir];
    let json = |args: &[&str]| -> Result<serde_json::Value, Box<dyn std::error::Error>> {
        let out = tensora(&[&["--json"][..], args, &chain[..]].concat());
        assert!(out.status.success(), "{}", text(&out));
        Ok(last_json(&out))
    };
    json(&[
        "forecast",
        "finalize",
        "--feeds",
        feeds,
        "--private-key",
        DEV_KEY,
        "--yes",
    ])?;
    let key = ["--feeds", feeds, "--asset", "ETH/USDT", "--horizon", "60"];
    let latest = json(&[&["forecast", "latest"][..], &key[..]].concat())?;
    let round = &latest["latest"];
    assert_eq!(round["id"], 1, "{latest}");
    assert_eq!(round["epoch"], 0, "{latest}");
    assert_eq!(round["publishers"], 1, "{latest}");
    // One validator of one: agreement 1, participation 1, accuracy 0.5 before any settlement.
    assert_eq!(round["confidence"], 50, "{latest}");
    let prediction = round["prediction"].as_f64().unwrap_or(f64::NAN);
    assert!(prediction.abs() < 0.5, "a relative change: {latest}");

    let requested = json(
        &[
            &["forecast", "request"][..],
            &key[..],
            &["--private-key", DEV_KEY, "--yes"][..],
        ]
        .concat(),
    )?;
    assert_eq!(requested["round"], 1, "{requested}");
    assert_eq!(requested["confidence"], 50, "{requested}");
    let id = requested["requestId"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let got = json(&["forecast", "get", "--feeds", feeds, "--request-id", &id])?;
    assert_eq!(got["prediction"], requested["prediction"], "{got}");
    assert_eq!(got["confidence"], 50, "{got}");

    // The validator service reports the outcome at the horizon and settles after the window.
    let (admin, _) = wallet(url, DEV_KEY)?;
    let feeds_at: alloy::primitives::Address = feeds.parse()?;
    let published = round["publishedAt"].as_u64().unwrap_or(0);
    let service = std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args([
            "validator",
            "run",
            "--subnet",
            "1",
            "--poll-seconds",
            "1",
            "--kind",
            "predictia",
        ])
        .args([
            "--forecast-feeds",
            feeds,
            "--salt-dir",
            salts,
            "--private-key",
            validator_key,
        ])
        .args(chain)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let _service = Children(vec![service]);
    let wait_for = |signature: alloy::primitives::B256| {
        let admin = admin.clone();
        async move {
            let filter = alloy::rpc::types::Filter::new()
                .address(feeds_at)
                .event_signature(signature)
                .from_block(0);
            for _ in 0..300 {
                if !admin.get_logs(&filter).await?.is_empty() {
                    return Ok::<bool, Box<dyn std::error::Error>>(true);
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Ok(false)
        }
    };
    use alloy::sol_types::SolEvent;
    use tensora_bindings::ForecastFeeds;
    tensora_devnet::mine_at(&admin, published + 60).await?;
    assert!(
        wait_for(ForecastFeeds::OutcomeReported::SIGNATURE_HASH).await?,
        "the validator reported the outcome at the horizon"
    );
    tensora_devnet::mine_at(&admin, published + 60 + 86_400).await?;
    assert!(
        wait_for(ForecastFeeds::RoundSettledAgainstOutcome::SIGNATURE_HASH).await?,
        "the validator settled the round after the report window"
    );
    let settled = json(&[&["forecast", "latest"][..], &key[..]].concat())?;
    assert_eq!(settled["settledRounds"], 1, "{settled}");
    assert!(
        settled["latest"]["realised"].as_f64().is_some(),
        "{settled}"
    );
    assert_ne!(
        settled["accuracy"], 0.5,
        "the accuracy record moved: {settled}"
    );
    // The miners who forecast the round moved their own records (kept beside the salts): the
    // two that answered, each by its own error; the silent one has none and stays at 0.5.
    let file = std::path::Path::new(salts).join(format!("miner-records-{feeds_at:#x}.json"));
    let records: serde_json::Value = serde_json::from_slice(&std::fs::read(&file)?)?;
    let accuracy = records["accuracy"]
        .as_object()
        .ok_or("no accuracy records")?;
    assert_eq!(accuracy.len(), 2, "{records}");
    for (miner, record) in accuracy {
        let r = record.as_f64().unwrap_or(f64::NAN);
        assert!(r > 0.0 && r < 1.0 && (r - 0.5).abs() > 1e-9, "{miner}: {r}");
    }
    assert_eq!(records["pending"], serde_json::json!({}), "{records}");
    Ok(())
}

/// A task of `kind` as a dApp writes it.
fn query_task(kind: &str) -> serde_json::Value {
    if kind == "visiona" {
        let split = tensora_visiona::data::load(&tensora_visiona::data::dir(), "t10k")
            .expect("dataset-fashion-mnist (script/setup.sh)");
        return serde_json::json!({
            "task": "classify", "image_url": tensora_visiona::image::data_url(&split.images[0]),
            "categories": ["Sandal", "Ankle boot"],
        });
    }
    if kind == "predictia" {
        let history: Vec<serde_json::Value> = (0..30)
            .map(|i| {
                let close = 4000.0 + f64::from(i) * 3.0;
                serde_json::json!({
                    "open": close, "high": close + 5.0, "low": close - 5.0, "close": close,
                    "volume": 1.0e9,
                })
            })
            .collect();
        serde_json::json!({
            "type": "price_prediction", "asset": "SPX", "horizon": "1d",
            "features": ["open", "high", "low", "close", "volume"], "history": history,
        })
    } else {
        serde_json::json!({
            "type": "translation", "source_lang": "en", "target_lang": "es",
            "text": "In the beginning God created the heavens and the earth.",
        })
    }
}

/// `tensora indexer serve` indexes a deployed devnet and answers GraphQL at the URL of its ready
/// line until SIGTERM, then exits 0; `indexer run` on the same database resumes where it stopped.
#[tokio::test]
async fn indexer_serves_graphql_until_sigterm() -> Result<(), Box<dyn std::error::Error>> {
    let (devnet, records) = deployed("indexer-serve").await?;
    let db = records.join("index.sqlite");
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let mut child = Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args([
            "indexer",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--confirmations",
            "0",
        ])
        .args([
            "--poll-seconds",
            "1",
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
            "--db",
        ])
        .arg(&db)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let (api, _) = ready_line(&mut child, 60)?;
    let http = reqwest::Client::new();
    let head = devnet_head(&url).await?;
    let mut answer = serde_json::Value::Null;
    for _ in 0..30 {
        answer = http
            .post(&api)
            .json(&serde_json::json!({"query": "{ _meta { block { number } } subnets { id } }"}))
            .send()
            .await?
            .json()
            .await?;
        if answer["data"]["_meta"]["block"]["number"].as_u64() >= Some(head) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    assert!(
        answer["data"]["_meta"]["block"]["number"].as_u64() >= Some(head),
        "indexed to the head ({head}): {answer}"
    );
    assert_eq!(answer["data"]["subnets"], serde_json::json!([]), "{answer}");
    // The same process serves the Subnet Explorer at `/`, with its assets compiled in.
    let root = api.trim_end_matches("graphql");
    let page = http.get(root).send().await?;
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await?
            .contains("<title>Tensora Subnet Explorer</title>"),
        "the explorer page at {root}"
    );
    let script = http.get(format!("{root}assets/explorer.js")).send().await?;
    assert_eq!(script.status(), 200, "the explorer's script");
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()?;
    let out = child.wait_with_output()?;
    assert!(out.status.success(), "{}", text(&out));
    let again = tensora(&[
        "indexer",
        "run",
        "--confirmations",
        "0",
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
        "--db",
        &db.display().to_string(),
    ]);
    assert!(again.status.success(), "{}", text(&again));
    assert!(
        text(&again).contains("indexed up to block"),
        "{}",
        text(&again)
    );

    // The same into PostgreSQL (a cluster of the test's own), the connection string from the
    // environment, never printed; a second run resumes from the database.
    let cluster = tensora_testkit::postgres::PostgresCluster::start().map_err(|e| e.to_string())?;
    let pg = format!(
        "{} password=s3cret",
        cluster.database("cli").map_err(|e| e.to_string())?
    );
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_tensora"))
            .args(["indexer", "run", "--confirmations", "0", "--rpc-url", &url])
            .args(["--deployments", &dir])
            .env("TENSORA_INDEXER_POSTGRES", &pg)
            .output()
    };
    for pass in ["first", "resumed"] {
        let out = run()?;
        assert!(out.status.success(), "{pass}: {}", text(&out));
        assert!(text(&out).contains("indexed up to block"), "{}", text(&out));
        assert!(!text(&out).contains("s3cret"), "{}", text(&out));
    }
    devnet.stop().await?;
    Ok(())
}

/// Waits up to `seconds` for the `ready <url>` line on `child`'s stdout (piped); the URL and
/// what it printed up to it. Kills the child when none comes.
fn ready_line(
    child: &mut std::process::Child,
    seconds: u64,
) -> Result<(String, String), Box<dyn std::error::Error>> {
    use std::io::BufRead;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (lines, ready) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let mut printed = String::new();
    loop {
        let Ok(line) = ready.recv_timeout(std::time::Duration::from_secs(seconds)) else {
            let _ = child.kill();
            return Err(format!("no ready line; it printed: {printed}").into());
        };
        printed.push_str(&line);
        printed.push('\n');
        if let Some(url) = line.strip_prefix("ready ") {
            return Ok((url.to_owned(), printed));
        }
    }
}

/// The devnet's latest block number.
async fn devnet_head(url: &str) -> Result<u64, Box<dyn std::error::Error>> {
    let p = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    Ok(p.get_block_number().await?)
}

/// `tensora bundler` serves the EntryPoint v0.7 of a devnet until SIGTERM, prints a ready line
/// with its URL, and never prints its keys.
#[tokio::test]
async fn bundler_serves_until_sigterm() -> Result<(), Box<dyn std::error::Error>> {
    let devnet = devnet().await?;
    // anvil's dev accounts 7 and 8 (public test keys).
    let executor = "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356";
    let utility = "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97";
    let mut child = Command::new(env!("CARGO_BIN_EXE_tensora"))
        .current_dir(repo())
        .args([
            "bundler",
            "--rpc-url",
            &devnet.url,
            "--executor-key",
            executor,
            "--utility-key",
            utility,
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let (url, printed) = ready_line(&mut child, 120)?;
    let bundler = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    let entry_points: Vec<alloy::primitives::Address> = bundler
        .raw_request("eth_supportedEntryPoints".into(), Vec::<()>::new())
        .await?;
    assert_eq!(
        entry_points,
        vec![tensora_client::canonical::ENTRY_POINT_V07]
    );
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()?;
    let out = child.wait_with_output()?;
    assert!(out.status.success(), "{}", text(&out));
    let all = format!("{printed}{}", text(&out));
    assert!(
        !all.contains(&executor[2..]) && !all.contains(&utility[2..]),
        "{all}"
    );
    devnet.stop().await?;
    Ok(())
}
