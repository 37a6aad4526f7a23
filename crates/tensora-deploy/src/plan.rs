//! The plan of a suite deploy: every contract's address, known before anything is sent.
//!
//! Every suite contract is created through [`Create3Deployer`] under a salt derived from the
//! config's `salt` and the contract's name, so its address depends only on (deployer, salt);
//! constructors receive their final wiring and owners (the timelock) directly, and the deployer
//! keeps no role. [`crate::execute`] sends the plan; [`crate::verify`] checks a chain against it.

use std::collections::BTreeMap;

use alloy::primitives::aliases::U48;
use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::providers::DynProvider;
use alloy::sol_types::SolCall;
use serde::Serialize;
use tensora_bindings::SuiteContract;
use tensora_bindings::deployment::names;
use tensora_bindings::generated::subnet_registry::SubnetRegistry::Config as RegistryConfig;
use tensora_bindings::third_party::safe_l2::SafeL2;
use tensora_bindings::third_party::safe_proxy_factory::SafeProxyFactory;
use tensora_bindings::{
    EmissionManager, ForecastFeedsFactory, InferenceRequests, Subnet, SubnetCloser, SubnetRegistry,
    TORA, TensoraAccountFactory, TensoraGovernor, TensoraPaymaster, TensoraTimelock,
    ValidatorTrust,
};
use tensora_client::ReadError;
use tensora_client::canonical::{
    self, ENTRY_POINT_V07, SAFE_FALLBACK_HANDLER, SAFE_L2, SAFE_PROXY_FACTORY,
};

use crate::DeployError;
use crate::config::{Holder, NetworkConfig};

/// The suite contracts created through the CREATE3 deployer, in deployment order: the registry's
/// order ([`SuiteContract::ALL`]) without the canonical deployer itself and the account
/// implementation (the factory creates it).
pub fn create3_contracts() -> impl Iterator<Item = SuiteContract> {
    SuiteContract::ALL
        .into_iter()
        .filter(|c| c.through_create3())
}

/// The score window `InferenceRequests` starts with, seconds (governance may change it).
pub const INFERENCE_SCORE_WINDOW: u32 = 3600;

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
    let contracts = create3_contracts()
        .map(|c| {
            let s = salt(&config.salt, c.name());
            (
                c.name().to_owned(),
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
            .map_err(ReadError::call("reading the Safe proxy creation code"))?
    } else {
        // Not installed yet (a fresh chain): the proxy code is the factory's compile-time constant.
        tensora_bindings::third_party::safe_proxy::SafeProxy::BYTECODE.clone()
    };
    let mut salt_input = keccak256(initializer).to_vec();
    salt_input.extend_from_slice(&nonce.to_be_bytes::<32>());
    let mut init = creation.to_vec();
    init.extend_from_slice(&U256::from_be_slice(SAFE_L2.as_slice()).to_be_bytes::<32>());
    Ok(SAFE_PROXY_FACTORY.create2(keccak256(salt_input), keccak256(init)))
}

/// Creation code (with constructor arguments) of suite contract `contract` under `plan`; `None`
/// for the contracts not created through CREATE3.
pub(crate) fn init_code(
    contract: SuiteContract,
    plan: &Plan,
    config: &NetworkConfig,
    provider: &DynProvider,
) -> Option<Bytes> {
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
    Some(match contract {
        SuiteContract::Tora => {
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
        SuiteContract::Timelock => TensoraTimelock::deploy_builder(
            p,
            U256::from(config.governance.timelock_min_delay),
            at(names::GOVERNOR),
            plan.guardian,
        )
        .calldata()
        .clone(),
        SuiteContract::Governor => TensoraGovernor::deploy_builder(
            p,
            tora,
            timelock,
            config.governor_params(),
            plan.guardian,
        )
        .calldata()
        .clone(),
        SuiteContract::ValidatorTrust => ValidatorTrust::deploy_builder(
            p,
            timelock,
            registry,
            u64::try_from(config.trust.ema_alpha.0).unwrap_or(u64::MAX),
            config.trust.slash_penalty_bps,
            config.trust.rate_period,
        )
        .calldata()
        .clone(),
        SuiteContract::EmissionManager => {
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
        SuiteContract::SubnetCloser => {
            SubnetCloser::deploy_builder(p, registry, tora, trust, emissions)
                .calldata()
                .clone()
        }
        SuiteContract::Subnet => {
            Subnet::deploy_builder(p, registry, tora, trust, emissions, closer)
                .calldata()
                .clone()
        }
        SuiteContract::SubnetRegistry => {
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
        SuiteContract::ForecastFeedsFactory => ForecastFeedsFactory::deploy_builder(p, registry)
            .calldata()
            .clone(),
        SuiteContract::InferenceRequests => {
            InferenceRequests::deploy_builder(p, registry, tora, INFERENCE_SCORE_WINDOW)
                .calldata()
                .clone()
        }
        SuiteContract::AccountFactory => TensoraAccountFactory::deploy_builder(
            p,
            timelock,
            ENTRY_POINT_V07,
            tora,
            at(names::PAYMASTER),
        )
        .calldata()
        .clone(),
        SuiteContract::Paymaster => {
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
        SuiteContract::Create3Deployer | SuiteContract::Account | SuiteContract::ForecastFeeds => {
            return None;
        }
    })
}
