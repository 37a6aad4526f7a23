//! Linguista as a subnet kind ([`tensora_subnet::Kind`]): the miner's models behind
//! [`tensora_subnet::Model`], and the validator's scoring behind [`tensora_subnet::Scorer`].

use std::time::Duration;

use tensora_subnet::{Kind, Outcome, Referee, Refusal, Scorer};

use crate::metrics::{corpus_bleu, corpus_chrf, rouge_l, rouge_n};
use crate::models::{self, Model};
use crate::task::{Answer, MAX_TEXT, Task};

/// The Linguista kind: translation and summarization.
#[derive(Debug, Clone, Copy)]
pub struct Linguista;

/// What a validator knows about a task's right answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Truth {
    /// The reference translation.
    Translation(String),
    /// The reference summary.
    Summary(String),
    /// The same input as the epoch's task at this index, sent again: its answer should be the
    /// same (the consistency check).
    Repeat(usize),
}

impl Kind for Linguista {
    const INFERENCE_TYPE: &'static str = "nlp";
    const ROUTE: &'static str = "/infer";
    type Task = Task;
    type Answer = Answer;
    type Truth = Truth;
}

impl tensora_subnet::Model<Linguista> for Model {
    fn name(&self) -> &str {
        Model::name(*self)
    }

    fn answer(&self, task: &Task) -> Result<Answer, Refusal> {
        let text = match task {
            Task::Translation {
                source_lang,
                target_lang,
                text,
            } => {
                if !self.translates() {
                    return Err(Refusal(format!(
                        "this miner summarizes ({}); it does not serve translation",
                        Model::name(*self)
                    )));
                }
                check_text(text)?;
                let pair = models::pair(source_lang, target_lang).ok_or_else(|| {
                    Refusal(format!(
                        "unsupported language pair {source_lang}->{target_lang}: this miner serves en->es and es->en"
                    ))
                })?;
                match self {
                    Model::Apertium => models::apertium(pair, text),
                    _ => models::word_by_word(pair, text),
                }
                .map_err(Refusal)?
            }
            Task::Summarization {
                text,
                max_sentences,
            } => {
                if self.translates() {
                    return Err(Refusal(format!(
                        "this miner translates ({}); it does not serve summarization",
                        Model::name(*self)
                    )));
                }
                check_text(text)?;
                if *max_sentences == 0 {
                    return Err(Refusal("max_sentences must be at least 1".into()));
                }
                match self {
                    Model::TextRank => models::textrank(text, *max_sentences),
                    _ => models::lead(text, *max_sentences),
                }
            }
        };
        Ok(Answer {
            text,
            model: Model::name(*self).to_owned(),
        })
    }
}

fn check_text(text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() || text.len() > MAX_TEXT {
        return Err(Refusal(format!(
            "text must hold 1 to {MAX_TEXT} bytes, got {}",
            text.len()
        )));
    }
    Ok(())
}

/// Linguista's scoring. Quality per miner over the epoch's tasks: for translations the mean of
/// corpus BLEU and corpus chrF (0 to 1), for summaries the mean of ROUGE-1, ROUGE-2 and ROUGE-L
/// F-measures, averaged over both kinds when a miner got both; times its consistency, the mean
/// chrF (0 to 1) between each repeated task's answer and the first answer to the same input (1 for
/// identical answers; repeats count for consistency and latency only); then divided by 1 plus a
/// latency penalty of up to 10% (mean latency relative to the task timeout). The best miner scores
/// 65535, the others in proportion; a miner that missed any task scores 0 (and is flagged as
/// timed out).
#[derive(Debug, Clone, Copy, Default)]
pub struct Scoring;

/// One miner's quality in 0..=1, `None` when it missed a task or answered nothing.
pub fn quality(outcomes: &[Outcome<Answer>], truths: &[Truth], timeout: Duration) -> Option<f64> {
    let (mut hyps, mut refs) = (Vec::new(), Vec::new());
    let mut summaries = Vec::new();
    let mut consistency = Vec::new();
    let mut latency = 0.0f64;
    for (outcome, truth) in outcomes.iter().zip(truths) {
        let Outcome::Answered { answer, latency: l } = outcome else {
            return None;
        };
        latency += l.as_secs_f64();
        match truth {
            Truth::Repeat(first) => {
                let Some(Outcome::Answered { answer: before, .. }) = outcomes.get(*first) else {
                    return None;
                };
                consistency.push(agreement(&before.text, &answer.text));
            }
            Truth::Translation(reference) => {
                hyps.push(answer.text.as_str());
                refs.push(reference.as_str());
            }
            Truth::Summary(reference) => {
                let (p, t) = (answer.text.as_str(), reference.as_str());
                summaries.push((rouge_n(p, t, 1) + rouge_n(p, t, 2) + rouge_l(p, t)) / 3.0);
            }
        }
    }
    if outcomes.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if !hyps.is_empty() {
        parts.push((corpus_bleu(&hyps, &refs) + corpus_chrf(&hyps, &refs)) / 200.0);
    }
    if !summaries.is_empty() {
        parts.push(summaries.iter().sum::<f64>() / summaries.len() as f64);
    }
    if parts.is_empty() {
        return None;
    }
    let mut q = parts.iter().sum::<f64>() / parts.len() as f64;
    if !consistency.is_empty() {
        q *= consistency.iter().sum::<f64>() / consistency.len() as f64;
    }
    let mean_latency = latency / outcomes.len() as f64;
    let penalty = 0.1 * (mean_latency / timeout.as_secs_f64().max(1e-9)).min(1.0);
    Some(q / (1.0 + penalty))
}

/// How alike two answers to the same input are: 1 when identical, else their chrF over 100.
pub fn agreement(first: &str, again: &str) -> f64 {
    if first == again {
        1.0
    } else {
        corpus_chrf(&[again], &[first]) / 100.0
    }
}

/// Linguista's reference for a request ([`Referee`]): the panel's weighted medoid under
/// [`agreement`] (chrF), the answer closest to all the others: a **stand-in for a reference
/// translation or summary**, which no one has for a dApp's text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reference;

impl Referee<Linguista> for Reference {
    fn reference(&self, task: &Task, panel: &[(Answer, f64)]) -> Option<Truth> {
        let texts: Vec<(&str, f64)> = panel.iter().map(|(a, w)| (a.text.as_str(), *w)).collect();
        let best = tensora_subnet::medoid(&texts, |a, b| agreement(b, a))?;
        let text = texts[best].0.to_owned();
        Some(match task {
            Task::Translation { .. } => Truth::Translation(text),
            Task::Summarization { .. } => Truth::Summary(text),
        })
    }
}

impl Scorer<Linguista> for Scoring {
    fn check(&self, answer: &Answer) -> Result<(), String> {
        if answer.text.len() > 4 * MAX_TEXT {
            return Err(format!("answer of {} bytes is too long", answer.text.len()));
        }
        Ok(())
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
