//! After a deploy: the chain must hold exactly the compiled code at every planned address, wired
//! and owned as the config says, with no role left to the deployer. Every difference is reported.

use std::collections::BTreeMap;
use std::fmt::Debug;

use alloy::primitives::{Address, U256};
use alloy::providers::DynProvider;
use tensora_bindings::code::matches_compiled;
use tensora_bindings::names;
use tensora_bindings::{
    EmissionManager, ForecastFeedsFactory, InferenceRequests, Subnet, SubnetCloser, SubnetRegistry,
    TORA, TensoraAccount, TensoraAccountFactory, TensoraGovernor, TensoraPaymaster,
    TensoraTimelock, ValidatorTrust,
};

use crate::DeployError;
use tensora_bindings::third_party::safe_l2::SafeL2;
use tensora_client::ReadError;
use tensora_client::canonical::ENTRY_POINT_V07;

use crate::config::NetworkConfig;
use crate::plan::{Plan, create3_contracts};

/// What verification read.
#[derive(Debug, Clone, Default)]
pub struct Verified {
    /// `version()` of each contract that has one.
    pub versions: BTreeMap<String, String>,
}

/// Collects mismatches instead of stopping at the first.
#[derive(Default)]
struct Checks(Vec<String>);

impl Checks {
    fn eq<T: PartialEq + Debug>(&mut self, what: &str, actual: T, expected: T) {
        if actual != expected {
            self.0
                .push(format!("{what}: found {actual:?}, expected {expected:?}"));
        }
    }

    fn yes(&mut self, what: &str, holds: bool) {
        if !holds {
            self.0.push(what.to_owned());
        }
    }
}

/// Runs every check; `Err(Verification)` lists all differences.
pub async fn verify(
    provider: &DynProvider,
    plan: &Plan,
    config: &NetworkConfig,
) -> Result<Verified, DeployError> {
    let mut c = Checks::default();
    let at = |n: &str| plan.address(n);
    let deployer = plan.deployer;
    let guardian = plan.guardian;
    let (timelock, governor, registry) = (
        at(names::TIMELOCK),
        at(names::GOVERNOR),
        at(names::SUBNET_REGISTRY),
    );
    let (tora_at, emissions_at, trust_at) = (
        at(names::TORA),
        at(names::EMISSION_MANAGER),
        at(names::VALIDATOR_TRUST),
    );
    let (closer_at, subnet_at) = (at(names::SUBNET_CLOSER), at(names::SUBNET_IMPLEMENTATION));
    let read = |what: &str| ReadError::call(format!("verifying {what}"));

    // Code: our contracts byte for byte outside their immutables.
    for name in create3_contracts().map(|c| c.name()) {
        let code = alloy::providers::Provider::get_code_at(provider, at(name))
            .await
            .map_err(ReadError::rpc(format!("reading code of {name}")))?;
        c.yes(
            &format!(
                "{name} at {}: on-chain code differs from the compiled contract",
                at(name)
            ),
            matches_compiled(name, &code),
        );
    }

    let mut versions = BTreeMap::new();

    // TORA: admin is the timelock, the only minter is the EmissionManager.
    let tora = TORA::new(tora_at, provider);
    let admin_role = tora
        .DEFAULT_ADMIN_ROLE()
        .call()
        .await
        .map_err(read("TORA"))?;
    let minter_role = tora.MINTER_ROLE().call().await.map_err(read("TORA"))?;
    c.yes(
        "TORA: the timelock must hold DEFAULT_ADMIN_ROLE",
        tora.hasRole(admin_role, timelock)
            .call()
            .await
            .map_err(read("TORA"))?,
    );
    c.yes(
        "TORA: the deployer must not hold DEFAULT_ADMIN_ROLE",
        !tora
            .hasRole(admin_role, deployer)
            .call()
            .await
            .map_err(read("TORA"))?,
    );
    c.yes(
        "TORA: the EmissionManager must hold MINTER_ROLE",
        tora.hasRole(minter_role, emissions_at)
            .call()
            .await
            .map_err(read("TORA"))?,
    );
    c.yes(
        "TORA: the deployer must not hold MINTER_ROLE",
        !tora
            .hasRole(minter_role, deployer)
            .call()
            .await
            .map_err(read("TORA"))?,
    );
    c.eq(
        "TORA cap",
        tora.cap().call().await.map_err(read("TORA"))?,
        config.token.cap.0,
    );
    versions.insert(
        names::TORA.to_owned(),
        tora.version().call().await.map_err(read("TORA"))?,
    );

    // Timelock: the governor proposes, governor and guardian cancel, anyone executes, no admin.
    let tl = TensoraTimelock::new(timelock, provider);
    let role = |r: alloy::primitives::B256, who: Address| {
        let tl = tl.clone();
        async move { tl.hasRole(r, who).call().await }
    };
    let proposer = tl.PROPOSER_ROLE().call().await.map_err(read("timelock"))?;
    let canceller = tl.CANCELLER_ROLE().call().await.map_err(read("timelock"))?;
    let executor = tl.EXECUTOR_ROLE().call().await.map_err(read("timelock"))?;
    let tl_admin = tl
        .DEFAULT_ADMIN_ROLE()
        .call()
        .await
        .map_err(read("timelock"))?;
    c.eq(
        "timelock min delay",
        tl.getMinDelay().call().await.map_err(read("timelock"))?,
        U256::from(config.governance.timelock_min_delay),
    );
    c.yes(
        "timelock: the governor must be the proposer",
        role(proposer, governor).await.map_err(read("timelock"))?,
    );
    c.yes(
        "timelock: the governor must be a canceller",
        role(canceller, governor).await.map_err(read("timelock"))?,
    );
    c.yes(
        "timelock: the guardian must be a canceller",
        role(canceller, guardian).await.map_err(read("timelock"))?,
    );
    c.yes(
        "timelock: anyone must be able to execute",
        role(executor, Address::ZERO)
            .await
            .map_err(read("timelock"))?,
    );
    for (label, r) in [
        ("DEFAULT_ADMIN_ROLE", tl_admin),
        ("PROPOSER_ROLE", proposer),
        ("CANCELLER_ROLE", canceller),
    ] {
        c.yes(
            &format!("timelock: the deployer must not hold {label}"),
            !role(r, deployer).await.map_err(read("timelock"))?,
        );
    }
    versions.insert(
        names::TIMELOCK.to_owned(),
        tl.version().call().await.map_err(read("timelock"))?,
    );

    // Governor.
    let gov = TensoraGovernor::new(governor, provider);
    let p = config.governor_params();
    c.eq(
        "governor token",
        gov.token().call().await.map_err(read("governor"))?,
        tora_at,
    );
    c.eq(
        "governor timelock",
        gov.timelock().call().await.map_err(read("governor"))?,
        timelock,
    );
    c.eq(
        "governor voting delay",
        U256::from(gov.votingDelay().call().await.map_err(read("governor"))?),
        U256::from(p.votingDelay),
    );
    c.eq(
        "governor voting period",
        U256::from(gov.votingPeriod().call().await.map_err(read("governor"))?),
        U256::from(p.votingPeriod),
    );
    c.eq(
        "governor proposal threshold",
        gov.proposalThreshold()
            .call()
            .await
            .map_err(read("governor"))?,
        p.proposalThreshold,
    );
    c.eq(
        "governor late-quorum extension",
        U256::from(
            gov.lateQuorumVoteExtension()
                .call()
                .await
                .map_err(read("governor"))?,
        ),
        U256::from(p.lateQuorumExtension),
    );
    c.eq(
        "governor proposal guardian",
        gov.proposalGuardian()
            .call()
            .await
            .map_err(read("governor"))?,
        guardian,
    );
    versions.insert(
        names::GOVERNOR.to_owned(),
        gov.version().call().await.map_err(read("governor"))?,
    );

    // ValidatorTrust.
    let trust = ValidatorTrust::new(trust_at, provider);
    c.eq(
        "ValidatorTrust owner",
        trust.owner().call().await.map_err(read("trust"))?,
        timelock,
    );
    c.eq(
        "ValidatorTrust registry",
        trust.REGISTRY().call().await.map_err(read("trust"))?,
        registry,
    );
    c.eq(
        "ValidatorTrust EMA alpha",
        U256::from(trust.emaAlpha().call().await.map_err(read("trust"))?),
        config.trust.ema_alpha.0,
    );
    c.eq(
        "ValidatorTrust slash penalty",
        trust
            .slashPenaltyBps()
            .call()
            .await
            .map_err(read("trust"))?,
        config.trust.slash_penalty_bps,
    );
    c.eq(
        "ValidatorTrust rate period",
        trust.ratePeriod().call().await.map_err(read("trust"))?,
        config.trust.rate_period,
    );
    versions.insert(
        names::VALIDATOR_TRUST.to_owned(),
        trust.version().call().await.map_err(read("trust"))?,
    );

    // EmissionManager.
    let em = EmissionManager::new(emissions_at, provider);
    let e = &config.emissions;
    c.eq(
        "EmissionManager owner",
        em.owner().call().await.map_err(read("emissions"))?,
        timelock,
    );
    c.eq(
        "EmissionManager token",
        em.TORA().call().await.map_err(read("emissions"))?,
        tora_at,
    );
    c.eq(
        "EmissionManager registry",
        em.REGISTRY().call().await.map_err(read("emissions"))?,
        registry,
    );
    c.eq(
        "EmissionManager guardian",
        em.guardian().call().await.map_err(read("emissions"))?,
        guardian,
    );
    c.eq(
        "EmissionManager initial rate",
        em.INITIAL_RATE().call().await.map_err(read("emissions"))?,
        e.initial_rate_per_second.0,
    );
    c.eq(
        "EmissionManager halving period",
        em.HALVING_PERIOD()
            .call()
            .await
            .map_err(read("emissions"))?,
        e.halving_period,
    );
    c.eq(
        "EmissionManager max accrual",
        em.maxAccrual().call().await.map_err(read("emissions"))?,
        e.max_accrual,
    );
    if e.start != 0 {
        c.eq(
            "EmissionManager start",
            em.START().call().await.map_err(read("emissions"))?,
            e.start,
        );
    }
    versions.insert(
        names::EMISSION_MANAGER.to_owned(),
        em.version().call().await.map_err(read("emissions"))?,
    );

    // Closer and implementation.
    let closer = SubnetCloser::new(closer_at, provider);
    c.eq(
        "SubnetCloser registry",
        closer.registry().call().await.map_err(read("closer"))?,
        registry,
    );
    let subnet = Subnet::new(subnet_at, provider);
    c.eq(
        "Subnet implementation registry",
        subnet.registry().call().await.map_err(read("subnet"))?,
        registry,
    );
    c.eq(
        "Subnet implementation token",
        subnet.tora().call().await.map_err(read("subnet"))?,
        tora_at,
    );
    c.eq(
        "Subnet implementation closer",
        subnet.CLOSER().call().await.map_err(read("subnet"))?,
        closer_at,
    );
    versions.insert(
        names::SUBNET_IMPLEMENTATION.to_owned(),
        subnet.version().call().await.map_err(read("subnet"))?,
    );

    // Registry.
    let reg = SubnetRegistry::new(registry, provider);
    let r = &config.registry;
    c.eq(
        "SubnetRegistry owner",
        reg.owner().call().await.map_err(read("registry"))?,
        timelock,
    );
    c.eq(
        "SubnetRegistry pending owner",
        reg.pendingOwner().call().await.map_err(read("registry"))?,
        Address::ZERO,
    );
    c.eq(
        "SubnetRegistry treasury",
        reg.treasury().call().await.map_err(read("registry"))?,
        timelock,
    );
    c.eq(
        "SubnetRegistry guardian",
        reg.guardian().call().await.map_err(read("registry"))?,
        guardian,
    );
    c.eq(
        "SubnetRegistry emission weights",
        reg.emissionWeights()
            .call()
            .await
            .map_err(read("registry"))?,
        emissions_at,
    );
    c.eq(
        "SubnetRegistry creation fee",
        reg.creationFee().call().await.map_err(read("registry"))?,
        r.creation_fee.0,
    );
    c.eq(
        "SubnetRegistry implementation 0",
        reg.implementation(0)
            .call()
            .await
            .map_err(read("registry"))?,
        subnet_at,
    );
    versions.insert(
        names::SUBNET_REGISTRY.to_owned(),
        reg.version().call().await.map_err(read("registry"))?,
    );

    // Guardian Safe.
    let safe = SafeL2::new(guardian, provider);
    let threshold = safe
        .getThreshold()
        .call()
        .await
        .map_err(read("the guardian Safe"))?;
    c.yes(
        &format!("guardian Safe threshold is {threshold}; at least 2 required"),
        threshold >= U256::from(2),
    );
    if config.guardian.address.is_none() {
        c.eq(
            "guardian Safe threshold",
            threshold,
            U256::from(config.guardian.threshold),
        );
        let mut owners = safe
            .getOwners()
            .call()
            .await
            .map_err(read("the guardian Safe"))?;
        let mut expected = config.guardian.owners.clone();
        owners.sort();
        expected.sort();
        c.eq("guardian Safe owners", owners, expected);
    }
    versions.insert(
        names::GUARDIAN_SAFE.to_owned(),
        safe.VERSION()
            .call()
            .await
            .map_err(read("the guardian Safe"))?,
    );

    // Account factory: TensoraAccounts for EntryPoint v0.7 that approve the paymaster at birth.
    let factory = TensoraAccountFactory::new(at(names::ACCOUNT_FACTORY), provider);
    let read_factory = || ReadError::call("verifying the account factory");
    c.eq(
        "account factory owner",
        factory.owner().call().await.map_err(read_factory())?,
        timelock,
    );
    c.eq(
        "account factory EntryPoint",
        factory.ENTRY_POINT().call().await.map_err(read_factory())?,
        ENTRY_POINT_V07,
    );
    let implementation = factory
        .ACCOUNT_IMPLEMENTATION()
        .call()
        .await
        .map_err(read_factory())?;
    let implementation_code = alloy::providers::Provider::get_code_at(provider, implementation)
        .await
        .map_err(ReadError::rpc("reading code of the account implementation"))?;
    c.yes(
        &format!("account implementation at {implementation}: on-chain code differs from the compiled TensoraAccount"),
        matches_compiled("TensoraAccount", &implementation_code),
    );
    let account = TensoraAccount::new(implementation, provider);
    let read_account = || ReadError::call("verifying the account implementation");
    c.eq(
        "account implementation EntryPoint",
        account.entryPoint().call().await.map_err(read_account())?,
        ENTRY_POINT_V07,
    );
    c.eq(
        "account implementation token",
        account.TORA().call().await.map_err(read_account())?,
        tora_at,
    );
    c.eq(
        "account implementation paymaster",
        account.PAYMASTER().call().await.map_err(read_account())?,
        at(names::PAYMASTER),
    );

    // Paymaster: governance-owned, serving EntryPoint v0.7, paying into the treasury.
    let pm = TensoraPaymaster::new(at(names::PAYMASTER), provider);
    let cfg = &config.paymaster;
    let read_pm = || ReadError::call("verifying the paymaster");
    c.eq(
        "paymaster owner",
        pm.owner().call().await.map_err(read_pm())?,
        timelock,
    );
    c.eq(
        "paymaster EntryPoint",
        pm.ENTRY_POINT().call().await.map_err(read_pm())?,
        ENTRY_POINT_V07,
    );
    c.eq(
        "paymaster EntryPoint version",
        pm.ENTRY_POINT_VERSION().call().await.map_err(read_pm())?,
        7,
    );
    c.eq(
        "paymaster token",
        pm.TORA().call().await.map_err(read_pm())?,
        tora_at,
    );
    let limits = pm.limits().call().await.map_err(read_pm())?;
    c.eq(
        "paymaster fee cap",
        U256::from(limits.maxFeePerGas),
        cfg.max_fee_per_gas.0,
    );
    c.eq(
        "paymaster cost cap",
        U256::from(limits.maxCostPerOp),
        cfg.max_cost_per_op.0,
    );
    c.eq(
        "paymaster treasury",
        pm.treasury().call().await.map_err(read_pm())?,
        timelock,
    );
    c.eq(
        "paymaster guardian",
        pm.guardian().call().await.map_err(read_pm())?,
        guardian,
    );
    c.eq(
        "paymaster keeper",
        pm.keeper().call().await.map_err(read_pm())?,
        cfg.keeper,
    );
    c.eq(
        "paymaster price floor",
        pm.minTokenPerNative().call().await.map_err(read_pm())?,
        cfg.min_token_per_native.0,
    );
    c.eq(
        "paymaster unstake delay",
        pm.unstakeDelay().call().await.map_err(read_pm())?,
        cfg.unstake_delay,
    );
    let price = pm.price().call().await.map_err(read_pm())?;
    c.eq("paymaster markup", price.markupBps, cfg.markup_bps);
    c.eq(
        "paymaster max price age",
        price.validUntil.to::<u64>() - price.updatedAt.to::<u64>(),
        cfg.max_price_age,
    );
    versions.insert(
        names::PAYMASTER.to_owned(),
        pm.version().call().await.map_err(read_pm())?,
    );

    // InferenceRequests: serves this registry's subnets, escrows TORA, the planned score window.
    let requests = InferenceRequests::new(at(names::INFERENCE_REQUESTS), provider);
    let read_rq = || read("InferenceRequests");
    c.eq(
        "InferenceRequests registry",
        requests.registry().call().await.map_err(read_rq())?,
        registry,
    );
    c.eq(
        "InferenceRequests token",
        requests.tora().call().await.map_err(read_rq())?,
        tora_at,
    );
    c.eq(
        "InferenceRequests score window",
        requests.scoreWindow().call().await.map_err(read_rq())?,
        crate::plan::INFERENCE_SCORE_WINDOW,
    );

    // ForecastFeedsFactory: creates feeds for this registry's subnets.
    let factory = ForecastFeedsFactory::new(at(names::FORECAST_FEEDS_FACTORY), provider);
    c.eq(
        "ForecastFeedsFactory registry",
        factory
            .registry()
            .call()
            .await
            .map_err(read("ForecastFeedsFactory"))?,
        registry,
    );

    if c.0.is_empty() {
        Ok(Verified { versions })
    } else {
        Err(DeployError::Verification(c.0))
    }
}
