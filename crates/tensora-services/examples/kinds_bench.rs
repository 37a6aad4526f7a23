//! The subnet-kind benchmark (`script/bench.sh` runs it in release): per kind,
//!
//! 1. each model's answer latency as a validator sees it: real tasks (S&P 500 windows; Bible
//!    verses; Fashion-MNIST test images to classify; rendered text images to read) POSTed one after another over loopback HTTP to the real
//!    miner server, p50 / p95 / mean;
//! 2. the validator's time to score 256 miners: the epoch's tasks sent to 256 miner endpoints
//!    (`ask_all` per miner, all miners at once, as `score_epoch` does) and their answers scored by
//!    the kind's scorer. The 256 endpoints are served by one real server per model, and those
//!    servers answer a task they already answered from a cache (the first answer is the model's),
//!    so this measures the validator's own cost (HTTP fan-out, parsing, scoring), not 256
//!    machines' model time on this one.
//!
//! 3. Visiona's text readers' mean `detect_text` quality (F1 x (1 - CER)) on the same rendered
//!    tasks, so the latency of each reader is seen next to what it buys.
//!
//! Writes `bench/results/kinds.json` next to the printed tables.

// A benchmark prints its table.
#![allow(clippy::print_stdout)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tensora_linguista::{BibleTasks, Linguista};
use tensora_predictia::{Predictia, Series, SeriesTasks};
use tensora_services::miner::{self, Limits};
use tensora_services::validator::ask_all;
use tensora_subnet::{Kind, Model, Outcome, Refusal, Scorer, TaskSource};
use tensora_visiona::{
    FashionTasks, Miner, ModelName, Pen, ReaderName, TextTasks, Visiona, VisionaTasks,
};

type BenchResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// A model that answers a task it has answered before from memory.
struct Cached<K: Kind, M> {
    model: M,
    seen: Mutex<HashMap<String, K::Answer>>,
}

impl<K: Kind, M: Model<K>> Model<K> for Cached<K, M> {
    fn name(&self) -> &str {
        self.model.name()
    }

    fn answer(&self, task: &K::Task) -> Result<K::Answer, Refusal> {
        let key = serde_json::to_string(task).map_err(|e| Refusal(e.to_string()))?;
        if let Some(a) = self.seen.lock().ok().and_then(|s| s.get(&key).cloned()) {
            return Ok(a);
        }
        let answer = self.model.answer(task)?;
        if let Ok(mut seen) = self.seen.lock() {
            seen.insert(key, answer.clone());
        }
        Ok(answer)
    }
}

/// Serves `model` on a free loopback port; its task endpoint.
async fn start<K: Kind, M: Model<K>>(model: M) -> BenchResult<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let (endpoint, _) = miner::endpoint::<K>(listener.local_addr()?);
    let router = miner::router::<K, M>(model, Limits::default());
    tokio::spawn(miner::serve(listener, router, std::future::pending()));
    Ok(endpoint)
}

/// The `q`-quantile (nearest rank) of sorted `xs`, milliseconds.
fn quantile(xs: &[Duration], q: f64) -> f64 {
    let i = ((xs.len() as f64 * q).ceil() as usize).clamp(1, xs.len()) - 1;
    xs[i].as_secs_f64() * 1e3
}

#[derive(serde::Serialize)]
struct LatencyRow {
    kind: &'static str,
    model: String,
    tasks: usize,
    p50_ms: f64,
    p95_ms: f64,
    mean_ms: f64,
}

/// One model's answer latencies over `tasks`, asked one after another.
async fn latency<K: Kind, M: Model<K>>(
    model: M,
    name: &str,
    tasks: &[K::Task],
) -> BenchResult<LatencyRow> {
    let endpoint = start::<K, M>(model).await?;
    let http = reqwest::Client::new();
    let replies = ask_all::<K>(&http, &endpoint, tasks, Duration::from_secs(30)).await;
    let mut times = Vec::with_capacity(replies.len());
    for reply in replies {
        times.push(reply.map_err(|e| format!("{name}: {e}"))?.1);
    }
    times.sort();
    let mean = times.iter().map(Duration::as_secs_f64).sum::<f64>() / times.len() as f64 * 1e3;
    Ok(LatencyRow {
        kind: K::INFERENCE_TYPE,
        model: name.to_owned(),
        tasks: times.len(),
        p50_ms: quantile(&times, 0.5),
        p95_ms: quantile(&times, 0.95),
        mean_ms: mean,
    })
}

#[derive(serde::Serialize)]
struct ScoringRow {
    kind: &'static str,
    miners: usize,
    tasks: usize,
    ask_ms: f64,
    score_ms: f64,
    total_ms: f64,
    missed: usize,
}

/// The validator's time to ask and score `miners` miners on `tasks`, spread over `endpoints`.
async fn score_many<K: Kind>(
    endpoints: &[String],
    miners: usize,
    tasks: &[(K::Task, K::Truth)],
    scorer: &dyn Scorer<K>,
    timeout: Duration,
) -> BenchResult<ScoringRow> {
    let http = reqwest::Client::new();
    let asked: Arc<Vec<K::Task>> = Arc::new(tasks.iter().map(|(t, _)| t.clone()).collect());
    // Every server answers each task once before the clock starts (its cache fills).
    for endpoint in endpoints {
        ask_all::<K>(&http, endpoint, &asked, timeout).await;
    }
    let started = Instant::now();
    let mut handles = Vec::with_capacity(miners);
    for i in 0..miners {
        let (http, endpoint, asked) = (
            http.clone(),
            endpoints[i % endpoints.len()].clone(),
            Arc::clone(&asked),
        );
        handles.push(tokio::spawn(async move {
            ask_all::<K>(&http, &endpoint, &asked, timeout).await
        }));
    }
    let mut outcomes = Vec::with_capacity(miners);
    for handle in handles {
        outcomes.push(
            handle
                .await?
                .into_iter()
                .map(|r| match r {
                    Ok((answer, latency)) => Outcome::Answered { answer, latency },
                    Err(reason) => Outcome::Missed(reason),
                })
                .collect::<Vec<_>>(),
        );
    }
    let asked_in = started.elapsed();
    let truths: Vec<K::Truth> = tasks.iter().map(|(_, t)| t.clone()).collect();
    let scoring = Instant::now();
    let scores = scorer.scores(&outcomes, &truths, timeout);
    let scored_in = scoring.elapsed();
    assert_eq!(scores.len(), miners);
    Ok(ScoringRow {
        kind: K::INFERENCE_TYPE,
        miners,
        tasks: tasks.len(),
        ask_ms: asked_in.as_secs_f64() * 1e3,
        score_ms: scored_in.as_secs_f64() * 1e3,
        total_ms: (asked_in + scored_in).as_secs_f64() * 1e3,
        missed: outcomes
            .iter()
            .flatten()
            .filter(|o| matches!(o, Outcome::Missed(_)))
            .count(),
    })
}

fn cached<K: Kind, M: Model<K>>(model: M) -> Cached<K, M> {
    Cached {
        model,
        seen: Mutex::new(HashMap::new()),
    }
}

#[tokio::main]
async fn main() -> BenchResult {
    const MINERS: usize = 256;
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let data = std::env::var_os("TENSORA_DATA").map_or_else(
        || repo.join("node_modules/vega-datasets/data/sp500-2000.csv"),
        std::path::PathBuf::from,
    );
    let series = SeriesTasks {
        series: Series::load_csv(&data, "SPX")?,
        count: 40,
        window: 60,
        horizon: 1,
    };
    let verses = tensora_linguista::bible::aligned(&tensora_linguista::bible::BOOKS)?;
    let bible = |translations, summaries, repeats| BibleTasks {
        verses: verses.clone(),
        translations,
        summaries,
        repeats,
    };
    let tasks = |source: &dyn TaskSource<Linguista>| -> Vec<tensora_linguista::Task> {
        source.tasks(1).into_iter().map(|(t, _)| t).collect()
    };
    let forecasts: Vec<_> = series.tasks(1).into_iter().map(|(t, _)| t).collect();
    let (translations, summaries) = (tasks(&bible(40, 0, 0)), tasks(&bible(0, 40, 0)));

    use tensora_linguista::Model as L;
    use tensora_predictia::Model as P;
    let mut latencies = Vec::new();
    for model in [P::Naive, P::Holt, P::Ar] {
        latencies.push(latency::<Predictia, _>(model, model.name(), &forecasts).await?);
    }
    for model in [L::Apertium, L::WordByWord] {
        latencies.push(latency::<Linguista, _>(model, model.name(), &translations).await?);
    }
    for model in [L::TextRank, L::Lead] {
        latencies.push(latency::<Linguista, _>(model, model.name(), &summaries).await?);
    }
    let models_dir = std::env::var_os(tensora_visiona::model::MODELS_ENV).map_or_else(
        || repo.join("target/visiona-models"),
        std::path::PathBuf::from,
    );
    let fashion = FashionTasks {
        split: tensora_visiona::data::load(&tensora_visiona::data::dir(), "t10k")?,
        count: 40,
        choices: 10,
    };
    let images: Vec<_> = fashion.tasks(1).into_iter().map(|(t, _)| t).collect();
    for name in [ModelName::Mlp, ModelName::Linear] {
        let model = Miner::load(&models_dir, name, ReaderName::Ppocr)?;
        latencies.push(latency::<Visiona, _>(model, name.name(), &images).await?);
    }
    let text = TextTasks {
        pen: Arc::new(Pen::load()?),
        count: 40,
    };
    let rendered = text.tasks(1);
    let texts: Vec<_> = rendered.iter().map(|(t, _)| t.clone()).collect();
    let mut readers = Vec::new();
    for reader in [ReaderName::Ppocr, ReaderName::PpocrSmall] {
        let model = Miner::load(&models_dir, ModelName::Mlp, reader)?;
        let mut quality = 0.0;
        for (task, truth) in &rendered {
            let answer = model.answer(task).map_err(|r| r.0)?;
            quality += tensora_visiona::kind::task_quality(&answer, truth);
        }
        readers.push(serde_json::json!({
            "reader": reader.name(),
            "tasks": rendered.len(),
            "quality": quality / rendered.len() as f64,
        }));
        latencies.push(latency::<Visiona, _>(model, reader.name(), &texts).await?);
    }

    let predictia_servers = vec![
        start::<Predictia, _>(cached(P::Holt)).await?,
        start::<Predictia, _>(cached(P::Ar)).await?,
        start::<Predictia, _>(cached(P::Naive)).await?,
    ];
    let linguista_servers = vec![
        start::<Linguista, _>(cached(L::Apertium)).await?,
        start::<Linguista, _>(cached(L::WordByWord)).await?,
    ];
    let visiona_servers = vec![
        start::<Visiona, _>(cached(Miner::load(
            &models_dir,
            ModelName::Mlp,
            ReaderName::Ppocr,
        )?))
        .await?,
        start::<Visiona, _>(cached(Miner::load(
            &models_dir,
            ModelName::Linear,
            ReaderName::PpocrSmall,
        )?))
        .await?,
    ];
    let epoch = SeriesTasks { count: 8, ..series };
    let scoring = vec![
        score_many::<Predictia>(
            &predictia_servers,
            MINERS,
            &epoch.tasks(2),
            &tensora_predictia::Scoring,
            Duration::from_secs(12),
        )
        .await?,
        score_many::<Linguista>(
            &linguista_servers,
            MINERS,
            &bible(8, 0, 1).tasks(2),
            &tensora_linguista::Scoring,
            Duration::from_secs(5),
        )
        .await?,
        score_many::<Visiona>(
            &visiona_servers,
            MINERS,
            &VisionaTasks {
                classify: FashionTasks {
                    count: 8,
                    ..fashion
                },
                text: TextTasks { count: 2, ..text },
            }
            .tasks(2),
            &tensora_visiona::Scoring,
            Duration::from_secs(30),
        )
        .await?,
    ];

    let build = if cfg!(debug_assertions) {
        "debug build: numbers are not representative, run script/bench.sh"
    } else {
        "release build"
    };
    println!("miner answer latency over loopback HTTP ({build}, this machine)");
    println!(
        "{:<12} {:<13} {:>6} {:>9} {:>9} {:>9}",
        "kind", "model", "tasks", "p50 ms", "p95 ms", "mean ms"
    );
    for r in &latencies {
        println!(
            "{:<12} {:<13} {:>6} {:>9.2} {:>9.2} {:>9.2}",
            r.kind, r.model, r.tasks, r.p50_ms, r.p95_ms, r.mean_ms
        );
    }
    println!(
        "\nvalidator: ask and score {MINERS} miners (answers cached by the servers after the first)"
    );
    println!(
        "{:<12} {:>6} {:>6} {:>9} {:>9} {:>9} {:>7}",
        "kind", "miners", "tasks", "ask ms", "score ms", "total ms", "missed"
    );
    for r in &scoring {
        println!(
            "{:<12} {:>6} {:>6} {:>9.1} {:>9.1} {:>9.1} {:>7}",
            r.kind, r.miners, r.tasks, r.ask_ms, r.score_ms, r.total_ms, r.missed
        );
    }
    println!("\nVisiona detect_text quality, mean F1 x (1 - CER) over the rendered tasks above");
    println!("{:<13} {:>6} {:>8}", "reader", "tasks", "quality");
    for r in &readers {
        println!(
            "{:<13} {:>6} {:>8.4}",
            r["reader"].as_str().unwrap_or_default(),
            r["tasks"].as_u64().unwrap_or_default(),
            r["quality"].as_f64().unwrap_or_default()
        );
    }
    let out = repo.join("bench/results/kinds.json");
    std::fs::write(
        &out,
        serde_json::to_string_pretty(&serde_json::json!({
            "latency": latencies,
            "validator": scoring,
            "detect_text": readers,
        }))? + "\n",
    )?;
    println!("\nJSON: bench/results/kinds.json");
    Ok(())
}
