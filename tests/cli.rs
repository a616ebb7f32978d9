//! Command-line behaviour that does not depend on extraction quality: errors, exit codes, formats.

use crate::util::{newsdex, text, TestDir};

const ARTICLE: &str = "Port strike ends after talks\n\nDock workers voted to end a strike at the port of Antwerp after talks with the harbour authority.\n\nThe union said pay would rise by four percent.\n";

fn indexed() -> TestDir {
    let t = TestDir::new();
    t.write("corpus/strike.txt", ARTICLE);
    let out = t.index(&t.path().join("corpus"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    t
}

#[test]
fn malformed_queries_get_one_line_and_exit_2() {
    let t = indexed();
    for (query, needle) in [
        ("\"port strike", "unbalanced double quote"),
        ("(port OR strike", "'(' without"),
        ("date:2019-99-01", "bad date"),
        ("author:smith", "unknown field 'author'"),
    ] {
        let out = newsdex()
            .args(["search", query, "--index"])
            .arg(t.index_path())
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{query}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{query}: {err}");
        assert!(err.contains(needle), "{query}: {err}");
    }
}

#[test]
fn search_finds_stemmed_terms_and_highlights_them_in_json() {
    let t = indexed();
    let hits = t.json("search", "striking dockers OR workers");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["headline"], "Port strike ends after talks");
    assert_eq!(hits[0]["rank"], 1);
    let snippet = hits[0]["snippet"].as_str().unwrap_or_default();
    assert!(snippet.contains("<b>workers</b>"), "{snippet}");
}

#[test]
fn exclusion_only_query_means_everything_but() {
    let t = indexed();
    assert_eq!(t.json("search", "-antwerp").len(), 0);
    assert_eq!(t.json("search", "-brussels").len(), 1);
}

#[test]
fn natural_language_question_with_apostrophes_parses() {
    let t = indexed();
    let hits = t.json(
        "search",
        "what did the union's leader say about the strike?",
    );
    assert_eq!(hits.len(), 1);
}

#[test]
fn search_without_an_index_says_so() {
    let t = TestDir::new();
    let out = newsdex()
        .args(["search", "port", "--index"])
        .arg(t.path().join("nope"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no index at"));
}

#[test]
fn index_refuses_to_overwrite_a_directory_that_is_not_an_index() {
    let t = TestDir::new();
    t.write("corpus/strike.txt", ARTICLE);
    t.write("index/precious.doc", "not an index");
    let out = t.index(&t.path().join("corpus"));
    assert_eq!(out.status.code(), Some(1));
    assert!(t.path().join("index/precious.doc").exists());
}

#[test]
fn reindexing_replaces_rather_than_duplicates() {
    let t = indexed();
    let out = t.index(&t.path().join("corpus"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(t.json("search", "strike").len(), 1);
}

#[test]
fn human_output_fits_80_columns() {
    let t = indexed();
    let out = newsdex()
        .args(["search", "port strike talks", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Port strike ends after talks"), "{stdout}");
    for line in stdout.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
}

#[test]
fn csv_has_a_header_and_one_row_per_hit() {
    let t = indexed();
    let out = newsdex()
        .args(["search", "strike", "--csv", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("rank,score,date,headline,source,copies,snippet")
    );
    let row = lines.next().unwrap_or_default();
    assert!(
        row.starts_with("1,") && row.contains("Port strike ends after talks"),
        "{row}"
    );
    assert_eq!(lines.next(), None);
}

#[test]
fn explain_attaches_the_score_tree() {
    let t = indexed();
    let out = newsdex()
        .args(["search", "strike", "--json", "--explain", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    let hits = crate::util::json_lines(&out.stdout);
    let tree = &hits[0]["explanation"];
    let score = hits[0]["score"].as_f64().unwrap_or(-1.0);
    assert!(
        (tree["value"].as_f64().unwrap_or(0.0) - score).abs() < 1e-3,
        "{tree}"
    );
    assert!(tree.to_string().contains("idf"), "{tree}");
}
