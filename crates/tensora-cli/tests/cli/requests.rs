//! `tensora request` on a devnet: a request escrowed with `--approve`, answered by two miners,
//! scored by the validator, released by its scores and withdrawn; another refunded after its
//! deadline; the status at each step.

use alloy::primitives::U256;
use alloy::primitives::utils::parse_ether;
use alloy::providers::Provider;
use tensora_bindings::{InferenceRequests, Subnet, TORA, names};
use tensora_client::tx::send;

use super::common::{
    Children, DEV_KEY, create_first_subnet, deployed, join_subnet, last_json, min_hyperparameters,
    tensora, text, wallet,
};

const KEYS: [&str; 3] = [
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // validator
    "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", // miner
    "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", // miner
];

#[tokio::test]
async fn escrowed_request_answered_scored_released_and_refunded()
-> Result<(), Box<dyn std::error::Error>> {
    let (devnet, records) = deployed("requests").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let (admin, admin_at) = wallet(&url, DEV_KEY)?;
    let tora = TORA::new(record.address(names::TORA)?, &admin);
    let requests_at = record.address(names::INFERENCE_REQUESTS)?;
    let mut hp = min_hyperparameters()?;
    (hp.max_slots, hp.max_validators) = (8, 4);
    let instance = create_first_subnet(&admin, admin_at, &record, "Linguista", "nlp", &hp).await?;
    let endpoints: Vec<String> = (1..KEYS.len())
        .map(|i| format!("http://127.0.0.1:{}/infer", 9000 + i))
        .collect();
    join_subnet(
        &url,
        (&admin, admin_at),
        &record,
        instance,
        &KEYS,
        &endpoints,
    )
    .await?;

    let chain = ["--rpc-url", url.as_str(), "--deployments", dir.as_str()];
    let run = |args: &[&str]| tensora(&[&["--json"][..], args, &chain[..]].concat());
    // Stake registered during an epoch weighs from the next one: close the first epoch.
    let end = Subnet::new(instance, &admin).epochInfo().call().await?.end;
    tensora_devnet::mine_at(&admin, u64::from(end)).await?;
    let closed = run(&[
        "epoch",
        "close",
        "--subnet",
        "1",
        "--private-key",
        DEV_KEY,
        "--yes",
    ]);
    assert!(closed.status.success(), "{}", text(&closed));
    let task = records.join("task.json");
    std::fs::write(
        &task,
        r#"{"type":"translation","source_lang":"en","target_lang":"es","text":"Hello"}"#,
    )?;
    let task = task.display().to_string();
    let create = |extra: &[&str]| {
        run(&[
            &[
                "request",
                "create",
                "--subnet",
                "1",
                "--task",
                &task,
                "--fee",
                "10",
                "--redundancy",
                "2",
                "--answer-within",
                "120",
                "--private-key",
                DEV_KEY,
                "--yes",
            ][..],
            extra,
        ]
        .concat())
    };
    // Without --approve nothing is approved or sent.
    let refused = create(&[]);
    assert!(
        !refused.status.success() && text(&refused).contains("pass --approve"),
        "{}",
        text(&refused)
    );
    let created = create(&["--approve"]);
    assert!(created.status.success(), "{}", text(&created));
    assert_eq!(last_json(&created)["id"], 1, "{}", text(&created));
    assert_eq!(
        tora.balanceOf(requests_at).call().await?,
        parse_ether("10")?
    );

    // Two miners answer; the validator scores them 3:1 once answering closed.
    let contract = |key: &str| -> Result<_, Box<dyn std::error::Error>> {
        let (p, at) = wallet(&url, key)?;
        Ok((InferenceRequests::new(requests_at, p.clone()), p, at))
    };
    for (key, output) in [(KEYS[1], "Hola"), (KEYS[2], "Buenas")] {
        let (c, p, at) = contract(key)?;
        send(
            &p,
            at,
            c.answer(U256::from(1), output.as_bytes().to_vec().into())
                .into_transaction_request(),
            "answer",
        )
        .await?;
    }
    let (c, p, at) = contract(KEYS[0])?;
    send(
        &p,
        at,
        c.scoreAnswers(U256::from(1), vec![60_000, 20_000])
            .into_transaction_request(),
        "score",
    )
    .await?;
    let status = run(&["request", "status", "--id", "1"]);
    assert!(status.status.success(), "{}", text(&status));
    let s = last_json(&status);
    assert_eq!(s["status"], "open", "{s}");
    assert_eq!(s["answers"].as_array().map(Vec::len), Some(2), "{s}");
    let early = run(&[
        "request",
        "release",
        "--id",
        "1",
        "--private-key",
        DEV_KEY,
        "--yes",
    ]);
    assert!(
        !early.status.success() && text(&early).contains("NotYet"),
        "{}",
        text(&early)
    );

    let closes = s["scoreWindowCloses"].as_u64().unwrap_or(0);
    tensora_devnet::mine_at(&admin, closes).await?;
    let released = run(&[
        "request",
        "release",
        "--id",
        "1",
        "--private-key",
        DEV_KEY,
        "--yes",
    ]);
    assert!(released.status.success(), "{}", text(&released));
    let s = last_json(&run(&["request", "status", "--id", "1"]));
    assert_eq!(s["status"], "released", "{s}");
    let (_, miner1) = wallet(&url, KEYS[1])?;
    assert_eq!(s["result"]["miner"], serde_json::json!(miner1), "{s}");
    assert_eq!(s["result"]["score"], 60_000, "{s}");
    let before = tora.balanceOf(miner1).call().await?;
    let withdrawn = run(&["request", "withdraw", "--private-key", KEYS[1], "--yes"]);
    assert!(withdrawn.status.success(), "{}", text(&withdrawn));
    assert_eq!(
        tora.balanceOf(miner1).call().await? - before,
        parse_ether("7.5")?,
        "3/4 of the fee"
    );
    let again = run(&["request", "withdraw", "--private-key", KEYS[1], "--yes"]);
    assert!(
        !again.status.success() && text(&again).contains("is owed nothing"),
        "{}",
        text(&again)
    );

    // An unanswered request: refunded after its deadline, by anyone; the requester withdraws it.
    let second = create(&["--approve"]);
    assert_eq!(last_json(&second)["id"], 2, "{}", text(&second));
    let early = run(&[
        "request",
        "refund",
        "--id",
        "2",
        "--private-key",
        KEYS[2],
        "--yes",
    ]);
    assert!(
        !early.status.success() && text(&early).contains("NotYet"),
        "{}",
        text(&early)
    );
    let deadline = InferenceRequests::new(requests_at, &admin)
        .requestOf(U256::from(2))
        .call()
        .await?
        .deadline;
    tensora_devnet::mine_at(&admin, u64::from(deadline)).await?;
    let refunded = run(&[
        "request",
        "refund",
        "--id",
        "2",
        "--private-key",
        KEYS[2],
        "--yes",
    ]);
    assert!(refunded.status.success(), "{}", text(&refunded));
    assert_eq!(
        last_json(&run(&["request", "status", "--id", "2"]))["status"],
        "refunded"
    );
    let before = tora.balanceOf(admin_at).call().await?;
    let out = run(&["request", "withdraw", "--private-key", DEV_KEY, "--yes"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        tora.balanceOf(admin_at).call().await? - before,
        parse_ether("10")?
    );
    let missing = run(&["request", "status", "--id", "9"]);
    assert!(
        !missing.status.success() && text(&missing).contains("request 9 does not exist"),
        "{}",
        text(&missing)
    );
    assert_eq!(
        tora.balanceOf(requests_at).call().await?,
        parse_ether("2.5")?,
        "miner 2's share waits"
    );
    let _ = admin.get_block_number().await?;
    devnet.stop().await?;
    Ok(())
}

/// The services: three Linguista miners (apertium twice, word-by-word once) run `tensora miner
/// serve --outputs-dir` and `tensora miner answer`, the validator runs `tensora validator run
/// --requests`. A short request is answered inline, a long one by hash (outputs over 1 KiB, served
/// by the miners and fetched by the validator); the validator scores both against its panel's
/// reference and releases them, and the word-by-word miner, the odd one out, earns least.
#[tokio::test]
async fn services_answer_score_and_release_requests() -> Result<(), Box<dyn std::error::Error>> {
    const KEYS: [&str; 4] = [
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // validator
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", // apertium
        "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", // apertium
        "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a", // word-by-word
    ];
    const MODELS: [&str; 3] = ["apertium", "apertium", "word-by-word"];
    let (devnet, records) = deployed("requests-services").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let (admin, admin_at) = wallet(&url, DEV_KEY)?;
    let requests_at = record.address(names::INFERENCE_REQUESTS)?;
    let mut hp = min_hyperparameters()?;
    (hp.max_slots, hp.max_validators, hp.task_timeout) = (8, 4, 5);
    let instance = create_first_subnet(&admin, admin_at, &record, "Linguista", "nlp", &hp).await?;
    let chain = ["--rpc-url", url.as_str(), "--deployments", dir.as_str()];

    let mut children = Children::default();
    let mut bases = Vec::new();
    for (i, model) in MODELS.iter().enumerate() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let outputs = records.join(format!("outputs-{i}"));
        std::fs::create_dir_all(&outputs)?;
        children.0.push(
            std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
                .args(["miner", "serve", "--kind", "linguista", "--model", model])
                .args(["--listen", &format!("127.0.0.1:{port}")])
                .arg("--outputs-dir")
                .arg(&outputs)
                .stdout(std::process::Stdio::null())
                .spawn()?,
        );
        bases.push((format!("http://127.0.0.1:{port}"), outputs));
    }
    let endpoints: Vec<String> = bases.iter().map(|(b, _)| format!("{b}/infer")).collect();
    join_subnet(
        &url,
        (&admin, admin_at),
        &record,
        instance,
        &KEYS,
        &endpoints,
    )
    .await?;
    // Stake registered during an epoch weighs from the next one: close the first epoch.
    let end = Subnet::new(instance, &admin).epochInfo().call().await?.end;
    tensora_devnet::mine_at(&admin, u64::from(end)).await?;
    let closed = tensora(
        &[
            &[
                "epoch",
                "close",
                "--subnet",
                "1",
                "--private-key",
                DEV_KEY,
                "--yes",
            ][..],
            &chain[..],
        ]
        .concat(),
    );
    assert!(closed.status.success(), "{}", text(&closed));

    for (i, (base, outputs)) in bases.iter().enumerate() {
        children.0.push(
            std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
                .args(["miner", "answer", "--subnet", "1", "--kind", "linguista"])
                .args(["--model", MODELS[i], "--poll-seconds", "1"])
                .arg("--outputs-dir")
                .arg(outputs)
                .args(["--outputs-url", base, "--private-key", KEYS[i + 1]])
                .args(chain)
                .stdout(std::process::Stdio::null())
                .spawn()?,
        );
    }
    children.0.push(
        std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
            .args(["validator", "run", "--subnet", "1", "--kind", "linguista"])
            .args([
                "--requests",
                "--requests-internal-uris", // the miners serve outputs on loopback
                "--poll-seconds",
                "1",
                "--private-key",
                KEYS[0],
            ])
            .arg("--salt-dir")
            .arg(records.join("salts"))
            .args(chain)
            .stdout(std::process::Stdio::null())
            .spawn()?,
    );

    let short = "The light shines in the darkness, and the darkness has not overcome it.";
    let long = [short; 20].join(" ");
    let mut ids = Vec::new();
    for (n, text_in) in [short, long.as_str()].iter().enumerate() {
        let task = records.join(format!("task-{n}.json"));
        std::fs::write(
            &task,
            serde_json::json!({"type": "translation", "source_lang": "en", "target_lang": "es", "text": text_in})
                .to_string(),
        )?;
        let created = tensora(
            &[
                &["--json", "request", "create", "--subnet", "1", "--task"][..],
                &[task.to_str().unwrap_or_default()],
                &["--fee", "30", "--redundancy", "3", "--answer-within", "600"],
                &["--approve", "--private-key", DEV_KEY, "--yes"],
                &chain[..],
            ]
            .concat(),
        );
        assert!(created.status.success(), "{}", text(&created));
        ids.push(U256::from(last_json(&created)["id"].as_u64().unwrap_or(0)));
    }

    // The miners answer (each once), the validator scores once answering closes (three answers).
    let requests = InferenceRequests::new(requests_at, &admin);
    let scored = |id: U256| {
        let admin = admin.clone();
        async move {
            let filter = alloy::rpc::types::Filter::new()
                .address(requests_at)
                .event_signature(<InferenceRequests::AnswersScored as alloy::sol_types::SolEvent>::SIGNATURE_HASH)
                .topic1(alloy::primitives::B256::from(id))
                .from_block(0);
            admin.get_logs(&filter).await.map(|logs| !logs.is_empty())
        }
    };
    for id in &ids {
        let mut waited = 0;
        while !scored(*id).await? {
            waited += 1;
            assert!(
                waited < 240,
                "request {id} was not answered and scored in 120 s: {:?}",
                requests.requestOf(*id).call().await?
            );
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
        let r = requests.requestOf(*id).call().await?;
        assert_eq!(r.answers, 3);
    }
    // Inline for the short one; by hash, with the miner's URL, for the long one.
    assert!(
        !requests
            .outputOf(ids[0], U256::ZERO)
            .call()
            .await?
            .is_empty()
    );
    assert!(
        requests
            .outputOf(ids[1], U256::ZERO)
            .call()
            .await?
            .is_empty()
    );
    let files = std::fs::read_dir(&bases[0].1)?.count();
    assert_eq!(files, 1, "the long answer's output is kept by the miner");

    // The window closes; the validator releases both.
    let last = requests.requestOf(ids[1]).call().await?;
    let (_, closes) = tensora_client::requests::score_window(&last);
    tensora_devnet::mine_at(
        &admin,
        closes.max(
            tensora_client::requests::score_window(&requests.requestOf(ids[0]).call().await?).1,
        ),
    )
    .await?;
    for id in &ids {
        let mut waited = 0;
        while requests.requestOf(*id).call().await?.status != 2 {
            waited += 1;
            assert!(waited < 120, "request {id} was not released in 60 s");
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    }
    // Per miner, what it is owed: the word-by-word miner disagrees with the panel's reference
    // (two apertium answers) and earns least; the whole fee is paid out.
    let mut owed = Vec::new();
    for key in &KEYS[1..] {
        let (_, at) = wallet(&url, key)?;
        owed.push(requests.owed(at).call().await?);
    }
    assert_eq!(owed.iter().copied().sum::<U256>(), parse_ether("60")?);
    assert!(owed[2] < owed[0] && owed[2] < owed[1], "{owed:?}");
    let best = requests.resultOf(ids[1]).call().await?;
    assert_ne!(best.miner, wallet(&url, KEYS[3])?.1);
    drop(children);
    devnet.stop().await?;
    Ok(())
}
