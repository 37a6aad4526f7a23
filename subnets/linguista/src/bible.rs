//! Ground truth for Linguista's validators, from Debian's public-domain Bibles: the World English
//! Bible (`sword-text-web`, module `engWEB2015eb`) and the Reina-Valera 1909 (`sword-text-sparv`,
//! module `spaRV1909eb`), read with `diatheke` and aligned verse by verse. Two independent
//! translations of one source are loose references for each other, which is why metrics are
//! compared between miners, never read as absolute quality (apertium scores about BLEU 12 and
//! chrF 39 on them, echoing the source about 0 and 17).
//!
//! Summaries need references too. A summarization task is built so that its reference is known:
//! three consecutive verses of one chapter (the reference summary) with three verses from other
//! books interleaved (the distractors), in the order key, distractor, key, distractor, key,
//! distractor. A summarizer that keeps the mutually related sentences recovers the reference; one
//! that keeps the first sentences recovers part of it. This construction is a stand-in for human
//! reference summaries, which no package ships.

use std::collections::HashMap;
use std::process::Command;

use tensora_subnet::TaskSource;

use crate::kind::{Linguista, Truth};
use crate::task::Task;

/// The English module.
pub const ENGLISH: &str = "engWEB2015eb";
/// The Spanish module.
pub const SPANISH: &str = "spaRV1909eb";
/// Books read by default (about 2,400 aligned verses).
pub const BOOKS: [&str; 3] = ["Genesis", "John", "Acts"];

/// An aligned verse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verse {
    /// `Book chapter:verse`.
    pub key: String,
    /// English text.
    pub english: String,
    /// Spanish text.
    pub spanish: String,
}

/// One module's verses of `book` in canonical order, keyed `Book c:v`, markup removed.
fn read(module: &str, book: &str) -> Result<Vec<(String, String)>, String> {
    let out = Command::new("diatheke")
        .args(["-b", module, "-f", "plain", "-k", book])
        .output()
        .map_err(|e| format!("cannot run diatheke ({e}): install Debian's diatheke, sword-text-web and sword-text-sparv (script/setup.sh does)"))?;
    if !out.status.success() {
        return Err(format!(
            "diatheke -b {module} -k {book} failed ({})",
            out.status
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut verses = Vec::new();
    for line in text.lines() {
        let Some((key, body)) = line.split_once(": ") else {
            continue;
        };
        if !key.starts_with(book) || !key.contains(':') {
            continue;
        }
        let clean = clean(body);
        if !clean.is_empty() {
            verses.push((key.to_owned(), clean));
        }
    }
    Ok(verses)
}

/// Removes Strong's numbers and other `<…>` markup, collapses whitespace, and turns a
/// chapter-initial capitalised word (`EN el principio`) into normal case.
pub fn clean(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut depth = 0usize;
    for c in body.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut text = words.join(" ");
    if let Some(first) = words.first()
        && first.chars().count() > 1
        && first.chars().all(|c| c.is_uppercase())
    {
        let mut chars = first.chars();
        let head: String = chars.next().into_iter().collect();
        let fixed = format!("{head}{}", chars.as_str().to_lowercase());
        text = text.replacen(first, &fixed, 1);
    }
    text
}

/// The verses of `books` present in both translations, in canonical order.
pub fn aligned(books: &[&str]) -> Result<Vec<Verse>, String> {
    let mut verses = Vec::new();
    for book in books {
        let en = read(ENGLISH, book)?;
        let es: HashMap<String, String> = read(SPANISH, book)?.into_iter().collect();
        for (key, english) in en {
            if let Some(spanish) = es.get(&key) {
                verses.push(Verse {
                    key,
                    english,
                    spanish: spanish.clone(),
                });
            }
        }
    }
    Ok(verses)
}

/// Tasks with known answers from aligned verses: `translations` English-to-Spanish verses and
/// `summaries` constructed summaries per epoch, then `repeats` of those tasks sent again (drawn
/// among them) for the consistency check.
#[derive(Debug, Clone)]
pub struct BibleTasks {
    /// The aligned verses.
    pub verses: Vec<Verse>,
    /// Translation tasks per epoch.
    pub translations: usize,
    /// Summarization tasks per epoch.
    pub summaries: usize,
    /// Tasks sent a second time (each a copy of an earlier task of the epoch).
    pub repeats: usize,
}

impl TaskSource<Linguista> for BibleTasks {
    fn tasks(&self, seed: u64) -> Vec<(Task, Truth)> {
        let n = self.verses.len();
        if n < 8 {
            return Vec::new();
        }
        let mut state = seed;
        let mut pick = |bound: usize| {
            usize::try_from(tensora_subnet::splitmix64(&mut state) % bound as u64).unwrap_or(0)
        };
        let mut tasks = Vec::new();
        for _ in 0..self.translations {
            let v = &self.verses[pick(n)];
            tasks.push((
                Task::Translation {
                    source_lang: "en".into(),
                    target_lang: "es".into(),
                    text: v.english.clone(),
                },
                Truth::Translation(v.spanish.clone()),
            ));
        }
        for _ in 0..self.summaries {
            let start = pick(n - 3);
            let key: Vec<&Verse> = self.verses[start..start + 3].iter().collect();
            // Distractors come from other chapters (`Book c` of `Book c:v`).
            let chapter = |v: &Verse| v.key.rsplit_once(':').map(|(c, _)| c.to_owned());
            let mut distractors = Vec::new();
            for _ in 0..1_000 {
                let d = &self.verses[pick(n)];
                if chapter(d) != chapter(key[0]) {
                    distractors.push(d);
                    if distractors.len() == 3 {
                        break;
                    }
                }
            }
            if distractors.len() < 3 {
                continue; // a one-chapter corpus: no summaries
            }
            let text = [
                key[0],
                distractors[0],
                key[1],
                distractors[1],
                key[2],
                distractors[2],
            ]
            .iter()
            .map(|v| v.english.as_str())
            .collect::<Vec<_>>()
            .join(" ");
            let reference = key
                .iter()
                .map(|v| v.english.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            tasks.push((
                Task::Summarization {
                    text,
                    max_sentences: 3,
                },
                Truth::Summary(reference),
            ));
        }
        let drawn = tasks.len();
        if drawn > 0 {
            for _ in 0..self.repeats {
                let first = pick(drawn);
                tasks.push((tasks[first].0.clone(), Truth::Repeat(first)));
            }
        }
        tasks
    }
}
