//! The Subnet Explorer: a single page (HTML, CSS and one script, no framework) that reads the
//! indexer's GraphQL API at `/graphql` of the same origin and renders the subnets, one subnet
//! (hyperparameters, top miners, validators, per-epoch charts, epochs, slashes), a miner, a
//! validator and governance. Charts are uPlot, copied from the pinned npm package into the binary
//! at build time (`build.rs`), so the pages work offline with no CDN.
//!
//! [`router`] serves the page and its assets; `tensora indexer serve` merges it with the GraphQL
//! router, so one process indexes, answers queries and serves the explorer.

use axum::Json;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// The page.
pub const INDEX_HTML: &str = include_str!("../assets/index.html");
/// The script that queries the API and renders every page.
pub const EXPLORER_JS: &str = include_str!("../assets/explorer.js");
/// The style sheet.
pub const EXPLORER_CSS: &str = include_str!("../assets/explorer.css");
/// uPlot's script (npm `uplot`, pinned in package.json).
pub const UPLOT_JS: &str = include_str!(concat!(env!("OUT_DIR"), "/uPlot.iife.min.js"));
/// uPlot's style sheet.
pub const UPLOT_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/uPlot.min.css"));

/// What the page is told about where it runs (`GET /explorer.json`).
#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    /// Shown in the header: the chain or deployment the indexer follows.
    pub network: String,
    /// A block explorer's transaction URL with `{}` for the hash (for example
    /// `https://optimistic.etherscan.io/tx/{}`); without one, transaction hashes are shown as text.
    pub tx_url: Option<String>,
}

fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse + Clone {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
}

/// The explorer's routes: `/` (the page), `/assets/*` and `/explorer.json`.
pub fn router(config: Config) -> axum::Router {
    let html = asset("text/html; charset=utf-8", INDEX_HTML);
    let js = "text/javascript; charset=utf-8";
    let css = "text/css; charset=utf-8";
    axum::Router::new()
        .route("/", get(move || async move { html }))
        .route(
            "/assets/explorer.js",
            get(move || async move { asset(js, EXPLORER_JS) }),
        )
        .route(
            "/assets/explorer.css",
            get(move || async move { asset(css, EXPLORER_CSS) }),
        )
        .route(
            "/assets/uPlot.iife.min.js",
            get(move || async move { asset(js, UPLOT_JS) }),
        )
        .route(
            "/assets/uPlot.min.css",
            get(move || async move { asset(css, UPLOT_CSS) }),
        )
        .route("/explorer.json", get(move || async move { Json(config) }))
}
