//! Escrowed requests off chain: a miner's output for a request's input, and an output answered
//! by hash, served by `miner::outputs` and fetched by a validator only when it matches its hash.

use std::time::Duration;

use alloy::primitives::keccak256;
use tensora_predictia::{Model, Predictia};
use tensora_services::miner;
use tensora_services::requests::{AnswerError, MAX_FETCHED_OUTPUT, answer, fetch_output};

type TestResult = Result<(), Box<dyn std::error::Error>>;

#[test]
fn a_miner_answers_a_task_of_its_kind_and_declines_the_rest() -> TestResult {
    let history: Vec<serde_json::Value> = [100.0, 101.0, 102.0, 103.0]
        .iter()
        .map(|c| serde_json::json!({"open": c, "high": c, "low": c, "close": c, "volume": 1.0}))
        .collect();
    let task = serde_json::json!({
        "type": "price_prediction", "asset": "SPX", "horizon": "1d", "features": ["close"],
        "history": history
    });
    let output = answer::<Predictia, _>(&Model::Naive, task.to_string().as_bytes())?;
    let forecast: tensora_predictia::Forecast = serde_json::from_slice(&output)?;
    assert!(
        (forecast.prediction - 103.0).abs() < 1e-9,
        "naive repeats the last close"
    );

    let translation =
        br#"{"type":"translation","source_lang":"en","target_lang":"es","text":"Hi"}"#;
    assert!(matches!(
        answer::<Predictia, _>(&Model::Naive, translation),
        Err(AnswerError::Input {
            kind: "time-series",
            ..
        })
    ));
    assert!(matches!(
        answer::<Predictia, _>(&Model::Naive, b"not json"),
        Err(AnswerError::Input { .. })
    ));
    // A task of the right shape the model refuses (no history).
    let empty = serde_json::json!({"type": "price_prediction", "asset": "SPX", "horizon": "1d",
        "features": ["close"], "history": []});
    assert!(matches!(
        answer::<Predictia, _>(&Model::Naive, empty.to_string().as_bytes()),
        Err(AnswerError::Refused(_))
    ));
    Ok(())
}

#[tokio::test]
async fn outputs_by_hash_are_served_and_checked() -> TestResult {
    let dir = std::env::temp_dir().join(format!("tensora-outputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let output = br#"{"text":"hola"}"#.to_vec();
    let hash = keccak256(&output);
    std::fs::write(dir.join(miner::output_file(hash)), &output)?;
    std::fs::write(dir.join("secret.txt"), b"not an output")?;
    let large = vec![b'x'; MAX_FETCHED_OUTPUT + 1];
    let large_hash = keccak256(&large);
    std::fs::write(dir.join(miner::output_file(large_hash)), &large)?;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(miner::serve(
        listener,
        miner::outputs(dir.clone()),
        std::future::pending(),
    ));
    let t = Duration::from_secs(5);
    let uri = format!("{base}/outputs/{}", miner::output_file(hash));
    assert_eq!(fetch_output(&uri, hash, t, true).await, Ok(output.clone()));
    // The same bytes under another hash: refused.
    let other = keccak256(b"something else");
    let refused = fetch_output(&uri, other, t, true).await;
    assert!(refused.is_err_and(|e| e.contains("does not hash to")));
    // Only <hash>.json names are served: nothing else in the directory.
    for name in ["secret.txt", "..%2Fsecret.txt", "0xABC.json"] {
        let got = fetch_output(&format!("{base}/outputs/{name}"), hash, t, true).await;
        assert!(got.is_err_and(|e| e.contains("HTTP 404")), "{name}");
    }
    let too_large = format!("{base}/outputs/{}", miner::output_file(large_hash));
    let got = fetch_output(&too_large, large_hash, t, true).await;
    assert!(got.is_err_and(|e| e.contains("larger than")));
    for bad in ["ftp://example.com/x.json", "not a url"] {
        assert!(fetch_output(bad, hash, t, true).await.is_err(), "{bad}");
    }
    // Unless allowed, a URI that points into the validator's own network is never requested.
    let internal = fetch_output(&uri, hash, t, false).await;
    assert!(
        internal.is_err_and(|e| e.contains("points into an internal network")),
        "loopback refused"
    );
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
