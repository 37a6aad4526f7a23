//! End to end through a real ERC-4337 bundler: a devnet, the deployed suite, and Pimlico's alto
//! bundler (npm `@pimlico/alto`, safe mode off: no local bundler can trace ERC-7562 on anvil). A
//! fresh TensoraAccount holding only TORA, and no ETH, is created by its first UserOperation
//! (the account approves the paymaster while it is created, so that operation is paid in TORA up
//! front like any other); its second creates a subnet in the protocol (approving the fee and calling
//! the registry in one batch), again paid in TORA.

use std::time::Duration;

use alloy::primitives::{Bytes, U256, utils::parse_ether};
use alloy::providers::Provider;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolCall;
use tensora_bindings::{
    SubnetRegistry, TORA, TensoraAccount, TensoraAccountFactory, TensoraPaymaster, names,
};
use tensora_client::userop::UserOp;
use tensora_devnet::start_alto;
use tensora_testkit::{Suite, dev_signer, repo};

type TestResult<T = ()> = Result<T, tensora_testkit::Error>;

/// Dev accounts: deployer 0, bundler executor 4 and utility 5, keeper 6.
const EXECUTOR: u32 = 4;
const UTILITY: u32 = 5;
const KEEPER: u32 = 6;

#[tokio::test]
async fn token_only_account_transacts_through_bundler_paying_in_tora() -> TestResult {
    let suite = Suite::start("bundler-test").await?;
    let (devnet, record) = (&suite.devnet, &suite.record);
    let deployer = suite.deployer.provider.clone();
    let records = std::env::temp_dir().join(format!("tensora-bundler-test-{}", std::process::id()));

    // The paymaster is priced by its keeper and funded (deposit and stake) by anyone.
    let paymaster_at = record.address(names::PAYMASTER)?;
    let keeper = suite.account(KEEPER)?.provider;
    TensoraPaymaster::new(paymaster_at, &keeper)
        .setPrice(parse_ether("2000")?)
        .send()
        .await?
        .get_receipt()
        .await?;
    let paymaster = TensoraPaymaster::new(paymaster_at, &deployer);
    paymaster
        .deposit()
        .value(parse_ether("1")?)
        .send()
        .await?
        .get_receipt()
        .await?;
    paymaster
        .addStake()
        .value(parse_ether("1")?)
        .send()
        .await?
        .get_receipt()
        .await?;

    // A fresh owner key and its counterfactual account, which receives TORA and nothing else.
    let owner = PrivateKeySigner::random();
    let factory_at = record.address(names::ACCOUNT_FACTORY)?;
    let factory = TensoraAccountFactory::new(factory_at, &deployer);
    let account = factory
        .getAddress(owner.address(), U256::ZERO)
        .call()
        .await?;
    let tora = TORA::new(record.address(names::TORA)?, &deployer);
    tora.transfer(account, parse_ether("2000")?)
        .send()
        .await?
        .get_receipt()
        .await?;
    assert_eq!(deployer.get_balance(account).await?, U256::ZERO);

    let alto = start_alto(
        &repo().join("node_modules/.bin/alto"),
        &devnet.url,
        &dev_signer(EXECUTOR)?.to_bytes().to_string(),
        &dev_signer(UTILITY)?.to_bytes().to_string(),
        &records,
    )
    .await?;
    let executor = dev_signer(EXECUTOR)?.address();
    let bundler = alto.provider.clone();
    let read = devnet.provider();

    // 1. Created by its first operation (which sends 1 TORA to its owner): paid in TORA.
    let transfer = TORA::transferCall {
        to: owner.address(),
        value: parse_ether("1")?,
    }
    .abi_encode();
    let create = TensoraAccountFactory::createAccountCall {
        owner: owner.address(),
        salt: U256::ZERO,
    }
    .abi_encode();
    let receipt = UserOp {
        provider: &read,
        bundler: &bundler,
        owner: &owner,
        sender: account,
        factory: Some((factory_at, create.into())),
        call_data: TensoraAccount::executeCall {
            dest: *tora.address(),
            value: U256::ZERO,
            func: transfer.into(),
        }
        .abi_encode()
        .into(),
        paymaster: paymaster_at,
        executor,
    }
    .send(Duration::from_secs(30))
    .await?;
    assert!(receipt.success, "{receipt:?}");
    assert!(
        !read.get_code_at(account).await?.is_empty(),
        "account created"
    );
    assert_eq!(
        tora.allowance(account, paymaster_at).call().await?,
        U256::MAX,
        "the account approved the paymaster at creation"
    );
    assert_eq!(
        tora.balanceOf(owner.address()).call().await?,
        parse_ether("1")?
    );
    let after_first = tora.balanceOf(account).call().await?;
    assert!(after_first < parse_ether("1999")?, "gas was paid in TORA");

    // 2. Into the protocol: create a subnet (fee approval + createSubnet in one batch).
    let registry_at = record.address(names::SUBNET_REGISTRY)?;
    let registry = SubnetRegistry::new(registry_at, &read);
    let fee = registry.creationFee().call().await?;
    let hp = suite.config.registry.min_bounds.to_contract();
    let calls = [
        (
            *tora.address(),
            TORA::approveCall {
                spender: registry_at,
                value: fee,
            }
            .abi_encode(),
        ),
        (
            registry_at,
            SubnetRegistry::createSubnetCall {
                name: "Userop".into(),
                inferenceType: "nlp".into(),
                hp,
            }
            .abi_encode(),
        ),
    ];
    let batch = TensoraAccount::executeBatchCall {
        dest: calls.iter().map(|c| c.0).collect(),
        value: vec![],
        func: calls.iter().map(|c| Bytes::from(c.1.clone())).collect(),
    };
    let receipt = UserOp {
        provider: &read,
        bundler: &bundler,
        owner: &owner,
        sender: account,
        factory: None,
        call_data: batch.abi_encode().into(),
        paymaster: paymaster_at,
        executor,
    }
    .send(Duration::from_secs(30))
    .await?;
    assert!(receipt.success, "{receipt:?}");
    let ids = registry.getActiveSubnets().call().await?;
    let subnet = registry
        .subnets(*ids.last().ok_or("no subnet")?)
        .call()
        .await?;
    assert_eq!(subnet.name, "Userop");
    assert_eq!(subnet.owner, account);
    let after_second = tora.balanceOf(account).call().await?;
    assert!(
        after_second < after_first - fee,
        "fee and gas were paid in TORA"
    );
    assert_eq!(
        read.get_balance(account).await?,
        U256::ZERO,
        "the account never held ETH"
    );
    assert!(tora.balanceOf(paymaster_at).call().await? > U256::ZERO);

    // The ERC-7562 check is not blind: once the account delegates its votes, TORA's transfer in
    // validation writes the delegate's vote checkpoints, storage not associated with the account.
    let as_op = |call_data: Bytes| UserOp {
        provider: &read,
        bundler: &bundler,
        owner: &owner,
        sender: account,
        factory: None,
        call_data,
        paymaster: paymaster_at,
        executor,
    };
    let execute = |func: Vec<u8>| -> Bytes {
        TensoraAccount::executeCall {
            dest: *tora.address(),
            value: U256::ZERO,
            func: func.into(),
        }
        .abi_encode()
        .into()
    };
    let delegate = TORA::delegateCall {
        delegatee: owner.address(),
    }
    .abi_encode();
    as_op(execute(delegate))
        .send(Duration::from_secs(30))
        .await?;
    let transfer = TORA::transferCall {
        to: owner.address(),
        value: U256::from(1),
    }
    .abi_encode();
    let (_, violations) = as_op(execute(transfer)).prepare().await?;
    assert!(
        violations
            .iter()
            .any(|v| v.contains("unassociated slot") && v.contains(&tora.address().to_string())),
        "{violations:#?}"
    );
    drop(alto);
    suite.devnet.stop().await?;
    Ok(())
}
