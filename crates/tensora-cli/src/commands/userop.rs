//! `tensora userop`: act from an ERC-4337 smart account (TensoraAccount: SimpleAccount for
//! EntryPoint v0.7 that approves the paymaster when it is created) that pays gas in TORA through
//! the suite's paymaster, via any bundler. The signer flags give the account's owner key, which
//! only signs locally.

use std::time::Duration;

use alloy::primitives::{Address, Bytes, U256};
use alloy::providers::{Provider, ProviderBuilder};
use alloy::sol_types::SolCall;
use serde_json::json;
use tensora_bindings::{TORA, TensoraAccount, TensoraAccountFactory, names};
use tensora_client::userop::UserOp;

use super::CliResult;
use crate::context::{ChainArgs, Ctx, parse_address, tora};
use crate::signer::SignerArgs;

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// The owner's account address (send TORA there), its TORA and whether it exists yet.
    Address {
        #[command(flatten)]
        owner: SignerArgs,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Execute a call from the account, paying gas in TORA (the first use also creates the
    /// account, which approves the paymaster as it is created).
    Send {
        /// The bundler's RPC URL.
        #[arg(long, env = "BUNDLER_URL")]
        bundler_url: String,
        /// Contract to call from the account.
        #[arg(long, value_parser = parse_address)]
        to: Address,
        /// ABI-encoded calldata (0x…).
        #[arg(long)]
        calldata: Bytes,
        #[command(flatten)]
        owner: SignerArgs,
        #[command(flatten)]
        chain: ChainArgs,
    },
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Address { owner, chain } => {
            let ctx = Ctx::read(&chain).await?;
            let owner = owner.signer()?;
            let factory =
                TensoraAccountFactory::new(ctx.address(names::ACCOUNT_FACTORY)?, &ctx.provider);
            let account = factory
                .getAddress(owner.address(), U256::ZERO)
                .call()
                .await?;
            let exists = !ctx.provider.get_code_at(account).await?.is_empty();
            let token = TORA::new(ctx.address(names::TORA)?, &ctx.provider);
            let balance = token.balanceOf(account).call().await?;
            ctx.say(
                &format!("account {account} of {}: {}, holds {}", owner.address(), if exists { "deployed" } else { "not deployed yet" }, tora(balance)),
                &json!({ "account": account, "owner": owner.address(), "deployed": exists, "tora": balance.to_string() }),
            )
        }
        Command::Send {
            bundler_url,
            to,
            calldata,
            owner,
            chain,
        } => {
            let ctx = Ctx::read(&chain).await?;
            let owner = owner.signer()?;
            let bundler_url = bundler_url
                .parse()
                .map_err(|e| format!("--bundler-url {bundler_url} is not a URL: {e}"))?;
            let bundler = ProviderBuilder::new().connect_http(bundler_url).erased();
            let factory_at = ctx.address(names::ACCOUNT_FACTORY)?;
            let paymaster = ctx.address(names::PAYMASTER)?;
            let tora_at = ctx.address(names::TORA)?;
            let factory = TensoraAccountFactory::new(factory_at, &ctx.provider);
            let account = factory
                .getAddress(owner.address(), U256::ZERO)
                .call()
                .await?;
            let exists = !ctx.provider.get_code_at(account).await?.is_empty();
            let token = TORA::new(tora_at, &ctx.provider);
            let op = |factory: Option<(Address, Bytes)>, call_data: Bytes| UserOp {
                provider: &ctx.provider,
                bundler: &bundler,
                owner: &owner,
                sender: account,
                factory,
                call_data,
                paymaster,
                executor: owner.address(),
            };
            let timeout = Duration::from_secs(60);
            if exists && token.allowance(account, paymaster).call().await?.is_zero() {
                return Err(format!(
                    "account {account} has revoked its TORA approval of the paymaster {paymaster}; \
                     approve it again from the owner key (it calls execute(TORA, 0, approve(paymaster, amount)))"
                )
                .into());
            }
            let create = (!exists).then(|| {
                let call = TensoraAccountFactory::createAccountCall {
                    owner: owner.address(),
                    salt: U256::ZERO,
                };
                (factory_at, Bytes::from(call.abi_encode()))
            });
            let call = TensoraAccount::executeCall {
                dest: to,
                value: U256::ZERO,
                func: calldata,
            }
            .abi_encode();
            let receipt = op(create, call.into()).send(timeout).await?;
            let success = receipt.success;
            let tx_hash = receipt.receipt.transaction_hash;
            let charged = ctx
                .events::<tensora_bindings::TensoraPaymaster::UserOperationCharged>(
                    paymaster,
                    &json!({ "txHash": tx_hash }),
                )
                .await?
                .into_iter()
                .find(|c| c.sender == account);
            let mut value = serde_json::to_value(&receipt)?;
            if let Some(c) = &charged {
                value["charged"] = json!({
                    "tora": c.charge.to_string(), "nativeCost": c.nativeCost.to_string(),
                    "refund": c.refund.to_string(), "toraPerEth": c.tokenPerNative.to_string(),
                });
            }
            ctx.say(
                &format!(
                    "UserOperation {} from {account}{}: {} (tx {}); {}",
                    receipt.user_op_hash,
                    if exists { "" } else { " (created it)" },
                    if success { "succeeded" } else { "REVERTED" },
                    tx_hash,
                    match &charged {
                        Some(c) => format!(
                            "gas cost {} ETH, paid as {} (refunded {} of the pre-charge); the account now holds {}",
                            tensora_types::units::format_decimal(c.nativeCost, 18),
                            tora(c.charge),
                            tora(c.refund),
                            tora(token.balanceOf(account).call().await?)
                        ),
                        None => "paid in TORA".to_owned(),
                    }
                ),
                &value,
            )?;
            if !success {
                return Err(
                    "the call reverted inside the UserOperation (its gas was still paid in TORA)"
                        .into(),
                );
            }
            Ok(())
        }
    }
}
