//! Ranking quality for issue 5 ("Relevance, measured"), through the library's own search
//! (`query::search_articles`), in two parts:
//!
//! 1. `known` — known-item retrieval over BBC News + Reuters-21578 (dev set: tune on this).
//!    A seeded sample of indexed articles with a headline; each becomes a query built from its
//!    headline by a fixed rule (see `known.rs`); the article must come back near the top.
//!    Prints MRR (over the top 100), success@1 and success@10.
//! 2. `time` — the TIME test collection (83 queries, binary qrels): MAP over the top 1000 and
//!    nDCG@10 with trec_eval's definitions (see `trec.rs`). Final measurement only: never tune
//!    on it.
//!
//! ```text
//! cargo run --release --example eval_ranking -- known [--index DIR] [--sample N] [--seed S] [--errors N]
//! cargo run --release --example eval_ranking -- time  [--index DIR]
//! ```
//!
//! Without `--index` each part indexes its corpora into a temporary directory; with it, the
//! index there is reused when it exists (ranking changes need no re-index) and built otherwise.

mod known;
mod trec;

use std::path::{Path, PathBuf};
use std::time::Instant;

use newsdex::index::{self, IndexConfig, NewsIndex};
use newsdex::read::ReadOptions;
use tempfile::TempDir;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let num = |name: &str, default: u64| -> u64 {
        match opt(name) {
            None => default,
            Some(v) => v
                .parse()
                .unwrap_or_else(|_| fail(&format!("{name}: bad number {v:?}"))),
        }
    };
    let corpora = PathBuf::from(opt("--corpora").unwrap_or_else(|| SHARED.to_string()));
    let index_dir = opt("--index").map(PathBuf::from);
    match args.first().map(String::as_str) {
        Some("known") => {
            let roots = vec![corpora.join("bbc-news"), corpora.join("reuters21578")];
            let (index, _tmp) = open_or_build(index_dir, &roots);
            let opts = known::Options {
                sample: num("--sample", 1000) as usize,
                seed: num("--seed", 5),
                errors: num("--errors", 0) as usize,
            };
            known::run(&index, &opts);
        }
        Some("time") => {
            let dir = corpora.join("time-magazine");
            let (index, _tmp) = open_or_build(index_dir, &[dir.join("docs")]);
            trec::run(&index, &dir);
        }
        _ => fail(
            "usage: eval_ranking known|time [--index DIR] [--sample N] [--seed S] [--errors N]",
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
