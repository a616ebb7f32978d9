//! Known-item retrieval: indexed articles with a headline → one query each, built from the
//! headline → the rank at which `search_articles` (default options, 100 hits) returns the article.
//!
//! # The query rule (fixed; change it and the numbers are no longer comparable)
//! 1. Articles: every indexed article with a headline, sorted by source, shuffled with
//!    SplitMix64 seeded by `--seed` (default 5); the first `--sample` (default 1000) that yield
//!    at least 3 query words are the sample.
//! 2. Words: the headline split at every non-alphanumeric character, lowercased; drop words
//!    shorter than 3 characters, `STOP` words, and repeats (same stemmed term).
//! 3. `idf`: rank the words by IDF of their stemmed term in `topic` (document frequency
//!    ascending, earlier word first on ties); take the top k, k drawn uniformly from 3..=5 by
//!    the same generator (capped at the words there are); keep headline order; join with spaces.
//! 4. `headline`: all the headline's words (rule 2's split, lowercased, nothing dropped) — the
//!    headline typed in full, for measuring query-side stop words.
//!
//! # What counts as found
//! Near-duplicate grouping is on (the default): a hit is the known item when it is the article
//! or one of the near-identical copies grouped under it, since the user sees those copies
//! listed with the hit. (Exact duplicates are indexed once, so the sample never holds an article
//! whose only copy was dropped.) Rank = the hit's rank; MRR counts 0 beyond rank 100.
//!
//! Each result is also reported for the articles whose headline is unique in the index: Reuters
//! repeats headlines ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES") on different stories, and no
//! query built from such a headline can tell them apart.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use newsdex::index::NewsIndex;

#[path = "../common/splitmix.rs"]
mod splitmix;
use newsdex::query::search_articles;
use splitmix::SplitMix64;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

/// Words never used for an `idf` query: English function words plus newswire filler.
const STOP: &[&str] = &[
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was",
    "one", "our", "out", "has", "him", "his", "how", "its", "may", "new", "now", "old", "see",
    "two", "way", "who", "did", "get", "let", "say", "she", "too", "use", "from", "with", "this",
    "that", "than", "then", "they", "them", "their", "there", "these", "those", "what", "when",
    "where", "which", "while", "will", "would", "could", "should", "have", "been", "being", "were",
    "into", "onto", "over", "under", "after", "before", "about", "above", "again", "against",
    "between", "through", "during", "also", "just", "more", "most", "some", "such", "only",
    "other", "very", "says", "said", "off", "yet", "why", "each", "does", "doing", "here", "own",
    "same", "both", "few", "nor", "because", "until", "upon", "amid", "says",
];

pub struct Options {
    pub sample: usize,
    pub seed: u64,
    /// Misses to print per query set.
    pub errors: usize,
}

struct Case {
    source: String,
    headline: String,
    unique: bool,
    idf: String,
    full: String,
}

pub fn run(index: &NewsIndex, opts: &Options, variant: &crate::Variant) {
    let searcher = match index.index.reader() {
        Ok(r) => r.searcher(),
        Err(e) => crate::fail(&format!("reader: {e}")),
    };
    let cases = sample(index, &searcher, opts);
    let unique = cases.iter().filter(|c| c.unique).count();
    println!(
        "known-item: {} articles sampled (seed {}), {} with a unique headline",
        cases.len(),
        opts.seed,
        unique
    );
    println!(
        "{:<10} {:<9} {:>5} {:>7} {:>7} {:>7} {:>9}",
        "queries", "articles", "n", "MRR", "s@1", "s@10", "ms/query"
    );
    for (name, pick) in [
        ("idf", (|c: &Case| c.idf.as_str()) as fn(&Case) -> &str),
        ("headline", |c: &Case| c.full.as_str()),
    ] {
        let started = Instant::now();
        let ranks: Vec<Option<usize>> = cases
            .iter()
            .map(|c| rank_of(index, &variant.query(pick(c)), c, variant))
            .collect();
        let ms = started.elapsed().as_secs_f64() * 1000.0 / cases.len().max(1) as f64;
        for (subset, only_unique) in [("all", false), ("unique", true)] {
            let m = Metrics::of(
                cases
                    .iter()
                    .zip(&ranks)
                    .filter(|(c, _)| c.unique || !only_unique)
                    .map(|(_, r)| *r),
            );
            println!(
                "{name:<10} {subset:<9} {:>5} {:>7.4} {:>7.4} {:>7.4} {ms:>9.2}",
                m.n, m.mrr, m.s1, m.s10
            );
        }
        let misses = cases.iter().zip(&ranks).filter(|(_, r)| **r != Some(1));
        for (c, r) in misses.take(opts.errors) {
            let q = pick(c);
            let top = search_articles(index, &variant.query(q), &variant.options(10, true))
                .ok()
                .and_then(|res| res.hits.into_iter().next())
                .and_then(|h| h.headline)
                .unwrap_or_default();
            println!(
                "  miss rank {:?}: {q:?}\n    want {:?} [{}]\n    got  {top:?}",
                r, c.headline, c.source
            );
        }
    }
}

/// The 1-based rank of `case`'s article (or a grouped copy of it) for `query`, within 100 hits.
fn rank_of(index: &NewsIndex, query: &str, case: &Case, variant: &crate::Variant) -> Option<usize> {
    let results = search_articles(index, query, &variant.options(100, true)).ok()?;
    results
        .hits
        .iter()
        .position(|h| h.source == case.source || h.copies.contains(&case.source))
        .map(|i| i + 1)
}

fn sample(index: &NewsIndex, searcher: &Searcher, opts: &Options) -> Vec<Case> {
    let f = &index.fields;
    let kind = TermQuery::new(
        Term::from_field_text(f.kind, newsdex::index::schema::KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    let addrs = searcher
        .search(&kind, &DocSetCollector)
        .unwrap_or_else(|e| crate::fail(&format!("search: {e}")));
    let mut items: Vec<(String, String)> = addrs
        .into_iter()
        .filter_map(|a| {
            let doc: TantivyDocument = searcher.doc(a).ok()?;
            let text = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .map(String::from)
            };
            Some((text(f.source_id)?, text(f.headline)?))
        })
        .filter(|(_, h)| !h.trim().is_empty())
        .collect();
    items.sort();
    let mut headline_count: HashMap<String, usize> = HashMap::new();
    for (_, h) in &items {
        *headline_count.entry(words(h).join(" ")).or_default() += 1;
    }

    let mut rng = SplitMix64(opts.seed);
    for i in (1..items.len()).rev() {
        let j = rng.below(i + 1);
        items.swap(i, j);
    }
    let mut analyzer = index
        .index
        .tokenizer_for_field(f.topic)
        .unwrap_or_else(|e| crate::fail(&format!("tokenizer: {e}")));
    let mut cases = Vec::new();
    for (source, headline) in items {
        if cases.len() == opts.sample {
            break;
        }
        let all = words(&headline);
        // (position, word, document frequency of its stemmed term)
        let mut seen = HashSet::new();
        let mut picked: Vec<(usize, &str, u64)> = Vec::new();
        for (pos, w) in all.iter().enumerate() {
            if w.chars().count() < 3 || STOP.contains(&w.as_str()) {
                continue;
            }
            let mut stream = analyzer.token_stream(w);
            let Some(stem) = stream.next().map(|t| t.text.clone()) else {
                continue;
            };
            if !seen.insert(stem.clone()) {
                continue;
            }
            let df = searcher
                .doc_freq(&Term::from_field_text(f.topic, &stem))
                .unwrap_or(0);
            picked.push((pos, w, df));
        }
        if picked.len() < 3 {
            continue;
        }
        let k = (3 + rng.below(3)).min(picked.len());
        picked.sort_by_key(|&(pos, _, df)| (df, pos));
        picked.truncate(k);
        picked.sort_by_key(|&(pos, _, _)| pos);
        let idf: Vec<&str> = picked.iter().map(|&(_, w, _)| w).collect();
        let unique = headline_count.get(&all.join(" ")).copied() == Some(1);
        cases.push(Case {
            source,
            headline,
            unique,
            idf: idf.join(" "),
            full: all.join(" "),
        });
    }
    cases
}

/// Alphanumeric runs, lowercased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

struct Metrics {
    n: usize,
    mrr: f64,
    s1: f64,
    s10: f64,
}

impl Metrics {
    fn of(ranks: impl Iterator<Item = Option<usize>>) -> Metrics {
        let (mut n, mut rr, mut s1, mut s10) = (0usize, 0.0, 0usize, 0usize);
        for r in ranks {
            n += 1;
            if let Some(r) = r {
                rr += 1.0 / r as f64;
                s1 += usize::from(r == 1);
                s10 += usize::from(r <= 10);
            }
        }
        let d = n.max(1) as f64;
        Metrics {
            n,
            mrr: rr / d,
            s1: s1 as f64 / d,
            s10: s10 as f64 / d,
        }
    }
}
