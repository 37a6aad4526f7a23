//! What the CLI tests share: the binary, the repository, dev keys, a devnet with the suite
//! deployed, and the state a refused command must leave unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use alloy::providers::Provider;

use tensora_devnet::{Devnet, DevnetOptions, find_anvil};

pub(crate) const DEV_KEY: &str =
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/// anvil's dev account 1.
pub(crate) const VALIDATOR: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
pub(crate) const VALIDATOR_KEY: &str =
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub(crate) fn tensora(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tensora"))
        .args(args)
        .env_remove("ETH_RPC_URL")
        .env_remove("ETH_PRIVATE_KEY")
        .env_remove("TENSORA_INDEXER_POSTGRES")
        .output()
        .expect("run tensora")
}

pub(crate) fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Asserts a clean failure: exit code 1 (2 for flags clap rejects, as in cast), the expected
/// message, no panic, no key.
pub(crate) fn fails_with(o: &Output, expect: &str) {
    let all = text(o);
    assert!(matches!(o.status.code(), Some(1 | 2)), "{all}");
    assert!(all.contains(expect), "expected `{expect}` in: {all}");
    assert!(!all.contains("panicked"), "{all}");
    assert!(
        !all.contains(&DEV_KEY[2..]),
        "a private key was printed: {all}"
    );
}

/// A devnet with the suite deployed by `tensora deploy` (dev account 0) and its record directory.
pub(crate) async fn deployed(
    tag: &str,
) -> Result<(Devnet, std::path::PathBuf), Box<dyn std::error::Error>> {
    let devnet = devnet().await?;
    let records = std::env::temp_dir().join(format!("tensora-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&records);
    std::fs::create_dir_all(&records)?;
    let cfg = repo()
        .join("deployments/config/devnet.toml")
        .display()
        .to_string();
    let dir = records.display().to_string();
    let out = tensora(&[
        "deploy",
        "--rpc-url",
        &devnet.url,
        "--private-key",
        DEV_KEY,
        "--config",
        &cfg,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    Ok((devnet, records))
}

/// A provider that signs with `key`, and its address.
pub(crate) fn wallet(
    url: &str,
    key: &str,
) -> Result<(alloy::providers::DynProvider, alloy::primitives::Address), Box<dyn std::error::Error>>
{
    let signer: alloy::signers::local::PrivateKeySigner = key.parse()?;
    let address = signer.address();
    let provider = alloy::providers::ProviderBuilder::new()
        .wallet(alloy::network::EthereumWallet::from(signer))
        .connect_http(url.parse()?)
        .erased();
    Ok((provider, address))
}

pub(crate) async fn devnet() -> Result<Devnet, Box<dyn std::error::Error>> {
    let options = DevnetOptions::new(find_anvil(&repo()));
    Ok(Devnet::start_on_free_port(&options).await?)
}

/// What a refused command must leave as it was: the account's ETH, nonce, TORA and allowances
/// (registry and every subnet), and the files under `files` (salts), by name and content.
pub(crate) async fn account_state(
    url: &str,
    records: &std::path::Path,
    account: &str,
    files: &std::path::Path,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    use alloy::providers::Provider;
    let provider = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    let who: alloy::primitives::Address = account.parse()?;
    let record = tensora_bindings::Deployment::load(records, 901)?;
    let token =
        tensora_bindings::TORA::new(record.address(tensora_bindings::names::TORA)?, &provider);
    let registry_at = record.address(tensora_bindings::names::SUBNET_REGISTRY)?;
    let registry = tensora_bindings::SubnetRegistry::new(registry_at, &provider);
    let mut spenders = vec![registry_at];
    let count = registry.subnetCount().call().await?;
    for id in 1..=count.to::<u64>() {
        spenders.push(
            registry
                .subnets(alloy::primitives::U256::from(id))
                .call()
                .await?
                .instance,
        );
    }
    let mut allowances = Vec::new();
    for spender in spenders {
        allowances.push(token.allowance(who, spender).call().await?.to_string());
    }
    let mut kept = Vec::new();
    if let Ok(entries) = std::fs::read_dir(files) {
        for entry in entries.flatten() {
            kept.push((
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path())?,
            ));
        }
    }
    kept.sort();
    Ok(serde_json::json!({
        "eth": provider.get_balance(who).await?.to_string(),
        "nonce": provider.get_transaction_count(who).await?,
        "tora": token.balanceOf(who).call().await?.to_string(),
        "allowances": allowances,
        "files": kept,
    }))
}

/// The devnet config's lowest hyperparameter bounds (the smallest subnet the registry allows),
/// for a test to adjust before `create_first_subnet`.
pub(crate) fn min_hyperparameters()
-> Result<tensora_deploy::config::HyperparametersConfig, Box<dyn std::error::Error>> {
    Ok(
        tensora_deploy::config::NetworkConfig::load(
            &repo().join("deployments/config/devnet.toml"),
        )?
        .registry
        .min_bounds,
    )
}

/// Dev account 0 (`admin`, holding the genesis TORA) approves the creation fee and creates the
/// deployment's first subnet; returns its instance.
pub(crate) async fn create_first_subnet(
    admin: &alloy::providers::DynProvider,
    admin_at: alloy::primitives::Address,
    record: &tensora_bindings::Deployment,
    name: &str,
    inference_type: &str,
    hp: &tensora_deploy::config::HyperparametersConfig,
) -> Result<alloy::primitives::Address, Box<dyn std::error::Error>> {
    use tensora_bindings::{SubnetRegistry, TORA, names};
    use tensora_client::tx::send;
    let registry_at = record.address(names::SUBNET_REGISTRY)?;
    let tora = TORA::new(record.address(names::TORA)?, admin);
    let fee = alloy::primitives::utils::parse_ether("1000")?;
    send(
        admin,
        admin_at,
        tora.approve(registry_at, fee).into_transaction_request(),
        "approve",
    )
    .await?;
    let registry = SubnetRegistry::new(registry_at, admin);
    let create = registry.createSubnet(name.into(), inference_type.into(), hp.to_contract());
    send(admin, admin_at, create.into_transaction_request(), "create").await?;
    Ok(registry
        .subnets(alloy::primitives::U256::from(1))
        .call()
        .await?
        .instance)
}

/// The last JSON line a `--json` command printed (a command that sends prints the transaction's
/// outcome first); `null` when there is none.
pub(crate) fn last_json(out: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("null");
    serde_json::from_str(line).unwrap_or_default()
}

/// Child processes (servers, services) killed and reaped when the test ends, pass or fail.
#[derive(Default)]
pub(crate) struct Children(pub(crate) Vec<std::process::Child>);

impl Drop for Children {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Dev account 0 (`admin`) funds each of `keys` with 1000 TORA, which approves it to `instance`;
/// the first registers as a validator (1000 TORA bond), the others as miners (100 TORA) with
/// `endpoints` in order.
pub(crate) async fn join_subnet(
    url: &str,
    (admin, admin_at): (&alloy::providers::DynProvider, alloy::primitives::Address),
    record: &tensora_bindings::Deployment,
    instance: alloy::primitives::Address,
    keys: &[&str],
    endpoints: &[String],
) -> Result<(), Box<dyn std::error::Error>> {
    use alloy::primitives::utils::parse_ether;
    use tensora_bindings::{Subnet, TORA, names};
    use tensora_client::tx::send;
    let tora_at = record.address(names::TORA)?;
    for (i, key) in keys.iter().enumerate() {
        let (p, at) = wallet(url, key)?;
        let fund = TORA::new(tora_at, admin)
            .transfer(at, parse_ether("1000")?)
            .into_transaction_request();
        send(admin, admin_at, fund, "fund").await?;
        let approve = TORA::new(tora_at, &p)
            .approve(instance, parse_ether("1000")?)
            .into_transaction_request();
        send(&p, at, approve, "approve").await?;
        let s = Subnet::new(instance, &p);
        let call = match i.checked_sub(1) {
            None => s
                .registerValidator(parse_ether("1000")?)
                .into_transaction_request(),
            Some(m) => s
                .registerMiner(parse_ether("100")?, endpoints[m].clone())
                .into_transaction_request(),
        };
        send(&p, at, call, "register").await?;
    }
    Ok(())
}
