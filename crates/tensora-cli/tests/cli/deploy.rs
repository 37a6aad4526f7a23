//! Deploying, re-running a deploy, the demo, and the deploy's bad input.

use std::process::Command;

use super::common::*;

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
fn demo_passes() -> Result<(), Box<dyn std::error::Error>> {
    let out = tensora(&["demo"]);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert_eq!(
        all.matches("split 18/41/41 of the epoch's emission: ok")
            .count(),
        5,
        "two Predictia epochs, one Linguista and two Visiona epochs with emission (Visiona's first \
         epoch ended before its services started and closed empty, bringing its weight in): {all}"
    );
    assert!(all.contains("Linguista epoch 1: emission"), "{all}");
    assert!(all.contains("Visiona epoch 1: emission"), "{all}");
    // Predictia's validator published the ETH/USDT feed in each of its three epochs, and the
    // seeds' MyDeFiProtocol read the latest round in the transaction that requested it (with no
    // settled round yet its confidence stays at most 50, so it does not liquidate).
    assert!(
        all.contains("ETH/USDT over 3600 s: 3 round(s) published by Predictia's validator"),
        "{all}"
    );
    assert!(all.contains("shouldLiquidate -> false"), "{all}");
    assert!(all.contains("(round 3) and read"), "{all}");
    for query in ["Predictia", "Linguista", "Visiona"] {
        assert!(
            all.contains(&format!("answer from {query} (subnet")),
            "a dApp query answered in {query}: {all}"
        );
    }
    assert!(all.contains("\"model\": \"apertium\""), "{all}");
    assert!(all.contains("\"category\": \"Ankle boot\""), "{all}");
    // The detect_text query: the demo prints what the image says, and the answer reads it.
    let said = all
        .split("(the detect_text image below says: ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .ok_or("the demo names the text it drew")?;
    assert!(all.contains("\"lines\""), "{all}");
    for line in said.split(" / ") {
        assert!(
            all.contains(&format!("\"text\": \"{line}\"")),
            "`{line}` read back: {all}"
        );
    }
    // The indexer's answer to the seeds' discovery query: the three subnets, by weight.
    let indexed = all
        .split("answered by the indexer")
        .nth(1)
        .ok_or("the demo runs the indexer")?;
    let by_weight: Vec<usize> = ["\"Predictia\"", "\"Visiona\"", "\"Linguista\""]
        .iter()
        .map(|n| indexed.find(n).unwrap_or(usize::MAX))
        .collect();
    assert!(
        by_weight[0] < by_weight[1] && by_weight[1] < by_weight[2] && by_weight[2] != usize::MAX,
        "Predictia (50%), Visiona (30%), Linguista (20%): {indexed}"
    );
    assert!(indexed.contains("\"emissionWeight\": 5000"), "{indexed}");
    // Seven closes (3 Predictia, 2 Linguista, 2 Visiona), commit-reveal in each, one delegator
    // per subnet.
    let held = indexed
        .split("the indexer also holds ")
        .nth(1)
        .and_then(|r| r.lines().next())
        .ok_or("the demo counts the indexed history")?;
    let numbers: Vec<u64> = held
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 5, "{held}");
    assert!(
        numbers[0] >= 7 && numbers[1] >= 1 && numbers[2] >= 1 && numbers[3] >= 1,
        "{held}"
    );
    assert_eq!(numbers[4], 3, "one delegation per subnet: {held}");
    // The lifecycle metrics, governance and trust, derived by the indexer's mappings.
    let lifecycle = indexed
        .split("lifecycle metrics of each subnet's last closed epoch")
        .nth(1)
        .ok_or("the demo prints the lifecycle metrics")?;
    for name in ["Linguista", "Visiona", "Predictia"] {
        let line = lifecycle
            .lines()
            .find(|l| l.starts_with(&format!("  {name}: average miner score ")))
            .ok_or(format!("{name}'s metrics: {lifecycle}"))?;
        // Every validator revealed, and the closes paid out.
        assert!(line.contains("validator participation 100%"), "{line}");
        assert!(!line.contains("emission ROI 0.0000%"), "{line}");
        assert!(!line.contains("average miner score 0.000"), "{line}");
    }
    let governance = lifecycle
        .lines()
        .find(|l| l.starts_with("governance: "))
        .ok_or("the governance line")?;
    assert!(
        governance.starts_with("governance: 1 proposal(s) indexed (Executed), 1 vote(s); "),
        "{governance}"
    );
    let trust: u64 = governance
        .rsplit("; ")
        .next()
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.parse().ok())
        .ok_or("a trust update count")?;
    assert!(trust >= 1, "{governance}");
    // The escrowed request: answered by both Linguista miners through `miner answer`, scored
    // and released through `validator run --requests`.
    assert!(all.contains("escrowed request 1 to Linguista"), "{all}");
    assert!(all.contains("apertium      score"), "{all}");
    assert!(all.contains("word-by-word  score"), "{all}");
    assert!(all.contains("released by the validator's scores"), "{all}");
    assert!(all.contains("UserOperations through alto"), "{all}");
    assert!(all.contains("all checks passed"), "{all}");
    // The explorer answered over HTTP (its page, and the seed query at its /graphql) before the demo ended.
    assert!(
        all.contains("explorer: http://127.0.0.1:") && all.contains("served the demo's 3 subnets"),
        "{all}"
    );
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
