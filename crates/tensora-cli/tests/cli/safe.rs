//! The guardian Safe: build, sign, merge, execute, export.

use super::common::*;

/// The guardian Safe (2 of dev accounts 7, 8, 9) pauses subnet creation: built, signed by two
/// owners separately, merged, executed; below the threshold or with a stranger's signature it is
/// refused; the Safe web app export is well-formed.
#[tokio::test]
async fn guardian_safe_signs_and_executes_a_pause() -> Result<(), Box<dyn std::error::Error>> {
    const OWNER_7: &str = "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356";
    const OWNER_8: &str = "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97";
    let (devnet, records) = deployed("safe").await?;
    let (url, dir) = (devnet.url.clone(), records.display().to_string());
    let file = |name: &str| records.join(name).display().to_string();
    let (one, two, merged) = (file("one.json"), file("two.json"), file("merged.json"));

    let out = tensora(&[
        "safe",
        "build",
        "--action",
        "pause-registry",
        "--out",
        &one,
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    std::fs::copy(&one, &two)?;
    // The owner is shown what it signs: the target by name and the decoded call.
    let out = tensora(&[
        "safe",
        "sign",
        "--file",
        &one,
        "--private-key",
        OWNER_7,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let shown = text(&out);
    assert!(
        shown.contains("SubnetRegistry") && shown.contains("pause()"),
        "{shown}"
    );

    // A file that says "pause" but carries the hash of another transaction (here: make an
    // attacker an owner with threshold 1) is refused before anything is signed.
    let safe_at = tensora_bindings::Deployment::load(&records, 901)?
        .address(tensora_bindings::names::GUARDIAN_SAFE)?;
    let attacker = alloy::primitives::Address::repeat_byte(0xa7);
    let takeover = tensora_bindings::third_party::safe_l2::SafeL2::addOwnerWithThresholdCall {
        owner: attacker,
        _threshold: alloy::primitives::U256::from(1),
    };
    let evil = file("evil.json");
    let out = tensora(&[
        "safe",
        "build",
        "--to",
        &safe_at.to_string(),
        "--calldata",
        &alloy::primitives::hex::encode_prefixed(alloy::sol_types::SolCall::abi_encode(&takeover)),
        "--out",
        &evil,
        "--rpc-url",
        &url,
        "--deployments",
        &dir,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let evil_json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&evil)?)?;
    let mut tampered: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&two)?)?;
    tampered["safeTxHash"] = evil_json["safeTxHash"].clone();
    let tampered_path = file("tampered.json");
    std::fs::write(&tampered_path, serde_json::to_string_pretty(&tampered)?)?;
    let before = std::fs::read(&tampered_path)?;
    fails_with(
        &tensora(&[
            "safe",
            "sign",
            "--file",
            &tampered_path,
            "--private-key",
            OWNER_8,
        ]),
        "the file was edited",
    );
    assert_eq!(
        std::fs::read(&tampered_path)?,
        before,
        "a refused signing leaves the file as it was"
    );
    let exec = |f: &str| {
        tensora(&[
            "safe",
            "exec",
            "--file",
            f,
            "--private-key",
            DEV_KEY,
            "--yes",
            "--rpc-url",
            &url,
            "--deployments",
            &dir,
        ])
    };
    fails_with(&exec(&one), "threshold not met: 1 of 2");
    // A stranger's signature is refused.
    let stranger = file("stranger.json");
    std::fs::copy(&one, &stranger)?;
    assert!(
        tensora(&[
            "safe",
            "sign",
            "--file",
            &stranger,
            "--private-key",
            DEV_KEY
        ])
        .status
        .success()
    );
    fails_with(&exec(&stranger), "not a valid owner signature");

    assert!(
        tensora(&["safe", "sign", "--file", &two, "--private-key", OWNER_8])
            .status
            .success()
    );
    let out = tensora(&[
        "safe", "merge", "--file", &one, "--file", &two, "--out", &merged,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    // Signed, then edited (the calldata swapped for the takeover): exec says so, not GS026.
    let mut edited: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&merged)?)?;
    edited["data"] = evil_json["data"].clone();
    edited["to"] = evil_json["to"].clone();
    let edited_path = file("edited.json");
    std::fs::write(&edited_path, serde_json::to_string_pretty(&edited)?)?;
    fails_with(&exec(&edited_path), "edited after it was built (or signed)");
    let out = exec(&merged);
    assert!(out.status.success(), "{}", text(&out));
    fails_with(&exec(&merged), "already used");
    let provider = alloy::providers::ProviderBuilder::new().connect_http(url.parse()?);
    let record = tensora_bindings::Deployment::load(&records, 901)?;
    let registry = tensora_bindings::SubnetRegistry::new(
        record.address(tensora_bindings::names::SUBNET_REGISTRY)?,
        &provider,
    );
    assert!(
        registry.paused().call().await?,
        "the guardian paused subnet creation"
    );

    let export = file("builder.json");
    assert!(
        tensora(&["safe", "export", "--file", &merged, "--out", &export])
            .status
            .success()
    );
    let builder: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&export)?)?;
    assert_eq!(
        builder["transactions"][0]["to"],
        serde_json::json!(registry.address())
    );
    std::fs::write(&one, "{}")?;
    fails_with(&exec(&one), "is not a Safe transaction file");
    devnet.stop().await?;
    Ok(())
}
