//! The coordinator: keeps a subnet's epochs closing on time. It polls the chain, and once the
//! epoch has ended computes the consensus and closes it (in chunks when needed,
//! [`tensora_client::closing`]). All state comes from the chain (epoch, end, close cursor), so a
//! coordinator killed mid-close and restarted finishes that epoch and never closes one twice.
//! Failed polls are retried with exponential backoff (1 s doubling to 60 s); transport rate limits
//! are already retried below it, by the provider's retry layer ([`tensora_client::connect`]).

use std::time::Duration;

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use tensora_bindings::Subnet;
use tensora_client::closing::{self, CloseError, CloseReport};
use tensora_client::{ReadError, clock};

/// What the coordinator watches and signs with.
#[derive(Debug, Clone)]
pub struct Coordinator {
    /// The chain, signing as `from`.
    pub provider: DynProvider,
    /// The signer (the subnet's coordinator, its owner, or anyone after the grace period).
    pub from: Address,
    /// The subnet instance.
    pub subnet: Address,
    /// Its id (for logs).
    pub subnet_id: u64,
    /// The ValidatorTrust contract.
    pub trust: Address,
    /// First block to read scores from (the deployment record's start block).
    pub from_block: u64,
    /// Longest wait between polls.
    pub poll: Duration,
}

/// What one poll found.
#[derive(Debug, Clone)]
pub enum Step {
    /// The epoch is still running.
    Waiting {
        /// The epoch.
        epoch: u64,
        /// Seconds until it ends.
        seconds_left: u64,
    },
    /// A close was sent.
    Closed(CloseReport),
}

impl Coordinator {
    /// One poll: closes the epoch if it has ended (or a close is under way).
    pub async fn step(&self) -> Result<Step, CloseError> {
        let info = Subnet::new(self.subnet, &self.provider)
            .epochInfo()
            .call()
            .await
            .map_err(ReadError::call("reading the epoch"))?;
        let now = clock::next_block_time(&self.provider).await?;
        let end = u64::from(info.end);
        if now < end && info.closeCursor == 0 {
            return Ok(Step::Waiting {
                epoch: info.epoch,
                seconds_left: end - now,
            });
        }
        let report = closing::close_epoch(
            &self.provider,
            self.from,
            self.subnet,
            self.trust,
            self.from_block,
            None,
        )
        .await?;
        Ok(Step::Closed(report))
    }

    /// Polls until stopped (or, with `once`, until it has closed one epoch), logging each step.
    pub async fn run(&self, once: bool) {
        let subnet = self.subnet_id;
        tracing::info!(target: "tensora::coordinator", event = "started", subnet, instance = %self.subnet, account = %self.from);
        let mut backoff = Duration::from_secs(1);
        let mut waiting_for: Option<u64> = None;
        loop {
            match self.step().await {
                Ok(Step::Waiting {
                    epoch,
                    seconds_left,
                }) => {
                    backoff = Duration::from_secs(1);
                    if waiting_for != Some(epoch) {
                        tracing::info!(target: "tensora::coordinator", event = "waiting", subnet, epoch, seconds_left);
                        waiting_for = Some(epoch);
                    }
                    let wait = self.poll.min(Duration::from_secs(seconds_left.max(1)));
                    tokio::time::sleep(wait).await;
                }
                Ok(Step::Closed(report)) => {
                    backoff = Duration::from_secs(1);
                    log_close(subnet, &report);
                    if once {
                        return;
                    }
                }
                Err(e) => {
                    tracing::warn!(target: "tensora::coordinator", event = "error", subnet, error = %e, retry_in_seconds = backoff.as_secs());
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(60));
                }
            }
        }
    }
}

/// One `chunk` event per transaction, then `closed`.
fn log_close(subnet: u64, report: &CloseReport) {
    for chunk in &report.chunks {
        tracing::info!(
            target: "tensora::coordinator",
            event = "chunk",
            subnet,
            epoch = report.epoch,
            from = chunk.from,
            columns = chunk.columns,
            gas_used = chunk.gas_used,
            tx = %chunk.tx_hash,
        );
    }
    tracing::info!(
        target: "tensora::coordinator",
        event = "closed",
        subnet,
        epoch = report.epoch,
        rows = report.rows,
        transactions = report.chunks.len(),
        closed = report.closed,
    );
}
