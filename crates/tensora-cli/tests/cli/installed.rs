//! `tensora` as an installed binary: copied out of the build tree and run from an empty directory
//! with only anvil on `PATH` (as after `cargo install`). It finds anvil, deploys from the shipped
//! config, writes its record under the current directory, says what it cannot find, and the
//! devnet stops on SIGTERM.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use tensora_devnet::find_anvil;

use super::common::{DEV_KEY, text};

/// The copied binary, run in `cwd` with a clean environment: `PATH` is anvil's directory and the
/// system's, `HOME` a fresh directory, no `TENSORA_*`/`ETH_*` variables.
fn installed(bin: &Path, cwd: &Path, home: &Path, path: &str) -> Command {
    let mut cmd = Command::new(bin);
    cmd.current_dir(cwd)
        .env_clear()
        .env("PATH", path)
        .env("HOME", home);
    cmd
}

#[test]
fn installed_binary_works_from_an_empty_directory() -> Result<(), Box<dyn std::error::Error>> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let anvil = find_anvil(&repo);
    let anvil_dir = anvil.parent().ok_or("anvil has no directory")?;
    let root = std::env::temp_dir().join(format!("tensora-installed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (bin_dir, work, home) = (root.join("bin"), root.join("work"), root.join("home"));
    for dir in [&bin_dir, &work, &home] {
        std::fs::create_dir_all(dir)?;
    }
    let bin = bin_dir.join("tensora");
    std::fs::copy(env!("CARGO_BIN_EXE_tensora"), &bin)?;
    let path = format!("{}:/usr/bin:/bin", anvil_dir.display());
    let run = |args: &[&str]| installed(&bin, &work, &home, &path).args(args).output();

    // Without anvil anywhere, the devnet says where it looked and what to pass.
    let no_anvil = installed(&bin, &work, &home, "/usr/bin:/bin")
        .args(["devnet", "--port", "1"])
        .output()?;
    assert_eq!(no_anvil.status.code(), Some(1), "{}", text(&no_anvil));
    assert!(
        text(&no_anvil).contains("cannot find anvil") && text(&no_anvil).contains("--anvil"),
        "{}",
        text(&no_anvil)
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut devnet = installed(&bin, &work, &home, &path)
        .args(["devnet", "--port", &port.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = devnet.stdout.take().ok_or("no stdout")?;
    let (lines, ready) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let url = loop {
        let line = ready.recv_timeout(Duration::from_secs(60))?;
        if let Some(url) = line.strip_prefix("ready ") {
            break url.to_owned();
        }
    };
    assert_eq!(url, format!("http://127.0.0.1:{port}"));

    // A second devnet on the same port is refused instead of attaching to the first one.
    let busy = run(&["devnet", "--port", &port.to_string()])?;
    assert_eq!(busy.status.code(), Some(1), "{}", text(&busy));
    assert!(text(&busy).contains("not free"), "{}", text(&busy));

    let deploy = run(&["deploy", "--rpc-url", &url, "--private-key", DEV_KEY])?;
    assert!(deploy.status.success(), "{}", text(&deploy));
    assert!(
        text(&deploy).contains("the shipped devnet config"),
        "{}",
        text(&deploy)
    );
    assert!(work.join("deployments/901.json").is_file());

    // The shipped hyperparameter template needs no file either.
    let create = run(&[
        "subnet",
        "create",
        "--name",
        "Predictia",
        "--type",
        "time-series",
        "--hyperparameters",
        "predictia",
        "--approve",
        "--yes",
        "--rpc-url",
        &url,
        "--private-key",
        DEV_KEY,
    ])?;
    assert!(create.status.success(), "{}", text(&create));
    assert!(
        text(&create).contains("created subnet 1"),
        "{}",
        text(&create)
    );
    let list = run(&["subnet", "list", "--rpc-url", &url, "--json"])?;
    assert!(list.status.success(), "{}", text(&list));
    assert!(text(&list).contains("Predictia"), "{}", text(&list));
    // The records directory can also come from the environment.
    let elsewhere = installed(&bin, &home, &home, &path)
        .env("TENSORA_DEPLOYMENTS", work.join("deployments"))
        .args(["subnet", "list", "--rpc-url", &url])
        .output()?;
    assert!(elsewhere.status.success(), "{}", text(&elsewhere));
    let unrecorded = installed(&bin, &home, &home, &path)
        .args(["subnet", "list", "--rpc-url", &url])
        .output()?;
    assert_eq!(unrecorded.status.code(), Some(1), "{}", text(&unrecorded));

    // The validator's data set is not compiled in: outside a checkout it must be given.
    let validator = run(&[
        "validator",
        "run",
        "--subnet",
        "1",
        "--rpc-url",
        &url,
        "--private-key",
        DEV_KEY,
    ])?;
    assert_eq!(validator.status.code(), Some(1), "{}", text(&validator));
    assert!(text(&validator).contains("--data"), "{}", text(&validator));
    let csv = repo.join("node_modules/vega-datasets/data/sp500-2000.csv");
    let with_data = run(&[
        "validator",
        "run",
        "--subnet",
        "9",
        "--data",
        &csv.display().to_string(),
        "--rpc-url",
        &url,
        "--private-key",
        DEV_KEY,
    ])?;
    assert!(
        text(&with_data).contains("subnet 9 does not exist"),
        "{}",
        text(&with_data)
    );

    let status = Command::new("kill")
        .args(["-TERM", &devnet.id().to_string()])
        .status()?;
    assert!(status.success());
    let exit = devnet.wait()?;
    assert!(exit.success(), "devnet exited with {exit} on SIGTERM");
    assert!(
        std::net::TcpListener::bind(("127.0.0.1", port)).is_ok(),
        "anvil still holds the port after SIGTERM"
    );
    let _ = std::fs::remove_dir_all(&root);
    Ok(())
}

/// The shipped configs are compiled in as text; the records path defaults to the current
/// directory. Nothing in the CLI's sources reads the build tree's location at run time.
#[test]
fn no_compiled_in_source_paths() -> Result<(), Box<dyn std::error::Error>> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path)?;
                assert!(
                    !code.contains("CARGO_MANIFEST_DIR"),
                    "{} uses the build tree's path",
                    path.display()
                );
            }
        }
    }
    Ok(())
}
