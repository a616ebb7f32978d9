//! The Reuters-21578 ad-hoc collection (development set: tune on this) → MAP and nDCG@10 of
//! `search_articles`, with `trec.rs`'s trec_eval definitions.
//!
//! # How it is built
//! - Documents: every Reuters-21578 article newsdex indexes (`reut2-*.sgm.gz`, one index of
//!   that corpus alone). A hit's source `…/reut2-003.sgm.gz#3017` is document `3017` (NEWID).
//! - Topics: the 55 TOPICS categories with at least 20 articles among those the editors
//!   categorized (`TOPICS="YES"`), minus `earn` (3,986) and `acq` (2,448), which hold more
//!   relevant articles than a 1000-deep ranking can show. Smallest: `housing`, `stg` (21).
//! - Queries (`QUERIES`): a short natural-language description of each category, written once
//!   by hand from its name in `cat-descriptions_120396.txt` before any run, the way a user would
//!   type the need (2-6 words, news vocabulary: "alum" → "aluminium production and prices"),
//!   never revised after seeing results. The category code itself is not always a query word.
//! - Relevant: the indexed articles carrying the category in `<TOPICS>`. Unjudged articles
//!   (`TOPICS="NO"`/`"BYPASS"`: never categorized) are removed from each ranking before scoring
//!   (a condensed list), so an uncategorized story about coffee is not counted as a miss.
//!   Exact duplicates newsdex indexes once are counted once.
//! - Options: 1000 hits, near-duplicate grouping off, everything else as the run's flags say.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use newsdex::index::NewsIndex;
use newsdex::query::search_articles;

use crate::trec::{average_precision, ndcg_at};
use crate::Variant;

/// (category, query). 55 topics; see the module comment for how they were chosen and written.
const QUERIES: &[(&str, &str)] = &[
    ("money-fx", "foreign exchange currency markets"),
    ("crude", "crude oil prices and production"),
    ("grain", "grain harvests and trade"),
    ("trade", "international trade deficits and disputes"),
    ("interest", "interest rate changes by banks"),
    ("wheat", "wheat exports and crops"),
    ("ship", "shipping ports and vessels"),
    ("corn", "corn maize crop and sales"),
    ("dlr", "the US dollar exchange rate"),
    ("oilseed", "oilseed crops such as soybeans and rapeseed"),
    ("money-supply", "money supply growth figures"),
    ("sugar", "sugar prices and production"),
    ("gnp", "gross national product economic growth"),
    ("coffee", "coffee prices and exports"),
    ("veg-oil", "vegetable oil trade"),
    ("gold", "gold mining and gold prices"),
    ("nat-gas", "natural gas supply and prices"),
    ("soybean", "soybean crop and exports"),
    ("bop", "balance of payments current account"),
    ("livestock", "livestock cattle and hog markets"),
    ("cpi", "consumer price inflation"),
    ("reserves", "central bank foreign currency reserves"),
    ("copper", "copper mining and prices"),
    ("cocoa", "cocoa market and prices"),
    ("jobs", "unemployment and jobless figures"),
    ("carcass", "meat and beef trade"),
    ("yen", "the Japanese yen exchange rate"),
    ("rice", "rice harvests and exports"),
    ("iron-steel", "steel industry output"),
    ("ipi", "industrial production index"),
    ("gas", "gasoline prices and supplies"),
    ("cotton", "cotton crops and trade"),
    ("alum", "aluminium production and prices"),
    ("barley", "barley crops and sales"),
    ("meal-feed", "animal feed and meal"),
    ("rubber", "natural rubber market"),
    ("zinc", "zinc prices and smelters"),
    ("palm-oil", "palm oil output and exports"),
    ("pet-chem", "petrochemical plants and products"),
    ("silver", "silver prices and mining"),
    ("sorghum", "sorghum crops and sales"),
    ("rapeseed", "rapeseed and canola crops"),
    ("lead", "lead metal prices and production"),
    ("tin", "tin market and producers"),
    (
        "strategic-metal",
        "strategic metals such as cobalt and uranium",
    ),
    ("wpi", "wholesale price index"),
    ("orange", "orange juice and citrus crop"),
    ("fuel", "fuel oil prices"),
    ("soy-meal", "soybean meal exports"),
    ("retail", "retail sales figures"),
    ("hog", "hog and pork markets"),
    ("soy-oil", "soybean oil trade"),
    ("heat", "heating oil prices and supplies"),
    ("housing", "housing starts and home building"),
    ("stg", "sterling pound exchange rate"),
];

/// Categories and whether the editors categorized it, per NEWID.
struct Judged {
    topics: HashMap<String, Vec<String>>,
}

pub fn run(index: &NewsIndex, dir: &Path, variant: &Variant) {
    let judged = read_topics(dir);
    let indexed = crate::trec::indexed_docnos(index, newid);
    let mut relevant: HashMap<&str, HashSet<String>> = HashMap::new();
    for (id, topics) in &judged.topics {
        if !indexed.contains(id) {
            continue;
        }
        for t in topics {
            relevant.entry(t.as_str()).or_default().insert(id.clone());
        }
    }
    let judged_indexed = judged
        .topics
        .keys()
        .filter(|id| indexed.contains(*id))
        .count();
    let rel_total: usize = QUERIES
        .iter()
        .map(|(c, _)| relevant.get(c).map_or(0, HashSet::len))
        .sum();
    println!(
        "Reuters ad hoc: {} queries, {} indexed articles ({} categorized), {} relevant (mean {:.0})",
        QUERIES.len(),
        indexed.len(),
        judged_indexed,
        rel_total,
        rel_total as f64 / QUERIES.len() as f64
    );
    let options = variant.options(1000, false);
    let (mut ap_sum, mut ndcg_sum, mut errors) = (0.0, 0.0, 0usize);
    for (category, text) in QUERIES {
        let empty = HashSet::new();
        let rel = relevant.get(category).unwrap_or(&empty);
        let text = variant.query(text);
        let ranked: Vec<String> = match search_articles(index, &text, &options) {
            Ok(res) => res
                .hits
                .iter()
                .filter_map(|h| newid(&h.source))
                .filter(|id| judged.topics.contains_key(*id))
                .map(str::to_string)
                .collect(),
            Err(e) => {
                eprintln!("query {category} failed: {e}");
                errors += 1;
                Vec::new()
            }
        };
        let (ap, ndcg) = (average_precision(&ranked, rel), ndcg_at(&ranked, rel, 10));
        if variant.per_query {
            println!(
                "  {category:<16} R {:>4}  AP {ap:.4}  nDCG@10 {ndcg:.4}",
                rel.len()
            );
        }
        ap_sum += ap;
        ndcg_sum += ndcg;
    }
    let d = QUERIES.len() as f64;
    println!(
        "MAP {:.4}  nDCG@10 {:.4}  errors {errors}",
        ap_sum / d,
        ndcg_sum / d
    );
}

/// `…/reut2-003.sgm.gz#3017` → `3017`.
fn newid(source: &str) -> Option<&str> {
    source.rsplit_once('#').map(|(_, id)| id)
}

/// The categories of every article the editors categorized (`TOPICS="YES"`), by NEWID.
fn read_topics(dir: &Path) -> Judged {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| crate::fail(&format!("{}: {e}", dir.display())))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".sgm.gz"))
        .collect();
    files.sort();
    let mut topics = HashMap::new();
    for path in files {
        let mut raw = Vec::new();
        let read = std::fs::File::open(&path)
            .and_then(|f| flate2::read::GzDecoder::new(f).read_to_end(&mut raw));
        if let Err(e) = read {
            crate::fail(&format!("{}: {e}", path.display()));
        }
        // Latin-1: every byte is one character, so tags are found the same either way.
        let text: String = raw.iter().map(|&b| b as char).collect();
        for record in text.split("<REUTERS ").skip(1) {
            let Some((tag, rest)) = record.split_once('>') else {
                continue;
            };
            let (Some(id), true) = (attribute(tag, "NEWID"), tag.contains("TOPICS=\"YES\"")) else {
                continue;
            };
            let cats = between(rest, "<TOPICS>", "</TOPICS>")
                .map(|t| {
                    t.split("<D>")
                        .filter_map(|d| d.split_once("</D>").map(|(c, _)| c.to_string()))
                        .collect()
                })
                .unwrap_or_default();
            topics.insert(id.to_string(), cats);
        }
    }
    Judged { topics }
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    tag[start..].split('"').next()
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}
