//! The subgraph's mappings (`subgraph/src/*.ts`) in Rust, for the events this indexer ingests:
//! the registry (`SubnetCreated`, `SubnetDeactivated`, `SubnetPauseSet`), the EmissionManager
//! (`WeightSet`, `WeightApplied`, `Pulled`) and each subnet instance: membership
//! (`MinerRegistered`, `ValidatorRegistered`, `ParticipantReplaced`, `ParticipantDeregistered`,
//! `EndpointUpdated`, `BondIncreased`), scores (`ScoresCommitted`, `ScoresRevealed`), closes
//! (`ColumnsScored`, `ValidatorScored`, `EpochClosed`), delegation (`Delegated`, `Undelegated`),
//! `Slashed`, `RewardsClaimed` and `PauseSet`. Entity ids, field values, the member counts and
//! the bond after a slash (read from the instance at the event's block, as the subgraph's
//! `eth_call`) are the subgraph's.
//!
//! Not mapped yet here (the subgraph maps them): hyperparameter changes after creation, the
//! governor's proposals and votes, and ValidatorTrust's updates; those entities stay as they
//! were created.

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

/// Saves a new `entity` `id`: its zero values, then `values`.
fn create(batch: &mut Batch<'_>, entity: &str, id: &str, values: Value) -> Result<(), Error> {
    let mut row = batch.fresh(entity)?;
    set(&mut row, values);
    batch.save(entity, id, row);
    Ok(())
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

impl Chain {
    async fn bond_of(
        &self,
        instance: Address,
        account: Address,
        block: u64,
    ) -> Result<U256, Error> {
        let m = Subnet::new(instance, &self.provider)
            .memberOf(account)
            .block(alloy::eips::BlockId::number(block))
            .call()
            .await
            .map_err(|e| Error::Rpc(format!("reading a bond: {e}")))?;
        Ok(U256::from(m.bond))
    }
}

/// The slash reasons, in `ISubnet.SlashReason` order.
const SLASH_REASONS: [&str; 3] = ["UnrevealedCommit", "MinerTimeouts", "LowTrust"];

/// The validator entity of `account` in `sid`, created (unregistered, with its global trust
/// neutral) when an event names it first (`validatorOf` in the subgraph).
fn validator_of(
    batch: &mut Batch<'_>,
    sid: &str,
    account: Address,
    at: At,
) -> Result<(String, Row), Error> {
    let account = hex(account);
    let id = format!("{sid}-{account}");
    if batch.load("GlobalTrust", &account)?.is_none() {
        // ValidatorTrust.NEUTRAL (WAD).
        create(
            batch,
            "GlobalTrust",
            &account,
            json!({"trust": "500000000000000000", "updatedAt": at.timestamp.to_string()}),
        )?;
    }
    if batch.load("Validator", &id)?.is_none() {
        create(
            batch,
            "Validator",
            &id,
            json!({"subnet": sid, "account": account, "trust": account, "delegated": "0",
                   "rewardsClaimed": "0", "registeredAt": at.timestamp.to_string()}),
        )?;
    }
    let v = batch
        .load("Validator", &id)?
        .ok_or_else(|| Error::Query(format!("validator {id} was not saved")))?;
    Ok((id, v))
}

/// The epoch entity, created empty before its close reports (`epochOf` in the subgraph).
fn epoch_of(batch: &mut Batch<'_>, sid: &str, epoch: u64, at: At) -> Result<(String, Row), Error> {
    let id = format!("{sid}-{epoch}");
    if let Some(e) = batch.load("Epoch", &id)? {
        return Ok((id, e));
    }
    let mut e = batch.fresh("Epoch")?;
    set(
        &mut e,
        json!({"subnet": sid, "epoch": epoch.to_string(), "closedAt": at.timestamp.to_string(),
               "closedAtBlock": at.block.to_string(), "closeTransaction": format!("{:#x}", at.tx)}),
    );
    Ok((id, e))
}

/// Adds `amount` to the BigInt `field` (saturating), or takes it away.
fn shift(row: &mut Row, field: &str, amount: U256, up: bool) {
    let now = row[field]
        .as_str()
        .and_then(|t| t.parse::<U256>().ok())
        .unwrap_or_default();
    let next = if up {
        now.saturating_add(amount)
    } else {
        now.saturating_sub(amount)
    };
    row.insert(field.to_owned(), Value::from(dec(next)));
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
            let (id, mut v) = validator_of(batch, sid, e.validator, at)?;
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
            let (id, mut epoch) = epoch_of(batch, sid, e.epoch, at)?;
            set(
                &mut epoch,
                json!({
                    "emission": dec(e.emission), "distributed": dec(e.distributed),
                    "minerPot": dec(e.minerPot), "validatorPot": dec(e.validatorPot),
                    "delegatorPot": dec(e.delegatorPot), "carried": dec(e.carried),
                    "minerRewardPerPoint": dec(e.minerRewardPerPoint),
                    "closedAt": at.timestamp.to_string(), "closedAtBlock": at.block.to_string(),
                    "closeTransaction": format!("{:#x}", at.tx),
                }),
            );
            batch.save("Epoch", &id, epoch);
            update_subnet(batch, sid, |s| set(s, json!({"lastEpoch": id})))
        }
        Subnet::ColumnsScored::SIGNATURE_HASH => {
            let e = Subnet::ColumnsScored::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let (id, mut epoch) = epoch_of(batch, sid, e.epoch, at)?;
            // Chunks arrive in uid order (the close cursor only moves forward).
            for (field, values) in [("consensus", &e.consensus), ("incentives", &e.incentives)] {
                let mut list = epoch[field].as_array().cloned().unwrap_or_default();
                list.extend(values.iter().map(|v| Value::from(dec(*v))));
                epoch.insert(field.to_owned(), Value::Array(list));
            }
            batch.save("Epoch", &id, epoch);
            Ok(())
        }
        Subnet::ValidatorScored::SIGNATURE_HASH => {
            let e = Subnet::ValidatorScored::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let (epoch_id, epoch) = epoch_of(batch, sid, e.epoch, at)?;
            batch.save("Epoch", &epoch_id, epoch);
            let (validator_id, _) = validator_of(batch, sid, e.validator, at)?;
            create(
                batch,
                "ValidatorEpoch",
                &format!("{epoch_id}-{}", hex(e.validator)),
                json!({
                    "epoch": epoch_id, "validator": validator_id, "stake": dec(e.stake),
                    "epochTrust": dec(e.epochTrust), "validatorReward": dec(e.validatorReward),
                    "delegatorReward": dec(e.delegatorReward),
                }),
            )
        }
        Subnet::ScoresCommitted::SIGNATURE_HASH => {
            let e = Subnet::ScoresCommitted::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let (validator_id, _) = validator_of(batch, sid, e.validator, at)?;
            create(
                batch,
                "ScoreCommit",
                &at.event_id(),
                json!({
                    "subnet": sid, "epoch": e.epoch.to_string(), "validator": validator_id,
                    "uid": e.uid, "commitment": format!("{:#x}", e.commitment),
                    "timestamp": at.timestamp.to_string(),
                }),
            )
        }
        Subnet::ScoresRevealed::SIGNATURE_HASH => {
            let e = Subnet::ScoresRevealed::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let (validator_id, _) = validator_of(batch, sid, e.validator, at)?;
            let timeouts: Vec<String> = e.timeouts.iter().map(|t| dec(*t)).collect();
            create(
                batch,
                "ScoreReveal",
                &at.event_id(),
                json!({
                    "subnet": sid, "epoch": e.epoch.to_string(), "validator": validator_id,
                    "uid": e.uid, "scores": format!("{}", e.scores), "timeouts": timeouts,
                    "timestamp": at.timestamp.to_string(),
                }),
            )
        }
        Subnet::Delegated::SIGNATURE_HASH => {
            let e = Subnet::Delegated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            delegation(
                batch,
                sid,
                (e.delegator, e.validator),
                e.amount,
                e.shares,
                true,
                at,
            )
        }
        Subnet::Undelegated::SIGNATURE_HASH => {
            let e = Subnet::Undelegated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            delegation(
                batch,
                sid,
                (e.delegator, e.validator),
                e.amount,
                e.shares,
                false,
                at,
            )
        }
        Subnet::Slashed::SIGNATURE_HASH => {
            let e = Subnet::Slashed::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let reason = SLASH_REASONS
                .get(usize::from(e.reason))
                .map_or_else(|| format!("Unknown({})", e.reason), |r| (*r).to_owned());
            create(
                batch,
                "Slash",
                &at.event_id(),
                json!({
                    "subnet": sid, "account": hex(e.account), "reason": reason,
                    "amount": dec(e.amount), "timestamp": at.timestamp.to_string(),
                    "transaction": format!("{:#x}", at.tx),
                }),
            )?;
            // The bond now, as the contract holds it.
            let bond = chain.bond_of(at.address, e.account, at.block).await?;
            let id = format!("{sid}-{}", hex(e.account));
            for entity in ["Miner", "Validator"] {
                if let Some(mut m) = batch.load(entity, &id)?
                    && m["registered"].as_bool() == Some(true)
                {
                    set(&mut m, json!({"bond": dec(bond)}));
                    batch.save(entity, &id, m);
                }
            }
            Ok(())
        }
        Subnet::RewardsClaimed::SIGNATURE_HASH => {
            let e = Subnet::RewardsClaimed::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = format!("{sid}-{}", hex(e.account));
            for entity in ["Miner", "Validator"] {
                if let Some(mut m) = batch.load(entity, &id)? {
                    shift(&mut m, "rewardsClaimed", e.amount, true);
                    batch.save(entity, &id, m);
                    break;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// A delegation (`up`) or an undelegation of `amount` (and `shares`) from `who.0` behind validator
/// `who.1` (`handleDelegated` / `handleUndelegated` in the subgraph).
fn delegation(
    batch: &mut Batch<'_>,
    sid: &str,
    who: (Address, Address),
    amount: U256,
    shares: U256,
    up: bool,
    at: At,
) -> Result<(), Error> {
    let (delegator, validator) = who;
    let (validator_id, mut v) = validator_of(batch, sid, validator, at)?;
    shift(&mut v, "delegated", amount, up);
    batch.save("Validator", &validator_id, v);
    let id = format!("{sid}-{}-{}", hex(delegator), hex(validator));
    let existing = batch.load("Delegation", &id)?;
    let mut d = match (existing, up) {
        (Some(d), _) => d,
        (None, true) => {
            let mut d = batch.fresh("Delegation")?;
            set(
                &mut d,
                json!({"subnet": sid, "delegator": hex(delegator), "validator": validator_id}),
            );
            d
        }
        (None, false) => return Ok(()),
    };
    shift(&mut d, "shares", shares, up);
    shift(
        &mut d,
        if up { "delegated" } else { "undelegated" },
        amount,
        true,
    );
    batch.save("Delegation", &id, d);
    Ok(())
}
