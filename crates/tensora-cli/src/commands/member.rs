//! `tensora miner`, `tensora validator`, `tensora delegate`, `tensora claim`: joining a subnet
//! with a bond, delegating behind a validator, and claiming rewards.

use alloy::primitives::{Address, U256};
use serde_json::json;
use tensora_bindings::Subnet;

use super::CliResult;
use super::allowance::{ensure_allowance, send_spending};
use crate::context::{ChainArgs, Ctx, TxArgs, parse_address, parse_amount, tora};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum MinerCommand {
    /// Register as a miner with a bond and an HTTP endpoint.
    Register {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// Bond in TORA (e.g. 200 or 150.5).
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        bond: U256,
        /// Where validators send tasks (http(s) URL).
        #[arg(long)]
        endpoint: String,
        /// Approve the bond first if the allowance is short.
        #[arg(long)]
        approve: bool,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Change the registered endpoint.
    UpdateEndpoint {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// The new endpoint.
        #[arg(long)]
        endpoint: String,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    #[command(flatten)]
    Exit(ExitCommand),
    /// Show an account's membership, bond, unbonding and rewards in a subnet.
    Status(StatusArgs),
    /// Serve the model over HTTP (the miner's inference server validators and dApps query).
    Serve(super::miner_serve::Args),
    /// Answer escrowed on-chain requests to the subnet with the model (`tensora request`).
    Answer(super::miner_answer::Args),
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum ValidatorCommand {
    /// Register as a validator with a bond.
    Register {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// Bond in TORA.
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        bond: U256,
        /// Approve the bond first if the allowance is short.
        #[arg(long)]
        approve: bool,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    #[command(flatten)]
    Exit(ExitCommand),
    /// Show an account's membership, bond, unbonding and rewards in a subnet.
    Status(StatusArgs),
    /// Run the validator: query miners every epoch, score them, commit and reveal.
    Run(super::validator_run::Args),
}

/// Leaving a subnet, the same for miners and validators.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum ExitCommand {
    /// Move part of the bond (keeping at least the minimum) into unbonding.
    Unbond {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        /// TORA to unbond.
        #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
        amount: U256,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Leave the subnet: the whole bond enters unbonding.
    Deregister {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
    /// Withdraw unbonded TORA whose delay has passed.
    Withdraw {
        /// Subnet id.
        #[arg(long)]
        subnet: u64,
        #[command(flatten)]
        chain: ChainArgs,
        #[command(flatten)]
        tx: TxArgs,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct StatusArgs {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// The account (default: the one given by ETH_FROM).
    #[arg(long, env = "ETH_FROM", value_parser = parse_address)]
    address: Address,
    #[command(flatten)]
    chain: ChainArgs,
}

/// Flags of `tensora delegate`.
#[derive(Debug, clap::Args)]
pub(crate) struct DelegateArgs {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// The validator to stake behind.
    #[arg(long, value_parser = parse_address)]
    validator: Address,
    /// Amount in TORA.
    #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
    amount: U256,
    /// Approve the amount first if the allowance is short.
    #[arg(long)]
    approve: bool,
    #[command(flatten)]
    chain: ChainArgs,
    #[command(flatten)]
    tx: TxArgs,
}

/// Flags of `tensora claim`.
#[derive(Debug, clap::Args)]
pub(crate) struct ClaimArgs {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// Settle delegation rewards from this validator's pool and claim them with the claimable
    /// balance (rewards of a slot you left); the rewards of the slot you hold, as a miner or a
    /// validator, are claimed without this flag.
    #[arg(long, value_parser = parse_address)]
    delegation: Option<Address>,
    #[command(flatten)]
    chain: ChainArgs,
    #[command(flatten)]
    tx: TxArgs,
}

/// After a payout landed (`outcome` of `Ctx::send`; nothing after a dry run): the TORA the signer
/// received, summed over the `E` events `instance` logged, as `<verb> 12.5 TORA in subnet N`.
async fn report_paid<E: alloy::sol_types::SolEvent>(
    ctx: &Ctx,
    instance: Address,
    outcome: &serde_json::Value,
    paid: impl Fn(&E) -> (Address, U256),
    (verb, subnet): (&str, u64),
) -> CliResult {
    if outcome["txHash"].is_null() {
        return Ok(());
    }
    let account = ctx.sender()?;
    let amount: U256 = ctx
        .events::<E>(instance, outcome)
        .await?
        .iter()
        .map(&paid)
        .filter(|(to, _)| *to == account)
        .map(|(_, amount)| amount)
        .sum();
    ctx.say(
        &format!("{verb} {} in subnet {subnet}", tora(amount)),
        &json!({ "subnet": subnet, "account": account, verb: amount.to_string() }),
    )
}

/// After a registration landed: the uid it got (nothing after a dry run).
async fn registered(
    ctx: &Ctx,
    contract: &Subnet::SubnetInstance<&alloy::providers::DynProvider>,
    subnet: u64,
    outcome: &serde_json::Value,
) -> CliResult {
    if outcome["txHash"].is_null() {
        return Ok(());
    }
    let account = ctx.sender()?;
    let member = contract.memberOf(account).call().await?;
    ctx.say(
        &format!(
            "{account} is {} uid {} in subnet {subnet}; `tensora {} status --subnet {subnet} --address {account}` shows it",
            if member.isValidator { "validator" } else { "miner" },
            member.uid,
            if member.isValidator { "validator" } else { "miner" },
        ),
        &json!({ "subnet": subnet, "account": account, "uid": member.uid, "isValidator": member.isValidator }),
    )
}

/// Warns when nothing answers at `endpoint` (validators would score the miner 0): a POST of an
/// empty task must get some HTTP answer within 3 s. Only a warning: the server may start later.
async fn probe_endpoint(endpoint: &str) {
    let client = match reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(3))
        .build()
    {
        Ok(client) => client,
        Err(_) => return,
    };
    let warning = match client.post(endpoint).json(&json!({})).send().await {
        Ok(reply) if reply.status() == reqwest::StatusCode::NOT_FOUND => Some(format!(
            "{endpoint} answers 404 Not Found: is the path right? (`tensora miner serve` prints the URL to register, ending in /predict)"
        )),
        Ok(_) => None,
        Err(e) if e.is_timeout() => Some(format!("{endpoint} did not answer within 3 s")),
        Err(e) if e.is_connect() => {
            Some(format!("nothing listens at {endpoint} (connection failed)"))
        }
        Err(e) => Some(format!("{endpoint} could not be reached: {e}")),
    };
    if let Some(warning) = warning {
        crate::output::notice(&format!(
            "warning: {warning}; validators score a miner they cannot reach 0 (start `tensora miner serve` \
             or fix the URL with `tensora miner update-endpoint`)"
        ));
    }
}

fn check_endpoint(endpoint: &str) -> Result<(), String> {
    if !(endpoint.starts_with("http://") || endpoint.starts_with("https://"))
        || endpoint.len() > 256
    {
        return Err(format!(
            "endpoint `{endpoint}` must be an http(s) URL of at most 256 bytes"
        ));
    }
    Ok(())
}

pub(crate) async fn miner(command: MinerCommand) -> CliResult {
    match command {
        MinerCommand::Register {
            subnet,
            bond,
            endpoint,
            approve,
            chain,
            tx,
        } => {
            check_endpoint(&endpoint)?;
            let ctx = Ctx::write(&chain, &tx).await?;
            let instance = ctx.subnet(subnet).await?;
            probe_endpoint(&endpoint).await;
            let approval = ensure_allowance(&ctx, instance, bond, approve, "the bond").await?;
            let contract = Subnet::new(instance, &ctx.provider);
            let call = contract.registerMiner(bond, endpoint);
            let funds = format!("bonds {} in subnet {subnet}", tora(bond));
            let outcome = send_spending(
                &ctx,
                approval,
                call,
                &format!("registering as a miner in subnet {subnet}"),
                Some(funds),
            )
            .await?;
            registered(&ctx, &contract, subnet, &outcome).await
        }
        MinerCommand::UpdateEndpoint {
            subnet,
            endpoint,
            chain,
            tx,
        } => {
            check_endpoint(&endpoint)?;
            let ctx = Ctx::write(&chain, &tx).await?;
            let instance = ctx.subnet(subnet).await?;
            probe_endpoint(&endpoint).await;
            let contract = Subnet::new(instance, &ctx.provider);
            let call = contract.updateEndpoint(endpoint);
            ctx.send(
                call,
                &format!("updating the endpoint in subnet {subnet}"),
                None,
            )
            .await?;
            Ok(())
        }
        MinerCommand::Exit(command) => exit(command, false).await,
        MinerCommand::Status(args) => status(args).await,
        MinerCommand::Serve(args) => super::miner_serve::run(args).await,
        MinerCommand::Answer(args) => super::miner_answer::run(args).await,
    }
}

pub(crate) async fn validator(command: ValidatorCommand) -> CliResult {
    match command {
        ValidatorCommand::Register {
            subnet,
            bond,
            approve,
            chain,
            tx,
        } => {
            let ctx = Ctx::write(&chain, &tx).await?;
            let instance = ctx.subnet(subnet).await?;
            let approval = ensure_allowance(&ctx, instance, bond, approve, "the bond").await?;
            let contract = Subnet::new(instance, &ctx.provider);
            let call = contract.registerValidator(bond);
            let funds = format!("bonds {} in subnet {subnet}", tora(bond));
            let outcome = send_spending(
                &ctx,
                approval,
                call,
                &format!("registering as a validator in subnet {subnet}"),
                Some(funds),
            )
            .await?;
            registered(&ctx, &contract, subnet, &outcome).await
        }
        ValidatorCommand::Exit(command) => exit(command, true).await,
        ValidatorCommand::Status(args) => status(args).await,
        ValidatorCommand::Run(args) => super::validator_run::run(args).await,
    }
}

pub(crate) async fn delegate(args: DelegateArgs) -> CliResult {
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let approval =
        ensure_allowance(&ctx, instance, args.amount, args.approve, "the delegation").await?;
    let contract = Subnet::new(instance, &ctx.provider);
    let call = contract.delegate(args.validator, args.amount);
    let funds = format!("stakes {} behind {}", tora(args.amount), args.validator);
    send_spending(
        &ctx,
        approval,
        call,
        &format!("delegating in subnet {}", args.subnet),
        Some(funds),
    )
    .await?;
    Ok(())
}

pub(crate) async fn claim(args: ClaimArgs) -> CliResult {
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let subnet = Subnet::new(instance, &ctx.provider);
    let outcome = match args.delegation {
        Some(validator) => {
            ctx.send(
                subnet.claimDelegationRewards(validator),
                "claiming delegation rewards",
                None,
            )
            .await?
        }
        None => {
            ctx.send(subnet.claimRewards(), "claiming rewards", None)
                .await?
        }
    };
    let paid = |e: &Subnet::RewardsClaimed| (e.account, e.amount);
    report_paid(&ctx, instance, &outcome, paid, ("claimed", args.subnet)).await?;
    // A delegation claim leaves the rewards of a slot the signer holds (claimRewards pays them).
    if args.delegation.is_some() && !outcome["txHash"].is_null() {
        let left = subnet.claimable(ctx.sender()?).call().await?;
        if !left.is_zero() {
            crate::output::notice(&format!(
                "{} of your slot's rewards remain in subnet {}; claim them with `tensora claim --subnet {}`",
                tora(left),
                args.subnet,
                args.subnet
            ));
        }
    }
    Ok(())
}

async fn exit(command: ExitCommand, as_validator: bool) -> CliResult {
    match command {
        ExitCommand::Unbond {
            subnet,
            amount,
            chain,
            tx,
        } => unbond(subnet, amount, as_validator, &chain, &tx).await,
        ExitCommand::Deregister { subnet, chain, tx } => {
            deregister(subnet, as_validator, &chain, &tx).await
        }
        ExitCommand::Withdraw { subnet, chain, tx } => withdraw(subnet, &chain, &tx).await,
    }
}

/// The signer's subnet instance, after checking it is a member in the role of the command
/// (`tensora miner ...` for miners, `tensora validator ...` for validators).
async fn member_instance(
    ctx: &Ctx,
    subnet: u64,
    as_validator: bool,
) -> Result<Subnet::SubnetInstance<&alloy::providers::DynProvider>, crate::context::CliError> {
    let contract = Subnet::new(ctx.subnet(subnet).await?, &ctx.provider);
    let account = ctx.sender()?;
    let member = contract.memberOf(account).call().await?;
    let (role, other) = if as_validator {
        ("validator", "miner")
    } else {
        ("miner", "validator")
    };
    if !member.registered {
        return Err(format!(
            "{account} is not registered in subnet {subnet}; `tensora {role} status --subnet {subnet} --address {account}` shows its bond and unbonding"
        )
        .into());
    }
    if member.isValidator != as_validator {
        return Err(format!(
            "{account} is a {other} in subnet {subnet}, not a {role}: use `tensora {other} ...`"
        )
        .into());
    }
    Ok(contract)
}

async fn unbond(
    subnet: u64,
    amount: U256,
    as_validator: bool,
    chain: &ChainArgs,
    tx: &TxArgs,
) -> CliResult {
    let ctx = Ctx::write(chain, tx).await?;
    let contract = member_instance(&ctx, subnet, as_validator).await?;
    ctx.send(
        contract.unbond(amount),
        &format!("unbonding {} in subnet {subnet}", tora(amount)),
        None,
    )
    .await?;
    Ok(())
}

async fn deregister(subnet: u64, as_validator: bool, chain: &ChainArgs, tx: &TxArgs) -> CliResult {
    let ctx = Ctx::write(chain, tx).await?;
    let contract = member_instance(&ctx, subnet, as_validator).await?;
    let funds = "the whole bond enters unbonding and the slot is given up".to_owned();
    ctx.send(
        contract.deregister(),
        &format!("leaving subnet {subnet}"),
        Some(funds),
    )
    .await?;
    Ok(())
}

async fn withdraw(subnet: u64, chain: &ChainArgs, tx: &TxArgs) -> CliResult {
    let ctx = Ctx::write(chain, tx).await?;
    let instance = ctx.subnet(subnet).await?;
    let contract = Subnet::new(instance, &ctx.provider);
    let account = ctx.sender()?;
    let pending = contract.unbondingOf(account).call().await?;
    if pending.amount == 0 && pending.laterAmount == 0 {
        return Err(format!(
            "{account} has no TORA unbonding in subnet {subnet}: `unbond`, `deregister` or \
             `tensora undelegate` start the unbonding delay first"
        )
        .into());
    }
    let outcome = ctx
        .send(
            contract.withdraw(),
            &format!("withdrawing unbonded TORA from subnet {subnet}"),
            None,
        )
        .await?;
    let paid = |e: &Subnet::Withdrawn| (e.account, e.amount);
    report_paid(&ctx, instance, &outcome, paid, ("withdrew", subnet)).await
}

/// Flags of `tensora undelegate`.
#[derive(Debug, clap::Args)]
pub(crate) struct UndelegateArgs {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// The validator whose pool to leave.
    #[arg(long, value_parser = parse_address)]
    validator: Address,
    /// Shares to redeem (default: all of them).
    #[arg(long, value_parser = parse_amount, allow_negative_numbers = true)]
    shares: Option<U256>,
    #[command(flatten)]
    chain: ChainArgs,
    #[command(flatten)]
    tx: TxArgs,
}

pub(crate) async fn undelegate(args: UndelegateArgs) -> CliResult {
    let ctx = Ctx::write(&args.chain, &args.tx).await?;
    let contract = Subnet::new(ctx.subnet(args.subnet).await?, &ctx.provider);
    let held = contract
        .delegationOf(args.validator, ctx.sender()?)
        .call()
        .await?
        .shares;
    let shares = args.shares.unwrap_or(held);
    if shares.is_zero() || shares > held {
        return Err(format!(
            "you hold {held} shares of {}'s pool; cannot redeem {shares}",
            args.validator
        )
        .into());
    }
    let what = format!(
        "undelegating {shares} shares from {} in subnet {}",
        args.validator, args.subnet
    );
    ctx.send(contract.undelegate(args.validator, shares), &what, None)
        .await?;
    Ok(())
}

async fn status(args: StatusArgs) -> CliResult {
    let ctx = Ctx::read(&args.chain).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let subnet = Subnet::new(instance, &ctx.provider);
    let member = subnet.memberOf(args.address).call().await?;
    let unbonding = subnet.unbondingOf(args.address).call().await?;
    let claimable = subnet.claimable(args.address).call().await?;
    let endpoint = subnet.endpointOf(args.address).call().await?;
    let now = ctx.chain_time().await?;
    let when = |t: u64| tensora_types::units::format_time(t, now);
    let role = match (member.registered, member.isValidator) {
        (false, _) => "not registered",
        (true, true) => "validator",
        (true, false) => "miner",
    };
    let value = json!({
        "subnet": args.subnet, "account": args.address, "role": role, "uid": member.uid,
        "bond": U256::from(member.bond).to_string(), "endpoint": endpoint,
        "unbonding": unbonding.amount.to_string(), "releaseAt": unbonding.releaseAt,
        "laterUnbonding": unbonding.laterAmount.to_string(), "laterReleaseAt": unbonding.laterReleaseAt,
        "claimable": claimable.to_string(),
    });
    let text = format!(
        "{} in subnet {}: {role}{}; bond {}; unbonding {}{}; claimable {}{}",
        args.address,
        args.subnet,
        if member.registered {
            format!(" (uid {})", member.uid)
        } else {
            String::new()
        },
        tora(U256::from(member.bond)),
        if unbonding.amount == 0 {
            "nothing".to_owned()
        } else {
            format!(
                "{} (release at {})",
                tora(U256::from(unbonding.amount)),
                when(unbonding.releaseAt)
            )
        },
        if unbonding.laterAmount == 0 {
            String::new()
        } else {
            format!(
                " and {} (release at {})",
                tora(U256::from(unbonding.laterAmount)),
                when(unbonding.laterReleaseAt)
            )
        },
        tora(claimable),
        if endpoint.is_empty() {
            String::new()
        } else {
            format!("; endpoint {endpoint}")
        }
    );
    ctx.say(&text, &value)
}

/// Flags of `tensora delegation`.
#[derive(Debug, clap::Args)]
pub(crate) struct DelegationArgs {
    /// Subnet id.
    #[arg(long)]
    subnet: u64,
    /// The delegator (default: ETH_FROM).
    #[arg(long, env = "ETH_FROM", value_parser = parse_address)]
    address: Address,
    /// Only this validator's pool (default: every validator the account ever delegated to,
    /// found from the subnet's Delegated events).
    #[arg(long, value_parser = parse_address)]
    validator: Option<Address>,
    #[command(flatten)]
    chain: ChainArgs,
}

pub(crate) async fn delegation(args: DelegationArgs) -> CliResult {
    use alloy::providers::Provider;
    use alloy::sol_types::SolEvent;
    let ctx = Ctx::read(&args.chain).await?;
    let instance = ctx.subnet(args.subnet).await?;
    let subnet = Subnet::new(instance, &ctx.provider);
    let validators = match args.validator {
        Some(v) => vec![v],
        None => {
            let filter = alloy::rpc::types::Filter::new()
                .address(instance)
                .event_signature(Subnet::Delegated::SIGNATURE_HASH)
                .topic1(args.address.into_word())
                .from_block(ctx.deployment.start_block());
            let mut found: Vec<Address> = Vec::new();
            for log in ctx.provider.get_logs(&filter).await? {
                if let Ok(d) = log.log_decode::<Subnet::Delegated>()
                    && !found.contains(&d.inner.data.validator)
                {
                    found.push(d.inner.data.validator);
                }
            }
            found
        }
    };
    let mut rows = Vec::new();
    let mut text = vec![format!(
        "delegations of {} in subnet {}:",
        args.address, args.subnet
    )];
    for validator in validators {
        let held = subnet.delegationOf(validator, args.address).call().await?;
        let pending = subnet
            .pendingDelegationRewards(validator, args.address)
            .call()
            .await?;
        let pool = subnet.poolOf(validator).call().await?;
        text.push(format!(
            "  behind {validator}: {} shares worth {}; pending rewards {} (pool: {} in {} shares)",
            tensora_types::units::format_decimal(held.shares, 18),
            tora(held.stake),
            tora(pending),
            tora(U256::from(pool.totalStake)),
            tensora_types::units::format_decimal(U256::from(pool.totalShares), 18),
        ));
        rows.push(json!({
            "validator": validator, "shares": held.shares.to_string(), "stake": held.stake.to_string(),
            "pendingRewards": pending.to_string(), "poolStake": pool.totalStake.to_string(),
            "poolShares": pool.totalShares.to_string(),
        }));
    }
    if rows.is_empty() {
        text.push("  none (delegate with `tensora delegate --subnet <id> --validator <v> --amount <TORA>`)".to_owned());
    } else {
        text.push(
            "  (claim pending rewards with `tensora claim --subnet <id> --delegation <validator>`)"
                .to_owned(),
        );
    }
    ctx.say(
        &text.join("\n"),
        &json!({ "subnet": args.subnet, "delegator": args.address, "delegations": rows }),
    )
}
