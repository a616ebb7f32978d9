//! Benchmark corpus generator (issue 6): a seed and a size → a directory of realistic news
//! articles, written outside the repository, recombined from real text in `../shared`.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --articles 100000 --out /work/benchdata/100k [--seed 6]
//! ```
//!
//! What comes in: the real corpora newsdex reads (BBC plain text, Reuters-21578 SGML, ABC lines,
//! FakeNewsCorpus CSV titles, PolNeAR train JSONL), run through newsdex's own reader and
//! extractor to get headlines, dates and paragraphs. Paragraphs holding a quote attributed to a
//! *named* speaker ("... ," said Clinton) form the quote pool, so every generated article gives
//! the attribution stage real work; the others, without quote marks, form the plain pool.
//!
//! What goes out: `OUT/articles/dNNNN/` directories of 1,000 articles each. An article is a headline, a
//! date in one of several real-world shapes (bare, "Published:", US style, a wire dateline, or
//! none), and 6–15 paragraphs of which 1–3 carry attributed quotes (~2.5 KB). One block of 100
//! articles in seven goes into a JSONL dump (`title`, `date`, `text`, `url`), every other dump
//! gzipped; the rest are one `.txt` file each in the BBC shape (headline line, blank line,
//! paragraphs). `OUT/GENERATED.json` (written last, beside `articles/`) records the seed and the counts, so a
//! harness can tell a finished corpus from an interrupted one.
//!
//! Deterministic: pools are built in walk order and each directory draws from its own
//! generator seeded by (seed, directory), so the output is byte-identical for a seed and size
//! whatever the thread count.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use clap::Parser;
use rayon::prelude::*;

use newsdex::read::{self, WalkEntry};

#[path = "common/splitmix.rs"]
mod splitmix;
use splitmix::SplitMix64;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
/// Articles per directory.
const PER_DIR: usize = 1000;
/// Articles per JSONL dump; blocks of this size are the unit that becomes a dump or `.txt` files.
const PER_DUMP: usize = 100;
/// One block in `DUMP_EVERY` is a dump (~14% of the articles).
const DUMP_EVERY: usize = 7;

#[derive(Parser)]
struct Args {
    /// How many articles to write.
    #[arg(long)]
    articles: usize,
    /// Output directory (created; refused if it holds anything but an earlier generated corpus).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 6)]
    seed: u64,
    /// Pools from BBC and PolNeAR only: what `scripts/bench --smoke` uses, since a debug build
    /// extracts the 21,578 Reuters stories slowly.
    #[arg(long)]
    quick: bool,
}

/// What articles are recombined from.
struct Pools {
    headlines: Vec<String>,
    plain: Vec<String>,
    quoted: Vec<String>,
    dates: Vec<NaiveDate>,
}

fn main() {
    let args = Args::parse();
    // A marker written first tells a generated corpus (finished or interrupted) from anything else.
    let marker = args.out.join(".gen_corpus");
    if args.out.exists() && !marker.exists() && !is_empty_dir(&args.out) {
        fail(&format!(
            "{} exists and is not a generated corpus; refusing to write into it",
            args.out.display()
        ));
    }
    if args.out.exists() {
        std::fs::remove_dir_all(&args.out)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", args.out.display())));
    }
    std::fs::create_dir_all(&args.out)
        .and_then(|()| std::fs::write(&marker, b""))
        .unwrap_or_else(|e| fail(&format!("{}: {e}", args.out.display())));
    let started = std::time::Instant::now();
    let pools = load_pools(args.quick);
    eprintln!(
        "pools: {} headlines, {} plain paragraphs, {} quoted paragraphs, {} dates ({:.1} s)",
        pools.headlines.len(),
        pools.plain.len(),
        pools.quoted.len(),
        pools.dates.len(),
        started.elapsed().as_secs_f64()
    );
    if [pools.headlines.len(), pools.plain.len(), pools.quoted.len()].contains(&0)
        || pools.dates.is_empty()
    {
        fail("a pool is empty: is ../shared there?");
    }
    let dirs = args.articles.div_ceil(PER_DIR);
    let totals = (0..dirs)
        .into_par_iter()
        .map(|d| write_dir(&args, &pools, d))
        .collect::<Result<Vec<(usize, u64)>, String>>()
        .unwrap_or_else(|e| fail(&e));
    let files: usize = totals.iter().map(|t| t.0).sum();
    let bytes: u64 = totals.iter().map(|t| t.1).sum();
    let manifest = serde_json::json!({
        "generator": "examples/gen_corpus.rs",
        "seed": args.seed,
        "articles": args.articles,
        "files": files,
        "bytes": bytes,
    });
    std::fs::write(args.out.join("GENERATED.json"), format!("{manifest}\n"))
        .unwrap_or_else(|e| fail(&format!("writing the manifest: {e}")));
    eprintln!(
        "wrote {} articles in {files} files, {:.1} MB, to {} in {:.1} s",
        args.articles,
        bytes as f64 / 1e6,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
}

fn is_empty_dir(p: &Path) -> bool {
    std::fs::read_dir(p).is_ok_and(|mut d| d.next().is_none())
}

fn load_pools(quick: bool) -> Pools {
    let shared = PathBuf::from(SHARED);
    let c = shared.join("corpora");
    let roots = [
        c.join("bbc-news/bbc"),
        c.join("reuters21578"),
        c.join("lee-abc-news/lee_background.cor"),
        c.join("fakenewscorpus-sample/news_sample.csv"),
        shared.join("gold/polnear/train.jsonl.gz"),
    ];
    let mut pools = Pools {
        headlines: Vec::new(),
        plain: Vec::new(),
        quoted: Vec::new(),
        dates: Vec::new(),
    };
    for root in &roots {
        if quick && !(root.ends_with("bbc") || root.ends_with("train.jsonl.gz")) {
            continue;
        }
        // FakeNewsCorpus bodies keep their sites' chrome: only its titles are used.
        let titles_only = root.ends_with("news_sample.csv");
        let mut docs = Vec::new();
        for entry in read::walk(root) {
            let WalkEntry::File(path) = entry else {
                continue;
            };
            // Reuters' folder also holds category lists and a DTD: only the collection files.
            let name = path.to_string_lossy();
            if name.contains("reuters21578") && !name.ends_with(".sgm.gz") {
                continue;
            }
            if let Ok(all) = read::read_all(&path) {
                docs.extend(all.into_iter().flatten());
            }
        }
        let articles: Vec<newsdex::Article> =
            docs.par_iter().map(newsdex::extract::extract).collect();
        for a in articles {
            add_article(&mut pools, &a, titles_only);
        }
    }
    pools.dates.sort();
    pools.dates.dedup();
    pools
}

fn add_article(pools: &mut Pools, a: &newsdex::Article, titles_only: bool) {
    if let Some(h) = &a.headline {
        let words = h.split_whitespace().count();
        // Wire headlines in capitals only would all read alike; keep mixed-case ones.
        if (3..=20).contains(&words) && h.len() <= 160 && h.chars().any(char::is_lowercase) {
            pools.headlines.push(h.clone());
        }
    }
    if titles_only {
        return;
    }
    if let Some(d) = a.date {
        pools.dates.push(d);
    }
    let mut at = 0;
    for para in a.body.split("\n\n") {
        let (start, end) = (at, at + para.len());
        at = end + 2;
        if !(40..=1200).contains(&para.len()) || para.contains('\n') {
            continue;
        }
        let named = a.quotes.iter().any(|q| {
            q.start >= start
                && q.end <= end
                && !q.partial
                && q.speaker.is_some()
                && q.speaker_mention.as_deref().is_some_and(is_name)
        });
        if named {
            pools.quoted.push(para.to_string());
        } else if !para.contains(['"', '“', '”']) && !is_dateline(para) {
            pools.plain.push(para.to_string());
        }
    }
}

/// A wire paragraph opening with its dateline ("WALTHAM, Mass, April 13 - ..."): moved into
/// the middle of another article it would be a second, conflicting date.
fn is_dateline(para: &str) -> bool {
    let head = para.get(..para.len().min(60)).unwrap_or(para);
    let first = head.split([',', ' ']).next().unwrap_or("");
    first.len() >= 3 && !first.chars().any(char::is_lowercase) && head.contains(" - ")
}

/// A mention that names someone ("Clinton", "Mr Blair"), not a pronoun or a description.
fn is_name(mention: &str) -> bool {
    mention.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            mention.to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we" | "i" | "you"
        )
}

/// Writes directory `d` (articles `d*PER_DIR ..`); returns (files, bytes) written.
fn write_dir(args: &Args, pools: &Pools, d: usize) -> Result<(usize, u64), String> {
    let dir = args.out.join("articles").join(format!("d{d:04}"));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // The directory's start state is a hash of (seed, d), not `seed ^ d*step`: SplitMix64 walks
    // its state by a fixed step, so nearby start states would replay one another's draws
    // (and write the same articles in several directories).
    let mut rng = SplitMix64(SplitMix64(args.seed ^ ((d as u64) << 32)).next());
    let first = d * PER_DIR;
    let last = (first + PER_DIR).min(args.articles);
    let (mut files, mut bytes) = (0, 0u64);
    let mut i = first;
    while i < last {
        let block = i / PER_DUMP;
        let block_end = ((block + 1) * PER_DUMP).min(last);
        if block % DUMP_EVERY == DUMP_EVERY - 1 {
            let gz = (block / DUMP_EVERY) % 2 == 1;
            let name = format!("dump{i:07}.jsonl{}", if gz { ".gz" } else { "" });
            let mut text = String::new();
            for _ in i..block_end {
                text.push_str(&json_record(&compose(pools, &mut rng)));
                text.push('\n');
            }
            bytes += write_file(&dir.join(name), text.as_bytes(), gz)?;
            files += 1;
        } else {
            for k in i..block_end {
                let text = plain_text(&compose(pools, &mut rng), &mut rng);
                bytes += write_file(&dir.join(format!("a{k:07}.txt")), text.as_bytes(), false)?;
                files += 1;
            }
        }
        i = block_end;
    }
    Ok((files, bytes))
}

fn write_file(path: &Path, bytes: &[u8], gz: bool) -> Result<u64, String> {
    let err = |e: std::io::Error| format!("{}: {e}", path.display());
    let data = if gz {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(bytes).map_err(err)?;
        enc.finish().map_err(err)?
    } else {
        bytes.to_vec()
    };
    std::fs::write(path, &data).map_err(err)?;
    Ok(data.len() as u64)
}

struct Generated<'a> {
    headline: &'a str,
    date: Option<NaiveDate>,
    paragraphs: Vec<&'a str>,
}

fn compose<'a>(pools: &'a Pools, rng: &mut SplitMix64) -> Generated<'a> {
    let pick = |pool: &'a [String], rng: &mut SplitMix64| pool[rng.below(pool.len())].as_str();
    let n = 6 + rng.below(10);
    let quotes = 1 + rng.below(3);
    let mut paragraphs: Vec<&str> = (0..n).map(|_| pick(&pools.plain, rng)).collect();
    // The lede stays a plain paragraph, as in most news writing; quotes go anywhere after it.
    for _ in 0..quotes {
        let at = 1 + rng.below(n - 1);
        paragraphs[at] = pick(&pools.quoted, rng);
    }
    let date = (rng.below(10) != 0).then(|| pools.dates[rng.below(pools.dates.len())]);
    Generated {
        headline: pick(&pools.headlines, rng),
        date,
        paragraphs,
    }
}

/// Wire desks for datelines.
const CITIES: &[&str] = &[
    "LONDON",
    "WASHINGTON",
    "NEW YORK",
    "MOSCOW",
    "PARIS",
    "BRUSSELS",
    "TOKYO",
    "SYDNEY",
];

/// The BBC shape, with the date (if any) in one of the shapes real pages and wires use.
fn plain_text(a: &Generated, rng: &mut SplitMix64) -> String {
    let mut out = format!("{}\n\n", a.headline);
    let mut lede = a.paragraphs[0].to_string();
    if let Some(d) = a.date {
        match rng.below(4) {
            0 => out.push_str(&format!("{}\n\n", d.format("%-d %B %Y"))),
            1 => out.push_str(&format!("Published: {}\n\n", d.format("%A %-d %B %Y"))),
            2 => out.push_str(&format!("{}\n\n", d.format("%B %-d, %Y"))),
            _ => {
                let city = CITIES[rng.below(CITIES.len())];
                lede = format!(
                    "{city}, {} {}, {} (Reuters) - {lede}",
                    d.format("%B"),
                    d.day(),
                    d.year()
                );
            }
        }
    }
    out.push_str(&lede);
    for p in &a.paragraphs[1..] {
        out.push_str("\n\n");
        out.push_str(p);
    }
    out.push('\n');
    out
}

fn json_record(a: &Generated) -> String {
    let slug: String = a
        .headline
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let day = a.date.map(|d| d.format("%Y/%m/%d").to_string());
    serde_json::json!({
        "title": a.headline,
        "date": a.date.map(|d| d.format("%Y-%m-%d").to_string()),
        "text": a.paragraphs.join("\n\n"),
        "url": format!("https://news.example.com/{}/{slug}", day.unwrap_or_else(|| "undated".into())),
    })
    .to_string()
}

fn fail(msg: &str) -> ! {
    eprintln!("gen_corpus: {msg}");
    std::process::exit(2)
}
