//! The query language: gaps of tantivy's parser that newsdex closes, on a small written corpus.

use crate::util::{text, TestDir};

fn corpus() -> TestDir {
    let t = TestDir::new();
    t.write(
        "c/sanctions.txt",
        "New sanctions on Iran\n\nWashington announced sanctions on Iran's oil exports after the nuclear talks stalled.\n",
    );
    t.write(
        "c/deal.txt",
        "Nuclear deal talks resume in Vienna\n\nDiplomats said the nuclear deal could still be saved, Lavrov told reporters.\n",
    );
    t.write(
        "c/football.txt",
        "Cup final goes to penalties\n\nThe final in Madrid was decided on penalties after a goalless draw.\n",
    );
    let out = t.index(&t.path().join("c"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    t
}

fn headlines(t: &TestDir, query: &str) -> Vec<String> {
    t.json("search", query)
        .iter()
        .map(|h| h["headline"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn and_not_excludes_instead_of_matching_nothing() {
    let t = corpus();
    assert_eq!(
        headlines(&t, "iran AND NOT vienna"),
        ["New sanctions on Iran"]
    );
    assert_eq!(
        headlines(&t, "nuclear AND NOT sanctions"),
        ["Nuclear deal talks resume in Vienna"]
    );
}

#[test]
fn one_word_prefix_matches() {
    let t = corpus();
    assert_eq!(headlines(&t, "sanct*"), ["New sanctions on Iran"]);
    assert_eq!(headlines(&t, "penalt*").len(), 1);
}

#[test]
fn tilde_on_a_word_is_fuzzy() {
    let t = corpus();
    assert_eq!(
        headlines(&t, "vienne~1"),
        ["Nuclear deal talks resume in Vienna"]
    );
    assert!(headlines(&t, "vienne").is_empty());
}

#[test]
fn phrase_with_slop() {
    let t = corpus();
    assert!(headlines(&t, "\"talks nuclear\"").is_empty());
    assert_eq!(
        headlines(&t, "\"nuclear stalled\"~3"),
        ["New sanctions on Iran"]
    );
}

#[test]
fn terms_are_ored_and_all_terms_rank_first() {
    let t = corpus();
    let hits = headlines(&t, "nuclear deal penalties");
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[0], "Nuclear deal talks resume in Vienna");
}

#[test]
fn headline_match_outranks_body_match() {
    let t = corpus();
    // "sanctions" is in one headline; "stalled" only in a body. Both articles mention Iran.
    let hits = headlines(&t, "iran");
    assert_eq!(
        hits.first().map(String::as_str),
        Some("New sanctions on Iran")
    );
}
