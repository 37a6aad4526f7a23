//! Why the devnet or its bundler did not start, each with what to do about it.

use std::path::PathBuf;

use tensora_client::canonical::CanonicalError;
use tensora_client::{ReadError, TxError};

/// Why the devnet (or the bundler next to it) could not start, be set up or stop.
#[derive(Debug, thiserror::Error)]
pub enum DevnetError {
    /// Something already listens on the port.
    #[error(
        "port {port} on {host} is not free ({source}): another node (or devnet) is listening there; stop it or pass --port <free port>"
    )]
    PortBusy {
        /// The interface.
        host: String,
        /// The port.
        port: u16,
        /// The cause.
        source: std::io::Error,
    },
    /// The host is not something a URL can name.
    #[error("--host {host} is not an IP address or host name; pass e.g. --host 127.0.0.1")]
    BadHost {
        /// The host.
        host: String,
    },
    /// The program could not be started.
    #[error("cannot start {} ({source}); run `source script/setup.sh` or pass --{flag}", program.display())]
    Spawn {
        /// The binary.
        program: PathBuf,
        /// The flag that names another one.
        flag: &'static str,
        /// The cause.
        source: std::io::Error,
    },
    /// anvil exited during start-up.
    #[error("anvil exited with {status}: {stderr}")]
    Exited {
        /// Its exit status.
        status: std::process::ExitStatus,
        /// What it printed.
        stderr: String,
    },
    /// The process did not answer in time.
    #[error("{what} did not answer on {url} within {seconds} s")]
    NotReady {
        /// anvil or alto.
        what: &'static str,
        /// Where it should answer.
        url: String,
        /// How long we waited.
        seconds: u64,
    },
    /// anvil did not stop on SIGTERM.
    #[error("anvil did not stop within 10 s; killed")]
    StopTimeout,
    /// Waiting on the process failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The node has no funded dev account.
    #[error("anvil has no dev accounts")]
    NoAccounts,
    /// A read failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// A setup transaction failed.
    #[error(transparent)]
    Tx(#[from] TxError),
    /// A canonical contract could not be installed.
    #[error(transparent)]
    Canonical(#[from] CanonicalError),
}

impl DevnetError {
    /// Wraps an I/O error with what was being done.
    pub(crate) fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> Self {
        let what = what.into();
        move |source| Self::Io { what, source }
    }
}
