//! `tensora indexer run|serve`: the local indexer ([`tensora_indexer`]) for the deployment on the
//! RPC's chain. `run` ingests the suite's events into a SQLite file (or, with `--postgres`, a
//! PostgreSQL database) until it is caught up with
//! the head (minus `--confirmations`), or keeps following with `--follow`; `serve` does the same
//! and serves the subgraph's GraphQL API at `/graphql` and the Subnet Explorer ([`tensora_explorer`])
//! at `/` until Ctrl-C or SIGTERM. A killed run
//! resumes where it stopped; one database belongs to one chain and registry.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tensora_bindings::names;
use tensora_indexer::ingest::{Indexer, Sources, Step};
use tensora_indexer::{Schema, Store};

use super::CliResult;
use crate::context::{ChainArgs, Ctx};

/// Flags shared by both subcommands.
#[derive(Debug, clap::Args)]
pub(crate) struct IngestArgs {
    /// The SQLite database (default: tensora-index-<chainId>.sqlite in the current directory).
    #[arg(long, conflicts_with = "postgres")]
    db: Option<PathBuf>,
    /// Store in this PostgreSQL database instead of a SQLite file:
    /// postgresql://user[:password]@host[:port]/database, or host=… user=… dbname=…. Read from
    /// the environment variable rather than the command line when it holds a password; it is
    /// never printed. No TLS: use a database on this host or a private network.
    #[arg(long, env = "TENSORA_INDEXER_POSTGRES", hide_env_values = true)]
    postgres: Option<String>,
    /// Blocks behind the head left alone until they are this deep.
    #[arg(long, default_value_t = 2)]
    confirmations: u64,
    /// Most blocks per eth_getLogs request.
    #[arg(long, default_value_t = 2000)]
    range: u64,
    /// Seconds between polls once caught up (and after an RPC error).
    #[arg(long, default_value_t = 2)]
    poll_seconds: u64,
    #[command(flatten)]
    chain: ChainArgs,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Ingest the suite's events until caught up (or, with --follow, keep following the chain).
    Run {
        /// Keep following new blocks until Ctrl-C or SIGTERM.
        #[arg(long)]
        follow: bool,
        #[command(flatten)]
        ingest: IngestArgs,
    },
    /// Ingest and serve the GraphQL API at http://<listen>/graphql and the explorer at
    /// http://<listen>/ until Ctrl-C or SIGTERM.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8000")]
        listen: SocketAddr,
        /// A block explorer's transaction URL with {} for the hash, linked from the explorer's
        /// epochs and slashes (for example https://optimistic.etherscan.io/tx/{}).
        #[arg(long, value_parser = tx_url)]
        tx_url: Option<String>,
        #[command(flatten)]
        ingest: IngestArgs,
    },
}

/// `--tx-url`: an http(s) URL with one `{}` where the transaction hash goes.
fn tx_url(s: &str) -> Result<String, String> {
    if !(s.starts_with("https://") || s.starts_with("http://")) || s.matches("{}").count() != 1 {
        return Err(format!(
            "{s:?} is not a transaction URL: give an http(s) URL with one {{}} where the hash goes, like https://optimistic.etherscan.io/tx/{{}}"
        ));
    }
    Ok(s.to_owned())
}

/// Opens the database for the chain and builds the indexer over it.
async fn open(
    args: &IngestArgs,
) -> Result<(Indexer, Arc<Mutex<Store>>, String), crate::context::CliError> {
    if args.range == 0 {
        return Err("--range must be at least 1 block".into());
    }
    let ctx = Ctx::read(&args.chain).await?;
    let chain_id = ctx.deployment.chain_id;
    let registry = ctx.address(names::SUBNET_REGISTRY)?;
    let mut store = match &args.postgres {
        Some(url) => Store::postgres(url, Schema::subgraph()?)
            .map_err(|e| format!("opening the index database in PostgreSQL (--postgres): {e}"))?,
        None => {
            let path = args
                .db
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("tensora-index-{chain_id}.sqlite")));
            Store::open(&path, Schema::subgraph()?)
                .map_err(|e| format!("opening the index database {}: {e}", path.display()))?
        }
    };
    store.bind("chainId", &chain_id.to_string())?;
    store.bind("registry", &format!("{registry:#x}"))?;
    let store = Arc::new(Mutex::new(store));
    let mut indexer = Indexer::new(
        ctx.provider.clone(),
        Arc::clone(&store),
        Sources::from_record(&ctx.deployment)?,
    )?;
    indexer.confirmations = args.confirmations;
    indexer.range = args.range;
    Ok((indexer, store, format!("tensora-{chain_id}")))
}

/// One step, logged; `true` once caught up.
async fn step(indexer: &mut Indexer) -> Result<bool, tensora_indexer::Error> {
    match indexer.step().await? {
        Step::Indexed { from, to, events } => {
            tracing::info!(target: "tensora::indexer", event = "indexed", from, to, events);
            Ok(false)
        }
        Step::RolledBack { to } => {
            tracing::warn!(target: "tensora::indexer", event = "reorg", rolled_back_to = to);
            Ok(false)
        }
        Step::CaughtUp { at } => {
            tracing::debug!(target: "tensora::indexer", event = "caught_up", at);
            Ok(true)
        }
    }
}

/// Follows the chain until `stop` completes; RPC failures are logged and retried.
async fn follow(
    indexer: &mut Indexer,
    poll: Duration,
    stop: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(stop);
    loop {
        let wait = match step(indexer).await {
            Ok(caught_up) => caught_up,
            Err(e) => {
                tracing::warn!(target: "tensora::indexer", event = "error", error = %e);
                true
            }
        };
        if wait {
            tokio::select! {
                () = &mut stop => return,
                () = tokio::time::sleep(poll) => {}
            }
        }
    }
}

pub(crate) async fn run(command: Command) -> CliResult {
    match command {
        Command::Run {
            follow: keep,
            ingest,
        } => {
            let (mut indexer, store, _) = open(&ingest).await?;
            if keep {
                follow(
                    &mut indexer,
                    Duration::from_secs(ingest.poll_seconds),
                    super::stop_signal()?,
                )
                .await;
            } else {
                while !step(&mut indexer).await? {}
            }
            let cursor = store
                .lock()
                .map_err(|_| "the index database is unavailable")?
                .cursor()?;
            crate::output::result(
                &format!(
                    "indexed up to block {}",
                    cursor.as_ref().map_or(0, |c| c.number)
                ),
                &serde_json::json!({"block": cursor.map(|c| serde_json::json!({"number": c.number, "hash": c.hash}))}),
            );
            Ok(())
        }
        Command::Serve {
            listen,
            tx_url,
            ingest,
        } => {
            let (mut indexer, store, deployment) = open(&ingest).await?;
            let schema = tensora_indexer::graphql::build(store, &deployment)?;
            let explorer = tensora_explorer::Config {
                network: deployment.clone(),
                tx_url,
            };
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
            let local = listener.local_addr()?;
            let router =
                tensora_indexer::http::router(schema).merge(tensora_explorer::router(explorer));
            let server = tokio::spawn(async move { axum::serve(listener, router).await });
            let url = format!("http://{local}/graphql");
            let explorer_url = format!("http://{local}/");
            tracing::info!(target: "tensora::indexer", event = "listening", url = %url, explorer = %explorer_url);
            crate::output::result(
                &format!(
                    "the subgraph's GraphQL API, indexing as it serves, and the explorer at {explorer_url}; Ctrl-C or SIGTERM stops it.\nready {url}"
                ),
                &serde_json::json!({"ready": true, "url": url, "explorer": explorer_url}),
            );
            follow(
                &mut indexer,
                Duration::from_secs(ingest.poll_seconds),
                super::stop_signal()?,
            )
            .await;
            server.abort();
            tracing::info!(target: "tensora::indexer", event = "stopped");
            Ok(())
        }
    }
}
