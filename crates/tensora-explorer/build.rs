//! Copies uPlot (npm package `uplot`, pinned in the repository's package.json and installed by
//! `script/setup.sh`) into the build, so the explorer serves its charts with no CDN and no network.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let root = manifest.join("../..");
    let package_json = root.join("package.json");
    let uplot = root.join("node_modules/uplot");
    println!("cargo:rerun-if-changed={}", package_json.display());
    println!(
        "cargo:rerun-if-changed={}",
        uplot.join("package.json").display()
    );
    let pinned = version_of(&package_json, "\"uplot\"");
    let installed = version_of(&uplot.join("package.json"), "\"version\"");
    if pinned.is_none() || pinned != installed {
        panic!(
            "the explorer needs uPlot {} from npm, found {} at {}: run `. script/setup.sh` (or `npm install`) in the repository root first",
            pinned.as_deref().unwrap_or("(not pinned in package.json)"),
            installed.as_deref().unwrap_or("nothing"),
            uplot.display()
        );
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for file in ["uPlot.iife.min.js", "uPlot.min.css"] {
        let from = uplot.join("dist").join(file);
        println!("cargo:rerun-if-changed={}", from.display());
        std::fs::copy(&from, out.join(file))
            .unwrap_or_else(|e| panic!("copying {} into the build: {e}", from.display()));
    }
}

/// The string value after the first `key` in a package.json (`"key": "value"`).
fn version_of(path: &std::path::Path, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let rest = &text[text.find(key)? + key.len()..];
    let rest = &rest[rest.find('"')? + 1..];
    Some(rest[..rest.find('"')?].to_owned())
}
