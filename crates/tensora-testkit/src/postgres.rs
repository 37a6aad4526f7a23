//! A throwaway PostgreSQL cluster for tests (Debian's `postgresql`, installed by
//! `script/setup.sh`): `initdb` into a fresh directory, the server on a free loopback port with
//! its socket in that directory, trust authentication for the `postgres` user, and everything
//! stopped and deleted on drop. PostgreSQL refuses to run as root, so as root the server
//! commands run as the `postgres` user (`runuser -u postgres`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::Error;

/// A running cluster; stopped and deleted on drop.
#[derive(Debug)]
pub struct PostgresCluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    as_postgres: bool,
    durable: bool,
}

/// The directory of the newest installed PostgreSQL's programs.
fn bin_dir() -> Result<PathBuf, Error> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| {
            "PostgreSQL is not installed (no /usr/lib/postgresql): run script/setup.sh, which installs Debian's postgresql"
        })?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("pg_ctl").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, bin)| bin)
        .ok_or_else(|| "no pg_ctl under /usr/lib/postgresql/*/bin: reinstall postgresql".into())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

impl PostgresCluster {
    /// Creates and starts a cluster for tests: fsync off (a crash of the machine may lose it;
    /// nothing a test checks depends on the disk).
    pub fn start() -> Result<Self, Error> {
        Self::create(false)
    }

    /// Creates and starts a cluster with PostgreSQL's durable defaults (fsync on), for
    /// benchmarks that compare it with SQLite.
    pub fn start_durable() -> Result<Self, Error> {
        Self::create(true)
    }

    fn create(durable: bool) -> Result<Self, Error> {
        static STARTED: AtomicU32 = AtomicU32::new(0);
        let bin = bin_dir()?;
        let dir = std::env::temp_dir().join(format!(
            "tensora-pg-{}-{}",
            std::process::id(),
            STARTED.fetch_add(1, Ordering::SeqCst)
        ));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let cluster = Self {
            bin,
            dir,
            port,
            as_postgres: is_root(),
            durable,
        };
        let dir = cluster.dir.to_string_lossy().into_owned();
        cluster.server(
            "initdb",
            &[
                "-D",
                &dir,
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        )?;
        cluster.pg_ctl("start")?;
        Ok(cluster)
    }

    /// Runs one of the server's programs (as `postgres` when root).
    fn server(&self, program: &str, args: &[&str]) -> Result<(), Error> {
        let path = self.bin.join(program);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        // Run from a directory the postgres user may enter.
        let out = command.args(args).current_dir("/").output()?;
        if !out.status.success() {
            return Err(format!(
                "{program} {}: {}{}",
                args.join(" "),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
        Ok(())
    }

    fn pg_ctl(&self, action: &str) -> Result<(), Error> {
        let dir = self.dir.to_string_lossy().into_owned();
        let log = self.dir.join("server.log").to_string_lossy().into_owned();
        let mut options = format!("-p {} -k {dir} -c listen_addresses=127.0.0.1", self.port);
        if !self.durable {
            options.push_str(" -c fsync=off -c full_page_writes=off");
        }
        self.server(
            "pg_ctl",
            &[
                "-D", &dir, "-l", &log, "-w", "-m", "fast", "-o", &options, action,
            ],
        )
    }

    /// Stops the server and starts it again: every open connection is closed.
    pub fn restart(&self) -> Result<(), Error> {
        self.pg_ctl("restart")
    }

    /// Creates database `name` and returns its connection string.
    pub fn database(&self, name: &str) -> Result<String, Error> {
        let port = self.port.to_string();
        let out = Command::new(self.bin.join("createdb"))
            .args(["-h", "127.0.0.1", "-p", &port, "-U", "postgres", name])
            .output()?;
        if !out.status.success() {
            return Err(
                format!("createdb {name}: {}", String::from_utf8_lossy(&out.stderr)).into(),
            );
        }
        Ok(format!(
            "host=127.0.0.1 port={} user=postgres dbname={name}",
            self.port
        ))
    }

    /// Its data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for PostgresCluster {
    fn drop(&mut self) {
        let dir = self.dir.to_string_lossy().into_owned();
        let _ = self.server("pg_ctl", &["-D", &dir, "-w", "-m", "immediate", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
