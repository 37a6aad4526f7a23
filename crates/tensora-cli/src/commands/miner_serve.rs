//! `tensora miner serve`: a Predictia miner's HTTP inference server
//! ([`tensora_services::miner`]): `POST /predict` takes the seed's `price_prediction` task and
//! answers the selected model's forecast; `GET /health` reports liveness and the model; `GET
//! /schema` the task and answer JSON schemas. Requests are bounded in size (64 KiB) and in time
//! (each answer within `--timeout-ms`).

use std::net::SocketAddr;
use std::time::Duration;

use tensora_predictia::{Model, Predictia};
use tensora_services::miner::{self, Limits};

use super::CliResult;

/// Flags of `tensora miner serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:9101")]
    listen: SocketAddr,
    /// Forecasting model: naive, holt or ar.
    #[arg(long, default_value = "holt")]
    model: Model,
    /// Longest time an answer may take before the server gives up.
    #[arg(long, default_value_t = 5000)]
    timeout_ms: u64,
    /// Artificial delay before answering (to simulate a slow miner).
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
}

pub(crate) async fn run(args: Args) -> CliResult {
    let limits = Limits {
        timeout: Duration::from_millis(args.timeout_ms),
        delay: Duration::from_millis(args.delay_ms),
        ..Limits::default()
    };
    let router = miner::router::<Predictia, _>(args.model, limits);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let local = listener.local_addr()?;
    let (endpoint, unspecified) = miner::endpoint::<Predictia>(local);
    tracing::info!(target: "tensora::miner", event = "listening", address = %local, endpoint, model = args.model.name());
    crate::output::notice(&format!(
        "register this endpoint: tensora miner register --subnet <id> --bond <TORA> --endpoint {endpoint}{}",
        if unspecified {
            " (replace the host with an address validators can reach)"
        } else if local.ip().is_loopback() {
            " (loopback: only validators on this machine reach it; use --listen 0.0.0.0:PORT and a public address otherwise)"
        } else {
            ""
        }
    ));
    miner::serve(listener, router, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
