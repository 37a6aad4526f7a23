//! The indexer's query benchmark (`script/bench.sh` runs it in release): a SQLite store on disk
//! with 1,000 subnets (one in ten deactivated) and 100,000 miners (100 per subnet), then each
//! query below asked 1,000 times through the GraphQL schema (parse, validate, SQL, JSON), with
//! p50 / p99 / max latency. The first is the seeds' discovery query, word for word. Then the same
//! in PostgreSQL (a local cluster of the bench's own, fsync on).
//!
//! Writes `bench/results/indexer.json` next to the printed tables.

// A benchmark prints its table.
#![allow(clippy::print_stdout)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tensora_indexer::{Row, Schema, Store, graphql, zero_row};
use tensora_testkit::postgres::PostgresCluster;

type BenchResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

const SUBNETS: usize = 1_000;
const MINERS_PER_SUBNET: usize = 100;
const RUNS: usize = 1_000;

fn row(schema: &Schema, entity: &str, values: Value) -> BenchResult<Row> {
    let mut row = zero_row(schema.entity(entity).ok_or("no such entity")?);
    if let Value::Object(m) = values {
        row.extend(m);
    }
    Ok(row)
}

fn quantile(xs: &[Duration], q: f64) -> f64 {
    let i = ((xs.len() as f64 * q).ceil() as usize).clamp(1, xs.len()) - 1;
    xs[i].as_secs_f64() * 1e3
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> BenchResult {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!("tensora-indexer-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let schema = Schema::subgraph()?;
    let sqlite = Store::open(&dir.join("index.sqlite"), schema.clone())?;
    let on_sqlite = measure("SQLite on disk", sqlite).await?;
    let cluster = PostgresCluster::start_durable().map_err(|e| e.to_string())?;
    let url = cluster.database("bench").map_err(|e| e.to_string())?;
    let postgres = Store::postgres(&url, schema)?;
    let on_postgres = measure("PostgreSQL on loopback, fsync on", postgres).await?;
    drop(cluster);
    std::fs::remove_dir_all(&dir)?;
    let out = repo.join("bench/results/indexer.json");
    std::fs::create_dir_all(out.parent().ok_or("no parent")?)?;
    let results = json!({"sqlite": on_sqlite, "postgres": on_postgres});
    std::fs::write(&out, serde_json::to_string_pretty(&results)? + "\n")?;
    println!("\nJSON: bench/results/indexer.json");
    Ok(())
}

/// Fills `store` with the subnets and miners, asks each query [`RUNS`] times and prints the
/// table; the rows as JSON.
async fn measure(name: &str, mut store: Store) -> BenchResult<Value> {
    let schema = store.schema().clone();
    let filled = Instant::now();
    let mut state = 0x5eed_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    store.write_block(1, "0x01", |w| {
        for s in 0..SUBNETS {
            let id = s.to_string();
            let r = row(
                &schema,
                "Subnet",
                json!({
                    "name": format!("subnet-{s}"), "inferenceType": "nlp",
                    "emissionWeight": next() % 10_000, "active": s % 10 != 0,
                    "minerCount": MINERS_PER_SUBNET, "validatorCount": 8,
                    "createdAt": (1_700_000_000 + s).to_string(),
                    "hyperparameters": format!("{s}-0-0"),
                }),
            )
            .map_err(|e| tensora_indexer::Error::Query(e.to_string()))?;
            w.set("Subnet", &id, &r)?;
            for m in 0..MINERS_PER_SUBNET {
                let r = row(
                    &schema,
                    "Miner",
                    json!({"subnet": id, "uid": m, "bond": (next() % 1_000_000).to_string(),
                           "account": format!("0x{:040x}", s * MINERS_PER_SUBNET + m),
                           "endpoint": format!("http://m{m}.s{s}/infer"), "registered": true}),
                )
                .map_err(|e| tensora_indexer::Error::Query(e.to_string()))?;
                w.set("Miner", &format!("{s}-{m}"), &r)?;
            }
        }
        Ok(())
    })?;
    let fill = filled.elapsed();
    let store = Arc::new(Mutex::new(store));
    let api = graphql::build(store, "bench")?;

    let queries = [
        (
            "seed discovery query",
            r#"{ subnets(where: { active: true }, orderBy: emissionWeight, orderDirection: desc) { id name inferenceType emissionWeight minerCount validatorCount createdAt } }"#,
        ),
        (
            "top 10 miners of a subnet by bond",
            r#"{ miners(first: 10, where: { subnet: "500" }, orderBy: bond, orderDirection: desc) { account uid bond endpoint } }"#,
        ),
        (
            "a subnet with its miners",
            r#"{ subnet(id: "500") { name miners { uid bond } } }"#,
        ),
        (
            "miners page by id_gt",
            r#"{ miners(first: 1000, where: { id_gt: "500-50" }) { id } }"#,
        ),
    ];
    println!(
        "\nindexer GraphQL queries ({}; {name}, {SUBNETS} subnets, {} miners, filled in {:.1} s)",
        if cfg!(debug_assertions) {
            "debug build: numbers are not representative, run script/bench.sh"
        } else {
            "release build"
        },
        SUBNETS * MINERS_PER_SUBNET,
        fill.as_secs_f64()
    );
    println!(
        "{:<36} {:>6} {:>8} {:>8} {:>8} {:>6}",
        "query", "runs", "p50 ms", "p99 ms", "max ms", "rows"
    );
    let mut results = Vec::new();
    for (name, query) in queries {
        let mut times = Vec::with_capacity(RUNS);
        let mut rows = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let response = graphql::execute(&api, async_graphql::Request::new(query)).await;
            times.push(started.elapsed());
            if !response.errors.is_empty() {
                return Err(format!("{name}: {:?}", response.errors).into());
            }
            let data = response.data.into_json()?;
            rows = data
                .as_object()
                .and_then(|o| o.values().next())
                .map_or(0, |v| match v {
                    Value::Array(a) => a.len(),
                    Value::Object(o) => o
                        .get("miners")
                        .and_then(Value::as_array)
                        .map_or(1, Vec::len),
                    _ => 0,
                });
        }
        times.sort();
        let (p50, p99, max) = (
            quantile(&times, 0.5),
            quantile(&times, 0.99),
            quantile(&times, 1.0),
        );
        println!("{name:<36} {RUNS:>6} {p50:>8.2} {p99:>8.2} {max:>8.2} {rows:>6}");
        results.push(json!({"query": name, "runs": RUNS, "p50_ms": p50, "p99_ms": p99, "max_ms": max, "rows": rows}));
    }
    Ok(json!({"fill_seconds": fill.as_secs_f64(), "queries": results}))
}
