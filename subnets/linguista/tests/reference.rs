//! Linguista's reference for escrowed requests: the panel's weighted medoid under chrF.

use tensora_linguista::{Answer, Reference, Task, Truth};
use tensora_subnet::Referee;

fn answer(text: &str) -> Answer {
    Answer {
        text: text.into(),
        model: "test".into(),
    }
}

#[test]
fn the_reference_is_the_answer_closest_to_the_others_by_weight() {
    let task = Task::Translation {
        source_lang: "en".into(),
        target_lang: "es".into(),
        text: "The light shines in the darkness.".into(),
    };
    let good = "La luz brilla en la oscuridad.";
    let close = "La luz brilla en las tinieblas.";
    let odd = "El luz resplandece oscuro en.";
    let panel = [
        (answer(odd), 1.0),
        (answer(good), 1.0),
        (answer(close), 1.0),
    ];
    assert_eq!(
        Reference.reference(&task, &panel),
        Some(Truth::Translation(good.into()))
    );
    // Weight moves it: a heavy miner's answer wins alone.
    let panel = [
        (answer(odd), 5.0),
        (answer(good), 1.0),
        (answer(close), 1.0),
    ];
    assert_eq!(
        Reference.reference(&task, &panel),
        Some(Truth::Translation(odd.into()))
    );
    // A summary task makes a summary reference; no weight, no reference.
    let summary = Task::Summarization {
        text: "One. Two.".into(),
        max_sentences: 1,
    };
    assert_eq!(
        Reference.reference(&summary, &[(answer("One."), 1.0)]),
        Some(Truth::Summary("One.".into()))
    );
    assert_eq!(Reference.reference(&task, &[(answer(good), 0.0)]), None);
    assert_eq!(Reference.reference(&task, &[]), None);
}
