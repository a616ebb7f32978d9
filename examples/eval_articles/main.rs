//! Article-extraction evaluation: a data set name → body, date and headline scores of the built
//! `newsdex extract --json`, and its throughput.
//!
//! Run through `scripts/eval-articles NAME` (which builds the release binary first). The pages
//! are decompressed into a temporary directory as `NNNN.html`, extracted in one run of the
//! binary (one thread: `extract` is sequential), and matched back to their gold by file name.
//! URLs are not passed: newsdex sees only the page, as it would in a crawl dump.
//!
//! Scores, each the way the data set's own scorer counts:
//! - body F1 (Scrapinghub, L3S): 4-token shingles as multisets, precision and recall per page,
//!   averaged over pages, F1 of the two means.
//! - body segments (trafilatura): a `with` segment found in the body (whitespace collapsed) is a
//!   true positive, one missing a false negative; a `without` segment found is a false positive.
//!   Counts are summed over all pages before P/R/F1, as trafilatura's `evaluate.py` does.
//! - date accuracy: pages whose `date` equals the gold day over pages with a gold day; no date
//!   counts as wrong.
//! - headline accuracy: equal to the gold title after lowercasing and collapsing punctuation and
//!   whitespace, over pages with a gold title.

mod datasets;
// The `html-text` rendering shared with `eval_text_chrome` (whose L3S gold reader is unused here).
#[allow(dead_code)]
#[path = "../eval_text_chrome/html_dump.rs"]
mod html_dump;
mod metrics;
mod speed;
mod text_dump;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use clap::Parser;
use regex::Regex;
use serde_json::Value;

/// Scores `newsdex extract --json` on an article-extraction data set.
#[derive(Parser)]
struct Args {
    /// trafilatura | htmldate | htmldate-mediacloud | l3s | scrapinghub, or a whole-page
    /// text-dump set: l3s-text | trafilatura-text | scrapinghub-text
    dataset: String,
    /// The newsdex binary to run.
    #[arg(long, default_value = "target/release/newsdex")]
    bin: PathBuf,
    /// Folder holding the corpora.
    #[arg(long, default_value = "../shared/corpora")]
    corpora: PathBuf,
    /// Only the first N pages (in the index's order).
    #[arg(long)]
    limit: Option<usize>,
    /// List the misses of one field: title | date | body.
    #[arg(long)]
    show: Option<String>,
    /// Write the pages given to newsdex (`NNNN.html` / `NNNN.txt`) into this folder and keep
    /// them, to look at a miss.
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Instead of scoring, time the HTML extractor in-process on one thread (best of 3 rounds),
    /// beside rs-trafilatura when built with `--features rs-trafilatura`.
    #[arg(long)]
    speed: bool,
}

/// What newsdex produced for one page.
#[derive(Default)]
struct Output {
    headline: Option<String>,
    date: Option<String>,
    body: String,
}

fn main() -> Result<(), String> {
    let args = Args::parse();
    let mut pages = match text_dump::load(&args.dataset, &args.corpora) {
        Some(pages) => pages?,
        None => datasets::load(&args.dataset, &args.corpora)
            .map_err(|e| format!("{e} | {}", text_dump::NAMES))?,
    };
    if let Some(n) = args.limit {
        pages.truncate(n);
    }
    if args.speed {
        return speed::run(&pages);
    }
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let dir = args.keep.as_deref().unwrap_or(tmp.path());
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut bytes = 0usize;
    for (i, page) in pages.iter().enumerate() {
        // A text-dump page is given as its text, under a name that reads as plain text.
        let (file, content) = match &page.dump {
            Some(text) => (format!("{i:04}.txt"), text.as_bytes().to_vec()),
            None => (format!("{i:04}.html"), datasets::gunzip(&page.path)?),
        };
        bytes += content.len();
        std::fs::write(dir.join(file), content).map_err(|e| e.to_string())?;
    }

    let start = Instant::now();
    let run = Command::new(&args.bin)
        .arg("extract")
        .arg("--json")
        .arg(dir)
        .output()
        .map_err(|e| format!("{}: {e}", args.bin.display()))?;
    let secs = start.elapsed().as_secs_f64();
    if !run.status.success() {
        eprint!("{}", String::from_utf8_lossy(&run.stderr));
    }
    let outputs = parse_outputs(&run.stdout)?;

    let text_mode = pages.iter().any(|p| p.dump.is_some());
    println!(
        "{}: {} pages, {:.1} MB of {}, {} extracted",
        args.dataset,
        pages.len(),
        bytes as f64 / 1e6,
        if text_mode { "text" } else { "HTML" },
        outputs.len()
    );
    let empty = Output::default();
    let got = |i: usize| outputs.get(&i).unwrap_or(&empty);
    let show = args.show.as_deref();
    if text_mode {
        // The baseline: the whole dump taken as the body, nothing removed.
        let raw: Vec<Output> = pages
            .iter()
            .map(|p| Output {
                body: p.dump.clone().unwrap_or_default(),
                ..Output::default()
            })
            .collect();
        println!("baseline, the whole dump as the body:");
        body_scores(&pages, &|i| raw.get(i).unwrap_or(&empty), None)?;
        println!("newsdex:");
    }
    body_scores(&pages, &got, show)?;
    date_score(&pages, &got, show);
    title_score(&pages, &got, show);
    println!(
        "speed (wall, all cores, whole extract incl. quotes): {:.1} pages/s, {:.1} MB/s ({secs:.2} s)",
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}

/// Output lines keyed by page number (the `NNNN` of `NNNN.html`).
fn parse_outputs(stdout: &[u8]) -> Result<HashMap<usize, Output>, String> {
    let mut outputs = HashMap::new();
    for line in String::from_utf8_lossy(stdout).lines() {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("bad JSON line: {e}"))?;
        let source = v["source"].as_str().unwrap_or_default();
        let stem = std::path::Path::new(source)
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse::<usize>().ok());
        let Some(i) = stem else { continue };
        outputs.insert(
            i,
            Output {
                headline: v["headline"].as_str().map(str::to_string),
                date: v["date"].as_str().map(str::to_string),
                body: v["body"].as_str().unwrap_or_default().to_string(),
            },
        );
    }
    Ok(outputs)
}

fn body_scores<'a>(
    pages: &[datasets::Page],
    got: &impl Fn(usize) -> &'a Output,
    show: Option<&str>,
) -> Result<(), String> {
    let re = Regex::new(r"\w+").map_err(|e| e.to_string())?;
    let mut counts = Vec::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (i, page) in pages.iter().enumerate() {
        let out = got(i);
        if let Some(gold) = &page.gold.body {
            let c = metrics::shingle_counts(&re, gold, &out.body);
            if show == Some("body") && c.tp < 0.8 {
                println!(
                    "  body tp={:.2} fp={:.2} fn={:.2}  {}  {}",
                    c.tp,
                    c.fp,
                    c.fn_,
                    i,
                    page.path.display()
                );
            }
            counts.push(c);
        }
        if page.gold.with.is_empty() && page.gold.without.is_empty() {
            continue;
        }
        let body = metrics::squash_ws(&out.body);
        for seg in &page.gold.with {
            if body.contains(&metrics::squash_ws(seg)) {
                tp += 1;
            } else {
                fn_ += 1;
                if show == Some("body") {
                    println!("  missing  {i:04} {}  {seg:.80}", page.path.display());
                }
            }
        }
        for seg in &page.gold.without {
            if body.contains(&metrics::squash_ws(seg)) {
                fp += 1;
                if show == Some("body") {
                    println!("  extra    {i:04} {}  {seg:.80}", page.path.display());
                }
            }
        }
    }
    if !counts.is_empty() {
        let (p, r, f) = metrics::macro_prf(&counts);
        println!(
            "body F1 (4-shingles, {} pages): {f:.3}  (P {p:.3}, R {r:.3})",
            counts.len()
        );
    }
    if tp + fp + fn_ > 0 {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        println!(
            "body segments F1: {:.3}  (P {p:.3}, R {r:.3}; tp {tp}, fp {fp}, fn {fn_})",
            metrics::f1(p, r)
        );
    }
    Ok(())
}

fn date_score<'a>(
    pages: &[datasets::Page],
    got: &impl Fn(usize) -> &'a Output,
    show: Option<&str>,
) {
    let (mut n, mut right, mut given) = (0usize, 0usize, 0usize);
    for (i, page) in pages.iter().enumerate() {
        let Some(gold) = page.gold.date else { continue };
        n += 1;
        let out = got(i).date.as_deref();
        given += usize::from(out.is_some());
        if out == Some(gold.to_string().as_str()) {
            right += 1;
        } else if show == Some("date") {
            println!(
                "  date {i:04} gold {gold} got {:<10}  {}  {}",
                out.unwrap_or("-"),
                page.path.display(),
                page.id
            );
        }
    }
    if n > 0 {
        let undated = pages.len() - n;
        println!(
            "date accuracy: {:.3}  ({right}/{n}; {given} dated, precision {:.3}; \
             {undated} pages without a gold date left out)",
            right as f64 / n as f64,
            right as f64 / given.max(1) as f64
        );
    }
}

fn title_score<'a>(
    pages: &[datasets::Page],
    got: &impl Fn(usize) -> &'a Output,
    show: Option<&str>,
) {
    let (mut n, mut right) = (0usize, 0usize);
    for (i, page) in pages.iter().enumerate() {
        let Some(gold) = &page.gold.title else {
            continue;
        };
        n += 1;
        let out = got(i).headline.as_deref().unwrap_or("");
        if metrics::title_key(out) == metrics::title_key(gold) {
            right += 1;
        } else if show == Some("title") {
            println!(
                "  title {i:04} gold {gold:?}\n             got  {out:?}  {}",
                page.path.display()
            );
            show_title_candidates(page);
        }
    }
    if n > 0 {
        println!(
            "headline accuracy: {:.3}  ({right}/{n})",
            right as f64 / n as f64
        );
    }
}

/// The headline candidates of a missed page (og:title, JSON-LD, `<title>`, headings, site
/// names), each marked `=` when it equals the gold title, to group misses by cause.
fn show_title_candidates(page: &datasets::Page) {
    let Ok(bytes) = datasets::gunzip(&page.path) else {
        return;
    };
    let gold = page.gold.title.as_deref().map(metrics::title_key);
    let html = String::from_utf8_lossy(&bytes);
    for (label, text) in newsdex::article::html::headline_candidates(&html) {
        let hit = if Some(metrics::title_key(&text)) == gold {
            "="
        } else {
            " "
        };
        println!("           {hit} {label:<13} {text:.160}");
    }
}
