//! The devnet carries what an OP Stack genesis carries that the suite touches, and charges a
//! non-zero L1 data fee as an OP Stack chain does.

use std::path::Path;

use alloy::providers::Provider;
use tensora_client::canonical;
use tensora_devnet::{Devnet, DevnetOptions, find_anvil};

type TestResult = Result<(), Box<dyn std::error::Error>>;

async fn devnet() -> Result<Devnet, Box<dyn std::error::Error>> {
    let mut options = DevnetOptions::new(find_anvil(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."),
    ));
    options.port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    Ok(Devnet::start(&options).await?)
}

#[tokio::test]
async fn devnet_has_the_op_stack_pieces() -> TestResult {
    let devnet = devnet().await?;
    let provider = devnet.provider();
    assert_eq!(provider.get_chain_id().await?, 901);
    for (name, at) in [
        ("L1Block", canonical::L1_BLOCK),
        ("GasPriceOracle", canonical::GAS_PRICE_ORACLE),
        ("Multicall3", canonical::MULTICALL3),
        ("EntryPoint v0.7", canonical::ENTRY_POINT_V07),
        ("EntryPoint v0.8", canonical::ENTRY_POINT_V08),
        ("Safe", canonical::SAFE_L2),
        ("Safe proxy factory", canonical::SAFE_PROXY_FACTORY),
        ("deterministic deployer", canonical::DETERMINISTIC_DEPLOYER),
    ] {
        assert!(canonical::has_code(&provider, at).await?, "{name} missing");
    }
    // The L1 data fee is non-zero through the oracle.
    let oracle = tensora_bindings::third_party::gas_price_oracle::GasPriceOracle::new(
        canonical::GAS_PRICE_ORACLE,
        &provider,
    );
    // Calls without a sender work, as on an OP Stack node.
    assert!(oracle.isFjord().call().await?);
    let fee = oracle.getL1Fee(vec![0x42u8; 200].into()).call().await?;
    assert!(!fee.is_zero(), "L1 fee must be non-zero");
    devnet.stop().await?;
    Ok(())
}
