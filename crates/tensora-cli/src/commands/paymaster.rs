//! `tensora paymaster`: the TORA gas paymaster's price, deposit and stake.

use alloy::primitives::U256;
use serde_json::json;
use tensora_bindings::{TensoraPaymaster, names};

use super::CliResult;
use crate::context::{ChainArgs, Ctx, TxArgs, parse_amount, tora};
use tensora_types::units;

mod stake {
    alloy::sol! {
        /// The EntryPoint's stake manager (v0.7 and v0.8 share it).
        #[sol(rpc)]
        interface IStakeManager {
            struct DepositInfo {
                uint256 deposit;
                bool staked;
                uint112 stake;
                uint32 unstakeDelaySec;
                uint48 withdrawTime;
            }
            function getDepositInfo(address account) external view returns (DepositInfo memory info);
        }
    }
}

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
            let limits = pm.limits().call().await?;
            let entry_point = pm.ENTRY_POINT().call().await?;
            let info = stake::IStakeManager::new(entry_point, &ctx.provider)
                .getDepositInfo(at)
                .call()
                .await?;
            let token = tensora_bindings::TORA::new(ctx.address(names::TORA)?, &ctx.provider);
            let collected = token.balanceOf(at).call().await?;
            let paused = pm.paused().call().await?;
            let keeper = pm.keeper().call().await?;
            let now = ctx.chain_time().await?;
            let (updated, valid_until) =
                (price.updatedAt.to::<u64>(), price.validUntil.to::<u64>());
            let price_state = if updated == 0 {
                "never set: no operation validates until the keeper sets a price".to_owned()
            } else if valid_until <= now {
                format!(
                    "EXPIRED at {}: no operation validates until the keeper sets a new price",
                    units::format_time(valid_until, now)
                )
            } else {
                format!(
                    "{} TORA per ETH (+{} bps markup), set {}, valid until {}",
                    units::format_decimal(price.tokenPerNative, 18),
                    price.markupBps,
                    units::format_time(updated, now),
                    units::format_time(valid_until, now)
                )
            };
            let value = json!({
                "paymaster": at, "entryPoint": entry_point, "paused": paused, "keeper": keeper,
                "priceSet": updated != 0, "toraPerEth": price.tokenPerNative.to_string(), "updatedAt": updated,
                "validUntil": valid_until, "markupBps": price.markupBps,
                "maxFeePerGas": limits.maxFeePerGas.to_string(), "maxCostPerOp": limits.maxCostPerOp.to_string(),
                "deposit": deposit.to_string(), "staked": info.staked, "stake": info.stake.to_string(),
                "unstakeDelay": info.unstakeDelaySec, "withdrawTime": info.withdrawTime.to::<u64>(),
                "collectedTora": collected.to_string(),
            });
            let text = [
                format!(
                    "paymaster {at}{}",
                    if paused {
                        " (PAUSED: sponsors nothing)"
                    } else {
                        ""
                    }
                ),
                format!("  EntryPoint   {entry_point}"),
                format!("  price        {price_state}"),
                format!("  keeper       {keeper}"),
                format!(
                    "  limits       max fee {} gwei per gas, max cost {} ETH per operation",
                    units::format_decimal(U256::from(limits.maxFeePerGas), 9),
                    units::format_decimal(U256::from(limits.maxCostPerOp), 18)
                ),
                format!(
                    "  deposit      {} ETH at the EntryPoint (pays the bundlers){}",
                    units::format_decimal(deposit, 18),
                    if deposit.is_zero() {
                        ": EMPTY, fund it with `tensora paymaster deposit`"
                    } else {
                        ""
                    }
                ),
                format!(
                    "  stake        {}",
                    if info.staked {
                        format!(
                            "{} ETH, unstake delay {} s",
                            units::format_decimal(U256::from(info.stake), 18),
                            info.unstakeDelaySec
                        )
                    } else {
                        "none: bundlers limit unstaked paymasters; add one with `tensora paymaster stake`".to_owned()
                    }
                ),
                format!("  collected    {}", tora(collected)),
            ];
            ctx.say(&text.join("\n"), &value)
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
                    tensora_types::units::format_decimal18(tora_per_eth)
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
                tensora_types::units::format_decimal18(eth)
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
            let funds = format!(
                "sends {} ETH to the EntryPoint deposit",
                tensora_types::units::format_decimal18(eth)
            );
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
