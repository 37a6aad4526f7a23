//! Visiona, the seeds' vision subnet, as a `tensora-subnet` kind: the seed's content-moderation
//! call shape (`{"task": "classify", "image_url": ..., "categories": [...]}`) on Fashion-MNIST
//! images.
//!
//! - [`task`]: the task and a miner's answer.
//! - [`image`]: images as `data:image/png;base64,` URLs (miners fetch nothing from the network).
//! - [`data`]: Debian's `dataset-fashion-mnist` (idx files), the validator's source of images with
//!   known labels.
//! - [`model`]: ONNX classifiers (trained from the same package's training split by
//!   `train/train.py`) run through tract.
//! - [`kind`]: the kind, its models behind `tensora_subnet::Model`, the validator's tasks and
//!   scoring.

pub mod data;
pub mod image;
pub mod kind;
pub mod model;
pub mod task;

pub use kind::{FashionTasks, Scoring, Visiona};
pub use model::{CLASSES, Classifier, ModelName};
pub use task::{Answer, Task};
