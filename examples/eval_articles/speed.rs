//! Pages → extractor throughput on one thread, in-process, so the figure is the HTML extractor's
//! alone (no file walking, decoding, quote finding or JSON output) and can be set beside a
//! baseline run on the very same strings in the same process.
//!
//! The machine this runs on is shared, so each extractor runs three rounds, interleaved, and the
//! best round counts: interference only ever slows a round down.

use std::time::Instant;

use newsdex::article::html::from_html;

use crate::datasets::{gunzip, Page};

const ROUNDS: usize = 3;

pub fn run(pages: &[Page]) -> Result<(), String> {
    let mut htmls = Vec::with_capacity(pages.len());
    for page in pages {
        htmls.push(String::from_utf8_lossy(&gunzip(&page.path)?).into_owned());
    }
    let mb = htmls.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let mut best_ours = f64::MAX;
    let mut best_base = f64::MAX;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for (i, html) in htmls.iter().enumerate() {
            std::hint::black_box(from_html(&i.to_string(), html));
        }
        best_ours = best_ours.min(start.elapsed().as_secs_f64());
        if let Some(secs) = baseline(&htmls) {
            best_base = best_base.min(secs);
        }
    }
    let line = |name: &str, secs: f64| {
        println!(
            "{name:<24} {:>7.1} pages/s {:>6.1} MB/s  ({secs:.2} s for {} pages, {mb:.1} MB)",
            htmls.len() as f64 / secs,
            mb / secs,
            htmls.len()
        )
    };
    line("newsdex from_html", best_ours);
    if best_base < f64::MAX {
        line("rs-trafilatura 0.2.2", best_base);
    }
    Ok(())
}

#[cfg(feature = "rs-trafilatura")]
fn baseline(htmls: &[String]) -> Option<f64> {
    let start = Instant::now();
    for html in htmls {
        let _ = std::hint::black_box(rs_trafilatura::extract(html));
    }
    Some(start.elapsed().as_secs_f64())
}

#[cfg(not(feature = "rs-trafilatura"))]
fn baseline(_: &[String]) -> Option<f64> {
    None
}
