//! The models on this machine's apertium (Debian `apertium`, `apertium-eng-spa`, installed by
//! script/setup.sh), and the scoring that separates them.

use std::time::Duration;

use tensora_linguista::kind::{agreement, quality};
use tensora_linguista::models::{lead, sentences, textrank};
use tensora_linguista::{Answer, Model, Scoring, Task, Truth};
use tensora_subnet::{Model as _, Outcome, Scorer};

fn translate(model: Model, text: &str) -> String {
    model
        .answer(&Task::Translation {
            source_lang: "en".into(),
            target_lang: "es".into(),
            text: text.into(),
        })
        .unwrap_or_else(|e| panic!("{} refused: {e}", model.name()))
        .text
}

/// English sentences with reference Spanish translations written for this test.
const PAIRS: [(&str, &str); 4] = [
    (
        "The house is red and the dog sleeps in the garden.",
        "La casa es roja y el perro duerme en el jardín.",
    ),
    (
        "The children play in the park every morning.",
        "Los niños juegan en el parque cada mañana.",
    ),
    (
        "She bought a new book for her mother.",
        "Ella compró un libro nuevo para su madre.",
    ),
    (
        "We will travel to the city tomorrow.",
        "Viajaremos a la ciudad mañana.",
    ),
];

#[test]
fn apertium_beats_word_by_word_on_references() {
    let truths: Vec<Truth> = PAIRS
        .iter()
        .map(|(_, r)| Truth::Translation((*r).into()))
        .collect();
    let run = |model: Model| -> Vec<Outcome<Answer>> {
        PAIRS
            .iter()
            .map(|(en, _)| Outcome::Answered {
                answer: Answer {
                    text: translate(model, en),
                    model: model.name().into(),
                },
                latency: Duration::from_millis(50),
            })
            .collect()
    };
    let full = run(Model::Apertium);
    let words = run(Model::WordByWord);
    let Outcome::Answered { answer, .. } = &full[0] else {
        unreachable!()
    };
    assert!(
        answer.text.contains("casa") && answer.text.contains("perro"),
        "{}",
        answer.text
    );
    let scores = Scoring.scores(&[full, words], &truths, Duration::from_secs(12));
    assert_eq!(scores[0], 65535, "{scores:?}");
    assert!(
        scores[1] > 0 && scores[1] < scores[0],
        "word by word scores lower: {scores:?}"
    );
}

#[test]
fn models_refuse_what_they_do_not_serve() {
    let wrong_pair = Task::Translation {
        source_lang: "en".into(),
        target_lang: "fr".into(),
        text: "Hello.".into(),
    };
    assert!(
        Model::Apertium
            .answer(&wrong_pair)
            .is_err_and(|e| e.0.contains("en->fr"))
    );
    let summary = Task::Summarization {
        text: "One. Two.".into(),
        max_sentences: 1,
    };
    assert!(Model::Apertium.answer(&summary).is_err());
    assert!(Model::TextRank.answer(&wrong_pair).is_err());
    let empty = Task::Translation {
        source_lang: "en".into(),
        target_lang: "es".into(),
        text: "   ".into(),
    };
    assert!(Model::WordByWord.answer(&empty).is_err());
}

#[test]
fn summaries_are_extractive_and_bounded() {
    let text = "Validators score miners every epoch. The chain pays miners by their consensus \
                score. Validators that agree with the consensus earn trust. Weather was nice. \
                Miners with high scores and validators with high trust earn the most.";
    assert_eq!(sentences(text).len(), 5);
    let two = textrank(text, 2);
    assert_eq!(sentences(&two).len(), 2);
    assert!(
        !two.contains("Weather"),
        "the off-topic sentence is least central: {two}"
    );
    assert_eq!(lead(text, 1), "Validators score miners every epoch.");
    let answered = Model::TextRank
        .answer(&Task::Summarization {
            text: text.into(),
            max_sentences: 2,
        })
        .map(|a| a.text);
    assert_eq!(answered.as_deref(), Ok(two.as_str()));
}

#[test]
fn a_miss_scores_zero() {
    let truths = [Truth::Summary("a b c".into())];
    let answered = Outcome::Answered {
        answer: Answer {
            text: "a b c".into(),
            model: "lead".into(),
        },
        latency: Duration::ZERO,
    };
    let s = Scoring.scores(
        &[vec![answered], vec![Outcome::Missed("timeout".into())]],
        &truths,
        Duration::from_secs(1),
    );
    assert_eq!(s, vec![65535, 0]);
    let schema = tensora_subnet::schemas::<tensora_linguista::Linguista>();
    assert!(
        schema["task"].to_string().contains("source_lang"),
        "{schema}"
    );
}

/// The same input twice: a miner that answers it differently the second time scores below one
/// that answers both times alike, though its first answers were as good.
#[test]
fn an_inconsistent_miner_scores_below_a_consistent_one() {
    let truths: Vec<Truth> = PAIRS
        .iter()
        .map(|(_, r)| Truth::Translation((*r).into()))
        .chain([Truth::Repeat(0)])
        .collect();
    let answered = |text: String| Outcome::Answered {
        answer: Answer {
            text,
            model: "apertium".into(),
        },
        latency: Duration::from_millis(50),
    };
    let first: Vec<Outcome<Answer>> = PAIRS
        .iter()
        .map(|(en, _)| answered(translate(Model::Apertium, en)))
        .collect();
    let mut consistent = first.clone();
    consistent.push(answered(translate(Model::Apertium, PAIRS[0].0)));
    let mut inconsistent = first;
    inconsistent.push(answered("Algo completamente distinto.".into()));
    let timeout = Duration::from_secs(5);
    let q = |o: &[Outcome<Answer>]| quality(o, &truths, timeout).unwrap_or(0.0);
    let (steady, fickle) = (q(&consistent), q(&inconsistent));
    assert!(
        steady > 0.0 && fickle < 0.5 * steady,
        "{steady} vs {fickle}"
    );
    assert!((agreement("hola mundo", "hola mundo") - 1.0).abs() < 1e-12);
    assert!(agreement("hola mundo", "adios") < 0.2);
    assert_eq!(
        Scoring.scores(&[consistent, inconsistent], &truths, timeout)[0],
        65535
    );
    // A repeat of a task the miner missed is a miss too.
    let missed = vec![Outcome::Missed("timeout".into()); PAIRS.len() + 1];
    assert_eq!(quality(&missed, &truths, timeout), None);
}
