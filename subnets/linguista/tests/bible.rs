//! Ground truth from Debian's Bibles: alignment, cleaning, deterministic tasks, and the measured
//! gap between the two translators and echoing the source.

use tensora_linguista::bible::{BibleTasks, aligned, clean};
use tensora_linguista::metrics::{corpus_bleu, corpus_chrf};
use tensora_linguista::models::{apertium, word_by_word};
use tensora_linguista::{Task, Truth};
use tensora_subnet::TaskSource;

#[test]
fn verses_align_and_tasks_are_deterministic() {
    let verses = aligned(&["John"]).expect("diatheke with both Bibles (script/setup.sh)");
    assert!(
        verses.len() > 850,
        "John has 879 verses; aligned {}",
        verses.len()
    );
    let first = &verses[0];
    assert_eq!(first.key, "John 1:1");
    assert!(
        first.spanish.starts_with("En el principio era el Verbo"),
        "{}",
        first.spanish
    );
    assert!(
        !verses.iter().any(|v| v.spanish.contains('<')),
        "markup removed"
    );

    let source = BibleTasks {
        verses,
        translations: 4,
        summaries: 2,
        repeats: 1,
    };
    let (a, b) = (source.tasks(7), source.tasks(7));
    assert_eq!(a.len(), 7);
    let (again, Truth::Repeat(first)) = &a[6] else {
        panic!("the repeat comes last: {:?}", a[6]);
    };
    assert!(*first < 6 && *again == a[*first].0, "the same input twice");
    assert_eq!(
        a.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>(),
        b.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>()
    );
    assert_ne!(source.tasks(8)[0].0, a[0].0, "another seed, other tasks");
    let (Task::Summarization { text, .. }, Truth::Summary(reference)) = &a[4] else {
        panic!("summaries come after translations: {:?}", a[4]);
    };
    assert!(
        text.len() > reference.len(),
        "the text holds the reference and distractors"
    );
    assert_eq!(clean("EN el <G1520> principio"), "En el principio");
}

#[test]
fn apertium_beats_word_by_word_beats_echo_on_verses() {
    let verses = aligned(&["John"]).expect("diatheke with both Bibles");
    let sample: Vec<_> = verses.iter().step_by(20).take(40).collect();
    let english: Vec<&str> = sample.iter().map(|v| v.english.as_str()).collect();
    let spanish: Vec<&str> = sample.iter().map(|v| v.spanish.as_str()).collect();
    let lines = |text: String| text.lines().map(str::to_owned).collect::<Vec<_>>();
    let full = lines(apertium("eng-spa", &english.join("\n")).expect("apertium"));
    let words = lines(word_by_word("eng-spa", &english.join("\n")).expect("word by word"));
    assert_eq!(full.len(), english.len());
    assert_eq!(words.len(), english.len());
    let score = |h: &[String]| {
        let h: Vec<&str> = h.iter().map(String::as_str).collect();
        (corpus_bleu(&h, &spanish), corpus_chrf(&h, &spanish))
    };
    let (full, words) = (score(&full), score(&words));
    let echo = (
        corpus_bleu(&english, &spanish),
        corpus_chrf(&english, &spanish),
    );
    assert!(
        full.1 > words.1 && words.1 > echo.1,
        "chrF: apertium {full:?}, word by word {words:?}, echo {echo:?}"
    );
    assert!(full.0 > echo.0, "BLEU: apertium {full:?}, echo {echo:?}");
}
