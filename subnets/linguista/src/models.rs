//! Real models a Linguista miner can serve. They differ in quality, so validators' scores separate
//! miners:
//!
//! - [`Model::Apertium`]: apertium's full rule-based pipeline (Debian `apertium`,
//!   `apertium-eng-spa`): analysis, tagging, lexical selection, three structural transfer stages,
//!   generation.
//! - [`Model::WordByWord`]: the same dictionaries without lexical selection and structural transfer:
//!   each word analysed, tagged, looked up in the bilingual dictionary and generated in place (no
//!   reordering, no agreement). A real and weaker translator.
//! - [`Model::TextRank`] and [`Model::Lead`]: extractive summarizers (TextRank over word-overlap
//!   sentence similarity; the first sentences).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A model name as served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// apertium's full pipeline.
    Apertium,
    /// apertium's dictionaries word by word.
    WordByWord,
    /// TextRank extractive summaries.
    TextRank,
    /// The first sentences.
    Lead,
}

impl std::str::FromStr for Model {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "apertium" => Ok(Self::Apertium),
            "word-by-word" => Ok(Self::WordByWord),
            "textrank" => Ok(Self::TextRank),
            "lead" => Ok(Self::Lead),
            other => Err(format!(
                "unknown Linguista model `{other}`: use apertium, word-by-word, textrank or lead"
            )),
        }
    }
}

impl Model {
    /// The name served in answers.
    pub fn name(self) -> &'static str {
        match self {
            Self::Apertium => "apertium",
            Self::WordByWord => "word-by-word",
            Self::TextRank => "textrank",
            Self::Lead => "lead",
        }
    }

    /// Whether it translates (else it summarizes).
    pub fn translates(self) -> bool {
        matches!(self, Self::Apertium | Self::WordByWord)
    }
}

/// The apertium language pair for ISO codes (`en`/`es`), if this machine's data has it.
pub fn pair(source: &str, target: &str) -> Option<&'static str> {
    match (source, target) {
        ("en", "es") => Some("eng-spa"),
        ("es", "en") => Some("spa-eng"),
        _ => None,
    }
}

/// Where Debian installs the eng-spa data (`TENSORA_APERTIUM_DATA` overrides).
fn data_dir() -> PathBuf {
    std::env::var_os("TENSORA_APERTIUM_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/apertium/apertium-eng-spa"))
}

/// Runs a pipeline of commands (each stage's stdout into the next's stdin) on `input`. The input
/// is written whole before the output is read, which cannot block while it fits the first stage's
/// pipe buffer (64 KiB on Linux): tasks are at most `MAX_TEXT` (16 KiB).
fn pipeline(stages: &[(&str, Vec<String>)], input: &str) -> Result<String, String> {
    let mut children = Vec::new();
    let mut previous: Option<std::process::ChildStdout> = None;
    for (program, args) in stages {
        let mut cmd = Command::new(program);
        cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::null());
        match previous.take() {
            Some(out) => cmd.stdin(Stdio::from(out)),
            None => cmd.stdin(Stdio::piped()),
        };
        let mut child = cmd.spawn().map_err(|e| {
            format!("cannot run {program} ({e}): install Debian's apertium and apertium-eng-spa (script/setup.sh does)")
        })?;
        if children.is_empty()
            && let Some(mut stdin) = child.stdin.take()
        {
            stdin
                .write_all(input.as_bytes())
                .map_err(|e| format!("writing to {program}: {e}"))?;
        }
        previous = child.stdout.take();
        children.push((program.to_string(), child));
    }
    let mut output = String::new();
    if let Some(mut out) = previous {
        use std::io::Read;
        out.read_to_string(&mut output)
            .map_err(|e| format!("reading the translation: {e}"))?;
    }
    for (program, mut child) in children {
        let status = child.wait().map_err(|e| format!("{program}: {e}"))?;
        if !status.success() {
            return Err(format!("{program} failed ({status})"));
        }
    }
    Ok(output.trim().to_owned())
}

/// Translates with apertium's full pipeline (unknown words passed through unmarked).
pub fn apertium(pair: &str, text: &str) -> Result<String, String> {
    pipeline(&[("apertium", vec!["-u".into(), pair.into()])], text)
}

/// Translates word by word with apertium's dictionaries (no lexical selection or structural
/// transfer): analysis, tagging, bilingual lookup (first sense), generation.
pub fn word_by_word(pair: &str, text: &str) -> Result<String, String> {
    let d = data_dir();
    let file = |name: &str| d.join(format!("{pair}.{name}")).display().to_string();
    let lexical = pipeline(
        &[
            ("lt-proc", vec![file("automorf.bin")]),
            ("apertium-tagger", vec!["-g".into(), file("prob")]),
            ("apertium-pretransfer", vec![]),
            ("lt-proc", vec!["-b".into(), file("autobil.bin")]),
        ],
        text,
    )?;
    // `^source<tags>/first<tags>/second…$` -> `^first<tags>$` for the generator.
    let mut units = String::with_capacity(lexical.len());
    let mut rest = lexical.as_str();
    while let Some(start) = rest.find('^') {
        units.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('$') else {
            break;
        };
        let unit = &rest[start + 1..start + end];
        let first = unit.split('/').nth(1).unwrap_or(unit);
        units.push('^');
        units.push_str(first);
        units.push('$');
        rest = &rest[start + end + 1..];
    }
    units.push_str(rest);
    let generated = pipeline(
        &[("lt-proc", vec!["-g".into(), file("autogen.bin")])],
        &units,
    )?;
    // The generator marks forms it could not inflect (#), multiwords (~) and unknown words (@, *).
    Ok(generated
        .chars()
        .filter(|c| !matches!(c, '#' | '~' | '@' | '*'))
        .collect())
}

/// Splits text into sentences at `.`, `!` or `?` followed by whitespace (or the end).
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| n.is_whitespace()) {
            let s = current.trim();
            if !s.is_empty() {
                out.push(s.to_owned());
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

fn words(sentence: &str) -> std::collections::HashSet<String> {
    sentence
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_owned)
        .collect()
}

/// The `k` most central sentences by TextRank (PageRank over sentence similarity: shared words
/// normalised by the log of both lengths, damping 0.85, 50 iterations), in their original order.
pub fn textrank(text: &str, k: usize) -> String {
    let all = sentences(text);
    if all.len() <= k {
        return all.join(" ");
    }
    let bags: Vec<_> = all.iter().map(|s| words(s)).collect();
    let n = all.len();
    let mut sim = vec![vec![0.0f64; n]; n];
    for i in 0..n {
        for j in 0..n {
            if i == j || bags[i].len() < 2 || bags[j].len() < 2 {
                continue;
            }
            let shared = bags[i].intersection(&bags[j]).count() as f64;
            sim[i][j] = shared / ((bags[i].len() as f64).ln() + (bags[j].len() as f64).ln());
        }
    }
    let out_weight: Vec<f64> = sim.iter().map(|row| row.iter().sum()).collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..50 {
        let next: Vec<f64> = (0..n)
            .map(|i| {
                let incoming: f64 = (0..n)
                    .filter(|&j| out_weight[j] > 0.0)
                    .map(|j| sim[j][i] / out_weight[j] * rank[j])
                    .sum();
                0.15 / n as f64 + 0.85 * incoming
            })
            .collect();
        rank = next;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| rank[*b].total_cmp(&rank[*a]).then(a.cmp(b)));
    let mut chosen: Vec<usize> = order.into_iter().take(k).collect();
    chosen.sort_unstable();
    chosen
        .into_iter()
        .map(|i| all[i].as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `k` sentences.
pub fn lead(text: &str, k: usize) -> String {
    sentences(text)
        .into_iter()
        .take(k)
        .collect::<Vec<_>>()
        .join(" ")
}
