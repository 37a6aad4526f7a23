//! Participant commands against a deployed devnet, each refusal checked to change nothing.

use std::process::Output;

use alloy::providers::Provider;

use super::common::*;

/// Participant commands against a deployed devnet, and a corpus of bad input. Every refused
/// command is checked to leave the signer's balances, allowances, nonce and salt files unchanged.
#[tokio::test]
async fn participant_commands_and_bad_input() -> Result<(), Box<dyn std::error::Error>> {
    let (devnet, records) = deployed("participants").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let salts = std::env::temp_dir().join(format!("tensora-cli-salts-{}", std::process::id()));
    let dev_address = DEV_KEY
        .parse::<alloy::signers::local::PrivateKeySigner>()?
        .address()
        .to_string();
    // A refused command: the expected error, and nothing changed for the two signers.
    macro_rules! refused {
        ($out:expr, $expect:expr $(,)?) => {{
            let before = (
                account_state(&url, &records, &dev_address, &salts).await?,
                account_state(&url, &records, VALIDATOR, &salts).await?,
            );
            fails_with(&$out, $expect);
            let after = (
                account_state(&url, &records, &dev_address, &salts).await?,
                account_state(&url, &records, VALIDATOR, &salts).await?,
            );
            assert_eq!(
                after, before,
                "a refused command changed state ({})",
                $expect
            );
        }};
    }
    let hp = repo()
        .join("deployments/subnets/predictia.toml")
        .display()
        .to_string();
    let with = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--rpc-url", &url, "--deployments", &dir]);
        tensora(&all)
    };
    let signed = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--private-key", DEV_KEY, "--yes"]);
        with(&all)
    };

    // A missing allowance is reported with the flag that fixes it; nothing is sent.
    let create = [
        "subnet",
        "create",
        "--name",
        "Predictia",
        "--type",
        "time-series",
        "--hyperparameters",
        &hp,
    ];
    refused!(signed(&create), "pass --approve");
    let mut approved = create.to_vec();
    approved.push("--approve");
    let out = signed(&approved);
    assert!(out.status.success(), "{}", text(&out));
    refused!(signed(&approved), "NameTaken");

    let out = with(&["subnet", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(list[0]["name"], "Predictia", "{list}");
    let register = [
        "miner",
        "register",
        "--subnet",
        "1",
        "--bond",
        "150",
        "--endpoint",
        "http://127.0.0.1:9101/predict",
    ];
    let mut register_approved = register.to_vec();
    register_approved.push("--approve");
    let dry = signed(&[register_approved.as_slice(), &["--dry-run"]].concat());
    assert!(text(&dry).contains("dry run"), "{}", text(&dry));
    let out = signed(&register_approved);
    assert!(out.status.success(), "{}", text(&out));
    // Nothing serves that endpoint: registering warns (and still registers).
    assert!(
        text(&out).contains("warning: nothing listens at http://127.0.0.1:9101/predict"),
        "{}",
        text(&out)
    );
    assert!(
        text(&out).contains("is miner uid 0 in subnet 1"),
        "{}",
        text(&out)
    );
    let out = with(&[
        "miner",
        "status",
        "--subnet",
        "1",
        "--address",
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        "--json",
    ]);
    let status: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(status["role"], "miner", "{status}");
    let out = with(&["epoch", "status", "--subnet", "1"]);
    assert!(text(&out).contains("epoch 0: commit"), "{}", text(&out));

    // A validator (dev account 1, funded here) commits and reveals scores from a file; the salt
    // is kept on disk in between and removed after the reveal.
    let provider = alloy::providers::ProviderBuilder::new()
        .wallet(alloy::network::EthereumWallet::from(
            DEV_KEY.parse::<alloy::signers::local::PrivateKeySigner>()?,
        ))
        .connect_http(url.parse()?);
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let token =
        tensora_bindings::TORA::new(record.address(tensora_bindings::names::TORA)?, &provider);
    token
        .transfer(
            VALIDATOR.parse()?,
            alloy::primitives::U256::from(5000u64)
                * alloy::primitives::U256::from(10u64).pow(alloy::primitives::U256::from(18u64)),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    let as_validator = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend([
            "--private-key",
            VALIDATOR_KEY,
            "--yes",
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
        ]);
        tensora(&all)
    };
    // --approve never leaves an allowance behind an action that does not happen: a dry run
    // simulates the approval and the action together, and a reverting action approves nothing.
    let instance = tensora_bindings::SubnetRegistry::new(
        record.address(tensora_bindings::names::SUBNET_REGISTRY)?,
        &provider,
    )
    .subnets(alloy::primitives::U256::from(1))
    .call()
    .await?
    .instance;
    let validator_address: alloy::primitives::Address = VALIDATOR.parse()?;
    let allowance = || token.allowance(validator_address, instance);
    let out = as_validator(&[
        "validator",
        "register",
        "--subnet",
        "1",
        "--bond",
        "2000",
        "--approve",
        "--dry-run",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("would succeed"), "{}", text(&out));
    assert!(allowance().call().await?.is_zero(), "a dry run approved");
    refused!(
        as_validator(&[
            "validator",
            "register",
            "--subnet",
            "1",
            "--bond",
            "1",
            "--approve",
        ]),
        "BondBelowMinimum",
    );
    assert!(
        allowance().call().await?.is_zero(),
        "a reverting action left an approval behind"
    );
    let out = as_validator(&[
        "validator",
        "register",
        "--subnet",
        "1",
        "--bond",
        "2000",
        "--approve",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let salt_dir = salts.display().to_string();
    let score_file =
        std::env::temp_dir().join(format!("tensora-cli-scores-{}.toml", std::process::id()));
    std::fs::write(&score_file, "[scores]\n0 = 5000\n")?;
    let score_path = score_file.display().to_string();
    // A score only counts for a miner that registered before the commit (strictly earlier second).
    provider
        .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (1u64,))
        .await?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    let out = as_validator(&[
        "scores",
        "commit",
        "--subnet",
        "1",
        "--file",
        &score_path,
        "--salt-dir",
        &salt_dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read_dir(&salts)?.count(),
        1,
        "the salt is kept until the reveal"
    );
    let kept_salts =
        |dir: &std::path::Path| -> std::io::Result<Vec<(std::path::PathBuf, Vec<u8>)>> {
            let mut all = Vec::new();
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                all.push((path.clone(), std::fs::read(&path)?));
            }
            all.sort();
            Ok(all)
        };
    let landed_salt = kept_salts(&salts)?;
    // A dry run of a re-commit touches no file.
    let out = as_validator(&[
        "scores",
        "commit",
        "--subnet",
        "1",
        "--file",
        &score_path,
        "--salt-dir",
        &salt_dir,
        "--dry-run",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        kept_salts(&salts)?,
        landed_salt,
        "a dry run changed the salt files"
    );
    refused!(
        as_validator(&["scores", "reveal", "--subnet", "1", "--salt-dir", &salt_dir]),
        "WrongPhase",
    );
    let subnet = tensora_bindings::Subnet::new(
        tensora_bindings::SubnetRegistry::new(
            record.address(tensora_bindings::names::SUBNET_REGISTRY)?,
            &provider,
        )
        .subnets(alloy::primitives::U256::from(1))
        .call()
        .await?
        .instance,
        &provider,
    );
    let reveal_from = subnet.epochInfo().call().await?.revealFrom;
    provider
        .raw_request::<_, serde_json::Value>(
            "evm_setNextBlockTimestamp".into(),
            (u64::from(reveal_from),),
        )
        .await?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    // A re-commit that fails (commits are closed now) keeps the landed commit's salt.
    refused!(
        as_validator(&[
            "scores",
            "commit",
            "--subnet",
            "1",
            "--file",
            &score_path,
            "--salt-dir",
            &salt_dir,
        ]),
        "WrongPhase",
    );
    assert_eq!(
        kept_salts(&salts)?,
        landed_salt,
        "a failed re-commit changed the salt files"
    );
    let out = as_validator(&["scores", "reveal", "--subnet", "1", "--salt-dir", &salt_dir]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read_dir(&salts)?.count(),
        0,
        "the salt file is removed once revealed"
    );
    std::fs::write(&score_file, "[scores]\n7 = 5000\n")?;
    refused!(
        as_validator(&[
            "scores",
            "commit",
            "--subnet",
            "1",
            "--file",
            &score_path,
            "--salt-dir",
            &salt_dir,
        ]),
        "slot 7 does not exist",
    );

    // The coordinator (the subnet owner) closes the epoch with the consensus computed off chain.
    refused!(signed(&["epoch", "close", "--subnet", "1"]), "WrongPhase");
    let end = subnet.epochInfo().call().await?.end;
    provider
        .raw_request::<_, serde_json::Value>("evm_setNextBlockTimestamp".into(), (u64::from(end),))
        .await?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    let out = signed(&["epoch", "close", "--subnet", "1"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("epoch 0 closed with 1 validator row(s) in 1 transaction(s)"),
        "{}",
        text(&out)
    );
    assert_eq!(
        subnet
            .latestConsensus(alloy::primitives::U256::ZERO)
            .call()
            .await?,
        u16::MAX,
        "uid 0 got full consensus"
    );

    // Governance from the CLI: delegate, propose weights, vote, queue, execute.
    let advance = |seconds: u64| {
        let provider = &provider;
        async move {
            provider
                .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (seconds,))
                .await?;
            provider
                .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
                .await?;
            Ok::<(), Box<dyn std::error::Error>>(())
        }
    };
    assert!(
        signed(&[
            "gov",
            "delegate",
            "--to",
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
        ])
        .status
        .success()
    );
    advance(2).await?;
    refused!(
        signed(&[
            "emission",
            "propose-weights",
            "--weight",
            "1=20000",
            "--description",
            "x",
        ]),
        "subnet=bps",
    );
    // Weights that could never execute are refused before a proposal is made.
    refused!(
        signed(&[
            "emission",
            "propose-weights",
            "--weight",
            "1=100",
            "--weight",
            "1=200",
            "--description",
            "x",
        ]),
        "given twice",
    );
    refused!(
        signed(&[
            "emission",
            "propose-weights",
            "--weight",
            "9=100",
            "--description",
            "x",
        ]),
        "subnet 9 does not exist",
    );
    let out = signed(&[
        "emission",
        "propose-weights",
        "--weight",
        "1=10000",
        "--description",
        "Predictia gets it all",
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let id = text(&out)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find_map(|v| v["proposalId"].as_str().map(str::to_owned))
        .ok_or("no proposal id")?;
    refused!(
        signed(&["gov", "queue", "--proposal", &id]),
        "is Pending: voting opens",
    );
    advance(2).await?;
    assert!(
        signed(&["gov", "vote", "--proposal", &id, "--support", "for"])
            .status
            .success()
    );
    refused!(
        signed(&["gov", "vote", "--proposal", "latest", "--support", "for"]),
        "already voted",
    );
    advance(301).await?;
    // Proposals are also named by their number in `gov list` and by `latest`.
    let out = with(&["gov", "status", "--proposal", "1"]);
    assert!(text(&out).contains("Succeeded"), "{}", text(&out));
    assert!(text(&out).contains(" TORA"), "{}", text(&out));
    assert_eq!(
        text(&with(&["gov", "status", "--proposal", "latest"])),
        text(&out)
    );
    assert!(
        signed(&["gov", "queue", "--proposal", &id])
            .status
            .success()
    );
    advance(61).await?;
    let out = signed(&["gov", "execute", "--proposal", &id]);
    assert!(out.status.success(), "{}", text(&out));
    let out = with(&["emission", "weights", "--json"]);
    let weights: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(weights[0]["pending"], 10_000, "{weights}");
    assert!(text(&with(&["gov", "list"])).contains("Executed"));

    // The remaining participant and read commands, each against the devnet.
    let ok = |out: Output| {
        assert!(out.status.success(), "{}", text(&out));
        text(&out)
    };
    ok(signed(&[
        "miner",
        "update-endpoint",
        "--subnet",
        "1",
        "--endpoint",
        "http://127.0.0.1:9102/predict",
    ]));
    assert!(ok(with(&["subnet", "show", "--id", "1"])).contains("Predictia"));
    ok(signed(&[
        "subnet",
        "set-coordinator",
        "--id",
        "1",
        "--coordinator",
        VALIDATOR,
    ]));
    // Epoch 0 ran before the weight was in force: nothing to claim, decoded.
    refused!(signed(&["claim", "--subnet", "1"]), "NothingToClaim");
    let delegate = [
        "delegate",
        "--subnet",
        "1",
        "--validator",
        VALIDATOR,
        "--amount",
        "10",
        "--approve",
    ];
    ok(signed(&delegate));
    ok(signed(&[
        "undelegate",
        "--subnet",
        "1",
        "--validator",
        VALIDATOR,
    ]));
    ok(signed(&[
        "miner", "unbond", "--subnet", "1", "--amount", "50",
    ]));
    advance(7 * 86_400 + 1).await?;
    ok(signed(&["miner", "withdraw", "--subnet", "1"]));
    assert!(ok(with(&["emission", "schedule"])).contains("TORA/s"));
    let status = ok(with(&["paymaster", "status"]));
    // This deploy set no price: the status says so instead of showing 0 TORA per ETH.
    assert!(status.contains("price        never set"), "{status}");
    assert!(status.contains("stake        none"), "{status}");
    assert!(
        ok(with(&["userop", "address", "--private-key", VALIDATOR_KEY]))
            .contains("not deployed yet")
    );

    // Bad input: each a clear message, exit 1, no panic.
    refused!(
        signed(&[
            "delegate",
            "--subnet",
            "1",
            "--validator",
            "0x12",
            "--amount",
            "1",
        ]),
        "is not an address",
    );
    refused!(
        signed(&[
            "miner",
            "register",
            "--subnet",
            "1",
            "--bond",
            "-5",
            "--endpoint",
            "http://x",
        ]),
        "non-negative",
    );
    let huge = "1".repeat(60);
    refused!(
        signed(&[
            "miner",
            "register",
            "--subnet",
            "1",
            "--bond",
            &huge,
            "--endpoint",
            "http://x",
        ]),
        "amount",
    );
    refused!(
        signed(&[
            "miner",
            "register",
            "--subnet",
            "99",
            "--bond",
            "150",
            "--endpoint",
            "http://x",
        ]),
        "subnet 99 does not exist",
    );
    refused!(
        signed(&[
            "miner",
            "register",
            "--subnet",
            "1",
            "--bond",
            "150",
            "--endpoint",
            "ftp://x",
        ]),
        "http(s) URL",
    );
    refused!(
        tensora(&[
            "subnet",
            "list",
            "--rpc-url",
            &url,
            "--deployments",
            "/nonexistent",
        ]),
        "no deployment record for chain 901",
    );
    let bad_hp = std::env::temp_dir().join(format!("tensora-bad-hp-{}.toml", std::process::id()));
    std::fs::write(&bad_hp, "epoch_length = \"soon\"\n")?;
    refused!(
        signed(&[
            "subnet",
            "create",
            "--name",
            "X",
            "--type",
            "y",
            "--hyperparameters",
            bad_hp.to_str().ok_or("path")?,
        ]),
        "is invalid",
    );
    // A record that claims another chain is refused.
    let wrong = std::env::temp_dir().join(format!("tensora-cli-wrong-{}", std::process::id()));
    std::fs::create_dir_all(&wrong)?;
    let record = std::fs::read_to_string(records.join("901.json"))?.replacen(
        "\"chainId\": 901",
        "\"chainId\": 10",
        1,
    );
    std::fs::write(wrong.join("901.json"), record)?;
    refused!(
        tensora(&[
            "subnet",
            "list",
            "--rpc-url",
            &url,
            "--deployments",
            wrong.to_str().ok_or("path")?,
        ]),
        "records chain 10",
    );
    // Moving funds without a terminal needs --yes.
    let out = with(&[
        "paymaster",
        "deposit",
        "--eth",
        "1",
        "--private-key",
        DEV_KEY,
    ]);
    refused!(out, "pass --yes");
    devnet.stop().await?;
    Ok(())
}
