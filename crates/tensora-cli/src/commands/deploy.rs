//! `tensora deploy`: deploys (or completes) and verifies the suite, then writes
//! `deployments/<chainId>.json`.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use alloy::network::EthereumWallet;
use alloy::providers::{Provider, ProviderBuilder};
use tensora_deploy::config::NetworkConfig;
use tensora_deploy::suite::{self, StepReport};

use super::{CliResult, repo_root};
use crate::signer::SignerArgs;

/// Flags of `tensora deploy`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The RPC endpoint of the target OP Stack chain.
    #[arg(long, env = "ETH_RPC_URL", default_value = "http://127.0.0.1:8545")]
    rpc_url: String,
    /// Network config to deploy from (default: deployments/config/<network>.toml).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Network name, selecting deployments/config/<network>.toml.
    #[arg(long, default_value = "devnet")]
    network: String,
    /// Directory of the deployment records.
    #[arg(long, default_value_os_t = repo_root().join("deployments"))]
    deployments: PathBuf,
    #[command(flatten)]
    signer: SignerArgs,
    /// Print the outcome as JSON (no progress lines).
    #[arg(long)]
    json: bool,
}

pub(crate) async fn run(args: Args) -> CliResult {
    let started = Instant::now();
    let config_path = args.config.unwrap_or_else(|| {
        args.deployments
            .join("config")
            .join(format!("{}.toml", args.network))
    });
    let config = NetworkConfig::load(&config_path)?;
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
    let json = args.json;
    if !json {
        println!(
            "deploying the {} suite from {deployer} via {}",
            config.network, args.rpc_url
        );
    }
    let mut progress = |step: &StepReport| {
        if json {
            return;
        }
        let detail = match (step.tx_hash, step.gas_used) {
            (Some(hash), Some(gas)) => format!("deployed  tx {hash} gas {gas}"),
            _ => "present".to_owned(),
        };
        let _ = writeln!(
            std::io::stdout(),
            "  {:<24} {}  {detail}",
            step.name,
            step.address
        );
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
    if json {
        let mut value = serde_json::to_value(&outcome)?;
        value["seconds"] = serde_json::json!(elapsed);
        println!("{value}");
    } else {
        println!(
            "verified: code, versions, owners, roles and parameters match {}",
            config_path.display()
        );
        println!(
            "{} transaction(s) in {elapsed:.2} s; record written to {}",
            outcome.transactions,
            outcome.record_path.display()
        );
    }
    Ok(())
}
