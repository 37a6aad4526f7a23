//! `tensora devnet`: runs the local OP Stack devnet until Ctrl-C.

use std::path::PathBuf;

use alloy::providers::Provider;
use tensora_deploy::devnet::{DEVNET_CHAIN_ID, Devnet, DevnetOptions, find_anvil};

use super::{CliResult, repo_root};

/// Flags of `tensora devnet`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Port for the JSON-RPC endpoint.
    #[arg(long, short, default_value_t = 8545)]
    port: u16,
    /// Interface to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Chain id.
    #[arg(long, default_value_t = DEVNET_CHAIN_ID)]
    chain_id: u64,
    /// Persist the chain to this file (loaded on start, saved every 5 s and on exit).
    #[arg(long)]
    state: Option<PathBuf>,
    /// Seconds per block (default: a block per transaction).
    #[arg(long)]
    block_time: Option<u64>,
    /// The anvil binary (default: the one script/setup.sh installed in node_modules).
    #[arg(long)]
    anvil: Option<PathBuf>,
    /// Print the devnet's details as JSON.
    #[arg(long)]
    json: bool,
}

pub(crate) async fn run(args: Args) -> CliResult {
    let mut options = DevnetOptions::new(args.anvil.unwrap_or_else(|| find_anvil(&repo_root())));
    options.port = args.port;
    options.host = args.host;
    options.chain_id = args.chain_id;
    options.state = args.state;
    options.block_time = args.block_time;
    let mut devnet = Devnet::start(&options).await?;
    let accounts = devnet.provider()?.get_accounts().await?;
    let mut out = std::io::stdout().lock();
    use std::io::Write;
    if args.json {
        let details = serde_json::json!({
            "rpcUrl": devnet.url,
            "chainId": devnet.chain_id,
            "installed": devnet.installed,
            "accounts": accounts,
        });
        writeln!(out, "{details}")?;
    } else {
        writeln!(
            out,
            "OP Stack devnet (anvil, optimism mode), chain id {}",
            devnet.chain_id
        )?;
        writeln!(out, "RPC URL: {}", devnet.url)?;
        if devnet.installed.is_empty() {
            writeln!(
                out,
                "predeploys and preinstalls: already present (persisted state)"
            )?;
        } else {
            writeln!(out, "installed: {}", devnet.installed.join(", "))?;
        }
        writeln!(
            out,
            "funded dev accounts (anvil's test mnemonic, 10,000 ETH each):"
        )?;
        for (i, a) in accounts.iter().enumerate() {
            writeln!(out, "  ({i}) {a}")?;
        }
        writeln!(out, "Ctrl-C stops the devnet.")?;
    }
    drop(out);
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {
            devnet.stop().await?;
            let _ = writeln!(std::io::stderr(), "devnet stopped");
            Ok(())
        }
        result = devnet.wait() => {
            result?;
            Err("anvil exited unexpectedly".into())
        }
    }
}
