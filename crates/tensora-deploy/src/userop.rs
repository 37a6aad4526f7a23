//! ERC-4337 v0.7 UserOperations paid in TORA through the suite's paymaster, sent to a bundler:
//! build (nonce, the bundler's gas prices and estimates, never below what the paymaster
//! requires), sign (SimpleAccount v0.7: EIP-191 message of the userOpHash), check the paymaster's
//! validation against ERC-7562 on a trace of `handleOps` ([`crate::erc7562`]), submit, and wait for
//! the receipt.

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, U256, aliases::U192};
use alloy::providers::{DynProvider, Provider};
use alloy::signers::SignerSync;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol;
use alloy::sol_types::SolCall;
use serde_json::{Value, json};

use crate::DeployError;
use crate::canonical::ENTRY_POINT_V07;
use crate::erc7562;

sol! {
    /// The EntryPoint v0.7 calls a UserOperation client makes.
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
        function handleOps(PackedUserOperation[] calldata ops, address payable beneficiary) external;
    }
}

/// The conventional dummy signature for gas estimation (well-formed, recovers to nobody).
const DUMMY_SIGNATURE: &str = "0xfffffffffffffffffffffffffffffff0000000000000000000000000000000007aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1c";
/// JSON-RPC `params: []` (bundlers reject a missing params array).
const NO_PARAMS: [(); 0] = [];
/// What the paymaster requires at least: postOp gas, and call gas for a bootstrap approval.
const MIN_POST_OP_GAS: u64 = 45_000;
const MIN_CALL_GAS: u64 = 60_000;

fn hex_u(v: U256) -> String {
    format!("{v:#x}")
}

fn field(v: &Value, key: &str) -> Result<U256, DeployError> {
    v[key]
        .as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| DeployError::Devnet(format!("the bundler's answer lacks {key}: {v}")))
}

fn bundler_error(
    what: &'static str,
) -> impl FnOnce(alloy::transports::RpcError<alloy::transports::TransportErrorKind>) -> DeployError
{
    move |e| {
        DeployError::Devnet(format!(
            "bundler: {what}: {}",
            explain_bundler_error(&e.to_string())
        ))
    }
}

/// The EntryPoint's failure codes a bundler reports, in words.
const AA_CODES: &[(&str, &str)] = &[
    ("AA10", "the account already exists but initCode was given"),
    ("AA13", "the factory failed to create the account"),
    (
        "AA14",
        "the factory created a different address than the sender",
    ),
    (
        "AA20",
        "the account is not deployed and no initCode was given",
    ),
    ("AA21", "the account did not pay its prefund"),
    ("AA22", "the operation expired or is not valid yet"),
    ("AA23", "the account's validation reverted"),
    ("AA24", "the signature is not the owner's"),
    ("AA25", "the nonce is wrong"),
    ("AA31", "the paymaster's EntryPoint deposit is too low"),
    (
        "AA32",
        "the paymaster's approval expired or is not valid yet (its TORA price is stale)",
    ),
    ("AA33", "the paymaster's validation reverted"),
    ("AA34", "the paymaster's signature is invalid"),
    ("AA40", "the verification gas limit was exceeded"),
    ("AA41", "too little verification gas"),
    ("AA50", "the paymaster's postOp reverted"),
    ("AA51", "the prefund is below the actual gas cost"),
];

/// A bundler's error message with its EntryPoint code in words and any revert data in it
/// decoded into the suite's custom error (`InsufficientAllowance { allowance: 0 TORA, .. }`).
pub fn explain_bundler_error(message: &str) -> String {
    let mut explained = message.to_owned();
    if let Some((code, meaning)) = AA_CODES.iter().find(|(code, _)| message.contains(code)) {
        explained.push_str(&format!(" ({code}: {meaning})"));
    }
    let decoded = message
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| word.len() >= 10 && word.starts_with("0x"))
        .filter_map(|word| alloy::primitives::hex::decode(word).ok())
        .find_map(|data| tensora_bindings::errors::decode_revert(&data));
    if let Some(decoded) = decoded {
        explained.push_str(&format!("; the revert: {decoded}"));
    }
    explained
}

/// One UserOperation to send.
#[derive(Debug)]
pub struct UserOp<'a> {
    /// The chain (reads, hashing, the ERC-7562 trace).
    pub provider: &'a DynProvider,
    /// The bundler's RPC.
    pub bundler: &'a DynProvider,
    /// The account's owner key (signs; never sent anywhere).
    pub owner: &'a PrivateKeySigner,
    /// The account.
    pub sender: Address,
    /// Factory and its calldata, when the account does not exist yet.
    pub factory: Option<(Address, Bytes)>,
    /// What the account executes.
    pub call_data: Bytes,
    /// The paymaster that takes TORA.
    pub paymaster: Address,
    /// The bundler's executor (traced as the `handleOps` sender in the ERC-7562 check).
    pub executor: Address,
}

impl UserOp<'_> {
    /// Builds and signs the operation (bundler JSON form) and returns the ERC-7562 violations of
    /// the paymaster's validation in a trace of `handleOps` (empty when it complies).
    pub async fn prepare(&self) -> Result<(Value, Vec<String>), DeployError> {
        let entry_point = IEntryPointV07::new(ENTRY_POINT_V07, self.provider);
        let nonce = entry_point
            .getNonce(self.sender, U192::ZERO)
            .call()
            .await
            .map_err(DeployError::call("reading the account nonce"))?;
        let prices: Value = self
            .bundler
            .raw_request("pimlico_getUserOperationGasPrice".into(), NO_PARAMS)
            .await
            .map_err(bundler_error("gas prices"))?;
        let mut op = json!({
            "sender": self.sender,
            "nonce": hex_u(nonce),
            "callData": self.call_data,
            "callGasLimit": hex_u(U256::from(300_000)),
            "verificationGasLimit": hex_u(U256::from(1_000_000)),
            "preVerificationGas": hex_u(U256::from(100_000)),
            "maxFeePerGas": hex_u(field(&prices["standard"], "maxFeePerGas")?),
            "maxPriorityFeePerGas": hex_u(field(&prices["standard"], "maxPriorityFeePerGas")?),
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
            .await
            .map_err(bundler_error("gas estimate"))?;
        for (key, floor) in [
            ("preVerificationGas", 0),
            ("verificationGasLimit", 0),
            ("callGasLimit", MIN_CALL_GAS),
            ("paymasterVerificationGasLimit", 0),
            ("paymasterPostOpGasLimit", MIN_POST_OP_GAS),
        ] {
            op[key] = json!(hex_u(field(&estimate, key)?.max(U256::from(floor))));
        }
        let hash = entry_point
            .getUserOpHash(pack(&op)?)
            .call()
            .await
            .map_err(DeployError::call("hashing the UserOperation"))?;
        let signature = self
            .owner
            .sign_message_sync(hash.as_slice())
            .map_err(|e| DeployError::Devnet(format!("signing the UserOperation: {e}")))?;
        op["signature"] = json!(Bytes::from(signature.as_bytes().to_vec()));
        let calldata = IEntryPointV07::handleOpsCall {
            ops: vec![pack(&op)?],
            beneficiary: self.executor,
        }
        .abi_encode();
        let violations = erc7562::check_paymaster_validation(
            self.provider,
            ENTRY_POINT_V07,
            self.paymaster,
            self.sender,
            self.executor,
            calldata.into(),
        )
        .await?;
        Ok((op, violations))
    }

    /// Prepares, refuses if the paymaster's validation breaks ERC-7562, submits, and waits (up to
    /// `timeout`) for the receipt.
    pub async fn send(&self, timeout: Duration) -> Result<Value, DeployError> {
        let (op, violations) = self.prepare().await?;
        if !violations.is_empty() {
            return Err(DeployError::Devnet(format!(
                "ERC-7562 violations in the paymaster's validation: {violations:?}"
            )));
        }
        let op_hash: B256 = self
            .bundler
            .raw_request("eth_sendUserOperation".into(), (op, ENTRY_POINT_V07))
            .await
            .map_err(bundler_error("eth_sendUserOperation"))?;
        let started = std::time::Instant::now();
        while started.elapsed() < timeout {
            let receipt: Value = self
                .bundler
                .raw_request("eth_getUserOperationReceipt".into(), (op_hash,))
                .await
                .map_err(bundler_error("eth_getUserOperationReceipt"))?;
            if !receipt.is_null() {
                return Ok(receipt);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(DeployError::Devnet(format!(
            "UserOperation {op_hash} was not included within {timeout:?}"
        )))
    }
}

/// A running alto bundler (npm `@pimlico/alto`); stopped when dropped.
#[derive(Debug)]
pub struct Alto {
    child: std::process::Child,
    /// Its RPC URL.
    pub url: String,
    /// Its RPC.
    pub provider: DynProvider,
}

impl Drop for Alto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts alto for EntryPoint v0.7 against `rpc` (safe mode off: no bundler can trace ERC-7562 on
/// anvil, [`crate::erc7562`] checks the paymaster instead), with its keys in a config file under
/// `dir` readable by the owner only (never on the command line), and waits until it answers.
pub async fn start_alto(
    alto: &std::path::Path,
    rpc: &str,
    executor_key: &str,
    utility_key: &str,
    dir: &std::path::Path,
) -> Result<Alto, DeployError> {
    use std::io::Write;
    let io = |what: &str, e: std::io::Error| DeployError::Devnet(format!("bundler: {what}: {e}"));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| io("finding a free port", e))?
        .port();
    std::fs::create_dir_all(dir).map_err(|e| io("creating its directory", e))?;
    let config = dir.join(format!("alto-{port}.json"));
    let text = json!({
        "entrypoints": ENTRY_POINT_V07.to_string(),
        "executor-private-keys": executor_key,
        "utility-private-key": utility_key,
        "rpc-url": rpc,
        "port": port,
        "chain-type": "op-stack",
        "safe-mode": false,
        "min-entity-stake": 1,
        "min-entity-unstake-delay": 1,
        "log-level": "warn",
        "max-bundle-interval": 200,
    });
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(&config)
        .and_then(|mut f| f.write_all(text.to_string().as_bytes()))
        .map_err(|e| io("writing its config", e))?;
    let child = std::process::Command::new(alto)
        .arg("--config")
        .arg(&config)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| {
            io(
                &format!("starting {} (run script/setup.sh)", alto.display()),
                e,
            )
        })?;
    let url = format!("http://127.0.0.1:{port}");
    let alto = Alto {
        child,
        provider: alloy::providers::ProviderBuilder::new()
            .connect_http(
                url.parse()
                    .map_err(|e| DeployError::Devnet(format!("bundler URL: {e}")))?,
            )
            .erased(),
        url,
    };
    // Node starts slowly on a loaded 2-core machine: allow a minute.
    for _ in 0..600 {
        if alto
            .provider
            .raw_request::<_, Value>("eth_supportedEntryPoints".into(), NO_PARAMS)
            .await
            .is_ok()
        {
            return Ok(alto);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(DeployError::Devnet(
        "the alto bundler did not answer within 60 s".into(),
    ))
}

/// The packed (on-chain) form of a JSON UserOperation.
pub fn pack(op: &Value) -> Result<IEntryPointV07::PackedUserOperation, DeployError> {
    let u = |k: &str| field(op, k);
    let b = |k: &str| -> Result<Vec<u8>, DeployError> {
        match op[k].as_str() {
            None => Ok(Vec::new()),
            Some(s) => s.parse::<Bytes>().map(|b| b.to_vec()).map_err(|e| {
                DeployError::Devnet(format!("UserOperation field {k} is not hex: {e}"))
            }),
        }
    };
    let two = |hi: U256, lo: U256| B256::from((hi << 128) | lo);
    let mut init_code = b("factory")?;
    init_code.extend(b("factoryData")?);
    let mut pm = b("paymaster")?;
    pm.extend(u("paymasterVerificationGasLimit")?.to_be_bytes::<32>()[16..].iter());
    pm.extend(u("paymasterPostOpGasLimit")?.to_be_bytes::<32>()[16..].iter());
    pm.extend(b("paymasterData")?);
    let sender = op["sender"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| DeployError::Devnet("UserOperation sender is not an address".into()))?;
    Ok(IEntryPointV07::PackedUserOperation {
        sender,
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

#[cfg(test)]
mod tests {
    use alloy::sol_types::SolError;

    use super::*;

    #[test]
    fn bundler_errors_name_what_the_account_lacks() {
        let data = tensora_bindings::TensoraPaymaster::InsufficientAllowance {
            allowance: U256::ZERO,
            required: U256::from(10u64).pow(U256::from(18)),
        }
        .abi_encode();
        let message = format!(
            "UserOperation reverted during simulation with reason: AA33 reverted {}",
            Bytes::from(data)
        );
        let explained = explain_bundler_error(&message);
        assert!(
            explained.contains("AA33: the paymaster's validation reverted"),
            "{explained}"
        );
        assert!(
            explained.contains("InsufficientAllowance { allowance: 0 TORA, required: 1 TORA }"),
            "{explained}"
        );
        assert_eq!(explain_bundler_error("plain failure"), "plain failure");
    }
}
