//! `tensora deploy` against a devnet this test starts: the full suite deploys at the planned
//! addresses and verifies; a run killed midway and re-run completes without sending anything
//! twice; an immediate re-run sends nothing; the wrong chain and a tampered suite are refused.

use std::path::{Path, PathBuf};

use alloy::network::EthereumWallet;
use alloy::primitives::Address;
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::local::PrivateKeySigner;
use tensora_bindings::{Create3Deployer, Deployment, names};
use tensora_client::canonical;
use tensora_deploy::DeployError;
use tensora_deploy::config::NetworkConfig;
use tensora_deploy::execute as suite;
use tensora_deploy::plan::{create3_contracts, plan};
use tensora_devnet::{Devnet, DevnetOptions, find_anvil};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// anvil's first dev key (public test mnemonic).
const DEV_KEY: &str = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

async fn devnet() -> Result<Devnet, Box<dyn std::error::Error>> {
    let options = DevnetOptions::new(find_anvil(&repo()));
    Ok(Devnet::start_on_free_port(&options).await?)
}

fn deployer(devnet: &Devnet) -> Result<(DynProvider, Address), Box<dyn std::error::Error>> {
    let signer: PrivateKeySigner = DEV_KEY.parse()?;
    let address = signer.address();
    let provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer))
        .connect_http(devnet.url.parse()?)
        .erased();
    Ok((provider, address))
}

fn config() -> Result<NetworkConfig, Box<dyn std::error::Error>> {
    Ok(NetworkConfig::load(
        &repo().join("deployments/config/devnet.toml"),
    )?)
}

#[tokio::test]
async fn deploys_verifies_resumes_and_reruns_with_nothing_to_send() -> TestResult {
    let devnet = devnet().await?;
    let (provider, from) = deployer(&devnet)?;
    let config = config()?;
    let records = tempdir("resume")?;
    let nonce_at_start = provider.get_transaction_count(from).await?;

    // Killed after the fifth step: the task dies mid-deploy.
    let (p, c, r) = (provider.clone(), config.clone(), records.clone());
    let killed = tokio::spawn(async move {
        let mut seen = 0;
        suite::deploy(&p, from, &c, &r, &mut |_| {
            seen += 1;
            assert!(seen < 10, "killed");
        })
        .await
    })
    .await;
    assert!(killed.is_err(), "the first run must have been killed");
    let nonce_after_kill = provider.get_transaction_count(from).await?;

    let outcome = suite::deploy(&provider, from, &config, &records, &mut |_| {}).await?;
    let nonce_after_resume = provider.get_transaction_count(from).await?;
    assert_eq!(
        nonce_after_resume - nonce_after_kill,
        outcome.transactions as u64
    );
    // The devnet preinstalled the canonical contracts; the two runs together sent exactly one
    // transaction per suite contract plus the guardian Safe.
    assert_eq!(
        nonce_after_resume - nonce_at_start,
        create3_contracts().count() as u64 + 1
    );

    // Addresses are the plan's, and the chain's own prediction agrees.
    let plan = plan(&provider, from, &config).await?;
    let factory = Create3Deployer::new(canonical::create3_deployer().address, &provider);
    for name in create3_contracts().map(|c| c.name()) {
        let (salt, address) = plan.contracts[name];
        assert_eq!(outcome.record.address(name)?, address, "{name}");
        assert_eq!(factory.predict(from, salt).call().await?, address, "{name}");
        assert!(
            outcome.record.contracts[name].tx_hash.is_some(),
            "{name} lost its tx hash"
        );
    }
    assert_eq!(outcome.record.address(names::GUARDIAN_SAFE)?, plan.guardian);

    // The record round-trips through the bindings crate's loader.
    let loaded = Deployment::load(&records, devnet.chain_id)?;
    assert_eq!(loaded, outcome.record);
    assert_eq!(
        loaded.contracts[names::TORA].version.as_deref(),
        Some("1.0.0")
    );

    // An immediate re-run sends nothing and records the same.
    let again = suite::deploy(&provider, from, &config, &records, &mut |_| {}).await?;
    assert_eq!(again.transactions, 0);
    assert_eq!(
        provider.get_transaction_count(from).await?,
        nonce_after_resume
    );
    assert_eq!(again.record, outcome.record);
    devnet.stop().await?;
    Ok(())
}

#[tokio::test]
async fn refuses_the_wrong_chain_and_a_tampered_suite() -> TestResult {
    let devnet = devnet().await?;
    let (provider, from) = deployer(&devnet)?;
    let records = tempdir("refuse")?;
    let nonce_at_start = provider.get_transaction_count(from).await?;

    let mut wrong = config()?;
    wrong.chain_id = 10;
    let err = suite::deploy(&provider, from, &wrong, &records, &mut |_| {})
        .await
        .err()
        .ok_or("wrong chain accepted")?;
    assert!(
        matches!(
            err,
            DeployError::WrongChain {
                expected: 10,
                actual: 901,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(
        provider.get_transaction_count(from).await?,
        nonce_at_start,
        "nothing may be sent to the wrong chain"
    );

    // Same addresses, different parameters: verification must catch the drift.
    let config = config()?;
    suite::deploy(&provider, from, &config, &records, &mut |_| {}).await?;
    let mut drifted = config.clone();
    drifted.governance.timelock_min_delay += 1;
    drifted.registry.creation_fee.0 += alloy::primitives::U256::from(1);
    let err = suite::deploy(&provider, from, &drifted, &records, &mut |_| {})
        .await
        .err()
        .ok_or("drift accepted")?;
    let DeployError::Verification(failures) = &err else {
        return Err(format!("unexpected error {err}").into());
    };
    assert!(
        failures.iter().any(|f| f.contains("timelock min delay")),
        "{failures:?}"
    );
    assert!(
        failures.iter().any(|f| f.contains("creation fee")),
        "{failures:?}"
    );
    devnet.stop().await?;
    Ok(())
}

fn tempdir(tag: &str) -> std::io::Result<PathBuf> {
    let dir =
        std::env::temp_dir().join(format!("tensora-deploy-test-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Every shipped config passes validation and deploys (and verifies) on a devnet. Configs for
/// real networks ship without a chain id or guardian owners (they are refused until filled in):
/// the test fills in only those, with the devnet's chain id and three dev addresses.
#[tokio::test]
async fn every_shipped_config_deploys_on_a_devnet() -> TestResult {
    let dir = repo().join("deployments/config");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    assert!(names.len() >= 2, "devnet.toml and mainnet.toml at least");
    for path in names {
        let devnet = devnet().await?;
        let (provider, from) = deployer(&devnet)?;
        let chain_id = provider.get_chain_id().await?;
        let text = std::fs::read_to_string(&path)?;
        let filled = text
            .replacen("chain_id = 0", &format!("chain_id = {chain_id}"), 1)
            .replacen(
                "owners = []",
                "owners = [\"0x14dC79964da2C08b23698B3D3cc7Ca32193d9955\", \
                 \"0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f\", \
                 \"0xa0Ee7A142d267C1f36714E4a8F75612F20a79720\"]",
                1,
            );
        let config =
            NetworkConfig::parse(&filled, &path).map_err(|e| format!("{}: {e}", path.display()))?;
        assert_eq!(config.chain_id, chain_id, "{}", path.display());
        let records = tempdir("every-config")?;
        let outcome = suite::deploy(&provider, from, &config, &records, &mut |_| {})
            .await
            .map_err(|e| format!("{} does not deploy: {e}", path.display()))?;
        assert!(outcome.transactions > 0, "{}", path.display());
        devnet.stop().await?;
    }
    Ok(())
}
