//! The miners' classifiers: ONNX models (`image` float32 [1, 784], pixels / 255 -> `probabilities`
//! float32 [1, 10]) run through tract. `train/train.py` trains both from the training split of
//! Debian's `dataset-fashion-mnist` (`script/setup.sh` runs it into `target/visiona-models/`).

use std::path::Path;
use std::str::FromStr;

use tract_onnx::prelude::*;

use crate::image::PIXELS;

/// Fashion-MNIST's labels, in label order (the training script writes the same list).
pub const CLASSES: [&str; 10] = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
];

/// The classifiers a miner may serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelName {
    /// 784-128-10 with ReLU (about 87% on the test split).
    Mlp,
    /// Softmax regression (about 83%).
    Linear,
}

impl ModelName {
    /// Its name as served, and its file's stem.
    pub fn name(self) -> &'static str {
        match self {
            Self::Mlp => "mlp",
            Self::Linear => "linear",
        }
    }
}

impl FromStr for ModelName {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "mlp" => Ok(Self::Mlp),
            "linear" => Ok(Self::Linear),
            other => Err(format!("unknown Visiona model `{other}`: mlp or linear")),
        }
    }
}

/// The environment variable naming the directory of the trained models (default in a checkout:
/// `target/visiona-models/`).
pub const MODELS_ENV: &str = "TENSORA_VISIONA_MODELS";

type Plan = TypedRunnableModel;

/// A loaded classifier.
#[derive(Debug, Clone)]
pub struct Classifier {
    name: ModelName,
    plan: std::sync::Arc<Plan>,
}

impl Classifier {
    /// Loads `<dir>/<name>.onnx`.
    pub fn load(dir: &Path, name: ModelName) -> Result<Self, String> {
        let path = dir.join(format!("{}.onnx", name.name()));
        let fail = |e: TractError| format!("loading {}: {e}", path.display());
        if !path.is_file() {
            return Err(format!(
                "{} does not exist: run script/setup.sh (it trains Visiona's models) or set TENSORA_VISIONA_MODELS",
                path.display()
            ));
        }
        let plan = tract_onnx::onnx()
            .model_for_path(&path)
            .map_err(fail)?
            .with_input_fact(0, f32::fact([1, PIXELS]).into())
            .map_err(fail)?
            .into_optimized()
            .map_err(fail)?
            .into_runnable()
            .map_err(fail)?;
        Ok(Self { name, plan })
    }

    /// Which model it is.
    pub fn name(&self) -> ModelName {
        self.name
    }

    /// The probability of each of [`CLASSES`] for a grayscale image.
    pub fn probabilities(&self, pixels: &[u8; PIXELS]) -> Result<[f32; 10], String> {
        let input: Vec<f32> = pixels.iter().map(|&p| f32::from(p) / 255.0).collect();
        let tensor = Tensor::from_shape(&[1, PIXELS], &input).map_err(|e| e.to_string())?;
        let outputs = self
            .plan
            .run(tvec!(tensor.into()))
            .map_err(|e| format!("running {}: {e}", self.name.name()))?;
        let probabilities: Vec<f32> = outputs[0]
            .to_plain_array_view::<f32>()
            .map_err(|e| format!("reading {}'s output: {e}", self.name.name()))?
            .iter()
            .copied()
            .collect();
        let mut out = [0f32; 10];
        if probabilities.len() != out.len() {
            return Err(format!(
                "{} returned {} probabilities, not 10",
                self.name.name(),
                probabilities.len()
            ));
        }
        out.copy_from_slice(&probabilities);
        Ok(out)
    }
}
