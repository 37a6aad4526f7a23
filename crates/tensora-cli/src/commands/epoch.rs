//! `tensora epoch status`: where a subnet's epoch stands.

use alloy::providers::Provider;
use serde_json::json;
use tensora_bindings::Subnet;

use super::CliResult;
use crate::context::{ChainArgs, Ctx};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// The current epoch: number, phase, deadlines and close progress.
    Status {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        #[command(flatten)]
        chain: ChainArgs,
    },
}

pub(crate) async fn run(command: Command) -> CliResult {
    let Command::Status { subnet, chain } = command;
    let ctx = Ctx::read(&chain).await?;
    let instance = ctx.subnet(subnet).await?;
    let info = Subnet::new(instance, &ctx.provider)
        .epochInfo()
        .call()
        .await?;
    let now = ctx
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await?
        .ok_or("the node returned no latest block")?
        .header
        .timestamp;
    let (end, reveal_from) = (u64::from(info.end), u64::from(info.revealFrom));
    let phase = if info.closeCursor > 0 {
        "closing (chunked close under way)"
    } else if now >= end {
        "ended: ready to close"
    } else if info.commitReveal && now >= reveal_from {
        "reveal"
    } else if info.commitReveal {
        "commit"
    } else {
        "scoring (direct submission)"
    };
    let value = json!({
        "subnet": subnet, "epoch": info.epoch, "phase": phase, "now": now, "end": end,
        "revealFrom": reveal_from, "commitReveal": info.commitReveal, "closeCursor": info.closeCursor,
        "secondsLeft": end.saturating_sub(now),
    });
    let text = format!(
        "subnet {subnet} epoch {}: {phase}; ends at {end} ({} s left), reveal from {reveal_from}",
        info.epoch,
        end.saturating_sub(now)
    );
    ctx.say(&text, &value)
}
