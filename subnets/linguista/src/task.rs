//! Linguista's wire types: the seed's translation task, a summarization task, and a miner's answer.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a validator (or a dApp) asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Task {
    /// The seed's `{"type":"translation","source_lang":"en","target_lang":"es","text":...}`.
    Translation {
        /// ISO 639-1 code of the text's language (`en`, `es`).
        source_lang: String,
        /// ISO 639-1 code of the language wanted.
        target_lang: String,
        /// The text.
        text: String,
    },
    /// Summarize `text` in at most `max_sentences` sentences.
    Summarization {
        /// The text.
        text: String,
        /// Most sentences the summary may have.
        max_sentences: usize,
    },
}

/// A miner's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Answer {
    /// The translation or the summary.
    pub text: String,
    /// Which model produced it.
    pub model: String,
}

/// Longest text a task may carry, in bytes.
pub const MAX_TEXT: usize = 16 * 1024;
