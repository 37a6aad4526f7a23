//! Translation and summary metrics, written to agree with the reference implementations the field
//! reports numbers with: corpus BLEU as sacrebleu computes it (13a tokenization, 4-gram, exp
//! smoothing), corpus chrF as sacrebleu computes it (character 6-grams without whitespace,
//! beta 2), and ROUGE-1, ROUGE-2 and ROUGE-L F-measure as rouge-score computes them (its default
//! tokenizer, no stemming). `tests/metrics.rs` checks every value against numbers produced by
//! sacrebleu 2.6.0 and rouge-score 0.1.2 (`tests/fixtures/make_metric_fixtures.py`).

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

/// The mteval-v13a tokenization sacrebleu's BLEU uses by default.
pub fn tokenize_13a(line: &str) -> Vec<String> {
    static RULES: OnceLock<[(Regex, &'static str); 4]> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        let re = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("13a pattern {p}: {e}"));
        [
            (re(r"([\{-~\[-` -&\(-\+:-@/])"), " ${1} "),
            (re(r"([^0-9])([\.,])"), "${1} ${2} "),
            (re(r"([\.,])([^0-9])"), " ${1} ${2}"),
            (re(r"([0-9])(-)"), "${1} ${2} "),
        ]
    });
    let mut line = line
        .replace("<skipped>", "")
        .replace("-\n", "")
        .replace('\n', " ");
    if line.contains('&') {
        line = line
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    }
    let mut line = format!(" {line} ");
    for (re, replacement) in rules {
        line = re.replace_all(&line, *replacement).into_owned();
    }
    line.split_whitespace().map(str::to_owned).collect()
}

/// Counts of the `n`-grams of `items` (words or characters).
fn ngrams<T: Eq + std::hash::Hash>(items: &[T], n: usize) -> HashMap<&[T], usize> {
    let mut counts = HashMap::new();
    if n > 0 && items.len() >= n {
        for gram in items.windows(n) {
            *counts.entry(gram).or_insert(0) += 1;
        }
    }
    counts
}

/// Corpus BLEU (0 to 100) of `hypotheses` against one reference each, as
/// `sacrebleu.corpus_bleu(hypotheses, [references])` computes it.
pub fn corpus_bleu(hypotheses: &[&str], references: &[&str]) -> f64 {
    const ORDER: usize = 4;
    let (mut correct, mut total) = ([0usize; ORDER], [0usize; ORDER]);
    let (mut sys_len, mut ref_len) = (0usize, 0usize);
    for (hyp, reference) in hypotheses.iter().zip(references) {
        let h = tokenize_13a(hyp.trim_end());
        let r = tokenize_13a(reference.trim_end());
        sys_len += h.len();
        ref_len += r.len();
        for n in 1..=ORDER {
            let (hc, rc) = (ngrams(&h, n), ngrams(&r, n));
            total[n - 1] += h.len().saturating_sub(n - 1);
            correct[n - 1] += hc
                .iter()
                .map(|(gram, c)| (*c).min(rc.get(gram).copied().unwrap_or(0)))
                .sum::<usize>();
        }
    }
    let bp = if sys_len < ref_len {
        if sys_len > 0 {
            (1.0 - ref_len as f64 / sys_len as f64).exp()
        } else {
            0.0
        }
    } else {
        1.0
    };
    if correct.iter().all(|c| *c == 0) {
        return 0.0;
    }
    let mut precisions = [0.0f64; ORDER];
    let mut smooth = 1.0f64;
    for n in 0..ORDER {
        if total[n] == 0 {
            break;
        }
        precisions[n] = if correct[n] == 0 {
            smooth *= 2.0;
            100.0 / (smooth * total[n] as f64)
        } else {
            100.0 * correct[n] as f64 / total[n] as f64
        };
    }
    // sacrebleu floors log(0) at -9999999999 (a zero precision makes the score 0).
    let log = |p: f64| if p == 0.0 { -9_999_999_999.0 } else { p.ln() };
    bp * (precisions.iter().map(|p| log(*p)).sum::<f64>() / ORDER as f64).exp()
}

/// Corpus chrF (0 to 100) of `hypotheses` against one reference each, as
/// `sacrebleu.corpus_chrf(hypotheses, [references])` computes it.
pub fn corpus_chrf(hypotheses: &[&str], references: &[&str]) -> f64 {
    const ORDER: usize = 6;
    const BETA: f64 = 2.0;
    let mut stats = [[0usize; 3]; ORDER]; // hyp, ref, match
    for (hyp, reference) in hypotheses.iter().zip(references) {
        let h: Vec<char> = hyp.split_whitespace().flat_map(str::chars).collect();
        let r: Vec<char> = reference.split_whitespace().flat_map(str::chars).collect();
        for n in 1..=ORDER {
            let (hc, rc) = (ngrams(&h, n), ngrams(&r, n));
            stats[n - 1][0] += hc.values().sum::<usize>();
            stats[n - 1][1] += rc.values().sum::<usize>();
            stats[n - 1][2] += hc
                .iter()
                .map(|(gram, c)| (*c).min(rc.get(gram).copied().unwrap_or(0)))
                .sum::<usize>();
        }
    }
    let eps = 1e-16;
    let factor = BETA * BETA;
    let (mut avg_prec, mut avg_rec, mut effective) = (0.0f64, 0.0f64, 0usize);
    for [n_hyp, n_ref, n_match] in stats {
        let prec = if n_hyp > 0 {
            n_match as f64 / n_hyp as f64
        } else {
            eps
        };
        let rec = if n_ref > 0 {
            n_match as f64 / n_ref as f64
        } else {
            eps
        };
        if n_hyp > 0 && n_ref > 0 {
            avg_prec += prec;
            avg_rec += rec;
            effective += 1;
        }
    }
    if effective == 0 {
        return 0.0;
    }
    avg_prec /= effective as f64;
    avg_rec /= effective as f64;
    if avg_prec + avg_rec == 0.0 {
        return 0.0;
    }
    100.0 * (1.0 + factor) * avg_prec * avg_rec / (factor * avg_prec + avg_rec)
}

/// rouge-score's default tokenizer: lowercase, every run of characters outside `a-z0-9` a
/// separator (so accented letters separate words, as in rouge-score).
pub fn tokenize_rouge(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn f_measure(overlap: usize, predicted: usize, target: usize) -> f64 {
    if predicted == 0 || target == 0 {
        return 0.0;
    }
    let (p, r) = (
        overlap as f64 / predicted as f64,
        overlap as f64 / target as f64,
    );
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// ROUGE-N F-measure of `prediction` against `target`.
pub fn rouge_n(prediction: &str, target: &str, n: usize) -> f64 {
    let (p, t) = (tokenize_rouge(prediction), tokenize_rouge(target));
    let (pc, tc) = (ngrams(&p, n), ngrams(&t, n));
    let overlap = pc
        .iter()
        .map(|(gram, c)| (*c).min(tc.get(gram).copied().unwrap_or(0)))
        .sum();
    f_measure(overlap, pc.values().sum(), tc.values().sum())
}

/// ROUGE-L (longest common subsequence) F-measure of `prediction` against `target`.
pub fn rouge_l(prediction: &str, target: &str) -> f64 {
    let (p, t) = (tokenize_rouge(prediction), tokenize_rouge(target));
    let mut row = vec![0usize; t.len() + 1];
    for a in &p {
        let mut diagonal = 0;
        for (j, b) in t.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if a == b {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    f_measure(row[t.len()], p.len(), t.len())
}
