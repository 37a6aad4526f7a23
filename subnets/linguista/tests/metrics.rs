//! The metrics agree with sacrebleu 2.6.0 and rouge-score 0.1.2 on every fixture
//! (`tests/fixtures/metric_fixtures.json`, written by `make_metric_fixtures.py`).

use serde_json::Value;
use tensora_linguista::metrics::{corpus_bleu, corpus_chrf, rouge_l, rouge_n, tokenize_13a};

fn fixtures() -> Value {
    serde_json::from_str(include_str!("fixtures/metric_fixtures.json")).expect("fixture JSON")
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|s| s.as_str().expect("a string"))
        .collect()
}

fn close(ours: f64, theirs: &Value, what: &str) {
    let theirs = theirs.as_f64().expect("a number");
    assert!(
        (ours - theirs).abs() < 1e-9,
        "{what}: ours {ours}, reference {theirs}"
    );
}

#[test]
fn bleu_and_chrf_match_sacrebleu() {
    let f = fixtures();
    let corpora = f["corpora"].as_array().expect("corpora");
    assert!(corpora.len() >= 6);
    for c in corpora {
        let (h, r) = (strings(&c["hypotheses"]), strings(&c["references"]));
        let name = c["name"].as_str().unwrap_or("?");
        close(corpus_bleu(&h, &r), &c["bleu"], &format!("BLEU of {name}"));
        close(corpus_chrf(&h, &r), &c["chrf"], &format!("chrF of {name}"));
    }
}

#[test]
fn rouge_matches_rouge_score() {
    let f = fixtures();
    for s in f["summaries"].as_array().expect("summaries") {
        let (p, t) = (
            s["prediction"].as_str().expect("prediction"),
            s["target"].as_str().expect("target"),
        );
        close(rouge_n(p, t, 1), &s["rouge1"], &format!("ROUGE-1 of {p:?}"));
        close(rouge_n(p, t, 2), &s["rouge2"], &format!("ROUGE-2 of {p:?}"));
        close(rouge_l(p, t), &s["rougeL"], &format!("ROUGE-L of {p:?}"));
    }
}

/// sacrebleu's `Tokenizer13a` splits these the same way (a dash splits only after a digit).
#[test]
fn tokenization_splits_like_mteval() {
    assert_eq!(
        tokenize_13a("Cuesta 3.5 euros, o 1,000 pesos - no más."),
        [
            "Cuesta", "3.5", "euros", ",", "o", "1,000", "pesos", "-", "no", "más", "."
        ]
    );
    assert_eq!(tokenize_13a("x-ray 2-3"), ["x-ray", "2", "-", "3"]);
}
