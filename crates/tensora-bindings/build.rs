//! Extracts the code of the OP Stack preinstalls from `@eth-optimism/contracts-bedrock`
//! (`src/libraries/Preinstalls.sol`, the bytecode an OP Stack L2 genesis carries) into `OUT_DIR`, so
//! that `tensora devnet` can install them, and the creation code of the canonical EntryPoints from
//! the `@account-abstraction/contracts` artifacts. `script/setup.sh` installs the packages.

use std::path::PathBuf;

const PREINSTALLS: &[&str] = &[
    "MultiCall3Code",
    "SafeSingletonFactoryCode",
    "DeterministicDeploymentProxyCode",
    "Create2DeployerCode",
];

const ENTRY_POINTS: &[(&str, &str)] = &[
    ("EntryPointV07", "aa-v07/artifacts/EntryPoint.json"),
    (
        "EntryPointV08",
        "@account-abstraction/contracts/artifacts/EntryPoint.json",
    ),
];

fn decode_hex(hex: &str) -> Vec<u8> {
    let hex = hex.trim_start_matches("0x");
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digit"))
        .collect()
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    for (name, artifact) in ENTRY_POINTS {
        let path = manifest.join("../../node_modules").join(artifact);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "cannot read {} ({e}); run `source script/setup.sh` to install the npm packages",
                path.display()
            )
        });
        let json: serde_json::Value = serde_json::from_str(&text).expect("artifact JSON");
        let bytecode = json["bytecode"].as_str().expect("artifact bytecode");
        std::fs::write(out.join(format!("{name}.bin")), decode_hex(bytecode))
            .expect("write OUT_DIR");
    }
    let source = manifest
        .join("../../node_modules/@eth-optimism/contracts-bedrock/src/libraries/Preinstalls.sol");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}); run `source script/setup.sh` to install the npm packages",
            source.display()
        )
    });
    for name in PREINSTALLS {
        let marker = format!("bytes internal constant {name} =");
        let start = text
            .find(&marker)
            .unwrap_or_else(|| panic!("{name} not found in {}", source.display()));
        let rest = &text[start..];
        let open = rest.find("hex\"").expect("hex literal") + 4;
        let close = open + rest[open..].find('"').expect("closing quote");
        let hex = &rest[open..close];
        std::fs::write(out.join(format!("{name}.bin")), decode_hex(hex)).expect("write OUT_DIR");
    }
}
