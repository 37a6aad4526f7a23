//! Ingestion: the suite's events over `eth_getLogs`, in block ranges from the deployment's start
//! block to the head minus a confirmation depth, through the [`mappings`](crate::mappings) into
//! the [`Store`](crate::Store).
//!
//! - **Data sources**: the registry, the EmissionManager, the governor and ValidatorTrust, and
//!   every subnet instance from the block of its `SubnetCreated` on (the subgraph's template):
//!   logs of instances created inside a range are fetched for the rest of that range before it is
//!   applied.
//! - **Atomic blocks**: each block's entities and the cursor are written in one transaction; a
//!   range ends with the cursor on its last block. A process killed at any point resumes from the
//!   cursor: no gap, no duplicate.
//! - **Reorgs**: before each range the cursor's hash is compared with the chain's; on a mismatch
//!   the newest stored block the chain still has is found and everything after it is undone
//!   ([`Store::rollback_to`](crate::Store::rollback_to)), then ingestion goes on from there.

use std::collections::HashMap;

use alloy::primitives::Address;
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use tensora_bindings::{Deployment, names};

use crate::Error;
use crate::graphql::SharedStore;
use crate::mappings::{self, At, Batch, Chain, Followed};
use crate::query::Query;

/// Undo history kept behind the cursor, in blocks (reorgs deeper than this cannot be undone).
pub const KEEP_BLOCKS: u64 = 1_000;

/// The contracts whose events are indexed, and where to start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sources {
    /// The SubnetRegistry.
    pub registry: Address,
    /// The EmissionManager.
    pub emissions: Address,
    /// The TensoraGovernor.
    pub governor: Address,
    /// ValidatorTrust.
    pub trust: Address,
    /// InferenceRequests (records written before it existed have none).
    pub requests: Option<Address>,
    /// The ForecastFeedsFactory (records written before it existed have none).
    pub feeds_factory: Option<Address>,
    /// The first block to index (the deployment's first).
    pub start_block: u64,
}

impl Sources {
    /// From a deployment record.
    pub fn from_record(record: &Deployment) -> Result<Self, Error> {
        let address = |name: &str| {
            record
                .address(name)
                .map_err(|e| Error::Query(format!("the deployment record: {e}")))
        };
        Ok(Self {
            registry: address(names::SUBNET_REGISTRY)?,
            emissions: address(names::EMISSION_MANAGER)?,
            governor: address(names::GOVERNOR)?,
            trust: address(names::VALIDATOR_TRUST)?,
            requests: record.address(names::INFERENCE_REQUESTS).ok(),
            feeds_factory: record.address(names::FORECAST_FEEDS_FACTORY).ok(),
            start_block: record.start_block(),
        })
    }
}

/// What one [`Indexer::step`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Blocks `from..=to` were indexed, with this many events.
    Indexed {
        /// First block.
        from: u64,
        /// Last block (the cursor now).
        to: u64,
        /// Logs applied.
        events: usize,
    },
    /// Nothing new past the confirmation depth.
    CaughtUp {
        /// The cursor.
        at: u64,
    },
    /// A reorg: blocks after `to` were undone.
    RolledBack {
        /// The cursor now.
        to: u64,
    },
}

/// The ingestion loop's state.
#[derive(Debug)]
pub struct Indexer {
    provider: DynProvider,
    store: SharedStore,
    sources: Sources,
    /// Blocks behind the head that are left alone (0: index the head).
    pub confirmations: u64,
    /// Most blocks per `eth_getLogs`.
    pub range: u64,
    instances: HashMap<Address, Followed>,
}

fn rpc(what: &str) -> impl Fn(alloy::transports::TransportError) -> Error + '_ {
    move |e| Error::Rpc(format!("{what}: {e}"))
}

impl Indexer {
    /// An indexer writing into `store`.
    pub fn new(provider: DynProvider, store: SharedStore, sources: Sources) -> Result<Self, Error> {
        let mut indexer = Self {
            provider,
            store,
            sources,
            confirmations: 0,
            range: 2_000,
            instances: HashMap::new(),
        };
        indexer.load_instances()?;
        Ok(indexer)
    }

    /// The subnet instances the store knows (after a start or a rollback).
    fn load_instances(&mut self) -> Result<(), Error> {
        let store = self
            .store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?;
        self.instances.clear();
        let mut query = Query::all("Subnet");
        query.first = crate::query::MAX_FIRST;
        loop {
            let rows = store.find(&query)?;
            for row in &rows {
                let Some(id) = row["id"].as_str() else {
                    continue;
                };
                if let Some(Ok(a)) = row["instance"].as_str().map(str::parse::<Address>) {
                    self.instances.insert(a, Followed::Subnet(id.to_owned()));
                }
                if let Some(Ok(a)) = row["forecastFeeds"].as_str().map(str::parse::<Address>) {
                    self.instances.insert(a, Followed::Feeds(id.to_owned()));
                }
            }
            match rows.last().and_then(|r| r["id"].as_str()) {
                Some(last) if rows.len() == query.first => {
                    query.filters = vec![crate::query::Filter {
                        field: "id".into(),
                        op: crate::query::Op::Gt,
                        value: last.into(),
                    }];
                }
                _ => return Ok(()),
            }
        }
    }

    async fn hash_of(&self, number: u64) -> Result<Option<String>, Error> {
        Ok(self
            .provider
            .get_block_by_number(number.into())
            .await
            .map_err(rpc("reading a block"))?
            .map(|b| format!("{:#x}", b.header.hash)))
    }

    /// Undoes a reorg if the cursor's block is no longer the chain's.
    async fn check_reorg(&mut self, cursor: &crate::Cursor) -> Result<Option<u64>, Error> {
        if self.hash_of(cursor.number).await?.as_deref() == Some(cursor.hash.as_str()) {
            return Ok(None);
        }
        let recent = self
            .store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?
            .recent_blocks(KEEP_BLOCKS)?;
        for (number, hash) in recent {
            if number < cursor.number
                && self.hash_of(number).await?.as_deref() == Some(hash.as_str())
            {
                self.store
                    .lock()
                    .map_err(|_| Error::Query("the store is unavailable".into()))?
                    .rollback_to(number)?;
                self.load_instances()?;
                return Ok(Some(number));
            }
        }
        Err(Error::Reorg(format!(
            "block {} changed and no stored block within {KEEP_BLOCKS} behind it is still on the chain: re-index from scratch (delete the database)",
            cursor.number
        )))
    }

    async fn logs(&self, addresses: Vec<Address>, from: u64, to: u64) -> Result<Vec<Log>, Error> {
        if addresses.is_empty() || from > to {
            return Ok(Vec::new());
        }
        let filter = Filter::new()
            .address(addresses)
            .from_block(from)
            .to_block(to);
        self.provider
            .get_logs(&filter)
            .await
            .map_err(rpc("eth_getLogs"))
    }

    /// Indexes the next range (or undoes a reorg, or reports that it is caught up).
    pub async fn step(&mut self) -> Result<Step, Error> {
        let head = self
            .provider
            .get_block_number()
            .await
            .map_err(rpc("eth_blockNumber"))?;
        let cursor = self
            .store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?
            .cursor()?;
        if let Some(c) = &cursor
            && let Some(to) = self.check_reorg(c).await?
        {
            return Ok(Step::RolledBack { to });
        }
        let from = cursor.map_or(self.sources.start_block, |c| c.number + 1);
        let target = head.saturating_sub(self.confirmations);
        if from > target {
            return Ok(Step::CaughtUp {
                at: from.saturating_sub(1),
            });
        }
        let to = target.min(from + self.range.max(1) - 1);
        let mut addresses = vec![
            self.sources.registry,
            self.sources.emissions,
            self.sources.governor,
            self.sources.trust,
        ];
        addresses.extend(self.sources.requests);
        addresses.extend(self.sources.feeds_factory);
        addresses.extend(self.instances.keys().copied());
        // The range end's hash is read before its logs: if the chain reorganises while they are
        // read, the cursor keeps the older hash and the next step finds the reorg and undoes it
        // (reading it after could pair the old branch's logs with the new branch's hash).
        let end_hash = self
            .hash_of(to)
            .await?
            .ok_or_else(|| Error::Rpc(format!("block {to} is missing")))?;
        let mut logs = self.logs(addresses, from, to).await?;
        let chain = Chain {
            provider: self.provider.clone(),
        };
        let mut events = 0;
        let mut i = 0;
        sort(&mut logs);
        while i < logs.len() {
            let block = logs[i].block_number.ok_or_else(|| {
                Error::Rpc("the node returned a log without a block number".into())
            })?;
            let hash = logs[i]
                .block_hash
                .map(|h| format!("{h:#x}"))
                .ok_or_else(|| Error::Rpc("the node returned a log without a block hash".into()))?;
            if block == to && hash != end_hash {
                return Err(Error::Rpc(format!(
                    "block {to} changed while the range was read: the chain reorganised; the range is read again"
                )));
            }
            let timestamp = match logs[i].block_timestamp {
                Some(t) => t,
                None => self
                    .provider
                    .get_block_by_number(block.into())
                    .await
                    .map_err(rpc("reading a block"))?
                    .map_or(0, |b| b.header.timestamp),
            };
            let end = i + logs[i..]
                .iter()
                .take_while(|l| l.block_number == Some(block))
                .count();
            same_branch(&logs[i..end], block, &hash)?;
            let these = logs[i..end].to_vec();
            i = end;
            events += these.len();
            let created = self
                .apply_block(&chain, block, &hash, timestamp, &these)
                .await?;
            if created.is_empty() {
                continue;
            }
            // The template: the new instances' logs from their creation to the range's end.
            let mut more = self
                .logs(created.iter().map(|c| c.0).collect(), block, to)
                .await?;
            let created_at = created.iter().map(|c| c.2).min().unwrap_or_default();
            more.retain(|l| {
                l.block_number > Some(block) || l.log_index.unwrap_or_default() > created_at
            });
            for (instance, id, _) in created {
                self.instances.insert(instance, id);
            }
            // Their logs in this block are applied as a second write of the block; the later
            // ones merge into the queue in chain order.
            let (same_block, later): (Vec<Log>, Vec<Log>) = more
                .into_iter()
                .partition(|l| l.block_number == Some(block));
            if !same_block.is_empty() {
                same_branch(&same_block, block, &hash)?;
                events += same_block.len();
                self.apply_block(&chain, block, &hash, timestamp, &same_block)
                    .await?;
            }
            let mut tail = logs.split_off(i);
            tail.extend(later);
            sort(&mut tail);
            logs.extend(tail);
        }
        // The range's last block holds the cursor, logs or not.
        let mut store = self
            .store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?;
        store.write_block(to, &end_hash, |_| Ok(()))?;
        store.prune(to.saturating_sub(KEEP_BLOCKS))?;
        Ok(Step::Indexed { from, to, events })
    }

    /// Applies one block's logs and writes the block; the contracts it created to follow
    /// (address, what it is, creating log's index).
    async fn apply_block(
        &self,
        chain: &Chain,
        block: u64,
        hash: &str,
        timestamp: u64,
        logs: &[Log],
    ) -> Result<Vec<(Address, Followed, u64)>, Error> {
        let mut batch = Batch::new(&self.store);
        let mut created = Vec::new();
        for log in logs {
            let at = At {
                block,
                timestamp,
                tx: log.transaction_hash.unwrap_or_default(),
                log_index: log.log_index.unwrap_or_default(),
                address: log.address(),
            };
            let followed = self.instances.get(&at.address);
            if let Some((instance, kind)) =
                mappings::apply(&mut batch, chain, followed, log, at).await?
            {
                created.push((instance, kind, at.log_index));
            }
        }
        let writes = batch.into_writes();
        self.store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?
            .write_block(block, hash, |w| {
                for (entity, id, row) in &writes {
                    w.set(entity, id, row)?;
                }
                Ok(())
            })?;
        Ok(created)
    }

    /// Steps until caught up with the head (minus the confirmations); the events applied.
    pub async fn catch_up(&mut self) -> Result<usize, Error> {
        let mut total = 0;
        loop {
            match self.step().await? {
                Step::Indexed { events, .. } => total += events,
                Step::RolledBack { .. } => {}
                Step::CaughtUp { .. } => return Ok(total),
            }
        }
    }
}

/// Refuses logs of block `block` that are not all from the block with hash `hash` (the node
/// answered from two branches: the step fails and is retried).
fn same_branch(logs: &[Log], block: u64, hash: &str) -> Result<(), Error> {
    match logs
        .iter()
        .find(|l| l.block_hash.map(|h| format!("{h:#x}")).as_deref() != Some(hash))
    {
        Some(other) => Err(Error::Rpc(format!(
            "block {block} changed while it was read ({hash} and {:?}): the chain reorganised; the range is read again",
            other.block_hash
        ))),
        None => Ok(()),
    }
}

/// Chain order: block, then log index.
fn sort(logs: &mut [Log]) {
    logs.sort_by_key(|l| (l.block_number, l.log_index));
}
