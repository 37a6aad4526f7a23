//! Shared by the integration tests: an OP-mode anvil from the project's node_modules.

use alloy::node_bindings::{Anvil, AnvilInstance};

/// Starts anvil (`--network optimism`) from the platform package script/setup.sh installed (the
/// binary itself, not the npm launcher, so that dropping the instance really stops anvil).
pub(crate) fn op_anvil() -> Result<AnvilInstance, Box<dyn std::error::Error>> {
    let packages =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/@foundry-rs");
    let bin = std::fs::read_dir(&packages)?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("anvil-"))
        .map(|e| e.path().join("bin/anvil"))
        .find(|p| p.is_file())
        .ok_or("no anvil platform package under node_modules/@foundry-rs; run script/setup.sh")?;
    Ok(Anvil::at(bin).args(["--network", "optimism"]).try_spawn()?)
}

/// Sends `call` with a margin over its gas estimate and requires a successful receipt. Sending
/// with exactly the estimate can run out of gas when the transaction lands in a later second than
/// it was estimated in (ERC20Votes then writes a new checkpoint instead of updating one).
pub(crate) async fn mined<P, D>(
    call: alloy::contract::CallBuilder<P, D>,
) -> Result<alloy::rpc::types::TransactionReceipt, Box<dyn std::error::Error>>
where
    P: alloy::providers::Provider,
    D: alloy::contract::CallDecoder,
{
    let estimate = call.estimate_gas().await?;
    let receipt = call
        .gas(estimate + estimate / 4 + 25_000)
        .send()
        .await?
        .get_receipt()
        .await?;
    if !receipt.status() {
        return Err(format!(
            "transaction {} reverted (gas used {})",
            receipt.transaction_hash, receipt.gas_used
        )
        .into());
    }
    Ok(receipt)
}
