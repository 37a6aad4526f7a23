//! The classifiers on real data: Debian's Fashion-MNIST test split through tract, the models that
//! `train/train.py` trained into `target/visiona-models/` (script/setup.sh), and the scoring that
//! separates them.

use std::path::PathBuf;
use std::time::Duration;

use tensora_subnet::{Model as _, Outcome, Scorer, TaskSource};
use tensora_visiona::data::{self, Split};
use tensora_visiona::kind::quality;
use tensora_visiona::model::MODELS_ENV;
use tensora_visiona::{
    Answer, CLASSES, CategoryAnswer, Classifier, FashionTasks, Miner, ModelName, ReaderName,
    Scoring, Task, Truth, image,
};

fn models() -> PathBuf {
    std::env::var_os(MODELS_ENV).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/visiona-models"),
        PathBuf::from,
    )
}

fn load(name: ModelName) -> Classifier {
    Classifier::load(&models(), name).unwrap_or_else(|e| panic!("{e}"))
}

fn miner(name: ModelName) -> Miner {
    Miner::new(
        load(name),
        tensora_visiona::Reader::load(&models(), ReaderName::Ppocr)
            .unwrap_or_else(|e| panic!("{e}")),
    )
}

fn test_split() -> Split {
    data::load(&data::dir(), "t10k").expect("dataset-fashion-mnist (script/setup.sh)")
}

#[test]
fn the_mlp_beats_the_linear_model_on_the_test_split() {
    let split = test_split();
    assert_eq!(split.images.len(), 10_000);
    let accuracy = |model: &Classifier| {
        let n = 1_000;
        let right = (0..n)
            .filter(|&i| {
                let p = model.probabilities(&split.images[i]).expect("runs");
                let best = (0..10).max_by(|&a, &b| p[a].total_cmp(&p[b]));
                best == Some(usize::from(split.labels[i]))
            })
            .count();
        right as f64 / n as f64
    };
    let (mlp, linear) = (
        accuracy(&load(ModelName::Mlp)),
        accuracy(&load(ModelName::Linear)),
    );
    assert!(
        mlp > 0.84 && linear > 0.78 && mlp > linear,
        "mlp {mlp}, linear {linear}"
    );

    // tract agrees with the training script's own numpy forward pass (models.json, all 10,000).
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(models().join("models.json")).expect("models.json"),
    )
    .expect("json");
    assert_eq!(report["classes"], serde_json::json!(CLASSES));
    let trained = report["models"]["mlp"]["test_accuracy"]
        .as_f64()
        .unwrap_or(0.0);
    assert!(
        (mlp - trained).abs() < 0.03,
        "tract {mlp} on 1,000 vs numpy {trained} on 10,000"
    );
}

#[test]
fn the_validator_ranks_the_better_classifier_higher() {
    let source = FashionTasks {
        split: test_split(),
        count: 200,
        choices: 4,
    };
    let tasks = source.tasks(11);
    assert_eq!(tasks.len(), 200);
    assert_eq!(tasks, source.tasks(11), "deterministic per seed");
    assert_ne!(tasks[0].0, source.tasks(12)[0].0);
    for (task, truth) in &tasks {
        let (Task::Classify { categories, .. }, Truth::Category(truth)) = (task, truth) else {
            panic!("{task:?} {truth:?}");
        };
        assert_eq!(categories.len(), 4);
        assert!(categories.contains(truth));
    }
    let truths: Vec<Truth> = tasks.iter().map(|(_, t)| t.clone()).collect();
    let run = |model: &Miner| -> Vec<Outcome<Answer>> {
        tasks
            .iter()
            .map(|(task, _)| Outcome::Answered {
                answer: model.answer(task).expect("answers"),
                latency: Duration::from_millis(5),
            })
            .collect()
    };
    let (mlp, linear) = (run(&miner(ModelName::Mlp)), run(&miner(ModelName::Linear)));
    let timeout = Duration::from_secs(30);
    let q = |o: &[Outcome<Answer>]| quality(o, &truths, timeout).unwrap_or(0.0);
    assert!(q(&mlp) > 0.85, "4-way accuracy {}", q(&mlp));
    assert!(q(&mlp) > q(&linear), "{} vs {}", q(&mlp), q(&linear));
    let mut missed = linear.clone();
    missed[3] = Outcome::Missed("timeout".into());
    let scores = Scoring.scores(&[mlp, linear, missed], &truths, timeout);
    assert_eq!(scores[0], 65535, "{scores:?}");
    assert!(scores[1] > 0 && scores[1] < scores[0], "{scores:?}");
    assert_eq!(scores[2], 0, "a miss scores 0: {scores:?}");
}

#[test]
fn answers_stay_within_the_categories_and_bad_tasks_are_refused() {
    let split = test_split();
    let model = miner(ModelName::Mlp);
    let task = |categories: &[&str]| Task::Classify {
        image_url: image::data_url(&split.images[0]),
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
    };
    // The seed's shape, with categories the image is not: the answer is one of them.
    let answer = model.answer(&task(&["sandal", "BAG"])).expect("answers");
    let Answer::Category(a) = &answer else {
        panic!("{answer:?}")
    };
    assert!(["sandal", "BAG"].contains(&a.category.as_str()), "{a:?}");
    assert!((0.0..=1.0).contains(&a.confidence));
    assert_eq!(a.model, "mlp");
    assert!(Scoring.check(&answer).is_ok());
    let refused = |t: Task| model.answer(&t).map_err(|r| r.0);
    assert!(refused(task(&["safe", "nsfw"])).is_err_and(|e| e.contains("unknown category `safe`")));
    assert!(refused(task(&[])).is_err_and(|e| e.contains("at least one")));
    assert!(refused(task(&["Bag", "bag"])).is_err_and(|e| e.contains("twice")));
    let remote = Task::Classify {
        image_url: "https://example.com/x.png".into(),
        categories: vec!["Bag".into()],
    };
    assert!(refused(remote).is_err_and(|e| e.contains("fetch nothing")));
    // The seed's JSON, and a task type no Visiona miner serves.
    let seed: Task = serde_json::from_value(serde_json::json!({
        "task": "classify", "image_url": "data:image/png;base64,", "categories": ["Bag"]
    }))
    .expect("the seed's shape parses");
    assert!(matches!(seed, Task::Classify { .. }));
    let chat = serde_json::from_value::<Task>(serde_json::json!({"task": "chat", "image_url": ""}));
    assert!(chat.is_err_and(
        |e| e.to_string().contains("classify") && e.to_string().contains("detect_text")
    ));
    let wrong = Answer::Category(CategoryAnswer {
        category: "Bag".into(),
        confidence: 1.5,
        model: "x".into(),
    });
    assert!(Scoring.check(&wrong).is_err());
}
