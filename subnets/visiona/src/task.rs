//! Visiona's wire types: the seed's `classify` task, the `detect_text` task, and a miner's answer
//! to each.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a validator (or a dApp) asks, tagged by `task`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "task", rename_all = "snake_case")]
pub enum Task {
    /// The seed's content-moderation call: which of `categories` the image shows.
    Classify {
        /// The image, 28 x 28 pixels, as a `data:image/png;base64,...` URL (miners fetch nothing
        /// from the network; grayscale, RGB or RGBA PNG), at most [`MAX_IMAGE_URL`] bytes.
        image_url: String,
        /// The categories to choose from: names of the model's classes (any case), at least one.
        categories: Vec<String>,
    },
    /// Every line of text in the image: its string and its box.
    DetectText {
        /// The image, at most [`MAX_TEXT_IMAGE_SIDE`] pixels a side, as a
        /// `data:image/png;base64,...` URL of at most [`MAX_TEXT_IMAGE_URL`] bytes.
        image_url: String,
    },
}

impl Task {
    /// The image the task is about.
    pub fn image_url(&self) -> &str {
        match self {
            Self::Classify { image_url, .. } | Self::DetectText { image_url } => image_url,
        }
    }
}

/// A miner's answer: the shape follows the task's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Answer {
    /// The answer to `classify`.
    Category(CategoryAnswer),
    /// The answer to `detect_text`.
    Text(TextAnswer),
}

/// The answer to a `classify` task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryAnswer {
    /// One of the task's categories, as the task wrote it.
    pub category: String,
    /// The model's probability of that category among the task's categories, 0 to 1.
    pub confidence: f64,
    /// Which model produced it.
    pub model: String,
}

/// The answer to a `detect_text` task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextAnswer {
    /// The lines found, top to bottom, at most [`MAX_LINES`].
    pub lines: Vec<TextLine>,
    /// Which model produced it.
    pub model: String,
}

/// One line of text found in an image.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextLine {
    /// What it says.
    pub text: String,
    /// Where it is, in image pixels: left, top, right, bottom (right and bottom exclusive).
    #[serde(rename = "box")]
    pub rect: [f64; 4],
    /// The reader's confidence in the string, 0 to 1.
    pub confidence: f64,
}

/// Longest `image_url` a `classify` task may carry, in bytes.
pub const MAX_IMAGE_URL: usize = 16 * 1024;
/// Longest `image_url` a `detect_text` task may carry, in bytes (under the miners' 64 KiB body
/// limit).
pub const MAX_TEXT_IMAGE_URL: usize = 48 * 1024;
/// Longest side of a `detect_text` image, in pixels.
pub const MAX_TEXT_IMAGE_SIDE: usize = 640;
/// Most lines a `detect_text` answer may hold (a reader reads at most this many boxes).
pub const MAX_LINES: usize = 32;
/// Longest line of text an answer may hold, in characters.
pub const MAX_LINE_CHARS: usize = 256;
