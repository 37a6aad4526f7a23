//! `tensora coordinator run`: the coordinator service ([`tensora_services::coordinator`]) for one
//! subnet, signing with the given key. It closes each epoch when it ends (in chunks when needed),
//! resumes a close interrupted mid-way, and never closes an epoch twice. Logs through `tracing`
//! (JSON lines under `--json`).

use std::time::Duration;

use tensora_bindings::names;
use tensora_services::coordinator::Coordinator;

use super::CliResult;
use crate::context::{ChainArgs, Ctx, TxArgs};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Watch a subnet and close each epoch when it ends.
    Run {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// Seconds between polls while waiting.
        #[arg(long, default_value_t = 2)]
        poll_seconds: u64,
        /// Stop after closing one epoch (for scripts and tests).
        #[arg(long)]
        once: bool,
        /// First block to read scores from (default: the suite's first block in the deployment
        /// record).
        #[arg(long)]
        from_block: Option<u64>,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

pub(crate) async fn run(command: Command) -> CliResult {
    let Command::Run {
        subnet,
        poll_seconds,
        once,
        from_block,
        chain,
        tx,
    } = command;
    let ctx = Ctx::write(&chain, &tx).await?;
    let coordinator = Coordinator {
        provider: ctx.provider.clone(),
        from: ctx.sender()?,
        subnet: ctx.subnet(subnet).await?,
        subnet_id: subnet,
        trust: ctx.address(names::VALIDATOR_TRUST)?,
        from_block: from_block.unwrap_or_else(|| ctx.deployment.start_block()),
        poll: Duration::from_secs(poll_seconds),
    };
    coordinator.run(once).await;
    Ok(())
}
