//! One module per subcommand.

pub(crate) mod allowance;
pub(crate) mod bundler;
pub(crate) mod coordinator;
pub(crate) mod demo;
mod demo_forecast;
mod demo_requests;
pub(crate) mod deploy;
pub(crate) mod devnet;
pub(crate) mod emission;
pub(crate) mod epoch;
pub(crate) mod forecast;
pub(crate) mod gov;
pub(crate) mod indexer;
pub(crate) mod member;
pub(crate) mod miner_answer;
mod miner_model;
pub(crate) mod miner_serve;
pub(crate) mod paymaster;
pub(crate) mod query;
pub(crate) mod request;
pub(crate) mod safe;
pub(crate) mod scores;
pub(crate) mod subnet;
pub(crate) mod transfer;
pub(crate) mod userop;
pub(crate) mod validator_feeds;
mod validator_requests;
pub(crate) mod validator_run;

/// The subnet kinds the miner and validator services run (`--kind`).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum KindArg {
    /// Predictia: price forecasts.
    Predictia,
    /// Linguista: translation and summarization.
    Linguista,
    /// Visiona: image classification.
    Visiona,
}

/// Errors the CLI reports: a message with the context of what failed.
pub(crate) type CliResult = Result<(), Box<dyn std::error::Error>>;

/// Completes on Ctrl-C or SIGTERM (as service managers stop a service), for the long-running
/// commands (devnet, bundler, miner serve). The SIGTERM handler is installed now, before the
/// caller awaits, so a signal that arrives in between is not lost.
pub(crate) fn stop_signal()
-> std::io::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    })
}
