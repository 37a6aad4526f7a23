//! `tensora request` on a devnet: a request escrowed with `--approve`, answered by two miners,
//! scored by the validator, released by its scores and withdrawn; another refunded after its
//! deadline; the status at each step.

use alloy::primitives::U256;
use alloy::primitives::utils::parse_ether;
use alloy::providers::Provider;
use tensora_bindings::{InferenceRequests, Subnet, TORA, names};
use tensora_client::tx::send;

use super::common::{
    DEV_KEY, create_first_subnet, deployed, last_json, min_hyperparameters, tensora, text, wallet,
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
    for (i, key) in KEYS.iter().enumerate() {
        let (p, at) = wallet(&url, key)?;
        send(
            &admin,
            admin_at,
            tora.transfer(at, parse_ether("1000")?)
                .into_transaction_request(),
            "fund",
        )
        .await?;
        send(
            &p,
            at,
            TORA::new(*tora.address(), &p)
                .approve(instance, parse_ether("1000")?)
                .into_transaction_request(),
            "approve",
        )
        .await?;
        let s = Subnet::new(instance, &p);
        let call = if i == 0 {
            s.registerValidator(parse_ether("1000")?)
                .into_transaction_request()
        } else {
            s.registerMiner(
                parse_ether("100")?,
                format!("http://127.0.0.1:{}/infer", 9000 + i),
            )
            .into_transaction_request()
        };
        send(&p, at, call, "register").await?;
    }

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
