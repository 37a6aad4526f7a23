//! `tensora coordinator run`: keeps a subnet's epochs closing on time. It polls the chain, and
//! once the epoch has ended computes the consensus and closes it (in chunks when needed). All
//! state comes from the chain (epoch, end, close cursor), so a coordinator killed mid-close and
//! restarted finishes that epoch and never closes one twice. RPC failures are retried with
//! exponential backoff (1 s doubling to 60 s). Progress is logged as one JSON object per line.

use std::time::Duration;

use serde_json::{Value, json};
use tensora_bindings::{Subnet, names};
use tensora_client::closing;

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs};

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

fn log(fields: Value) {
    crate::output::log_line("coordinator", fields);
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
    let from_block = from_block.unwrap_or_else(|| ctx.deployment.start_block());
    let instance = ctx.subnet(subnet).await?;
    let trust = ctx.address(names::VALIDATOR_TRUST)?;
    let from = ctx.sender()?;
    log(json!({ "event": "started", "subnet": subnet, "instance": instance, "account": from }));
    let mut backoff = Duration::from_secs(1);
    let mut waiting_for: Option<u64> = None;
    loop {
        match step(&ctx, instance, trust, from, from_block).await {
            Ok(Step::Waiting {
                epoch,
                seconds_left,
            }) => {
                backoff = Duration::from_secs(1);
                if waiting_for != Some(epoch) {
                    log(
                        json!({ "event": "waiting", "subnet": subnet, "epoch": epoch, "secondsLeft": seconds_left }),
                    );
                    waiting_for = Some(epoch);
                }
                tokio::time::sleep(Duration::from_secs(poll_seconds.min(seconds_left.max(1))))
                    .await;
            }
            Ok(Step::Closed(report)) => {
                backoff = Duration::from_secs(1);
                log(json!({ "event": "closed", "subnet": subnet, "report": report }));
                if once {
                    return Ok(());
                }
            }
            Err(e) => {
                log(
                    json!({ "event": "error", "subnet": subnet, "error": e.to_string(), "retryInSeconds": backoff.as_secs() }),
                );
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(60));
            }
        }
    }
}

enum Step {
    Waiting { epoch: u64, seconds_left: u64 },
    Closed(closing::CloseReport),
}

async fn step(
    ctx: &Ctx,
    instance: alloy::primitives::Address,
    trust: alloy::primitives::Address,
    from: alloy::primitives::Address,
    from_block: u64,
) -> Result<Step, CliError> {
    let info = Subnet::new(instance, &ctx.provider)
        .epochInfo()
        .call()
        .await?;
    let now = ctx.next_block_time().await?;
    let end = u64::from(info.end);
    if now < end && info.closeCursor == 0 {
        return Ok(Step::Waiting {
            epoch: info.epoch,
            seconds_left: end - now,
        });
    }
    Ok(Step::Closed(
        closing::close_epoch(&ctx.provider, from, instance, trust, from_block, None).await?,
    ))
}
