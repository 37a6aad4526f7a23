//! The deploy of the whole suite: a plan of deterministic addresses, idempotent steps, and the
//! `deployments/<chainId>.json` record.
//!
//! Every suite contract is created through [`Create3Deployer`] under a salt derived from the
//! config's `salt` and the contract's name, so its address depends only on (deployer, salt) and
//! all addresses are known before anything is sent; constructors receive their final wiring and
//! owners (the timelock) directly, and the deployer keeps no role. A step whose address already
//! holds code is skipped, so a run killed at any point and re-run ends with the same addresses
//! without sending anything twice, and an immediate re-run sends nothing.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use alloy::primitives::aliases::U48;
use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, TransactionReceipt, TransactionRequest};
use alloy::sol_types::{SolCall, SolEvent};
use serde::Serialize;
use tensora_bindings::deployment::{Dependency, DeployedContract, Deployment, names};
use tensora_bindings::generated::subnet_registry::SubnetRegistry::Config as RegistryConfig;
use tensora_bindings::{
    Create3Deployer, EmissionManager, Subnet, SubnetCloser, SubnetRegistry, TORA,
    TensoraAccountFactory, TensoraGovernor, TensoraPaymaster, TensoraTimelock, ValidatorTrust,
};

use crate::DeployError;
use crate::artifacts::safe_l2::SafeL2;
use crate::artifacts::safe_proxy_factory::SafeProxyFactory;
use crate::canonical::{
    self, ENTRY_POINT_V07, GAS_PRICE_ORACLE, L1_BLOCK, SAFE_FALLBACK_HANDLER, SAFE_L2,
    SAFE_PROXY_FACTORY,
};
use crate::config::{Holder, NetworkConfig};
use crate::{tx, verify};

/// The suite contracts created through the CREATE3 deployer, in deployment order (a constructor
/// may read only contracts earlier in this list: `Subnet` reads `SubnetCloser`).
pub const CREATE3_CONTRACTS: [&str; 10] = [
    names::TORA,
    names::TIMELOCK,
    names::GOVERNOR,
    names::VALIDATOR_TRUST,
    names::EMISSION_MANAGER,
    names::SUBNET_CLOSER,
    names::SUBNET_IMPLEMENTATION,
    names::SUBNET_REGISTRY,
    names::ACCOUNT_FACTORY,
    names::PAYMASTER,
];

/// Init code hash of the CREATE3 proxy (solady's `CREATE3`).
const CREATE3_PROXY_INITCODE: [u8; 16] = [
    0x67, 0x36, 0x3d, 0x3d, 0x37, 0x36, 0x3d, 0x34, 0xf0, 0x3d, 0x52, 0x60, 0x08, 0x60, 0x18, 0xf3,
];

/// Where every contract of the suite lands, known before anything is sent.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// The deploying account.
    pub deployer: Address,
    /// The CREATE3 deployer.
    pub create3_deployer: Address,
    /// Suite contracts by name: (salt, address).
    pub contracts: BTreeMap<String, (B256, Address)>,
    /// The guardian Safe.
    pub guardian: Address,
    /// The guardian Safe's creation (None for an existing Safe).
    #[serde(skip)]
    pub guardian_creation: Option<(Bytes, U256)>,
}

impl Plan {
    /// The planned address of `name`.
    pub fn address(&self, name: &str) -> Address {
        self.contracts
            .get(name)
            .map(|(_, a)| *a)
            .unwrap_or_default()
    }
}

/// The deployer-scoped salt of `name` under the config's salt.
pub fn salt(config_salt: &str, name: &str) -> B256 {
    keccak256(format!("{config_salt}/{name}"))
}

/// Where `Create3Deployer.deploy(salt, …)` sent by `deployer` lands (solady CREATE3).
pub fn create3_address(factory: Address, deployer: Address, salt: B256) -> Address {
    let mut scoped = [0u8; 64];
    scoped[12..32].copy_from_slice(deployer.as_slice());
    scoped[32..].copy_from_slice(salt.as_slice());
    let proxy = factory.create2(keccak256(scoped), keccak256(CREATE3_PROXY_INITCODE));
    proxy.create(1)
}

/// Computes the plan. Reads the chain only for the Safe proxy creation code.
pub async fn plan(
    provider: &DynProvider,
    deployer: Address,
    config: &NetworkConfig,
) -> Result<Plan, DeployError> {
    let factory = canonical::create3_deployer().address;
    let contracts = CREATE3_CONTRACTS
        .iter()
        .map(|name| {
            let s = salt(&config.salt, name);
            (
                (*name).to_owned(),
                (s, create3_address(factory, deployer, s)),
            )
        })
        .collect();
    let (guardian, guardian_creation) = match config.guardian.address {
        Some(existing) => (existing, None),
        None => {
            let initializer: Bytes = SafeL2::setupCall {
                _owners: config.guardian.owners.clone(),
                _threshold: U256::from(config.guardian.threshold),
                to: Address::ZERO,
                data: Bytes::new(),
                fallbackHandler: SAFE_FALLBACK_HANDLER,
                paymentToken: Address::ZERO,
                payment: U256::ZERO,
                paymentReceiver: Address::ZERO,
            }
            .abi_encode()
            .into();
            let nonce = U256::from(config.guardian.salt_nonce);
            let address = safe_address(provider, &initializer, nonce).await?;
            (address, Some((initializer, nonce)))
        }
    };
    Ok(Plan {
        deployer,
        create3_deployer: factory,
        contracts,
        guardian,
        guardian_creation,
    })
}

/// The address `SafeProxyFactory.createProxyWithNonce(SafeL2, initializer, nonce)` creates.
async fn safe_address(
    provider: &DynProvider,
    initializer: &Bytes,
    nonce: U256,
) -> Result<Address, DeployError> {
    let creation = if canonical::has_code(provider, SAFE_PROXY_FACTORY).await? {
        SafeProxyFactory::new(SAFE_PROXY_FACTORY, provider)
            .proxyCreationCode()
            .call()
            .await
            .map_err(DeployError::call("reading the Safe proxy creation code"))?
    } else {
        // Not installed yet (a fresh chain): the proxy code is the factory's compile-time constant.
        crate::artifacts::safe_proxy::SafeProxy::BYTECODE.clone()
    };
    let mut salt_input = keccak256(initializer).to_vec();
    salt_input.extend_from_slice(&nonce.to_be_bytes::<32>());
    let mut init = creation.to_vec();
    init.extend_from_slice(&U256::from_be_slice(SAFE_L2.as_slice()).to_be_bytes::<32>());
    Ok(SAFE_PROXY_FACTORY.create2(keccak256(salt_input), keccak256(init)))
}

/// Creation code (with constructor arguments) of suite contract `name` under `plan`.
fn init_code(name: &str, plan: &Plan, config: &NetworkConfig, provider: &DynProvider) -> Bytes {
    let at = |n: &str| plan.address(n);
    let (timelock, registry, emissions) = (
        at(names::TIMELOCK),
        at(names::SUBNET_REGISTRY),
        at(names::EMISSION_MANAGER),
    );
    let (tora, trust, closer) = (
        at(names::TORA),
        at(names::VALIDATOR_TRUST),
        at(names::SUBNET_CLOSER),
    );
    let p = provider;
    match name {
        names::TORA => {
            let holder = match config.token.genesis_holder {
                Holder::Deployer => plan.deployer,
                Holder::Address(a) => a,
            };
            TORA::deploy_builder(
                p,
                timelock,
                holder,
                config.token.genesis_supply.0,
                config.token.cap.0,
                emissions,
            )
            .calldata()
            .clone()
        }
        names::TIMELOCK => TensoraTimelock::deploy_builder(
            p,
            U256::from(config.governance.timelock_min_delay),
            at(names::GOVERNOR),
            plan.guardian,
        )
        .calldata()
        .clone(),
        names::GOVERNOR => TensoraGovernor::deploy_builder(
            p,
            tora,
            timelock,
            config.governor_params(),
            plan.guardian,
        )
        .calldata()
        .clone(),
        names::VALIDATOR_TRUST => ValidatorTrust::deploy_builder(
            p,
            timelock,
            registry,
            u64::try_from(config.trust.ema_alpha.0).unwrap_or(u64::MAX),
            config.trust.slash_penalty_bps,
            config.trust.rate_period,
        )
        .calldata()
        .clone(),
        names::EMISSION_MANAGER => {
            let e = &config.emissions;
            EmissionManager::deploy_builder(
                p,
                timelock,
                tora,
                registry,
                e.start,
                e.initial_rate_per_second.0,
                e.halving_period,
                e.max_accrual,
                plan.guardian,
            )
            .calldata()
            .clone()
        }
        names::SUBNET_CLOSER => SubnetCloser::deploy_builder(p, registry, tora, trust, emissions)
            .calldata()
            .clone(),
        names::SUBNET_IMPLEMENTATION => {
            Subnet::deploy_builder(p, registry, tora, trust, emissions, closer)
                .calldata()
                .clone()
        }
        names::SUBNET_REGISTRY => {
            let r = &config.registry;
            SubnetRegistry::deploy_builder(
                p,
                timelock,
                tora,
                RegistryConfig {
                    treasury: timelock,
                    creationFee: r.creation_fee.0,
                    maxSubnets: r.max_subnets,
                    hyperparameterCooldown: r.hyperparameter_cooldown,
                    hyperparameterFreezeWindow: r.hyperparameter_freeze_window,
                    minBounds: r.min_bounds.to_contract(),
                    maxBounds: r.max_bounds.to_contract(),
                    guardian: plan.guardian,
                    emissionWeights: emissions,
                    initialImplementation: at(names::SUBNET_IMPLEMENTATION),
                },
            )
            .calldata()
            .clone()
        }
        names::ACCOUNT_FACTORY => TensoraAccountFactory::deploy_builder(
            p,
            timelock,
            ENTRY_POINT_V07,
            tora,
            at(names::PAYMASTER),
        )
        .calldata()
        .clone(),
        names::PAYMASTER => {
            let pm = &config.paymaster;
            TensoraPaymaster::deploy_builder(
                p,
                timelock,
                ENTRY_POINT_V07,
                7,
                tora,
                timelock,
                plan.guardian,
                pm.keeper,
                pm.markup_bps,
                U48::from(pm.max_price_age),
                pm.min_token_per_native.0,
                tensora_bindings::generated::tensora_paymaster::ITensoraPaymaster::Limits {
                    maxFeePerGas: pm.max_fee_per_gas.0.to(),
                    maxCostPerOp: pm.max_cost_per_op.0.to(),
                },
                pm.unstake_delay,
            )
            .calldata()
            .clone()
        }
        // CREATE3_CONTRACTS holds exactly the names above; empty init code would fail loudly
        // (CREATE3 `DeploymentFailed`), never deploy something else.
        _ => Bytes::new(),
    }
}

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
        .map_err(DeployError::rpc("reading the chain id"))?;
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
        return Err(DeployError::NotOpStack { chain_id, missing });
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
            .map_err(DeployError::rpc("reading the nonce"))?;
        let pending = provider
            .get_transaction_count(deployer)
            .pending()
            .await
            .map_err(DeployError::rpc("reading the nonce"))?;
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
    for name in CREATE3_CONTRACTS {
        let (salt, address) = plan.contracts[name];
        let receipt = if canonical::has_code(provider, address).await? {
            None
        } else {
            let code = init_code(name, &plan, config, provider);
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
            .map_err(DeployError::rpc(format!("reading code of {name}")))?;
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
            .map_err(DeployError::rpc(format!("reading code of {name}")))?;
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
