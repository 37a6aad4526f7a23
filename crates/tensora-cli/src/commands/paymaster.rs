//! `tensora paymaster`: the TORA gas paymaster's price, deposit and stake.

use alloy::primitives::U256;
use alloy::primitives::utils::format_ether;
use serde_json::json;
use tensora_bindings::{TensoraPaymaster, names};

use super::CliResult;
use crate::context::{ChainArgs, Ctx, TxArgs, parse_amount};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Price, markup, expiry, EntryPoint deposit and collected TORA.
    Status {
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Set the price in TORA per ETH (the keeper or governance).
    SetPrice {
        /// TORA per 1 ETH, e.g. 2000.
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        tora_per_eth: U256,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Add ETH to the paymaster's EntryPoint stake, with the governance-set unstake delay (anyone).
    Stake {
        /// ETH to stake.
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        eth: U256,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Add ETH to the paymaster's EntryPoint deposit (anyone).
    Deposit {
        /// ETH to deposit.
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        eth: U256,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Status { chain } => {
            let ctx = Ctx::read(&chain).await?;
            let at = ctx.address(names::PAYMASTER)?;
            let pm = TensoraPaymaster::new(at, &ctx.provider);
            let price = pm.price().call().await?;
            let deposit = pm.getDeposit().call().await?;
            let token = tensora_bindings::TORA::new(ctx.address(names::TORA)?, &ctx.provider);
            let collected = token.balanceOf(at).call().await?;
            let paused = pm.paused().call().await?;
            let value = json!({
                "paymaster": at, "toraPerEth": price.tokenPerNative.to_string(), "updatedAt": price.updatedAt.to::<u64>(),
                "validUntil": price.validUntil.to::<u64>(), "markupBps": price.markupBps,
                "deposit": deposit.to_string(), "collectedTora": collected.to_string(), "paused": paused,
            });
            let text = format!(
                "paymaster {at}{}: {} TORA per ETH (+{} bps), valid until {}; EntryPoint deposit {} ETH; collected {} TORA",
                if paused { " (PAUSED)" } else { "" },
                format_ether(price.tokenPerNative),
                price.markupBps,
                price.validUntil,
                format_ether(deposit),
                format_ether(collected)
            );
            ctx.say(&text, &value)
        }
        Command::SetPrice {
            tora_per_eth,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let pm = TensoraPaymaster::new(ctx.address(names::PAYMASTER)?, &ctx.provider);
            ctx.send(
                pm.setPrice(tora_per_eth),
                &format!(
                    "setting the price to {} TORA/ETH",
                    format_ether(tora_per_eth)
                ),
                None,
            )
            .await?;
            Ok(())
        }
        Command::Stake { eth, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let pm = TensoraPaymaster::new(ctx.address(names::PAYMASTER)?, &ctx.provider);
            let funds = format!(
                "stakes {} ETH for the paymaster (only governance can unstake it)",
                format_ether(eth)
            );
            ctx.send(
                pm.addStake().value(eth),
                "staking for the paymaster",
                Some(funds),
            )
            .await?;
            Ok(())
        }
        Command::Deposit { eth, chain, tx } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let pm = TensoraPaymaster::new(ctx.address(names::PAYMASTER)?, &ctx.provider);
            let funds = format!("sends {} ETH to the EntryPoint deposit", format_ether(eth));
            ctx.send(
                pm.deposit().value(eth),
                "depositing for the paymaster",
                Some(funds),
            )
            .await?;
            Ok(())
        }
    }
}
