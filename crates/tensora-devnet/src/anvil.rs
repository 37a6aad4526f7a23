//! A local OP Stack devnet: anvil in its optimism network mode, plus what an OP Stack L2 genesis
//! carries that the suite touches. The OP predeploys L1Block and GasPriceOracle (from the
//! contracts-bedrock artifacts) with Ecotone/Fjord L1 fee parameters set by the depositor account,
//! so the L1 data fee is non-zero both in anvil's own fee accounting and through the oracle; the
//! genesis preinstalls Multicall3, the Safe singleton factory and both CREATE2 deployers; and the
//! canonical EntryPoints v0.7/v0.8 and Safe 1.4.1 deployed at their canonical addresses.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use alloy::primitives::{Address, Bytes, U256, address};
use alloy::providers::ext::AnvilApi;
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::TransactionRequest;
use alloy::sol_types::SolCall;
use alloy::transports::http::reqwest::Url;
use tokio::process::{Child, Command};

use tensora_bindings::third_party::gas_price_oracle::GasPriceOracle;
use tensora_bindings::third_party::l1_block::L1Block;
use tensora_bindings::third_party::preinstall_code;
use tensora_client::ReadError;
use tensora_client::canonical::{
    self, CREATE2_DEPLOYER, DETERMINISTIC_DEPLOYER, GAS_PRICE_ORACLE, L1_BLOCK, MULTICALL3,
    SAFE_SINGLETON_FACTORY,
};

use crate::error::DevnetError;

/// The OP Stack depositor account (the only caller the L1 attribute setters accept).
pub const DEPOSITOR: Address = address!("0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001");
/// Chain id of the devnet (the OP Stack devnet L2 chain id).
pub const DEVNET_CHAIN_ID: u64 = 901;

/// L1 fee parameters the devnet starts with (OP Mainnet's Ecotone scalars, a 10 gwei L1).
const BASE_FEE_SCALAR: u32 = 1368;
const BLOB_BASE_FEE_SCALAR: u32 = 810_949;
const L1_BASE_FEE: u64 = 10_000_000_000;
const L1_BLOB_BASE_FEE: u64 = 1_000_000_000;

/// The anvil binary installed by `script/setup.sh` under `repo`: the platform binary itself (so
/// that signals reach anvil, not the npm launcher, and it dumps its state on exit), else the npm
/// launcher, else `anvil` on the PATH.
pub fn find_anvil(repo: &std::path::Path) -> PathBuf {
    let packages = repo.join("node_modules/@foundry-rs");
    if let Ok(entries) = std::fs::read_dir(&packages) {
        for entry in entries.flatten() {
            let binary = entry.path().join("bin/anvil");
            if entry.file_name().to_string_lossy().starts_with("anvil-") && binary.is_file() {
                return binary;
            }
        }
    }
    let launcher = repo.join("node_modules/.bin/anvil");
    if launcher.is_file() {
        launcher
    } else {
        PathBuf::from("anvil")
    }
}

/// The mnemonic of anvil's funded dev accounts (public: never hold real funds with these keys).
pub const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";

/// How to run the devnet.
#[derive(Debug, Clone)]
pub struct DevnetOptions {
    /// The anvil binary.
    pub anvil: PathBuf,
    /// Interface to listen on.
    pub host: String,
    /// Port to listen on.
    pub port: u16,
    /// Chain id.
    pub chain_id: u64,
    /// Load state from and dump it to this file (kept across restarts).
    pub state: Option<PathBuf>,
    /// Seconds per block; `None` mines a block per transaction.
    pub block_time: Option<u64>,
}

impl DevnetOptions {
    /// Defaults: 127.0.0.1:8545, chain 901, a block per transaction, no persisted state.
    pub fn new(anvil: PathBuf) -> Self {
        Self {
            anvil,
            host: "127.0.0.1".into(),
            port: 8545,
            chain_id: DEVNET_CHAIN_ID,
            state: None,
            block_time: None,
        }
    }
}

/// A running devnet. Dropping it kills anvil; [`Devnet::stop`] stops it cleanly (state is dumped).
#[derive(Debug)]
pub struct Devnet {
    child: Child,
    /// HTTP RPC URL.
    pub url: String,
    /// The port it listens on.
    pub port: u16,
    rpc: Url,
    /// Chain id.
    pub chain_id: u64,
    /// What setup installed (empty when a persisted state already had everything).
    pub installed: Vec<String>,
}

impl Devnet {
    /// Starts anvil and installs the OP Stack predeploys and preinstalls.
    pub async fn start(options: &DevnetOptions) -> Result<Self, DevnetError> {
        // A node already on the port would answer the readiness probe and the devnet would
        // install into a foreign chain: refuse instead.
        if let Err(source) = std::net::TcpListener::bind((options.host.as_str(), options.port)) {
            return Err(DevnetError::PortBusy {
                host: options.host.clone(),
                port: options.port,
                source,
            });
        }
        let mut cmd = Command::new(&options.anvil);
        cmd.args(["--network", "optimism", "--host", &options.host])
            .args([
                "--port",
                &options.port.to_string(),
                "--chain-id",
                &options.chain_id.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        if let Some(state) = &options.state {
            cmd.arg("--state")
                .arg(state)
                .args(["--state-interval", "5"]);
        }
        if let Some(seconds) = options.block_time {
            cmd.args(["--block-time", &seconds.to_string()]);
        }
        let child = cmd.spawn().map_err(|source| DevnetError::Spawn {
            program: options.anvil.clone(),
            flag: "anvil",
            source,
        })?;
        let host = if options.host == "0.0.0.0" {
            "127.0.0.1"
        } else {
            &options.host
        };
        let url = format!("http://{host}:{}", options.port);
        let rpc = url.parse().map_err(|_| DevnetError::BadHost {
            host: options.host.clone(),
        })?;
        let mut devnet = Self {
            child,
            url,
            port: options.port,
            rpc,
            chain_id: options.chain_id,
            installed: Vec::new(),
        };
        let provider = devnet.provider();
        devnet.wait_ready(&provider).await?;
        devnet.installed = install(&provider).await?;
        Ok(devnet)
    }

    /// Starts on a port nothing listens on (tests, the demo): picks one, and picks again when
    /// another process takes it between the pick and anvil's bind (up to 5 times).
    pub async fn start_on_free_port(options: &DevnetOptions) -> Result<Self, DevnetError> {
        let mut options = options.clone();
        let mut attempt = 0;
        loop {
            options.port = free_port(&options.host)?;
            match Self::start(&options).await {
                Err(DevnetError::PortBusy { .. } | DevnetError::Exited { .. }) if attempt < 4 => {
                    attempt += 1;
                }
                started => return started,
            }
        }
    }

    /// A provider for the devnet (no wallet: anvil signs for its dev accounts).
    pub fn provider(&self) -> DynProvider {
        tensora_client::connect::http(self.rpc.clone())
    }

    async fn wait_ready(&mut self, provider: &DynProvider) -> Result<(), DevnetError> {
        for _ in 0..200 {
            if let Ok(Some(status)) = self.child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = self.child.stderr.take() {
                    use tokio::io::AsyncReadExt;
                    let _ = pipe.read_to_string(&mut stderr).await;
                }
                return Err(DevnetError::Exited {
                    status,
                    stderr: stderr.trim().to_owned(),
                });
            }
            if provider.get_chain_id().await.is_ok() {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(DevnetError::NotReady {
            what: "anvil",
            url: self.url.clone(),
            seconds: 20,
        })
    }

    /// Stops anvil with SIGTERM (it dumps `--state` on the way out) and waits for it.
    pub async fn stop(mut self) -> Result<(), DevnetError> {
        if let Some(pid) = self.child.id() {
            let _ = Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status()
                .await;
        }
        match tokio::time::timeout(Duration::from_secs(10), self.child.wait()).await {
            Ok(_) => Ok(()),
            Err(_) => {
                let _ = self.child.kill().await;
                Err(DevnetError::StopTimeout)
            }
        }
    }

    /// Waits until anvil exits on its own (e.g. Ctrl-C reached it).
    pub async fn wait(&mut self) -> Result<(), DevnetError> {
        self.child
            .wait()
            .await
            .map(|_| ())
            .map_err(DevnetError::io("waiting for anvil"))
    }
}

/// Moves anvil's clock: mines the next block at `timestamp` (tests and the demo step through
/// epoch phases with it).
pub async fn mine_at(provider: &DynProvider, timestamp: u64) -> Result<(), ReadError> {
    provider
        .raw_request::<_, serde_json::Value>("evm_setNextBlockTimestamp".into(), (timestamp,))
        .await
        .map_err(ReadError::rpc("setting the next block's timestamp"))?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await
        .map_err(ReadError::rpc("mining a block"))?;
    Ok(())
}

/// A port on `host` that nothing listens on right now.
pub fn free_port(host: &str) -> Result<u16, DevnetError> {
    std::net::TcpListener::bind((host, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(DevnetError::io(format!("finding a free port on {host}")))
}

/// Installs what an OP Stack genesis carries that the suite uses; idempotent. Returns what it
/// installed.
pub async fn install(provider: &DynProvider) -> Result<Vec<String>, DevnetError> {
    let mut installed = Vec::new();
    let runtime: [(&str, Address, Bytes); 6] = [
        ("L1Block", L1_BLOCK, L1Block::DEPLOYED_BYTECODE.clone()),
        (
            "GasPriceOracle",
            GAS_PRICE_ORACLE,
            GasPriceOracle::DEPLOYED_BYTECODE.clone(),
        ),
        (
            "Multicall3",
            MULTICALL3,
            Bytes::from_static(preinstall_code::MULTICALL3),
        ),
        (
            "SafeSingletonFactory",
            SAFE_SINGLETON_FACTORY,
            Bytes::from_static(preinstall_code::SAFE_SINGLETON_FACTORY),
        ),
        (
            "DeterministicDeploymentProxy",
            DETERMINISTIC_DEPLOYER,
            Bytes::from_static(preinstall_code::DETERMINISTIC_DEPLOYMENT_PROXY),
        ),
        (
            "Create2Deployer",
            CREATE2_DEPLOYER,
            Bytes::from_static(preinstall_code::CREATE2_DEPLOYER),
        ),
    ];
    for (name, at, code) in runtime {
        if !canonical::has_code(provider, at).await? {
            provider
                .anvil_set_code(at, code)
                .await
                .map_err(ReadError::rpc(format!("installing {name}")))?;
            installed.push(name.to_owned());
        }
    }
    if set_l1_fee_parameters(provider).await? {
        installed.push("L1 fee parameters (Ecotone + Fjord)".to_owned());
    }
    // anvil charges the L1 data fee even inside eth_call, so a call without a sender (from the zero
    // address, which holds nothing) fails with "insufficient funds" once the fee is non-zero; OP
    // Stack nodes do not charge it there. Funding the zero address (anvil's coinbase, so it holds
    // only tips) restores node behaviour.
    let plenty = U256::from(10u64).pow(U256::from(24));
    let zero_balance = provider
        .get_balance(Address::ZERO)
        .await
        .map_err(ReadError::rpc("reading a balance"))?;
    if zero_balance < plenty / U256::from(2) {
        provider
            .anvil_set_balance(Address::ZERO, plenty)
            .await
            .map_err(ReadError::rpc(
                "funding the zero address for sender-less calls",
            ))?;
    }
    let funder = provider
        .get_accounts()
        .await
        .map_err(ReadError::rpc("listing dev accounts"))?
        .first()
        .copied()
        .ok_or(DevnetError::NoAccounts)?;
    for c in canonical::dependencies()
        .iter()
        .chain([&canonical::create3_deployer()])
    {
        if canonical::ensure(provider, funder, c).await?.is_some() {
            installed.push(c.name.to_owned());
        }
    }
    Ok(installed)
}

/// Writes L1 attributes into L1Block and activates Ecotone and Fjord pricing in the oracle, as the
/// depositor does on a real chain. Returns whether anything changed.
async fn set_l1_fee_parameters(provider: &DynProvider) -> Result<bool, DevnetError> {
    let oracle = GasPriceOracle::new(GAS_PRICE_ORACLE, provider);
    if oracle
        .isFjord()
        .call()
        .await
        .map_err(ReadError::call("reading GasPriceOracle.isFjord"))?
    {
        return Ok(false);
    }
    provider
        .anvil_impersonate_account(DEPOSITOR)
        .await
        .map_err(ReadError::rpc("impersonating the depositor"))?;
    provider
        .anvil_set_balance(DEPOSITOR, U256::from(10u64).pow(U256::from(18)))
        .await
        .map_err(ReadError::rpc("funding the depositor"))?;
    let block = provider
        .get_block_number()
        .await
        .map_err(ReadError::rpc("reading the block number"))?;
    let mut attributes = L1Block::setL1BlockValuesEcotoneCall::SELECTOR.to_vec();
    attributes.extend_from_slice(&BASE_FEE_SCALAR.to_be_bytes());
    attributes.extend_from_slice(&BLOB_BASE_FEE_SCALAR.to_be_bytes());
    attributes.extend_from_slice(&0u64.to_be_bytes()); // sequence number
    attributes.extend_from_slice(&0u64.to_be_bytes()); // L1 timestamp
    attributes.extend_from_slice(&block.to_be_bytes()); // L1 number
    attributes.extend_from_slice(&U256::from(L1_BASE_FEE).to_be_bytes::<32>());
    attributes.extend_from_slice(&U256::from(L1_BLOB_BASE_FEE).to_be_bytes::<32>());
    attributes.extend_from_slice(&[0u8; 64]); // L1 block hash, batcher hash
    let calls: [(&str, Address, Vec<u8>); 3] = [
        ("setting L1 attributes", L1_BLOCK, attributes),
        (
            "activating Ecotone pricing",
            GAS_PRICE_ORACLE,
            GasPriceOracle::setEcotoneCall {}.abi_encode(),
        ),
        (
            "activating Fjord pricing",
            GAS_PRICE_ORACLE,
            GasPriceOracle::setFjordCall {}.abi_encode(),
        ),
    ];
    for (what, to, data) in calls {
        let request = TransactionRequest::default()
            .to(to)
            .input(Bytes::from(data).into());
        tensora_client::tx::send(provider, DEPOSITOR, request, what).await?;
    }
    provider
        .anvil_stop_impersonating_account(DEPOSITOR)
        .await
        .map_err(ReadError::rpc("stopping the depositor impersonation"))?;
    Ok(true)
}
