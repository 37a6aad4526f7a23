//! `tensora miner serve`: a miner's HTTP inference server ([`tensora_services::miner`]) for a
//! subnet kind: Predictia (`POST /predict`, the seed's `price_prediction` task, answered with the
//! selected model's forecast), Linguista (`POST /infer`, the seed's `translation` task or a
//! `summarization` task) or Visiona (`POST /infer`, the seed's `classify` task on a 28 x 28
//! image, answered by an ONNX classifier, or a `detect_text` task, answered by PP-OCRv4, both
//! through tract). `GET /health` reports liveness and the
//! model; `GET /schema` the task and answer JSON schemas. Requests are bounded in size (64 KiB)
//! and in time (each answer within `--timeout-ms`). With `--outputs-dir` it also serves the outputs
//! `tensora miner answer` answered escrowed requests with by hash. Ctrl-C or SIGTERM stops it
//! gracefully (exit 0).

use std::net::SocketAddr;
use std::time::Duration;

use tensora_services::miner::{self, Limits};
use tensora_subnet::{Kind, Model};

use super::CliResult;
use super::miner_model::{self, ModelArgs, WithModel};

/// Flags of `tensora miner serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:9101")]
    listen: SocketAddr,
    #[command(flatten)]
    model: ModelArgs,
    /// Longest time an answer may take before the server gives up.
    #[arg(long, default_value_t = 5000)]
    timeout_ms: u64,
    /// Artificial delay before answering (to simulate a slow miner).
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// Also serve `GET /outputs/<hash>.json` from this directory: the outputs `tensora miner
    /// answer --outputs-dir` answered escrowed requests with by hash (too large to go on chain).
    #[arg(long)]
    outputs_dir: Option<std::path::PathBuf>,
}

/// The router for the loaded model, and what the operator is told about it.
struct Served {
    router: axum::Router,
    endpoint: fn(SocketAddr) -> (String, bool),
    inference_type: &'static str,
    label: String,
}

struct Route(Limits);

impl WithModel for Route {
    type Output = Served;
    fn run<K: Kind, M: Model<K>>(self, model: M, label: String) -> Served {
        Served {
            router: miner::router::<K, M>(model, self.0),
            endpoint: miner::endpoint::<K>,
            inference_type: K::INFERENCE_TYPE,
            label,
        }
    }
}

pub(crate) async fn run(args: Args) -> CliResult {
    let limits = Limits {
        timeout: Duration::from_millis(args.timeout_ms),
        delay: Duration::from_millis(args.delay_ms),
        ..Limits::default()
    };
    if let Some(dir) = &args.outputs_dir {
        miner_model::check_outputs_dir(dir)?;
    }
    let mut served = miner_model::load(&args.model, Route(limits))?;
    if let Some(dir) = &args.outputs_dir {
        served.router = served.router.merge(miner::outputs(dir.clone()));
    }
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let local = listener.local_addr()?;
    let (endpoint, unspecified) = (served.endpoint)(local);
    tracing::info!(target: "tensora::miner", event = "listening", address = %local, endpoint, model = served.label, kind = served.inference_type);
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
    miner::serve(listener, served.router, super::stop_signal()?).await?;
    tracing::info!(target: "tensora::miner", event = "stopped", address = %local);
    Ok(())
}
