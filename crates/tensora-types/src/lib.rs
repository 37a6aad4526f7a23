//! Tensora's protocol rules without I/O, each the one Rust copy of a rule the contracts enforce.
//!
//! - [`scores`]: the score wire format of `revealScores` / `submitScores` (`ScorePacking.sol`).
//! - [`consensus`]: the kappa stake-weighted median `closeEpoch` verifies, as a pure function.
//! - [`rows`]: how revealed score rows travel back to `closeEpoch` (`ScoreRows.sol`).
//! - [`split`]: how an epoch's emission divides between miners, validators and delegators.
//! - [`states`]: a subnet's lifecycle stage and a governor proposal's state.
//! - [`units`]: TORA amounts and chain timestamps for people.
//!
//! Shared test vectors in `test/vectors/` prove that forge and cargo agree on each rule.

pub mod consensus;
pub mod rows;
pub mod scores;
pub mod split;
pub mod states;
pub mod units;
