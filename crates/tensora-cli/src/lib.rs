//! `tensora`: the Tensora command line, as a library (arguments, output, handlers) behind a thin
//! `main.rs`. `tensora devnet` runs a local OP Stack devnet; `tensora deploy` deploys and verifies
//! the suite on any OP Stack chain; `tensora demo` runs the suite end to end on a fresh devnet.
//! Flags follow `cast`. [`run`] parses the process's arguments and runs the command.

#![allow(clippy::print_stdout, clippy::print_stderr)] // printing is what a CLI is for

mod commands;
mod context;
mod hints;
mod locate;
mod logs;
mod output;
mod signer;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "tensora",
    version,
    about = "Tensora: devnet, deploy and administration of the Tensora suite"
)]
struct Cli {
    /// Machine-readable output: results as JSON on stdout, errors as {"error": ...} on stderr,
    /// service logs as JSON lines.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a local OP Stack devnet (anvil in optimism mode with the OP predeploys and preinstalls).
    Devnet(commands::devnet::Args),
    /// Deploy (or complete) and verify the whole suite from a network config.
    Deploy(commands::deploy::Args),
    /// Run the end-to-end demo on a fresh local devnet (deploy, subnets, governance, epochs).
    Demo(commands::demo::Args),
    /// List, show and create subnets.
    #[command(subcommand)]
    Subnet(commands::subnet::Command),
    /// Register and inspect miners.
    #[command(subcommand)]
    Miner(commands::member::MinerCommand),
    /// Register and inspect validators.
    #[command(subcommand)]
    Validator(commands::member::ValidatorCommand),
    /// Stake TORA behind a validator.
    Delegate(commands::member::DelegateArgs),
    /// Redeem delegation shares (the TORA enters unbonding).
    Undelegate(commands::member::UndelegateArgs),
    /// Send TORA (or ETH with --eth) to an account.
    Transfer(commands::transfer::Args),
    /// A delegator's stake behind validators: shares, their TORA value, pending rewards.
    Delegation(commands::member::DelegationArgs),
    /// Claim rewards (and delegation rewards).
    Claim(commands::member::ClaimArgs),
    /// Ask a subnet's best miners for an answer (by score or latency), falling back to the next.
    Query(commands::query::Args),
    /// Commit and reveal scores (validators).
    #[command(subcommand)]
    Scores(commands::scores::Command),
    /// The coordinator service: closes a subnet's epochs on time.
    #[command(subcommand)]
    Coordinator(commands::coordinator::Command),
    /// Epoch status, and closing an ended epoch (with --dry-run: the planned chunks).
    #[command(subcommand)]
    Epoch(commands::epoch::Command),
    /// A Predictia subnet's forecast feeds: create, list feeds, latest rounds, requests.
    #[command(subcommand)]
    Forecast(commands::forecast::Command),
    /// Escrowed inference requests: create, status, refund, release, withdraw.
    #[command(subcommand)]
    Request(commands::request::Command),
    /// Emission schedule and weights; propose new weights.
    #[command(subcommand)]
    Emission(commands::emission::Command),
    /// Governance: propose, vote, queue, execute, status, list.
    #[command(subcommand)]
    Gov(commands::gov::Command),
    /// Safe multisig: build, sign, merge, execute and export admin actions.
    #[command(subcommand)]
    Safe(commands::safe::Command),
    /// The local indexer: the suite's events in SQLite, served over the subgraph's GraphQL API.
    #[command(subcommand)]
    Indexer(commands::indexer::Command),
    /// Run an ERC-4337 bundler (alto) for the chain, for `userop send`.
    Bundler(commands::bundler::Args),
    /// Act from a smart account that pays gas in TORA, through a bundler.
    #[command(subcommand)]
    Userop(commands::userop::Command),
    /// The TORA gas paymaster.
    #[command(subcommand)]
    Paymaster(commands::paymaster::Command),
}

/// Runs the command the process's arguments name; the exit code says whether it succeeded (1 for
/// a failed command, 2 for bad arguments, from clap).
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    output::set_json(cli.json);
    logs::init(cli.json);
    let result = match cli.command {
        Command::Devnet(args) => commands::devnet::run(args).await,
        Command::Deploy(args) => commands::deploy::run(args).await,
        Command::Demo(args) => commands::demo::run(args).await,
        Command::Subnet(c) => commands::subnet::run(c).await,
        Command::Miner(c) => commands::member::miner(c).await,
        Command::Validator(c) => commands::member::validator(c).await,
        Command::Delegate(args) => commands::member::delegate(args).await,
        Command::Undelegate(args) => commands::member::undelegate(args).await,
        Command::Claim(args) => commands::member::claim(args).await,
        Command::Transfer(args) => commands::transfer::run(args).await,
        Command::Delegation(args) => commands::member::delegation(args).await,
        Command::Query(args) => commands::query::run(args).await,
        Command::Scores(c) => commands::scores::run(c).await,
        Command::Coordinator(c) => commands::coordinator::run(c).await,
        Command::Epoch(c) => commands::epoch::run(c).await,
        Command::Forecast(c) => commands::forecast::run(c).await,
        Command::Request(c) => commands::request::run(c).await,
        Command::Emission(c) => commands::emission::run(c).await,
        Command::Gov(c) => commands::gov::run(c).await,
        Command::Safe(c) => commands::safe::run(c).await,
        Command::Indexer(c) => commands::indexer::run(c).await,
        Command::Bundler(args) => commands::bundler::run(args).await,
        Command::Userop(c) => commands::userop::run(c).await,
        Command::Paymaster(c) => commands::paymaster::run(c).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            output::error(&err);
            ExitCode::FAILURE
        }
    }
}
