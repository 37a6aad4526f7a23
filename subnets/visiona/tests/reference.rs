//! Visiona's reference for escrowed requests: the panel's weighted medoid among answers of the
//! task's shape.

use tensora_subnet::Referee;
use tensora_visiona::{Answer, CategoryAnswer, Reference, Task, TextAnswer, Truth};

fn category(name: &str) -> Answer {
    Answer::Category(CategoryAnswer {
        category: name.into(),
        confidence: 0.9,
        model: "test".into(),
    })
}

#[test]
fn classify_takes_the_category_with_the_most_weight() {
    let task = Task::Classify {
        image_url: "data:image/png;base64,".into(),
        categories: vec!["Sneaker".into(), "Bag".into()],
    };
    let panel = [
        (category("Bag"), 1.0),
        (category("sneaker"), 1.0),
        (category("Sneaker"), 1.0),
    ];
    assert_eq!(
        Reference.reference(&task, &panel),
        Some(Truth::Category("sneaker".into()))
    );
    let panel = [(category("Bag"), 3.0), (category("Sneaker"), 1.0)];
    assert_eq!(
        Reference.reference(&task, &panel),
        Some(Truth::Category("Bag".into()))
    );
    // Answers of the wrong shape do not count, however heavy.
    let text = Answer::Text(TextAnswer {
        lines: Vec::new(),
        model: "test".into(),
    });
    let panel = [(text.clone(), 9.0), (category("Bag"), 1.0)];
    assert_eq!(
        Reference.reference(&task, &panel),
        Some(Truth::Category("Bag".into()))
    );
    assert_eq!(Reference.reference(&task, &[(text, 1.0)]), None);
}
