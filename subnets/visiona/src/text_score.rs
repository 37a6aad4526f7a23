//! How a `detect_text` answer is scored against the lines a validator drew:
//!
//! - **Matching**: every (answered, true) pair with intersection over union at least
//!   [`MIN_IOU`] is a candidate; pairs are taken greedily by IoU, highest first, each line at most
//!   once.
//! - **F1** of the boxes: `2 x matched / (answered + true)` (1 when both are empty).
//! - **Character error rate** of the matched lines: the Levenshtein distance between the answered
//!   and the true strings (over Unicode characters, case-sensitive), summed, over the true strings'
//!   total length.
//! - A task's quality: `F1 x max(0, 1 - CER)`, from 0 to 1.

use crate::ocr::Rect;

/// Least IoU for an answered box to count as finding a true one.
pub const MIN_IOU: f64 = 0.5;

/// Intersection over union of two boxes (0 when either is empty).
pub fn iou(a: &Rect, b: &Rect) -> f64 {
    let area = |r: &Rect| (r[2] - r[0]).max(0.0) * (r[3] - r[1]).max(0.0);
    let inter = [
        a[0].max(b[0]),
        a[1].max(b[1]),
        a[2].min(b[2]),
        a[3].min(b[3]),
    ];
    let i = area(&inter);
    let union = area(a) + area(b) - i;
    if union > 0.0 { i / union } else { 0.0 }
}

/// The Levenshtein distance between two strings, over Unicode characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// What one answer came to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextScore {
    /// True lines found (IoU at least [`MIN_IOU`]).
    pub matched: usize,
    /// F1 of the boxes.
    pub f1: f64,
    /// Character error rate over the matched lines (0 when none matched).
    pub cer: f64,
    /// `f1 x max(0, 1 - cer)`.
    pub quality: f64,
}

/// Scores `answered` lines (text, box) against `truth`.
pub fn score(answered: &[(&str, Rect)], truth: &[(&str, Rect)]) -> TextScore {
    if answered.is_empty() && truth.is_empty() {
        return TextScore {
            matched: 0,
            f1: 1.0,
            cer: 0.0,
            quality: 1.0,
        };
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, (_, a)) in answered.iter().enumerate() {
        for (j, (_, t)) in truth.iter().enumerate() {
            let v = iou(a, t);
            if v >= MIN_IOU {
                pairs.push((v, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0));
    let (mut used_a, mut used_t) = (vec![false; answered.len()], vec![false; truth.len()]);
    let (mut matched, mut errors, mut chars) = (0usize, 0usize, 0usize);
    for (_, i, j) in pairs {
        if used_a[i] || used_t[j] {
            continue;
        }
        used_a[i] = true;
        used_t[j] = true;
        matched += 1;
        errors += edit_distance(answered[i].0, truth[j].0);
        chars += truth[j].0.chars().count();
    }
    let f1 = 2.0 * matched as f64 / (answered.len() + truth.len()) as f64;
    let cer = if chars == 0 {
        0.0
    } else {
        errors as f64 / chars as f64
    };
    TextScore {
        matched,
        f1,
        cer,
        quality: f1 * (1.0 - cer).max(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iou_of_known_boxes() {
        assert_eq!(iou(&[0.0, 0.0, 10.0, 10.0], &[0.0, 0.0, 10.0, 10.0]), 1.0);
        assert_eq!(iou(&[0.0, 0.0, 10.0, 10.0], &[10.0, 0.0, 20.0, 10.0]), 0.0);
        // Half overlap: 50 / 150.
        assert!((iou(&[0.0, 0.0, 10.0, 10.0], &[5.0, 0.0, 15.0, 10.0]) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(iou(&[5.0, 5.0, 5.0, 9.0], &[5.0, 5.0, 5.0, 9.0]), 0.0);
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("Año", "Ano"), 1);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    /// Character error rates produced by jiwer 3.1.0 (PyPI; `jiwer.cer(reference, hypothesis)`,
    /// and the list form for the aggregate) on the same pairs.
    #[test]
    fn character_error_rates_equal_jiwer() {
        let pairs = [
            ("World 42", "World 4Z", 0.125),
            ("Hello", "Hello", 0.0),
            ("kitten", "sitting", 0.5),
            ("Año", "Ano", 0.3333333333333333),
            ("Vofu Fuvavo 1496", "VofuFuvavo1496", 0.125),
            ("Sezoro 390", "Sez0ro 390", 0.1),
            ("Mosi Bikaru", "Mosi Bikar", 0.09090909090909091),
        ];
        let line = |i: usize| [0.0, 20.0 * i as f64, 100.0, 20.0 * i as f64 + 10.0];
        for (i, (truth, read, jiwer)) in pairs.iter().enumerate() {
            let s = score(&[(read, line(i))], &[(truth, line(i))]);
            assert!(
                (s.cer - jiwer).abs() < 1e-12,
                "{truth} / {read}: {} vs {jiwer}",
                s.cer
            );
        }
        // All pairs as one answer: total edits over total reference characters, as jiwer's
        // list form (9 / 59).
        let answered: Vec<(&str, Rect)> = pairs
            .iter()
            .enumerate()
            .map(|(i, p)| (p.1, line(i)))
            .collect();
        let truth: Vec<(&str, Rect)> = pairs
            .iter()
            .enumerate()
            .map(|(i, p)| (p.0, line(i)))
            .collect();
        let s = score(&answered, &truth);
        assert!((s.cer - 0.15254237288135594).abs() < 1e-12, "{}", s.cer);
    }

    #[test]
    fn score_matches_greedily_and_combines_f1_and_cer() {
        let truth = [
            ("Hello", [0.0, 0.0, 50.0, 20.0]),
            ("World 42", [0.0, 40.0, 80.0, 60.0]),
        ];
        // Both found, one character wrong out of 13.
        let s = score(
            &[
                ("World 4Z", [1.0, 41.0, 80.0, 60.0]),
                ("Hello", [0.0, 0.0, 52.0, 21.0]),
            ],
            &truth,
        );
        assert_eq!((s.matched, s.f1), (2, 1.0));
        assert!((s.cer - 1.0 / 13.0).abs() < 1e-12);
        assert!((s.quality - 12.0 / 13.0).abs() < 1e-12);
        // One found, one box in the wrong place, one spurious: F1 = 2 x 1 / (3 + 2).
        let s = score(
            &[
                ("Hello", [0.0, 0.0, 50.0, 20.0]),
                ("World 42", [100.0, 40.0, 180.0, 60.0]),
                ("noise", [0.0, 90.0, 10.0, 99.0]),
            ],
            &truth,
        );
        assert_eq!((s.matched, s.cer), (1, 0.0));
        assert!((s.f1 - 0.4).abs() < 1e-12);
        // Nothing answered: 0. Nothing to find and nothing answered: 1.
        assert_eq!(score(&[], &truth).quality, 0.0);
        assert_eq!(score(&[], &[]).quality, 1.0);
        // A recognizer that writes garbage in the right place scores 0, not less.
        let s = score(&[("xxxxxxxxxxxxxxxxxxxx", truth[0].1)], &truth[..1]);
        assert_eq!(s.quality, 0.0);
    }
}
