//! Shared by the integration tests: an OP-mode anvil from the project's node_modules.

use alloy::node_bindings::{Anvil, AnvilInstance};

/// Starts anvil (`--network optimism`) from `node_modules/.bin` (installed by script/setup.sh).
pub(crate) fn op_anvil() -> Result<AnvilInstance, Box<dyn std::error::Error>> {
    let bin =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/anvil");
    Ok(Anvil::at(bin).args(["--network", "optimism"]).try_spawn()?)
}
