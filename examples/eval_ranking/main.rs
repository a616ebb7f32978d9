//! Ranking quality for issue 5 ("Relevance, measured"), through the library's own search
//! (`query::search_articles`), in three parts:
//!
//! 1. `known` — known-item retrieval over BBC News + Reuters-21578 (dev set: tune on this).
//!    A seeded sample of indexed articles with a headline; each becomes a query built from its
//!    headline by a fixed rule (see `known.rs`); the article must come back near the top.
//!    Prints MRR (over the top 100), success@1 and success@10.
//! 2. `adhoc` — an ad-hoc collection built from Reuters-21578's topic categories (dev set:
//!    tune on this): 55 verbose queries, MAP and nDCG@10 as for TIME (see `adhoc.rs`).
//! 3. `time` — the TIME test collection (83 queries, binary qrels): MAP over the top 1000 and
//!    nDCG@10 with trec_eval's definitions (see `trec.rs`). Final measurement only: never tune
//!    on it.
//!
//! ```text
//! cargo run --release --example eval_ranking -- known [--index DIR] [--sample N] [--seed S] [--errors N]
//! cargo run --release --example eval_ranking -- adhoc [--index DIR] [--per-query]
//! cargo run --release --example eval_ranking -- time  [--index DIR]
//! ```
//!
//! Ranking variants, for `known` and `adhoc` (the library's defaults otherwise):
//! `--feedback K,M,L` (RM3 from the top K articles, M terms, original query weight L) or
//! `--feedback off`; `--stop` (drop Lucene's 33 English stop words from the query text);
//! `--proximity SLOP,BOOST` (append the query's words as a `"…"~SLOP^BOOST` phrase clause).
//!
//! Without `--index` each part indexes its corpora into a temporary directory; with it, the
//! index there is reused when it exists (ranking changes need no re-index) and built otherwise.

mod adhoc;
#[path = "../common/args.rs"]
mod args;
mod known;
mod trec;

use args::Args;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newsdex::index::{self, IndexConfig, NewsIndex};
use newsdex::query::{Feedback, SearchOptions};
use newsdex::read::ReadOptions;
use tempfile::TempDir;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");

fn main() {
    let args = Args::from_env();
    let opt = |name: &str| args.value(name);
    let num = |name: &str, default: u64| -> u64 {
        match opt(name) {
            None => default,
            Some(v) => v
                .parse()
                .unwrap_or_else(|_| fail(&format!("{name}: bad number {v:?}"))),
        }
    };
    let corpora = PathBuf::from(opt("--corpora").unwrap_or(SHARED));
    let index_dir = opt("--index").map(PathBuf::from);
    let variant = Variant {
        feedback: opt("--feedback").map(parse_feedback),
        stop: args.has("--stop"),
        proximity: opt("--proximity").map(|v| {
            let (slop, boost) = v
                .split_once(',')
                .and_then(|(s, b)| Some((s.parse().ok()?, b.parse().ok()?)))
                .unwrap_or_else(|| fail(&format!("--proximity: want SLOP,BOOST, got {v:?}")));
            (slop, boost)
        }),
        per_query: args.has("--per-query"),
    };
    match args.0.first().map(String::as_str) {
        Some("known") => {
            let roots = vec![corpora.join("bbc-news"), corpora.join("reuters21578")];
            let (index, _tmp) = open_or_build(index_dir, &roots);
            let opts = known::Options {
                sample: num("--sample", 1000) as usize,
                seed: num("--seed", 5),
                errors: num("--errors", 0) as usize,
            };
            known::run(&index, &opts, &variant);
        }
        Some("adhoc") => {
            let dir = corpora.join("reuters21578");
            let (index, _tmp) = open_or_build(index_dir, std::slice::from_ref(&dir));
            adhoc::run(&index, &dir, &variant);
        }
        Some("time") => {
            let dir = corpora.join("time-magazine");
            let (index, _tmp) = open_or_build(index_dir, &[dir.join("docs")]);
            // Variants here only report the default next to `--feedback off`: choosing
            // one by its TIME figure would be tuning on the final set.
            trec::run(&index, &dir, &variant);
        }
        _ => fail(
            "usage: eval_ranking known|adhoc|time [--index DIR] [--sample N] [--seed S] [--errors N]",
        ),
    }
}

/// The index at `dir` if one is there, else a new one built from `roots` (in `dir`, or in a
/// temporary directory that lives as long as the returned guard).
fn open_or_build(dir: Option<PathBuf>, roots: &[PathBuf]) -> (NewsIndex, Option<TempDir>) {
    if let Some(dir) = &dir {
        if let Ok(index) = NewsIndex::open(dir) {
            eprintln!("reusing the index at {}", dir.display());
            return (index, None);
        }
    }
    let (path, guard) = match dir {
        Some(d) => (d, None),
        None => {
            let t = TempDir::new().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
            (t.path().join("index"), Some(t))
        }
    };
    let config = IndexConfig {
        roots: roots.to_vec(),
        index_path: path.clone(),
        threads: 2,
        rebuild: false,
        batch_files: index::build::BATCH_FILES,
        read: ReadOptions::default(),
    };
    let started = Instant::now();
    let summary =
        index::build(&config, &|_| {}).unwrap_or_else(|e| fail(&format!("indexing failed: {e}")));
    eprintln!(
        "indexed {} articles ({} duplicates, {} files skipped) in {:.1} s",
        summary.articles,
        summary.duplicates,
        summary.skipped.len(),
        started.elapsed().as_secs_f64()
    );
    let index = NewsIndex::open(&path).unwrap_or_else(|e| fail(&format!("open: {e}")));
    (index, guard)
}

/// A ranking variant to measure against the library's default.
pub struct Variant {
    /// `None`: the library's default; `Some(None)`: feedback off.
    feedback: Option<Option<Feedback>>,
    stop: bool,
    proximity: Option<(u32, f32)>,
    pub per_query: bool,
}

/// Lucene's English stop words (`EnglishAnalyzer.ENGLISH_STOP_WORDS_SET`).
const LUCENE_STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
    "they", "this", "to", "was", "will", "with",
];

impl Variant {
    /// Search options: `limit` hits, grouping as given, the variant's feedback.
    pub fn options(&self, limit: usize, group: bool) -> SearchOptions {
        let mut options = SearchOptions {
            limit,
            group,
            ..SearchOptions::default()
        };
        if let Some(fb) = self.feedback {
            options.feedback = fb;
        }
        options
    }

    /// The query text as the variant sends it.
    pub fn query(&self, text: &str) -> String {
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|w| !self.stop || !LUCENE_STOP.contains(&w.to_lowercase().as_str()))
            .collect();
        let mut out = words.join(" ");
        if let Some((slop, boost)) = self.proximity {
            let bare: Vec<String> = words
                .iter()
                .map(|w| w.replace(|c: char| !c.is_alphanumeric(), " "))
                .collect();
            if words.len() >= 2 {
                out = format!("{out} \"{}\"~{slop}^{boost}", bare.join(" "));
            }
        }
        out
    }
}

/// `K,M,L` → RM3 settings; `off` → none.
fn parse_feedback(v: &str) -> Option<Feedback> {
    if v == "off" {
        return None;
    }
    let parts: Vec<&str> = v.split(',').collect();
    let parsed = match parts[..] {
        [k, m, l] => (|| {
            Some(Feedback {
                docs: k.parse().ok()?,
                terms: m.parse().ok()?,
                weight: l.parse().ok()?,
            })
        })(),
        _ => None,
    };
    Some(parsed.unwrap_or_else(|| fail(&format!("--feedback: want K,M,L or off, got {v:?}"))))
}

fn fail(msg: &str) -> ! {
    eprintln!("eval_ranking: {msg}");
    std::process::exit(2)
}

/// The file name without extension: `docs/334.txt` → `334`.
fn file_stem(source: &str) -> Option<&str> {
    Path::new(source.split('#').next()?)
        .file_stem()
        .and_then(|s| s.to_str())
}
