//! Linguista, the seeds' NLP subnet.
//!
//! - [`metrics`]: corpus BLEU and chrF as sacrebleu computes them, ROUGE-1/2/L as rouge-score
//!   computes them, checked against both tools' numbers.
//!
//! Still to come on this crate (issue #15): the `translation` and `summarization` task kinds on
//! `tensora-subnet`, the apertium and word-by-word miners, the extractive summarizer, and the
//! validator's tasks from the aligned public-domain Bibles.

pub mod metrics;
