//! `tensora miner serve`: a Predictia miner's HTTP inference server. `POST /predict` takes the
//! seed's `price_prediction` task (with the recent bars as history) and answers the forecast of the
//! selected model; `GET /health` reports liveness and the model. Requests are bounded in size
//! (64 KiB) and in time (each answer within `--timeout-ms`).

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use tensora_predictia::{Forecast, Model, Task};

use super::CliResult;

/// Largest accepted request body.
const MAX_BODY: usize = 64 * 1024;
/// Most history bars a task may carry.
const MAX_HISTORY: usize = 2000;

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

/// The URL validators POST tasks to, for a server listening on `local`.
fn register_url(local: SocketAddr) -> String {
    let host = if local.ip().is_unspecified() {
        "<this-host>".to_owned()
    } else {
        local.ip().to_string()
    };
    match local {
        SocketAddr::V6(_) if !local.ip().is_unspecified() => {
            format!("http://[{host}]:{}/predict", local.port())
        }
        _ => format!("http://{host}:{}/predict", local.port()),
    }
}

#[derive(Clone, Copy)]
struct Config {
    model: Model,
    timeout: Duration,
    delay: Duration,
}

type Reply = (StatusCode, Json<Value>);

fn reject(message: String) -> Reply {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message })))
}

/// Answers one task, or says what is wrong with it.
fn answer(model: Model, task: &Task) -> Result<Forecast, String> {
    if task.kind != "price_prediction" {
        return Err(format!(
            "unsupported task type `{}`: this miner serves price_prediction",
            task.kind
        ));
    }
    let steps = task.steps().ok_or_else(|| {
        format!(
            "horizon `{}` must be a number of days such as 1d",
            task.horizon
        )
    })?;
    if task.history.is_empty() || task.history.len() > MAX_HISTORY {
        return Err(format!(
            "history must hold 1 to {MAX_HISTORY} bars, got {}",
            task.history.len()
        ));
    }
    let closes: Vec<f64> = task.history.iter().map(|b| b.close).collect();
    if closes.iter().any(|c| !c.is_finite() || *c <= 0.0) {
        return Err("every close must be a positive number".into());
    }
    Ok(Forecast {
        prediction: model.forecast(&closes, steps),
        model: model.name().into(),
    })
}

async fn predict(
    State(config): State<Config>,
    body: Result<Json<Task>, axum::extract::rejection::JsonRejection>,
) -> Reply {
    let Json(task) = match body {
        Ok(task) => task,
        Err(e) => return reject(format!("malformed task: {e}")),
    };
    let work = async move {
        tokio::time::sleep(config.delay).await;
        tokio::task::spawn_blocking(move || answer(config.model, &task)).await
    };
    match tokio::time::timeout(config.timeout, work).await {
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "error": "timed out" })),
        ),
        Ok(Err(e)) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({ "error": e.to_string() })),
        ),
        Ok(Ok(Err(message))) => reject(message),
        Ok(Ok(Ok(forecast))) => (StatusCode::OK, Json(json!(forecast))),
    }
}

async fn health(State(config): State<Config>) -> Json<Value> {
    Json(json!({ "status": "ok", "model": config.model.name() }))
}

pub(crate) async fn run(args: Args) -> CliResult {
    let config = Config {
        model: args.model,
        timeout: Duration::from_millis(args.timeout_ms),
        delay: Duration::from_millis(args.delay_ms),
    };
    let app = Router::new()
        .route("/predict", post(predict))
        .route("/health", get(health))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(config);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let local = listener.local_addr()?;
    let endpoint = register_url(local);
    crate::output::log_line(
        "miner",
        json!({ "event": "listening", "address": local, "endpoint": endpoint, "model": args.model.name() }),
    );
    crate::output::notice(&format!(
        "register this endpoint: tensora miner register --subnet <id> --bond <TORA> --endpoint {endpoint}{}",
        if local.ip().is_unspecified() {
            " (replace the host with an address validators can reach)"
        } else if local.ip().is_loopback() {
            " (loopback: only validators on this machine reach it; use --listen 0.0.0.0:PORT and a public address otherwise)"
        } else {
            ""
        }
    ));
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
