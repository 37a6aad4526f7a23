//! Visiona, the seeds' vision subnet, as a `tensora-subnet` kind: the seed's content-moderation
//! call shape (`{"task": "classify", "image_url": ..., "categories": [...]}`) on Fashion-MNIST
//! images, and `{"task": "detect_text", "image_url": ...}` (every line of text: its string and
//! box) on images a validator renders.
//!
//! - [`task`]: the task and a miner's answer.
//! - [`image`]: images as `data:image/png;base64,` URLs (miners fetch nothing from the network).
//! - [`data`]: Debian's `dataset-fashion-mnist` (idx files), the validator's source of images with
//!   known labels.
//! - [`model`]: ONNX classifiers (trained from the same package's training split by
//!   `train/train.py`) run through tract.
//! - [`ocr`]: PP-OCRv4 text detection and recognition (ONNX, from a PyPI wheel) run through tract.
//! - [`render`]: text drawn into images with known boxes (DejaVu Sans), for `detect_text` tasks.
//! - [`text_score`]: box matching by IoU, F1 and character error rate.
//! - [`kind`]: the kind, its models behind `tensora_subnet::Model`, the validator's tasks and
//!   scoring.

pub mod data;
pub mod image;
pub mod kind;
pub mod model;
pub mod ocr;
pub mod render;
pub mod task;
pub mod text_score;

pub use kind::{FashionTasks, Miner, Reference, Scoring, TextTasks, Truth, Visiona, VisionaTasks};
pub use model::{CLASSES, Classifier, ModelName};
pub use ocr::{Reader, ReaderName};
pub use render::Pen;
pub use task::{Answer, CategoryAnswer, Task, TextAnswer, TextLine};
