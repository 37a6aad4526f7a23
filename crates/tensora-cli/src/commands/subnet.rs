//! `tensora subnet`: list, show and create subnets.

use std::path::{Path, PathBuf};

use alloy::primitives::U256;
use alloy::sol_types::SolValue;
use serde_json::json;
use tensora_bindings::{Subnet, SubnetRegistry, names};
use tensora_deploy::config::HyperparametersConfig;

use super::CliResult;
use super::allowance::{ensure_allowance, send_spending};
use crate::context::{ChainArgs, CliError, Ctx, TxArgs, parse_address, tora};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// List active subnets with the seed's discovery fields.
    List {
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Show one subnet: discovery fields, hyperparameters and the current epoch.
    Show {
        /// Subnet id.
        #[arg(long)]
        id: u64,
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Change a subnet's hyperparameters (its owner; within the governance bounds and cooldown).
    SetHyperparameters {
        /// Subnet id.
        #[arg(long)]
        id: u64,
        /// TOML file with the hyperparameters, or a shipped template: predictia, linguista, visiona.
        #[arg(long)]
        hyperparameters: PathBuf,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Set the account allowed to close epochs on time (its owner).
    SetCoordinator {
        /// Subnet id.
        #[arg(long)]
        id: u64,
        /// The coordinator.
        #[arg(long, value_parser = parse_address)]
        coordinator: alloy::primitives::Address,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Create a subnet (pays the creation fee in TORA).
    Create {
        /// Unique name (at most 32 bytes).
        #[arg(long)]
        name: String,
        /// Task type, e.g. `time-series`.
        #[arg(long = "type")]
        inference_type: String,
        /// TOML file with the hyperparameters (keys as in deployments/subnets/predictia.toml), or a
        /// shipped template: predictia, linguista, visiona.
        #[arg(long)]
        hyperparameters: PathBuf,
        /// Approve the fee first if the allowance is short.
        #[arg(long)]
        approve: bool,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

const STAGES: [&str; 3] = ["Bootstrapping", "Active", "Deactivated"];

fn read_hyperparameters(path: &Path) -> Result<HyperparametersConfig, CliError> {
    Ok(crate::locate::hyperparameters(path)?)
}

/// Every hyperparameter as JSON (amounts in TORA wei as strings).
fn hyperparameters_json(hp: &Subnet::Hyperparameters) -> serde_json::Value {
    json!({
        "minMinerBond": hp.minMinerBond.to_string(), "minValidatorBond": hp.minValidatorBond.to_string(),
        "taskTimeout": hp.taskTimeout, "epochLength": hp.epochLength, "immunityPeriod": hp.immunityPeriod,
        "unbondingDelay": hp.unbondingDelay, "revealWindow": hp.revealWindow,
        "slashingRateBps": hp.slashingRateBps, "maxSlots": hp.maxSlots, "maxValidators": hp.maxValidators,
        "commitReveal": hp.commitReveal, "kappaBps": hp.kappaBps, "strikeLimit": hp.strikeLimit,
        "trustFloorBps": hp.trustFloorBps, "closeGracePeriod": hp.closeGracePeriod,
    })
}

/// Every hyperparameter, one per line, for people.
fn hyperparameters_text(hp: &Subnet::Hyperparameters) -> Vec<String> {
    let pct = |bps: u16| format!("{}%", f64::from(bps) / 100.0);
    vec![
        format!(
            "    min miner bond      {}",
            tora(U256::from(hp.minMinerBond))
        ),
        format!(
            "    min validator bond  {}",
            tora(U256::from(hp.minValidatorBond))
        ),
        format!("    epoch length        {} s", hp.epochLength),
        format!("    task timeout        {} s", hp.taskTimeout),
        format!(
            "    commit-reveal       {}",
            if hp.commitReveal {
                format!("on, reveal window {} s", hp.revealWindow)
            } else {
                "off (scores submitted directly)".to_owned()
            }
        ),
        format!("    immunity period     {} s", hp.immunityPeriod),
        format!("    unbonding delay     {} s", hp.unbondingDelay),
        format!(
            "    slashing rate       {} of the bond",
            pct(hp.slashingRateBps)
        ),
        format!("    strike limit        {} missed epochs", hp.strikeLimit),
        format!("    kappa               {} of stake", pct(hp.kappaBps)),
        format!("    trust floor         {}", pct(hp.trustFloorBps)),
        format!(
            "    slots               {} ({} validators at most)",
            hp.maxSlots, hp.maxValidators
        ),
        format!(
            "    close grace period  {} s (then anyone may close)",
            hp.closeGracePeriod
        ),
    ]
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::List { chain } => {
            let ctx = Ctx::read(&chain).await?;
            let registry = SubnetRegistry::new(ctx.address(names::SUBNET_REGISTRY)?, &ctx.provider);
            let mut rows = Vec::new();
            let mut text = format!(
                "{:<3} {:<12} {:<12} {:>6} {:>6} {:>10}  {:<13} instance",
                "id", "name", "type", "weight", "miners", "validators", "stage"
            );
            for id in registry.getActiveSubnets().call().await? {
                let s = registry.subnets(id).call().await?;
                let stage = STAGES.get(usize::from(s.stage)).copied().unwrap_or("?");
                text.push_str(&format!(
                    "\n{:<3} {:<12} {:<12} {:>6} {:>6} {:>10}  {:<13} {}",
                    id,
                    s.name,
                    s.inferenceType,
                    s.emissionWeight,
                    s.minerCount,
                    s.validatorCount,
                    stage,
                    s.instance
                ));
                rows.push(json!({
                    "id": id.to_string(), "name": s.name, "inferenceType": s.inferenceType,
                    "emissionWeight": s.emissionWeight.to_string(), "minerCount": s.minerCount.to_string(),
                    "validatorCount": s.validatorCount.to_string(), "stage": stage, "instance": s.instance,
                    "owner": s.owner, "createdAt": s.createdAt,
                }));
            }
            ctx.say(&text, &json!(rows))
        }
        Command::Show { id, chain } => {
            let ctx = Ctx::read(&chain).await?;
            let instance = ctx.subnet(id).await?;
            let registry = SubnetRegistry::new(ctx.address(names::SUBNET_REGISTRY)?, &ctx.provider);
            let s = registry.subnets(U256::from(id)).call().await?;
            let subnet = Subnet::new(instance, &ctx.provider);
            let hp = subnet.hyperparameters().call().await?;
            let pending = subnet.pendingHyperparameters().call().await?;
            let epoch = subnet.epochInfo().call().await?;
            let coordinator = subnet.coordinator().call().await?;
            let paused = subnet.paused().call().await?;
            let deactivated = subnet.deactivated().call().await?;
            let now = ctx.chain_time().await?;
            let stage = STAGES.get(usize::from(s.stage)).copied().unwrap_or("?");
            let value = json!({
                "id": id, "name": s.name, "inferenceType": s.inferenceType, "emissionWeight": s.emissionWeight.to_string(),
                "instance": s.instance, "owner": s.owner, "coordinator": coordinator, "stage": stage, "active": s.active,
                "paused": paused, "deactivated": deactivated,
                "createdAt": s.createdAt, "implementationVersion": s.implementationVersion,
                "minerCount": s.minerCount.to_string(), "validatorCount": s.validatorCount.to_string(),
                "hyperparameters": hyperparameters_json(&hp),
                "pendingHyperparameters": if pending._0 {
                    json!({ "effectiveFrom": pending._1, "hyperparameters": hyperparameters_json(&pending._2) })
                } else {
                    serde_json::Value::Null
                },
                "epoch": { "number": epoch.epoch, "end": epoch.end, "revealFrom": epoch.revealFrom,
                           "commitReveal": epoch.commitReveal, "closeCursor": epoch.closeCursor },
            });
            let when = |t: u64| tensora_types::units::format_time(t, now);
            let mut text = vec![
                format!(
                    "subnet {id} {} ({}), {stage}{}{}, emission weight {} bps",
                    s.name,
                    s.inferenceType,
                    if paused { ", PAUSED" } else { "" },
                    if deactivated { ", DEACTIVATED" } else { "" },
                    s.emissionWeight
                ),
                format!("  instance    {}", s.instance),
                format!("  owner       {}", s.owner),
                format!(
                    "  coordinator {}",
                    if coordinator.is_zero() {
                        "none (anyone closes epochs)".to_owned()
                    } else {
                        coordinator.to_string()
                    }
                ),
                format!(
                    "  created {}, implementation v{}",
                    when(s.createdAt),
                    s.implementationVersion
                ),
                format!("  {} miners, {} validators", s.minerCount, s.validatorCount),
                format!(
                    "  epoch {}: ends {}{}{}",
                    epoch.epoch,
                    when(u64::from(epoch.end)),
                    if epoch.commitReveal {
                        format!("; reveal from {}", when(u64::from(epoch.revealFrom)))
                    } else {
                        String::new()
                    },
                    if epoch.closeCursor > 0 {
                        format!("; chunked close under way at uid {}", epoch.closeCursor)
                    } else {
                        String::new()
                    }
                ),
                "  hyperparameters:".to_owned(),
            ];
            text.extend(hyperparameters_text(&hp));
            if pending._0 {
                text.push(format!(
                    "  scheduled hyperparameters, in force from {}:",
                    when(pending._1)
                ));
                text.extend(hyperparameters_text(&pending._2));
            }
            ctx.say(&text.join("\n"), &value)
        }
        Command::SetHyperparameters {
            id,
            hyperparameters,
            chain,
            tx,
        } => {
            let hp = read_hyperparameters(&hyperparameters)?;
            let ctx = Ctx::write(&chain, &tx).await?;
            let contract = Subnet::new(ctx.subnet(id).await?, &ctx.provider);
            // The same struct, as the Subnet bindings type it.
            let hp = Subnet::Hyperparameters::abi_decode(&hp.to_contract().abi_encode())?;
            ctx.send(
                contract.setHyperparameters(hp),
                &format!("setting subnet {id}'s hyperparameters"),
                None,
            )
            .await?;
            Ok(())
        }
        Command::SetCoordinator {
            id,
            coordinator,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let contract = Subnet::new(ctx.subnet(id).await?, &ctx.provider);
            ctx.send(
                contract.setCoordinator(coordinator),
                &format!("setting subnet {id}'s coordinator"),
                None,
            )
            .await?;
            Ok(())
        }
        Command::Create {
            name,
            inference_type,
            hyperparameters,
            approve,
            chain,
            tx,
        } => {
            let hp = read_hyperparameters(&hyperparameters)?;
            let ctx = Ctx::write(&chain, &tx).await?;
            let registry_at = ctx.address(names::SUBNET_REGISTRY)?;
            let registry = SubnetRegistry::new(registry_at, &ctx.provider);
            let fee = registry.creationFee().call().await?;
            let approval =
                ensure_allowance(&ctx, registry_at, fee, approve, "the creation fee").await?;
            let call = registry.createSubnet(name.clone(), inference_type, hp.to_contract());
            let outcome = send_spending(
                &ctx,
                approval,
                call,
                &format!("creating subnet {name}"),
                Some(format!("pays {} to the treasury", tora(fee))),
            )
            .await?;
            for created in ctx
                .events::<SubnetRegistry::SubnetCreated>(registry_at, &outcome)
                .await?
            {
                ctx.say(
                    &format!(
                        "created subnet {} `{name}` at {}; it stays Bootstrapping until governance gives it an emission \
                         weight; next: `tensora subnet show --id {}`",
                        created.subnetId, created.instance, created.subnetId
                    ),
                    &json!({ "subnetId": created.subnetId.to_string(), "instance": created.instance, "name": name }),
                )?;
            }
            Ok(())
        }
    }
}
