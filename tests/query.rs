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

/// What did Lavrov say about Iran? Lavrov's quote first, no one else's.
#[test]
fn lavrov_on_iran_in_the_seed() {
    let t = TestDir::new();
    t.copy(&crate::util::seed(), "c/seed.txt");
    let out = t.index(&t.path().join("c"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    for query in [
        "speaker:Lavrov topic:Iran",
        "speaker:lavrov iran",
        "speaker:\"Sergei Lavrov\" topic:iran",
    ] {
        let hits = t.json("quotes", query);
        assert!(!hits.is_empty(), "{query}: nothing");
        assert!(
            hits[0]["quote"]
                .as_str()
                .is_some_and(|q| q.starts_with("I hope that reason will triumph")),
            "{query}: {hits:?}"
        );
        assert!(
            hits.iter().all(|h| h["speaker"] == "Sergei Lavrov"),
            "{query}: {hits:?}"
        );
    }
}

/// Two copies of one wire story are shown once, with the copy counted; `--no-group` shows both.
#[test]
fn syndicated_copies_are_grouped() {
    let t = TestDir::new();
    let story = std::fs::read_to_string(
        crate::util::shared().join("corpora/bbc-news/bbc/business/001.txt"),
    )
    .unwrap();
    t.write("c/site-a/story.txt", &story);
    t.write(
        "c/site-b/story.txt",
        format!("{story}\n\nReporting by Jane Doe; editing by Mark Smith.\n"),
    );
    t.write(
        "c/site-c/other.txt",
        std::fs::read_to_string(
            crate::util::shared().join("corpora/bbc-news/bbc/business/002.txt"),
        )
        .unwrap(),
    );
    t.index(&t.path().join("c"));
    let grouped = t.json("search", "*");
    assert_eq!(grouped.len(), 2, "{grouped:?}");
    let with_copy: Vec<_> = grouped
        .iter()
        .filter(|h| h["copies"].as_array().is_some_and(|c| c.len() == 1))
        .collect();
    assert_eq!(with_copy.len(), 1, "{grouped:?}");
    let out = crate::util::newsdex()
        .args(["search", "*", "--json", "--no-group", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    assert_eq!(crate::util::json_lines(&out.stdout).len(), 3);
}

#[test]
fn facets_count_every_match_not_just_the_page() {
    let t = corpus();
    let out = crate::util::newsdex()
        .args([
            "search", "*", "--json", "--limit", "1", "--facet", "source", "--index",
        ])
        .arg(t.index_path())
        .output()
        .unwrap();
    let lines = crate::util::json_lines(&out.stdout);
    assert_eq!(lines.len(), 2, "one hit and one facet line");
    assert_eq!(lines[1]["facet"], "source");
    assert_eq!(lines[1]["counts"][0]["value"], "c");
    assert_eq!(lines[1]["counts"][0]["count"], 3);
}

#[test]
fn a_misspelt_query_that_finds_nothing_suggests_a_correction() {
    let t = corpus();
    let out = crate::util::newsdex()
        .args(["search", "goaless madird", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("no articles match"), "{stdout}");
    assert!(stdout.contains("did you mean: goalless madrid"), "{stdout}");
    // A query that finds something gets no suggestion.
    let lines = t.json("search", "penalties");
    assert!(lines.iter().all(|l| l.get("did_you_mean").is_none()));
}

fn dated() -> TestDir {
    let t = TestDir::new();
    t.write("c/may.txt", "Talks open in Vienna\n\n15 May 2019\n\nTalks on the nuclear deal opened in Vienna on Wednesday.\n");
    t.write("c/june.txt", "Talks stall in Vienna\n\n3 June 2019\n\nTalks on the nuclear deal stalled in Vienna on Monday.\n");
    t.write("c/2020.txt", "Talks resume in Vienna\n\n2 March 2020\n\nTalks on the nuclear deal resumed in Vienna on Monday.\n");
    t.index(&t.path().join("c"));
    t
}

#[test]
fn every_date_form_filters() {
    let t = dated();
    for (query, n) in [
        ("talks date:2019-05-15", 1),
        ("talks date:2019-05", 1),
        ("talks date:2019", 2),
        ("talks date:[2019-05-01 TO 2019-06-03]", 2),
        ("talks date:>=2019-06-01", 2),
        ("date:<2020-01-01", 2),
    ] {
        assert_eq!(headlines(&t, query).len(), n, "{query}");
    }
}

#[test]
fn since_until_sort_and_boost() {
    let t = dated();
    let run = |args: &[&str]| -> Vec<String> {
        let out = crate::util::newsdex()
            .args(args)
            .args(["--json", "--index"])
            .arg(t.index_path())
            .output()
            .unwrap();
        crate::util::json_lines(&out.stdout)
            .iter()
            .filter_map(|h| h["headline"].as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(
        run(&["search", "talks", "--since", "2019-06", "--until", "2019-12"]),
        ["Talks stall in Vienna"]
    );
    assert_eq!(
        run(&["search", "vienna", "--sort", "-date"]),
        [
            "Talks resume in Vienna",
            "Talks stall in Vienna",
            "Talks open in Vienna"
        ]
    );
    assert_eq!(
        run(&["search", "vienna", "--sort", "date", "--limit", "1", "--offset", "1"]),
        ["Talks stall in Vienna"]
    );
    // A boost on one word decides between two otherwise equal articles.
    assert_eq!(
        run(&["search", "opened OR stalled^5", "--limit", "1"]),
        ["Talks stall in Vienna"]
    );
    assert_eq!(
        run(&["search", "opened^5 OR stalled", "--limit", "1"]),
        ["Talks open in Vienna"]
    );
}

/// `--feedback` turns pseudo-relevance feedback on: the same matches, in another order.
#[test]
fn feedback_flag_keeps_the_matches_and_changes_the_order() {
    let t = TestDir::new();
    let reuters = crate::util::shared().join("corpora/reuters21578/reut2-000.sgm.gz");
    t.copy(&reuters, "c/reut2-000.sgm.gz");
    let out = t.index(&t.path().join("c"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let search = |extra: &[&str]| -> Vec<String> {
        let out = crate::util::newsdex()
            .args([
                "search",
                "coffee prices and exports",
                "--json",
                "--no-group",
            ])
            .args(["--limit", "1000", "--index"])
            .arg(t.index_path())
            .args(extra)
            .output()
            .unwrap_or_else(|e| panic!("run: {e}"));
        assert!(out.status.success(), "{}", text(&out.stderr));
        crate::util::json_lines(&out.stdout)
            .iter()
            .filter_map(|h| h["source"].as_str().map(str::to_string))
            .collect()
    };
    let (with, without) = (search(&["--feedback"]), search(&[]));
    assert!(with.len() > 100, "{} hits", with.len());
    let mut sorted = (with.clone(), without.clone());
    sorted.0.sort();
    sorted.1.sort();
    assert_eq!(sorted.0, sorted.1);
    assert_ne!(with[..10], without[..10]);
}
