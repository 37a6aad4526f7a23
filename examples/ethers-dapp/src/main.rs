//! A dApp on ethers-rs listing Tensora's subnets: `tensora-ethers-dapp <rpc-url> <deployment.json>`
//! reads the registry address from a deployment record (`deployments/<chainId>.json`) and prints
//! every subnet with the seed's discovery fields. The contract types come from ethers' `abigen!`
//! over `snapshots/abi/SubnetRegistry.json`, so they follow the contracts on every rebuild.

use std::sync::Arc;

use ethers::prelude::*;

abigen!(SubnetRegistry, "../../snapshots/abi/SubnetRegistry.json");

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(record)) = (args.next(), args.next()) else {
        return Err("usage: tensora-ethers-dapp <rpc-url> <deployments/<chainId>.json>".into());
    };
    let record: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&record)?)?;
    let registry: Address = record["contracts"]["SubnetRegistry"]["address"]
        .as_str()
        .ok_or("the record has no contracts.SubnetRegistry.address")?
        .parse()?;
    let provider = Arc::new(Provider::<Http>::try_from(url.as_str())?);
    let chain_id = provider.get_chainid().await?;
    let registry = SubnetRegistry::new(registry, provider);
    let count = registry.subnet_count().call().await?;
    println!("chain {chain_id}: {count} subnet(s)");
    for id in 1..=count.as_u64() {
        let s = registry.subnets(id.into()).call().await?;
        println!(
            "  #{id} {} ({}) weight {} bps, {} miners, {} validators, instance {:?}",
            s.name, s.inference_type, s.emission_weight, s.miner_count, s.validator_count, s.instance
        );
    }
    Ok(())
}
