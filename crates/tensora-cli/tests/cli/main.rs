//! `tensora` as a user runs it: a devnet the test starts, a deploy and a re-run with nothing to
//! send, and bad input (missing config, wrong chain, unreachable RPC, bad key, no signer), each
//! with a clear message and a non-zero exit and never a panic or a printed key.
//!
//! One test binary, by area: `deploy`, `participants`, `requests`, `safe`, `services`, `installed` (the binary
//! copied out of the tree and run from an empty directory) and `corpus` (the bad-input corpus in
//! `corpus.toml`).

mod common;
mod corpus;
mod deploy;
mod installed;
mod participants;
mod requests;
mod safe;
mod services;
