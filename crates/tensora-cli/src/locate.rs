//! Where the CLI finds what lives outside its binary: the deployment records, the network
//! configs, anvil, alto and the validator's data set. No path of the source tree is compiled in, so
//! an installed `tensora` works from any directory: each location comes from a flag, then an
//! environment variable, then a search (the current directory and its parents for a Tensora
//! checkout's `node_modules`, then `PATH`). The shipped network configs are compiled in as text,
//! not as paths. Commands say which location they used.

use std::path::{Path, PathBuf};

use tensora_deploy::config::{HyperparametersConfig, NetworkConfig};

/// Environment variable naming the deployment records directory (`--deployments`).
pub(crate) const DEPLOYMENTS_ENV: &str = "TENSORA_DEPLOYMENTS";
/// Default records directory, relative to the current directory (like forge's `broadcast/`).
pub(crate) const DEFAULT_DEPLOYMENTS: &str = "deployments";

/// The network configs shipped with this release, compiled in: `(network, toml text)`.
const SHIPPED_CONFIGS: [(&str, &str); 2] = [
    (
        "devnet",
        include_str!("../../../deployments/config/devnet.toml"),
    ),
    (
        "mainnet",
        include_str!("../../../deployments/config/mainnet.toml"),
    ),
];

/// The subnet hyperparameter templates shipped with this release, compiled in: the seed's three
/// subnets, one file each (the demo and `subnet create --hyperparameters <name>` read them).
const SHIPPED_SUBNETS: [(&str, &str); 3] = [
    (
        "predictia",
        include_str!("../../../deployments/subnets/predictia.toml"),
    ),
    (
        "linguista",
        include_str!("../../../deployments/subnets/linguista.toml"),
    ),
    (
        "visiona",
        include_str!("../../../deployments/subnets/visiona.toml"),
    ),
];

/// Hyperparameters from `--hyperparameters`: a TOML file, or the name of a shipped template
/// (`predictia`, `linguista`, `visiona`) when no such file exists.
pub(crate) fn hyperparameters(arg: &Path) -> Result<HyperparametersConfig, String> {
    let (text, name) = if arg.is_file() {
        let text = std::fs::read_to_string(arg)
            .map_err(|e| format!("cannot read --hyperparameters {}: {e}", arg.display()))?;
        (text, arg.display().to_string())
    } else if let Some((name, text)) = SHIPPED_SUBNETS
        .iter()
        .find(|(name, _)| arg.as_os_str() == *name)
    {
        ((*text).to_owned(), format!("the shipped {name} template"))
    } else {
        let known: Vec<&str> = SHIPPED_SUBNETS.iter().map(|(name, _)| *name).collect();
        return Err(format!(
            "cannot read --hyperparameters {}: no such file, and not a shipped template ({})",
            arg.display(),
            known.join(", ")
        ));
    };
    toml::from_str(&text).map_err(|e| format!("--hyperparameters {name} is invalid: {e}"))
}

/// A shipped hyperparameter template by name.
pub(crate) fn shipped_hyperparameters(name: &str) -> Result<HyperparametersConfig, String> {
    hyperparameters(Path::new(name))
}

/// A network config and where it came from (for the "using ..." line).
pub(crate) struct LocatedConfig {
    pub(crate) config: NetworkConfig,
    pub(crate) source: String,
}

/// The config for `network`: `--config` when given, else `<deployments>/config/<network>.toml`
/// when that file exists (an operator's own), else the copy shipped in the binary.
pub(crate) fn network_config(
    explicit: Option<&Path>,
    deployments: &Path,
    network: &str,
) -> Result<LocatedConfig, String> {
    let load = |path: &Path| {
        NetworkConfig::load(path)
            .map(|config| LocatedConfig {
                config,
                source: path.display().to_string(),
            })
            .map_err(|e| e.to_string())
    };
    if let Some(path) = explicit {
        return load(path);
    }
    let local = deployments.join("config").join(format!("{network}.toml"));
    if local.is_file() {
        return load(&local);
    }
    shipped_config(network)
        .map(|config| LocatedConfig {
            config,
            source: format!("the shipped {network} config"),
        })
        .map_err(|e| format!("{e}; and there is no {}", local.display()))
}

/// The config of `network` shipped in the binary (devnet, mainnet).
pub(crate) fn shipped_config(network: &str) -> Result<NetworkConfig, String> {
    let Some((_, text)) = SHIPPED_CONFIGS.iter().find(|(name, _)| *name == network) else {
        let known: Vec<&str> = SHIPPED_CONFIGS.iter().map(|(name, _)| *name).collect();
        return Err(format!(
            "cannot read config for network `{network}`: no shipped config of that name \
             (shipped: {}); pass --config <file.toml>",
            known.join(", ")
        ));
    };
    NetworkConfig::parse(text, Path::new(&format!("<shipped {network}.toml>"))).map_err(|e| {
        format!(
            "{e}. The shipped {network} config is a template: write it out with \
             `tensora deploy --network {network} --print-config > {network}.toml`, edit it, and pass \
             --config {network}.toml"
        )
    })
}

/// The text of the shipped config of `network`, as a template to edit.
pub(crate) fn shipped_config_text(network: &str) -> Result<&'static str, String> {
    SHIPPED_CONFIGS
        .iter()
        .find(|(name, _)| *name == network)
        .map(|(_, text)| *text)
        .ok_or_else(|| {
            format!("no shipped config for network `{network}` (shipped: devnet, mainnet)")
        })
}

/// The current directory and its ancestors: where a checkout's `node_modules` may be.
fn here_and_up() -> Vec<PathBuf> {
    std::env::current_dir()
        .map(|dir| dir.ancestors().map(Path::to_path_buf).collect())
        .unwrap_or_default()
}

/// `name` on `PATH`, if it is there.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// A tool (anvil, alto): the explicit path, else `env`, else found by `search`, else on `PATH`;
/// with the flag and the install step to name when it is nowhere.
fn tool(
    explicit: Option<PathBuf>,
    env: &str,
    name: &str,
    search: impl Fn(&Path) -> Option<PathBuf>,
    flag: &str,
) -> Result<PathBuf, String> {
    if let Some(path) = explicit.or_else(|| std::env::var_os(env).map(PathBuf::from)) {
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "{} (from {flag} or {env}) is not a file",
                path.display()
            ))
        };
    }
    here_and_up()
        .iter()
        .find_map(|dir| search(dir))
        .or_else(|| on_path(name))
        .ok_or_else(|| {
            format!(
                "cannot find {name}: not on PATH and no Tensora checkout's node_modules above {}; \
                 pass {flag} <path> or set {env} (in a checkout, `script/setup.sh` installs it)",
                std::env::current_dir()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default()
            )
        })
}

/// anvil: `--anvil`, `TENSORA_ANVIL`, a checkout's `node_modules/@foundry-rs/anvil-*`, `PATH`.
pub(crate) fn anvil(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    tool(
        explicit,
        "TENSORA_ANVIL",
        "anvil",
        |dir| {
            let found = tensora_devnet::find_anvil(dir);
            found.is_absolute().then_some(found)
        },
        "--anvil",
    )
}

/// alto (the ERC-4337 bundler): `TENSORA_ALTO`, a checkout's `node_modules/.bin/alto`, `PATH`.
pub(crate) fn alto() -> Result<PathBuf, String> {
    tool(
        None,
        "TENSORA_ALTO",
        "alto",
        |dir| Some(dir.join("node_modules/.bin/alto")).filter(|p| p.is_file()),
        "TENSORA_ALTO",
    )
}

/// The validator's price series: `--data`, `TENSORA_DATA`, or npm `vega-datasets`' S&P 500 CSV in
/// a checkout's `node_modules`.
pub(crate) fn price_data(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    const CSV: &str = "node_modules/vega-datasets/data/sp500-2000.csv";
    if let Some(path) = explicit.or_else(|| std::env::var_os("TENSORA_DATA").map(PathBuf::from)) {
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "{} (from --data or TENSORA_DATA) is not a file",
                path.display()
            ))
        };
    }
    here_and_up()
        .iter()
        .map(|dir| dir.join(CSV))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            "cannot find the price series: pass --data <date,open,high,low,close,adjclose,volume CSV> \
             or set TENSORA_DATA (a checkout has it at node_modules/vega-datasets/data/sp500-2000.csv \
             after `script/setup.sh`)"
                .to_owned()
        })
}

/// Visiona's trained classifiers: `--models`, `TENSORA_VISIONA_MODELS`, or a checkout's
/// `target/visiona-models/` (written by `script/setup.sh`).
pub(crate) fn visiona_models(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    const DIR: &str = "target/visiona-models";
    if let Some(dir) =
        explicit.or_else(|| std::env::var_os(tensora_visiona::model::MODELS_ENV).map(PathBuf::from))
    {
        return if dir.is_dir() {
            Ok(dir)
        } else {
            Err(format!(
                "{} (from --models or {}) is not a directory",
                dir.display(),
                tensora_visiona::model::MODELS_ENV
            ))
        };
    }
    here_and_up()
        .iter()
        .map(|dir| dir.join(DIR))
        .find(|p| p.join("mlp.onnx").is_file())
        .ok_or_else(|| {
            format!(
                "cannot find Visiona's models: pass --models <dir> or set {} (a checkout has them in {DIR} after `script/setup.sh`, which trains them)",
                tensora_visiona::model::MODELS_ENV
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_configs_parse_and_name_their_network() {
        let located = network_config(None, Path::new("/nonexistent"), "devnet")
            .unwrap_or_else(|e| panic!("devnet: {e}"));
        assert_eq!(located.config.network, "devnet");
        // mainnet is a template: it names the key to set and how to get an editable copy.
        let mainnet = network_config(None, Path::new("/nonexistent"), "mainnet");
        assert!(mainnet.is_err_and(|e| e.contains("chain_id") && e.contains("--print-config")));
        for (network, text) in SHIPPED_CONFIGS {
            assert_eq!(shipped_config_text(network), Ok(text));
        }
        for (name, _) in SHIPPED_SUBNETS {
            shipped_hyperparameters(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert!(shipped_hyperparameters("nowhere").is_err_and(|e| e.contains("predictia")));
        let unknown = network_config(None, Path::new("/nonexistent"), "nowhere");
        assert!(unknown.is_err_and(|e| e.contains("cannot read config") && e.contains("--config")));
    }
}
