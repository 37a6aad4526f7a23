//! Test fixtures shared by the crates' devnet tests (a dev-dependency, never shipped):
//!
//! - [`Suite::start`]: a fresh devnet on a free port with the suite deployed from the shipped
//!   devnet config, as `tensora devnet` + `tensora deploy` leave it.
//! - [`Account`]: anvil's funded dev accounts (derived from the public [`DEV_MNEMONIC`]), each with
//!   a provider that signs as it.
//! - [`mine_at`] (from `tensora-devnet`) / [`now`]: the chain clock.
//! - [`send`]: a contract call sent with the client's gas policy, reverts decoded.
//! - [`postgres::PostgresCluster`]: a throwaway PostgreSQL server (the indexer's second store).
//!
//! `tests/` holds the tests that need more than one crate: the off-chain consensus against the
//! real close, the paymaster through a real bundler, the emission split against the contract.

pub mod postgres;

use std::path::{Path, PathBuf};

use alloy::network::EthereumWallet;
use alloy::primitives::Address;
use alloy::providers::{DynProvider, Provider};
use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner, coins_bip39::English};
use tensora_bindings::Deployment;
use tensora_deploy::config::NetworkConfig;
pub use tensora_devnet::mine_at;
use tensora_devnet::{DEV_MNEMONIC, Devnet, DevnetOptions, find_anvil};

/// What a fixture returns when it fails (tests report it).
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// The repository root (where `node_modules`, `deployments/` and `test/vectors/` are).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One of anvil's funded dev accounts.
#[derive(Debug, Clone)]
pub struct Account {
    /// Its address.
    pub address: Address,
    /// Its key (public: derived from the dev mnemonic).
    pub signer: PrivateKeySigner,
    /// A provider that signs as it.
    pub provider: DynProvider,
}

impl Account {
    /// Dev account `index` (0..10 are funded) on the node at `url`.
    pub fn dev(index: u32, url: &str) -> Result<Self, Error> {
        let signer = dev_signer(index)?;
        Ok(Self {
            address: signer.address(),
            provider: tensora_client::connect::http_with_wallet(
                url.parse()?,
                EthereumWallet::from(signer.clone()),
            ),
            signer,
        })
    }
}

/// The key of dev account `index` (BIP-44 path m/44'/60'/0'/0/index of [`DEV_MNEMONIC`]).
pub fn dev_signer(index: u32) -> Result<PrivateKeySigner, Error> {
    Ok(MnemonicBuilder::<English>::default()
        .phrase(DEV_MNEMONIC)
        .index(index)?
        .build()?)
}

/// A devnet with the suite deployed; dropping it stops anvil.
#[derive(Debug)]
pub struct Suite {
    /// The devnet.
    pub devnet: Devnet,
    /// The shipped devnet config it was deployed with.
    pub config: NetworkConfig,
    /// The deployment record.
    pub record: Deployment,
    /// Dev account 0, the deployer.
    pub deployer: Account,
}

impl Suite {
    /// Starts a devnet on a free port and deploys the suite on it from dev account 0; the record
    /// goes to a temporary directory named after `tag`.
    pub async fn start(tag: &str) -> Result<Self, Error> {
        let options = DevnetOptions::new(find_anvil(&repo()));
        let devnet = Devnet::start_on_free_port(&options).await?;
        let config = NetworkConfig::load(&repo().join("deployments/config/devnet.toml"))?;
        let deployer = Account::dev(0, &devnet.url)?;
        let records = std::env::temp_dir().join(format!("tensora-{tag}-{}", std::process::id()));
        let record = tensora_deploy::execute::deploy(
            &deployer.provider,
            deployer.address,
            &config,
            &records,
            &mut |_| {},
        )
        .await?
        .record;
        Ok(Self {
            devnet,
            config,
            record,
            deployer,
        })
    }

    /// Dev account `index` on this devnet.
    pub fn account(&self, index: u32) -> Result<Account, Error> {
        Account::dev(index, &self.devnet.url)
    }
}

/// Sends `call` from `from` with the client's gas margin, failing with the decoded revert.
pub async fn send<P: Provider, D: alloy::contract::CallDecoder>(
    from: &Account,
    call: alloy::contract::CallBuilder<P, D>,
) -> Result<alloy::rpc::types::TransactionReceipt, Error> {
    Ok(tensora_client::tx::send(
        &from.provider,
        from.address,
        call.into_transaction_request(),
        "test step",
    )
    .await?)
}

/// The latest block's timestamp.
pub async fn now(provider: &DynProvider) -> Result<u64, Error> {
    let block = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await?
        .ok_or("the node has no latest block")?;
    Ok(block.header.timestamp)
}
