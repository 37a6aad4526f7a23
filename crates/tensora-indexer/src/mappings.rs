//! The subgraph's mappings (`subgraph/src/*.ts`) in Rust, for the events this indexer ingests:
//! the registry (`SubnetCreated`, `SubnetDeactivated`, `SubnetPauseSet`), the EmissionManager
//! (`WeightSet`, `WeightApplied`, `Pulled`) and each subnet instance's membership and closes
//! (`MinerRegistered`, `ValidatorRegistered`, `ParticipantReplaced`, `ParticipantDeregistered`,
//! `EndpointUpdated`, `BondIncreased`, `PauseSet`, `EpochClosed`). Entity ids, field values and
//! the member counts (read from the instance at the event's block, as the subgraph's `eth_call`)
//! are the subgraph's.
//!
//! Not mapped yet here (the subgraph maps them): score commits and reveals, `ColumnsScored`,
//! `ValidatorScored`, slashes, delegations, claims, hyperparameter changes, governance and
//! ValidatorTrust; those entities stay empty in this indexer.

use std::collections::BTreeMap;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::DynProvider;
use alloy::rpc::types::Log;
use alloy::sol_types::SolEvent;
use serde_json::{Value, json};
use tensora_bindings::{EmissionManager, Subnet, SubnetRegistry};

use crate::Error;
use crate::graphql::SharedStore;
use crate::store::{Row, zero_row};

/// Where one event happened.
#[derive(Debug, Clone, Copy)]
pub struct At {
    /// The block number.
    pub block: u64,
    /// The block's timestamp.
    pub timestamp: u64,
    /// The transaction hash.
    pub tx: B256,
    /// The log's index in the block.
    pub log_index: u64,
    /// The emitting contract.
    pub address: Address,
}

impl At {
    /// `<transaction>-<log index>`, the subgraph's event id.
    pub fn event_id(&self) -> String {
        format!("{:#x}-{}", self.tx, self.log_index)
    }
}

/// One block's entity changes, read through to the store: what the mappings load sees this
/// block's earlier saves.
#[derive(Debug)]
pub struct Batch<'a> {
    store: &'a SharedStore,
    rows: BTreeMap<(String, String), Row>,
    order: Vec<(String, String)>,
}

impl<'a> Batch<'a> {
    /// An empty batch over `store`.
    pub fn new(store: &'a SharedStore) -> Self {
        Self {
            store,
            rows: BTreeMap::new(),
            order: Vec::new(),
        }
    }

    /// The entity as this block has it so far.
    pub fn load(&self, entity: &str, id: &str) -> Result<Option<Row>, Error> {
        if let Some(r) = self.rows.get(&(entity.to_owned(), id.to_owned())) {
            return Ok(Some(r.clone()));
        }
        self.store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?
            .get(entity, id)
    }

    /// A new entity at its zero values.
    pub fn fresh(&self, entity: &str) -> Result<Row, Error> {
        let store = self
            .store
            .lock()
            .map_err(|_| Error::Query("the store is unavailable".into()))?;
        let e = store
            .schema()
            .entity(entity)
            .ok_or_else(|| Error::Query(format!("no entity type {entity}")))?;
        Ok(zero_row(e))
    }

    /// Saves the entity (written when the block commits).
    pub fn save(&mut self, entity: &str, id: &str, row: Row) {
        let key = (entity.to_owned(), id.to_owned());
        if !self.rows.contains_key(&key) {
            self.order.push(key.clone());
        }
        self.rows.insert(key, row);
    }

    /// The saved entities, in first-save order.
    pub fn into_writes(self) -> Vec<(String, String, Row)> {
        let mut rows = self.rows;
        self.order
            .into_iter()
            .filter_map(|k| rows.remove(&k).map(|r| (k.0, k.1, r)))
            .collect()
    }
}

fn set(row: &mut Row, values: Value) {
    if let Value::Object(m) = values {
        row.extend(m);
    }
}

fn dec(v: U256) -> String {
    v.to_string()
}

fn hex(a: Address) -> String {
    format!("{a:#x}")
}

/// The stage the registry reports (`SubnetRegistry`'s rule; `stageOf` in the subgraph).
pub fn stage_of(active: bool, weight: i64) -> &'static str {
    if !active {
        "Deactivated"
    } else if weight > 0 {
        "Active"
    } else {
        "Bootstrapping"
    }
}

/// What the mappings need from the chain.
#[derive(Debug, Clone)]
pub struct Chain {
    /// The RPC.
    pub provider: DynProvider,
}

impl Chain {
    async fn counts(&self, instance: Address, block: u64) -> Result<(u64, u64), Error> {
        let s = Subnet::new(instance, &self.provider);
        let at = alloy::eips::BlockId::number(block);
        let rpc = |e: alloy::contract::Error| Error::Rpc(format!("reading member counts: {e}"));
        let miners = s.minerCount().block(at).call().await.map_err(rpc)?;
        let validators = s.validatorCount().block(at).call().await.map_err(rpc)?;
        Ok((
            u64::try_from(miners).unwrap_or(u64::MAX),
            u64::try_from(validators).unwrap_or(u64::MAX),
        ))
    }
}

/// What one log did: `Some(instance)` when it created a subnet whose instance must be followed.
pub async fn apply(
    batch: &mut Batch<'_>,
    chain: &Chain,
    subnet_of_instance: Option<&str>,
    log: &Log,
    at: At,
) -> Result<Option<(Address, String)>, Error> {
    let Some(topic) = log.topic0().copied() else {
        return Ok(None);
    };
    let decode = |e: alloy::sol_types::Error| {
        Error::Rpc(format!("undecodable log at {}: {e}", at.event_id()))
    };
    if let Some(sid) = subnet_of_instance {
        apply_instance(batch, chain, sid, log, topic, at, decode).await?;
        return Ok(None);
    }
    match topic {
        SubnetRegistry::SubnetCreated::SIGNATURE_HASH => {
            let e = SubnetRegistry::SubnetCreated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = dec(e.subnetId);
            let hp_id = format!("{id}-{}-{}", at.block, at.log_index);
            let hp = e.hyperparameters;
            let mut h = batch.fresh("Hyperparameters")?;
            set(
                &mut h,
                json!({
                    "subnet": id, "effectiveFrom": at.timestamp.to_string(), "scheduled": false,
                    "minMinerBond": hp.minMinerBond.to_string(),
                    "minValidatorBond": hp.minValidatorBond.to_string(),
                    "taskTimeout": hp.taskTimeout.to_string(),
                    "epochLength": hp.epochLength.to_string(),
                    "immunityPeriod": hp.immunityPeriod.to_string(),
                    "unbondingDelay": hp.unbondingDelay.to_string(),
                    "revealWindow": hp.revealWindow.to_string(),
                    "slashingRateBps": hp.slashingRateBps, "maxSlots": hp.maxSlots,
                    "maxValidators": hp.maxValidators, "commitReveal": hp.commitReveal,
                    "kappaBps": hp.kappaBps, "strikeLimit": hp.strikeLimit,
                    "trustFloorBps": hp.trustFloorBps,
                    "closeGracePeriod": hp.closeGracePeriod.to_string(),
                }),
            );
            batch.save("Hyperparameters", &hp_id, h);
            let mut s = batch.fresh("Subnet")?;
            set(
                &mut s,
                json!({
                    "instance": hex(e.instance), "owner": hex(e.owner), "name": e.name,
                    "inferenceType": e.inferenceType,
                    "implementationVersion": e.implementationVersion, "active": true,
                    "stage": stage_of(true, 0), "paused": false, "emissionWeight": 0,
                    "pendingEmissionWeight": 0, "minerCount": 0, "validatorCount": 0,
                    "createdAt": at.timestamp.to_string(), "createdAtBlock": at.block.to_string(),
                    "feePaid": dec(e.feePaid), "hyperparameters": hp_id, "totalEmission": "0",
                }),
            );
            batch.save("Subnet", &id, s);
            Ok(Some((e.instance, id)))
        }
        SubnetRegistry::SubnetDeactivated::SIGNATURE_HASH => {
            let e = SubnetRegistry::SubnetDeactivated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update_subnet(batch, &dec(e.subnetId), |s| {
                let weight = s["emissionWeight"].as_i64().unwrap_or(0);
                set(
                    s,
                    json!({"active": false, "stage": stage_of(false, weight)}),
                );
            })?;
            Ok(None)
        }
        SubnetRegistry::SubnetPauseSet::SIGNATURE_HASH => {
            let e = SubnetRegistry::SubnetPauseSet::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update_subnet(batch, &dec(e.subnetId), |s| {
                set(s, json!({"paused": e.paused}))
            })?;
            Ok(None)
        }
        EmissionManager::WeightSet::SIGNATURE_HASH => {
            let e = EmissionManager::WeightSet::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update_subnet(batch, &dec(e.subnetId), |s| {
                set(s, json!({"pendingEmissionWeight": e.pendingWeight}));
            })?;
            Ok(None)
        }
        EmissionManager::WeightApplied::SIGNATURE_HASH => {
            let e = EmissionManager::WeightApplied::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update_subnet(batch, &dec(e.subnetId), |s| {
                let active = s["active"].as_bool().unwrap_or(false);
                set(
                    s,
                    json!({"emissionWeight": e.weight, "stage": stage_of(active, i64::from(e.weight))}),
                );
            })?;
            Ok(None)
        }
        EmissionManager::Pulled::SIGNATURE_HASH => {
            let e = EmissionManager::Pulled::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = dec(e.subnetId);
            if batch.load("Subnet", &id)?.is_none() {
                return Ok(None);
            }
            update_subnet(batch, &id, |s| {
                let total = s["totalEmission"]
                    .as_str()
                    .and_then(|t| t.parse::<U256>().ok())
                    .unwrap_or_default();
                set(
                    s,
                    json!({"totalEmission": dec(total.saturating_add(e.amount))}),
                );
            })?;
            let mut p = batch.fresh("EmissionPull")?;
            set(
                &mut p,
                json!({
                    "subnet": id, "amount": dec(e.amount), "from": e.from.to_string(),
                    "to": e.to.to_string(), "forfeited": dec(e.forfeited), "weight": e.weight,
                    "timestamp": at.timestamp.to_string(),
                }),
            );
            batch.save("EmissionPull", &at.event_id(), p);
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// Loads subnet `id`, changes it with `f` and saves it; nothing when it is unknown.
fn update_subnet(batch: &mut Batch<'_>, id: &str, f: impl FnOnce(&mut Row)) -> Result<(), Error> {
    if let Some(mut s) = batch.load("Subnet", id)? {
        f(&mut s);
        batch.save("Subnet", id, s);
    }
    Ok(())
}

async fn refresh_counts(
    batch: &mut Batch<'_>,
    chain: &Chain,
    sid: &str,
    at: At,
) -> Result<(), Error> {
    let (miners, validators) = chain.counts(at.address, at.block).await?;
    update_subnet(batch, sid, |s| {
        set(
            s,
            json!({"minerCount": miners, "validatorCount": validators}),
        );
    })
}

/// Marks whichever member `account` is as gone (`leave` in the subgraph).
fn leave(batch: &mut Batch<'_>, sid: &str, account: Address, at: At) -> Result<(), Error> {
    let id = format!("{sid}-{}", hex(account));
    for entity in ["Miner", "Validator"] {
        if let Some(mut m) = batch.load(entity, &id)?
            && m["registered"].as_bool() == Some(true)
        {
            set(
                &mut m,
                json!({"registered": false, "leftAt": at.timestamp.to_string(), "bond": "0"}),
            );
            batch.save(entity, &id, m);
        }
    }
    Ok(())
}

async fn apply_instance(
    batch: &mut Batch<'_>,
    chain: &Chain,
    sid: &str,
    log: &Log,
    topic: B256,
    at: At,
    decode: impl Fn(alloy::sol_types::Error) -> Error,
) -> Result<(), Error> {
    match topic {
        Subnet::MinerRegistered::SIGNATURE_HASH => {
            let e = Subnet::MinerRegistered::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = format!("{sid}-{}", hex(e.miner));
            let mut m = match batch.load("Miner", &id)? {
                Some(m) => m,
                None => {
                    let mut m = batch.fresh("Miner")?;
                    set(
                        &mut m,
                        json!({"subnet": sid, "account": hex(e.miner), "rewardsClaimed": "0"}),
                    );
                    m
                }
            };
            set(
                &mut m,
                json!({
                    "uid": e.uid, "bond": dec(e.bond), "endpoint": e.endpoint, "registered": true,
                    "registeredAt": at.timestamp.to_string(), "leftAt": null,
                }),
            );
            batch.save("Miner", &id, m);
            refresh_counts(batch, chain, sid, at).await
        }
        Subnet::ValidatorRegistered::SIGNATURE_HASH => {
            let e = Subnet::ValidatorRegistered::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let account = hex(e.validator);
            let id = format!("{sid}-{account}");
            // The validator's global trust, created neutral (ValidatorTrust.NEUTRAL, WAD).
            if batch.load("GlobalTrust", &account)?.is_none() {
                let mut t = batch.fresh("GlobalTrust")?;
                set(
                    &mut t,
                    json!({"trust": "500000000000000000", "updatedAt": at.timestamp.to_string()}),
                );
                batch.save("GlobalTrust", &account, t);
            }
            let mut v = match batch.load("Validator", &id)? {
                Some(v) => v,
                None => {
                    let mut v = batch.fresh("Validator")?;
                    set(
                        &mut v,
                        json!({"subnet": sid, "account": account, "trust": account,
                               "delegated": "0", "rewardsClaimed": "0"}),
                    );
                    v
                }
            };
            set(
                &mut v,
                json!({
                    "uid": e.uid, "bond": dec(e.bond), "registered": true,
                    "registeredAt": at.timestamp.to_string(), "leftAt": null,
                }),
            );
            batch.save("Validator", &id, v);
            refresh_counts(batch, chain, sid, at).await
        }
        Subnet::ParticipantReplaced::SIGNATURE_HASH => {
            let e = Subnet::ParticipantReplaced::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            leave(batch, sid, e.replaced, at)?;
            refresh_counts(batch, chain, sid, at).await
        }
        Subnet::ParticipantDeregistered::SIGNATURE_HASH => {
            let e = Subnet::ParticipantDeregistered::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            leave(batch, sid, e.account, at)?;
            refresh_counts(batch, chain, sid, at).await
        }
        Subnet::EndpointUpdated::SIGNATURE_HASH => {
            let e = Subnet::EndpointUpdated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = format!("{sid}-{}", hex(e.miner));
            if let Some(mut m) = batch.load("Miner", &id)? {
                set(&mut m, json!({"endpoint": e.endpoint}));
                batch.save("Miner", &id, m);
            }
            Ok(())
        }
        Subnet::BondIncreased::SIGNATURE_HASH => {
            let e = Subnet::BondIncreased::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = format!("{sid}-{}", hex(e.account));
            for entity in ["Miner", "Validator"] {
                if let Some(mut m) = batch.load(entity, &id)?
                    && m["registered"].as_bool() == Some(true)
                {
                    set(&mut m, json!({"bond": dec(e.bond)}));
                    batch.save(entity, &id, m);
                }
            }
            Ok(())
        }
        Subnet::PauseSet::SIGNATURE_HASH => {
            let e = Subnet::PauseSet::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update_subnet(batch, sid, |s| set(s, json!({"paused": e.paused})))
        }
        Subnet::EpochClosed::SIGNATURE_HASH => {
            let e = Subnet::EpochClosed::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = format!("{sid}-{}", e.epoch);
            let mut epoch = match batch.load("Epoch", &id)? {
                Some(x) => x,
                None => batch.fresh("Epoch")?,
            };
            set(
                &mut epoch,
                json!({
                    "subnet": sid, "epoch": e.epoch.to_string(), "emission": dec(e.emission),
                    "distributed": dec(e.distributed), "minerPot": dec(e.minerPot),
                    "validatorPot": dec(e.validatorPot), "delegatorPot": dec(e.delegatorPot),
                    "carried": dec(e.carried), "minerRewardPerPoint": dec(e.minerRewardPerPoint),
                    "closedAt": at.timestamp.to_string(), "closedAtBlock": at.block.to_string(),
                    "closeTransaction": format!("{:#x}", at.tx),
                }),
            );
            batch.save("Epoch", &id, epoch);
            update_subnet(batch, sid, |s| set(s, json!({"lastEpoch": id})))
        }
        _ => Ok(()),
    }
}
