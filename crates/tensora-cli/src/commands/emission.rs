//! `tensora emission`: the emission schedule, the per-subnet weights, and proposing new weights
//! through governance.

use alloy::primitives::U256;
use alloy::sol_types::SolCall;
use serde_json::json;
use tensora_bindings::{EmissionManager, SubnetRegistry, names};

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx, TxArgs};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// The emission rate now, what has been minted, and the schedule's parameters.
    Schedule {
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Each active subnet's weight in force and pending (basis points of the emission).
    Weights {
        #[command(flatten)]
        chain: ChainArgs,
    },
    /// Propose new weights through governance (`--weight 3=10000`, repeatable).
    ProposeWeights {
        /// `subnet=bps`, e.g. 3=6000; the weights in force plus pending may not exceed 10000.
        #[arg(long = "weight", value_parser = parse_weight, required = true)]
        weights: Vec<(u64, u16)>,
        /// What the proposal does, for voters.
        #[arg(long)]
        description: String,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

fn parse_weight(text: &str) -> Result<(u64, u16), String> {
    let bad = || format!("weight `{text}` must be subnet=bps, e.g. 3=6000 (bps at most 10000)");
    let (id, bps) = text.split_once('=').ok_or_else(bad)?;
    let bps: u16 = bps.trim().parse().map_err(|_| bad())?;
    if bps > 10_000 {
        return Err(bad());
    }
    Ok((id.trim().parse().map_err(|_| bad())?, bps))
}

/// Refuses weights that could never execute: a subnet given twice, a subnet that does not exist,
/// or weights the EmissionManager itself refuses today (its `setWeights` simulated as governance,
/// the timelock: the sum rule, deactivated subnets) — before a proposal is made.
async fn check_weights(ctx: &Ctx, weights: &[(u64, u16)]) -> Result<(), CliError> {
    let mut seen = std::collections::BTreeSet::new();
    for (id, _) in weights {
        if !seen.insert(*id) {
            return Err(
                format!("subnet {id} is given twice; give each subnet one --weight").into(),
            );
        }
    }
    let registry = SubnetRegistry::new(ctx.address(names::SUBNET_REGISTRY)?, &ctx.provider);
    let count = registry.subnetCount().call().await?;
    for (id, _) in weights {
        if *id == 0 || U256::from(*id) > count {
            return Err(format!(
                "subnet {id} does not exist (subnets are 1..={count}; `tensora subnet list` shows them)"
            )
            .into());
        }
    }
    let em = EmissionManager::new(ctx.address(names::EMISSION_MANAGER)?, &ctx.provider);
    let ids: Vec<U256> = weights.iter().map(|(id, _)| U256::from(*id)).collect();
    let bps: Vec<u16> = weights.iter().map(|(_, w)| *w).collect();
    let timelock = ctx.address(names::TIMELOCK)?;
    // Funded in the simulation: OP Stack nodes charge the L1 fee even inside eth_call.
    let funded = alloy::rpc::types::state::StateOverridesBuilder::default()
        .with_balance(timelock, U256::from(10u64).pow(U256::from(24u64)))
        .build();
    if let Err(e) = em
        .setWeights(ids, bps)
        .from(timelock)
        .state(funded)
        .call()
        .await
    {
        let reason = e
            .as_revert_data()
            .and_then(|data| tensora_bindings::errors::decode_revert(&data))
            .unwrap_or_else(|| e.to_string());
        return Err(format!(
            "the EmissionManager would refuse these weights if the proposal executed now: {reason} \
             (the weights in force plus pending ones may not pass 10000 bps; `tensora emission weights` shows them)"
        )
        .into());
    }
    Ok(())
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Schedule { chain } => {
            let ctx = Ctx::read(&chain).await?;
            let em = EmissionManager::new(ctx.address(names::EMISSION_MANAGER)?, &ctx.provider);
            let now = ctx.chain_time().await?;
            let rate = em.rateAt(U256::from(now)).call().await?;
            let minted = em.totalMinted().call().await?;
            let (start, halving) = (em.START().call().await?, em.HALVING_PERIOD().call().await?);
            let value = json!({
                "ratePerSecond": rate.to_string(), "totalMinted": minted.to_string(), "start": start,
                "halvingPeriod": halving, "maxAccrual": em.maxAccrual().call().await?, "paused": em.paused().call().await?,
            });
            let text = format!(
                "emission {} TORA/s now (halving every {} s from {}); minted so far {} TORA",
                tensora_types::units::format_decimal18(rate),
                halving,
                start,
                tensora_types::units::format_decimal18(minted)
            );
            ctx.say(&text, &value)
        }
        Command::Weights { chain } => {
            let ctx = Ctx::read(&chain).await?;
            let em = EmissionManager::new(ctx.address(names::EMISSION_MANAGER)?, &ctx.provider);
            let registry = SubnetRegistry::new(ctx.address(names::SUBNET_REGISTRY)?, &ctx.provider);
            let mut rows = Vec::new();
            let mut text = String::from("id  name         weight  pending");
            for id in registry.getActiveSubnets().call().await? {
                let s = em.subnetEmission(id).call().await?;
                let name = registry.subnets(id).call().await?.name;
                let pending = if s.hasPending {
                    s.pendingWeight.to_string()
                } else {
                    "-".into()
                };
                text.push_str(&format!(
                    "\n{id:<3} {name:<12} {:>6}  {pending:>7}",
                    s.weight
                ));
                rows.push(json!({ "id": id.to_string(), "name": name, "weight": s.weight, "pending": s.hasPending.then_some(s.pendingWeight) }));
            }
            ctx.say(&text, &json!(rows))
        }
        Command::ProposeWeights {
            weights,
            description,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            check_weights(&ctx, &weights).await?;
            let ids = weights.iter().map(|(id, _)| U256::from(*id)).collect();
            let bps = weights.iter().map(|(_, w)| *w).collect();
            let calldata = EmissionManager::setWeightsCall { ids, weights: bps }.abi_encode();
            let target = ctx.address(names::EMISSION_MANAGER)?;
            super::gov::propose(&ctx, vec![target], vec![calldata.into()], description).await
        }
    }
}
