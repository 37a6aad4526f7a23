//! `tensora bundler`: runs an ERC-4337 bundler (Pimlico's alto, npm `@pimlico/alto`) for the
//! EntryPoint v0.7 of the chain behind `--rpc-url`, until Ctrl-C or SIGTERM, and prints its URL for
//! `tensora userop send --bundler-url`. Its keys go into a config file readable by the owner only,
//! never on a command line or in the output.

use std::path::PathBuf;

use serde_json::json;
use tensora_client::canonical::ENTRY_POINT_V07;
use tensora_devnet::start_alto;

use super::CliResult;
use crate::output;

/// Flags of `tensora bundler`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The RPC endpoint of the chain.
    #[arg(long, env = "ETH_RPC_URL", default_value = "http://127.0.0.1:8545")]
    rpc_url: String,
    /// Key of the account that sends the bundles (it needs ETH for gas).
    #[arg(long, env = "TENSORA_BUNDLER_EXECUTOR_KEY", hide_env_values = true)]
    executor_key: String,
    /// Key of the account that refills the executor (a second funded account).
    #[arg(long, env = "TENSORA_BUNDLER_UTILITY_KEY", hide_env_values = true)]
    utility_key: String,
    /// Directory for alto's config file (default: a temporary directory).
    #[arg(long)]
    dir: Option<PathBuf>,
}

/// A key as alto takes it, or what is wrong with it (without echoing it).
fn check_key(flag: &str, key: &str) -> Result<String, String> {
    let key = key.trim();
    key.parse::<alloy::signers::local::PrivateKeySigner>()
        .map_err(|_| format!("{flag} is not a valid 32-byte hex private key"))?;
    Ok(if key.starts_with("0x") {
        key.to_owned()
    } else {
        format!("0x{key}")
    })
}

pub(crate) async fn run(args: Args) -> CliResult {
    let executor = check_key("--executor-key", &args.executor_key)?;
    let utility = check_key("--utility-key", &args.utility_key)?;
    if executor == utility {
        return Err("--executor-key and --utility-key must be two different accounts".into());
    }
    let alto = crate::locate::alto()?;
    output::notice(&format!("using alto at {}", alto.display()));
    let dir = args.dir.unwrap_or_else(|| {
        std::env::temp_dir().join(format!("tensora-bundler-{}", std::process::id()))
    });
    let bundler = start_alto(&alto, &args.rpc_url, &executor, &utility, &dir).await?;
    output::result(
        &format!(
            "ERC-4337 bundler (alto) for EntryPoint v0.7 {ENTRY_POINT_V07} on {}\n\
             use it with: tensora userop send --bundler-url {} ...\n\
             Ctrl-C or SIGTERM stops it.\nready {}",
            args.rpc_url, bundler.url, bundler.url
        ),
        &json!({ "ready": true, "bundlerUrl": bundler.url, "entryPoint": ENTRY_POINT_V07, "rpcUrl": args.rpc_url }),
    );
    super::stop_signal()?.await;
    drop(bundler);
    output::notice("bundler stopped");
    Ok(())
}
