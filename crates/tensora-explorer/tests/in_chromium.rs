//! The explorer in a real browser: Debian's `chromium` (installed by `script/setup.sh`) loads each
//! page headless from an indexer serving a fixture store, runs its script to the end and dumps the
//! DOM; the tests read the rendered tables, cards and charts back with CSS selectors and compare
//! them with the values the indexer holds. Broken GraphQL answers (truncated JSON, HTTP 503, a
//! wrong shape, an unknown id) must show an error message, never a blank page. A screenshot of
//! every page (and the subnets page at phone width) is written to `target/explorer-screenshots/`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use scraper::{ElementRef, Html, Selector};
use serde_json::{Value, json};
use tensora_indexer::store::Writer;
use tensora_indexer::{Schema, Store, zero_row};

type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

const E18: u128 = 1_000_000_000_000_000_000;
const CHROMIUM: &str = "/usr/bin/chromium";

fn tora(whole: f64) -> String {
    // Whole and hundredths only, so the fixture's figures are exact.
    (((whole * 100.0).round() as u128) * (E18 / 100)).to_string()
}

fn wad(fraction: f64) -> String {
    (((fraction * 1e6).round() as u128) * (E18 / 1_000_000)).to_string()
}

fn account(tag: u8) -> String {
    format!("0x{}", format!("{tag:02x}").repeat(20))
}

fn hash(tag: u8) -> String {
    format!("0x{}", format!("{tag:02x}").repeat(32))
}

/// Stores `fields` over a zero row of `entity`.
fn put(w: &mut Writer<'_>, schema: &Schema, entity: &str, id: &str, fields: Value) -> TestResult {
    let mut row = zero_row(schema.entity(entity).ok_or(entity.to_owned())?);
    for (k, v) in fields.as_object().ok_or("fields are an object")? {
        if !row.contains_key(k) {
            return Err(format!("{entity} has no stored field {k}").into());
        }
        row.insert(k.clone(), v.clone());
    }
    Ok(w.set(entity, id, &row)?)
}

const T0: u64 = 1_767_225_600; // 2026-01-01 00:00 UTC

const HOSTILE_NAME: &str = "<img src=x onerror=alert(1)>";
const HOSTILE_ENDPOINT: &str = "<script>alert(1)</script>";

/// Four subnets (Predictia Active with two miners, two validators and three closed epochs;
/// Linguista Active and empty; Visiona Bootstrapping; one deactivated with a hostile name),
/// delegations, trust changes, a slash, emission pulls and an executed proposal.
fn fixture() -> Result<Store, Box<dyn std::error::Error + Send + Sync>> {
    let schema = Schema::subgraph()?;
    let mut store = Store::in_memory(schema.clone())?;
    let (m1, m2, v1, v2, d1, d2) = (
        account(0x11),
        account(0x12),
        account(0x21),
        account(0x22),
        account(0x31),
        account(0x32),
    );
    store.write_block(100, &hash(0x99), |w| {
        let s = &schema;
        let run = |w: &mut Writer<'_>| -> TestResult {
            let subnet = |id: &str, name: &str, kind: &str, stage: &str, weight: i64, active: bool| {
                json!({"instance": account(0xa0 + id.parse::<u8>().unwrap_or(0)), "owner": account(0xee),
                       "name": name, "inferenceType": kind, "stage": stage, "active": active,
                       "emissionWeight": weight, "pendingEmissionWeight": weight,
                       "createdAt": T0.to_string(), "hyperparameters": format!("{id}-10-0")})
            };
            let mut predictia = subnet("1", "Predictia", "forecast", "Active", 6000, true);
            let p = predictia.as_object_mut().ok_or("object")?;
            for (k, v) in [
                ("minerCount", json!(2)),
                ("validatorCount", json!(2)),
                ("totalEmission", json!(tora(3000.0))),
                ("lastEpoch", json!("1-3")),
                ("totalBonded", json!(tora(1234.5))),
                ("totalDelegated", json!(tora(500.0))),
                ("averageMinerScore", json!(wad(0.75))),
                ("validatorParticipation", json!(wad(1.0))),
                ("emissionRoi", json!(wad(0.0123))),
            ] {
                p.insert(k.into(), v);
            }
            put(w, s, "Subnet", "1", predictia)?;
            put(w, s, "Subnet", "2", subnet("2", HOSTILE_NAME, "text", "Deactivated", 0, false))?;
            // Linguista: 25 on-chain requests in the 10 days since it was created (2.5 a day).
            let mut linguista = subnet("3", "Linguista", "translation", "Active", 4000, true);
            let l = linguista.as_object_mut().ok_or("object")?;
            let ten_days_ago = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_secs()
                - 10 * 86_400;
            for (k, v) in [
                ("createdAt", json!(ten_days_ago.to_string())),
                ("requestCount", json!(25)),
                ("inferenceRequestCount", json!(5)),
                ("forecastRequestCount", json!(20)),
            ] {
                l.insert(k.into(), v);
            }
            put(w, s, "Subnet", "3", linguista)?;
            // One escrowed request to Linguista, released to the better of two answers.
            put(w, s, "InferenceRequest", "7", json!({
                "subnet": "3", "requester": account(0xd1), "fee": tora(30.0), "redundancy": 3,
                "deadline": (T0 + 600).to_string(), "callback": account(0), "input": "0x7b7d",
                "status": "Released", "answerCount": 2, "scoreCount": 1, "bestMiner": m1,
                "consensus": [60000, 20000], "payouts": [tora(22.5), tora(7.5)],
                "createdAt": (T0 + 100).to_string(), "closedAt": (T0 + 900).to_string()}))?;
            // Predictia's ETH/USDT feed: three rounds, the first two settled.
            let feeds = account(0xf0);
            let feed = format!("{feeds}-0");
            put(w, s, "ForecastFeed", &feed, json!({
                "subnet": "1", "feeds": feeds, "index": 0, "asset": "ETH/USDT", "horizon": "3600",
                "tolerance": wad(0.01), "staleAfter": "86400", "active": true, "accuracy": wad(0.59),
                "latestRound": format!("{feed}-3"), "roundCount": 3, "settledCount": 2,
                "errorSum": wad(0.01), "requestCount": 4, "createdAt": T0.to_string()}))?;
            for (round, prediction, realised) in
                [(1u64, "-20000000000000000", Some("-25000000000000000")), (2, "10000000000000000", Some("5000000000000000")), (3, "-15000000000000000", None)]
            {
                let settled = realised.map(|_| (T0 + 600 * round + 3600).to_string());
                put(w, s, "ForecastRound", &format!("{feed}-{round}"), json!({
                    "feed": feed, "subnet": "1", "round": round.to_string(), "epoch": round.to_string(),
                    "prediction": prediction, "confidence": 40 + round, "publishers": 2,
                    "publishedAt": (T0 + 600 * round).to_string(), "realised": realised,
                    "error": realised.map(|_| wad(0.005)), "accuracyAfter": realised.map(|_| wad(0.5 + 0.05 * round as f64)),
                    "settledAt": settled, "requestCount": if round == 3 { 4 } else { 0 }}))?;
            }
            put(w, s, "Subnet", "4", subnet("4", "Visiona", "vision", "Bootstrapping", 0, true))?;
            for id in ["1", "2", "3", "4"] {
                put(w, s, "Hyperparameters", &format!("{id}-10-0"), json!({
                    "subnet": id, "effectiveFrom": T0.to_string(), "minMinerBond": tora(10.0),
                    "minValidatorBond": tora(100.0), "taskTimeout": "30", "epochLength": "600",
                    "immunityPeriod": "1200", "unbondingDelay": "86400", "revealWindow": "300",
                    "slashingRateBps": 500, "maxSlots": 16, "maxValidators": 8, "commitReveal": true,
                    "kappaBps": 5000, "strikeLimit": 3, "trustFloorBps": 1000, "closeGracePeriod": "120"}))?;
            }
            for (who, uid, endpoint) in [(&m1, 0, "http://127.0.0.1:9001"), (&m2, 1, HOSTILE_ENDPOINT)] {
                put(w, s, "Miner", &format!("1-{who}"), json!({
                    "subnet": "1", "account": who, "uid": uid, "bond": tora(100.0), "endpoint": endpoint,
                    "registered": true, "registeredAt": T0.to_string(), "rewardsClaimed": tora(42.0)}))?;
            }
            for (who, uid, bond, delegated, trust, apy) in
                [(&v1, 2, 1000.0, 500.0, 0.6, 0.42), (&v2, 3, 34.5, 0.0, 0.5, 0.11)]
            {
                put(w, s, "GlobalTrust", who, json!({"trust": wad(trust), "updatedAt": T0.to_string()}))?;
                put(w, s, "Validator", &format!("1-{who}"), json!({
                    "subnet": "1", "account": who, "uid": uid, "bond": tora(bond), "registered": true,
                    "registeredAt": T0.to_string(), "delegated": tora(delegated), "trust": who,
                    "apy": wad(apy), "delegatorApy": wad(apy / 2.0)}))?;
            }
            for e in 1..=3u64 {
                let closed = T0 + 600 * e;
                put(w, s, "Epoch", &format!("1-{e}"), json!({
                    "subnet": "1", "epoch": e.to_string(), "emission": tora(1000.0), "distributed": tora(1000.0),
                    "minerPot": tora(180.0), "validatorPot": tora(410.0), "delegatorPot": tora(410.0),
                    "minerRewardPerPoint": tora(180.0), "closedAt": closed.to_string(),
                    "closedAtBlock": (10 * e).to_string(), "closeTransaction": hash(0x40 + e as u8),
                    "consensus": [wad(0.8), wad(0.2), "0", "0"], "incentives": [wad(0.7), wad(0.3), "0", "0"],
                    "validatorsRegistered": 2, "validatorsScored": 2, "participation": wad(1.0),
                    "reveals": 2, "averageMinerScore": wad(0.75), "totalStake": tora(1734.5),
                    "emissionRoi": wad(0.0123)}))?;
                for (who, trust, vr, dr) in [(&v1, 0.9, 300.0, 250.0), (&v2, 0.8, 110.0, 0.0)] {
                    put(w, s, "ValidatorEpoch", &format!("1-{e}-{who}"), json!({
                        "epoch": format!("1-{e}"), "validator": format!("1-{who}"), "stake": tora(900.0),
                        "epochTrust": wad(trust), "validatorReward": tora(vr), "delegatorReward": tora(dr),
                        "apy": wad(0.42)}))?;
                }
                // Epoch 3's reveals: uid 0 gets 65535 and 49152 (mean 87.5%), uid 1 16384 twice (25%).
                for (n, (who, scores)) in [(&v1, "0xffff4000"), (&v2, "0xc0004000")].into_iter().enumerate() {
                    put(w, s, "ScoreReveal", &format!("{}-{n}", hash(0x50 + e as u8)), json!({
                        "subnet": "1", "epoch": e.to_string(), "validator": format!("1-{who}"),
                        "uid": 2 + n as i64, "scores": scores, "timestamp": (closed - 100).to_string()}))?;
                }
                put(w, s, "EmissionPull", &format!("{}-0", hash(0x60 + e as u8)), json!({
                    "subnet": "1", "amount": tora(1000.0), "from": (closed - 600).to_string(),
                    "to": closed.to_string(), "weight": 6000, "timestamp": closed.to_string()}))?;
            }
            put(w, s, "EmissionPull", &format!("{}-1", hash(0x63)), json!({
                "subnet": "3", "amount": "0", "weight": 4000, "timestamp": (T0 + 1500).to_string()}))?;
            for (who, shares) in [(&d1, 400.0), (&d2, 100.0)] {
                put(w, s, "Delegation", &format!("1-{who}-{v1}"), json!({
                    "subnet": "1", "delegator": who, "validator": format!("1-{v1}"),
                    "shares": tora(shares), "delegated": tora(shares)}))?;
            }
            for (n, (previous, current)) in [(0.5, 0.55), (0.55, 0.6)].into_iter().enumerate() {
                put(w, s, "TrustUpdate", &format!("{}-0", hash(0x70 + n as u8)), json!({
                    "account": v1, "subnet": "1", "epochTrust": wad(0.9), "previous": wad(previous),
                    "current": wad(current), "timestamp": (T0 + 600 * (n as u64 + 2)).to_string()}))?;
            }
            put(w, s, "Slash", &format!("{}-1", hash(0x80)), json!({
                "subnet": "1", "account": m2, "reason": "MinerTimeouts", "amount": tora(5.0),
                "timestamp": (T0 + 1200).to_string(), "transaction": hash(0x80)}))?;
            put(w, s, "Proposal", "123456789", json!({
                "proposer": account(0xee), "description": "Set the emission weights\n\nPredictia 60%, Linguista 40%",
                "voteStart": (T0 + 60).to_string(), "voteEnd": (T0 + 660).to_string(), "state": "Executed",
                "forVotes": tora(600000.0), "eta": (T0 + 1000).to_string(), "createdAt": T0.to_string(),
                "executedAt": (T0 + 1100).to_string()}))?;
            put(w, s, "Vote", &format!("{}-0", hash(0x90)), json!({
                "proposal": "123456789", "voter": account(0xee), "support": 1, "weight": tora(600000.0),
                "reason": "ship it", "timestamp": (T0 + 100).to_string()}))?;
            Ok(())
        };
        run(w).map_err(|e| tensora_indexer::Error::Query(e.to_string()))
    })?;
    Ok(store)
}

/// Serves `router` on a free loopback port.
async fn serve(router: axum::Router) -> Result<SocketAddr, std::io::Error> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let at = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, router).await });
    Ok(at)
}

/// The indexer's GraphQL API over the fixture, with the explorer beside it.
async fn fixture_server() -> Result<SocketAddr, Box<dyn std::error::Error + Send + Sync>> {
    let store = Arc::new(Mutex::new(fixture()?));
    let api = tensora_indexer::graphql::build(store, "fixture")?;
    let config = tensora_explorer::Config {
        network: "fixture chain".into(),
        tx_url: Some("https://explorer.example/tx/{}".into()),
    };
    Ok(serve(tensora_indexer::http::router(api).merge(tensora_explorer::router(config))).await?)
}

static RUNS: AtomicUsize = AtomicUsize::new(0);

/// Runs headless Chromium on `url` with `extra` flags and returns its standard output.
async fn chromium(
    url: String,
    extra: Vec<String>,
) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    if !std::path::Path::new(CHROMIUM).exists() {
        return Err(format!(
            "{CHROMIUM} is missing: run `. script/setup.sh`, which installs Debian's chromium"
        )
        .into());
    }
    let profile = std::env::temp_dir().join(format!(
        "tensora-explorer-chromium-{}-{}",
        std::process::id(),
        RUNS.fetch_add(1, Ordering::Relaxed)
    ));
    let out = tokio::task::spawn_blocking(move || {
        Command::new("timeout")
            .arg("60")
            .arg(CHROMIUM)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--virtual-time-budget=15000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(&extra)
            .arg(&url)
            .output()
            .map(|o| (o, profile))
    })
    .await??;
    let (out, profile) = out;
    let _ = std::fs::remove_dir_all(profile);
    if !out.status.success() {
        return Err(format!(
            "chromium failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// The page at `#hash` after its script finished, as a DOM.
async fn page(
    at: SocketAddr,
    hash: &str,
) -> Result<Html, Box<dyn std::error::Error + Send + Sync>> {
    let dom = chromium(format!("http://{at}/#{hash}"), vec!["--dump-dom".into()]).await?;
    Ok(Html::parse_document(&dom))
}

fn screenshots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/explorer-screenshots")
}

/// Writes a screenshot of `#hash` at `width` x `height` to target/explorer-screenshots/`name`.png.
async fn screenshot(at: SocketAddr, hash: &str, name: &str, width: u32, height: u32) -> TestResult {
    let dir = screenshots();
    std::fs::create_dir_all(&dir)?;
    let file = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&file);
    chromium(
        format!("http://{at}/#{hash}"),
        vec![
            format!("--window-size={width},{height}"),
            format!("--screenshot={}", file.display()),
        ],
    )
    .await?;
    let png = std::fs::read(&file)?;
    if png.len() < 10_000 || &png[1..4] != b"PNG" {
        return Err(format!(
            "{} is not a page's screenshot ({} bytes)",
            file.display(),
            png.len()
        )
        .into());
    }
    Ok(())
}

fn select<'a>(
    dom: &'a Html,
    css: &str,
) -> Result<Vec<ElementRef<'a>>, Box<dyn std::error::Error + Send + Sync>> {
    let selector = Selector::parse(css).map_err(|e| format!("selector {css}: {e}"))?;
    Ok(dom.select(&selector).collect())
}

fn text(e: &ElementRef<'_>) -> String {
    e.text().collect::<String>().trim().to_owned()
}

/// The cells' texts of each row matched by `css`.
fn rows(
    dom: &Html,
    css: &str,
) -> Result<Vec<Vec<String>>, Box<dyn std::error::Error + Send + Sync>> {
    let td = Selector::parse("td").map_err(|e| e.to_string())?;
    Ok(select(dom, css)?
        .iter()
        .map(|r| r.select(&td).map(|c| text(&c)).collect())
        .collect())
}

fn one_text(dom: &Html, css: &str) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let found = select(dom, css)?;
    match found.as_slice() {
        [e] => Ok(text(e)),
        _ => Err(format!("{} elements match {css}", found.len()).into()),
    }
}

fn state(dom: &Html) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let body = select(dom, "body")?;
    Ok(body
        .first()
        .and_then(|b| b.value().attr("data-state"))
        .unwrap_or("")
        .to_owned())
}

fn ready(dom: &Html) -> TestResult {
    match state(dom)?.as_str() {
        "ready" => Ok(()),
        other => Err(format!(
            "the page is {other:?}: {}",
            one_text(dom, "#app").unwrap_or_default()
        )
        .into()),
    }
}

/// The chart `id` was drawn with `points` values.
fn charted(dom: &Html, id: &str, points: usize) -> TestResult {
    let found = select(dom, &format!("#{id}"))?;
    let chart = found.first().ok_or(format!("no chart #{id}"))?;
    let got = chart.value().attr("data-points").unwrap_or("0");
    if got != points.to_string() || chart.value().attr("data-drawn") != Some("true") {
        return Err(format!(
            "chart #{id}: {got} points, drawn {:?}; want {points}",
            chart.value().attr("data-drawn")
        )
        .into());
    }
    if select(dom, &format!("#{id} canvas"))?.is_empty() {
        return Err(format!("chart #{id} has no canvas").into());
    }
    Ok(())
}

fn check<T: PartialEq + std::fmt::Debug>(what: &str, got: T, want: T) -> TestResult {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: got {got:?}, want {want:?}").into())
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn subnets_page_lists_sorts_and_escapes() -> TestResult {
    let at = fixture_server().await?;
    let dom = page(at, "/").await?;
    ready(&dom)?;
    check(
        "network",
        one_text(&dom, "#network")?,
        "fixture chain".into(),
    )?;
    check("indexed block", one_text(&dom, "#block")?, "100".into())?;
    // The page-load benchmark reads how long the page took to render.
    let rendered = select(&dom, "body")?
        .first()
        .and_then(|b| b.value().attr("data-rendered-ms"))
        .and_then(|ms| ms.parse::<u64>().ok());
    check("rendered time recorded", rendered.is_some(), true)?;
    check(
        "active subnets",
        one_text(&dom, "#active-count")?,
        "3".into(),
    )?;
    check(
        "total stake",
        one_text(&dom, "#total-stake")?,
        "1,734.50 TORA".into(),
    )?;
    check(
        "emitted",
        one_text(&dom, "#total-emission")?,
        "3,000.00 TORA".into(),
    )?;
    let active = rows(&dom, "#active-subnets tbody tr")?;
    check("active rows", active.len(), 3)?;
    // By emission weight, highest first: Predictia (60%), Linguista (40%), Visiona (0).
    check(
        "Predictia's row",
        active[0].clone(),
        [
            "Predictia #1",
            "forecast",
            "Active",
            "60.00%",
            "2",
            "2",
            "1,734.50 TORA",
            "1,000.00 TORA",
            "0",
            "75.0%",
            "100%",
            "1.23%",
        ]
        .map(String::from)
        .to_vec(),
    )?;
    check("second", active[1][0].clone(), "Linguista #3".into())?;
    check(
        "Linguista's requests per day",
        active[1][8].clone(),
        "2.5".into(),
    )?;
    check("third", active[2][2].clone(), "Bootstrapping".into())?;
    let gone = rows(&dom, "#deactivated-subnets tbody tr")?;
    check("deactivated rows", gone.len(), 1)?;
    check(
        "hostile name shown as text",
        gone[0][0].clone(),
        format!("{HOSTILE_NAME} #2"),
    )?;
    check("no injected image", select(&dom, "img")?.len(), 0)?;

    let by_name = page(at, "/?sort=name&dir=asc").await?;
    ready(&by_name)?;
    let names: Vec<String> = rows(&by_name, "#active-subnets tbody tr")?
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    check(
        "sorted by name",
        names,
        vec![
            "Linguista #3".into(),
            "Predictia #1".into(),
            "Visiona #4".into(),
        ],
    )?;
    screenshot(at, "/", "subnets", 1280, 900).await?;
    screenshot(at, "/", "subnets-phone", 390, 1200).await
}

#[tokio::test(flavor = "multi_thread")]
async fn subnet_page_shows_miners_validators_charts_and_epochs() -> TestResult {
    let at = fixture_server().await?;
    let dom = page(at, "/subnet/1").await?;
    ready(&dom)?;
    let miners = rows(&dom, "#miners tbody tr")?;
    check("miners", miners.len(), 2)?;
    // uid 0 leads with 70% of the points: pruning score 0.7 * 65535, reward 0.7 * 180 TORA.
    check(
        "top miner",
        miners[0][..10].to_vec(),
        [
            "1",
            "0",
            "0x1111…1111",
            "70.00%",
            "80.00%",
            "45874",
            "126.00 TORA",
            "42.00 TORA",
            "100.00 TORA",
            "http://127.0.0.1:9001",
        ]
        .map(String::from)
        .to_vec(),
    )?;
    check(
        "hostile endpoint shown as text",
        miners[1][9].clone(),
        HOSTILE_ENDPOINT.into(),
    )?;
    check("scripts on the page", select(&dom, "script")?.len(), 2)?;
    let validators = rows(&dom, "#validators tbody tr")?;
    check(
        "validator uid 2",
        validators[0].clone(),
        [
            "2",
            "0x2121…2121",
            "1,000.00 TORA",
            "500.00 TORA",
            "60.0%",
            "90.0%",
            "300.00 TORA",
            "250.00 TORA",
            "42.0%",
            "21.0%",
        ]
        .map(String::from)
        .to_vec(),
    )?;
    if !one_text(&dom, ".formula")?.contains("31,536,000") {
        return Err("the APY formula is not shown".into());
    }
    charted(&dom, "chart-emission", 12)?;
    charted(&dom, "chart-incentive", 6)?;
    charted(&dom, "chart-trust", 6)?;
    let epochs = rows(&dom, "#epochs tbody tr")?;
    check("epochs", epochs.len(), 3)?;
    check("latest epoch first", epochs[0][0].clone(), "3".into())?;
    check(
        "split",
        epochs[0][3..6].to_vec(),
        ["180.00 TORA", "410.00 TORA", "410.00 TORA"]
            .map(String::from)
            .to_vec(),
    )?;
    let links = select(&dom, "#epochs tbody tr a")?;
    check(
        "transaction link",
        links
            .first()
            .and_then(|a| a.value().attr("href"))
            .map(String::from),
        Some(format!("https://explorer.example/tx/{}", hash(0x43))),
    )?;
    let slashes = rows(&dom, "#slashes tbody tr")?;
    check(
        "slash",
        slashes.first().map(|r| r[2..4].to_vec()),
        Some(vec!["MinerTimeouts".into(), "5.00 TORA".into()]),
    )?;
    let hp = rows(&dom, "#hyperparameters tr")?;
    check(
        "epoch length shown",
        hp.iter().any(|r| r == &vec!["10 min".to_string()]),
        true,
    )?;
    screenshot(at, "/subnet/1", "subnet", 1280, 2600).await
}

#[tokio::test(flavor = "multi_thread")]
async fn miner_validator_and_governance_pages_render_their_history() -> TestResult {
    let at = fixture_server().await?;
    let miner = page(at, &format!("/miner/1-{}", account(0x11))).await?;
    ready(&miner)?;
    check("bond", one_text(&miner, "#bond")?, "100.00 TORA".into())?;
    let history = rows(&miner, "#history tbody tr")?;
    check(
        "epoch 3",
        history[0].clone(),
        ["3", "87.5%", "80.00%", "70.00%", "126.00 TORA"]
            .map(String::from)
            .to_vec(),
    )?;
    charted(&miner, "chart-score", 3)?;
    charted(&miner, "chart-miner-incentive", 6)?;
    charted(&miner, "chart-rewards", 3)?;

    let validator = page(at, &format!("/validator/1-{}", account(0x21))).await?;
    ready(&validator)?;
    check("trust", one_text(&validator, "#trust")?, "60.0%".into())?;
    check("apy", one_text(&validator, "#apy")?, "42.0%".into())?;
    // 250 TORA to a pool of 500e18 shares: 0.5 TORA per 1e18 shares.
    check(
        "reward per share",
        one_text(&validator, "#reward-per-share")?,
        "0.5 TORA".into(),
    )?;
    let pool = rows(&validator, "#delegations tbody tr")?;
    check(
        "pool shares",
        pool.iter().map(|r| r[4].clone()).collect::<Vec<_>>(),
        vec!["80.0%".into(), "20.0%".into()],
    )?;
    check(
        "trust changes",
        rows(&validator, "#trust-history tbody tr")?.len(),
        2,
    )?;
    charted(&validator, "chart-global-trust", 2)?;
    charted(&validator, "chart-epoch-trust", 3)?;
    charted(&validator, "chart-validator-rewards", 6)?;

    let gov = page(at, "/governance").await?;
    ready(&gov)?;
    let proposals = rows(&gov, "#proposals tbody tr")?;
    check(
        "proposal",
        proposals.first().map(|r| r[1..4].to_vec()),
        Some(
            ["Set the emission weights", "Executed", "600,000.00 TORA"]
                .map(String::from)
                .to_vec(),
        ),
    )?;
    check(
        "votes",
        rows(&gov, "#votes tbody tr")?.first().map(|r| r[2].clone()),
        Some("for".into()),
    )?;
    // Four pull times; Predictia's weight at all four (carried over Linguista's pull), Linguista's at the last two.
    charted(&gov, "chart-weights", 6)?;

    for (name, hash) in [
        ("miner", format!("/miner/1-{}", account(0x11))),
        ("validator", format!("/validator/1-{}", account(0x21))),
        ("governance", "/governance".into()),
    ] {
        screenshot(at, &hash, name, 1280, 1600).await?;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn forecasts_page_and_requests_show_rounds_against_outcomes() -> TestResult {
    let at = fixture_server().await?;
    let dom = page(at, "/forecasts").await?;
    ready(&dom)?;
    let feeds = rows(&dom, "#feeds tbody tr")?;
    check("feeds", feeds.len(), 1)?;
    check(
        "the ETH/USDT feed",
        feeds[0].clone(),
        [
            "Predictia",
            "ETH/USDT 1 h",
            "active",
            "−1.50%",
            "43",
            "2026-01-01 00:30 UTC",
            "59.0%",
            "2/3",
            "0.50%",
            "4",
        ]
        .map(String::from)
        .to_vec(),
    )?;
    let rounds = rows(&dom, "#feed-0 .rounds tbody tr")?;
    check("rounds, newest first", rounds.len(), 3)?;
    check(
        "an unsettled round",
        rounds[0][3..8].to_vec(),
        ["−1.50%", "43", "2", "—", "—"].map(String::from).to_vec(),
    )?;
    check(
        "a settled round: predicted, realised, error",
        [
            rounds[2][3].clone(),
            rounds[2][6].clone(),
            rounds[2][7].clone(),
        ]
        .to_vec(),
        ["−2.00%", "−2.50%", "0.50%"].map(String::from).to_vec(),
    )?;
    // Three predictions and two realised values.
    charted(&dom, "chart-feed-0", 5)?;
    screenshot(at, "/forecasts", "forecasts", 1280, 900).await?;

    let linguista = page(at, "/subnet/3").await?;
    ready(&linguista)?;
    let requests = rows(&linguista, "#requests tbody tr")?;
    check("requests", requests.len(), 1)?;
    check(
        "the released request",
        [
            requests[0][0].clone(),
            requests[0][3].clone(),
            requests[0][4].clone(),
            requests[0][6].clone(),
        ]
        .to_vec(),
        ["7", "30.00 TORA", "2/3", "Released"]
            .map(String::from)
            .to_vec(),
    )?;
    check(
        "request counts",
        one_text(&linguista, "#request-counts")?,
        "5 escrowed request(s), 20 forecast read(s), 2.5 per day".into(),
    )
}

/// A stand-in indexer whose `/graphql` always answers `status` with `body`.
async fn broken(
    status: u16,
    body: &'static str,
) -> Result<SocketAddr, Box<dyn std::error::Error + Send + Sync>> {
    let code = axum::http::StatusCode::from_u16(status)?;
    let api = axum::Router::new().route(
        "/graphql",
        axum::routing::post(move || async move { (code, body) }),
    );
    Ok(serve(api.merge(tensora_explorer::router(tensora_explorer::Config::default()))).await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_answers_show_an_error_not_a_blank_page() -> TestResult {
    for (status, body, hash, says) in [
        (200, r#"{"data":{"subnets":[{"id":"1","na"#, "/", "not JSON"),
        (
            503,
            "<html>Service Unavailable</html>",
            "/",
            "not JSON (HTTP 503",
        ),
        (503, r#"{"data":null}"#, "/governance", "HTTP 503"),
        (
            200,
            r#"{"data":{"subnets":null}}"#,
            "/",
            "no list \"subnets\"",
        ),
        (
            200,
            r#"{"errors":[{"message":"Unknown field \"x\""}]}"#,
            "/subnet/1",
            "refused the query: Unknown field",
        ),
    ] {
        let at = broken(status, body).await?;
        let dom = page(at, hash).await?;
        check(&format!("state with {body}"), state(&dom)?, "error".into())?;
        let message = one_text(&dom, "#error-message")?;
        if !message.contains(says) {
            return Err(format!("with {body}: the page says {message:?}, not {says:?}").into());
        }
    }
    // Unknown ids and pages get the same treatment from the real API.
    let at = fixture_server().await?;
    for (hash, says) in [
        ("/subnet/99", "Subnet #99 is not in the index"),
        (
            "/validator/nonsense",
            "Validator nonsense is not in the index",
        ),
        ("/miner/1", "is not <subnet id>-<account>"),
        ("/nowhere", "no page at #/nowhere"),
    ] {
        let dom = page(at, hash).await?;
        check(&format!("state at {hash}"), state(&dom)?, "error".into())?;
        let message = one_text(&dom, "#error-message")?;
        if !message.contains(says) {
            return Err(format!("at {hash}: the page says {message:?}, not {says:?}").into());
        }
    }
    screenshot(at, "/subnet/99", "error", 1000, 500).await
}
