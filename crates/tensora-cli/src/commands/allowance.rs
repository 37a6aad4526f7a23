//! TORA allowances: commands that spend TORA check the allowance first and approve only when
//! asked to (`--approve`), so that nothing is approved silently. The approval is never sent on
//! its own: the approval and the action are simulated together first (`eth_simulateV1`), the user
//! is asked once for both, and a refused, reverting or declined action leaves no allowance behind.

use alloy::contract::{CallBuilder, CallDecoder};
use alloy::primitives::{Address, U256};
use alloy::providers::Provider;
use alloy::rpc::types::simulate::{SimBlock, SimulatePayload};
use serde_json::{Value, json};
use tensora_bindings::{TORA, names};
use tensora_client::tx;

use crate::context::{CliError, Ctx, tora};

/// An approval the action needs first.
#[derive(Debug)]
pub(crate) struct Approval {
    token: Address,
    spender: Address,
    amount: U256,
    previous: U256,
    purpose: String,
}

/// Checks that the signer holds `needed` TORA and that `spender` may take it. Returns the
/// approval to send with the action when the allowance is short and `approve` is set, else fails
/// with what to do.
pub(crate) async fn ensure_allowance(
    ctx: &Ctx,
    spender: Address,
    needed: U256,
    approve: bool,
    purpose: &str,
) -> Result<Option<Approval>, CliError> {
    let from = ctx.sender()?;
    let token = TORA::new(ctx.address(names::TORA)?, &ctx.provider);
    let balance = token.balanceOf(from).call().await?;
    if balance < needed {
        return Err(format!(
            "{from} holds {}, but {purpose} needs {}",
            tora(balance),
            tora(needed)
        )
        .into());
    }
    let allowance = token.allowance(from, spender).call().await?;
    if allowance >= needed {
        return Ok(None);
    }
    if !approve {
        return Err(format!(
            "the TORA allowance for {spender} is {}, but {purpose} needs {}: pass --approve to approve it",
            tora(allowance),
            tora(needed)
        )
        .into());
    }
    Ok(Some(Approval {
        token: *token.address(),
        spender,
        amount: needed,
        previous: allowance,
        purpose: purpose.to_owned(),
    }))
}

/// Sends `call`, preceded by `approval` when there is one: both simulated in order first, one
/// confirmation for both, then both sent. Without an approval this is `Ctx::send`.
pub(crate) async fn send_spending<P: Provider, D: CallDecoder>(
    ctx: &Ctx,
    approval: Option<Approval>,
    call: CallBuilder<P, D>,
    what: &str,
    moves: Option<String>,
) -> Result<Value, CliError> {
    let Some(approval) = approval else {
        return ctx.send(call, what, moves).await;
    };
    let from = ctx.sender()?;
    let token = TORA::new(approval.token, &ctx.provider);
    let approve_what = format!(
        "approving {} for {}",
        tora(approval.amount),
        approval.purpose
    );
    let approve_tx = token
        .approve(approval.spender, approval.amount)
        .into_transaction_request()
        .from(from);
    let action_tx = call.into_transaction_request().from(from);
    // Simulated together, on the latest state: the action sees the approval.
    let payload = SimulatePayload {
        block_state_calls: vec![SimBlock {
            block_overrides: None,
            state_overrides: None,
            calls: vec![approve_tx.clone(), action_tx.clone()],
        }],
        trace_transfers: false,
        validation: false,
        return_full_transactions: false,
    };
    let blocks = ctx
        .provider
        .simulate(&payload)
        .await
        .map_err(|e| format!("simulating {approve_what} and {what}: {e}"))?;
    let results = blocks.first().map(|b| b.calls.clone()).unwrap_or_default();
    if results.len() != 2 {
        return Err(format!(
            "simulating {what}: the node returned {} results for 2 calls",
            results.len()
        )
        .into());
    }
    for (result, step) in results.iter().zip([&approve_what, &what.to_owned()]) {
        if !result.status {
            let reason = tensora_bindings::errors::decode_revert(&result.return_data)
                .or_else(|| result.error.as_ref().map(|e| e.message.clone()))
                .unwrap_or_else(|| "reverted".into());
            return Err(
                format!("{step} would revert: {reason}; nothing was approved or sent").into(),
            );
        }
    }
    let gas = (results[0].gas_used, results[1].gas_used);
    if ctx.dry_run() {
        let outcome = json!({
            "action": what, "approval": approve_what, "dryRun": true, "wouldSucceed": true,
            "gasUsed": [gas.0, gas.1],
        });
        ctx.say(
            &format!(
                "dry run: {approve_what}, then {what}, would succeed (gas {} + {}); nothing sent",
                gas.0, gas.1
            ),
            &outcome,
        )?;
        return Ok(outcome);
    }
    ctx.confirm(&format!(
        "{approve_what}, then {what}{}",
        moves.map(|m| format!(": {m}")).unwrap_or_default()
    ))?;
    let approved = tx::send(&ctx.provider, from, approve_tx, &approve_what).await?;
    match tx::send(&ctx.provider, from, action_tx, what).await {
        Ok(receipt) => {
            let outcome = json!({
                "action": what,
                "approvalTxHash": approved.transaction_hash,
                "txHash": receipt.transaction_hash,
                "block": receipt.block_number,
                "gasUsed": receipt.gas_used,
            });
            ctx.say(
                &format!(
                    "{approve_what}: tx {}; {what}: tx {} (gas {})",
                    approved.transaction_hash, receipt.transaction_hash, receipt.gas_used
                ),
                &outcome,
            )?;
            Ok(outcome)
        }
        Err(e) => {
            // The chain changed since the simulation: take the approval back.
            let reset = token
                .approve(approval.spender, approval.previous)
                .into_transaction_request();
            let undone = tx::send(&ctx.provider, from, reset, "resetting the approval").await;
            Err(match undone {
                Ok(_) => format!(
                    "{e}; the approval was reset to {}",
                    tora(approval.previous)
                ),
                Err(reset_error) => format!(
                    "{e}; resetting the approval failed too ({reset_error}): the allowance for {} is {}",
                    approval.spender,
                    tora(approval.amount)
                ),
            }
            .into())
        }
    }
}
