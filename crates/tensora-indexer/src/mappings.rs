//! The subgraph's mappings (`subgraph/src/*.ts`) in Rust, for every event the subgraph handles:
//! the registry (`SubnetCreated`, `SubnetDeactivated`, `SubnetPauseSet`), the EmissionManager
//! (`WeightSet`, `WeightApplied`, `Pulled`), the governor (`ProposalCreated`, `VoteCast`,
//! `ProposalQueued`, `ProposalExecuted`, `ProposalCanceled`), ValidatorTrust (`TrustUpdated`,
//! `TrustSlashed`) and each subnet instance: membership (`MinerRegistered`,
//! `ValidatorRegistered`, `ParticipantReplaced`, `ParticipantDeregistered`, `EndpointUpdated`,
//! `BondIncreased`), hyperparameters (`HyperparametersUpdated`, `HyperparametersScheduled`),
//! scores (`ScoresCommitted`, `ScoresRevealed`), closes (`ColumnsScored`, `ValidatorScored`,
//! `EpochClosed`), delegation (`Delegated`, `Undelegated`), `Slashed`, `RewardsClaimed` and
//! `PauseSet`; forecast feeds and escrowed requests in [`inference`]. Entity ids, field values, the member counts and the bond after a slash (read from
//! the instance at the event's block, as the subgraph's `eth_call`) are the subgraph's, and so are
//! the lifecycle metrics ([`metrics`](crate::metrics)).

use std::collections::BTreeMap;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::DynProvider;
use alloy::rpc::types::Log;
use alloy::sol_types::SolEvent;
use serde_json::{Value, json};
use tensora_bindings::{EmissionManager, Subnet, SubnetRegistry, TensoraGovernor, ValidatorTrust};

use crate::Error;
use crate::graphql::SharedStore;

mod inference;
use crate::metrics;
use crate::query::{Filter, MAX_FIRST, Op, Query};
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

    /// The uids of subnet `sid`'s registered miners as this block has them so far.
    pub fn miner_uids(&self, sid: &str) -> Result<Vec<u16>, Error> {
        let mut miners: BTreeMap<String, (bool, u16)> = BTreeMap::new();
        let read = |row: &Row| {
            (
                row["registered"].as_bool() == Some(true),
                row["uid"]
                    .as_u64()
                    .and_then(|u| u16::try_from(u).ok())
                    .unwrap_or_default(),
            )
        };
        let mut query = Query::all("Miner");
        query.first = MAX_FIRST;
        let by_subnet = Filter {
            field: "subnet".into(),
            op: Op::Eq,
            value: sid.into(),
        };
        query.filters = vec![by_subnet.clone()];
        loop {
            let rows = self
                .store
                .lock()
                .map_err(|_| Error::Query("the store is unavailable".into()))?
                .find(&query)?;
            for row in &rows {
                if let Some(id) = row["id"].as_str() {
                    miners.insert(id.to_owned(), read(row));
                }
            }
            match rows.last().and_then(|r| r["id"].as_str()) {
                Some(last) if rows.len() == query.first => {
                    query.filters = vec![
                        by_subnet.clone(),
                        Filter {
                            field: "id".into(),
                            op: Op::Gt,
                            value: last.into(),
                        },
                    ];
                }
                _ => break,
            }
        }
        for ((entity, id), row) in &self.rows {
            if entity == "Miner" && row["subnet"].as_str() == Some(sid) {
                miners.insert(id.clone(), read(row));
            }
        }
        Ok(miners
            .into_values()
            .filter_map(|(registered, uid)| registered.then_some(uid))
            .collect())
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

/// A `Hyperparameters` entity's values from the contracts' tuple (each binding module has its
/// own copy of the struct, hence a macro; `recordHyperparameters` in the subgraph).
macro_rules! hyperparameters {
    ($hp:expr, $sid:expr, $from:expr, $scheduled:expr) => {{
        let hp = &$hp;
        json!({
            "subnet": $sid, "effectiveFrom": $from.to_string(), "scheduled": $scheduled,
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
        })
    }};
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

/// A contract followed because an event created it (the subgraph's templates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Followed {
    /// A subnet instance, with its subnet id (the `Subnet` template).
    Subnet(String),
    /// A subnet's ForecastFeeds, with the subnet id (the `ForecastFeeds` template).
    Feeds(String),
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
    let account = global_trust(batch, account, at)?;
    let id = format!("{sid}-{account}");
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

/// The BigInt `field` of `row` (0 when unset).
fn big(row: &Row, field: &str) -> U256 {
    row.get(field)
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<U256>().ok())
        .unwrap_or_default()
}

/// Adds `amount` to the BigInt `field` (saturating), or takes it away.
fn shift(row: &mut Row, field: &str, amount: U256, up: bool) {
    let now = big(row, field);
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
    followed: Option<&Followed>,
    log: &Log,
    at: At,
) -> Result<Option<(Address, Followed)>, Error> {
    let Some(topic) = log.topic0().copied() else {
        return Ok(None);
    };
    let decode = |e: alloy::sol_types::Error| {
        Error::Rpc(format!("undecodable log at {}: {e}", at.event_id()))
    };
    match followed {
        Some(Followed::Subnet(sid)) => {
            apply_instance(batch, chain, sid, log, topic, at, decode).await?;
            return Ok(None);
        }
        Some(Followed::Feeds(sid)) => {
            inference::apply_feeds(batch, sid, log, topic, at, decode)?;
            return Ok(None);
        }
        None => {}
    }
    if let Some(created) = inference::apply_root(batch, log, topic, at, decode)? {
        return Ok(created);
    }
    match topic {
        SubnetRegistry::SubnetCreated::SIGNATURE_HASH => {
            let e = SubnetRegistry::SubnetCreated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = dec(e.subnetId);
            let hp_id = format!("{id}-{}-{}", at.block, at.log_index);
            let h = hyperparameters!(e.hyperparameters, &id, at.timestamp, false);
            create(batch, "Hyperparameters", &hp_id, h)?;
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
            Ok(Some((e.instance, Followed::Subnet(id))))
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
        TensoraGovernor::ProposalCreated::SIGNATURE_HASH => {
            let e = TensoraGovernor::ProposalCreated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let state = if U256::from(at.timestamp) < e.voteStart {
                "Pending"
            } else {
                "Active"
            };
            let targets: Vec<String> = e.targets.iter().map(|a| hex(*a)).collect();
            let values: Vec<String> = e.values.iter().map(|v| dec(*v)).collect();
            let calldatas: Vec<String> = e.calldatas.iter().map(|c| format!("{c}")).collect();
            create(
                batch,
                "Proposal",
                &dec(e.proposalId),
                json!({
                    "proposer": hex(e.proposer), "targets": targets, "values": values,
                    "calldatas": calldatas, "description": e.description,
                    "voteStart": dec(e.voteStart), "voteEnd": dec(e.voteEnd), "state": state,
                    "forVotes": "0", "againstVotes": "0", "abstainVotes": "0",
                    "createdAt": at.timestamp.to_string(),
                }),
            )?;
            Ok(None)
        }
        TensoraGovernor::VoteCast::SIGNATURE_HASH => {
            let e = TensoraGovernor::VoteCast::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let id = dec(e.proposalId);
            let Some(mut p) = batch.load("Proposal", &id)? else {
                return Ok(None);
            };
            let field = match e.support {
                0 => "againstVotes",
                1 => "forVotes",
                _ => "abstainVotes",
            };
            shift(&mut p, field, e.weight, true);
            set(&mut p, json!({"state": "Active"}));
            batch.save("Proposal", &id, p);
            create(
                batch,
                "Vote",
                &at.event_id(),
                json!({
                    "proposal": id, "voter": hex(e.voter), "support": e.support,
                    "weight": dec(e.weight), "reason": e.reason,
                    "timestamp": at.timestamp.to_string(),
                }),
            )?;
            Ok(None)
        }
        TensoraGovernor::ProposalQueued::SIGNATURE_HASH => {
            let e = TensoraGovernor::ProposalQueued::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update(batch, "Proposal", &dec(e.proposalId), |p| {
                set(p, json!({"state": "Queued", "eta": dec(e.etaSeconds)}));
            })?;
            Ok(None)
        }
        TensoraGovernor::ProposalExecuted::SIGNATURE_HASH => {
            let e = TensoraGovernor::ProposalExecuted::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update(batch, "Proposal", &dec(e.proposalId), |p| {
                set(
                    p,
                    json!({"state": "Executed", "executedAt": at.timestamp.to_string()}),
                );
            })?;
            Ok(None)
        }
        TensoraGovernor::ProposalCanceled::SIGNATURE_HASH => {
            let e = TensoraGovernor::ProposalCanceled::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            update(batch, "Proposal", &dec(e.proposalId), |p| {
                set(
                    p,
                    json!({"state": "Canceled", "canceledAt": at.timestamp.to_string()}),
                );
            })?;
            Ok(None)
        }
        ValidatorTrust::TrustUpdated::SIGNATURE_HASH => {
            let e = ValidatorTrust::TrustUpdated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let change = (e.previous, e.current, Some(e.epochTrust));
            trust_change(batch, e.validator, e.subnetId, change, at)?;
            Ok(None)
        }
        ValidatorTrust::TrustSlashed::SIGNATURE_HASH => {
            let e = ValidatorTrust::TrustSlashed::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let change = (e.previous, e.current, None);
            trust_change(batch, e.validator, e.subnetId, change, at)?;
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// Moves `validator`'s global trust from `change.0` to `change.1` and keeps the change in its
/// history; `change.2` is the epoch trust that moved it (none for a slash). `record` in the
/// subgraph's `trust.ts`.
fn trust_change(
    batch: &mut Batch<'_>,
    validator: Address,
    subnet: U256,
    change: (U256, U256, Option<U256>),
    at: At,
) -> Result<(), Error> {
    let (previous, current, epoch_trust) = change;
    let account = global_trust(batch, validator, at)?;
    update(batch, "GlobalTrust", &account, |t| {
        set(
            t,
            json!({"trust": dec(current), "updatedAt": at.timestamp.to_string()}),
        );
    })?;
    create(
        batch,
        "TrustUpdate",
        &at.event_id(),
        json!({
            "account": account, "subnet": dec(subnet), "epochTrust": epoch_trust.map(dec),
            "previous": dec(previous), "current": dec(current), "slashed": epoch_trust.is_none(),
            "timestamp": at.timestamp.to_string(),
        }),
    )
}

/// The account's `GlobalTrust` id, the entity created neutral (`globalTrust` in the subgraph).
fn global_trust(batch: &mut Batch<'_>, account: Address, at: At) -> Result<String, Error> {
    let id = hex(account);
    if batch.load("GlobalTrust", &id)?.is_none() {
        create(
            batch,
            "GlobalTrust",
            &id,
            json!({"trust": dec(metrics::NEUTRAL_TRUST), "updatedAt": at.timestamp.to_string()}),
        )?;
    }
    Ok(id)
}

/// Loads `entity` `id`, changes it with `f` and saves it; nothing when it is unknown.
fn update(
    batch: &mut Batch<'_>,
    entity: &str,
    id: &str,
    f: impl FnOnce(&mut Row),
) -> Result<(), Error> {
    if let Some(mut row) = batch.load(entity, id)? {
        f(&mut row);
        batch.save(entity, id, row);
    }
    Ok(())
}

/// Loads subnet `id`, changes it with `f` and saves it; nothing when it is unknown.
fn update_subnet(batch: &mut Batch<'_>, id: &str, f: impl FnOnce(&mut Row)) -> Result<(), Error> {
    update(batch, "Subnet", id, f)
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

/// The epoch length (seconds) of the hyperparameters subnet `sid` has in force.
fn epoch_length(batch: &Batch<'_>, sid: &str) -> Result<u64, Error> {
    let Some(subnet) = batch.load("Subnet", sid)? else {
        return Ok(0);
    };
    let Some(hp) = subnet["hyperparameters"].as_str() else {
        return Ok(0);
    };
    Ok(batch
        .load("Hyperparameters", hp)?
        .and_then(|h| h["epochLength"].as_str().and_then(|t| t.parse().ok()))
        .unwrap_or(0))
}

/// Sets a member's bond and moves its subnet's `totalBonded` by the change (`setBond` in the
/// subgraph).
fn set_bond(batch: &mut Batch<'_>, sid: &str, member: &mut Row, bond: U256) -> Result<(), Error> {
    let old = big(member, "bond");
    member.insert("bond".to_owned(), Value::from(dec(bond)));
    update_subnet(batch, sid, |s| {
        let total = big(s, "totalBonded")
            .saturating_add(bond)
            .saturating_sub(old);
        s.insert("totalBonded".to_owned(), Value::from(dec(total)));
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
                json!({"registered": false, "leftAt": at.timestamp.to_string()}),
            );
            set_bond(batch, sid, &mut m, U256::ZERO)?;
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
                    "uid": e.uid, "endpoint": e.endpoint, "registered": true,
                    "registeredAt": at.timestamp.to_string(), "leftAt": null,
                }),
            );
            set_bond(batch, sid, &mut m, e.bond)?;
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
                    "uid": e.uid, "registered": true,
                    "registeredAt": at.timestamp.to_string(), "leftAt": null,
                }),
            );
            set_bond(batch, sid, &mut v, e.bond)?;
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
                    set_bond(batch, sid, &mut m, e.bond)?;
                    batch.save(entity, &id, m);
                }
            }
            Ok(())
        }
        Subnet::HyperparametersUpdated::SIGNATURE_HASH => {
            let e = Subnet::HyperparametersUpdated::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            if batch.load("Subnet", sid)?.is_none() {
                return Ok(());
            }
            let hp_id = format!("{sid}-{}-{}", at.block, at.log_index);
            let h = hyperparameters!(e.hyperparameters, sid, at.timestamp, false);
            create(batch, "Hyperparameters", &hp_id, h)?;
            update_subnet(batch, sid, |s| set(s, json!({"hyperparameters": hp_id})))
        }
        Subnet::HyperparametersScheduled::SIGNATURE_HASH => {
            let e = Subnet::HyperparametersScheduled::decode_log(&log.inner)
                .map_err(decode)?
                .data;
            let hp_id = format!("{sid}-{}-{}", at.block, at.log_index);
            let h = hyperparameters!(e.hyperparameters, sid, e.effectiveFrom, true);
            create(batch, "Hyperparameters", &hp_id, h)
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
            let Some(subnet) = batch.load("Subnet", sid)? else {
                return Ok(());
            };
            let registered = subnet["validatorCount"].as_u64().unwrap_or(0);
            let scored = epoch["validatorsScored"].as_u64().unwrap_or(0);
            let participation = metrics::ratio(U256::from(scored), U256::from(registered));
            let (reveals, average) =
                if subnet["openEpoch"].as_str() == Some(e.epoch.to_string().as_str()) {
                    let n = subnet["openReveals"].as_u64().unwrap_or(0);
                    let sum = big(&subnet, "openScoreSum");
                    (n, sum.checked_div(U256::from(n)).unwrap_or_default())
                } else {
                    (0, U256::ZERO)
                };
            let stake = big(&subnet, "totalBonded").saturating_add(big(&subnet, "totalDelegated"));
            let roi = metrics::ratio(e.distributed.saturating_sub(e.carried), stake);
            set(
                &mut epoch,
                json!({
                    "validatorsRegistered": registered, "validatorsScored": scored,
                    "participation": dec(participation), "reveals": reveals,
                    "averageMinerScore": dec(average), "totalStake": dec(stake),
                    "emissionRoi": dec(roi),
                }),
            );
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
            update_subnet(batch, sid, |s| {
                set(
                    s,
                    json!({
                        "lastEpoch": id, "averageMinerScore": dec(average),
                        "validatorParticipation": dec(participation), "emissionRoi": dec(roi),
                    }),
                );
            })
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
            let (epoch_id, mut epoch) = epoch_of(batch, sid, e.epoch, at)?;
            let scored = epoch["validatorsScored"].as_u64().unwrap_or(0) + 1;
            set(&mut epoch, json!({"validatorsScored": scored}));
            batch.save("Epoch", &epoch_id, epoch);
            let (validator_id, mut v) = validator_of(batch, sid, e.validator, at)?;
            let epoch_length = epoch_length(batch, sid)?;
            let delegated = big(&v, "delegated");
            let stake = big(&v, "bond").saturating_add(delegated);
            let reward = e.validatorReward.saturating_add(e.delegatorReward);
            let apy = dec(metrics::apy(reward, stake, epoch_length));
            let delegator_apy = dec(metrics::apy(e.delegatorReward, delegated, epoch_length));
            set(&mut v, json!({"apy": apy, "delegatorApy": delegator_apy}));
            batch.save("Validator", &validator_id, v);
            create(
                batch,
                "ValidatorEpoch",
                &format!("{epoch_id}-{}", hex(e.validator)),
                json!({
                    "epoch": epoch_id, "validator": validator_id, "stake": dec(e.stake),
                    "epochTrust": dec(e.epochTrust), "validatorReward": dec(e.validatorReward),
                    "delegatorReward": dec(e.delegatorReward), "apy": apy,
                    "delegatorApy": delegator_apy,
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
            let mean = metrics::mean_miner_score(&e.scores, &batch.miner_uids(sid)?);
            let epoch = e.epoch.to_string();
            // One reveal per validator and epoch (the subnet refuses a second: AlreadyRevealed).
            update_subnet(batch, sid, |s| {
                let (reveals, sum) = if s["openEpoch"].as_str() == Some(epoch.as_str()) {
                    (
                        s["openReveals"].as_u64().unwrap_or(0),
                        big(s, "openScoreSum"),
                    )
                } else {
                    (0, U256::ZERO)
                };
                let (reveals, sum) = (reveals + 1, sum.saturating_add(mean));
                set(
                    s,
                    json!({"openEpoch": epoch, "openReveals": reveals, "openScoreSum": dec(sum)}),
                );
            })?;
            let timeouts: Vec<String> = e.timeouts.iter().map(|t| dec(*t)).collect();
            create(
                batch,
                "ScoreReveal",
                &at.event_id(),
                json!({
                    "subnet": sid, "epoch": e.epoch.to_string(), "validator": validator_id,
                    "uid": e.uid, "scores": format!("{}", e.scores), "timeouts": timeouts,
                    "meanMinerScore": dec(mean), "timestamp": at.timestamp.to_string(),
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
                    set_bond(batch, sid, &mut m, bond)?;
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
    // The subnet's total moves by what the validator's figure actually moved (it saturates at 0).
    let before = big(&v, "delegated");
    shift(&mut v, "delegated", amount, up);
    let after = big(&v, "delegated");
    batch.save("Validator", &validator_id, v);
    update_subnet(batch, sid, |s| {
        let total = big(s, "totalDelegated")
            .saturating_add(after)
            .saturating_sub(before);
        s.insert("totalDelegated".to_owned(), Value::from(dec(total)));
    })?;
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
