//! A dApp's view of Tensora: connect to a chain, load the suite's addresses for its chain id from
//! `deployments/<chainId>.json`, and list the subnets with the seed's discovery fields.
//!
//! ```sh
//! tensora devnet &                       # or any OP Stack RPC with a deployed suite
//! tensora deploy --private-key <key>
//! cargo run -p tensora-bindings --example list_subnets -- http://127.0.0.1:8545
//! ```
#![allow(clippy::print_stdout)]

use std::path::Path;

use alloy::providers::{Provider, ProviderBuilder};
use tensora_bindings::{Deployment, SubnetRegistry, names};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:8545".to_owned());
    let provider = ProviderBuilder::new().connect_http(url.parse()?);
    let chain_id = provider.get_chain_id().await?;
    let records = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deployments");
    let deployment = Deployment::load(&records, chain_id)?;
    let registry = SubnetRegistry::new(deployment.address(names::SUBNET_REGISTRY)?, &provider);

    let ids = registry.getActiveSubnets().call().await?;
    println!("chain {chain_id}: {} active subnet(s)", ids.len());
    for id in ids {
        let s = registry.subnets(id).call().await?;
        println!(
            "  #{id} {:<12} {:<12} weight {:>5} bps  miners {:>3}  validators {:>2}  instance {}",
            s.name, s.inferenceType, s.emissionWeight, s.minerCount, s.validatorCount, s.instance
        );
    }
    Ok(())
}
