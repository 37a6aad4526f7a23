//! `tensora scores`: commit and reveal a validator's scores from a file of slot → score. The salt
//! (with the exact scores committed) is written to disk, owner-readable only, before the commit is
//! sent, and removed once the reveal succeeded.
//!
//! Score file (TOML): `[scores]` maps a slot (uid) to a score in 0..=65535; optional `timeouts`
//! lists uids whose miner timed out. Slots not listed score 0.
//!
//! ```toml
//! timeouts = [2]
//! [scores]
//! 0 = 5000
//! 3 = 65535
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, Bytes, U256};
use serde::{Deserialize, Serialize};
use serde_json::json;
use tensora_bindings::Subnet;

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Commit this epoch's scores (the salt is kept on disk until the reveal).
    Commit {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// The score file.
        #[arg(long)]
        file: PathBuf,
        #[command(flatten)]
        salts: SaltArgs,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Reveal the scores committed this epoch (from the kept salt file).
    Reveal {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        #[command(flatten)]
        salts: SaltArgs,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct SaltArgs {
    /// Where commit salts are kept until revealed (default ~/.tensora/salts).
    #[arg(long)]
    salt_dir: Option<PathBuf>,
}

impl SaltArgs {
    pub(crate) fn dir(&self) -> Result<PathBuf, CliError> {
        match &self.salt_dir {
            Some(dir) => Ok(dir.clone()),
            None => {
                let home = std::env::var_os("HOME").ok_or("HOME is not set; pass --salt-dir")?;
                Ok(PathBuf::from(home).join(".tensora/salts"))
            }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreFile {
    #[serde(default)]
    timeouts: Vec<u64>,
    scores: BTreeMap<String, u64>,
}

/// What a commit needs kept until its reveal.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct KeptCommit {
    subnet: u64,
    epoch: u64,
    validator: Address,
    salt: B256,
    scores: Bytes,
    timeouts: Vec<U256>,
    commitment: B256,
}

/// Encodes a score file for a subnet with `slots` uids in the contract's wire format
/// ([`tensora_types::scores`]).
fn encode(path: &Path, slots: u16) -> Result<(Bytes, Vec<U256>), CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read score file {}: {e}", path.display()))?;
    let file: ScoreFile = toml::from_str(&text)
        .map_err(|e| format!("score file {} is malformed: {e}", path.display()))?;
    let mut scores = Vec::with_capacity(file.scores.len());
    for (key, score) in &file.scores {
        let uid: u16 = key
            .parse()
            .map_err(|_| format!("score file: slot `{key}` is not a slot number"))?;
        // `03` or `+3` would alias slot 3: one spelling per slot, so no slot is scored twice.
        if key != &uid.to_string() {
            return Err(format!(
                "score file: slot `{key}` must be written as `{uid}` (no sign, no leading zeros), \
                 so that no slot can be listed twice"
            )
            .into());
        }
        let score = u16::try_from(*score)
            .map_err(|_| format!("score file: score {score} of slot {uid} exceeds 65535"))?;
        scores.push((u64::from(uid), score));
    }
    let (packed, timeouts) = tensora_types::scores::encode(&scores, &file.timeouts, slots)
        .map_err(|e| format!("score file: {e}"))?;
    Ok((packed.into(), timeouts))
}

fn kept_path(dir: &Path, chain_id: u64, subnet: u64, epoch: u64, validator: Address) -> PathBuf {
    dir.join(format!("{chain_id}-{subnet}-{epoch}-{validator}.json"))
}

/// Writes `kept` readable by the owner only, before anything is sent.
fn keep(path: &Path, kept: &KeptCommit) -> Result<(), CliError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let text = serde_json::to_string_pretty(kept)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    use std::io::Write;
    let mut file = options
        .open(path)
        .map_err(|e| format!("cannot write salt file {}: {e}", path.display()))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

/// Where a commit's salt waits until its transaction is known to have landed.
fn pending_path(kept: &Path) -> PathBuf {
    kept.with_extension("json.pending")
}

/// Whether a kept salt exists for this epoch (landed, or possibly landed before a crash).
pub(crate) fn has_kept(kept: &Path) -> bool {
    kept.exists() || pending_path(kept).exists()
}

/// Whether `commitment` is `validator`'s latest commit of `epoch` on chain (from the
/// `ScoresCommitted` events of the last 50,000 blocks).
async fn landed(
    ctx: &Ctx,
    subnet: Address,
    epoch: u64,
    validator: Address,
    commitment: B256,
) -> Result<bool, CliError> {
    use alloy::providers::Provider;
    use alloy::sol_types::SolEvent;
    let latest = ctx.provider.get_block_number().await?;
    let filter = alloy::rpc::types::Filter::new()
        .address(subnet)
        .event_signature(Subnet::ScoresCommitted::SIGNATURE_HASH)
        .topic1(B256::from(U256::from(epoch)))
        .topic2(validator.into_word())
        .from_block(
            latest
                .saturating_sub(50_000)
                .max(ctx.deployment.start_block()),
        );
    let logs = ctx.provider.get_logs(&filter).await?;
    Ok(logs
        .last()
        .and_then(|l| l.log_decode::<Subnet::ScoresCommitted>().ok())
        .is_some_and(|e| e.inner.commitment == commitment))
}

/// Warns about kept salts of earlier epochs: commits that were never revealed (and were slashed
/// at their close).
fn warn_unrevealed(dir: &Path, chain_id: u64, subnet: u64, epoch: u64, validator: Address) {
    use std::io::Write;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!("{chain_id}-{subnet}-");
    let suffix = format!("-{validator}.json");
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(middle) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(&suffix))
        else {
            continue;
        };
        if middle.parse::<u64>().is_ok_and(|e| e < epoch) {
            // A closed stderr must not turn a warning into a panic.
            let _ = writeln!(
                std::io::stderr(),
                "warning: the commit of epoch {middle} was never revealed (salt kept in {}); \
                 an unrevealed commit is slashed when its epoch closes",
                entry.path().display()
            );
        }
    }
}

/// Commits `scores`/`timeouts` for the current epoch. The salt is written to a pending file
/// before anything is sent and replaces the epoch's kept salt only once this commit is on chain,
/// so a dry run touches no file and a refused or failed re-commit never loses the salt of a
/// commit that already landed. Returns the kept file.
pub(crate) async fn commit(
    ctx: &Ctx,
    subnet: u64,
    scores: Bytes,
    timeouts: Vec<U256>,
    salt_dir: &Path,
) -> Result<PathBuf, CliError> {
    let validator = ctx.sender()?;
    let instance = ctx.subnet(subnet).await?;
    let contract = Subnet::new(instance, &ctx.provider);
    let epoch = contract.epochInfo().call().await?.epoch;
    let salt = B256::random();
    let commitment = contract
        .scoreCommitment(epoch, validator, scores.clone(), timeouts.clone(), salt)
        .call()
        .await?;
    let path = kept_path(salt_dir, ctx.deployment.chain_id, subnet, epoch, validator);
    warn_unrevealed(salt_dir, ctx.deployment.chain_id, subnet, epoch, validator);
    let what = format!("committing scores for epoch {epoch}");
    if ctx.dry_run() {
        ctx.send(contract.commitScores(commitment), &what, None)
            .await?;
        return Ok(path);
    }
    let pending = pending_path(&path);
    keep(
        &pending,
        &KeptCommit {
            subnet,
            epoch,
            validator,
            salt,
            scores,
            timeouts,
            commitment,
        },
    )?;
    let sent = ctx
        .send(contract.commitScores(commitment), &what, None)
        .await;
    let on_chain = match &sent {
        Ok(_) => Some(true),
        // Unknown (the chain cannot be read): both salts stay, the reveal tries both.
        Err(_) => landed(ctx, instance, epoch, validator, commitment)
            .await
            .ok(),
    };
    match on_chain {
        Some(true) => std::fs::rename(&pending, &path).map_err(|e| {
            format!(
                "the commit landed, but its salt stays in {} ({e}); move it to {} before the reveal",
                pending.display(),
                path.display()
            )
        })?,
        // It did not land: nothing to reveal, and the salt kept for an earlier commit stays.
        Some(false) => {
            let _ = std::fs::remove_file(&pending);
        }
        None => {}
    }
    sent?;
    Ok(path)
}

/// The kept commit of the current epoch, if any.
pub(crate) async fn kept_commit(
    ctx: &Ctx,
    subnet: u64,
    salt_dir: &Path,
) -> Result<PathBuf, CliError> {
    let validator = ctx.sender()?;
    let contract = Subnet::new(ctx.subnet(subnet).await?, &ctx.provider);
    let epoch = contract.epochInfo().call().await?.epoch;
    Ok(kept_path(
        salt_dir,
        ctx.deployment.chain_id,
        subnet,
        epoch,
        validator,
    ))
}

/// Reveals the current epoch's kept commit and removes the kept files. A pending salt (its
/// commit may have landed just before a crash) is tried first, then the kept one.
pub(crate) async fn reveal(ctx: &Ctx, subnet: u64, salt_dir: &Path) -> CliResult {
    let contract = Subnet::new(ctx.subnet(subnet).await?, &ctx.provider);
    let path = kept_commit(ctx, subnet, salt_dir).await?;
    let pending = pending_path(&path);
    let candidates: Vec<&Path> = [pending.as_path(), path.as_path()]
        .into_iter()
        .filter(|p| p.exists())
        .collect();
    if candidates.is_empty() {
        return Err(format!("no kept commit at {}", path.display()).into());
    }
    let mut last_error = None;
    for file in candidates {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let kept: KeptCommit = serde_json::from_str(&text)
            .map_err(|e| format!("salt file {} is corrupt: {e}", file.display()))?;
        let call = contract.revealScores(kept.scores, kept.timeouts, kept.salt);
        match ctx
            .send(
                call,
                &format!("revealing scores for epoch {}", kept.epoch),
                None,
            )
            .await
        {
            Ok(_) => {
                if !ctx.dry_run() {
                    for f in [&pending, &path] {
                        if f.exists() {
                            std::fs::remove_file(f).map_err(|e| {
                                format!("revealed, but cannot remove {}: {e}", f.display())
                            })?;
                        }
                    }
                }
                return Ok(());
            }
            Err(e) if e.to_string().contains("CommitmentMismatch") => last_error = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| "no kept commit matches the one on chain".into()))
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Commit {
            subnet,
            file,
            salts,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let contract = Subnet::new(ctx.subnet(subnet).await?, &ctx.provider);
            let (scores, timeouts) = encode(&file, contract.slotHighWater().call().await?)?;
            let path = commit(&ctx, subnet, scores, timeouts, &salts.dir()?).await?;
            ctx.say(
                &format!("salt kept in {} until the reveal", path.display()),
                &json!({ "saltFile": path }),
            )
        }
        Command::Reveal {
            subnet,
            salts,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            reveal(&ctx, subnet, &salts.dir()?).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> PathBuf {
        let path = std::env::temp_dir().join(format!(
            "tensora-scores-{}-{}.toml",
            std::process::id(),
            text.len()
        ));
        std::fs::write(&path, text).ok();
        path
    }

    #[test]
    fn encodes_scores_and_timeouts() -> Result<(), CliError> {
        let (scores, timeouts) = encode(&file("timeouts = [2]\n[scores]\n0 = 5\n2 = 65535\n"), 3)?;
        assert_eq!(scores.to_vec(), vec![0, 5, 0, 0, 0xff, 0xff]);
        assert_eq!(timeouts, vec![U256::from(4)]);
        Ok(())
    }

    #[test]
    fn malformed_files_are_refused() {
        for (text, expect) in [
            ("[scores]\n9 = 1\n", "does not exist"),
            ("[scores]\n0 = 70000\n", "exceeds 65535"),
            ("[scores]\nx = 1\n", "not a slot number"),
            ("scores = 3\n", "malformed"),
            ("timeouts = [7]\n[scores]\n", "does not exist"),
        ] {
            let err = encode(&file(text), 3)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(err.contains(expect), "{text:?}: {err}");
        }
    }
}
