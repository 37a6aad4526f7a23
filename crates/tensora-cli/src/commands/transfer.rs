//! `tensora transfer`: send TORA (or devnet ETH) to an account, e.g. to fund a new miner, a
//! validator or a smart account.

use alloy::network::TransactionBuilder;
use alloy::primitives::{Address, U256};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;
use serde_json::json;
use tensora_bindings::{TORA, names};

use super::CliResult;
use crate::context::{ChainArgs, Ctx, TxArgs, parse_address, parse_amount, tora};

/// Flags of `tensora transfer`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Who receives.
    #[arg(long, value_parser = parse_address)]
    to: Address,
    /// Amount in whole tokens (e.g. 1000 or 150.5).
    #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
    amount: U256,
    /// Send ETH instead of TORA.
    #[arg(long)]
    eth: bool,
    #[command(flatten)]
    chain: ChainArgs,
    #[command(flatten)]
    tx: TxArgs,
}

pub(crate) async fn run(args: Args) -> CliResult {
    if args.amount.is_zero() {
        return Err("--amount must be more than 0".into());
    }
    if args.to == Address::ZERO {
        return Err("--to is the zero address: tokens sent there are lost".into());
    }
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let from = ctx.sender()?;
    if args.eth {
        let balance = ctx.provider.get_balance(from).await?;
        if balance < args.amount {
            return Err(format!(
                "{from} holds {} ETH, less than the {} ETH to send",
                tensora_types::units::format_decimal(balance, 18),
                tensora_types::units::format_decimal(args.amount, 18)
            )
            .into());
        }
        let request = TransactionRequest::default()
            .with_to(args.to)
            .with_value(args.amount);
        let what = format!(
            "sending {} ETH to {}",
            tensora_types::units::format_decimal(args.amount, 18),
            args.to
        );
        let moves = Some(what.clone());
        ctx.send_request(request, &what, moves).await?;
        return Ok(());
    }
    let token = TORA::new(ctx.address(names::TORA)?, &ctx.provider);
    let balance = token.balanceOf(from).call().await?;
    if balance < args.amount {
        return Err(format!(
            "{from} holds {}, less than the {} to send",
            tora(balance),
            tora(args.amount)
        )
        .into());
    }
    let what = format!("sending {} to {}", tora(args.amount), args.to);
    let outcome = ctx
        .send(
            token.transfer(args.to, args.amount),
            &what,
            Some(what.clone()),
        )
        .await?;
    if !outcome["txHash"].is_null() {
        let now = token.balanceOf(args.to).call().await?;
        ctx.say(
            &format!("{} now holds {}", args.to, tora(now)),
            &json!({ "to": args.to, "balance": now.to_string() }),
        )?;
    }
    Ok(())
}
