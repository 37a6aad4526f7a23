//! What every chain command shares: the RPC and the deployment record (`--rpc-url`,
//! `--deployments`), the signer and transaction flags (`--dry-run`, `--yes`), amounts, output
//! (`--json`), and sending with simulation, confirmation and decoded reverts.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use alloy::contract::{CallBuilder, CallDecoder};
use alloy::network::EthereumWallet;
use alloy::primitives::utils::parse_units;
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use serde_json::{Value, json};
use tensora_bindings::{Deployment, SubnetRegistry, names};
use tensora_client::tx;

use crate::signer::SignerArgs;

/// Errors: a message with context.
pub(crate) type CliError = Box<dyn std::error::Error>;

/// Where the chain and the suite are.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct ChainArgs {
    /// The RPC endpoint.
    #[arg(
        long,
        env = "ETH_RPC_URL",
        default_value = "http://127.0.0.1:8545",
        global = true
    )]
    pub(crate) rpc_url: String,
    /// Directory of the deployment records (`<chainId>.json`), relative to the current directory.
    #[arg(long, env = crate::locate::DEPLOYMENTS_ENV, default_value = crate::locate::DEFAULT_DEPLOYMENTS, global = true)]
    pub(crate) deployments: PathBuf,
}

/// Flags of commands that send transactions.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct TxArgs {
    #[command(flatten)]
    pub(crate) signer: SignerArgs,
    /// Simulate only: report what would happen (gas, or the decoded revert) and send nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Do not ask before moving funds.
    #[arg(long, short)]
    pub(crate) yes: bool,
}

/// A connection to the chain and its suite.
pub(crate) struct Ctx {
    pub(crate) provider: DynProvider,
    pub(crate) deployment: Deployment,
    /// The signer's address (commands that send).
    pub(crate) from: Option<Address>,
    dry_run: bool,
    yes: bool,
}

impl Ctx {
    /// Read-only: the RPC and the record for its chain.
    pub(crate) async fn read(chain: &ChainArgs) -> Result<Self, CliError> {
        let url = chain
            .rpc_url
            .parse()
            .map_err(|e| format!("--rpc-url {} is not a URL: {e}", chain.rpc_url))?;
        let provider = ProviderBuilder::new().connect_http(url).erased();
        Self::with(provider, chain, None, false, true).await
    }

    /// Signing: as `read`, plus the signer.
    pub(crate) async fn write(chain: &ChainArgs, tx: &TxArgs) -> Result<Self, CliError> {
        let signer = tx.signer.signer()?;
        let from = signer.address();
        let url = chain
            .rpc_url
            .parse()
            .map_err(|e| format!("--rpc-url {} is not a URL: {e}", chain.rpc_url))?;
        let provider = ProviderBuilder::new()
            .wallet(EthereumWallet::from(signer))
            .connect_http(url)
            .erased();
        Self::with(provider, chain, Some(from), tx.dry_run, tx.yes).await
    }

    async fn with(
        provider: DynProvider,
        chain: &ChainArgs,
        from: Option<Address>,
        dry_run: bool,
        yes: bool,
    ) -> Result<Self, CliError> {
        let chain_id = provider.get_chain_id().await.map_err(|e| {
            format!(
                "cannot reach {} ({e}); is the node up and --rpc-url right?",
                chain.rpc_url
            )
        })?;
        let deployment = Deployment::load(&chain.deployments, chain_id)?;
        Ok(Self {
            provider,
            deployment,
            from,
            dry_run,
            yes,
        })
    }

    /// The address of suite contract `name`.
    pub(crate) fn address(&self, name: &str) -> Result<Address, CliError> {
        Ok(self.deployment.address(name)?)
    }

    /// Whether `--dry-run` was given.
    pub(crate) fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// The signer's address.
    pub(crate) fn sender(&self) -> Result<Address, CliError> {
        self.from.ok_or_else(|| {
            "this command needs a signer (--private-key, --keystore or --account)".into()
        })
    }

    /// The latest block's timestamp.
    pub(crate) async fn chain_time(&self) -> Result<u64, CliError> {
        Ok(tensora_client::clock::chain_time(&self.provider).await?)
    }

    /// When the next block can be at the earliest ([`tensora_client::clock::next_block_time`]).
    pub(crate) async fn next_block_time(&self) -> Result<u64, CliError> {
        Ok(tensora_client::clock::next_block_time(&self.provider).await?)
    }

    /// The instance of subnet `id`, or a clear error when there is none.
    pub(crate) async fn subnet(&self, id: u64) -> Result<Address, CliError> {
        let registry = SubnetRegistry::new(self.address(names::SUBNET_REGISTRY)?, &self.provider);
        let count = registry.subnetCount().call().await?;
        if id == 0 || U256::from(id) > count {
            return Err(format!(
                "subnet {id} does not exist (ids run from 1 to {count}); see `tensora subnet list`"
            )
            .into());
        }
        Ok(registry.subnets(U256::from(id)).call().await?.instance)
    }

    /// Simulates `call`; unless `--dry-run`, asks for confirmation when `moves` names funds that
    /// would move (skipped by `--yes`), sends it and waits for success. Returns the outcome as JSON.
    pub(crate) async fn send<P: Provider, D: CallDecoder>(
        &self,
        call: CallBuilder<P, D>,
        what: &str,
        moves: Option<String>,
    ) -> Result<Value, CliError> {
        self.send_request(call.into_transaction_request(), what, moves)
            .await
    }

    /// [`Ctx::send`] for a prepared transaction request (e.g. a plain ETH transfer).
    pub(crate) async fn send_request(
        &self,
        request: alloy::rpc::types::TransactionRequest,
        what: &str,
        moves: Option<String>,
    ) -> Result<Value, CliError> {
        let from = self.sender()?;
        let gas = tx::estimate(&self.provider, &request.clone().from(from), what).await?;
        if self.dry_run {
            let outcome =
                json!({ "action": what, "dryRun": true, "wouldSucceed": true, "gasEstimate": gas });
            self.say(
                &format!("dry run: {what} would succeed (gas estimate {gas}); nothing sent"),
                &outcome,
            )?;
            return Ok(outcome);
        }
        if let Some(funds) = moves {
            self.confirm(&format!("{what}: {funds}"))?;
        }
        let receipt = tx::send(&self.provider, from, request, what).await?;
        let outcome = json!({
            "action": what,
            "txHash": receipt.transaction_hash,
            "block": receipt.block_number,
            "gasUsed": receipt.gas_used,
        });
        self.say(
            &format!(
                "{what}: tx {} (gas {})",
                receipt.transaction_hash, receipt.gas_used
            ),
            &outcome,
        )?;
        Ok(outcome)
    }

    /// The `E` events `emitter` logged in the transaction `send` reported (none after a dry run).
    pub(crate) async fn events<E: alloy::sol_types::SolEvent>(
        &self,
        emitter: Address,
        outcome: &Value,
    ) -> Result<Vec<E>, CliError> {
        let Some(hash) = outcome["txHash"].as_str() else {
            return Ok(Vec::new());
        };
        let receipt = self
            .provider
            .get_transaction_receipt(hash.parse()?)
            .await?
            .ok_or_else(|| format!("the node has no receipt for {hash}"))?;
        Ok(receipt
            .inner
            .logs()
            .iter()
            .filter(|log| log.address() == emitter)
            .filter_map(|log| log.log_decode::<E>().ok())
            .map(|log| log.inner.data)
            .collect())
    }

    /// Asks on the terminal unless `--yes`; refuses without a terminal.
    pub(crate) fn confirm(&self, question: &str) -> Result<(), CliError> {
        if self.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() {
            return Err(format!(
                "{question}: refusing to move funds without confirmation; pass --yes"
            )
            .into());
        }
        write!(std::io::stderr(), "{question}. Proceed? [y/N] ")?;
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if matches!(answer.trim(), "y" | "Y" | "yes") {
            Ok(())
        } else {
            Err("aborted; nothing was sent".into())
        }
    }

    /// Prints `text`, or `value` as JSON with `--json`.
    pub(crate) fn say(&self, text: &str, value: &Value) -> Result<(), CliError> {
        crate::output::result(text, value);
        Ok(())
    }
}

/// Parses a TORA (or ETH) amount in whole units with up to 18 decimals (`100`, `1.5`).
pub(crate) fn parse_amount(text: &str) -> Result<U256, String> {
    let bad = || {
        format!(
            "amount `{text}` is not a non-negative decimal number of tokens with at most 18 decimals"
        )
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(bad());
    }
    let decimals = trimmed.split_once('.').map_or(0, |(_, frac)| frac.len());
    if trimmed.starts_with('-') || decimals > 18 {
        return Err(bad());
    }
    let value = parse_units(text.trim(), 18).map_err(|_| bad())?;
    let wei: U256 = value.into();
    if wei > U256::from(u128::MAX) {
        return Err(format!("amount `{text}` is too large"));
    }
    Ok(wei)
}

/// Parses an address with a clear message. Mixed-case input must carry a valid EIP-55 checksum
/// (a mistyped character is then caught); all-lowercase or all-uppercase hex is accepted as is.
pub(crate) fn parse_address(text: &str) -> Result<Address, String> {
    let trimmed = text.trim();
    let address: Address = trimmed
        .parse()
        .map_err(|_| format!("`{text}` is not an address (0x followed by 40 hex digits)"))?;
    let digits = trimmed.trim_start_matches("0x");
    let mixed = digits.chars().any(|c| c.is_ascii_lowercase())
        && digits.chars().any(|c| c.is_ascii_uppercase());
    if mixed && Address::parse_checksummed(trimmed, None).is_err() {
        return Err(format!(
            "`{text}` has a wrong EIP-55 checksum (a character is mistyped?); the checksummed form of \
             what you typed is {}; check it against the source before using it",
            address.to_checksum(None)
        ));
    }
    Ok(address)
}

/// `1234.5 TORA`.
pub(crate) fn tora(amount: U256) -> String {
    tensora_types::units::format_tora(amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(
            parse_amount("1.5"),
            Ok(U256::from(15u64) * U256::from(10u64).pow(U256::from(17)))
        );
        for bad in [
            "",
            " ",
            "-1",
            "abc",
            "1.0000000000000000001",
            "1e400",
            "99999999999999999999999999999999999999999",
        ] {
            assert!(parse_amount(bad).is_err(), "{bad}");
        }
        assert!(parse_address("0x12").is_err());
        let checksummed = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        assert!(parse_address(checksummed).is_ok());
        assert!(parse_address(&checksummed.to_lowercase()).is_ok());
        assert!(parse_address("0x70997970c51812dc3A010C7d01b50e0d17dc79C8").is_err());
    }
}
