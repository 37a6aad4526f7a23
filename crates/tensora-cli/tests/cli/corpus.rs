//! The bad-input corpus (`corpus.toml` next to this file): every case exits non-zero, never panics,
//! prints no private key, says what was wrong, and changes nothing on chain (no block mined; the
//! accounts' ETH, nonces, TORA and allowances unchanged) or on disk (the case files and salts).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner, coins_bip39::English};
use serde::Deserialize;
use tensora_devnet::{DEV_MNEMONIC, Devnet, DevnetOptions, find_anvil};

use super::common::{repo, text};

type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

#[derive(Debug, Deserialize)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    expect: String,
    #[serde(default = "yes")]
    chain: bool,
}

fn yes() -> bool {
    true
}

fn dev(index: u32) -> TestResult<PrivateKeySigner> {
    Ok(MnemonicBuilder::<English>::default()
        .phrase(DEV_MNEMONIC)
        .index(index)?
        .build()?)
}

fn key(signer: &PrivateKeySigner) -> String {
    alloy::primitives::hex::encode_prefixed(signer.to_bytes())
}

/// The binary with a clean environment (no ETH_*/TENSORA_* variables, a fresh HOME) and no
/// terminal on stdin, so that confirmations refuse.
fn tensora(home: &Path, args: &[String]) -> TestResult<Output> {
    Ok(Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .stdin(Stdio::null())
        .output()?)
}

/// Everything a refused command must leave alone.
async fn snapshot(
    provider: &DynProvider,
    record: &tensora_bindings::Deployment,
    accounts: &[Address],
    dirs: &[&Path],
) -> TestResult<serde_json::Value> {
    let token =
        tensora_bindings::TORA::new(record.address(tensora_bindings::names::TORA)?, provider);
    let registry_at = record.address(tensora_bindings::names::SUBNET_REGISTRY)?;
    let registry = tensora_bindings::SubnetRegistry::new(registry_at, provider);
    let mut spenders = vec![
        registry_at,
        record.address(tensora_bindings::names::PAYMASTER)?,
    ];
    for id in 1..=registry.subnetCount().call().await?.to::<u64>() {
        spenders.push(registry.subnets(U256::from(id)).call().await?.instance);
    }
    let mut state = Vec::new();
    for &who in accounts {
        let mut allowances = Vec::new();
        for &spender in &spenders {
            allowances.push(token.allowance(who, spender).call().await?.to_string());
        }
        state.push(serde_json::json!({
            "eth": provider.get_balance(who).await?.to_string(),
            "nonce": provider.get_transaction_count(who).await?,
            "tora": token.balanceOf(who).call().await?.to_string(),
            "allowances": allowances,
        }));
    }
    let mut files = BTreeMap::new();
    for dir in dirs {
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    files.insert(path.display().to_string(), std::fs::read(&path)?);
                }
            }
        }
    }
    Ok(serde_json::json!({
        "block": provider.get_block_number().await?,
        "accounts": state,
        "files": files.into_iter().map(|(k, v)| (k, alloy::primitives::hex::encode(v))).collect::<BTreeMap<_, _>>(),
    }))
}

/// Writes the corpus' input files into `files`.
fn write_files(files: &Path) -> TestResult {
    let w = |name: &str, content: &str| std::fs::write(files.join(name), content);
    w("bad.toml", "this is = [not toml\n")?;
    let hp = std::fs::read_to_string(repo().join("deployments/subnets/predictia.toml"))?;
    w("hp-unknown-key.toml", &format!("{hp}\nwarp_speed = 9\n"))?;
    w(
        "hp-out-of-bounds.toml",
        &hp.replace("epoch_length = 600", "epoch_length = 1"),
    )?;
    w("scores.toml", "[scores]\n0 = 100\n")?;
    w("scores-aliased.toml", "[scores]\n3 = 100\n03 = 65535\n")?;
    w("scores-signed.toml", "[scores]\n\"+1\" = 100\n")?;
    w("scores-huge-uid.toml", "[scores]\n65536 = 100\n")?;
    w("scores-no-slot.toml", "[scores]\n200 = 100\n")?;
    w("scores-too-high.toml", "[scores]\n0 = 65536\n")?;
    w(
        "scores-duplicate-timeout.toml",
        "timeouts = [0, 0]\n[scores]\n0 = 1\n",
    )?;
    w(
        "scores-timeout-no-slot.toml",
        "timeouts = [9]\n[scores]\n0 = 1\n",
    )?;
    w("scores-unknown-key.toml", "bonus = 1\n[scores]\n0 = 1\n")?;
    w("scores-negative.toml", "[scores]\n0 = -5\n")?;
    w(
        "task-chat.json",
        "{\"type\": \"chat\", \"message\": \"hi\"}\n",
    )?;
    w(
        "task-forecast.json",
        "{\"type\": \"price_prediction\", \"asset\": \"SPX\", \"horizon\": \"1d\", \"features\": [\"close\"], \
         \"history\": [{\"open\": 1, \"high\": 1, \"low\": 1, \"close\": 1, \"volume\": 1}]}\n",
    )?;
    w("wrong-password.txt", "wrong\n")?;
    w("not-a-keystore.json", "{\"hello\": \"world\"}\n")?;
    let devnet_config = std::fs::read_to_string(repo().join("deployments/config/devnet.toml"))?;
    w(
        "other-chain.toml",
        &devnet_config.replacen("chain_id = 901", "chain_id = 10", 1),
    )?;
    std::fs::create_dir_all(files.join("malformed-records"))?;
    w("malformed-records/901.json", "{\"chainId\": \"nine\"}\n")?;
    PrivateKeySigner::encrypt_keystore(
        files,
        &mut rand::thread_rng(),
        dev(6)?.to_bytes(),
        "right",
        Some("keystore.json"),
    )?;
    Ok(())
}

#[tokio::test]
async fn every_bad_input_fails_cleanly_and_changes_nothing() -> TestResult {
    let corpus: Corpus = toml::from_str(&std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/corpus.toml"),
    )?)?;
    assert!(
        corpus.case.len() >= 150,
        "the corpus shrank to {}",
        corpus.case.len()
    );

    let options = DevnetOptions::new(find_anvil(&repo()));
    let devnet = Devnet::start_on_free_port(&options).await?;
    let port = devnet.port;
    let root = std::env::temp_dir().join(format!("tensora-corpus-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (records, files, salts, home) = (
        root.join("records"),
        root.join("files"),
        root.join("salts"),
        root.join("home"),
    );
    for dir in [&records, &files, &salts, &home] {
        std::fs::create_dir_all(dir)?;
    }
    let (admin, validator, outsider) = (dev(0)?, dev(1)?, dev(5)?);
    let owner = dev(7)?;
    let hp = repo().join("deployments/subnets/predictia.toml");
    let vars: Vec<(String, String)> = vec![
        ("{rpc}".into(), devnet.url.clone()),
        ("{records}".into(), records.display().to_string()),
        ("{files}".into(), files.display().to_string()),
        ("{salts}".into(), salts.display().to_string()),
        ("{hp}".into(), hp.display().to_string()),
        (
            "{csv}".into(),
            repo()
                .join("node_modules/vega-datasets/data/sp500-2000.csv")
                .display()
                .to_string(),
        ),
        ("{port}".into(), port.to_string()),
        ("{key0}".into(), key(&admin)),
        ("{key1}".into(), key(&validator)),
        ("{key5}".into(), key(&outsider)),
        ("{addr0}".into(), admin.address().to_string()),
        ("{addr1}".into(), validator.address().to_string()),
        ("{addr5}".into(), outsider.address().to_string()),
        ("{long_url}".into(), format!("http://{}", "a".repeat(260))),
    ];
    let fill = |arg: &str| {
        vars.iter()
            .fold(arg.to_owned(), |a, (k, v)| a.replace(k.as_str(), v))
    };
    let chain_flags = ["--rpc-url", "{rpc}", "--deployments", "{records}"];
    let run = |args: &[&str], chain: bool| {
        let mut all: Vec<String> = args.iter().map(|a| fill(a)).collect();
        if chain {
            all.extend(chain_flags.iter().map(|a| fill(a)));
        }
        tensora(&home, &all)
    };
    let setup = |args: &[&str]| -> TestResult {
        let out = run(args, true)?;
        assert!(out.status.success(), "setup {args:?}: {}", text(&out));
        Ok(())
    };

    // The world the corpus runs against.
    let deploy = run(
        &[
            "deploy",
            "--rpc-url",
            "{rpc}",
            "--deployments",
            "{records}",
            "--private-key",
            "{key0}",
        ],
        false,
    )?;
    assert!(deploy.status.success(), "{}", text(&deploy));
    setup(&[
        "subnet",
        "create",
        "--name",
        "Predictia",
        "--type",
        "time-series",
        "--hyperparameters",
        "{hp}",
        "--approve",
        "--yes",
        "--private-key",
        "{key0}",
    ])?;
    setup(&[
        "miner",
        "register",
        "--subnet",
        "1",
        "--bond",
        "150",
        "--endpoint",
        "http://127.0.0.1:9101/predict",
        "--approve",
        "--yes",
        "--private-key",
        "{key0}",
    ])?;
    setup(&[
        "transfer",
        "--to",
        "{addr1}",
        "--amount",
        "5000",
        "--yes",
        "--private-key",
        "{key0}",
    ])?;
    setup(&[
        "validator",
        "register",
        "--subnet",
        "1",
        "--bond",
        "1000",
        "--approve",
        "--yes",
        "--private-key",
        "{key1}",
    ])?;
    setup(&[
        "gov",
        "delegate",
        "--to",
        "{addr0}",
        "--yes",
        "--private-key",
        "{key0}",
    ])?;
    let provider = ProviderBuilder::new()
        .connect_http(devnet.url.parse()?)
        .erased();
    provider
        .raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (2,))
        .await?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    setup(&[
        "emission",
        "propose-weights",
        "--weight",
        "1=100",
        "--description",
        "the corpus' proposal",
        "--yes",
        "--private-key",
        "{key0}",
    ])?;
    write_files(&files)?;
    let file = |name: &str| files.join(name).display().to_string();
    for (action, name) in [
        ("pause-paymaster", "pause.json"),
        ("pause-registry", "pause-registry.json"),
    ] {
        setup(&["safe", "build", "--action", action, "--out", &file(name)])?;
    }
    let pause: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file("pause.json"))?)?;
    let registry: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file("pause-registry.json"))?)?;
    let mut tampered = pause.clone();
    tampered["to"] = registry["to"].clone();
    std::fs::write(file("pause-tampered.json"), tampered.to_string())?;
    for (signer, name) in [
        (&owner, "pause-one-signature.json"),
        (&outsider, "pause-outsider-signature.json"),
    ] {
        std::fs::copy(file("pause.json"), file(name))?;
        let out = run(
            &[
                "safe",
                "sign",
                "--file",
                &file(name),
                "--private-key",
                &key(signer),
            ],
            false,
        )?;
        assert!(out.status.success(), "{}", text(&out));
    }

    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let accounts = [admin.address(), validator.address(), outsider.address()];
    let keys = [key(&admin), key(&validator), key(&outsider)];
    let mut failures = Vec::new();
    for (i, case) in corpus.case.iter().enumerate() {
        let before = snapshot(&provider, &record, &accounts, &[&files, &salts, &records]).await?;
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let out = run(&args, case.chain)?;
        let after = snapshot(&provider, &record, &accounts, &[&files, &salts, &records]).await?;
        let all = text(&out);
        let expected = fill(&case.expect);
        let mut wrong = Vec::new();
        if !matches!(out.status.code(), Some(1 | 2)) {
            wrong.push(format!("exit {:?}", out.status.code()));
        }
        if !expected.split(" | ").any(|e| all.contains(e)) {
            wrong.push(format!("expected `{expected}`"));
        }
        if all.contains("panicked") {
            wrong.push("panicked".to_owned());
        }
        if keys.iter().any(|k| all.contains(&k[2..])) {
            wrong.push("printed a private key".to_owned());
        }
        // The corpus's database connection strings carry this password.
        if all.contains("s3cret") {
            wrong.push("printed a password".to_owned());
        }
        if before != after {
            wrong.push("changed state".to_owned());
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "case {} {:?}: {}\n    got: {}",
                i + 1,
                case.args,
                wrong.join(", "),
                all.trim().replace('\n', "\n         ")
            ));
        }
    }
    devnet.stop().await?;
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        corpus.case.len(),
        failures.join("\n")
    );
    Ok(())
}
