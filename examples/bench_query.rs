//! Query latency (issue 5, "Speed"): one index of every corpus newsdex reads, one `NewsIndex`
//! held open, and ≥ 1,000 mixed queries generated (seeded) from the indexed vocabulary, each run
//! in-process through `search_articles` / `search_quotes` with default options, first without
//! facets and then with them. Prints p50/p95/p99/max per set, in wall-clock milliseconds and in
//! the thread's CPU milliseconds (`/proc/thread-self/schedstat`, nanoseconds): on a shared,
//! loaded machine wall time includes waiting for a core, CPU time does not.
//!
//! ```text
//! cargo run --release --example bench_query -- [--index DIR] [--queries N] [--seed S] [--show] [--slowest N] [--feedback]
//! ```
//!
//! `--feedback`: article searches with pseudo-relevance feedback (off by default).
//!
//! Query mix (each query picks one kind uniformly; words come from a random indexed article's
//! body or headline, 4+ letters, no digits):
//! term · 2–3 terms · "two-word phrase" · `headline:word` + term · term + `date:YYYY-MM-DD` ·
//! term + `date:YYYY-MM` · term + `date:[from TO to]` · 2–3 terms with `--all` ·
//! `speaker:name` + term (quotes search) · a term alone through the quotes search.
//! Facets: `source` and `date:month` (and `speaker` for quotes).

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use newsdex::index::schema::KIND_ARTICLE;
use newsdex::index::{self, IndexConfig, NewsIndex};
use newsdex::query::{search_articles, search_quotes, FacetKind, SearchOptions};
use newsdex::read::ReadOptions;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

#[path = "common/args.rs"]
mod args;
#[path = "common/splitmix.rs"]
mod splitmix;
use args::Args;
use splitmix::SplitMix64;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

struct Query {
    text: String,
    all: bool,
    quotes: bool,
}

fn main() {
    let args = Args::from_env();
    let opt = |name: &str| args.value(name);
    let n: usize = opt("--queries")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1200);
    let slowest: usize = opt("--slowest").and_then(|v| v.parse().ok()).unwrap_or(0);
    let seed: u64 = opt("--seed").and_then(|v| v.parse().ok()).unwrap_or(5);
    let tmp = tempfile::TempDir::new().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
    let path = opt("--index").map_or_else(|| tmp.path().join("index"), PathBuf::from);
    let index = open_or_build(&path);
    let feedback = args.has("--feedback");

    let queries = generate(&index, n, seed);
    if args.has("--show") {
        for q in &queries {
            println!(
                "{}{}{}",
                if q.quotes { "quotes: " } else { "" },
                q.text,
                if q.all { "  --all" } else { "" }
            );
        }
    }
    let kinds = |quotes: bool| {
        if quotes {
            vec![FacetKind::Speaker, FacetKind::Month]
        } else {
            vec![FacetKind::Source, FacetKind::Month]
        }
    };
    // Warm-up: the OS page cache and tantivy's caches, as on a server that has been running.
    for q in queries.iter().take(200) {
        run(&index, q, Vec::new(), feedback);
    }
    println!(
        "{} queries ({} through quotes search) over {} documents",
        queries.len(),
        queries.iter().filter(|q| q.quotes).count(),
        index
            .index
            .reader()
            .map(|r| r.searcher().num_docs())
            .unwrap_or(0)
    );
    println!(
        "{:<12} {:>6} | {:>7} {:>7} {:>7} {:>7} | {:>7} {:>7} {:>7} {:>7}",
        "set", "errors", "wall50", "wall95", "wall99", "max", "cpu50", "cpu95", "cpu99", "max"
    );
    for (name, facets) in [("no facets", false), ("facets", true)] {
        let mut wall = Vec::with_capacity(queries.len());
        let mut cpu = Vec::with_capacity(queries.len());
        let mut errors = 0;
        let mut slow: Vec<(f64, &Query)> = Vec::new();
        for q in &queries {
            let c0 = thread_cpu_ns();
            let t0 = Instant::now();
            let ok = run(
                &index,
                q,
                if facets { kinds(q.quotes) } else { Vec::new() },
                feedback,
            );
            wall.push(t0.elapsed().as_secs_f64() * 1e3);
            cpu.push((thread_cpu_ns().saturating_sub(c0)) as f64 / 1e6);
            slow.push((cpu.last().copied().unwrap_or(0.0), q));
            errors += usize::from(!ok);
        }
        let (w, c) = (percentiles(&mut wall), percentiles(&mut cpu));
        println!(
            "{name:<12} {errors:>6} | {:>7.2} {:>7.2} {:>7.2} {:>7.2} | {:>7.2} {:>7.2} {:>7.2} {:>7.2}",
            w[0], w[1], w[2], w[3], c[0], c[1], c[2], c[3]
        );
        slow.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (ms, q) in slow.iter().take(slowest) {
            println!(
                "    {ms:8.2} ms cpu  {}{}",
                if q.quotes { "quotes: " } else { "" },
                q.text
            );
        }
    }
}

/// Runs one query; false when the library returned an error.
fn run(index: &NewsIndex, q: &Query, facets: Vec<FacetKind>, feedback: bool) -> bool {
    let mut options = SearchOptions {
        all: q.all,
        facets,
        ..SearchOptions::default()
    };
    if feedback {
        options.feedback = Some(newsdex::query::Feedback::default());
    }
    if q.quotes {
        search_quotes(index, &q.text, &options).is_ok()
    } else {
        search_articles(index, &q.text, &options).is_ok()
    }
}

/// p50, p95, p99, max (nearest rank).
fn percentiles(v: &mut [f64]) -> [f64; 4] {
    v.sort_by(f64::total_cmp);
    let at = |p: f64| {
        let i = ((p * v.len() as f64).ceil() as usize).clamp(1, v.len().max(1)) - 1;
        v.get(i).copied().unwrap_or(0.0)
    };
    [at(0.50), at(0.95), at(0.99), at(1.0)]
}

/// CPU time this thread has run, in nanoseconds (0 if the clock cannot be read).
///
/// `clock_gettime(CLOCK_THREAD_CPUTIME_ID)` declared by hand, not through the `libc` crate: std
/// links the C library anyway, and one call does not justify a dependency. `/proc/thread-self/
/// schedstat` was the alternative turned down: it advances only at scheduler ticks (4 ms).
fn thread_cpu_ns() -> u64 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec (64-bit Linux layout) for the call's duration.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0;
    }
    (ts.tv_sec as u64).saturating_mul(1_000_000_000) + ts.tv_nsec as u64
}

fn open_or_build(path: &Path) -> NewsIndex {
    if let Ok(index) = NewsIndex::open(path) {
        eprintln!("reusing the index at {}", path.display());
        return index;
    }
    let shared = PathBuf::from(SHARED);
    let c = shared.join("corpora");
    let roots = vec![
        c.join("bbc-news"),
        c.join("reuters21578"),
        c.join("fakenewscorpus-sample/news_sample.csv"),
        c.join("lee-abc-news/lee_background.cor"),
        c.join("time-magazine/docs"),
        shared.join("gold/polnear/dev.jsonl"),
        shared.join("gold/polnear/test.jsonl"),
        shared.join("gold/polnear/train.jsonl.gz"),
    ];
    let config = IndexConfig {
        roots,
        index_path: path.to_path_buf(),
        threads: 2,
        rebuild: false,
        batch_files: index::build::BATCH_FILES,
        read: ReadOptions::default(),
    };
    let started = Instant::now();
    let s = index::build(&config, &|_| {}).unwrap_or_else(|e| fail(&format!("indexing: {e}")));
    eprintln!(
        "indexed {} articles, {} quotes ({} files skipped) in {:.0} s",
        s.articles,
        s.quotes,
        s.skipped.len(),
        started.elapsed().as_secs_f64()
    );
    for skip in s.skipped.iter().take(5) {
        eprintln!("  skipped {}: {}", skip.path, skip.reason);
    }
    NewsIndex::open(path).unwrap_or_else(|e| fail(&format!("open: {e}")))
}

/// What the generator draws from: indexed articles' words and dates, and speakers' names.
struct Vocabulary {
    docs: Vec<(Vec<String>, Vec<String>, Option<NaiveDate>)>,
    speakers: Vec<String>,
}

fn vocabulary(index: &NewsIndex) -> Vocabulary {
    let f = &index.fields;
    let searcher = match index.index.reader() {
        Ok(r) => r.searcher(),
        Err(e) => fail(&format!("reader: {e}")),
    };
    let kind = TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    let addrs = searcher
        .search(&kind, &DocSetCollector)
        .unwrap_or_else(|e| fail(&format!("search: {e}")));
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let docs = addrs
        .into_iter()
        .filter_map(|a| {
            let doc: TantivyDocument = searcher.doc(a).ok()?;
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("");
            let date = doc
                .get_first(f.date)
                .and_then(|v| v.as_datetime())
                .and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0))
                .map(|d| d.date_naive());
            let body: Vec<String> = words(text(f.body)).into_iter().take(300).collect();
            let source = text(f.source_id).to_string();
            (!body.is_empty()).then(|| (source, (body, words(text(f.headline)), date)))
        })
        .collect::<Vec<_>>();
    // By source, not by address: parallel indexing numbers documents differently on every build.
    let mut docs = docs;
    docs.sort_by(|a, b| a.0.cmp(&b.0));
    let docs = docs.into_iter().map(|(_, d)| d).collect();
    let mut speakers = Vec::new();
    for seg in searcher.segment_readers() {
        let Ok(inv) = seg.inverted_index(f.speaker_key) else {
            continue;
        };
        let Ok(mut stream) = inv.terms().stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(name) = std::str::from_utf8(stream.key()) {
                speakers.push(name.to_string());
            }
        }
    }
    speakers.sort();
    speakers.dedup();
    Vocabulary { docs, speakers }
}

fn generate(index: &NewsIndex, n: usize, seed: u64) -> Vec<Query> {
    let v = vocabulary(index);
    if v.docs.is_empty() {
        fail("no articles indexed");
    }
    let mut rng = SplitMix64(seed);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let (body, headline, date) = &v.docs[rng.below(v.docs.len())];
        let word = |rng: &mut SplitMix64| body[rng.below(body.len())].clone();
        let terms = |rng: &mut SplitMix64| {
            let k = 2 + rng.below(2);
            (0..k).map(|_| word(rng)).collect::<Vec<_>>().join(" ")
        };
        let (text, all, quotes) = match rng.below(10) {
            0 => (word(&mut rng), false, false),
            1 => (terms(&mut rng), false, false),
            2 => {
                let i = rng.below(body.len().saturating_sub(1).max(1));
                let pair = body
                    .get(i..i + 2)
                    .map_or_else(|| word(&mut rng), |p| p.join(" "));
                (format!("\"{pair}\""), false, false)
            }
            3 if !headline.is_empty() => {
                let h = &headline[rng.below(headline.len())];
                (format!("headline:{h} {}", word(&mut rng)), false, false)
            }
            4 if date.is_some() => {
                let d = date.unwrap_or_default();
                (
                    format!("{} date:{}", word(&mut rng), d.format("%Y-%m-%d")),
                    false,
                    false,
                )
            }
            5 if date.is_some() => {
                let d = date.unwrap_or_default();
                (
                    format!("{} date:{}", word(&mut rng), d.format("%Y-%m")),
                    false,
                    false,
                )
            }
            6 if date.is_some() => {
                let d = date.unwrap_or_default();
                let to = d + chrono::Days::new(1 + rng.below(60) as u64);
                let text = format!(
                    "{} date:[{} TO {}]",
                    word(&mut rng),
                    d.format("%Y-%m-%d"),
                    to.format("%Y-%m-%d")
                );
                (text, false, false)
            }
            7 => (terms(&mut rng), true, false),
            8 if !v.speakers.is_empty() => {
                let name = &v.speakers[rng.below(v.speakers.len())];
                let last = name.split_whitespace().last().unwrap_or(name);
                let last: String = last.chars().filter(|c| c.is_alphanumeric()).collect();
                if last.is_empty() {
                    continue;
                }
                (format!("speaker:{last} {}", word(&mut rng)), false, true)
            }
            9 => (word(&mut rng), false, true),
            _ => continue,
        };
        out.push(Query { text, all, quotes });
    }
    out
}

fn fail(msg: &str) -> ! {
    eprintln!("bench_query: {msg}");
    std::process::exit(2)
}
