//! `tensora devnet`: runs the local OP Stack devnet until Ctrl-C or SIGTERM. It prints the RPC URL,
//! the funded dev accounts with their (public, anvil test-mnemonic) keys, and last a line
//! `ready <rpc-url>` that scripts can wait for.

use std::path::PathBuf;

use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner, coins_bip39::English};
use serde_json::json;
use tensora_devnet::{DEV_MNEMONIC, DEVNET_CHAIN_ID, Devnet, DevnetOptions};

use super::CliResult;
use crate::output;

/// How many dev accounts anvil funds.
const DEV_ACCOUNTS: u32 = 10;

/// Flags of `tensora devnet`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Port for the JSON-RPC endpoint (refused when something already listens there).
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
    /// Seconds per block, so that the chain's clock follows the wall clock as on an OP Stack
    /// chain (votes, epochs and deadlines move on while nobody sends); 0 mines a block per
    /// transaction instead.
    #[arg(long, default_value_t = 1)]
    block_time: u64,
    /// The anvil binary (default: TENSORA_ANVIL, a checkout's node_modules, or anvil on PATH).
    #[arg(long)]
    anvil: Option<PathBuf>,
}

/// Dev account `index` of anvil's test mnemonic.
pub(crate) fn dev_signer(index: u32) -> Result<PrivateKeySigner, Box<dyn std::error::Error>> {
    Ok(MnemonicBuilder::<English>::default()
        .phrase(DEV_MNEMONIC)
        .index(index)?
        .build()?)
}

pub(crate) async fn run(args: Args) -> CliResult {
    let anvil = crate::locate::anvil(args.anvil)?;
    output::notice(&format!("using anvil at {}", anvil.display()));
    let mut options = DevnetOptions::new(anvil);
    options.port = args.port;
    options.host = args.host;
    options.chain_id = args.chain_id;
    options.state = args.state;
    options.block_time = (args.block_time > 0).then_some(args.block_time);
    let mut devnet = Devnet::start(&options).await?;
    let mut accounts = Vec::new();
    for index in 0..DEV_ACCOUNTS {
        let signer = dev_signer(index)?;
        accounts.push((
            signer.address(),
            alloy::primitives::hex::encode_prefixed(signer.to_bytes()),
        ));
    }
    let mut text = vec![
        format!(
            "OP Stack devnet (anvil, optimism mode), chain id {}",
            devnet.chain_id
        ),
        format!("RPC URL: {}", devnet.url),
        if devnet.installed.is_empty() {
            "predeploys and preinstalls: already present (persisted state)".to_owned()
        } else {
            format!("installed: {}", devnet.installed.join(", "))
        },
        "funded dev accounts, 10,000 ETH each (anvil's PUBLIC test mnemonic: devnet only, never \
         send real funds to them):"
            .to_owned(),
    ];
    for (i, (address, key)) in accounts.iter().enumerate() {
        text.push(format!("  ({i}) {address}  key {key}"));
    }
    text.push("Ctrl-C or SIGTERM stops the devnet.".to_owned());
    text.push(format!("ready {}", devnet.url));
    let accounts: Vec<_> = accounts
        .iter()
        .map(|(address, key)| json!({ "address": address, "privateKey": key }))
        .collect();
    output::result(
        &text.join("\n"),
        &json!({
            "ready": true,
            "rpcUrl": devnet.url,
            "chainId": devnet.chain_id,
            "installed": devnet.installed,
            "mnemonic": DEV_MNEMONIC,
            "accounts": accounts,
        }),
    );
    let stop = super::stop_signal()?;
    tokio::select! {
        () = stop => {}
        result = devnet.wait() => {
            result?;
            return Err("anvil exited unexpectedly".into());
        }
    }
    devnet.stop().await?;
    output::notice("devnet stopped");
    Ok(())
}
