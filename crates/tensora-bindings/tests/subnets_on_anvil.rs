//! Deploys TORA, the SubnetRegistry and a Subnet implementation through the generated bindings,
//! creates a subnet the way a subnet creator would (approve the fee, then create), and discovers it
//! the way a dApp would (`getActiveSubnets` then `subnets(id)`), including a decoded custom error.

mod common;

use alloy::network::EthereumWallet;
use alloy::primitives::aliases::U96;
use alloy::primitives::utils::parse_ether;
use alloy::primitives::{Address, U256};
use alloy::providers::ProviderBuilder;
use alloy::signers::local::PrivateKeySigner;
use tensora_bindings::generated::subnet_registry::SubnetRegistry::{
    Config, Hyperparameters, SubnetRegistryErrors,
};
use tensora_bindings::{
    EmissionManager, Subnet, SubnetCloser, SubnetRegistry, TORA, ValidatorTrust,
};

/// `whole` TORA in wei, as the uint96 the bond fields use.
fn tora_wei(whole: u128) -> U96 {
    U96::from(whole * 10u128.pow(18))
}

fn hyperparameters(slots: u16) -> Hyperparameters {
    Hyperparameters {
        minMinerBond: tora_wei(100),
        minValidatorBond: tora_wei(1000),
        taskTimeout: 12,
        epochLength: 3600,
        immunityPeriod: 7200,
        unbondingDelay: 7 * 86_400,
        revealWindow: 600,
        slashingRateBps: 500,
        maxSlots: slots,
        maxValidators: 64,
        commitReveal: true,
        kappaBps: 5000,
        strikeLimit: 3,
        trustFloorBps: 1000,
        closeGracePeriod: 600,
    }
}

#[tokio::test]
async fn create_and_discover_subnets() -> Result<(), Box<dyn std::error::Error>> {
    let anvil = common::op_anvil()?;
    let admin: PrivateKeySigner = anvil.keys()[0].clone().into();
    let admin_addr = admin.address();
    let treasury = anvil.addresses()[9];
    let provider = ProviderBuilder::new()
        .wallet(EthereumWallet::from(admin))
        .connect_http(anvil.endpoint_url());

    let fee = parse_ether("1000")?;
    let tora = TORA::deploy(
        &provider,
        admin_addr,
        admin_addr,
        parse_ether("1000000")?,
        parse_ether("1000000000")?,
        Address::ZERO,
    )
    .await?;
    let mut lo = hyperparameters(2);
    lo.maxValidators = 1;
    lo.minMinerBond = U96::from(1u64);
    lo.minValidatorBond = U96::from(1u64);
    lo.epochLength = 60;
    lo.immunityPeriod = 0;
    lo.unbondingDelay = 0;
    lo.revealWindow = 0;
    lo.slashingRateBps = 0;
    lo.taskTimeout = 1;
    lo.commitReveal = false;
    lo.strikeLimit = 1;
    lo.trustFloorBps = 0;
    lo.closeGracePeriod = 0;
    let mut hi = hyperparameters(1024);
    hi.maxValidators = 128;
    hi.kappaBps = 10_000;
    hi.strikeLimit = 100;
    hi.trustFloorBps = 10_000;
    hi.closeGracePeriod = 86_400;
    let registry = SubnetRegistry::deploy(
        &provider,
        admin_addr,
        *tora.address(),
        Config {
            treasury,
            creationFee: fee,
            maxSubnets: 64,
            hyperparameterCooldown: 86_400,
            hyperparameterFreezeWindow: 30,
            minBounds: lo,
            maxBounds: hi,
            guardian: Address::ZERO,
            emissionWeights: Address::ZERO,
            initialImplementation: Address::ZERO,
        },
    )
    .await?;
    let trust = ValidatorTrust::deploy(
        &provider,
        admin_addr,
        *registry.address(),
        100_000_000_000_000_000,
        1000,
        86_400,
    )
    .await?;
    let emissions = EmissionManager::deploy(
        &provider,
        admin_addr,
        *tora.address(),
        *registry.address(),
        0,
        parse_ether("1")?,
        365 * 86_400,
        86_400,
        Address::ZERO,
    )
    .await?;
    let closer = SubnetCloser::deploy(
        &provider,
        *registry.address(),
        *tora.address(),
        *trust.address(),
        *emissions.address(),
    )
    .await?;
    let implementation = Subnet::deploy(
        &provider,
        *registry.address(),
        *tora.address(),
        *trust.address(),
        *emissions.address(),
        *closer.address(),
    )
    .await?;
    common::mined(registry.addImplementation(*implementation.address())).await?;

    common::mined(tora.approve(*registry.address(), fee * U256::from(3))).await?;
    for (name, kind) in [
        ("Linguista", "nlp"),
        ("Visiona", "vision"),
        ("Predictia", "time-series"),
    ] {
        common::mined(registry.createSubnet(name.into(), kind.into(), hyperparameters(256)))
            .await?;
    }

    let ids = registry.getActiveSubnets().call().await?;
    assert_eq!(ids.len(), 3);
    let mut names = Vec::new();
    for id in ids {
        let s = registry.subnets(id).call().await?;
        assert_eq!(s.owner, admin_addr);
        assert!(s.active);
        assert_eq!(s.emissionWeight, U256::ZERO);
        let instance = Subnet::new(s.instance, &provider);
        assert_eq!(instance.subnetId().call().await?, id);
        names.push((s.name, s.inferenceType));
    }
    assert_eq!(
        names[2],
        ("Predictia".to_string(), "time-series".to_string())
    );
    assert_eq!(tora.balanceOf(treasury).call().await?, fee * U256::from(3));

    // A duplicate name is refused with the registry's custom error, decoded by name.
    let Err(err) = registry
        .createSubnet(
            "Predictia".into(),
            "time-series".into(),
            hyperparameters(256),
        )
        .call()
        .await
    else {
        return Err("duplicate subnet name must revert".into());
    };
    match err.as_decoded_interface_error::<SubnetRegistryErrors>() {
        Some(SubnetRegistryErrors::NameTaken(e)) => assert_eq!(e.name, "Predictia"),
        other => return Err(format!("expected NameTaken, got {other:?}").into()),
    }
    Ok(())
}
