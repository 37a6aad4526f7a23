//! Visiona as a subnet kind ([`tensora_subnet::Kind`]): the classifiers behind
//! [`tensora_subnet::Model`], tasks from the test split behind [`TaskSource`], and the scoring
//! behind [`Scorer`].

use std::time::Duration;

use tensora_subnet::{Kind, Outcome, Refusal, Scorer, TaskSource};

use crate::data::Split;
use crate::image;
use crate::model::{CLASSES, Classifier};
use crate::task::{Answer, MAX_IMAGE_URL, Task};

/// The Visiona kind: `classify` tasks answered with one of the given categories.
#[derive(Debug, Clone, Copy)]
pub struct Visiona;

impl Kind for Visiona {
    const INFERENCE_TYPE: &'static str = "vision";
    const ROUTE: &'static str = "/classify";
    type Task = Task;
    type Answer = Answer;
    /// The image's true category.
    type Truth = String;
}

/// The index in [`CLASSES`] of a category name (any case).
fn class_of(category: &str) -> Option<usize> {
    CLASSES
        .iter()
        .position(|c| c.eq_ignore_ascii_case(category.trim()))
}

impl tensora_subnet::Model<Visiona> for Classifier {
    fn name(&self) -> &str {
        Classifier::name(self).name()
    }

    fn answer(&self, task: &Task) -> Result<Answer, Refusal> {
        if task.task != "classify" {
            return Err(Refusal(format!(
                "unsupported task `{}`: this miner serves classify",
                task.task
            )));
        }
        if task.image_url.len() > MAX_IMAGE_URL {
            return Err(Refusal(format!(
                "image_url of {} bytes is over the {MAX_IMAGE_URL}-byte limit",
                task.image_url.len()
            )));
        }
        if task.categories.is_empty() {
            return Err(Refusal("categories must name at least one class".into()));
        }
        let mut classes = Vec::with_capacity(task.categories.len());
        for c in &task.categories {
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
        let pixels = image::decode(&task.image_url).map_err(Refusal)?;
        let p = self.probabilities(&pixels).map_err(Refusal)?;
        let total: f64 = classes.iter().map(|&c| f64::from(p[c])).sum();
        let (best, &class) = classes
            .iter()
            .enumerate()
            .max_by(|a, b| p[*a.1].total_cmp(&p[*b.1]))
            .ok_or_else(|| Refusal("no category".into()))?;
        Ok(Answer {
            category: task.categories[best].clone(),
            confidence: if total > 0.0 {
                f64::from(p[class]) / total
            } else {
                0.0
            },
            model: Classifier::name(self).name().to_owned(),
        })
    }
}

/// Tasks with known answers from the test split: `count` images per epoch, each with its true
/// category among `choices` categories (the others drawn at random), in random order.
#[derive(Debug, Clone)]
pub struct FashionTasks {
    /// The test split.
    pub split: Split,
    /// Tasks per epoch.
    pub count: usize,
    /// Categories offered per task, 2 to 10.
    pub choices: usize,
}

impl TaskSource<Visiona> for FashionTasks {
    fn tasks(&self, seed: u64) -> Vec<(Task, String)> {
        let n = self.split.images.len().min(self.split.labels.len());
        if n == 0 {
            return Vec::new();
        }
        let choices = self.choices.clamp(2, CLASSES.len());
        let mut state = seed;
        let mut pick = |bound: usize| {
            usize::try_from(tensora_subnet::splitmix64(&mut state) % bound as u64).unwrap_or(0)
        };
        (0..self.count)
            .map(|_| {
                let i = pick(n);
                let truth = usize::from(self.split.labels[i]) % CLASSES.len();
                // A shuffled deck of the other classes; the truth goes in at a random place.
                let mut others: Vec<usize> = (0..CLASSES.len()).filter(|&c| c != truth).collect();
                for k in (1..others.len()).rev() {
                    others.swap(k, pick(k + 1));
                }
                let mut offered: Vec<usize> = others[..choices - 1].to_vec();
                offered.insert(pick(choices), truth);
                (
                    Task {
                        task: "classify".into(),
                        image_url: image::data_url(&self.split.images[i]),
                        categories: offered.iter().map(|&c| CLASSES[c].to_owned()).collect(),
                    },
                    CLASSES[truth].to_owned(),
                )
            })
            .collect()
    }
}

/// Visiona's scoring. Quality per miner over the epoch's tasks: accuracy (answers equal to the
/// true category, compared without regard to case), divided by 1 plus a latency penalty of up to
/// 10% (mean latency relative to the task timeout). The best miner scores 65535, the others in
/// proportion; a miner that missed any task, or got none right, scores 0 (a miss is flagged as
/// timed out).
#[derive(Debug, Clone, Copy, Default)]
pub struct Scoring;

/// One miner's quality, `None` when it missed a task.
pub fn quality(outcomes: &[Outcome<Answer>], truths: &[String], timeout: Duration) -> Option<f64> {
    if outcomes.is_empty() {
        return None;
    }
    let (mut right, mut latency) = (0usize, 0.0f64);
    for (outcome, truth) in outcomes.iter().zip(truths) {
        let Outcome::Answered { answer, latency: l } = outcome else {
            return None;
        };
        latency += l.as_secs_f64();
        if answer.category.trim().eq_ignore_ascii_case(truth) {
            right += 1;
        }
    }
    let accuracy = right as f64 / outcomes.len() as f64;
    let mean_latency = latency / outcomes.len() as f64;
    Some(accuracy / (1.0 + 0.1 * (mean_latency / timeout.as_secs_f64().max(1e-9)).min(1.0)))
}

impl Scorer<Visiona> for Scoring {
    fn check(&self, answer: &Answer) -> Result<(), String> {
        if answer.category.trim().is_empty() {
            return Err("category is empty".into());
        }
        if !(0.0..=1.0).contains(&answer.confidence) {
            return Err(format!(
                "confidence {} is not a probability",
                answer.confidence
            ));
        }
        Ok(())
    }

    fn scores(
        &self,
        outcomes: &[Vec<Outcome<Answer>>],
        truths: &[String],
        timeout: Duration,
    ) -> Vec<u16> {
        let q: Vec<Option<f64>> = outcomes
            .iter()
            .map(|o| quality(o, truths, timeout))
            .collect();
        tensora_subnet::proportional_scores(&q)
    }
}
