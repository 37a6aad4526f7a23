//! A miner's HTTP inference server for kind `K`: `POST K::ROUTE` takes a task and answers with the
//! model's answer; `GET /health` reports liveness and the model; `GET /schema` serves the task and
//! answer JSON schemas. Requests are bounded in size ([`Limits::max_body`]) and in time (each
//! answer within [`Limits::timeout`], computed off the async runtime). [`outputs`] adds
//! `GET /outputs/<hash>.json`: the outputs this miner answered escrowed requests with by hash,
//! from the directory `tensora miner answer --outputs-dir` writes them to.

use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use tensora_subnet::{Kind, Model};

/// Bounds on what one request may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest accepted body, bytes.
    pub max_body: usize,
    /// Longest an answer may take before the server gives up (503).
    pub timeout: Duration,
    /// Artificial delay before answering (to simulate a slow miner in tests and demos).
    pub delay: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body: 64 * 1024,
            timeout: Duration::from_secs(5),
            delay: Duration::ZERO,
        }
    }
}

struct Shared<K: Kind, M> {
    model: Arc<M>,
    limits: Limits,
    _kind: PhantomData<K>,
}

impl<K: Kind, M> Clone for Shared<K, M> {
    fn clone(&self) -> Self {
        Self {
            model: Arc::clone(&self.model),
            limits: self.limits,
            _kind: PhantomData,
        }
    }
}

type Reply = (StatusCode, Json<Value>);

fn error(status: StatusCode, message: impl Into<String>) -> Reply {
    (status, Json(json!({ "error": message.into() })))
}

async fn answer<K: Kind, M: Model<K>>(
    State(shared): State<Shared<K, M>>,
    body: Result<Json<K::Task>, axum::extract::rejection::JsonRejection>,
) -> Reply {
    let Json(task) = match body {
        Ok(task) => task,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let limit = shared.limits.max_body;
            return error(
                e.status(),
                format!("task too large: the limit is {limit} bytes"),
            );
        }
        Err(e) => return error(e.status(), format!("malformed task: {}", e.body_text())),
    };
    let limits = shared.limits;
    let model = Arc::clone(&shared.model);
    let work = async move {
        tokio::time::sleep(limits.delay).await;
        tokio::task::spawn_blocking(move || model.answer(&task)).await
    };
    match tokio::time::timeout(limits.timeout, work).await {
        Err(_) => error(StatusCode::SERVICE_UNAVAILABLE, "timed out"),
        Ok(Err(e)) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        Ok(Ok(Err(refusal))) => error(StatusCode::BAD_REQUEST, refusal.0),
        Ok(Ok(Ok(answer))) => (StatusCode::OK, Json(json!(answer))),
    }
}

async fn health<K: Kind, M: Model<K>>(State(shared): State<Shared<K, M>>) -> Json<Value> {
    Json(
        json!({ "status": "ok", "model": shared.model.name(), "inferenceType": K::INFERENCE_TYPE }),
    )
}

async fn schema<K: Kind>() -> Json<Value> {
    Json(tensora_subnet::schemas::<K>())
}

/// The server's routes for `model`.
pub fn router<K: Kind, M: Model<K>>(model: M, limits: Limits) -> Router {
    let shared = Shared::<K, M> {
        model: Arc::new(model),
        limits,
        _kind: PhantomData,
    };
    Router::new()
        .route(K::ROUTE, post(answer::<K, M>))
        .route("/health", get(health::<K, M>))
        .route("/schema", get(schema::<K>))
        .layer(DefaultBodyLimit::max(limits.max_body))
        .with_state(shared)
}

/// The file name an output answered by hash is kept under: its keccak256, `0x`-hex, `.json`.
pub fn output_file(hash: alloy::primitives::B256) -> String {
    format!("{hash}.json")
}

/// `GET /outputs/{file}`: the files of `dir` named as [`output_file`] names them (any other name
/// is 404, so nothing else in the directory is served).
pub fn outputs(dir: std::path::PathBuf) -> Router {
    let dir = Arc::new(dir);
    Router::new().route(
        "/outputs/{file}",
        get(
            move |axum::extract::Path(file): axum::extract::Path<String>| {
                let dir = Arc::clone(&dir);
                async move {
                    let named = file.strip_suffix(".json").is_some_and(|hex| {
                        hex.len() == 66
                            && hex.starts_with("0x")
                            && hex[2..]
                                .bytes()
                                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
                    });
                    let body = if named {
                        tokio::fs::read(dir.join(&file)).await.ok()
                    } else {
                        None
                    };
                    match body {
                        Some(body) => (
                            StatusCode::OK,
                            [(axum::http::header::CONTENT_TYPE, "application/json")],
                            body,
                        ),
                        None => (
                            StatusCode::NOT_FOUND,
                            [(axum::http::header::CONTENT_TYPE, "text/plain")],
                            b"no such output".to_vec(),
                        ),
                    }
                }
            },
        ),
    )
}

/// The URL validators POST tasks to, for kind `K` served on `local`; `None` for the host when
/// `local` listens on every interface (the operator must name a reachable address).
pub fn endpoint<K: Kind>(local: SocketAddr) -> (String, bool) {
    let unspecified = local.ip().is_unspecified();
    let host = match local {
        _ if unspecified => "<this-host>".to_owned(),
        SocketAddr::V6(v6) => format!("[{}]", v6.ip()),
        SocketAddr::V4(v4) => v4.ip().to_string(),
    };
    (
        format!("http://{host}:{}{}", local.port(), K::ROUTE),
        unspecified,
    )
}

/// Serves `router` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}
