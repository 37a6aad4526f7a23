//! Visiona's wire types: the seed's `classify` task and a miner's answer.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a validator (or a dApp) asks: which of `categories` the image shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Task {
    /// Always `classify` (the seed's field name).
    pub task: String,
    /// The image, 28 x 28 pixels, as a `data:image/png;base64,...` URL (miners fetch nothing from
    /// the network; grayscale, RGB or RGBA PNG).
    pub image_url: String,
    /// The categories to choose from: names of the model's classes (any case), at least one.
    pub categories: Vec<String>,
}

/// A miner's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Answer {
    /// One of the task's categories, as the task wrote it.
    pub category: String,
    /// The model's probability of that category among the task's categories, 0 to 1.
    pub confidence: f64,
    /// Which model produced it.
    pub model: String,
}

/// Longest `image_url` a task may carry, in bytes.
pub const MAX_IMAGE_URL: usize = 16 * 1024;
