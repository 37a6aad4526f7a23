//! The services a subnet runs on, generic over its kind ([`tensora_subnet::Kind`]):
//!
//! - [`miner`]: the HTTP inference server (`POST <route>`, `GET /health`, `GET /schema`), bounded in
//!   body size and answer time.
//! - [`validator`]: one epoch's scoring: every miner's endpoint read from the chain (batched), every
//!   task sent to every miner within the subnet's task timeout, the kind's scorer applied, the row
//!   packed in the score wire format.
//! - [`coordinator`]: the loop that closes a subnet's epochs on time, resumable from the chain.
//!
//! Services log through `tracing` (target `tensora::<service>`, an `event` field naming what
//! happened); the binary chooses the format (JSON lines or terminal).

pub mod coordinator;
pub mod miner;
pub mod validator;
