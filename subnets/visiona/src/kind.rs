//! Visiona as a subnet kind ([`tensora_subnet::Kind`]): a classifier and a text reader behind
//! [`tensora_subnet::Model`] ([`Miner`]), tasks from the Fashion-MNIST test split and rendered
//! text behind [`TaskSource`], and the scoring behind [`Scorer`].

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tensora_subnet::{Kind, Outcome, Referee, Refusal, Scorer, TaskSource};

use crate::data::Split;
use crate::image::{self, Gray};
use crate::model::{CLASSES, Classifier, ModelName};
use crate::ocr::{Reader, ReaderName};
use crate::render::{Drawn, Pen};
use crate::task::{
    Answer, CategoryAnswer, MAX_IMAGE_URL, MAX_LINE_CHARS, MAX_LINES, MAX_TEXT_IMAGE_SIDE,
    MAX_TEXT_IMAGE_URL, Task, TextAnswer, TextLine,
};
use crate::text_score;

/// The Visiona kind: `classify` tasks answered with one of the given categories, `detect_text`
/// tasks answered with lines of text and their boxes.
#[derive(Debug, Clone, Copy)]
pub struct Visiona;

impl Kind for Visiona {
    const INFERENCE_TYPE: &'static str = "vision";
    const ROUTE: &'static str = "/infer";
    type Task = Task;
    type Answer = Answer;
    type Truth = Truth;
}

/// What a validator knows about a task's right answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Truth {
    /// A `classify` image's true category.
    Category(String),
    /// The lines a validator drew into a `detect_text` image.
    Text(Vec<Drawn>),
}

/// The index in [`CLASSES`] of a category name (any case).
fn class_of(category: &str) -> Option<usize> {
    CLASSES
        .iter()
        .position(|c| c.eq_ignore_ascii_case(category.trim()))
}

/// A Visiona miner: a classifier for `classify` and a text reader for `detect_text`.
#[derive(Debug, Clone)]
pub struct Miner {
    classifier: Classifier,
    reader: Reader,
    name: String,
}

impl Miner {
    /// A miner serving `classifier` and `reader`.
    pub fn new(classifier: Classifier, reader: Reader) -> Self {
        let name = format!("{}+{}", classifier.name().name(), reader.name().name());
        Self {
            classifier,
            reader,
            name,
        }
    }

    /// Loads both models from the models directory, and starts building the text reader's
    /// plans for the validators' image size in the background (a task arriving meanwhile waits
    /// for them; a failure there is reported by the task that needs the plan).
    pub fn load(dir: &Path, classifier: ModelName, reader: ReaderName) -> Result<Self, String> {
        let classifier = Classifier::load(dir, classifier)?;
        let reader = Reader::load(dir, reader)?;
        let warm = reader.clone();
        std::thread::spawn(move || warm.warm_up(TEXT_IMAGE_WIDTH, TEXT_IMAGE_HEIGHT));
        Ok(Self::new(classifier, reader))
    }

    fn classify(&self, image_url: &str, categories: &[String]) -> Result<Answer, Refusal> {
        if image_url.len() > MAX_IMAGE_URL {
            return Err(Refusal(format!(
                "image_url of {} bytes is over the {MAX_IMAGE_URL}-byte limit",
                image_url.len()
            )));
        }
        if categories.is_empty() {
            return Err(Refusal("categories must name at least one class".into()));
        }
        let mut classes = Vec::with_capacity(categories.len());
        for c in categories {
            let class = class_of(c).ok_or_else(|| {
                Refusal(format!(
                    "unknown category `{c}`: this miner knows {}",
                    CLASSES.join(", ")
                ))
            })?;
            if classes.contains(&class) {
                return Err(Refusal(format!("category `{c}` is listed twice")));
            }
            classes.push(class);
        }
        let pixels = image::decode(image_url).map_err(Refusal)?;
        let p = self.classifier.probabilities(&pixels).map_err(Refusal)?;
        let total: f64 = classes.iter().map(|&c| f64::from(p[c])).sum();
        let (best, &class) = classes
            .iter()
            .enumerate()
            .max_by(|a, b| p[*a.1].total_cmp(&p[*b.1]))
            .ok_or_else(|| Refusal("no category".into()))?;
        Ok(Answer::Category(CategoryAnswer {
            category: categories[best].clone(),
            confidence: if total > 0.0 {
                f64::from(p[class]) / total
            } else {
                0.0
            },
            model: self.classifier.name().name().to_owned(),
        }))
    }

    fn detect_text(&self, image_url: &str) -> Result<Answer, Refusal> {
        if image_url.len() > MAX_TEXT_IMAGE_URL {
            return Err(Refusal(format!(
                "image_url of {} bytes is over the {MAX_TEXT_IMAGE_URL}-byte limit",
                image_url.len()
            )));
        }
        let image = image::decode_gray(image_url, MAX_TEXT_IMAGE_SIDE).map_err(Refusal)?;
        let lines = self.reader.read(&image).map_err(Refusal)?;
        Ok(Answer::Text(TextAnswer {
            lines: lines
                .into_iter()
                .map(|l| TextLine {
                    text: l.text.chars().take(MAX_LINE_CHARS).collect(),
                    rect: l.rect,
                    confidence: f64::from(l.confidence).clamp(0.0, 1.0),
                })
                .collect(),
            model: self.reader.name().name().to_owned(),
        }))
    }
}

impl tensora_subnet::Model<Visiona> for Miner {
    fn name(&self) -> &str {
        &self.name
    }

    fn answer(&self, task: &Task) -> Result<Answer, Refusal> {
        match task {
            Task::Classify {
                image_url,
                categories,
            } => self.classify(image_url, categories),
            Task::DetectText { image_url } => self.detect_text(image_url),
        }
    }
}

/// `classify` tasks with known answers from the test split: `count` images per epoch, each with
/// its true category among `choices` categories (the others drawn at random), in random order.
#[derive(Debug, Clone)]
pub struct FashionTasks {
    /// The test split.
    pub split: Split,
    /// Tasks per epoch.
    pub count: usize,
    /// Categories offered per task, 2 to 10.
    pub choices: usize,
}

/// A uniform draw in `0..bound` (0 when `bound` is 0) from a splitmix64 stream.
fn draw(state: &mut u64, bound: usize) -> usize {
    usize::try_from(tensora_subnet::splitmix64(state) % bound.max(1) as u64).unwrap_or(0)
}

impl TaskSource<Visiona> for FashionTasks {
    fn tasks(&self, seed: u64) -> Vec<(Task, Truth)> {
        let n = self.split.images.len().min(self.split.labels.len());
        if n == 0 {
            return Vec::new();
        }
        let choices = self.choices.clamp(2, CLASSES.len());
        let mut state = seed;
        (0..self.count)
            .map(|_| {
                let i = draw(&mut state, n);
                let truth = usize::from(self.split.labels[i]) % CLASSES.len();
                // A shuffled deck of the other classes; the truth goes in at a random place.
                let mut others: Vec<usize> = (0..CLASSES.len()).filter(|&c| c != truth).collect();
                for k in (1..others.len()).rev() {
                    others.swap(k, draw(&mut state, k + 1));
                }
                let mut offered: Vec<usize> = others[..choices - 1].to_vec();
                offered.insert(draw(&mut state, choices), truth);
                (
                    Task::Classify {
                        image_url: image::data_url(&self.split.images[i]),
                        categories: offered.iter().map(|&c| CLASSES[c].to_owned()).collect(),
                    },
                    Truth::Category(CLASSES[truth].to_owned()),
                )
            })
            .collect()
    }
}

/// `detect_text` tasks with known answers, rendered: `count` images per epoch of
/// [`TEXT_IMAGE_WIDTH`] x [`TEXT_IMAGE_HEIGHT`] pixels, each with 1 to 3 lines of made-up words
/// and numbers (so no reader can have memorised them) at 14 to 40 pixels, one line per third of
/// the image, dark ink on a light background of random shades. The truth of a line is its string
/// and the tight box of the pixels it inked.
#[derive(Debug, Clone)]
pub struct TextTasks {
    /// The font.
    pub pen: Arc<Pen>,
    /// Tasks per epoch.
    pub count: usize,
}

/// Width of a rendered `detect_text` image.
pub const TEXT_IMAGE_WIDTH: usize = 480;
/// Height of a rendered `detect_text` image.
pub const TEXT_IMAGE_HEIGHT: usize = 256;

/// A made-up phrase: one or two capitalised words of two or three syllables, and sometimes a
/// number.
fn phrase(state: &mut u64) -> String {
    const CONSONANTS: &[u8] = b"bdfgkmnprstvz";
    const VOWELS: &[u8] = b"aeiou";
    let mut words = Vec::new();
    for _ in 0..1 + draw(state, 2) {
        let mut word = String::new();
        for _ in 0..2 + draw(state, 2) {
            word.push(char::from(CONSONANTS[draw(state, CONSONANTS.len())]));
            word.push(char::from(VOWELS[draw(state, VOWELS.len())]));
        }
        words.push(word[..1].to_uppercase() + &word[1..]);
    }
    if draw(state, 2) == 0 {
        words.push((10 + draw(state, 9_990)).to_string());
    }
    words.join(" ")
}

impl TextTasks {
    /// One rendered image and the lines drawn into it.
    pub fn render(&self, state: &mut u64) -> (Gray, Vec<Drawn>) {
        let (width, height) = (TEXT_IMAGE_WIDTH, TEXT_IMAGE_HEIGHT);
        let background = 200 + draw(state, 56) as u8;
        let ink = draw(state, 80) as u8;
        let mut image = Gray::filled(width, height, background);
        let band = height / 3;
        let mut bands = [0usize, 1, 2];
        for k in (1..bands.len()).rev() {
            bands.swap(k, draw(state, k + 1));
        }
        let mut chosen = bands[..1 + draw(state, 3)].to_vec();
        chosen.sort_unstable();
        let mut drawn = Vec::new();
        for b in chosen {
            let text = phrase(state);
            let mut size = 10.0 + draw(state, 31) as f32;
            let room = (width - 16) as f32;
            let (w, _) = self.pen.measure(&text, size);
            if w > room {
                size *= room / w;
            }
            let (w, h) = self.pen.measure(&text, size);
            let x = 8.0 + draw(state, (room - w).max(1.0) as usize) as f32;
            let y = (b * band) as f32 + draw(state, (band as f32 - h).max(1.0) as usize) as f32;
            drawn.extend(self.pen.draw(&mut image, &text, size, x, y, ink));
        }
        (image, drawn)
    }
}

impl TaskSource<Visiona> for TextTasks {
    fn tasks(&self, seed: u64) -> Vec<(Task, Truth)> {
        let mut state = seed;
        (0..self.count)
            .map(|_| {
                let (image, drawn) = self.render(&mut state);
                (
                    Task::DetectText {
                        image_url: image.data_url(),
                    },
                    Truth::Text(drawn),
                )
            })
            .collect()
    }
}

/// A validator's epoch of Visiona tasks: the `classify` tasks and the `detect_text` tasks,
/// shuffled together (each source gets its own seed stream).
#[derive(Debug, Clone)]
pub struct VisionaTasks {
    /// The `classify` tasks.
    pub classify: FashionTasks,
    /// The `detect_text` tasks.
    pub text: TextTasks,
}

impl TaskSource<Visiona> for VisionaTasks {
    fn tasks(&self, seed: u64) -> Vec<(Task, Truth)> {
        let mut state = seed;
        let mut tasks = self.classify.tasks(tensora_subnet::splitmix64(&mut state));
        tasks.extend(self.text.tasks(tensora_subnet::splitmix64(&mut state)));
        for k in (1..tasks.len()).rev() {
            tasks.swap(k, draw(&mut state, k + 1));
        }
        tasks
    }
}

/// Visiona's scoring. Each task scores 0 to 1: a `classify` answer 1 when its category is the
/// true one (compared without regard to case); a `detect_text` answer its
/// [`text_score::score`] quality, `F1 x max(0, 1 - CER)` (boxes matched at IoU 0.5 or more, and
/// the character error rate of the matched lines); an answer of the wrong shape 0. A miner's
/// quality is the mean over the epoch's tasks, divided by 1 plus a latency penalty of up to 10%
/// (mean latency relative to the task timeout). The best miner scores 65535, the others in
/// proportion; a miner that missed any task, or scored nothing, scores 0 (a miss is flagged as
/// timed out).
#[derive(Debug, Clone, Copy, Default)]
pub struct Scoring;

/// What one answer to one task is worth, 0 to 1.
pub fn task_quality(answer: &Answer, truth: &Truth) -> f64 {
    truth_agreement(&as_truth(answer), truth)
}

/// What a validator would take as the truth if `answer` were right.
fn as_truth(answer: &Answer) -> Truth {
    match answer {
        Answer::Category(a) => Truth::Category(a.category.trim().to_owned()),
        Answer::Text(a) => Truth::Text(
            a.lines
                .iter()
                .map(|l| Drawn {
                    text: l.text.clone(),
                    rect: l.rect,
                })
                .collect(),
        ),
    }
}

/// Visiona's reference for a request ([`Referee`]): the panel's weighted medoid under
/// [`task_quality`] (for `classify`, the category with the most weight; for `detect_text`, the
/// reading that matches the others best), among the answers of the task's shape: a **stand-in
/// for the true category or text**, which no one knows for a dApp's image.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reference;

impl Referee<Visiona> for Reference {
    fn reference(&self, task: &Task, panel: &[(Answer, f64)]) -> Option<Truth> {
        let shaped: Vec<(Truth, f64)> = panel
            .iter()
            .filter(|(a, _)| {
                matches!(
                    (task, a),
                    (Task::Classify { .. }, Answer::Category(_))
                        | (Task::DetectText { .. }, Answer::Text(_))
                )
            })
            .map(|(a, w)| (as_truth(a), *w))
            .collect();
        let best = tensora_subnet::medoid(&shaped, truth_agreement)?;
        Some(shaped[best].0.clone())
    }
}

/// What an answer saying `other` is worth when `truth` is right: for categories 1 or 0 (any
/// case); for text its [`text_score::score`] quality; 0 across shapes.
fn truth_agreement(other: &Truth, truth: &Truth) -> f64 {
    match (other, truth) {
        (Truth::Category(a), Truth::Category(b)) => f64::from(u8::from(a.eq_ignore_ascii_case(b))),
        (Truth::Text(a), Truth::Text(b)) => {
            let answered: Vec<(&str, [f64; 4])> =
                a.iter().map(|d| (d.text.as_str(), d.rect)).collect();
            let truth: Vec<(&str, [f64; 4])> =
                b.iter().map(|d| (d.text.as_str(), d.rect)).collect();
            text_score::score(&answered, &truth).quality
        }
        _ => 0.0,
    }
}

/// One miner's quality, `None` when it missed a task.
pub fn quality(outcomes: &[Outcome<Answer>], truths: &[Truth], timeout: Duration) -> Option<f64> {
    if outcomes.is_empty() {
        return None;
    }
    let (mut total, mut latency) = (0.0f64, 0.0f64);
    for (outcome, truth) in outcomes.iter().zip(truths) {
        let Outcome::Answered { answer, latency: l } = outcome else {
            return None;
        };
        latency += l.as_secs_f64();
        total += task_quality(answer, truth);
    }
    let mean = total / outcomes.len() as f64;
    let mean_latency = latency / outcomes.len() as f64;
    Some(mean / (1.0 + 0.1 * (mean_latency / timeout.as_secs_f64().max(1e-9)).min(1.0)))
}

/// What is wrong with a `detect_text` answer's lines, if anything.
fn check_lines(lines: &[TextLine]) -> Result<(), String> {
    if lines.len() > MAX_LINES {
        return Err(format!(
            "{} lines is more than the {MAX_LINES} allowed",
            lines.len()
        ));
    }
    for (i, line) in lines.iter().enumerate() {
        let [x0, y0, x1, y1] = line.rect;
        if !line.rect.iter().all(|v| v.is_finite()) || x1 <= x0 || y1 <= y0 {
            return Err(format!(
                "line {i}: box {:?} is not [left, top, right, bottom] with left < right and top < bottom",
                line.rect
            ));
        }
        if !(0.0..=1.0).contains(&line.confidence) {
            return Err(format!(
                "line {i}: confidence {} is not a probability",
                line.confidence
            ));
        }
        if line.text.chars().count() > MAX_LINE_CHARS {
            return Err(format!(
                "line {i}: text is longer than {MAX_LINE_CHARS} characters"
            ));
        }
    }
    Ok(())
}

impl Scorer<Visiona> for Scoring {
    fn check(&self, answer: &Answer) -> Result<(), String> {
        match answer {
            Answer::Category(a) => {
                if a.category.trim().is_empty() {
                    return Err("category is empty".into());
                }
                if !(0.0..=1.0).contains(&a.confidence) {
                    return Err(format!("confidence {} is not a probability", a.confidence));
                }
                Ok(())
            }
            Answer::Text(a) => check_lines(&a.lines),
        }
    }

    fn scores(
        &self,
        outcomes: &[Vec<Outcome<Answer>>],
        truths: &[Truth],
        timeout: Duration,
    ) -> Vec<u16> {
        let q: Vec<Option<f64>> = outcomes
            .iter()
            .map(|o| quality(o, truths, timeout))
            .collect();
        tensora_subnet::proportional_scores(&q)
    }
}
