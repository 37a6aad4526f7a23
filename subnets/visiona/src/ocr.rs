//! The miners' text readers: PP-OCRv4's text detector (DB, a probability map of text) and its
//! recognizer (CRNN with a CTC head) from the `rapidocr-onnxruntime` wheel (PyPI;
//! `script/setup.sh` extracts the two ONNX files into `target/visiona-models/ppocr/`), run through
//! tract. The pre- and post-processing around the networks is ours:
//!
//! - **Detection**: the image is scaled so that its longer side is the reader's limit (640 for
//!   `ppocr`, 320 for `ppocr-small`), rounded to multiples of 32, normalised to `(p/255 - 0.5) / 0.5`
//!   in three equal channels. The map is thresholded at 0.3 and dilated by 2 x 2; every
//!   8-connected region becomes an axis-aligned box, kept when the mean probability inside is at
//!   least 0.5, then grown on every side by `area x 1.6 / perimeter` (DB's unclip of a rectangle)
//!   and scaled back to the image. Rotated text is not handled: boxes are axis-aligned.
//! - **Recognition**: each box is cut from the image, scaled to 48 rows (bilinear), padded to a
//!   width bucket of 320, 640 or 960 columns and normalised like the detector's input; the output
//!   (one distribution over the model's 6,623 characters plus blank and space per 8 columns) is
//!   decoded greedily (argmax, repeats merged, blanks dropped). The confidence of a line is the
//!   mean probability of its kept characters. Lines under 0.5 are dropped, as rapidocr does.
//!
//! At most [`MAX_LINES`] boxes are read per image (the first in reading order). tract plans have
//! fixed shapes: one is optimised per input shape and cached (at most eight per network).

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, Mutex};

use tract_onnx::prelude::*;

use crate::image::Gray;
use crate::task::MAX_LINES;

/// The readers a miner may serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReaderName {
    /// PP-OCRv4 detection at up to 640 pixels a side.
    Ppocr,
    /// The same networks with the detector at half that resolution: faster, and it loses small
    /// text.
    PpocrSmall,
}

impl ReaderName {
    /// Its name as served.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ppocr => "ppocr",
            Self::PpocrSmall => "ppocr-small",
        }
    }

    /// The detector's input size: the longer side of the scaled image.
    pub fn limit_side(self) -> usize {
        match self {
            Self::Ppocr => 640,
            Self::PpocrSmall => 256,
        }
    }
}

impl FromStr for ReaderName {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "ppocr" => Ok(Self::Ppocr),
            "ppocr-small" => Ok(Self::PpocrSmall),
            other => Err(format!(
                "unknown Visiona text reader `{other}`: ppocr or ppocr-small"
            )),
        }
    }
}

/// The directory under the models directory holding the two ONNX files.
pub const PPOCR_DIR: &str = "ppocr";
/// The detector's file name (as in the wheel).
pub const DET_FILE: &str = "ch_PP-OCRv4_det_infer.onnx";
/// The recognizer's file name (as in the wheel).
pub const REC_FILE: &str = "ch_PP-OCRv4_rec_infer.onnx";

const DB_THRESHOLD: f32 = 0.3;
const BOX_THRESHOLD: f32 = 0.5;
const UNCLIP_RATIO: f64 = 1.6;
const MIN_BOX_SIDE: f64 = 3.0;
const REC_HEIGHT: usize = 48;
const REC_WIDTHS: [usize; 3] = [320, 640, 960];
const MIN_LINE_CONFIDENCE: f32 = 0.5;
/// Plans kept per network (each optimised shape costs about half a second to build).
const MAX_PLANS: usize = 8;

/// A box in image pixels: left, top, right, bottom (right and bottom exclusive).
pub type Rect = [f64; 4];

/// One line of text found in an image.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// What it says.
    pub text: String,
    /// Where it is.
    pub rect: Rect,
    /// The recognizer's mean probability of its characters.
    pub confidence: f32,
}

type Plan = TypedRunnableModel;

/// An ONNX network with one optimised plan per input shape.
#[derive(Debug)]
struct Network {
    path: String,
    model: InferenceModel,
    plans: Mutex<HashMap<(usize, usize), Arc<Plan>>>,
}

impl Network {
    fn load(path: &Path) -> Result<Self, String> {
        if !path.is_file() {
            return Err(format!(
                "{} does not exist: run script/setup.sh (it extracts PP-OCRv4 from the rapidocr-onnxruntime wheel) or set TENSORA_VISIONA_MODELS",
                path.display()
            ));
        }
        let model = tract_onnx::onnx()
            .model_for_path(path)
            .map_err(|e| format!("loading {}: {e}", path.display()))?;
        Ok(Self {
            path: path.display().to_string(),
            model,
            plans: Mutex::new(HashMap::new()),
        })
    }

    fn plan(&self, height: usize, width: usize) -> Result<Arc<Plan>, String> {
        let mut plans = self.plans.lock().map_err(|_| "plan cache poisoned")?;
        if let Some(plan) = plans.get(&(height, width)) {
            return Ok(plan.clone());
        }
        let fail = |e: TractError| format!("preparing {} for {height} x {width}: {e}", self.path);
        let plan = self
            .model
            .clone()
            .with_input_fact(0, f32::fact([1, 3, height, width]).into())
            .map_err(fail)?
            .into_optimized()
            .map_err(fail)?
            .into_runnable()
            .map_err(fail)?;
        // Images of many sizes would otherwise grow the cache without bound.
        if plans.len() >= MAX_PLANS {
            plans.clear();
        }
        plans.insert((height, width), plan.clone());
        Ok(plan)
    }

    /// Runs on a [1, 3, height, width] input of three equal channels; returns the first output's
    /// values and shape.
    fn run(
        &self,
        height: usize,
        width: usize,
        channel: &[f32],
    ) -> Result<(Vec<f32>, Vec<usize>), String> {
        let plan = self.plan(height, width)?;
        let mut input = Vec::with_capacity(3 * channel.len());
        for _ in 0..3 {
            input.extend_from_slice(channel);
        }
        let tensor =
            Tensor::from_shape(&[1, 3, height, width], &input).map_err(|e| e.to_string())?;
        let outputs = plan
            .run(tvec!(tensor.into()))
            .map_err(|e| format!("running {}: {e}", self.path))?;
        let shape = outputs[0].shape().to_vec();
        let values = outputs[0]
            .to_plain_array_view::<f32>()
            .map_err(|e| format!("reading {}'s output: {e}", self.path))?
            .iter()
            .copied()
            .collect();
        Ok((values, shape))
    }
}

/// A loaded text reader.
#[derive(Debug, Clone)]
pub struct Reader {
    name: ReaderName,
    det: Arc<Network>,
    rec: Arc<Network>,
    /// The recognizer's classes: blank, its dictionary, space.
    characters: Arc<Vec<String>>,
}

/// Bilinear resampling of `image` to `width x height`, normalised to `(p/255 - 0.5) / 0.5`.
fn resample(image: &Gray, width: usize, height: usize) -> Vec<f32> {
    let mut out = Vec::with_capacity(width * height);
    let sx = image.width as f64 / width as f64;
    let sy = image.height as f64 / height as f64;
    for y in 0..height {
        let fy = ((y as f64 + 0.5) * sy - 0.5).clamp(0.0, (image.height - 1) as f64);
        let (y0, wy) = (fy.floor() as usize, fy - fy.floor());
        let y1 = (y0 + 1).min(image.height - 1);
        for x in 0..width {
            let fx = ((x as f64 + 0.5) * sx - 0.5).clamp(0.0, (image.width - 1) as f64);
            let (x0, wx) = (fx.floor() as usize, fx - fx.floor());
            let x1 = (x0 + 1).min(image.width - 1);
            let p = |x, y| f64::from(image.at(x, y));
            let v = (p(x0, y0) * (1.0 - wx) + p(x1, y0) * wx) * (1.0 - wy)
                + (p(x0, y1) * (1.0 - wx) + p(x1, y1) * wx) * wy;
            out.push(((v / 255.0 - 0.5) / 0.5) as f32);
        }
    }
    out
}

/// The part of `image` inside `rect` (clipped to the image), or `None` when that is empty.
fn crop(image: &Gray, rect: &Rect) -> Option<Gray> {
    let x0 = rect[0].floor().max(0.0) as usize;
    let y0 = rect[1].floor().max(0.0) as usize;
    let x1 = (rect[2].ceil() as usize).min(image.width);
    let y1 = (rect[3].ceil() as usize).min(image.height);
    if x1 <= x0 || y1 <= y0 {
        return None;
    }
    let mut out = Gray::filled(x1 - x0, y1 - y0, 0);
    for y in y0..y1 {
        let row = &image.pixels[y * image.width + x0..y * image.width + x1];
        out.pixels[(y - y0) * out.width..(y - y0 + 1) * out.width].copy_from_slice(row);
    }
    Some(out)
}

/// The tight box of the ink inside `rect`: pixels are split into ink and background at Otsu's
/// threshold over the box (the fewer side is ink, dark or light), and the box shrinks to the ink.
/// `None` when the box is empty or of one shade.
pub fn ink_box(image: &Gray, rect: &Rect) -> Option<Rect> {
    let cut = crop(image, rect)?;
    let mut histogram = [0usize; 256];
    for &p in &cut.pixels {
        histogram[usize::from(p)] += 1;
    }
    let n = cut.pixels.len() as f64;
    let total: f64 = histogram
        .iter()
        .enumerate()
        .map(|(v, &c)| v as f64 * c as f64)
        .sum();
    // Otsu: the threshold (pixels <= t on one side) that maximises the between-class variance.
    let (mut best, mut best_variance) = (None, 0.0f64);
    let (mut below, mut below_sum) = (0usize, 0.0f64);
    for (t, &c) in histogram.iter().enumerate() {
        below += c;
        below_sum += t as f64 * c as f64;
        let above = cut.pixels.len() - below;
        if below == 0 || above == 0 {
            continue;
        }
        let (w0, w1) = (below as f64 / n, above as f64 / n);
        let (m0, m1) = (below_sum / below as f64, (total - below_sum) / above as f64);
        let variance = w0 * w1 * (m0 - m1) * (m0 - m1);
        if variance > best_variance {
            (best, best_variance) = (Some((t, below)), variance);
        }
    }
    let (threshold, dark) = best?;
    let ink_is_dark = 2 * dark <= cut.pixels.len();
    let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0, 0);
    for y in 0..cut.height {
        for x in 0..cut.width {
            if (usize::from(cut.at(x, y)) <= threshold) == ink_is_dark {
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
        }
    }
    let (ox, oy) = (rect[0].floor().max(0.0), rect[1].floor().max(0.0));
    (x0 != usize::MAX).then(|| {
        [
            ox + x0 as f64,
            oy + y0 as f64,
            ox + (x1 + 1) as f64,
            oy + (y1 + 1) as f64,
        ]
    })
}

/// DB post-processing of a `width x height` probability map: boxes in map pixels.
pub fn boxes(map: &[f32], width: usize, height: usize) -> Vec<Rect> {
    // Threshold, then dilate by 2 x 2 (a pixel is set when it or its left, upper or upper-left
    // neighbour is).
    let set = |x: usize, y: usize| map[y * width + x] > DB_THRESHOLD;
    let mut bitmap = vec![false; width * height];
    for y in 0..height {
        for x in 0..width {
            bitmap[y * width + x] = set(x, y)
                || (x > 0 && set(x - 1, y))
                || (y > 0 && set(x, y - 1))
                || (x > 0 && y > 0 && set(x - 1, y - 1));
        }
    }
    let mut seen = vec![false; width * height];
    let mut out = Vec::new();
    let mut stack = Vec::new();
    for start in 0..width * height {
        if !bitmap[start] || seen[start] {
            continue;
        }
        // One 8-connected region: its bounding box.
        let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0, 0);
        seen[start] = true;
        stack.push(start);
        while let Some(i) = stack.pop() {
            let (x, y) = (i % width, i / width);
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            for ny in y.saturating_sub(1)..=(y + 1).min(height - 1) {
                for nx in x.saturating_sub(1)..=(x + 1).min(width - 1) {
                    let j = ny * width + nx;
                    if bitmap[j] && !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        let (w, h) = ((x1 - x0 + 1) as f64, (y1 - y0 + 1) as f64);
        if w.min(h) < MIN_BOX_SIDE {
            continue;
        }
        let mut sum = 0.0f64;
        for y in y0..=y1 {
            sum += map[y * width + x0..=y * width + x1]
                .iter()
                .map(|&p| f64::from(p))
                .sum::<f64>();
        }
        if sum / (w * h) < f64::from(BOX_THRESHOLD) {
            continue;
        }
        let grow = w * h * UNCLIP_RATIO / (2.0 * (w + h));
        if (w + 2.0 * grow).min(h + 2.0 * grow) < MIN_BOX_SIDE + 2.0 {
            continue;
        }
        out.push([
            (x0 as f64 - grow).max(0.0),
            (y0 as f64 - grow).max(0.0),
            (x1 as f64 + 1.0 + grow).min(width as f64),
            (y1 as f64 + 1.0 + grow).min(height as f64),
        ]);
    }
    // Reading order: top to bottom, then left to right.
    out.sort_by(|a, b| a[1].total_cmp(&b[1]).then(a[0].total_cmp(&b[0])));
    out
}

/// Greedy CTC decoding of `steps x classes` probabilities: the kept classes' indices and mean
/// probability.
pub fn ctc_greedy(probabilities: &[f32], classes: usize) -> (Vec<usize>, f32) {
    let mut kept = Vec::new();
    let (mut sum, mut previous) = (0.0f32, 0usize);
    for step in probabilities.chunks_exact(classes) {
        let (best, p) = step
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or((0, 0.0), |(i, p)| (i, *p));
        if best != 0 && best != previous {
            kept.push(best);
            sum += p;
        }
        previous = best;
    }
    let confidence = if kept.is_empty() {
        0.0
    } else {
        sum / kept.len() as f32
    };
    (kept, confidence)
}

impl Reader {
    /// Loads `<dir>/ppocr/` (the detector and the recognizer, whose character dictionary is in
    /// its ONNX metadata under `character`).
    pub fn load(dir: &Path, name: ReaderName) -> Result<Self, String> {
        let dir = dir.join(PPOCR_DIR);
        let det = Network::load(&dir.join(DET_FILE))?;
        let rec = Network::load(&dir.join(REC_FILE))?;
        let dictionary = rec
            .model
            .properties
            .get("onnx.metadata_props.character")
            .and_then(|t| {
                t.try_as_plain_ram()
                    .ok()?
                    .to_scalar::<String>()
                    .ok()
                    .cloned()
            })
            .ok_or_else(|| format!("{} has no character dictionary in its metadata", rec.path))?;
        let mut characters = vec![String::new()];
        characters.extend(dictionary.lines().map(str::to_owned));
        characters.push(" ".into());
        Ok(Self {
            name,
            det: Arc::new(det),
            rec: Arc::new(rec),
            characters: Arc::new(characters),
        })
    }

    /// Which reader it is.
    pub fn name(&self) -> ReaderName {
        self.name
    }

    /// The detector's input size for an image of `width x height`: scaled so the longer side is
    /// the reader's limit, in multiples of 32.
    fn detector_size(&self, width: usize, height: usize) -> (usize, usize) {
        let scale = self.name.limit_side() as f64 / width.max(height).max(1) as f64;
        let round32 = |side: usize| ((side as f64 * scale / 32.0).round() as usize).max(1) * 32;
        (round32(width), round32(height))
    }

    /// Builds the plans a `width x height` image needs (the detector's for that size, the
    /// recognizer's for every width bucket) before the first task asks for them: optimising a
    /// plan takes longer than a task's timeout allows in a debug build.
    pub fn warm_up(&self, width: usize, height: usize) -> Result<(), String> {
        let (w, h) = self.detector_size(width, height);
        self.det.plan(h, w)?;
        for bucket in REC_WIDTHS {
            self.rec.plan(REC_HEIGHT, bucket)?;
        }
        Ok(())
    }

    /// The text boxes of `image`, in image pixels.
    pub fn detect(&self, image: &Gray) -> Result<Vec<Rect>, String> {
        let (width, height) = self.detector_size(image.width, image.height);
        let input = resample(image, width, height);
        let (map, shape) = self.det.run(height, width, &input)?;
        if shape != [1, 1, height, width] {
            return Err(format!(
                "the detector returned a map of shape {shape:?}, not [1, 1, {height}, {width}]"
            ));
        }
        let (sx, sy) = (
            image.width as f64 / width as f64,
            image.height as f64 / height as f64,
        );
        Ok(boxes(&map, width, height)
            .into_iter()
            .map(|r| [r[0] * sx, r[1] * sy, r[2] * sx, r[3] * sy])
            .collect())
    }

    /// What the line of text in `line` (one detected box, cut out) says, and the confidence.
    pub fn recognize(&self, line: &Gray) -> Result<(String, f32), String> {
        let wanted = (REC_HEIGHT as f64 * line.width as f64 / line.height as f64).ceil() as usize;
        let bucket = REC_WIDTHS
            .iter()
            .copied()
            .find(|&w| w >= wanted)
            .unwrap_or(REC_WIDTHS[REC_WIDTHS.len() - 1]);
        let width = wanted.clamp(1, bucket);
        let scaled = resample(line, width, REC_HEIGHT);
        // Pad on the right with 0 (mid-gray after normalisation), as PaddleOCR does.
        let mut input = vec![0f32; REC_HEIGHT * bucket];
        for y in 0..REC_HEIGHT {
            input[y * bucket..y * bucket + width]
                .copy_from_slice(&scaled[y * width..(y + 1) * width]);
        }
        let (probabilities, shape) = self.rec.run(REC_HEIGHT, bucket, &input)?;
        let classes = self.characters.len();
        if shape.len() != 3 || shape[2] != classes {
            return Err(format!(
                "the recognizer returned shape {shape:?}, not [1, steps, {classes}]"
            ));
        }
        let (kept, confidence) = ctc_greedy(&probabilities, classes);
        let text: String = kept.iter().map(|&i| self.characters[i].as_str()).collect();
        Ok((text.trim().to_owned(), confidence))
    }

    /// Every line of text in `image`: detected, cut out and recognized, in reading order.
    pub fn read(&self, image: &Gray) -> Result<Vec<Line>, String> {
        let mut lines = Vec::new();
        // At most MAX_LINES boxes are read, so an image of specks costs a bounded time.
        for rect in self.detect(image)?.into_iter().take(MAX_LINES) {
            let Some(cut) = crop(image, &rect) else {
                continue;
            };
            let (text, confidence) = self.recognize(&cut)?;
            if confidence >= MIN_LINE_CONFIDENCE && !text.is_empty() {
                lines.push(Line {
                    text,
                    rect: ink_box(image, &rect).unwrap_or(rect),
                    confidence,
                });
            }
        }
        Ok(lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn db_boxes_are_the_regions_above_threshold_grown_by_the_unclip_distance() {
        // A 10 x 4 region of probability 0.9 at (5, 6) in a 40 x 20 map, and a 2 x 2 speck.
        let (w, h) = (40, 20);
        let mut map = vec![0.0f32; w * h];
        for y in 6..10 {
            for x in 5..15 {
                map[y * w + x] = 0.9;
            }
        }
        map[w + 30] = 0.9;
        map[w + 31] = 0.9;
        let found = boxes(&map, w, h);
        assert_eq!(found.len(), 1, "{found:?}");
        // Dilation adds a row and a column: 11 x 5 from (5, 6); grow = 55 x 1.6 / 32 = 2.75.
        let g = 11.0 * 5.0 * 1.6 / 32.0;
        let expected = [5.0 - g, 6.0 - g, 16.0 + g, 11.0 + g];
        for (a, b) in found[0].iter().zip(expected) {
            assert!((a - b).abs() < 1e-9, "{found:?} vs {expected:?}");
        }
        // A region whose mean probability is under 0.5 is dropped.
        let faint: Vec<f32> = map
            .iter()
            .map(|&p| if p > 0.0 { 0.35 } else { 0.0 })
            .collect();
        assert!(boxes(&faint, w, h).is_empty());
    }

    #[test]
    fn ctc_merges_repeats_and_drops_blanks() {
        // Classes: blank, a, b. Steps: a a blank a b b blank.
        let one_hot = |c: usize| {
            let mut v = [0.05f32; 3];
            v[c] = 0.9;
            v
        };
        let steps: Vec<f32> = [1, 1, 0, 1, 2, 2, 0]
            .iter()
            .flat_map(|&c| one_hot(c))
            .collect();
        let (kept, confidence) = ctc_greedy(&steps, 3);
        assert_eq!(kept, vec![1, 1, 2]);
        assert!((confidence - 0.9).abs() < 1e-6);
        assert_eq!(ctc_greedy(&[0.9, 0.05, 0.05], 3), (vec![], 0.0));
    }
}
