//! The TIME test collection (`time-magazine/`: `docs/<TEXTNO>.txt`, `queries.tsv`,
//! `qrels.txt`) → MAP and nDCG@10 of `search_articles`. Final measurement only.
//!
//! Each query's text goes to `search_articles` as natural-language text, lowercased: the
//! collection is all upper case, and upper-case AND / OR / NOT are operators in newsdex's
//! syntax (27 of the 83 queries hold one of those words). The as-typed text is reported too.
//! Options: 1000 hits, near-duplicate grouping off (trec_eval scores a ranked list of
//! documents, one per rank), everything else default. A hit's source `…/docs/334.txt` is docno
//! `334`, the numbering `qrels.txt` uses.
//!
//! # Formulas (trec_eval, binary relevance: relevant ⇔ qrels judgement > 0)
//! - AP = (1/R) · Σ_{k ≤ 1000, doc k relevant} P@k, where R = relevant documents judged for the
//!   query (retrieved or not) and P@k = relevant among the top k / k. MAP = mean AP.
//! - nDCG@10 = DCG@10 / IDCG@10, DCG@10 = Σ_{i ≤ 10} rel_i / log2(i + 1), IDCG@10 the DCG of
//!   the ideal ranking (min(R, 10) relevant documents first).
//! - Means over every query with at least one relevant document; a query that retrieves nothing
//!   scores 0 (trec_eval `-c`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use newsdex::index::NewsIndex;
use newsdex::query::search_articles;

pub fn run(index: &NewsIndex, dir: &Path, variant: &crate::Variant) {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| crate::fail(&format!("{name}: {e}")))
    };
    let queries: Vec<(String, String)> = read("queries.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, text)| (id.trim().to_string(), text.to_string()))
        .collect();
    let mut relevant: HashMap<String, HashSet<String>> = HashMap::new();
    for line in read("qrels.txt").lines() {
        if let [qid, _, docno, rel] = line.split_whitespace().collect::<Vec<_>>()[..] {
            if rel.parse::<i32>().unwrap_or(0) > 0 {
                relevant
                    .entry(qid.to_string())
                    .or_default()
                    .insert(docno.to_string());
            }
        }
    }
    let judged: HashSet<&String> = relevant.values().flatten().collect();
    let options = variant.options(1000, false);
    println!(
        "TIME: {} queries, {} with relevance judgements ({} relevant docs)",
        queries.len(),
        relevant.len(),
        judged.len()
    );
    println!(
        "{:<12} {:>3} {:>7} {:>8} {:>7}",
        "queries", "n", "MAP", "nDCG@10", "errors"
    );
    for (name, lower) in [("lowercased", true), ("as typed", false)] {
        let (mut ap_sum, mut ndcg_sum, mut n, mut errors) = (0.0, 0.0, 0usize, 0usize);
        let mut retrieved_docnos = HashSet::new();
        for (qid, text) in &queries {
            let Some(rel) = relevant.get(qid) else {
                continue;
            };
            n += 1;
            let text = if lower {
                text.to_lowercase()
            } else {
                text.clone()
            };
            let ranked: Vec<String> = match search_articles(index, &text, &options) {
                Ok(res) => res
                    .hits
                    .iter()
                    .filter_map(|h| crate::file_stem(&h.source).map(str::to_string))
                    .collect(),
                Err(e) => {
                    if errors == 0 {
                        eprintln!("first error, query {qid} ({name}): {e}");
                    }
                    errors += 1;
                    Vec::new()
                }
            };
            retrieved_docnos.extend(ranked.iter().cloned());
            ap_sum += average_precision(&ranked, rel);
            ndcg_sum += ndcg_at(&ranked, rel, 10);
        }
        let d = n.max(1) as f64;
        println!(
            "{name:<12} {n:>3} {:>7.4} {:>8.4} {errors:>7}",
            ap_sum / d,
            ndcg_sum / d
        );
        if lower {
            let indexed = indexed_docnos(index, crate::file_stem);
            let unknown = judged.iter().filter(|d| !indexed.contains(**d)).count();
            if unknown > 0 {
                println!("  warning: {unknown} judged docnos are not indexed");
            }
        }
    }
}

/// Docnos of every indexed document (from the `source_id` terms, through `docno`).
pub fn indexed_docnos(index: &NewsIndex, docno: fn(&str) -> Option<&str>) -> HashSet<String> {
    let mut out = HashSet::new();
    let Ok(reader) = index.index.reader() else {
        return out;
    };
    for seg in reader.searcher().segment_readers() {
        let Ok(inv) = seg.inverted_index(index.fields.source_id) else {
            continue;
        };
        let Ok(mut stream) = inv.terms().stream() else {
            continue;
        };
        while stream.advance() {
            if let Some(id) = std::str::from_utf8(stream.key()).ok().and_then(docno) {
                out.insert(id.to_string());
            }
        }
    }
    out
}

pub fn average_precision(ranked: &[String], relevant: &HashSet<String>) -> f64 {
    if relevant.is_empty() {
        return 0.0;
    }
    let mut found = 0usize;
    let mut sum = 0.0;
    for (i, docno) in ranked.iter().take(1000).enumerate() {
        if relevant.contains(docno) {
            found += 1;
            sum += found as f64 / (i + 1) as f64;
        }
    }
    sum / relevant.len() as f64
}

pub fn ndcg_at(ranked: &[String], relevant: &HashSet<String>, k: usize) -> f64 {
    let gain = |i: usize| 1.0 / ((i + 2) as f64).log2();
    let dcg: f64 = ranked
        .iter()
        .take(k)
        .enumerate()
        .filter(|(_, d)| relevant.contains(*d))
        .map(|(i, _)| gain(i))
        .sum();
    let ideal: f64 = (0..relevant.len().min(k)).map(gain).sum();
    if ideal == 0.0 {
        0.0
    } else {
        dcg / ideal
    }
}
