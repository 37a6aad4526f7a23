//! `detect_text` on real data: images rendered with DejaVu Sans (Debian's fonts-dejavu-core), read
//! by PP-OCRv4 (the rapidocr-onnxruntime wheel's ONNX models, extracted by script/setup.sh into
//! `target/visiona-models/ppocr/`) through tract, and scored by box IoU, F1 and CER.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use tensora_subnet::{Model as _, Outcome, Scorer, TaskSource};
use tensora_visiona::image::Gray;
use tensora_visiona::kind::{TEXT_IMAGE_HEIGHT, TEXT_IMAGE_WIDTH, quality, task_quality};
use tensora_visiona::model::MODELS_ENV;
use tensora_visiona::task::{MAX_LINES, MAX_TEXT_IMAGE_SIDE, MAX_TEXT_IMAGE_URL};
use tensora_visiona::{
    Answer, Classifier, FashionTasks, Miner, ModelName, Pen, Reader, ReaderName, Scoring, Task,
    TextAnswer, TextLine, TextTasks, Truth, VisionaTasks, data,
};

fn models() -> PathBuf {
    std::env::var_os(MODELS_ENV).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/visiona-models"),
        PathBuf::from,
    )
}

fn miner(reader: ReaderName) -> Miner {
    Miner::load(&models(), ModelName::Mlp, reader).unwrap_or_else(|e| panic!("{e}"))
}

fn text_tasks(count: usize) -> TextTasks {
    TextTasks {
        pen: Arc::new(Pen::load().unwrap_or_else(|e| panic!("{e}"))),
        count,
    }
}

fn lines_of(answer: &Answer) -> &[TextLine] {
    match answer {
        Answer::Text(a) => &a.lines,
        other => panic!("not a text answer: {other:?}"),
    }
}

#[test]
fn rendered_tasks_are_deterministic_and_their_truth_is_the_ink() {
    let source = text_tasks(6);
    let tasks = source.tasks(3);
    assert_eq!(tasks.len(), 6);
    assert_eq!(tasks, source.tasks(3), "deterministic per seed");
    assert_ne!(tasks[0].0, source.tasks(4)[0].0);
    for (task, truth) in &tasks {
        let Task::DetectText { image_url } = task else {
            panic!("{task:?}")
        };
        assert!(image_url.len() <= MAX_TEXT_IMAGE_URL);
        let image = tensora_visiona::image::decode_gray(image_url, MAX_TEXT_IMAGE_SIDE)
            .expect("a PNG the miners accept");
        assert_eq!(
            (image.width, image.height),
            (TEXT_IMAGE_WIDTH, TEXT_IMAGE_HEIGHT)
        );
        let Truth::Text(drawn) = truth else {
            panic!("{truth:?}")
        };
        assert!((1..=3).contains(&drawn.len()), "{drawn:?}");
        for d in drawn {
            // The box is inside the image and holds ink darker than the background around it.
            let [x0, y0, x1, y1] = d.rect.map(|v| v as usize);
            assert!(x0 < x1 && y0 < y1 && x1 <= image.width && y1 <= image.height);
            let darkest = (y0..y1)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .map(|(x, y)| image.at(x, y))
                .min();
            assert!(darkest < Some(image.at(0, 0).saturating_sub(60)), "{d:?}");
            assert!(!d.text.is_empty());
        }
    }
}

#[test]
fn ppocr_reads_rendered_lines_exactly_and_the_small_reader_less_well() {
    let tasks = text_tasks(10).tasks(7);
    let truths: Vec<Truth> = tasks.iter().map(|(_, t)| t.clone()).collect();
    let run = |m: &Miner| -> Vec<Outcome<Answer>> {
        tasks
            .iter()
            .map(|(task, _)| Outcome::Answered {
                answer: m.answer(task).expect("answers"),
                latency: Duration::from_millis(300),
            })
            .collect()
    };
    let (full, small) = (
        run(&miner(ReaderName::Ppocr)),
        run(&miner(ReaderName::PpocrSmall)),
    );
    // Most lines come back letter for letter, with boxes on the ink.
    let mut exact = 0;
    let mut total = 0;
    for (outcome, truth) in full.iter().zip(&truths) {
        let (Outcome::Answered { answer, .. }, Truth::Text(drawn)) = (outcome, truth) else {
            panic!()
        };
        assert!(Scoring.check(answer).is_ok(), "{answer:?}");
        total += drawn.len();
        for d in drawn {
            exact += usize::from(lines_of(answer).iter().any(|l| {
                l.text == d.text && tensora_visiona::text_score::iou(&l.rect, &d.rect) > 0.8
            }));
        }
    }
    assert!(
        exact * 10 >= total * 9,
        "{exact} of {total} lines read exactly"
    );
    let timeout = Duration::from_secs(5);
    let q = |o: &[Outcome<Answer>]| quality(o, &truths, timeout).unwrap_or(0.0);
    assert!(q(&full) > 0.9, "ppocr {}", q(&full));
    assert!(
        q(&full) > q(&small) + 0.05,
        "ppocr {} vs ppocr-small {}",
        q(&full),
        q(&small)
    );
    // A reader that finds the boxes but writes garbage, and one that misses a task.
    let garbage: Vec<Outcome<Answer>> = full
        .iter()
        .map(|o| match o {
            Outcome::Answered { answer, latency } => Outcome::Answered {
                answer: Answer::Text(TextAnswer {
                    lines: lines_of(answer)
                        .iter()
                        .map(|l| TextLine {
                            text: "#".repeat(l.text.len()),
                            ..l.clone()
                        })
                        .collect(),
                    model: "garbage".into(),
                }),
                latency: *latency,
            },
            missed => missed.clone(),
        })
        .collect();
    let mut missed = full.clone();
    missed[2] = Outcome::Missed("timeout".into());
    let scores = Scoring.scores(&[small, full, garbage, missed], &truths, timeout);
    assert_eq!(scores[1], 65535, "{scores:?}");
    assert!(scores[0] > 0 && scores[0] < scores[1], "{scores:?}");
    assert_eq!(scores[2], 0, "garbage text scores 0: {scores:?}");
    assert_eq!(scores[3], 0, "a miss scores 0: {scores:?}");
}

#[test]
fn a_mixed_epoch_scores_each_task_by_its_kind() {
    let source = VisionaTasks {
        classify: FashionTasks {
            split: data::load(&data::dir(), "t10k").expect("dataset-fashion-mnist"),
            count: 6,
            choices: 4,
        },
        text: text_tasks(3),
    };
    let tasks = source.tasks(5);
    assert_eq!(tasks.len(), 9);
    assert_eq!(tasks, source.tasks(5));
    let kinds: Vec<bool> = tasks
        .iter()
        .map(|(t, _)| matches!(t, Task::DetectText { .. }))
        .collect();
    assert_eq!(kinds.iter().filter(|&&k| k).count(), 3);
    assert_ne!(
        kinds,
        [false, false, false, false, false, false, true, true, true],
        "shuffled"
    );
    let m = miner(ReaderName::Ppocr);
    for (task, truth) in &tasks {
        let answer = m.answer(task).expect("answers");
        // An answer of the other kind's shape is worth nothing.
        let other = match truth {
            Truth::Category(c) => Truth::Text(vec![tensora_visiona::render::Drawn {
                text: c.clone(),
                rect: [0.0, 0.0, 10.0, 10.0],
            }]),
            Truth::Text(_) => Truth::Category("Bag".into()),
        };
        assert_eq!(task_quality(&answer, &other), 0.0);
    }
}

#[test]
fn bad_images_and_bad_answers_are_refused() {
    let m = miner(ReaderName::PpocrSmall);
    let refused = |image_url: String| {
        m.answer(&Task::DetectText { image_url })
            .map(|a| format!("{a:?}"))
            .map_err(|r| r.0)
    };
    let too_wide = Gray::filled(MAX_TEXT_IMAGE_SIDE + 1, 8, 255).data_url();
    assert!(refused(too_wide).is_err_and(|e| e.contains("at most 640 x 640")));
    assert!(
        refused("https://example.com/x.png".into()).is_err_and(|e| e.contains("fetch nothing"))
    );
    let huge = format!("data:image/png;base64,{}", "A".repeat(MAX_TEXT_IMAGE_URL));
    assert!(refused(huge).is_err_and(|e| e.contains("byte limit")));
    // A PNG header declaring 60,000 x 60,000 pixels is refused before any pixel is allocated.
    let mut png = Vec::new();
    {
        let mut e = png::Encoder::new(&mut png, 1, 1);
        e.set_color(png::ColorType::Grayscale);
        e.write_header()
            .expect("header")
            .write_image_data(&[0])
            .expect("data");
    }
    png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let bomb = format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&png)
    );
    assert!(refused(bomb).is_err());
    // A blank image has no text: an empty answer, which scores 1 against an empty truth.
    let blank = m
        .answer(&Task::DetectText {
            image_url: Gray::filled(200, 100, 255).data_url(),
        })
        .expect("answers");
    assert!(lines_of(&blank).is_empty());
    assert_eq!(task_quality(&blank, &Truth::Text(vec![])), 1.0);

    let line = |rect: [f64; 4], confidence: f64| TextLine {
        text: "x".into(),
        rect,
        confidence,
    };
    let answer = |lines: Vec<TextLine>| {
        Answer::Text(TextAnswer {
            lines,
            model: "x".into(),
        })
    };
    assert!(
        Scoring
            .check(&answer(vec![line([0.0, 0.0, 5.0, 5.0], 0.9)]))
            .is_ok()
    );
    for (bad, why) in [
        (vec![line([5.0, 0.0, 5.0, 5.0], 0.9)], "left < right"),
        (vec![line([0.0, f64::NAN, 5.0, 5.0], 0.9)], "left < right"),
        (vec![line([0.0, 0.0, 5.0, 5.0], 1.5)], "probability"),
        (
            vec![line([0.0, 0.0, 5.0, 5.0], 0.9); MAX_LINES + 1],
            "more than",
        ),
    ] {
        assert!(
            Scoring.check(&answer(bad)).is_err_and(|e| e.contains(why)),
            "{why}"
        );
    }
    // The answer JSON: `box`, not `rect`; a classify answer does not parse as a text answer.
    let json = serde_json::to_value(answer(vec![line([1.0, 2.0, 3.0, 4.0], 0.5)])).expect("json");
    assert_eq!(
        json["lines"][0]["box"],
        serde_json::json!([1.0, 2.0, 3.0, 4.0])
    );
    let parsed: Answer = serde_json::from_value(json).expect("parses");
    assert!(matches!(parsed, Answer::Text(_)));
    let category: Answer = serde_json::from_value(
        serde_json::json!({"category": "Bag", "confidence": 0.5, "model": "mlp"}),
    )
    .expect("parses");
    assert!(matches!(category, Answer::Category(_)));
    assert!(
        serde_json::from_value::<Answer>(serde_json::json!({"lines": 3, "model": "x"})).is_err()
    );
}

#[test]
fn a_missing_reader_says_how_to_get_it() {
    let empty = std::env::temp_dir().join(format!("visiona-no-models-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("dir");
    let e = Reader::load(&empty, ReaderName::Ppocr).expect_err("no models");
    assert!(e.contains("script/setup.sh"), "{e}");
    assert!(Classifier::load(&empty, ModelName::Mlp).is_err());
    std::fs::remove_dir_all(&empty).expect("cleanup");
}
