//! `tensora epoch status`: where a subnet's epoch stands.

use serde_json::json;
use tensora_bindings::Subnet;

use super::CliResult;
use tensora_client::closing;

use crate::context::{ChainArgs, Ctx, TxArgs};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Close the ended epoch: compute the consensus from the revealed scores and submit it, in
    /// chunks of miner columns when one transaction would exceed the gas cap.
    Close {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// First block to read scores from (default: the suite's first block in the deployment
        /// record).
        #[arg(long)]
        from_block: Option<u64>,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// The current epoch: number, phase, deadlines and close progress.
    Status {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        #[command(flatten)]
        chain: ChainArgs,
    },
}

async fn close(subnet: u64, from_block: Option<u64>, chain: &ChainArgs, tx: &TxArgs) -> CliResult {
    let ctx = Ctx::write(chain, tx).await?;
    let from_block = from_block.unwrap_or_else(|| ctx.deployment.start_block());
    let instance = ctx.subnet(subnet).await?;
    let trust = ctx.address(tensora_bindings::names::VALIDATOR_TRUST)?;
    if ctx.dry_run() {
        let (epoch, chunks) =
            closing::plan_close(&ctx.provider, ctx.sender()?, instance, trust, from_block).await?;
        let text = format!(
            "dry run: closing epoch {epoch} of subnet {subnet} would take {} transaction(s): {}; nothing sent",
            chunks.len(),
            chunks
                .iter()
                .map(|c| format!(
                    "columns {}..{} (gas {})",
                    c.from,
                    c.from + c.columns,
                    c.gas_used
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        return ctx.say(
            &text,
            &json!({ "dryRun": true, "epoch": epoch, "chunks": chunks }),
        );
    }
    let report = closing::close_epoch(
        &ctx.provider,
        ctx.sender()?,
        instance,
        trust,
        from_block,
        None,
    )
    .await?;
    let text = format!(
        "epoch {} closed with {} validator row(s) in {} transaction(s): {}",
        report.epoch,
        report.rows,
        report.chunks.len(),
        report
            .chunks
            .iter()
            .map(|c| format!("{} (gas {})", c.tx_hash, c.gas_used))
            .collect::<Vec<_>>()
            .join(", ")
    );
    ctx.say(&text, &serde_json::to_value(&report)?)
}

pub(crate) async fn run(command: Command) -> CliResult {
    let (subnet, chain) = match command {
        Command::Close {
            subnet,
            from_block,
            chain,
            tx,
        } => return close(subnet, from_block, &chain, &tx).await,
        Command::Status { subnet, chain } => (subnet, chain),
    };
    let ctx = Ctx::read(&chain).await?;
    let instance = ctx.subnet(subnet).await?;
    let info = Subnet::new(instance, &ctx.provider)
        .epochInfo()
        .call()
        .await?;
    let now = ctx.chain_time().await?;
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
    let when = |t: u64| tensora_types::units::format_time(t, now);
    let text = format!(
        "subnet {subnet} epoch {}: {phase}; ends {}{}",
        info.epoch,
        when(end),
        if info.commitReveal {
            format!("; reveals from {}", when(reveal_from))
        } else {
            String::new()
        }
    );
    ctx.say(&text, &value)
}
