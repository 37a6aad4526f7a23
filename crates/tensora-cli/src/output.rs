//! The one output layer. `--json` (global) switches every command to machine-readable output:
//! results are one JSON object per line on stdout, progress and notices go to stderr, and errors
//! are `{"error": "..."}` on stderr. A closed stdout or stderr never turns into a panic (writes
//! that fail are dropped: the reader has gone).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Value, json};

static JSON: AtomicBool = AtomicBool::new(false);

/// Set once from the global `--json` flag.
pub(crate) fn set_json(on: bool) {
    JSON.store(on, Ordering::Relaxed);
}

/// Whether `--json` was given.
pub(crate) fn json() -> bool {
    JSON.load(Ordering::Relaxed)
}

/// A command's result: `text` for people, or `value` under `--json`.
pub(crate) fn result(text: &str, value: &Value) {
    if json() {
        let _ = writeln!(std::io::stdout(), "{value}");
    } else {
        let _ = writeln!(std::io::stdout(), "{text}");
    }
}

/// A progress line for people: stdout, or stderr under `--json` so stdout stays JSON.
pub(crate) fn progress(text: &str) {
    if json() {
        let _ = writeln!(std::io::stderr(), "{text}");
    } else {
        let _ = writeln!(std::io::stdout(), "{text}");
    }
}

/// A warning or a "using ..." notice, always on stderr.
pub(crate) fn notice(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// The error a command ended with: `error: ...`, or `{"error": "..."}` under `--json`.
/// With the next step when `hints` knows one (`"next"` under `--json`).
pub(crate) fn error(err: &dyn std::fmt::Display) {
    let message = err.to_string();
    let next = crate::hints::next_step(&message);
    if json() {
        let value = match next {
            Some(next) => json!({ "error": message, "next": next }),
            None => json!({ "error": message }),
        };
        let _ = writeln!(std::io::stderr(), "{value}");
    } else {
        let _ = writeln!(std::io::stderr(), "error: {message}");
        if let Some(next) = next {
            let _ = writeln!(std::io::stderr(), "  next: {next}");
        }
    }
}
