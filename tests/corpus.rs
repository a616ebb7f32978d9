//! `corpus/` against our own gold set (`tests/data/corpus-expected.jsonl`, written with the
//! corpus): headlines, dates, quotes and speakers, through `newsdex extract --json`.

use std::collections::HashMap;

use crate::util::{json_lines, newsdex, repo, text};

struct Expected {
    headline: Option<String>,
    date: Option<String>,
    quotes: Vec<(String, Option<String>)>,
}

fn expected() -> HashMap<String, Expected> {
    let path = repo().join("tests/data/corpus-expected.jsonl");
    let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    json_lines(&raw)
        .into_iter()
        .map(|v| {
            let s = |x: &serde_json::Value| x.as_str().map(str::to_string);
            let quotes = v["quotes"]
                .as_array()
                .map(|qs| {
                    qs.iter()
                        .map(|q| (s(&q["text_starts"]).unwrap_or_default(), s(&q["speaker"])))
                        .collect()
                })
                .unwrap_or_default();
            let file = s(&v["file"]).unwrap_or_default();
            (
                file,
                Expected {
                    headline: s(&v["headline"]),
                    date: s(&v["date"]),
                    quotes,
                },
            )
        })
        .collect()
}

fn extracted() -> Vec<serde_json::Value> {
    let out = newsdex()
        .args(["extract", "--json", "corpus"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    json_lines(&out.stdout)
}

#[test]
fn every_corpus_headline_and_date_is_right() {
    let gold = expected();
    let got = extracted();
    assert_eq!(got.len(), gold.len(), "one article per corpus file");
    let mut wrong = Vec::new();
    for a in &got {
        let source = a["source"].as_str().unwrap_or_default();
        let g = gold
            .get(source)
            .unwrap_or_else(|| panic!("{source} missing from corpus-expected.jsonl"));
        if a["headline"].as_str() != g.headline.as_deref() {
            wrong.push(format!(
                "{source}: headline {} ≠ {:?}",
                a["headline"], g.headline
            ));
        }
        if a["date"].as_str() != g.date.as_deref() {
            wrong.push(format!("{source}: date {} ≠ {:?}", a["date"], g.date));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Share of our gold quotes found (by their opening words) and attributed to the right speaker.
#[test]
fn corpus_quotes_are_found_and_attributed() {
    let gold = expected();
    let got = extracted();
    let (mut total, mut found, mut right) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for a in &got {
        let source = a["source"].as_str().unwrap_or_default();
        let Some(g) = gold.get(source) else { continue };
        let quotes = a["quotes"].as_array().cloned().unwrap_or_default();
        for (start, speaker) in &g.quotes {
            total += 1;
            let hit = quotes.iter().find(|q| {
                q["text"]
                    .as_str()
                    .is_some_and(|t| t.trim_start_matches(['"', '“']).starts_with(start.as_str()))
            });
            match hit {
                None => misses.push(format!("{source}: not found: {start}")),
                Some(q) => {
                    found += 1;
                    if q["speaker"].as_str() == speaker.as_deref() {
                        right += 1;
                    } else {
                        misses.push(format!(
                            "{source}: {start}: speaker {} ≠ {speaker:?}",
                            q["speaker"]
                        ));
                    }
                }
            }
        }
    }
    let recall = found as f64 / total as f64;
    let accuracy = right as f64 / found.max(1) as f64;
    eprintln!(
        "corpus quotes: recall {recall:.3} ({found}/{total}), speaker accuracy {accuracy:.3}\n{}",
        misses.join("\n")
    );
    assert!(recall >= 0.95, "recall {recall:.3}");
    // Measured 0.761 when this test was written, 0.860 once "the minister" / "the Frenchwoman"
    // were linked to the person named and reported clauses went to the outer speaker; raise
    // the bar as attribution improves.
    assert!(accuracy >= 0.85, "speaker accuracy {accuracy:.3}");
}

/// Facets are computed in one pass for all kinds, with dates keyed by day and folded into
/// months and years afterwards: every kind must still agree with the dates `extract` gives.
#[test]
fn date_facets_of_the_corpus_agree_with_its_extracted_dates() {
    let mut months: HashMap<String, u64> = HashMap::new();
    let mut years: HashMap<String, u64> = HashMap::new();
    let articles = extracted();
    for a in &articles {
        if let Some(date) = a["date"].as_str() {
            *months.entry(date[..7].to_string()).or_default() += 1;
            *years.entry(date[..4].to_string()).or_default() += 1;
        }
    }
    assert!(months.len() > 5, "the corpus spans many months: {months:?}");
    let t = crate::util::TestDir::new();
    let out = t.index(&repo().join("corpus"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = newsdex()
        .args(["search", "*", "--json", "--limit", "1", "--no-group"])
        .args([
            "--facet",
            "date:month",
            "--facet",
            "source",
            "--facet",
            "date:year",
        ])
        .arg("--index")
        .arg(t.index_path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let facet = |name: &str| -> HashMap<String, u64> {
        json_lines(&out.stdout)
            .into_iter()
            .find(|l| l["facet"] == name)
            .and_then(|l| l["counts"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .map(|c| {
                let value = c["value"].as_str().unwrap_or_default().to_string();
                (value, c["count"].as_u64().unwrap_or_default())
            })
            .collect()
    };
    assert_eq!(facet("date:month"), months);
    assert_eq!(facet("date:year"), years);
    let sites: u64 = facet("source").values().sum();
    assert_eq!(sites, articles.len() as u64, "every article has a site");
}
