//! A tour of the TORA token through the generated bindings, on a local OP Stack-mode anvil.
//!
//! Starts anvil (`--network optimism`) from the project's `node_modules`, deploys TORA with a
//! genesis supply, gives the minter role to an "emission manager" account, mints, delegates and
//! reads back supply, cap and voting power on the timestamp clock. Run it with
//! `cargo run -p tensora-bindings --example token_tour` (the README's demo command does).
#![allow(clippy::print_stdout)]

use alloy::network::EthereumWallet;
use alloy::node_bindings::Anvil;
use alloy::primitives::utils::{format_ether, parse_ether};
use alloy::providers::ProviderBuilder;
use alloy::signers::local::PrivateKeySigner;
use tensora_bindings::TORA;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let anvil_bin =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/anvil");
    let anvil = Anvil::at(anvil_bin)
        .args(["--network", "optimism"])
        .try_spawn()?;
    println!(
        "anvil (OP Stack mode) at {}, chain id {}",
        anvil.endpoint(),
        anvil.chain_id()
    );

    let admin: PrivateKeySigner = anvil.keys()[0].clone().into();
    let emission_manager: PrivateKeySigner = anvil.keys()[1].clone().into();
    let (admin_addr, em_addr) = (admin.address(), emission_manager.address());
    let voter = anvil.addresses()[2];

    let admin_provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(admin))
        .connect_http(anvil.endpoint_url());
    let em_provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(emission_manager))
        .connect_http(anvil.endpoint_url());

    let tora = TORA::deploy(
        &admin_provider,
        admin_addr,
        admin_addr,
        parse_ether("100000000")?,
        parse_ether("1000000000")?,
    )
    .await?;
    println!(
        "TORA {} deployed at {}",
        tora.version().call().await?,
        tora.address()
    );

    let role = tora.MINTER_ROLE().call().await?;
    tora.grantRole(role, em_addr)
        .send()
        .await?
        .get_receipt()
        .await?;
    println!("minter role granted to the emission manager {em_addr}");

    let as_em = TORA::new(*tora.address(), &em_provider);
    as_em
        .mint(voter, parse_ether("5000")?)
        .send()
        .await?
        .get_receipt()
        .await?;
    tora.delegate(admin_addr)
        .send()
        .await?
        .get_receipt()
        .await?;

    println!();
    println!("{:<28} {:>24}", "reading", "TORA");
    println!(
        "{:<28} {:>24}",
        "cap",
        format_ether(tora.cap().call().await?)
    );
    println!(
        "{:<28} {:>24}",
        "total supply",
        format_ether(tora.totalSupply().call().await?)
    );
    println!(
        "{:<28} {:>24}",
        "minted to voter",
        format_ether(tora.balanceOf(voter).call().await?)
    );
    println!(
        "{:<28} {:>24}",
        "admin votes (self-delegated)",
        format_ether(tora.getVotes(admin_addr).call().await?)
    );
    println!(
        "{:<28} {:>24}",
        "voter votes (not delegated)",
        format_ether(tora.getVotes(voter).call().await?)
    );
    println!(
        "clock mode: {}, now: {}",
        tora.CLOCK_MODE().call().await?,
        tora.clock().call().await?
    );
    Ok(())
}
