//! Asking miners over real HTTP (loopback servers written here, one per way of failing): each
//! failure is classified with its reason, and a query falls back in rank order to the first usable
//! answer.

use std::time::Duration;

use alloy::primitives::Address;
use tensora_client::miners::{Miss, ask};
use tensora_client::query::{Candidate, QueryError, ask_in_order};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// How a test server answers every request.
#[derive(Clone, Copy)]
enum Behaviour {
    /// 200 with this body.
    Ok(&'static str),
    /// This status, empty JSON object.
    Status(u16),
    /// Reads the request and never answers.
    Hang,
}

/// A loopback HTTP server answering as `behaviour`; its task URL.
async fn server(behaviour: Behaviour) -> std::io::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/infer", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = vec![0u8; 64 * 1024];
                let _ = conn.read(&mut buf).await;
                let (status, body) = match behaviour {
                    Behaviour::Ok(body) => (200, body),
                    Behaviour::Status(status) => (status, "{}"),
                    Behaviour::Hang => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        return;
                    }
                };
                let reply = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = conn.write_all(reply.as_bytes()).await;
            });
        }
    });
    Ok(url)
}

/// A URL nothing listens on.
fn closed() -> std::io::Result<String> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(format!("http://{}/infer", l.local_addr()?))
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct Answer {
    text: String,
}

const TIMEOUT: Duration = Duration::from_millis(300);

#[tokio::test]
async fn each_failure_is_named() -> TestResult {
    let http = reqwest::Client::new();
    let task = serde_json::json!({ "type": "translation", "text": "hello" });
    let ok = server(Behaviour::Ok(r#"{"text":"hola"}"#)).await?;
    assert_eq!(
        ask::<_, Answer>(&http, &ok, &task, TIMEOUT).await,
        Ok(Answer {
            text: "hola".into()
        })
    );
    let dead = closed()?;
    assert_eq!(
        ask::<_, Answer>(&http, &dead, &task, TIMEOUT).await,
        Err(Miss::Connect(dead.clone()))
    );
    let hang = server(Behaviour::Hang).await?;
    let Err(miss) = ask::<_, Answer>(&http, &hang, &task, TIMEOUT).await else {
        panic!("a miner that never answers gave an answer");
    };
    assert_eq!(miss, Miss::Timeout(Some(TIMEOUT)));
    assert_eq!(miss.to_string(), "timeout: no answer within 300 ms");
    let broken = server(Behaviour::Status(500)).await?;
    assert_eq!(
        ask::<_, Answer>(&http, &broken, &task, TIMEOUT).await,
        Err(Miss::Status {
            endpoint: broken.clone(),
            status: 500
        })
    );
    let garbage = server(Behaviour::Ok("garbage")).await?;
    assert!(matches!(
        ask::<_, Answer>(&http, &garbage, &task, TIMEOUT).await,
        Err(Miss::BadAnswer(_))
    ));
    let wrong_shape = server(Behaviour::Ok(r#"{"prediction":1.5}"#)).await?;
    assert!(matches!(
        ask::<_, Answer>(&http, &wrong_shape, &task, TIMEOUT).await,
        Err(Miss::BadAnswer(_))
    ));
    Ok(())
}

fn candidate(uid: u16, endpoint: &str) -> Candidate {
    Candidate {
        uid,
        account: Address::with_last_byte(u8::try_from(uid).unwrap_or(0)),
        endpoint: endpoint.to_owned(),
        score: 60_000 - uid,
        latency: None,
    }
}

#[tokio::test]
async fn falls_back_in_rank_order_to_the_first_usable_answer() -> TestResult {
    let http = reqwest::Client::new();
    let task = serde_json::json!({ "text": "hello" });
    let (dead, hang, broken, garbage, refused) = (
        closed()?,
        server(Behaviour::Hang).await?,
        server(Behaviour::Status(503)).await?,
        server(Behaviour::Ok("{\"text\":")).await?,
        server(Behaviour::Ok(r#"{"text":""}"#)).await?,
    );
    let good = server(Behaviour::Ok(r#"{"text":"hola"}"#)).await?;
    let worse = server(Behaviour::Ok(r#"{"text":"hello"}"#)).await?;
    let ranked = [
        candidate(0, &dead),
        candidate(1, &hang),
        candidate(2, &broken),
        candidate(3, &garbage),
        candidate(4, &refused),
        candidate(5, &good),
        candidate(6, &worse),
    ];
    let nonempty = |a: &Answer| {
        if a.text.is_empty() {
            Err("empty text".to_owned())
        } else {
            Ok(())
        }
    };
    let got = ask_in_order(&http, &ranked, &task, TIMEOUT, nonempty).await?;
    assert_eq!(got.answer.text, "hola");
    assert_eq!(
        got.miner.uid, 5,
        "the best miner that answered, not a worse one"
    );
    let failed: Vec<(u16, String)> = got
        .failed
        .iter()
        .map(|a| (a.uid, a.reason.to_string()))
        .collect();
    assert_eq!(failed.len(), 5, "{failed:?}");
    assert!(failed[0].1.starts_with("cannot connect"), "{failed:?}");
    assert!(failed[1].1.starts_with("timeout"), "{failed:?}");
    assert_eq!(failed[2].1, format!("HTTP 503 from {broken}"));
    assert!(failed[3].1.starts_with("bad answer"), "{failed:?}");
    assert_eq!(failed[4].1, "bad answer: empty text");

    // Nobody usable: an error listing every attempt, never an empty answer.
    let Err(err) = ask_in_order(&http, &ranked[..5], &task, TIMEOUT, nonempty).await else {
        panic!("no miner gave a usable answer, yet the query succeeded");
    };
    let QueryError::AllFailed(attempts) = &err else {
        panic!("{err}");
    };
    assert_eq!(attempts.len(), 5);
    assert!(
        err.to_string().contains("uid 4 (bad answer: empty text)"),
        "{err}"
    );
    Ok(())
}
