//! `tensora miner serve`: a miner's HTTP inference server ([`tensora_services::miner`]) for a
//! subnet kind: Predictia (`POST /predict`, the seed's `price_prediction` task, answered with the
//! selected model's forecast), Linguista (`POST /infer`, the seed's `translation` task or a
//! `summarization` task) or Visiona (`POST /infer`, the seed's `classify` task on a 28 x 28
//! image, answered by an ONNX classifier, or a `detect_text` task, answered by PP-OCRv4, both
//! through tract). `GET /health` reports liveness and the
//! model; `GET /schema` the task and answer JSON schemas. Requests are bounded in size (64 KiB)
//! and in time (each answer within `--timeout-ms`). Ctrl-C or SIGTERM stops it gracefully (exit 0).

use std::net::SocketAddr;
use std::time::Duration;

use tensora_linguista::Linguista;
use tensora_predictia::Predictia;
use tensora_services::miner::{self, Limits};
use tensora_subnet::Kind;
use tensora_visiona::Visiona;

use super::{CliResult, KindArg};

/// Flags of `tensora miner serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:9101")]
    listen: SocketAddr,
    /// The subnet kind served: predictia (forecasts), linguista (translation, summaries) or
    /// visiona (image classification).
    #[arg(long, value_enum, default_value_t = KindArg::Predictia)]
    kind: KindArg,
    /// The model: for predictia naive, holt (default) or ar; for linguista apertium (default),
    /// word-by-word, textrank or lead; for visiona mlp (default) or linear.
    #[arg(long)]
    model: Option<String>,
    /// Visiona: the text reader for detect_text tasks, ppocr (default) or ppocr-small (the same
    /// PP-OCRv4 networks with the detector at 256 pixels: faster, misses small text).
    #[arg(long)]
    ocr: Option<String>,
    /// Visiona: the directory of the trained ONNX models (default: TENSORA_VISIONA_MODELS, or a
    /// checkout's target/visiona-models).
    #[arg(long)]
    models: Option<std::path::PathBuf>,
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
    if !matches!(args.kind, KindArg::Visiona) && (args.ocr.is_some() || args.models.is_some()) {
        return Err("--ocr and --models apply to --kind visiona only".into());
    }
    match args.kind {
        KindArg::Predictia => {
            let model: tensora_predictia::Model =
                args.model.as_deref().unwrap_or("holt").parse()?;
            let router = miner::router::<Predictia, _>(model, limits);
            serve::<Predictia>(&args, router, model.name()).await
        }
        KindArg::Linguista => {
            let model: tensora_linguista::Model =
                args.model.as_deref().unwrap_or("apertium").parse()?;
            let router = miner::router::<Linguista, _>(model, limits);
            serve::<Linguista>(&args, router, model.name()).await
        }
        KindArg::Visiona => {
            let name: tensora_visiona::ModelName =
                args.model.as_deref().unwrap_or("mlp").parse()?;
            let reader: tensora_visiona::ReaderName =
                args.ocr.as_deref().unwrap_or("ppocr").parse()?;
            let dir = crate::locate::visiona_models(args.models.clone())?;
            let model = tensora_visiona::Miner::load(&dir, name, reader)?;
            let label = tensora_subnet::Model::<Visiona>::name(&model).to_owned();
            let router = miner::router::<Visiona, _>(model, limits);
            serve::<Visiona>(&args, router, &label).await
        }
    }
}

async fn serve<K: Kind>(args: &Args, router: axum::Router, model: &str) -> CliResult {
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let local = listener.local_addr()?;
    let (endpoint, unspecified) = miner::endpoint::<K>(local);
    tracing::info!(target: "tensora::miner", event = "listening", address = %local, endpoint, model, kind = K::INFERENCE_TYPE);
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
    miner::serve(listener, router, super::stop_signal()?).await?;
    tracing::info!(target: "tensora::miner", event = "stopped", address = %local);
    Ok(())
}
