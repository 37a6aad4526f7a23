//! A tour of the contracts that exist so far, through the generated bindings, on a local OP Stack
//! mode anvil: the suite deployed with every admin role owned by the governance timelock from
//! birth, the TORA token (votes on the timestamp clock), a governance proposal passed end to end,
//! and the subnet market
//! (the seed's three subnets created for the 1000 TORA fee, a miner, a validator and a delegator
//! joining Predictia, then discovery exactly as a dApp does it), and two Predictia epochs: the
//! emission weight takes effect, scores are committed and revealed, the epoch is closed with its
//! consensus, and the rewards are checked to split 18/41/41 and claimed.
//!
//! Run it with `cargo run -p tensora-bindings --example tour` (the README's demo command does).
#![allow(clippy::print_stdout)]

use alloy::network::EthereumWallet;
use alloy::node_bindings::Anvil;
use alloy::primitives::aliases::U96;
use alloy::primitives::utils::{format_ether, parse_ether};
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolCall;
use tensora_bindings::generated::subnet_registry::SubnetRegistry::{Config, Hyperparameters};
use tensora_bindings::{
    EmissionManager, Subnet, SubnetCloser, SubnetRegistry, TORA, TensoraGovernor, TensoraTimelock,
    ValidatorTrust,
};

type Error = Box<dyn std::error::Error>;

fn tora_wei(whole: u128) -> U96 {
    U96::from(whole * 10u128.pow(18))
}

/// The hyperparameters a subnet creator picks (within the bounds below).
fn hyperparameters(epoch_length: u32, task_timeout: u32) -> Hyperparameters {
    Hyperparameters {
        minMinerBond: tora_wei(100),
        minValidatorBond: tora_wei(1000),
        taskTimeout: task_timeout,
        epochLength: epoch_length,
        immunityPeriod: 2 * 3600,
        unbondingDelay: 7 * 86_400,
        revealWindow: 120,
        slashingRateBps: 500,
        maxSlots: 256,
        maxValidators: 64,
        commitReveal: true,
        kappaBps: 5000,
        strikeLimit: 3,
        trustFloorBps: 1000,
        closeGracePeriod: 600,
    }
}

/// Governance bounds for every hyperparameter.
fn bounds() -> (Hyperparameters, Hyperparameters) {
    let lo = Hyperparameters {
        minMinerBond: tora_wei(1),
        minValidatorBond: tora_wei(10),
        taskTimeout: 1,
        epochLength: 60,
        immunityPeriod: 0,
        unbondingDelay: 60,
        revealWindow: 10,
        slashingRateBps: 0,
        maxSlots: 2,
        maxValidators: 1,
        commitReveal: false,
        kappaBps: 5000,
        strikeLimit: 1,
        trustFloorBps: 0,
        closeGracePeriod: 0,
    };
    let hi = Hyperparameters {
        minMinerBond: tora_wei(1_000_000),
        minValidatorBond: tora_wei(10_000_000),
        taskTimeout: 600,
        epochLength: 7 * 86_400,
        immunityPeriod: 30 * 86_400,
        unbondingDelay: 60 * 86_400,
        revealWindow: 86_400,
        slashingRateBps: 5000,
        maxSlots: 1024,
        maxValidators: 128,
        commitReveal: true,
        kappaBps: 10_000,
        strikeLimit: 100,
        trustFloorBps: 10_000,
        closeGracePeriod: 86_400,
    };
    (lo, hi)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    // The platform binary, not the npm launcher: dropping the instance must stop anvil itself.
    let packages =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/@foundry-rs");
    let anvil_bin = std::fs::read_dir(&packages)?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("anvil-"))
        .map(|e| e.path().join("bin/anvil"))
        .find(|p| p.is_file())
        .ok_or("no anvil under node_modules/@foundry-rs; run script/setup.sh")?;
    let anvil = Anvil::at(anvil_bin)
        .args(["--network", "optimism"])
        .try_spawn()?;
    println!(
        "anvil (OP Stack mode) at {}, chain id {}",
        anvil.endpoint(),
        anvil.chain_id()
    );
    let keys: Vec<PrivateKeySigner> = anvil.keys().iter().map(|k| k.clone().into()).collect();
    let who = |i: usize| keys[i].address();
    let as_ = |i: usize| -> DynProvider {
        ProviderBuilder::new()
            .wallet(EthereumWallet::from(keys[i].clone()))
            .connect_http(anvil.endpoint_url())
            .erased()
    };
    let (admin, creator, miner, validator, delegator, guardian_key) = (0, 1, 2, 3, 4, 9);

    // --- the suite, owned by governance from birth ---------------------------------------------
    // Addresses are predicted from the deployer's nonce so that every contract is created with its
    // final owner (the timelock) and wiring; the deployer keeps no role.
    let admin_p = as_(admin);
    let deployer = who(admin);
    let guardian = who(guardian_key);
    let nonce = admin_p.get_transaction_count(deployer).await?;
    let at = |k: u64| deployer.create(nonce + k);
    let (timelock_at, governor_at, emissions_at, registry_at) = (at(1), at(2), at(4), at(7));
    let tora = TORA::deploy(
        &admin_p,
        timelock_at,
        deployer,
        parse_ether("100000000")?,
        parse_ether("1000000000")?,
        emissions_at,
    )
    .await?;
    let timelock = TensoraTimelock::deploy(&admin_p, U256::from(60), governor_at, guardian).await?;
    let governor = TensoraGovernor::deploy(
        &admin_p,
        *tora.address(),
        timelock_at,
        TensoraGovernor::Params {
            votingDelay: alloy::primitives::aliases::U48::from(1u64),
            votingPeriod: 300,
            proposalThreshold: parse_ether("1000")?,
            quorumNumerator: U256::from(4),
            lateQuorumExtension: alloy::primitives::aliases::U48::from(60u64),
        },
        guardian,
    )
    .await?;
    let trust = ValidatorTrust::deploy(
        &admin_p,
        timelock_at,
        registry_at,
        100_000_000_000_000_000,
        1000,
    )
    .await?;
    let emissions = EmissionManager::deploy(
        &admin_p,
        timelock_at,
        *tora.address(),
        registry_at,
        0,
        parse_ether("10")?,
        365 * 86_400,
        86_400,
        guardian,
    )
    .await?;
    let closer = SubnetCloser::deploy(
        &admin_p,
        registry_at,
        *tora.address(),
        *trust.address(),
        *emissions.address(),
    )
    .await?;
    let implementation = Subnet::deploy(
        &admin_p,
        registry_at,
        *tora.address(),
        *trust.address(),
        *emissions.address(),
        *closer.address(),
    )
    .await?;
    let fee = parse_ether("1000")?;
    let (lo, hi) = bounds();
    let registry = SubnetRegistry::deploy(
        &admin_p,
        timelock_at,
        *tora.address(),
        Config {
            treasury: timelock_at,
            creationFee: fee,
            maxSubnets: 64,
            hyperparameterCooldown: 3600,
            hyperparameterFreezeWindow: 30,
            minBounds: lo,
            maxBounds: hi,
            guardian,
            emissionWeights: emissions_at,
            initialImplementation: *implementation.address(),
        },
    )
    .await?;
    for (name, actual, predicted) in [
        ("TensoraTimelock", *timelock.address(), timelock_at),
        ("TensoraGovernor", *governor.address(), governor_at),
        ("EmissionManager", *emissions.address(), emissions_at),
        ("SubnetRegistry", *registry.address(), registry_at),
    ] {
        if actual != predicted {
            return Err(format!("{name} deployed at {actual}, predicted {predicted}").into());
        }
    }
    println!(
        "TORA {} at {}",
        tora.version().call().await?,
        tora.address()
    );
    println!(
        "TensoraGovernor at {governor_at}, TensoraTimelock (owner of every admin role) at {timelock_at}"
    );
    println!(
        "SubnetRegistry at {registry_at}, Subnet implementation v0 at {}",
        implementation.address()
    );
    let admin_role = tora.DEFAULT_ADMIN_ROLE().call().await?;
    println!(
        "deployer holds TORA admin: {}; timelock does: {}",
        tora.hasRole(admin_role, deployer).call().await?,
        tora.hasRole(admin_role, timelock_at).call().await?
    );

    // The genesis holder funds the participants and votes with the rest.
    for (i, amount) in [
        (creator, "3000"),
        (miner, "500"),
        (validator, "5000"),
        (delegator, "2500"),
    ] {
        tora.transfer(who(i), parse_ether(amount)?)
            .send()
            .await?
            .get_receipt()
            .await?;
    }
    tora.delegate(deployer).send().await?.get_receipt().await?;
    println!(
        "supply {} / cap {} TORA; genesis holder votes {} ({})",
        format_ether(tora.totalSupply().call().await?),
        format_ether(tora.cap().call().await?),
        format_ether(tora.getVotes(deployer).call().await?),
        tora.CLOCK_MODE().call().await?,
    );

    let creator_p = as_(creator);
    TORA::new(*tora.address(), &creator_p)
        .approve(*registry.address(), fee * U256::from(3))
        .send()
        .await?
        .get_receipt()
        .await?;
    let as_creator = SubnetRegistry::new(*registry.address(), &creator_p);
    for (name, kind, epoch, timeout) in [
        ("Linguista", "nlp", 3600, 5),
        ("Visiona", "vision", 3600, 30),
        ("Predictia", "time-series", 600, 12),
    ] {
        let receipt = as_creator
            .createSubnet(name.into(), kind.into(), hyperparameters(epoch, timeout))
            .send()
            .await?
            .get_receipt()
            .await?;
        println!("created {name:<10} ({kind}), gas {}", receipt.gas_used);
    }
    println!(
        "the timelock (treasury) received {} TORA in fees",
        format_ether(tora.balanceOf(timelock_at).call().await?)
    );

    // --- members join Predictia ----------------------------------------------------------------
    let predictia = registry.subnets(U256::from(3)).call().await?.instance;
    let as_miner = approved_member(&as_(miner), who(miner), *tora.address(), predictia).await?;
    as_miner
        .registerMiner(parse_ether("200")?, "http://127.0.0.1:9101/predict".into())
        .send()
        .await?
        .get_receipt()
        .await?;
    let as_validator =
        approved_member(&as_(validator), who(validator), *tora.address(), predictia).await?;
    as_validator
        .registerValidator(parse_ether("2000")?)
        .send()
        .await?
        .get_receipt()
        .await?;
    let as_delegator =
        approved_member(&as_(delegator), who(delegator), *tora.address(), predictia).await?;
    as_delegator
        .delegate(who(validator), parse_ether("1500")?)
        .send()
        .await?
        .get_receipt()
        .await?;

    // --- discovery, as the seed's snippet does it ----------------------------------------------
    println!();
    println!(
        "{:<3} {:<10} {:<12} {:>6} {:>7} {:>10}  stage",
        "id", "name", "type", "weight", "miners", "validators"
    );
    for id in registry.getActiveSubnets().call().await? {
        let s = registry.subnets(id).call().await?;
        let stage = ["Bootstrapping", "Active", "Deactivated"]
            .get(usize::from(s.stage))
            .copied()
            .unwrap_or("?");
        println!(
            "{:<3} {:<10} {:<12} {:>6} {:>7} {:>10}  {}",
            id, s.name, s.inferenceType, s.emissionWeight, s.minerCount, s.validatorCount, stage
        );
    }
    let sub = Subnet::new(predictia, &admin_p);
    let delegation = sub
        .delegationOf(who(validator), who(delegator))
        .call()
        .await?;
    println!();
    println!(
        "Predictia miner endpoint: {}",
        sub.endpointOf(who(miner)).call().await?
    );
    println!(
        "Predictia validator bond {} TORA, delegated {} TORA ({} shares)",
        format_ether(U256::from(sub.memberOf(who(validator)).call().await?.bond)),
        format_ether(delegation.stake),
        format_ether(delegation.shares)
    );
    println!(
        "Predictia holds {} TORA",
        format_ether(tora.balanceOf(predictia).call().await?)
    );

    // --- two epochs of Predictia ----------------------------------------------------------------
    // Governance gives Predictia all emission weight: propose, vote, queue, execute. The weight
    // takes effect at the subnet's next pull, i.e. when epoch 0 closes.
    let calldata = EmissionManager::setWeightsCall {
        ids: vec![U256::from(3)],
        weights: vec![10_000],
    }
    .abi_encode();
    let description = "Give Predictia 100% of the emission".to_string();
    let (targets, values, calldatas) =
        (vec![emissions_at], vec![U256::ZERO], vec![calldata.into()]);
    // Votes count from the second after delegation (checkpoints are looked up in the past).
    let now = governor.clock().call().await?;
    advance_to(&admin_p, u64::try_from(now)? + 2).await?;
    let proposal_id = governor
        .propose(
            targets.clone(),
            values.clone(),
            calldatas.clone(),
            description.clone(),
        )
        .call()
        .await?;
    governor
        .propose(
            targets.clone(),
            values.clone(),
            calldatas.clone(),
            description.clone(),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    let snapshot = governor.proposalSnapshot(proposal_id).call().await?;
    advance_to(&admin_p, u64::try_from(snapshot)? + 1).await?;
    governor
        .castVote(proposal_id, 1)
        .send()
        .await?
        .get_receipt()
        .await?;
    let deadline = governor.proposalDeadline(proposal_id).call().await?;
    advance_to(&admin_p, u64::try_from(deadline)? + 1).await?;
    let description_hash = alloy::primitives::keccak256(description.as_bytes());
    governor
        .queue(
            targets.clone(),
            values.clone(),
            calldatas.clone(),
            description_hash,
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    let eta = governor.proposalEta(proposal_id).call().await?;
    advance_to(&admin_p, u64::try_from(eta)?).await?;
    governor
        .execute(targets, values, calldatas, description_hash)
        .send()
        .await?
        .get_receipt()
        .await?;
    println!();
    println!(
        "governance proposal {} executed: Predictia pending weight {} bps",
        &proposal_id.to_string()[..12],
        emissions
            .subnetEmission(U256::from(3))
            .call()
            .await?
            .pendingWeight
    );
    let as_coordinator = Subnet::new(predictia, &creator_p);
    let info = sub.epochInfo().call().await?;
    advance_to(&admin_p, u64::from(info.end)).await?;
    let columns = usize::from(sub.slotHighWater().call().await?);
    as_coordinator
        .closeEpoch(vec![0u8; columns * 8].into())
        .send()
        .await?
        .get_receipt()
        .await?;
    println!();
    println!(
        "epoch 0 closed (weight now in force: {} bps)",
        emissions.emissionWeightOf(U256::from(3)).call().await?
    );

    // Epoch 1: the validator scores the miner (uid 0) and commits, reveals, then the creator
    // (coordinator) closes with the consensus: with one validator it is that validator's weight.
    let scores: Vec<u8> = (0..columns)
        .flat_map(|uid| if uid == 0 { [0u8, 5] } else { [0u8, 0] })
        .collect();
    let info = sub.epochInfo().call().await?;
    let salt = alloy::primitives::B256::repeat_byte(0x42);
    let commitment = sub
        .scoreCommitment(
            info.epoch,
            who(validator),
            scores.clone().into(),
            vec![],
            salt,
        )
        .call()
        .await?;
    as_validator
        .commitScores(commitment)
        .send()
        .await?
        .get_receipt()
        .await?;
    advance_to(&admin_p, u64::from(info.revealFrom)).await?;
    as_validator
        .revealScores(scores.into(), vec![], salt)
        .send()
        .await?
        .get_receipt()
        .await?;
    advance_to(&admin_p, u64::from(info.end)).await?;
    let mut consensus = vec![0u8; columns * 8];
    consensus[..8].copy_from_slice(&1_000_000_000_000_000_000u64.to_be_bytes());
    let receipt = as_coordinator
        .closeEpoch(consensus.into())
        .send()
        .await?
        .get_receipt()
        .await?;
    let closed = receipt
        .inner
        .logs()
        .iter()
        .find_map(|l| l.log_decode::<Subnet::EpochClosed>().ok())
        .ok_or("no EpochClosed event")?
        .inner
        .data;
    println!(
        "epoch 1 closed (gas {}): emission {} TORA -> miners {}, validators {}, delegators {}",
        receipt.gas_used,
        format_ether(closed.emission),
        format_ether(closed.minerPot),
        format_ether(closed.validatorPot),
        format_ether(closed.delegatorPot)
    );
    let to_miner = sub.claimable(who(miner)).call().await?;
    let to_validator = sub.claimable(who(validator)).call().await?;
    let to_delegators = sub
        .pendingDelegationRewards(who(validator), who(delegator))
        .call()
        .await?;
    let total = to_miner + to_validator + to_delegators;
    println!("{:<22} {:>28} {:>7}", "rewards", "TORA", "share");
    for (name, amount) in [
        ("miner", to_miner),
        ("validator", to_validator),
        ("delegator", to_delegators),
    ] {
        let bps = amount * U256::from(10_000) / total;
        println!(
            "{name:<22} {:>28} {:>5}.{:02}%",
            format_ether(amount),
            bps / U256::from(100),
            bps % U256::from(100)
        );
    }
    let split_ok = [
        (to_miner, 1800u64),
        (to_validator, 4100),
        (to_delegators, 4100),
    ]
    .iter()
    .all(|(amount, bps)| {
        amount.abs_diff(closed.distributed * U256::from(*bps) / U256::from(10_000))
            <= U256::from(1_000_000u64)
    });
    println!(
        "split check 18/41/41 of the epoch's emission: {}",
        if split_ok { "ok" } else { "FAILED" }
    );
    as_miner.claimRewards().send().await?.get_receipt().await?;
    as_delegator
        .claimDelegationRewards(who(validator))
        .send()
        .await?
        .get_receipt()
        .await?;
    println!(
        "after claims: miner holds {} TORA, delegator holds {} TORA",
        format_ether(tora.balanceOf(who(miner)).call().await?),
        format_ether(tora.balanceOf(who(delegator)).call().await?)
    );
    if !split_ok {
        return Err("the epoch's rewards are not split 18/41/41".into());
    }
    Ok(())
}

/// Moves the chain's clock to `timestamp` (anvil) and mines a block there.
async fn advance_to(provider: &DynProvider, timestamp: u64) -> Result<(), Error> {
    provider
        .raw_request::<_, serde_json::Value>("evm_setNextBlockTimestamp".into(), (timestamp,))
        .await?;
    provider
        .raw_request::<_, serde_json::Value>("evm_mine".into(), ())
        .await?;
    Ok(())
}

/// Approves `subnet` for the member's whole TORA balance and returns the subnet bound to the member.
async fn approved_member(
    provider: &DynProvider,
    me: Address,
    tora: Address,
    subnet: Address,
) -> Result<Subnet::SubnetInstance<DynProvider>, Error> {
    let token = TORA::new(tora, provider.clone());
    let balance = token.balanceOf(me).call().await?;
    token
        .approve(subnet, balance)
        .send()
        .await?
        .get_receipt()
        .await?;
    Ok(Subnet::new(subnet, provider.clone()))
}
