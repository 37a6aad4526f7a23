//! A miner's model, chosen by flags shared by `tensora miner serve` (answers over HTTP) and
//! `tensora miner answer` (answers escrowed requests on chain): the kind, the model's name and,
//! for Visiona, the text reader and the directory of the trained ONNX files.

use tensora_linguista::Linguista;
use tensora_predictia::Predictia;
use tensora_subnet::{Kind, Model};
use tensora_visiona::Visiona;

use super::KindArg;
use crate::context::CliError;

/// The model flags.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct ModelArgs {
    /// The subnet kind served: predictia (forecasts), linguista (translation, summaries) or
    /// visiona (image classification, reading text).
    #[arg(long, value_enum, default_value_t = KindArg::Predictia)]
    pub(crate) kind: KindArg,
    /// The model: for predictia naive, holt (default) or ar; for linguista apertium (default),
    /// word-by-word, textrank or lead; for visiona mlp (default) or linear.
    #[arg(long)]
    pub(crate) model: Option<String>,
    /// Visiona: the text reader for detect_text tasks, ppocr (default) or ppocr-small (the same
    /// PP-OCRv4 networks with the detector at 256 pixels: faster, misses small text).
    #[arg(long)]
    pub(crate) ocr: Option<String>,
    /// Visiona: the directory of the trained ONNX models (default: TENSORA_VISIONA_MODELS, or a
    /// checkout's target/visiona-models).
    #[arg(long)]
    pub(crate) models: Option<std::path::PathBuf>,
}

/// What to do with the loaded model, whatever its kind.
pub(crate) trait WithModel {
    /// What it gives.
    type Output;
    /// Runs with `model`, of kind `K`, named `label`.
    fn run<K: Kind, M: Model<K>>(self, model: M, label: String) -> Self::Output;
}

/// Loads the model the flags name and hands it to `with`.
pub(crate) fn load<W: WithModel>(args: &ModelArgs, with: W) -> Result<W::Output, CliError> {
    if !matches!(args.kind, KindArg::Visiona) && (args.ocr.is_some() || args.models.is_some()) {
        return Err("--ocr and --models apply to --kind visiona only".into());
    }
    Ok(match args.kind {
        KindArg::Predictia => {
            let model: tensora_predictia::Model =
                args.model.as_deref().unwrap_or("holt").parse()?;
            with.run::<Predictia, _>(model, model.name().to_owned())
        }
        KindArg::Linguista => {
            let model: tensora_linguista::Model =
                args.model.as_deref().unwrap_or("apertium").parse()?;
            with.run::<Linguista, _>(model, model.name().to_owned())
        }
        KindArg::Visiona => {
            let name: tensora_visiona::ModelName =
                args.model.as_deref().unwrap_or("mlp").parse()?;
            let reader: tensora_visiona::ReaderName =
                args.ocr.as_deref().unwrap_or("ppocr").parse()?;
            let dir = crate::locate::visiona_models(args.models.clone())?;
            let model = tensora_visiona::Miner::load(&dir, name, reader)?;
            let label = Model::<Visiona>::name(&model).to_owned();
            with.run::<Visiona, _>(model, label)
        }
    })
}

/// Fails unless `dir` (the outputs directory `miner serve` and `miner answer` share) exists.
pub(crate) fn check_outputs_dir(dir: &std::path::Path) -> Result<(), CliError> {
    if dir.is_dir() {
        return Ok(());
    }
    Err(format!(
        "--outputs-dir {} is not a directory (create it, and pass the same one to `tensora miner serve` and `tensora miner answer`)",
        dir.display()
    )
    .into())
}
