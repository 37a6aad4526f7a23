//! Linguista, the seeds' NLP subnet, as a `tensora-subnet` kind.
//!
//! - [`task`]: the seed's `translation` task, `summarization`, and a miner's answer.
//! - [`models`]: real models: apertium's rule-based translation (Debian `apertium-eng-spa`), the
//!   same dictionaries word by word (weaker), TextRank and lead-sentence extractive summaries.
//! - [`metrics`]: corpus BLEU and chrF as sacrebleu computes them, ROUGE-1/2/L as rouge-score
//!   computes them, checked against both tools' numbers.
//! - [`kind`]: the kind, its models behind `tensora_subnet::Model`, and the validator's scoring.
//! - [`bible`]: the validator's tasks with known answers, from Debian's public-domain English and
//!   Spanish Bibles aligned verse by verse (summaries with references known by construction), and
//!   repeated tasks for the consistency check (the same input twice).

pub mod bible;
pub mod kind;
pub mod metrics;
pub mod models;
pub mod task;

pub use bible::BibleTasks;
pub use kind::{Linguista, Reference, Scoring, Truth};
pub use models::Model;
pub use task::{Answer, Task};
