//! `tensora query`: a dApp's request to a subnet, as the seeds show it. It finds the subnet by name
//! (or id) in the registry, ranks its miners by their last verified consensus (`--by score`) or by
//! the round trip of their server's `GET /health` measured now (`--by latency`), asks the best
//! `--top` of them in order, each within `--timeout-ms`, and prints the first usable answer with
//! the miner that gave it and the ones that failed before it ([`tensora_client::query`]).
//!
//! The task is the kind's JSON (`GET /schema` on any miner shows its shape): checked before anything
//! is sent for the kinds this CLI knows (Predictia `time-series`, Linguista `nlp`, Visiona
//! `vision`), and passed
//! through as it is for other inference types, whose answers are then only required to be JSON.

use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;
use serde_json::{Value, json};
use tensora_bindings::{Subnet, names};
use tensora_client::query::{self, Answered, Candidate, Rank};
use tensora_linguista::Linguista;
use tensora_predictia::Predictia;
use tensora_subnet::{Kind, Scorer};
use tensora_visiona::Visiona;

use super::CliResult;
use crate::context::{ChainArgs, CliError, Ctx};

/// How to rank the miners (`--by`).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum RankArg {
    /// Highest last verified consensus first.
    Score,
    /// Fastest `GET /health` round trip first.
    Latency,
}

/// Flags of `tensora query`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The subnet: its name (e.g. `Linguista`, any case) or its id.
    #[arg(long)]
    subnet: String,
    /// The task as a JSON file (`-` for standard input).
    #[arg(long)]
    task: PathBuf,
    /// How to rank the miners.
    #[arg(long, value_enum, default_value_t = RankArg::Score)]
    by: RankArg,
    /// How many of the best miners to try, in order.
    #[arg(long, default_value_t = 3)]
    top: usize,
    /// How long each miner has to answer (default: the subnet's task timeout).
    #[arg(long)]
    timeout_ms: Option<u64>,
    #[command(flatten)]
    chain: ChainArgs,
}

/// The task file's JSON, or a clear error.
fn read_task(path: &std::path::Path) -> Result<Value, CliError> {
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
            .map_err(|e| format!("reading the task from standard input: {e}"))?
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the task file {}: {e}", path.display()))?
    };
    Ok(serde_json::from_str(&text)
        .map_err(|e| format!("the task file {} is not JSON: {e}", path.display()))?)
}

/// The task as kind `K`'s task, or an error naming what is wrong with it.
fn typed_task<K: Kind>(task: Value, subnet: &str) -> Result<K::Task, CliError> {
    Ok(serde_json::from_value(task).map_err(|e| {
        format!(
            "the task is not a {} task for {subnet}: {e} (a miner's GET /schema shows the shape)",
            K::INFERENCE_TYPE
        )
    })?)
}

pub(crate) async fn run(args: Args) -> CliResult {
    if args.top == 0 {
        return Err("--top must be at least 1".into());
    }
    let task = read_task(&args.task)?;
    let ctx = Ctx::read(&args.chain).await?;
    let found = query::find_subnet(
        &ctx.provider,
        ctx.address(names::SUBNET_REGISTRY)?,
        &args.subnet,
    )
    .await?;
    let (name, kind) = (
        found.record.name.clone(),
        found.record.inferenceType.clone(),
    );
    let instance = found.record.instance;
    let timeout = match args.timeout_ms {
        Some(0) => return Err("--timeout-ms must be at least 1".into()),
        Some(ms) => Duration::from_millis(ms),
        None => Duration::from_secs(
            u64::from(
                Subnet::new(instance, &ctx.provider)
                    .hyperparameters()
                    .call()
                    .await?
                    .taskTimeout,
            )
            .max(1),
        ),
    };
    let rank = match args.by {
        RankArg::Score => Rank::Score,
        RankArg::Latency => Rank::Latency,
    };
    let http = reqwest::Client::new();
    let candidates = query::top_miners(
        &ctx.provider,
        &http,
        instance,
        rank,
        args.top,
        timeout.min(Duration::from_secs(2)),
    )
    .await?;
    let ask = Ask {
        http: &http,
        candidates: &candidates,
        timeout,
    };
    let answered = if kind == Predictia::INFERENCE_TYPE {
        ask.kind::<Predictia>(
            typed_task::<Predictia>(task, &name)?,
            &tensora_predictia::Scoring,
        )
        .await?
    } else if kind == Linguista::INFERENCE_TYPE {
        ask.kind::<Linguista>(
            typed_task::<Linguista>(task, &name)?,
            &tensora_linguista::Scoring,
        )
        .await?
    } else if kind == Visiona::INFERENCE_TYPE {
        ask.kind::<Visiona>(
            typed_task::<Visiona>(task, &name)?,
            &tensora_visiona::Scoring,
        )
        .await?
    } else {
        crate::output::notice(&format!(
            "{name}'s inference type `{kind}` is not one this CLI knows (time-series, nlp, vision): the task goes as it is, and any JSON answer is accepted"
        ));
        query::ask_in_order(&http, &candidates, &task, timeout, |_: &Value| Ok(())).await?
    };
    report(&name, found.id, &kind, &candidates, &answered);
    Ok(())
}

/// One query's inputs, for any kind.
struct Ask<'a> {
    http: &'a reqwest::Client,
    candidates: &'a [Candidate],
    timeout: Duration,
}

impl Ask<'_> {
    /// Asks for `task` as kind `K`, keeping answers `scorer` accepts as well-formed.
    async fn kind<K: Kind>(
        &self,
        task: K::Task,
        scorer: &dyn Scorer<K>,
    ) -> Result<Answered<Value>, CliError> {
        let answered: Answered<K::Answer> =
            query::ask_in_order(self.http, self.candidates, &task, self.timeout, |a| {
                scorer.check(a)
            })
            .await?;
        Ok(to_json(answered))
    }
}

/// The answer as JSON, with who gave it and who failed.
fn to_json<A: Serialize>(answered: Answered<A>) -> Answered<Value> {
    Answered {
        answer: json!(answered.answer),
        miner: answered.miner,
        latency: answered.latency,
        failed: answered.failed,
    }
}

fn report(name: &str, id: u64, kind: &str, candidates: &[Candidate], answered: &Answered<Value>) {
    let m = &answered.miner;
    let mut text = String::new();
    for f in &answered.failed {
        text.push_str(&format!(
            "miner uid {} at {} failed: {}\n",
            f.uid, f.endpoint, f.reason
        ));
    }
    text.push_str(&format!(
        "answer from {name} (subnet {id}, {kind}) miner uid {} {} at {} in {} ms (consensus weight {:.1}%{}):\n{}",
        m.uid,
        m.account,
        m.endpoint,
        answered.latency.as_millis(),
        f64::from(m.score) / 655.35,
        m.latency
            .map(|l| format!(", health round trip {} ms", l.as_millis()))
            .unwrap_or_default(),
        serde_json::to_string_pretty(&answered.answer).unwrap_or_default()
    ));
    crate::output::result(
        &text,
        &json!({
            "subnet": id, "name": name, "inferenceType": kind,
            "answer": answered.answer,
            "miner": m,
            "latencyMs": answered.latency.as_secs_f64() * 1e3,
            "failed": answered.failed,
            "candidates": candidates,
        }),
    );
}
