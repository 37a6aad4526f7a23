//! ERC-4337 v0.7 UserOperations paid in TORA through the suite's paymaster, sent to a bundler:
//! build (nonce, the bundler's gas prices and estimates, never below what the paymaster
//! requires), sign (SimpleAccount v0.7: EIP-191 message of the userOpHash), check the paymaster's
//! validation against ERC-7562 on a trace of `handleOps` ([`crate::erc7562`]), submit, and wait for
//! the receipt.

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, U256, aliases::U192};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::TransactionReceipt;
use alloy::rpc::types::erc4337::PackedUserOperation;
use alloy::signers::SignerSync;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolCall;
use serde::{Deserialize, Serialize};

use crate::canonical::ENTRY_POINT_V07;
use crate::erc7562::{self, TraceError};
use crate::read::ReadError;

/// Why a UserOperation was not sent or not included.
#[derive(Debug, thiserror::Error)]
pub enum UserOpError {
    /// Reading the chain failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The bundler refused or failed a request.
    #[error("bundler: {what}: {message}")]
    Bundler {
        /// The request.
        what: &'static str,
        /// Its error, explained ([`explain_bundler_error`]).
        message: String,
    },
    /// The owner key could not sign.
    #[error("signing the UserOperation: {0}")]
    Signing(#[from] alloy::signers::Error),
    /// The ERC-7562 check could not run.
    #[error(transparent)]
    Trace(#[from] TraceError),
    /// The paymaster's validation breaks ERC-7562 rules: nothing was sent.
    #[error("ERC-7562 violations in the paymaster's validation (nothing was sent): {}", .0.join("; "))]
    Erc7562(Vec<String>),
    /// Sent, but not included in time.
    #[error("UserOperation {hash} was not included within {timeout:?}")]
    NotIncluded {
        /// The operation's hash.
        hash: B256,
        /// How long we waited.
        timeout: Duration,
    },
}

alloy::sol! {
    /// The EntryPoint v0.7 calls a UserOperation client makes. Declared here: the published
    /// EntryPoint artifact mixes struct namespaces that alloy's JSON ABI import cannot resolve.
    #[sol(rpc)]
    interface EntryPoint {
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

/// `pimlico_getUserOperationGasPrice`'s answer (the tier used).
#[derive(Debug, Deserialize)]
struct GasPrices {
    standard: GasPrice,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GasPrice {
    max_fee_per_gas: U256,
    max_priority_fee_per_gas: U256,
}

/// `eth_estimateUserOperationGas`'s v0.7 answer. alloy's `UserOperationGasEstimation` has the
/// v0.6 names (`verificationGas`) and no postOp limit, so the v0.7 fields are read here.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GasEstimate {
    pre_verification_gas: U256,
    verification_gas_limit: U256,
    call_gas_limit: U256,
    #[serde(default)]
    paymaster_verification_gas_limit: Option<U256>,
    #[serde(default)]
    paymaster_post_op_gas_limit: Option<U256>,
}

/// `eth_getUserOperationReceipt`'s answer. alloy's `UserOperationReceipt` requires `reason`,
/// which bundlers (alto among them) leave out when the operation succeeded; this one does not.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserOpReceipt {
    /// The operation's hash.
    pub user_op_hash: B256,
    /// The account.
    pub sender: Address,
    /// Its nonce.
    pub nonce: U256,
    /// The paymaster that paid, if any.
    #[serde(default)]
    pub paymaster: Option<Address>,
    /// What it cost, wei.
    pub actual_gas_cost: U256,
    /// Gas it used.
    pub actual_gas_used: U256,
    /// Whether the account's call succeeded (gas is paid either way).
    pub success: bool,
    /// The revert data of a failed call.
    #[serde(default)]
    pub reason: Option<Bytes>,
    /// The bundle transaction's receipt.
    pub receipt: TransactionReceipt,
}

fn bundler_error(
    what: &'static str,
) -> impl FnOnce(alloy::transports::RpcError<alloy::transports::TransportErrorKind>) -> UserOpError
{
    move |e| UserOpError::Bundler {
        what,
        message: explain_bundler_error(&e.to_string()),
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
    /// Builds and signs the operation and returns it with the ERC-7562 violations of the
    /// paymaster's validation in a trace of `handleOps` (empty when it complies).
    pub async fn prepare(&self) -> Result<(PackedUserOperation, Vec<String>), UserOpError> {
        let entry_point = EntryPoint::new(ENTRY_POINT_V07, self.provider);
        let nonce = entry_point
            .getNonce(self.sender, U192::ZERO)
            .call()
            .await
            .map_err(ReadError::call("reading the account nonce"))?;
        let prices: GasPrices = self
            .bundler
            .raw_request("pimlico_getUserOperationGasPrice".into(), NO_PARAMS)
            .await
            .map_err(bundler_error("gas prices"))?;
        let (factory, factory_data) = match &self.factory {
            Some((factory, data)) => (Some(*factory), Some(data.clone())),
            None => (None, None),
        };
        let mut op = PackedUserOperation {
            sender: self.sender,
            nonce,
            factory,
            factory_data,
            call_data: self.call_data.clone(),
            call_gas_limit: U256::from(300_000),
            verification_gas_limit: U256::from(1_000_000),
            pre_verification_gas: U256::from(100_000),
            max_fee_per_gas: prices.standard.max_fee_per_gas,
            max_priority_fee_per_gas: prices.standard.max_priority_fee_per_gas,
            paymaster: Some(self.paymaster),
            paymaster_verification_gas_limit: Some(U256::from(300_000)),
            paymaster_post_op_gas_limit: Some(U256::from(100_000)),
            paymaster_data: Some(Bytes::new()),
            signature: DUMMY_SIGNATURE.parse().unwrap_or_default(),
        };
        let estimate: GasEstimate = self
            .bundler
            .raw_request(
                "eth_estimateUserOperationGas".into(),
                (op.clone(), ENTRY_POINT_V07),
            )
            .await
            .map_err(bundler_error("gas estimate"))?;
        op.pre_verification_gas = estimate.pre_verification_gas;
        op.verification_gas_limit = estimate.verification_gas_limit;
        op.call_gas_limit = estimate.call_gas_limit.max(U256::from(MIN_CALL_GAS));
        if let Some(gas) = estimate.paymaster_verification_gas_limit {
            op.paymaster_verification_gas_limit = Some(gas);
        }
        op.paymaster_post_op_gas_limit = Some(
            estimate
                .paymaster_post_op_gas_limit
                .unwrap_or_default()
                .max(U256::from(MIN_POST_OP_GAS)),
        );
        let hash = entry_point
            .getUserOpHash(pack(&op))
            .call()
            .await
            .map_err(ReadError::call("hashing the UserOperation"))?;
        let signature = self.owner.sign_message_sync(hash.as_slice())?;
        op.signature = Bytes::from(signature.as_bytes().to_vec());
        let calldata = EntryPoint::handleOpsCall {
            ops: vec![pack(&op)],
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
    pub async fn send(&self, timeout: Duration) -> Result<UserOpReceipt, UserOpError> {
        let (op, violations) = self.prepare().await?;
        if !violations.is_empty() {
            return Err(UserOpError::Erc7562(violations));
        }
        let op_hash: B256 = self
            .bundler
            .raw_request("eth_sendUserOperation".into(), (op, ENTRY_POINT_V07))
            .await
            .map_err(bundler_error("eth_sendUserOperation"))?;
        let started = std::time::Instant::now();
        while started.elapsed() < timeout {
            let receipt: Option<UserOpReceipt> = self
                .bundler
                .raw_request("eth_getUserOperationReceipt".into(), (op_hash,))
                .await
                .map_err(bundler_error("eth_getUserOperationReceipt"))?;
            if let Some(receipt) = receipt {
                return Ok(receipt);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(UserOpError::NotIncluded {
            hash: op_hash,
            timeout,
        })
    }
}

/// The packed (on-chain) form of a v0.7 UserOperation: `initCode = factory ++ factoryData`,
/// `accountGasLimits = verificationGasLimit << 128 | callGasLimit`,
/// `gasFees = maxPriorityFeePerGas << 128 | maxFeePerGas`,
/// `paymasterAndData = paymaster ++ uint128 verification gas ++ uint128 postOp gas ++ data`.
pub fn pack(op: &PackedUserOperation) -> EntryPoint::PackedUserOperation {
    let two = |hi: U256, lo: U256| B256::from((hi << 128) | lo);
    let low16 = |v: U256| v.to_be_bytes::<32>()[16..].to_vec();
    let mut init_code = op.factory.map(|f| f.to_vec()).unwrap_or_default();
    init_code.extend(op.factory_data.iter().flat_map(|d| d.iter().copied()));
    let mut paymaster_and_data = Vec::new();
    if let Some(paymaster) = op.paymaster {
        paymaster_and_data.extend(paymaster.as_slice());
        paymaster_and_data.extend(low16(
            op.paymaster_verification_gas_limit.unwrap_or_default(),
        ));
        paymaster_and_data.extend(low16(op.paymaster_post_op_gas_limit.unwrap_or_default()));
        paymaster_and_data.extend(op.paymaster_data.iter().flat_map(|d| d.iter().copied()));
    }
    EntryPoint::PackedUserOperation {
        sender: op.sender,
        nonce: op.nonce,
        initCode: init_code.into(),
        callData: op.call_data.clone(),
        accountGasLimits: two(op.verification_gas_limit, op.call_gas_limit),
        preVerificationGas: op.pre_verification_gas,
        gasFees: two(op.max_priority_fee_per_gas, op.max_fee_per_gas),
        paymasterAndData: paymaster_and_data.into(),
        signature: op.signature.clone(),
    }
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
