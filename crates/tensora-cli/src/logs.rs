//! Service logs (`miner serve`, `validator run`, `coordinator run`) through `tracing`: one JSON
//! object per line on stdout under `--json` (the event's fields at the top level, with
//! `timestamp`, `level` and `target`), terminal lines otherwise. `RUST_LOG` filters; by default
//! only Tensora's own events at `info` and above are shown.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// What is shown without `RUST_LOG`.
const DEFAULT_FILTER: &str = "off,tensora=info";

/// Installs the subscriber once, for the whole process.
pub(crate) fn init(json: bool) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stdout);
    let _ = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .try_init()
    } else {
        builder
            .with_ansi(std::io::stdout().is_terminal())
            .try_init()
    };
}
