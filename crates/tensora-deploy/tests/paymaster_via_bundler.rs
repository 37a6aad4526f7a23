//! End to end through a real ERC-4337 bundler: a devnet, the deployed suite, and Pimlico's alto
//! bundler (npm `@pimlico/alto`, safe mode off: no local bundler can trace ERC-7562 on anvil). A
//! fresh account holding only TORA, and no ETH, is created by its first UserOperation, which
//! approves the paymaster and is paid in TORA; its second creates a subnet in the protocol
//! (approving the fee and calling the registry in one batch), again paid in TORA.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use alloy::network::EthereumWallet;
use alloy::primitives::{Address, B256, Bytes, U256, utils::parse_ether};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::SignerSync;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol;
use alloy::sol_types::SolCall;
use serde_json::{Value, json};
use tensora_bindings::{Deployment, SubnetRegistry, TORA, TensoraPaymaster, names};
use tensora_deploy::artifacts::simple_account::SimpleAccount;
use tensora_deploy::artifacts::simple_account_factory::SimpleAccountFactory;
use tensora_deploy::canonical::ENTRY_POINT_V07;
use tensora_deploy::config::NetworkConfig;
use tensora_deploy::devnet::{Devnet, DevnetOptions, find_anvil};
use tensora_deploy::{erc7562, suite};

type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

sol! {
    /// The EntryPoint v0.7 calls this test makes.
    #[sol(rpc)]
    interface IEntryPointV07 {
        struct PackedUserOperation {
            address sender;
            uint256 nonce;
            bytes initCode;
            bytes callData;
            bytes32 accountGasLimits;
            uint256 preVerificationGas;
            bytes32 gasFees;
            bytes paymasterAndData;
            bytes signature;
        }
        function getUserOpHash(PackedUserOperation calldata userOp) external view returns (bytes32);
        function getNonce(address sender, uint192 key) external view returns (uint256 nonce);
        function balanceOf(address account) external view returns (uint256);
        function handleOps(PackedUserOperation[] calldata ops, address payable beneficiary) external;
    }
}

/// anvil dev keys (public test mnemonic): deployer 0, keeper 6, bundler executor 4 and utility 5.
const DEPLOYER_KEY: &str = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const KEEPER_KEY: &str = "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e";
const EXECUTOR_KEY: &str = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
const UTILITY_KEY: &str = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";
/// The conventional dummy signature for gas estimation (well-formed, recovers to nobody).
const DUMMY_SIGNATURE: &str = "0xfffffffffffffffffffffffffffffff0000000000000000000000000000000007aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1c";

/// JSON-RPC `params: []` (alto rejects a missing params array).
const NO_PARAMS: [(); 0] = [];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn free_port() -> TestResult<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn wallet(key: &str, url: &str) -> TestResult<DynProvider> {
    let signer: PrivateKeySigner = key.parse()?;
    Ok(ProviderBuilder::new()
        .wallet(EthereumWallet::from(signer))
        .connect_http(url.parse()?)
        .erased())
}

/// Starts alto against `rpc`, waits until it answers, and returns it with its URL.
async fn start_alto(rpc: &str) -> TestResult<(tokio::process::Child, String)> {
    let port = free_port()?;
    let alto = repo().join("node_modules/.bin/alto");
    let child = tokio::process::Command::new(&alto)
        .args(["--entrypoints", &ENTRY_POINT_V07.to_string()])
        .args([
            "--executor-private-keys",
            EXECUTOR_KEY,
            "--utility-private-key",
            UTILITY_KEY,
        ])
        .args([
            "--rpc-url",
            rpc,
            "--port",
            &port.to_string(),
            "--chain-type",
            "op-stack",
        ])
        .args([
            "--safe-mode",
            "false",
            "--min-entity-stake",
            "1",
            "--min-entity-unstake-delay",
            "1",
        ])
        .args(["--log-level", "warn", "--max-bundle-interval", "200"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot start {} ({e}); run script/setup.sh", alto.display()))?;
    let url = format!("http://127.0.0.1:{port}");
    let bundler = ProviderBuilder::new().connect_http(url.parse()?);
    for _ in 0..300 {
        if bundler
            .raw_request::<_, Value>("eth_supportedEntryPoints".into(), NO_PARAMS)
            .await
            .is_ok()
        {
            return Ok((child, url));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err("alto did not come up within 30 s".into())
}

fn hex_u(v: impl Into<U256>) -> String {
    format!("{:#x}", v.into())
}

fn field(v: &Value, key: &str) -> TestResult<U256> {
    let s = v[key]
        .as_str()
        .ok_or_else(|| format!("bundler answer lacks {key}: {v}"))?;
    Ok(s.parse()?)
}

/// A v0.7 UserOperation in the bundler RPC's JSON form, signed by `owner` (SimpleAccount v0.7
/// signs the EIP-191 message of the userOpHash) after the bundler's gas estimate.
struct UserOp<'a> {
    provider: &'a DynProvider,
    bundler: &'a DynProvider,
    owner: &'a PrivateKeySigner,
    sender: Address,
    factory: Option<(Address, Bytes)>,
    call_data: Bytes,
    paymaster: Address,
}

impl UserOp<'_> {
    /// Estimates, signs, checks the paymaster's validation against ERC-7562 on a trace of
    /// `handleOps`, then submits and waits for the receipt.
    async fn send(&self) -> TestResult<Value> {
        let (op, violations) = self.prepare().await?;
        assert!(
            violations.is_empty(),
            "ERC-7562 violations in the paymaster's validation: {violations:#?}"
        );
        let op_hash: B256 = self
            .bundler
            .raw_request("eth_sendUserOperation".into(), (op, ENTRY_POINT_V07))
            .await?;
        for _ in 0..300 {
            let receipt: Value = self
                .bundler
                .raw_request("eth_getUserOperationReceipt".into(), (op_hash,))
                .await?;
            if !receipt.is_null() {
                return Ok(receipt);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("UserOperation {op_hash} was not included within 30 s").into())
    }

    /// The signed operation (bundler JSON) and the ERC-7562 violations its paymaster validation
    /// shows when `handleOps` is traced.
    async fn prepare(&self) -> TestResult<(Value, Vec<String>)> {
        let entry_point = IEntryPointV07::new(ENTRY_POINT_V07, self.provider);
        let nonce = entry_point
            .getNonce(self.sender, alloy::primitives::aliases::U192::ZERO)
            .call()
            .await?;
        let prices: Value = self
            .bundler
            .raw_request("pimlico_getUserOperationGasPrice".into(), NO_PARAMS)
            .await?;
        let (max_fee, priority) = (
            field(&prices["standard"], "maxFeePerGas")?,
            field(&prices["standard"], "maxPriorityFeePerGas")?,
        );
        let mut op = json!({
            "sender": self.sender,
            "nonce": hex_u(nonce),
            "callData": self.call_data,
            "callGasLimit": hex_u(U256::from(300_000)),
            "verificationGasLimit": hex_u(U256::from(1_000_000)),
            "preVerificationGas": hex_u(U256::from(100_000)),
            "maxFeePerGas": hex_u(max_fee),
            "maxPriorityFeePerGas": hex_u(priority),
            "paymaster": self.paymaster,
            "paymasterVerificationGasLimit": hex_u(U256::from(300_000)),
            "paymasterPostOpGasLimit": hex_u(U256::from(100_000)),
            "paymasterData": "0x",
            "signature": DUMMY_SIGNATURE,
        });
        if let Some((factory, data)) = &self.factory {
            op["factory"] = json!(factory);
            op["factoryData"] = json!(data);
        }
        let estimate: Value = self
            .bundler
            .raw_request(
                "eth_estimateUserOperationGas".into(),
                (op.clone(), ENTRY_POINT_V07),
            )
            .await?;
        // The bundler's estimates, never below what the paymaster requires (postOp 45,000; a
        // bootstrap approval 60,000 of call gas).
        let at_least = |key: &str, floor: u64| -> TestResult<String> {
            Ok(hex_u(field(&estimate, key)?.max(U256::from(floor))))
        };
        op["preVerificationGas"] = json!(at_least("preVerificationGas", 0)?);
        op["verificationGasLimit"] = json!(at_least("verificationGasLimit", 0)?);
        op["callGasLimit"] = json!(at_least("callGasLimit", 60_000)?);
        op["paymasterVerificationGasLimit"] = json!(at_least("paymasterVerificationGasLimit", 0)?);
        op["paymasterPostOpGasLimit"] = json!(at_least("paymasterPostOpGasLimit", 45_000)?);

        let hash = entry_point.getUserOpHash(pack(&op)?).call().await?;
        let signature = self.owner.sign_message_sync(hash.as_slice())?;
        op["signature"] = json!(Bytes::from(signature.as_bytes().to_vec()));
        let executor = EXECUTOR_KEY.parse::<PrivateKeySigner>()?.address();
        let calldata = IEntryPointV07::handleOpsCall {
            ops: vec![pack(&op)?],
            beneficiary: executor,
        }
        .abi_encode();
        let violations = erc7562::check_paymaster_validation(
            self.provider,
            ENTRY_POINT_V07,
            self.paymaster,
            self.sender,
            executor,
            calldata.into(),
        )
        .await?;
        Ok((op, violations))
    }
}

/// The packed (on-chain) form of a JSON UserOperation.
fn pack(op: &Value) -> TestResult<IEntryPointV07::PackedUserOperation> {
    let u = |k: &str| field(op, k);
    let b = |k: &str| -> TestResult<Vec<u8>> {
        Ok(op[k]
            .as_str()
            .map(|s| s.parse::<Bytes>())
            .transpose()?
            .unwrap_or_default()
            .to_vec())
    };
    let two = |hi: U256, lo: U256| B256::from((hi << 128) | lo);
    let mut init_code = b("factory")?;
    init_code.extend(b("factoryData")?);
    let mut pm = b("paymaster")?;
    pm.extend(u("paymasterVerificationGasLimit")?.to_be_bytes::<32>()[16..].iter());
    pm.extend(u("paymasterPostOpGasLimit")?.to_be_bytes::<32>()[16..].iter());
    pm.extend(b("paymasterData")?);
    Ok(IEntryPointV07::PackedUserOperation {
        sender: op["sender"].as_str().ok_or("sender")?.parse()?,
        nonce: u("nonce")?,
        initCode: init_code.into(),
        callData: b("callData")?.into(),
        accountGasLimits: two(u("verificationGasLimit")?, u("callGasLimit")?),
        preVerificationGas: u("preVerificationGas")?,
        gasFees: two(u("maxPriorityFeePerGas")?, u("maxFeePerGas")?),
        paymasterAndData: pm.into(),
        signature: b("signature")?.into(),
    })
}

#[tokio::test]
async fn token_only_account_transacts_through_bundler_paying_in_tora() -> TestResult {
    let mut options = DevnetOptions::new(find_anvil(&repo()));
    options.port = free_port()?;
    let devnet = Devnet::start(&options).await?;
    let deployer = wallet(DEPLOYER_KEY, &devnet.url)?;
    let deployer_address: Address = DEPLOYER_KEY.parse::<PrivateKeySigner>()?.address();
    let config = NetworkConfig::load(&repo().join("deployments/config/devnet.toml"))?;
    let records = std::env::temp_dir().join(format!("tensora-bundler-test-{}", std::process::id()));
    let record: Deployment =
        suite::deploy(&deployer, deployer_address, &config, &records, &mut |_| {})
            .await?
            .record;

    // The paymaster is priced by its keeper and funded (deposit and stake) by anyone.
    let paymaster_at = record.address(names::PAYMASTER)?;
    let keeper = wallet(KEEPER_KEY, &devnet.url)?;
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
    let factory = SimpleAccountFactory::new(factory_at, &deployer);
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

    let (_alto, alto_url) = start_alto(&devnet.url).await?;
    let bundler = ProviderBuilder::new()
        .connect_http(alto_url.parse()?)
        .erased();
    let read = ProviderBuilder::new()
        .connect_http(devnet.url.parse()?)
        .erased();

    // 1. Created by its first operation, which approves the paymaster: paid in TORA.
    let approve = TORA::approveCall {
        spender: paymaster_at,
        value: U256::MAX,
    }
    .abi_encode();
    let create = SimpleAccountFactory::createAccountCall {
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
        call_data: SimpleAccount::executeCall {
            dest: *tora.address(),
            value: U256::ZERO,
            func: approve.into(),
        }
        .abi_encode()
        .into(),
        paymaster: paymaster_at,
    }
    .send()
    .await?;
    assert_eq!(receipt["success"], json!(true), "{receipt}");
    assert!(
        !read.get_code_at(account).await?.is_empty(),
        "account created"
    );
    let after_first = tora.balanceOf(account).call().await?;
    assert!(after_first < parse_ether("2000")?, "gas was paid in TORA");

    // 2. Into the protocol: create a subnet (fee approval + createSubnet in one batch).
    let registry_at = record.address(names::SUBNET_REGISTRY)?;
    let registry = SubnetRegistry::new(registry_at, &read);
    let fee = registry.creationFee().call().await?;
    let hp = config.registry.min_bounds.to_contract();
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
    let batch = SimpleAccount::executeBatchCall {
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
    }
    .send()
    .await?;
    assert_eq!(receipt["success"], json!(true), "{receipt}");
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
    };
    let execute = |func: Vec<u8>| -> Bytes {
        SimpleAccount::executeCall {
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
    as_op(execute(delegate)).send().await?;
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
    devnet.stop().await?;
    Ok(())
}
