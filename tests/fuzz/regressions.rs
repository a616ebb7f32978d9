//! Inputs the fuzzer found crashing newsdex, minimized, kept as plain tests after the fix.

use newsdex::read::{Content, Document};

use super::readers::check_document;

/// Found by `read_file_on_mutated_real_files`: a `<script>` nested past the HTML depth limit had
/// its tags dropped while its content was left unscanned, so the 20,000 nested tables inside it
/// reached the parser and overflowed a 2 MiB thread stack (rayon's, the indexer's) in the
/// content extractor.
#[test]
fn script_past_the_depth_limit_keeps_its_content_text() {
    let html = format!(
        "<html><body><p>Talks resumed on Monday.</p>{}<script>{}</script></body></html>",
        "<table><tr><td>".repeat(300),
        "<table><tr><td>".repeat(20_000)
    );
    let doc = Document {
        source: "deep.html".into(),
        content: Content::Html(html),
    };
    // On the test thread's 2 MiB stack, as the indexer's workers have.
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || check_document(&doc).map_err(|e| e.to_string()))
        .unwrap_or_else(|e| panic!("spawn: {e}"))
        .join()
        .unwrap_or_else(|_| panic!("extract panicked"))
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Found by `grammar_shaped_queries`: a date range open at both ends reached tantivy's
/// `RangeQuery` with no bound, which panics. It means "has a date": every dated article.
#[test]
fn date_range_open_at_both_ends_matches_every_dated_article() {
    use newsdex::query::{self, SearchOptions};
    let t = crate::util::TestDir::new();
    assert!(t
        .index(&crate::util::repo().join("corpus/wire"))
        .status
        .success());
    let index =
        newsdex::index::NewsIndex::open(&t.index_path()).unwrap_or_else(|e| panic!("open: {e}"));
    let options = SearchOptions {
        limit: 50,
        group: false,
        ..SearchOptions::default()
    };
    let all = |q: &str| {
        query::search_articles(&index, q, &options)
            .unwrap_or_else(|e| panic!("{q}: {e}"))
            .total
    };
    let dated = all("date:([* TO *])");
    assert_eq!(dated, all("date:[* TO *]"));
    assert_eq!(dated, all("date:[1900-01-01 TO *]"));
    assert!(dated > 0 && dated <= all("*"), "{dated}");
}
