//! The miner server over real HTTP, and the validator's client against it: answers, refusals,
//! bounds, schemas, and the reasons a miss is recorded with.

use std::time::Duration;

use serde_json::{Value, json};
use tensora_predictia::{Bar, Forecast, Model, Predictia, Scoring, Task};
use tensora_services::miner::{self, Limits};
use tensora_services::validator::ask_all;
use tensora_subnet::{Outcome, Scorer};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// Serves `model` on a free port; returns its task endpoint.
async fn serve(model: Model, limits: Limits) -> Result<String, Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let (endpoint, _) = miner::endpoint::<Predictia>(listener.local_addr()?);
    let router = miner::router::<Predictia, _>(model, limits);
    tokio::spawn(miner::serve(listener, router, std::future::pending()));
    Ok(endpoint)
}

fn task(closes: &[f64]) -> Task {
    Task {
        kind: "price_prediction".into(),
        asset: "SPX".into(),
        horizon: "1d".into(),
        features: vec!["close".into()],
        history: closes
            .iter()
            .map(|&close| Bar {
                open: close,
                high: close,
                low: close,
                close,
                volume: 1.0,
            })
            .collect(),
    }
}

#[tokio::test]
async fn answers_refuses_and_bounds_requests() -> TestResult {
    let endpoint = serve(Model::Naive, Limits::default()).await?;
    let base = endpoint.trim_end_matches("/predict").to_owned();
    let http = reqwest::Client::new();

    let answer: Forecast = http
        .post(&endpoint)
        .json(&task(&[10.0, 12.0]))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(answer.prediction, 12.0);
    assert_eq!(answer.model, "naive");

    let mut wrong = task(&[10.0]);
    wrong.kind = "translation".into();
    let refused = http.post(&endpoint).json(&wrong).send().await?;
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await?;
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.contains("unsupported task type")),
        "{body}"
    );

    let malformed = http
        .post(&endpoint)
        .json(&json!({ "type": 1 }))
        .send()
        .await?;
    assert_eq!(malformed.status(), 422, "a task of the wrong shape");

    let huge = "x".repeat(65 * 1024);
    let too_big = http
        .post(&endpoint)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await?;
    assert_eq!(too_big.status(), 413);

    let health: Value = http
        .get(format!("{base}/health"))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(health["model"], "naive");
    assert_eq!(health["inferenceType"], "time-series");

    let schema: Value = http
        .get(format!("{base}/schema"))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(schema["route"], "/predict");
    assert!(
        schema["task"]["properties"]["history"].is_object(),
        "{schema}"
    );
    assert!(
        schema["answer"]["properties"]["prediction"].is_object(),
        "{schema}"
    );
    Ok(())
}

#[tokio::test]
async fn slow_and_absent_miners_are_misses_with_reasons() -> TestResult {
    let slow = serve(
        Model::Holt,
        Limits {
            timeout: Duration::from_millis(100),
            delay: Duration::from_millis(500),
            ..Limits::default()
        },
    )
    .await?;
    let client = reqwest::Client::new();
    let tasks = [task(&[10.0, 11.0, 12.0])];
    let replies = ask_all::<Predictia>(&client, &slow, &tasks, Duration::from_secs(2)).await;
    assert!(
        replies[0].as_ref().is_err_and(|e| e.contains("503")),
        "the server's own timeout answers 503: {replies:?}"
    );

    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0")?;
        format!("http://{}/predict", l.local_addr()?)
    };
    let replies = ask_all::<Predictia>(&client, &closed, &tasks, Duration::from_secs(2)).await;
    assert!(
        replies[0]
            .as_ref()
            .is_err_and(|e| e.contains("cannot connect")),
        "{replies:?}"
    );

    // A miner slower than the validator's timeout (its own server would still answer).
    let sluggish = serve(
        Model::Holt,
        Limits {
            delay: Duration::from_millis(800),
            ..Limits::default()
        },
    )
    .await?;
    let replies =
        ask_all::<Predictia>(&client, &sluggish, &tasks, Duration::from_millis(200)).await;
    assert_eq!(
        replies[0].as_ref().err().map(String::as_str),
        Some("timeout: no answer within 200 ms"),
        "{replies:?}"
    );

    // A well-formed reply the scorer rejects is a miss too.
    let nan = Forecast {
        prediction: f64::NAN,
        model: "x".into(),
    };
    assert!(Scoring.check(&nan).is_err());
    let scores = Scoring.scores(
        &[vec![Outcome::Missed("timeout".into())]],
        &[12.0],
        Duration::from_secs(1),
    );
    assert_eq!(scores, vec![0]);
    Ok(())
}
