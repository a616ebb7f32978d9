//! Dev measurement for issue 3 (whole-page text dumps with site chrome): pages → whole-page
//! text → `article::from_text` → body shingle F1 and headline accuracy against human gold.
//!
//! - L3S-GN1 (`../shared/corpora/l3s-gn1`): each `original/` page is turned into whole-page
//!   text the way `html-text` does it (`html_dump`); gold is the annotated page's headline
//!   (`x-nc-sel1`) and full-text (`x-nc-sel2`) spans. Prints body P/R/F1 of the raw dump
//!   (the baseline) and of our body, and the headline match rate.
//! - FakeNewsCorpus sample: `content` is scraped text with chrome, `title` the headline gold.
//!   Where the title is a line of the content it must be found; where it is not, the right
//!   answer is no headline or another line, and we count how often we return one.
//!
//! ```text
//! cargo run --release --example eval_text_chrome [-- --worst 10] [--dump DIR] [--bench]
//! ```

mod html_dump;
mod score;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use newsdex::article::from_text;
use rayon::prelude::*;

use score::{precision_recall, same_headline, Mean};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora");

struct Page {
    name: String,
    dump: String,
    gold_headline: String,
    gold_body: String,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let worst: usize = opt("--worst").and_then(|n| n.parse().ok()).unwrap_or(0);
    let l3s = opt("--l3s").map_or_else(|| Path::new(SHARED).join("l3s-gn1"), PathBuf::from);
    let fake = opt("--fake").map_or_else(
        || Path::new(SHARED).join("fakenewscorpus-sample/news_sample.csv"),
        PathBuf::from,
    );

    let pages = load_l3s(&l3s);
    if let Some(dir) = opt("--dump") {
        dump(&pages, Path::new(&dir));
    }
    if args.iter().any(|a| a == "--bench") {
        bench(&pages);
        return;
    }
    eval_l3s(&pages, worst);
    eval_fake(&fake);
}

fn read_gz(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_end(&mut raw)
        .ok()?;
    newsdex::read::decode::decode(&raw).ok()
}

fn load_l3s(dir: &Path) -> Vec<Page> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("original"))
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let pages: Vec<Page> = names
        .par_iter()
        .filter_map(|name| {
            let original = read_gz(&dir.join("original").join(name))?;
            let annotated = read_gz(&dir.join("annotated").join(name))?;
            let gold_body = html_dump::spans(&annotated, 2).join("\n");
            // Pages without full text (galleries, index pages) cannot be scored.
            if gold_body.split_whitespace().count() < 10 {
                return None;
            }
            Some(Page {
                name: name.trim_end_matches(".html.gz").to_string(),
                dump: html_dump::page_text(&original),
                gold_headline: html_dump::spans(&annotated, 1).join(" "),
                gold_body,
            })
        })
        .collect();
    eprintln!(
        "l3s-gn1: {} of {} pages have gold full text",
        pages.len(),
        names.len()
    );
    pages
}

fn dump(pages: &[Page], dir: &Path) {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("{}: {e}", dir.display());
        return;
    }
    for p in pages {
        let gold = format!("{}\n\n{}\n", p.gold_headline, p.gold_body);
        let _ = std::fs::write(dir.join(format!("{}.txt", p.name)), &p.dump);
        let _ = std::fs::write(dir.join(format!("{}.gold", p.name)), gold);
        let a = from_text(&p.name, &p.dump);
        let ours = format!("{}\n\n{}\n", a.headline.unwrap_or_default(), a.body);
        let _ = std::fs::write(dir.join(format!("{}.ours", p.name)), ours);
    }
}

fn eval_l3s(pages: &[Page], worst: usize) {
    let (mut raw, mut ours) = (Mean::default(), Mean::default());
    let (mut headlines, mut gold_headlines) = (0, 0);
    let mut took = Duration::ZERO;
    let mut by_f1 = Vec::new();
    for p in pages {
        let start = Instant::now();
        let a = from_text(&p.name, &p.dump);
        took += start.elapsed();
        raw.add(precision_recall(&p.dump, &p.gold_body));
        let pr = precision_recall(&a.body, &p.gold_body);
        ours.add(pr);
        let f = if pr.0 + pr.1 > 0.0 {
            2.0 * pr.0 * pr.1 / (pr.0 + pr.1)
        } else {
            0.0
        };
        by_f1.push((f, pr, &p.name, a.headline.clone()));
        if !p.gold_headline.is_empty() {
            gold_headlines += 1;
            let got = a.headline.as_deref().unwrap_or_default();
            headlines += usize::from(same_headline(got, &p.gold_headline));
        }
    }
    let show = |what: &str, m: &Mean| {
        let (p, r, f) = m.prf();
        println!("l3s-gn1 {what:<10} P {p:.3}  R {r:.3}  F1 {f:.3}");
    };
    show("whole page", &raw);
    show("body", &ours);
    println!(
        "l3s-gn1 headline   {headlines}/{gold_headlines} = {:.3}",
        headlines as f64 / gold_headlines.max(1) as f64
    );
    println!(
        "l3s-gn1 from_text  {:.1} µs/page",
        took.as_secs_f64() * 1e6 / pages.len().max(1) as f64
    );
    by_f1.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (f, (p, r), name, h) in by_f1.iter().take(worst) {
        println!("  worst {name}  F1 {f:.2} P {p:.2} R {r:.2}  headline {h:?}");
    }
}

/// `from_text` alone over every dump, ten rounds: the stage's cost on whole pages.
fn bench(pages: &[Page]) {
    let start = Instant::now();
    let mut bytes = 0;
    for _ in 0..10 {
        for p in pages {
            bytes += from_text(&p.name, &p.dump).body.len();
        }
    }
    let per_page = start.elapsed().as_secs_f64() * 1e6 / (10 * pages.len().max(1)) as f64;
    let input: usize = pages.iter().map(|p| p.dump.len()).sum();
    println!(
        "bench: {per_page:.1} µs/page, {:.0} bytes/page in, {} bytes/page out",
        input as f64 / pages.len().max(1) as f64,
        bytes / (10 * pages.len().max(1))
    );
    // BBC files are the throughput reference (whole pipeline ≥ 5,000 articles/s per core).
    let bbc: Vec<String> = ["business", "entertainment", "politics", "sport", "tech"]
        .iter()
        .flat_map(|c| {
            let dir = Path::new(SHARED).join("bbc-news/bbc").join(c);
            std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .filter_map(|e| {
                    let bytes = std::fs::read(e.ok()?.path()).ok()?;
                    newsdex::read::decode::decode(&bytes).ok()
                })
        })
        .collect();
    let start = Instant::now();
    for _ in 0..5 {
        for text in &bbc {
            std::hint::black_box(from_text("bbc", text));
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / (5 * bbc.len().max(1)) as f64;
    println!("bench: {per:.1} µs/BBC article ({} files)", bbc.len());
}

fn eval_fake(path: &Path) {
    let Ok(bytes) = std::fs::read(path) else {
        eprintln!("{}: not readable, skipped", path.display());
        return;
    };
    let text = String::from_utf8_lossy(&bytes);
    let rows = csv_rows(&text);
    let Some(header) = rows.first() else { return };
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(c_content), Some(c_title)) = (col("content"), col("title")) else {
        return;
    };
    let (mut present, mut found, mut absent, mut invented) = (0, 0, 0, 0);
    for row in rows.iter().skip(1) {
        let (Some(content), Some(title)) = (row.get(c_content), row.get(c_title)) else {
            continue;
        };
        let title = title.trim();
        let a = from_text("fake", content);
        let in_content = content.lines().any(|l| l.trim() == title);
        if in_content {
            present += 1;
            found += usize::from(a.headline.as_deref() == Some(title));
        } else {
            absent += 1;
            invented += usize::from(a.headline.is_some());
        }
    }
    println!(
        "fakenews headline  title is a line: {found}/{present} = {:.3} found; title absent: {invented}/{absent} given a headline anyway",
        found as f64 / present.max(1) as f64
    );
}

/// RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}
