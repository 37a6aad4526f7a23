//! `tensora deploy`: deploys (or completes) and verifies the suite, then writes
//! `deployments/<chainId>.json`.

use std::path::PathBuf;
use std::time::Instant;

use alloy::network::EthereumWallet;
use alloy::providers::{Provider, ProviderBuilder};
use tensora_deploy::execute::{self as suite, StepReport};

use super::CliResult;
use crate::output;
use crate::signer::SignerArgs;

/// Flags of `tensora deploy`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The RPC endpoint of the target OP Stack chain.
    #[arg(long, env = "ETH_RPC_URL", default_value = "http://127.0.0.1:8545")]
    rpc_url: String,
    /// Network config to deploy from (default: <deployments>/config/<network>.toml if it exists,
    /// else the config of that name shipped in the binary: devnet or mainnet).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Network name, selecting the config when --config is not given.
    #[arg(long, default_value = "devnet")]
    network: String,
    /// Directory of the deployment records, relative to the current directory.
    #[arg(long, env = crate::locate::DEPLOYMENTS_ENV, default_value = crate::locate::DEFAULT_DEPLOYMENTS)]
    deployments: PathBuf,
    /// Print the shipped config of --network (a template to edit) and exit.
    #[arg(long)]
    print_config: bool,
    #[command(flatten)]
    signer: SignerArgs,
}

pub(crate) async fn run(args: Args) -> CliResult {
    let started = Instant::now();
    if args.print_config {
        let text = crate::locate::shipped_config_text(&args.network)?;
        output::result(
            text.trim_end(),
            &serde_json::json!({ "network": args.network, "toml": text }),
        );
        return Ok(());
    }
    let located =
        crate::locate::network_config(args.config.as_deref(), &args.deployments, &args.network)?;
    let config = located.config;
    let signer = args.signer.signer()?;
    let deployer = signer.address();
    let url = args
        .rpc_url
        .parse()
        .map_err(|e| format!("--rpc-url {} is not a URL: {e}", args.rpc_url))?;
    let provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer))
        .connect_http(url)
        .erased();
    output::progress(&format!(
        "deploying the {} suite from {deployer} via {} (config: {}; records: {})",
        config.network,
        args.rpc_url,
        located.source,
        args.deployments.display()
    ));
    let mut progress = |step: &StepReport| {
        let detail = match (step.tx_hash, step.gas_used) {
            (Some(hash), Some(gas)) => format!("deployed  tx {hash} gas {gas}"),
            _ => "present".to_owned(),
        };
        output::progress(&format!("  {:<24} {}  {detail}", step.name, step.address));
    };
    let outcome = suite::deploy(
        &provider,
        deployer,
        &config,
        &args.deployments,
        &mut progress,
    )
    .await?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut value = serde_json::to_value(&outcome)?;
    value["seconds"] = serde_json::json!(elapsed);
    output::result(
        &format!(
            "verified: code, versions, owners, roles and parameters match {}\n\
             {} transaction(s) in {elapsed:.2} s; record written to {}",
            located.source,
            outcome.transactions,
            outcome.record_path.display()
        ),
        &value,
    );
    Ok(())
}
