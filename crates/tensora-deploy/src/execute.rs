//! The deploy of the whole suite: the [`crate::plan`] sent in idempotent steps, verified, and
//! recorded in `deployments/<chainId>.json`.
//!
//! A step whose address already holds code is skipped, so a run killed at any point and re-run
//! ends with the same addresses without sending anything twice, and an immediate re-run sends
//! nothing.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, keccak256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, TransactionReceipt, TransactionRequest};
use alloy::sol_types::{SolCall, SolEvent};
use serde::Serialize;
use tensora_bindings::Create3Deployer;
use tensora_bindings::deployment::{Dependency, DeployedContract, Deployment, names};
use tensora_bindings::third_party::safe_proxy_factory::SafeProxyFactory;
use tensora_client::canonical::{
    self, CanonicalError, GAS_PRICE_ORACLE, L1_BLOCK, SAFE_L2, SAFE_PROXY_FACTORY,
};
use tensora_client::{ReadError, tx};

use crate::DeployError;
use crate::config::NetworkConfig;
use crate::plan::{Plan, create3_contracts, init_code, plan};
use crate::verify;

/// What one step did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepReport {
    /// Contract name.
    pub name: String,
    /// Its address.
    pub address: Address,
    /// `deployed` (sent now) or `present` (already there).
    pub status: &'static str,
    /// The transaction sent now.
    pub tx_hash: Option<B256>,
    /// Gas it used.
    pub gas_used: Option<u64>,
}

/// The outcome of a deploy.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeployOutcome {
    /// The chain.
    pub chain_id: u64,
    /// Transactions sent by this run.
    pub transactions: usize,
    /// Every step in order.
    pub steps: Vec<StepReport>,
    /// The record written.
    pub record: Deployment,
    /// Where it was written.
    pub record_path: std::path::PathBuf,
}

/// Checks that the RPC is the config's chain and an OP Stack chain with what the suite needs.
pub async fn check_chain(
    provider: &DynProvider,
    config: &NetworkConfig,
) -> Result<u64, DeployError> {
    let chain_id = provider
        .get_chain_id()
        .await
        .map_err(ReadError::rpc("reading the chain id"))?;
    if chain_id != config.chain_id {
        return Err(DeployError::WrongChain {
            network: config.network.clone(),
            expected: config.chain_id,
            actual: chain_id,
        });
    }
    let mut missing = Vec::new();
    for (name, at) in [
        ("L1Block predeploy", L1_BLOCK),
        ("GasPriceOracle predeploy", GAS_PRICE_ORACLE),
        (
            "deterministic-deployment proxy",
            canonical::DETERMINISTIC_DEPLOYER,
        ),
        ("Safe singleton factory", canonical::SAFE_SINGLETON_FACTORY),
    ] {
        if !canonical::has_code(provider, at).await? {
            missing.push((name.to_owned(), at));
        }
    }
    if !missing.is_empty() {
        return Err(CanonicalError::NotOpStack { chain_id, missing }.into());
    }
    Ok(chain_id)
}

/// Waits (up to 60 s) until no transaction from `deployer` is pending, so that nothing a killed
/// run sent is sent again.
async fn settle(provider: &DynProvider, deployer: Address) -> Result<(), DeployError> {
    for waited in 0..=60u64 {
        let latest = provider
            .get_transaction_count(deployer)
            .latest()
            .await
            .map_err(ReadError::rpc("reading the nonce"))?;
        let pending = provider
            .get_transaction_count(deployer)
            .pending()
            .await
            .map_err(ReadError::rpc("reading the nonce"))?;
        if pending <= latest {
            return Ok(());
        }
        if waited == 60 {
            return Err(DeployError::InFlight {
                deployer,
                count: pending - latest,
                waited_secs: waited,
            });
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    Ok(())
}

/// Finds the transaction that created `name` in an earlier run: from the previous record when
/// it names the same address, else from the `Deployed` event of the CREATE3 deployer.
async fn earlier_tx(
    provider: &DynProvider,
    previous: Option<&Deployment>,
    plan: &Plan,
    name: &str,
    address: Address,
) -> (Option<B256>, Option<u64>) {
    if let Some(c) = previous
        .and_then(|d| d.contracts.get(name))
        .filter(|c| c.address == address)
    {
        return (c.tx_hash, c.block);
    }
    let Some((salt, _)) = plan.contracts.get(name) else {
        return (None, None);
    };
    let filter = Filter::new()
        .address(plan.create3_deployer)
        .event_signature(Create3Deployer::Deployed::SIGNATURE_HASH)
        .topic1(plan.deployer.into_word())
        .topic2(*salt)
        .from_block(0);
    match provider.get_logs(&filter).await {
        Ok(logs) => logs
            .first()
            .map_or((None, None), |l| (l.transaction_hash, l.block_number)),
        Err(_) => (None, None), // RPCs may cap log ranges; the record then lacks this hash.
    }
}

/// Deploys (or completes) the suite from `deployer` as `config` says, verifies it, and writes the
/// record to `<record_dir>/<chainId>.json`. `progress` sees each step as it completes.
pub async fn deploy(
    provider: &DynProvider,
    deployer: Address,
    config: &NetworkConfig,
    record_dir: &Path,
    progress: &mut (dyn FnMut(&StepReport) + Send),
) -> Result<DeployOutcome, DeployError> {
    let chain_id = check_chain(provider, config).await?;
    settle(provider, deployer).await?;
    let previous = Deployment::load(record_dir, chain_id).ok();
    let mut steps = Vec::new();
    let mut dependencies = BTreeMap::new();
    let mut report =
        |steps: &mut Vec<StepReport>, name: &str, address, receipt: Option<&TransactionReceipt>| {
            let step = StepReport {
                name: name.to_owned(),
                address,
                status: if receipt.is_some() {
                    "deployed"
                } else {
                    "present"
                },
                tx_hash: receipt.map(|r| r.transaction_hash),
                gas_used: receipt.map(|r| r.gas_used),
            };
            progress(&step);
            steps.push(step);
        };

    // Canonical contracts (present on OP Stack chains or installed here, permissionlessly).
    for c in [canonical::create3_deployer()]
        .iter()
        .chain(canonical::dependencies().iter())
    {
        let receipt = canonical::ensure(provider, deployer, c).await?;
        report(&mut steps, c.name, c.address, receipt.as_ref());
        if c.name != "Create3Deployer" {
            dependencies.insert(c.name.to_owned(), c.address);
        }
    }

    let plan = plan(provider, deployer, config).await?;
    let mut records = BTreeMap::new();

    // The guardian Safe.
    if let Some((initializer, nonce)) = &plan.guardian_creation {
        let receipt = if canonical::has_code(provider, plan.guardian).await? {
            None
        } else {
            let call = SafeProxyFactory::createProxyWithNonceCall {
                _singleton: SAFE_L2,
                initializer: initializer.clone(),
                saltNonce: *nonce,
            };
            let request = TransactionRequest::default()
                .to(SAFE_PROXY_FACTORY)
                .input(Bytes::from(call.abi_encode()).into());
            Some(tx::send(provider, deployer, request, "creating the guardian Safe").await?)
        };
        report(
            &mut steps,
            names::GUARDIAN_SAFE,
            plan.guardian,
            receipt.as_ref(),
        );
        let (tx_hash, block) = match &receipt {
            Some(r) => (Some(r.transaction_hash), r.block_number),
            None => previous
                .as_ref()
                .and_then(|d| d.contracts.get(names::GUARDIAN_SAFE))
                .filter(|c| c.address == plan.guardian)
                .map_or((None, None), |c| (c.tx_hash, c.block)),
        };
        records.insert(
            names::GUARDIAN_SAFE.to_owned(),
            (B256::from(*nonce), plan.guardian, tx_hash, block),
        );
    } else {
        records.insert(
            names::GUARDIAN_SAFE.to_owned(),
            (B256::ZERO, plan.guardian, None, None),
        );
    }

    // The suite, through the CREATE3 deployer.
    for contract in create3_contracts() {
        let name = contract.name();
        let (salt, address) = plan.contracts[name];
        let receipt = if canonical::has_code(provider, address).await? {
            None
        } else {
            let Some(code) = init_code(contract, &plan, config, provider) else {
                continue;
            };
            let call = Create3Deployer::deployCall {
                salt,
                initCode: code,
            };
            let request = TransactionRequest::default()
                .to(plan.create3_deployer)
                .input(Bytes::from(call.abi_encode()).into());
            let receipt =
                tx::send(provider, deployer, request, &format!("deploying {name}")).await?;
            if !canonical::has_code(provider, address).await? {
                return Err(DeployError::NoCode {
                    name: name.to_owned(),
                    address,
                });
            }
            Some(receipt)
        };
        report(&mut steps, name, address, receipt.as_ref());
        let (tx_hash, block) = match &receipt {
            Some(r) => (Some(r.transaction_hash), r.block_number),
            None => earlier_tx(provider, previous.as_ref(), &plan, name, address).await,
        };
        records.insert(name.to_owned(), (salt, address, tx_hash, block));
    }

    let checked = verify::verify(provider, &plan, config).await?;
    let mut contracts = BTreeMap::new();
    for (name, (salt, address, tx_hash, block)) in records {
        let code = provider
            .get_code_at(address)
            .await
            .map_err(ReadError::rpc(format!("reading code of {name}")))?;
        contracts.insert(
            name.clone(),
            DeployedContract {
                address,
                salt,
                tx_hash,
                block,
                code_hash: keccak256(&code),
                version: checked.versions.get(&name).cloned(),
            },
        );
    }
    let mut deps = BTreeMap::new();
    for (name, address) in dependencies {
        let code = provider
            .get_code_at(address)
            .await
            .map_err(ReadError::rpc(format!("reading code of {name}")))?;
        deps.insert(
            name,
            Dependency {
                address,
                code_hash: keccak256(&code),
            },
        );
    }
    let record = Deployment {
        format: Deployment::FORMAT,
        chain_id,
        network: config.network.clone(),
        deployer,
        create3_deployer: plan.create3_deployer,
        contracts,
        dependencies: deps,
        config: serde_json::to_value(config).unwrap_or_default(),
    };
    let record_path = Deployment::path(record_dir, chain_id);
    write_record(&record_path, &record)?;
    let transactions = steps.iter().filter(|s| s.tx_hash.is_some()).count();
    Ok(DeployOutcome {
        chain_id,
        transactions,
        steps,
        record,
        record_path,
    })
}

/// Writes the record atomically (temp file + rename), so a kill never leaves half a file.
fn write_record(path: &Path, record: &Deployment) -> Result<(), DeployError> {
    let io = |source| DeployError::Record {
        path: path.to_owned(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut text = serde_json::to_string_pretty(record).unwrap_or_default();
    text.push('\n');
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, text).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}
