//! TORA allowances: commands that spend TORA check the allowance first and approve only when
//! asked to (`--approve`), so that nothing is approved silently.

use alloy::primitives::{Address, U256};
use tensora_bindings::{TORA, names};

use crate::context::{CliError, Ctx, tora};

/// Ensures `spender` may take `needed` TORA from the signer: approves exactly `needed` when the
/// allowance is short and `approve` is set, else fails with what to do.
pub(crate) async fn ensure_allowance(
    ctx: &Ctx,
    spender: Address,
    needed: U256,
    approve: bool,
    purpose: &str,
) -> Result<(), CliError> {
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
        return Ok(());
    }
    if !approve {
        return Err(format!(
            "the TORA allowance for {spender} is {}, but {purpose} needs {}: pass --approve to approve it",
            tora(allowance),
            tora(needed)
        )
        .into());
    }
    ctx.send(
        token.approve(spender, needed),
        &format!("approving {} for {purpose}", tora(needed)),
        None,
    )
    .await?;
    Ok(())
}
