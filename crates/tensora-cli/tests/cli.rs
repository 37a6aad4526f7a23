//! `tensora` as a user runs it: a devnet the test starts, a deploy and a re-run with nothing to
//! send, and bad input (missing config, wrong chain, unreachable RPC, bad key, no signer), each
//! with a clear message and a non-zero exit and never a panic or a printed key.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use alloy::providers::Provider;

use tensora_deploy::devnet::{Devnet, DevnetOptions, find_anvil};

const DEV_KEY: &str = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/// anvil's dev account 1.
const VALIDATOR: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const VALIDATOR_KEY: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tensora(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args(args)
        .env_remove("ETH_RPC_URL")
        .env_remove("ETH_PRIVATE_KEY")
        .output()
        .expect("run tensora")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Asserts a clean failure: exit code 1 (2 for flags clap rejects, as in cast), the expected
/// message, no panic, no key.
fn fails_with(o: &Output, expect: &str) {
    let all = text(o);
    assert!(matches!(o.status.code(), Some(1 | 2)), "{all}");
    assert!(all.contains(expect), "expected `{expect}` in: {all}");
    assert!(!all.contains("panicked"), "{all}");
    assert!(
        !all.contains(&DEV_KEY[2..]),
        "a private key was printed: {all}"
    );
}

/// A devnet with the suite deployed by `tensora deploy` (dev account 0) and its record directory.
async fn deployed(tag: &str) -> Result<(Devnet, std::path::PathBuf), Box<dyn std::error::Error>> {
    let devnet = devnet().await?;
    let records = std::env::temp_dir().join(format!("tensora-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&records);
    std::fs::create_dir_all(&records)?;
    let cfg = repo()
        .join("deployments/config/devnet.toml")
        .display()
        .to_string();
    let dir = records.display().to_string();
    let out = tensora(&[
        "deploy",
        "--rpc-url",
        &devnet.url,
        "--private-key",
        DEV_KEY,
        "--config",
        &cfg,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    Ok((devnet, records))
}

/// A provider that signs with `key`, and its address.
fn wallet(
    url: &str,
    key: &str,
) -> Result<(alloy::providers::DynProvider, alloy::primitives::Address), Box<dyn std::error::Error>>
{
    let signer: alloy::signers::local::PrivateKeySigner = key.parse()?;
    let address = signer.address();
    let provider = alloy::providers::ProviderBuilder::new()
        .wallet(alloy::network::EthereumWallet::from(signer))
        .connect_http(url.parse()?)
        .erased();
    Ok((provider, address))
}

async fn devnet() -> Result<Devnet, Box<dyn std::error::Error>> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut options = DevnetOptions::new(find_anvil(&repo()));
    options.port = port;
    Ok(Devnet::start(&options).await?)
}

#[tokio::test]
async fn deploy_then_rerun_sends_nothing() -> Result<(), Box<dyn std::error::Error>> {
    let devnet = devnet().await?;
    let records = std::env::temp_dir().join(format!("tensora-cli-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&records);
    let config = repo().join("deployments/config/devnet.toml");
    let args = |json: bool| {
        let mut a = vec![
            "deploy".to_owned(),
            "--rpc-url".to_owned(),
            devnet.url.clone(),
            "--private-key".to_owned(),
            DEV_KEY.to_owned(),
            "--config".to_owned(),
            config.display().to_string(),
            "--deployments".to_owned(),
            records.display().to_string(),
        ];
        if json {
            a.push("--json".to_owned());
        }
        a
    };
    let first = Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args(args(false))
        .output()?;
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("verified"), "{}", text(&first));
    assert!(!text(&first).contains(&DEV_KEY[2..]));
    assert!(records.join("901.json").is_file());

    let again = Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args(args(true))
        .output()?;
    assert!(again.status.success(), "{}", text(&again));
    let outcome: serde_json::Value = serde_json::from_slice(&again.stdout)?;
    assert_eq!(outcome["transactions"], 0);
    assert_eq!(outcome["chainId"], 901);
    devnet.stop().await?;
    Ok(())
}

#[tokio::test]
async fn bad_input_fails_cleanly() -> Result<(), Box<dyn std::error::Error>> {
    let devnet = devnet().await?;
    let config = repo().join("deployments/config/devnet.toml");
    let config = config.to_str().ok_or("path")?;
    let url = devnet.url.as_str();

    fails_with(
        &tensora(&["deploy", "--network", "nowhere", "--private-key", DEV_KEY]),
        "cannot read config",
    );
    fails_with(
        &tensora(&[
            "deploy",
            "--config",
            config,
            "--rpc-url",
            url,
            "--private-key",
            "0x1234",
        ]),
        "not a valid 32-byte hex private key",
    );
    fails_with(
        &tensora(&["deploy", "--config", config, "--rpc-url", url]),
        "no signer",
    );
    fails_with(
        &tensora(&[
            "deploy",
            "--config",
            config,
            "--rpc-url",
            "http://127.0.0.1:1",
            "--private-key",
            DEV_KEY,
        ]),
        "reading the chain id",
    );
    let mainnet = repo().join("deployments/config/mainnet.toml");
    fails_with(
        &tensora(&[
            "deploy",
            "--config",
            mainnet.to_str().ok_or("path")?,
            "--rpc-url",
            url,
            "--private-key",
            DEV_KEY,
        ]),
        "chain_id",
    );
    // A config for another chain is refused before anything is sent.
    let other = std::env::temp_dir().join(format!("tensora-cli-other-{}.toml", std::process::id()));
    std::fs::write(
        &other,
        std::fs::read_to_string(config)?.replacen("chain_id = 901", "chain_id = 10", 1),
    )?;
    fails_with(
        &tensora(&[
            "deploy",
            "--config",
            other.to_str().ok_or("path")?,
            "--rpc-url",
            url,
            "--private-key",
            DEV_KEY,
        ]),
        "the RPC is chain 901, but the devnet config is for chain 10",
    );
    devnet.stop().await?;
    Ok(())
}

/// The README's main command, as CI runs it: `tensora demo` passes all its checks.
#[test]
fn demo_passes() {
    let out = tensora(&["demo"]);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert_eq!(
        all.matches("split 18/41/41 of the epoch's emission: ok")
            .count(),
        2,
        "{all}"
    );
    assert!(all.contains("UserOperations through alto"), "{all}");
    assert!(all.contains("all checks passed"), "{all}");
}

/// What a refused command must leave as it was: the account's ETH, nonce, TORA and allowances
/// (registry and every subnet), and the files under `files` (salts), by name and content.
async fn account_state(
    url: &str,
    records: &std::path::Path,
    account: &str,
    files: &std::path::Path,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    use alloy::providers::Provider;
    let provider = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    let who: alloy::primitives::Address = account.parse()?;
    let record = tensora_bindings::Deployment::load(records, 901)?;
    let token =
        tensora_bindings::TORA::new(record.address(tensora_bindings::names::TORA)?, &provider);
    let registry_at = record.address(tensora_bindings::names::SUBNET_REGISTRY)?;
    let registry = tensora_bindings::SubnetRegistry::new(registry_at, &provider);
    let mut spenders = vec![registry_at];
    let count = registry.subnetCount().call().await?;
    for id in 1..=count.to::<u64>() {
        spenders.push(
            registry
                .subnets(alloy::primitives::U256::from(id))
                .call()
                .await?
                .instance,
        );
    }
    let mut allowances = Vec::new();
    for spender in spenders {
        allowances.push(token.allowance(who, spender).call().await?.to_string());
    }
    let mut kept = Vec::new();
    if let Ok(entries) = std::fs::read_dir(files) {
        for entry in entries.flatten() {
            kept.push((
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path())?,
            ));
        }
    }
    kept.sort();
    Ok(serde_json::json!({
        "eth": provider.get_balance(who).await?.to_string(),
        "nonce": provider.get_transaction_count(who).await?,
        "tora": token.balanceOf(who).call().await?.to_string(),
        "allowances": allowances,
        "files": kept,
    }))
}

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

/// The guardian Safe (2 of dev accounts 7, 8, 9) pauses subnet creation: built, signed by two
/// owners separately, merged, executed; below the threshold or with a stranger's signature it is
/// refused; the Safe web app export is well-formed.
#[tokio::test]
async fn guardian_safe_signs_and_executes_a_pause() -> Result<(), Box<dyn std::error::Error>> {
    const OWNER_7: &str = "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356";
    const OWNER_8: &str = "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97";
    let (devnet, records) = deployed("safe").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let file = |name: &str| records.join(name).display().to_string();
    let (one, two, merged) = (file("one.json"), file("two.json"), file("merged.json"));

    let out = tensora(&[
        "safe",
        "build",
        "--action",
        "pause-registry",
        "--out",
        &one,
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    std::fs::copy(&one, &two)?;
    // The owner is shown what it signs: the target by name and the decoded call.
    let out = tensora(&[
        "safe",
        "sign",
        "--file",
        &one,
        "--private-key",
        OWNER_7,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let shown = text(&out);
    assert!(
        shown.contains("SubnetRegistry") && shown.contains("pause()"),
        "{shown}"
    );

    // A file that says "pause" but carries the hash of another transaction (here: make an
    // attacker an owner with threshold 1) is refused before anything is signed.
    let safe_at = tensora_bindings::Deployment::load(&records, 901)?
        .address(tensora_bindings::names::GUARDIAN_SAFE)?;
    let attacker = alloy::primitives::Address::repeat_byte(0xa7);
    let takeover = tensora_deploy::artifacts::safe_l2::SafeL2::addOwnerWithThresholdCall {
        owner: attacker,
        _threshold: alloy::primitives::U256::from(1),
    };
    let evil = file("evil.json");
    let out = tensora(&[
        "safe",
        "build",
        "--to",
        &safe_at.to_string(),
        "--calldata",
        &alloy::primitives::hex::encode_prefixed(alloy::sol_types::SolCall::abi_encode(&takeover)),
        "--out",
        &evil,
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let evil_json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&evil)?)?;
    let mut tampered: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&two)?)?;
    tampered["safeTxHash"] = evil_json["safeTxHash"].clone();
    let tampered_path = file("tampered.json");
    std::fs::write(&tampered_path, serde_json::to_string_pretty(&tampered)?)?;
    let before = std::fs::read(&tampered_path)?;
    fails_with(
        &tensora(&[
            "safe",
            "sign",
            "--file",
            &tampered_path,
            "--private-key",
            OWNER_8,
        ]),
        "the file was edited",
    );
    assert_eq!(
        std::fs::read(&tampered_path)?,
        before,
        "a refused signing leaves the file as it was"
    );
    let exec = |f: &str| {
        tensora(&[
            "safe",
            "exec",
            "--file",
            f,
            "--private-key",
            DEV_KEY,
            "--yes",
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
        ])
    };
    fails_with(&exec(&one), "threshold not met: 1 of 2");
    // A stranger's signature is refused.
    let stranger = file("stranger.json");
    std::fs::copy(&one, &stranger)?;
    assert!(
        tensora(&[
            "safe",
            "sign",
            "--file",
            &stranger,
            "--private-key",
            DEV_KEY
        ])
        .status
        .success()
    );
    fails_with(&exec(&stranger), "not a valid owner signature");

    assert!(
        tensora(&["safe", "sign", "--file", &two, "--private-key", OWNER_8])
            .status
            .success()
    );
    let out = tensora(&[
        "safe", "merge", "--file", &one, "--file", &two, "--out", &merged,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    // Signed, then edited (the calldata swapped for the takeover): exec says so, not GS026.
    let mut edited: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&merged)?)?;
    edited["data"] = evil_json["data"].clone();
    edited["to"] = evil_json["to"].clone();
    let edited_path = file("edited.json");
    std::fs::write(&edited_path, serde_json::to_string_pretty(&edited)?)?;
    fails_with(&exec(&edited_path), "edited after it was built (or signed)");
    let out = exec(&merged);
    assert!(out.status.success(), "{}", text(&out));
    fails_with(&exec(&merged), "already used");
    let provider = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let registry = tensora_bindings::SubnetRegistry::new(
        record.address(tensora_bindings::names::SUBNET_REGISTRY)?,
        &provider,
    );
    assert!(
        registry.paused().call().await?,
        "the guardian paused subnet creation"
    );

    let export = file("builder.json");
    assert!(
        tensora(&["safe", "export", "--file", &merged, "--out", &export])
            .status
            .success()
    );
    let builder: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&export)?)?;
    assert_eq!(
        builder["transactions"][0]["to"],
        serde_json::json!(registry.address())
    );
    std::fs::write(&one, "{}")?;
    fails_with(&exec(&one), "is not a Safe transaction file");
    devnet.stop().await?;
    Ok(())
}

/// The coordinator restart scenario: an epoch whose close was interrupted after its first chunk
/// (as if the coordinator died between transactions) is finished by a fresh coordinator, which
/// closes it exactly once; nothing can close it again.
#[tokio::test]
async fn coordinator_finishes_an_interrupted_close_exactly_once()
-> Result<(), Box<dyn std::error::Error>> {
    use alloy::primitives::{U256, utils::parse_ether};
    use alloy::sol_types::SolEvent;
    use tensora_bindings::{Subnet, SubnetRegistry, TORA, names};
    use tensora_deploy::tx::send;

    let (devnet, records) = deployed("coordinator").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let wallet = |key: &str| wallet(&url, key);
    let (admin, admin_at) = wallet(DEV_KEY)?;
    let (validator, validator_at) = wallet(VALIDATOR_KEY)?;
    let (tora_at, registry_at) = (
        record.address(names::TORA)?,
        record.address(names::SUBNET_REGISTRY)?,
    );
    let tora = TORA::new(tora_at, &admin);
    let mut hp = tensora_deploy::config::NetworkConfig::load(
        &repo().join("deployments/config/devnet.toml"),
    )?
    .registry
    .min_bounds;
    hp.commit_reveal = false;
    hp.epoch_length = 600;
    hp.close_grace_period = 3600;
    send(
        &admin,
        admin_at,
        tora.approve(registry_at, parse_ether("1000")?)
            .into_transaction_request(),
        "approve",
    )
    .await?;
    let registry = SubnetRegistry::new(registry_at, &admin);
    send(
        &admin,
        admin_at,
        registry
            .createSubnet("Loop".into(), "time-series".into(), hp.to_contract())
            .into_transaction_request(),
        "create",
    )
    .await?;
    let instance = registry.subnets(U256::from(1)).call().await?.instance;
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
    let c = tensora_deploy::consensus::compute(
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
            .closeEpoch(c.encode(0, 1).into())
            .into_transaction_request(),
        "first chunk",
    )
    .await?;
    let info = subnet.epochInfo().call().await?;
    assert_eq!((info.epoch, info.closeCursor), (0, 1), "mid-close");

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
    let closed_line = text(&out)
        .lines()
        .find(|l| l.contains("\"closed\""))
        .map(str::to_owned)
        .ok_or("no closed event logged")?;
    let logged: serde_json::Value = serde_json::from_str(&closed_line)?;
    assert_eq!(
        logged["report"]["chunks"][0]["from"], 1,
        "resumed at the cursor: {logged}"
    );
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
    use alloy::primitives::{U256, utils::parse_ether};
    use tensora_bindings::{Subnet, SubnetRegistry, TORA, names};
    use tensora_deploy::tx::send;

    const KEYS: [&str; 4] = [
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // validator
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", // miner: holt
        "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", // miner: naive
        "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a", // miner: silent
    ];
    let (devnet, records) = deployed("loop").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let wallet = |key: &str| wallet(&url, key);
    let (admin, admin_at) = wallet(DEV_KEY)?;
    let (tora_at, registry_at) = (
        record.address(names::TORA)?,
        record.address(names::SUBNET_REGISTRY)?,
    );
    let tora = TORA::new(tora_at, &admin);
    let mut hp = tensora_deploy::config::NetworkConfig::load(
        &repo().join("deployments/config/devnet.toml"),
    )?
    .registry
    .min_bounds;
    (
        hp.commit_reveal,
        hp.epoch_length,
        hp.reveal_window,
        hp.task_timeout,
    ) = (true, 600, 60, 2);
    (hp.strike_limit, hp.slashing_rate_bps, hp.close_grace_period) = (1, 1000, 600);
    (hp.max_slots, hp.max_validators, hp.immunity_period) = (16, 4, 3600);
    send(
        &admin,
        admin_at,
        tora.approve(registry_at, parse_ether("1000")?)
            .into_transaction_request(),
        "approve",
    )
    .await?;
    let registry = SubnetRegistry::new(registry_at, &admin);
    send(
        &admin,
        admin_at,
        registry
            .createSubnet("Predictia".into(), "time-series".into(), hp.to_contract())
            .into_transaction_request(),
        "create",
    )
    .await?;
    let instance = registry.subnets(U256::from(1)).call().await?.instance;

    // Miners serve (killed when the test ends, pass or fail); the third registers an endpoint
    // nobody listens on.
    struct Servers(Vec<std::process::Child>);
    impl Drop for Servers {
        fn drop(&mut self) {
            for s in &mut self.0 {
                let _ = s.kill();
                let _ = s.wait();
            }
        }
    }
    let mut servers = Servers(Vec::new());
    let mut endpoints = Vec::new();
    for model in ["holt", "naive", "silent"] {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        endpoints.push(format!("http://127.0.0.1:{port}/predict"));
        if model != "silent" {
            servers.0.push(
                std::process::Command::new(env!("CARGO_BIN_EXE_tensora"))
                    .args([
                        "miner",
                        "serve",
                        "--listen",
                        &format!("127.0.0.1:{port}"),
                        "--model",
                        model,
                    ])
                    .stdout(std::process::Stdio::null())
                    .spawn()?,
            );
        }
    }
    for (i, key) in KEYS.iter().enumerate() {
        let (p, at) = wallet(key)?;
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
            TORA::new(tora_at, &p)
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
            s.registerMiner(parse_ether("100")?, endpoints[i - 1].clone())
                .into_transaction_request()
        };
        send(&p, at, call, "register").await?;
    }
    admin
        .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (2u64,))
        .await?;
    admin
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await; // servers up

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
            "--tasks",
            "6",
        ])
        .args([
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
            "--private-key",
            KEYS[0],
            "--salt-dir",
            &salts,
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
    let committed: serde_json::Value = serde_json::from_str(
        log.lines()
            .find(|l| l.contains("\"committed\""))
            .ok_or("no commit logged")?,
    )?;
    let scores: Vec<u64> = committed["miners"]
        .as_array()
        .ok_or("miners")?
        .iter()
        .map(|m| m["score"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(scores.len(), 3, "{committed}");
    assert_eq!(scores[2], 0, "the silent miner scores 0: {committed}");
    assert!(
        scores[0] > 0 && scores[1] > 0 && scores[0] != scores[1],
        "the models differ: {committed}"
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
    let silent = wallet(KEYS[3])?.1;
    let bond = subnet.memberOf(silent).call().await?.bond;
    assert!(
        U256::from(bond) < parse_ether("100")?,
        "the silent miner was slashed (bond {bond})"
    );
    drop(servers);
    devnet.stop().await?;
    Ok(())
}

/// An error reported into a closed stderr (the reader went away) still exits 1, never panics.
#[test]
fn closed_stderr_does_not_panic() -> Result<(), Box<dyn std::error::Error>> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args(["deploy", "--network", "nowhere", "--private-key", DEV_KEY])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    drop(child.stderr.take()); // the read end is closed before the error is written
    let status = child.wait()?;
    assert_eq!(status.code(), Some(1), "{status}");
    Ok(())
}

/// `tensora bundler` serves the EntryPoint v0.7 of a devnet until SIGTERM, prints a ready line
/// with its URL, and never prints its keys.
#[tokio::test]
async fn bundler_serves_until_sigterm() -> Result<(), Box<dyn std::error::Error>> {
    use std::io::BufRead;
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
    let url = loop {
        let Ok(line) = ready.recv_timeout(std::time::Duration::from_secs(120)) else {
            let _ = child.kill();
            let out = child.wait_with_output()?;
            return Err(format!("no ready line; the bundler said: {printed}{}", text(&out)).into());
        };
        printed.push_str(&line);
        if let Some(url) = line.strip_prefix("ready ") {
            break url.to_owned();
        }
    };
    let bundler = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    let entry_points: Vec<alloy::primitives::Address> = bundler
        .raw_request("eth_supportedEntryPoints".into(), Vec::<()>::new())
        .await?;
    assert_eq!(
        entry_points,
        vec![tensora_deploy::canonical::ENTRY_POINT_V07]
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
