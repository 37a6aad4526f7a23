//! `tensora safe`: admin actions signed by a Safe multisig (the guardian, or a governance admin's
//! Safe). Build the Safe transaction into a file, have each owner sign it (EIP-712, offline, one
//! key each), merge the signed files, and execute once the threshold is met; or export it as Safe
//! Transaction Builder JSON for owners who use the Safe web app.
//!
//! A file is never trusted: `sign`, `merge` and `exec` recompute the EIP-712 `SafeTx` hash from the
//! file's fields (chain, Safe, target, value, calldata, nonce) and refuse a file whose
//! `safeTxHash` is not that hash, so an owner signs exactly the call it is shown (target by name,
//! decoded function and arguments, value, nonce, description).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alloy::dyn_abi::{DynSolValue, JsonAbiExt};
use alloy::json_abi::Function;
use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::signers::SignerSync;
use alloy::sol_types::SolCall;
use alloy::sol_types::SolInterface;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tensora_bindings::third_party::safe_l2::SafeL2;
use tensora_bindings::{
    Deployment, EmissionManager, SubnetRegistry, TensoraGovernor, TensoraPaymaster, names,
};

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_address};
use crate::signer::SignerArgs;

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Build a Safe transaction into a file (a call, or a guardian shortcut).
    Build {
        /// The Safe (default: the suite's guardian Safe).
        #[arg(long, value_parser = parse_address)]
        safe: Option<Address>,
        /// Contract to call.
        #[arg(long, value_parser = parse_address, conflicts_with = "action", requires = "calldata")]
        to: Option<Address>,
        /// ABI-encoded calldata (0x…).
        #[arg(long)]
        calldata: Option<Bytes>,
        /// Guardian shortcut: pause-registry, pause-emissions, pause-paymaster, or cancel:<proposal> (its id, its number in `gov list`, or latest).
        #[arg(long)]
        action: Option<String>,
        /// Where to write the transaction.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Sign a built transaction with one owner's key (adds the signature to the file), after
    /// checking that its hash is the hash of its fields and printing what it does.
    Sign {
        /// The transaction file.
        #[arg(long)]
        file: PathBuf,
        /// Directory of the deployment records (names the target contract).
        #[arg(long, env = crate::locate::DEPLOYMENTS_ENV, default_value = crate::locate::DEFAULT_DEPLOYMENTS)]
        deployments: PathBuf,
        #[command(flatten)]
        signer: SignerArgs,
    },
    /// Merge the signatures of several signed copies into one file.
    Merge {
        /// Signed copies of the same transaction.
        #[arg(long = "file", required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// Where to write the merged transaction.
        #[arg(long)]
        out: PathBuf,
    },
    /// Execute a transaction whose signatures meet the Safe's threshold.
    Exec {
        /// The signed transaction file.
        #[arg(long)]
        file: PathBuf,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Export as Safe Transaction Builder JSON (import it in the Safe web app).
    Export {
        /// The transaction file.
        #[arg(long)]
        file: PathBuf,
        /// Where to write the Transaction Builder JSON.
        #[arg(long)]
        out: PathBuf,
    },
}

/// A Safe transaction (call operation, no refund) with the owners' signatures so far.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SafeTx {
    chain_id: u64,
    safe: Address,
    to: Address,
    value: U256,
    data: Bytes,
    nonce: U256,
    safe_tx_hash: B256,
    description: String,
    /// Owner → 65-byte ECDSA signature of `safe_tx_hash`.
    signatures: BTreeMap<Address, Bytes>,
}

impl SafeTx {
    /// The EIP-712 hash the Safe's owners sign for these fields (`Safe.getTransactionHash`),
    /// computed offline: domain `{chainId, verifyingContract: safe}`, call operation, no refund.
    fn computed_hash(&self) -> B256 {
        tensora_client::safe::call_hash(
            self.chain_id,
            self.safe,
            self.to,
            self.value,
            self.data.clone(),
            self.nonce,
        )
    }

    /// Refuses a file whose recorded hash is not the hash of its fields.
    fn check_hash(&self, path: &Path) -> Result<(), CliError> {
        let computed = self.computed_hash();
        if computed != self.safe_tx_hash {
            return Err(format!(
                "{}: its safeTxHash {} is not the hash of its fields ({computed}): the file was edited after it \
                 was built (or signed); do not sign or execute it, rebuild it with `tensora safe build`",
                path.display(),
                self.safe_tx_hash
            )
            .into());
        }
        Ok(())
    }
}

/// Reads a transaction file and checks its hash against its fields.
fn load(path: &Path) -> Result<SafeTx, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let tx: SafeTx = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not a Safe transaction file: {e}", path.display()))?;
    tx.check_hash(path)?;
    Ok(tx)
}

/// The suite contract at `address` by name, from the chain's deployment record if there is one.
fn contract_name(deployments: &Path, chain_id: u64, address: Address) -> Option<String> {
    let record = Deployment::load(deployments, chain_id).ok()?;
    record
        .contracts
        .iter()
        .find(|(_, c)| c.address == address)
        .map(|(name, _)| name.clone())
        .or_else(|| {
            record
                .dependencies
                .iter()
                .find(|(_, d)| d.address == address)
                .map(|(name, _)| name.clone())
        })
}

/// `data` decoded against the suite's and the Safe's ABIs: function signature and arguments.
fn decode_call(data: &[u8]) -> String {
    macro_rules! try_decode {
        ($($calls:ty),+) => {
            $(
                if let Ok(call) = <$calls>::abi_decode(data) {
                    if let Some(signature) = <$calls>::signature_by_selector(call.selector()) {
                        return decode_args(signature, data);
                    }
                }
            )+
        };
    }
    use tensora_bindings::generated::*;
    try_decode!(
        subnet_registry::SubnetRegistry::SubnetRegistryCalls,
        emission_manager::EmissionManager::EmissionManagerCalls,
        tensora_paymaster::TensoraPaymaster::TensoraPaymasterCalls,
        tensora_governor::TensoraGovernor::TensoraGovernorCalls,
        tensora_timelock::TensoraTimelock::TensoraTimelockCalls,
        validator_trust::ValidatorTrust::ValidatorTrustCalls,
        tora::TORA::TORACalls,
        tensora_account_factory::TensoraAccountFactory::TensoraAccountFactoryCalls,
        SafeL2::SafeL2Calls
    );
    if data.is_empty() {
        "no calldata (a plain transfer)".into()
    } else {
        format!(
            "unknown function {} ({} bytes): not a call of the suite or of a Safe",
            Bytes::copy_from_slice(&data[..data.len().min(4)]),
            data.len()
        )
    }
}

/// `signature` with the arguments `data` carries, e.g. `setGuardian(address)(0x…)`.
fn decode_args(signature: &str, data: &[u8]) -> String {
    let args = Function::parse(signature)
        .ok()
        .and_then(|f| f.abi_decode_input(data.get(4..).unwrap_or_default()).ok());
    match args {
        Some(args) => format!(
            "{signature}({})",
            args.iter().map(fmt_value).collect::<Vec<_>>().join(", ")
        ),
        None => format!("{signature} (arguments do not decode)"),
    }
}

fn fmt_value(v: &DynSolValue) -> String {
    match v {
        DynSolValue::Address(a) => a.to_string(),
        DynSolValue::Bool(b) => b.to_string(),
        DynSolValue::Int(i, _) => i.to_string(),
        DynSolValue::Uint(u, _) => u.to_string(),
        DynSolValue::FixedBytes(w, size) => Bytes::copy_from_slice(&w[..*size]).to_string(),
        DynSolValue::Bytes(b) => Bytes::copy_from_slice(b).to_string(),
        DynSolValue::String(s) => format!("{s:?}"),
        DynSolValue::Array(items) | DynSolValue::FixedArray(items) | DynSolValue::Tuple(items) => {
            format!(
                "[{}]",
                items.iter().map(fmt_value).collect::<Vec<_>>().join(", ")
            )
        }
        other => format!("{other:?}"),
    }
}

/// What an owner is about to sign or execute, for people.
fn describe(tx: &SafeTx, deployments: &Path) -> String {
    let target = contract_name(deployments, tx.chain_id, tx.to)
        .map(|n| format!("{n} ({})", tx.to))
        .unwrap_or_else(|| {
            format!(
                "{} (not a contract of the suite's record for chain {})",
                tx.to, tx.chain_id
            )
        });
    let safe = contract_name(deployments, tx.chain_id, tx.safe)
        .map(|n| format!("{n} ({})", tx.safe))
        .unwrap_or_else(|| tx.safe.to_string());
    format!(
        "Safe {safe} on chain {}, nonce {}\n  calls   {target}\n  value   {} wei\n  call    {}\n  says    {}\n  hash    {}",
        tx.chain_id,
        tx.nonce,
        tx.value,
        decode_call(&tx.data),
        tx.description,
        tx.safe_tx_hash
    )
}

fn save(path: &Path, tx: &SafeTx) -> Result<(), CliError> {
    std::fs::write(path, serde_json::to_string_pretty(tx)? + "\n")
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(())
}

/// The call a guardian shortcut stands for.
async fn action_call(ctx: &Ctx, action: &str) -> Result<(Address, Bytes, String), CliError> {
    Ok(match action {
        "pause-registry" => (
            ctx.address(names::SUBNET_REGISTRY)?,
            SubnetRegistry::pauseCall {}.abi_encode().into(),
            "pause subnet creation".into(),
        ),
        "pause-emissions" => (
            ctx.address(names::EMISSION_MANAGER)?,
            EmissionManager::pauseCall {}.abi_encode().into(),
            "pause emissions".into(),
        ),
        "pause-paymaster" => (
            ctx.address(names::PAYMASTER)?,
            TensoraPaymaster::pauseCall {}.abi_encode().into(),
            "pause the gas paymaster".into(),
        ),
        other => match other.strip_prefix("cancel:") {
            Some(id) => {
                let handle = super::gov::ProposalRef::parse(id)?;
                let p = super::gov::find(ctx, &handle).await?;
                let call = TensoraGovernor::cancelCall {
                    targets: p.targets,
                    values: p.values,
                    calldatas: p.calldatas,
                    descriptionHash: alloy::primitives::keccak256(p.description.as_bytes()),
                }
                .abi_encode();
                (
                    ctx.address(names::GOVERNOR)?,
                    call.into(),
                    format!("cancel proposal {id}"),
                )
            }
            None => {
                return Err(format!(
                    "unknown --action `{other}`: use pause-registry, pause-emissions, pause-paymaster or cancel:<id>"
                )
                .into());
            }
        },
    })
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Build {
            safe,
            to,
            calldata,
            action,
            out,
            chain,
        } => {
            let ctx = Ctx::read(&chain).await?;
            let safe = match safe {
                Some(s) => s,
                None => ctx.address(names::GUARDIAN_SAFE)?,
            };
            let (to, data, description) = match (to, calldata, action) {
                (Some(to), Some(data), None) => (to, data, format!("call {to}")),
                (None, None, Some(action)) => action_call(&ctx, &action).await?,
                _ => return Err("give either --to with --calldata, or --action".into()),
            };
            let contract = SafeL2::new(safe, &ctx.provider);
            let nonce = contract
                .nonce()
                .call()
                .await
                .map_err(|e| format!("{safe} is not a Safe ({e})"))?;
            let mut tx = SafeTx {
                chain_id: ctx.deployment.chain_id,
                safe,
                to,
                value: U256::ZERO,
                data: data.clone(),
                nonce,
                safe_tx_hash: B256::ZERO,
                description,
                signatures: BTreeMap::new(),
            };
            let hash = tx.computed_hash();
            tx.safe_tx_hash = hash;
            // The Safe agrees with the offline hash (a Safe of another version would not).
            let onchain = contract
                .getTransactionHash(
                    to,
                    U256::ZERO,
                    data.clone(),
                    0,
                    U256::ZERO,
                    U256::ZERO,
                    U256::ZERO,
                    Address::ZERO,
                    Address::ZERO,
                    nonce,
                )
                .call()
                .await?;
            if onchain != hash {
                return Err(format!(
                    "{safe} hashes this transaction as {onchain}, not {hash} (EIP-712 SafeTx of Safe 1.3/1.4): \
                     not a supported Safe"
                )
                .into());
            }
            save(&out, &tx)?;
            ctx.say(
                &format!("Safe transaction {hash} ({}) written to {}; now each owner runs `tensora safe sign`", tx.description, out.display()),
                &serde_json::to_value(&tx)?,
            )
        }
        Command::Sign {
            file,
            deployments,
            signer,
        } => {
            let mut tx = load(&file)?;
            crate::output::progress(&format!("signing:\n{}", describe(&tx, &deployments)));
            let key = signer.signer()?;
            let signature = key.sign_hash_sync(&tx.safe_tx_hash)?;
            tx.signatures
                .insert(key.address(), Bytes::from(signature.as_bytes().to_vec()));
            save(&file, &tx)?;
            crate::output::result(
                &format!(
                    "{} signed {} ({} signature(s) so far); written to {}",
                    key.address(),
                    tx.safe_tx_hash,
                    tx.signatures.len(),
                    file.display()
                ),
                &json!({
                    "signer": key.address(), "safeTxHash": tx.safe_tx_hash,
                    "signatures": tx.signatures.len(), "file": file,
                }),
            );
            Ok(())
        }
        Command::Merge { files, out } => {
            let mut merged: Option<SafeTx> = None;
            for file in &files {
                let tx = load(file)?;
                match &mut merged {
                    None => merged = Some(tx),
                    Some(m) if m.safe_tx_hash == tx.safe_tx_hash => {
                        m.signatures.extend(tx.signatures)
                    }
                    Some(m) => {
                        return Err(format!(
                            "{} is a different transaction ({}) than the first file ({})",
                            file.display(),
                            tx.safe_tx_hash,
                            m.safe_tx_hash
                        )
                        .into());
                    }
                }
            }
            let merged = merged.ok_or("no files to merge")?;
            save(&out, &merged)?;
            crate::output::result(
                &format!(
                    "merged {} signature(s) into {}",
                    merged.signatures.len(),
                    out.display()
                ),
                &json!({
                    "safeTxHash": merged.safe_tx_hash, "signatures": merged.signatures.len(),
                    "signers": merged.signatures.keys().collect::<Vec<_>>(), "file": out,
                }),
            );
            Ok(())
        }
        Command::Exec {
            file,
            chain,
            tx: tx_args,
        } => {
            let tx = load(&file).map_err(|e| {
                format!("{e} (signatures over an edited file are worthless: the Safe would refuse them with GS026)")
            })?;
            let ctx = Ctx::write(&chain, &tx_args).await?;
            if ctx.deployment.chain_id != tx.chain_id {
                return Err(format!(
                    "{} is for chain {}, the RPC is chain {}",
                    file.display(),
                    tx.chain_id,
                    ctx.deployment.chain_id
                )
                .into());
            }
            let safe = SafeL2::new(tx.safe, &ctx.provider);
            let current = safe.nonce().call().await?;
            if tx.nonce < current {
                return Err(format!(
                    "Safe nonce {} already used (the Safe is at nonce {current}): this transaction or another one \
                     with the same nonce was executed; build a new one",
                    tx.nonce
                )
                .into());
            }
            if tx.nonce > current {
                return Err(format!(
                    "this transaction has Safe nonce {}, the Safe is at nonce {current}: execute the earlier ones first",
                    tx.nonce
                )
                .into());
            }
            crate::output::progress(&format!(
                "executing:\n{}",
                describe(&tx, &chain.deployments)
            ));
            let owners = safe.getOwners().call().await?;
            let threshold = safe.getThreshold().call().await?;
            // Only current owners' signatures whose recovery matches, sorted by owner (Safe requires ascending).
            let mut valid = Vec::new();
            for (owner, sig) in &tx.signatures {
                let parsed = alloy::primitives::Signature::try_from(sig.as_ref())
                    .map_err(|e| format!("the signature of {owner} is malformed: {e}"))?;
                let recovered = parsed.recover_address_from_prehash(&tx.safe_tx_hash)?;
                if recovered != *owner || !owners.contains(owner) {
                    return Err(format!(
                        "the signature listed for {owner} is not a valid owner signature"
                    )
                    .into());
                }
                valid.push((*owner, sig.clone()));
            }
            valid.sort_by_key(|(owner, _)| *owner);
            if U256::from(valid.len()) < threshold {
                return Err(format!(
                    "threshold not met: {} of {threshold} owner signatures; collect more with `tensora safe sign`",
                    valid.len()
                )
                .into());
            }
            let signatures: Vec<u8> = valid.iter().flat_map(|(_, s)| s.to_vec()).collect();
            let call = safe.execTransaction(
                tx.to,
                tx.value,
                tx.data.clone(),
                0,
                U256::ZERO,
                U256::ZERO,
                U256::ZERO,
                Address::ZERO,
                Address::ZERO,
                signatures.into(),
            );
            ctx.send(
                call,
                &format!(
                    "executing Safe transaction {} ({})",
                    tx.safe_tx_hash, tx.description
                ),
                None,
            )
            .await?;
            Ok(())
        }
        Command::Export { file, out } => {
            let tx = load(&file)?;
            let builder = json!({
                "version": "1.0",
                "chainId": tx.chain_id.to_string(),
                "createdAt": 0,
                "meta": {
                    "name": tx.description,
                    "description": format!("Tensora admin action, Safe nonce {}", tx.nonce),
                    "txBuilderVersion": "1.16.5",
                    "createdFromSafeAddress": tx.safe,
                },
                "transactions": [{
                    "to": tx.to, "value": tx.value.to_string(), "data": tx.data,
                    "contractMethod": null, "contractInputsValues": null,
                }],
            });
            std::fs::write(&out, serde_json::to_string_pretty(&builder)? + "\n")
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            crate::output::result(
                &format!("Safe Transaction Builder JSON written to {}", out.display()),
                &json!({ "safeTxHash": tx.safe_tx_hash, "file": out }),
            );
            Ok(())
        }
    }
}
