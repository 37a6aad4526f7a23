//! The ERC-4337 bundler next to the devnet: alto (npm `@pimlico/alto`) for EntryPoint v0.7.

use std::time::Duration;

use alloy::providers::{DynProvider, Provider};
use serde_json::{Value, json};
use tensora_client::canonical::ENTRY_POINT_V07;

use crate::error::DevnetError;

/// JSON-RPC `params: []` (bundlers reject a missing params array).
const NO_PARAMS: [(); 0] = [];

/// A running alto bundler (npm `@pimlico/alto`); stopped when dropped.
#[derive(Debug)]
pub struct Alto {
    child: std::process::Child,
    /// Its RPC URL.
    pub url: String,
    /// Its RPC.
    pub provider: DynProvider,
}

impl Drop for Alto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts alto for EntryPoint v0.7 against `rpc` (safe mode off: no bundler can trace ERC-7562 on
/// anvil, [`tensora_client::erc7562`] checks the paymaster instead), with its keys in a config file under
/// `dir` readable by the owner only (never on the command line), and waits until it answers.
pub async fn start_alto(
    alto: &std::path::Path,
    rpc: &str,
    executor_key: &str,
    utility_key: &str,
    dir: &std::path::Path,
) -> Result<Alto, DevnetError> {
    use std::io::Write;
    let io = |what: &str, e: std::io::Error| DevnetError::Io {
        what: format!("bundler: {what}"),
        source: e,
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| io("finding a free port", e))?
        .port();
    std::fs::create_dir_all(dir).map_err(|e| io("creating its directory", e))?;
    let config = dir.join(format!("alto-{port}.json"));
    let text = json!({
        "entrypoints": ENTRY_POINT_V07.to_string(),
        "executor-private-keys": executor_key,
        "utility-private-key": utility_key,
        "rpc-url": rpc,
        "port": port,
        "chain-type": "op-stack",
        "safe-mode": false,
        "min-entity-stake": 1,
        "min-entity-unstake-delay": 1,
        "log-level": "warn",
        "max-bundle-interval": 200,
    });
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(&config)
        .and_then(|mut f| f.write_all(text.to_string().as_bytes()))
        .map_err(|e| io("writing its config", e))?;
    let child = std::process::Command::new(alto)
        .arg("--config")
        .arg(&config)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|source| DevnetError::Spawn {
            program: alto.to_owned(),
            flag: "alto",
            source,
        })?;
    let url = format!("http://127.0.0.1:{port}");
    let rpc = url.parse().map_err(|_| DevnetError::BadHost {
        host: "127.0.0.1".into(),
    })?;
    let alto = Alto {
        child,
        provider: tensora_client::connect::http(rpc),
        url,
    };
    // Node starts slowly on a loaded 2-core machine: allow a minute.
    for _ in 0..600 {
        if alto
            .provider
            .raw_request::<_, Value>("eth_supportedEntryPoints".into(), NO_PARAMS)
            .await
            .is_ok()
        {
            return Ok(alto);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(DevnetError::NotReady {
        what: "the alto bundler",
        url: alto.url.clone(),
        seconds: 60,
    })
}
