//! The services a subnet runs on, generic over its kind ([`tensora_subnet::Kind`]):
//!
//! - [`miner`]: the HTTP inference server (`POST <route>`, `GET /health`, `GET /schema`), bounded in
//!   body size and answer time.
//! - [`validator`]: one epoch's scoring: every miner's endpoint read from the chain (batched), every
//!   task sent to every miner within the subnet's task timeout, the kind's scorer applied, the row
//!   packed in the score wire format.
//! - [`forecasts`]: a Predictia validator's part in its subnet's forecast feeds: one prediction
//!   per feed from its miners' answers, and the outcomes of rounds that reached their horizon.
//! - [`requests`]: escrowed inference requests: a miner's output for a request, a validator's
//!   scores for its answers against a reference made by a panel of the subnet's miners.
//! - [`coordinator`]: the loop that closes a subnet's epochs on time, resumable from the chain.
//!
//! Services log through `tracing` (target `tensora::<service>`, an `event` field naming what
//! happened); the binary chooses the format (JSON lines or terminal).

pub mod coordinator;
pub mod forecasts;
pub mod miner;
pub mod requests;
pub mod validator;
