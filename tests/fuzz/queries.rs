//! Fuzzing the query side: random strings and grammar-shaped random queries (fields, phrases,
//! parentheses, `~N`, `*`, `^boost`, ranges, sets, AND/OR/NOT/+/-, dates, unicode) run through
//! parse, build and search against a small real index of `corpus/`, for articles, quotes and
//! speakers, and the hits rendered as text and JSON.
//!
//! Properties: nothing panics, and a query that cannot run fails with the typed query error
//! (`Error::Query`), never an index error.
//! (`src/query/build.rs` has cheap unit properties on an empty in-memory index; these go further:
//! real postings, searching, snippets and rendering.)

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use newsdex::index::{self, IndexConfig, NewsIndex};
use newsdex::query::{self, SearchOptions, Sort};
use newsdex::render::{self, Style};

use super::run;
use crate::util::repo;

/// `corpus/` indexed once per test binary.
fn corpus_index() -> &'static NewsIndex {
    static INDEX: OnceLock<(tempfile::TempDir, NewsIndex)> = OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let config = IndexConfig {
            roots: vec![repo().join("corpus")],
            index_path: dir.path().join("index"),
            threads: 1,
            rebuild: false,
            batch_files: 1000,
            read: Default::default(),
        };
        index::build(&config, &|_| {}).unwrap_or_else(|e| panic!("index corpus: {e}"));
        let index =
            NewsIndex::open(&config.index_path).unwrap_or_else(|e| panic!("open index: {e}"));
        (dir, index)
    });
    index
}

/// Runs `text` as every kind of search with `options`; only query errors are allowed.
fn search_everything(text: &str, options: &SearchOptions) -> Result<(), TestCaseError> {
    let index = corpus_index();
    let typed = |e: newsdex::Error| match e {
        newsdex::Error::Query(_) => Ok(()),
        e => Err(TestCaseError::fail(format!(
            "{text:?}: not a query error: {e}"
        ))),
    };
    let io = |e: std::io::Error| TestCaseError::fail(e.to_string());
    let mut out = Vec::new();
    match query::search_articles(index, text, options) {
        Ok(r) => {
            render::text::article_results(&mut out, &r, Style::plain()).map_err(io)?;
            render::json::article_results(&mut out, &r).map_err(io)?;
        }
        Err(e) => typed(e)?,
    }
    match query::search_quotes(index, text, options) {
        Ok(r) => {
            render::text::quote_results(&mut out, &r, Style::plain()).map_err(io)?;
            render::json::quote_results(&mut out, &r).map_err(io)?;
        }
        Err(e) => typed(e)?,
    }
    match query::speakers::rank(index, text, options) {
        Ok(s) => render::text::speakers(&mut out, &s, Style::plain()).map_err(io)?,
        Err(e) => typed(e)?,
    }
    Ok(())
}

fn options() -> impl Strategy<Value = SearchOptions> {
    (any::<bool>(), any::<bool>(), 0..3u8, 0..3usize).prop_map(|(all, group, sort, offset)| {
        SearchOptions {
            all,
            group,
            sort: [Sort::Relevance, Sort::DateAsc, Sort::DateDesc][sort as usize],
            offset,
            limit: 5,
            ..SearchOptions::default()
        }
    })
}

const WORDS: &[&str] = &[
    "iran",
    "talks",
    "Lavrov",
    "said",
    "the",
    "a",
    "vienna",
    "Karimi",
    "Iran's",
    "nuclear",
    "Лавров",
    "東京",
    "é",
    "ﬁ",
    "straße",
    "İstanbul",
    "x",
    "1",
    "2019",
    "-5",
    "\u{1f600}",
    "\u{301}",
    "AND",
    "OR",
    "NOT",
    "IN",
    "TO",
    "and",
    "true",
    "\\:",
    "a\\ b",
    "*",
    "?",
    ".*",
    "[a-z]+",
    "(",
];

const FIELDS: &[&str] = &[
    "speaker",
    "SPEAKER",
    "date",
    "Date",
    "headline",
    "topic",
    "body",
    "site",
    "source",
    "quote",
    "role",
    "kind",
    "partial",
    "file_hash",
    "simhash",
    "quote_start",
    "nosuchfield",
    "",
];

const DATES: &[&str] = &[
    "2019",
    "2019-05",
    "2019-05-14",
    "2019-13",
    "2019-02-30",
    "0000-01-01",
    "99999-01-01",
    "2019-5-1",
    "1969-12-31",
    "2262-04-12",
    "-1",
    "*",
    "today",
    "2019-05-14T10:00:00Z",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(String::from),
        1 => "\\PC{1,12}",
        1 => proptest::sample::select(DATES).prop_map(String::from),
    ]
}

/// A term with the suffixes the grammar knows: prefix `*`, fuzzy `~N`, `^boost`.
fn term() -> impl Strategy<Value = String> {
    let boost = prop_oneof![
        Just(String::new()),
        (-3.0f64..1e6).prop_map(|b| format!("^{b}")),
        proptest::sample::select(vec!["^0", "^-0", "^1e400", "^nan", "^", "^^2", "^2.5.1"])
            .prop_map(String::from),
    ];
    let suffix = prop_oneof![
        4 => Just(String::new()),
        1 => Just("*".to_string()),
        1 => (0u32..6).prop_map(|n| format!("~{n}")),
        1 => Just("~".to_string()),
    ];
    (word(), suffix, boost).prop_map(|(w, s, b)| format!("{w}{s}{b}"))
}

fn phrase() -> impl Strategy<Value = String> {
    let slop = prop_oneof![
        Just(String::new()),
        (0u32..20).prop_map(|n| format!("~{n}")),
        Just("*".to_string())
    ];
    (proptest::collection::vec(word(), 0..4), slop, any::<bool>()).prop_map(|(ws, slop, single)| {
        let q = if single { '\'' } else { '"' };
        format!("{q}{}{q}{slop}", ws.join(" "))
    })
}

fn range() -> impl Strategy<Value = String> {
    let bound = prop_oneof![
        proptest::sample::select(DATES).prop_map(String::from),
        word()
    ];
    (bound.clone(), bound, 0..6u8).prop_map(|(a, b, shape)| match shape {
        0 => format!("[{a} TO {b}]"),
        1 => format!("{{{a} TO {b}}}"),
        2 => format!("[{a} TO {b}}}"),
        3 => format!(">={a}"),
        4 => format!("<{b}"),
        _ => format!("IN [{a} {b}]"),
    })
}

fn atom() -> impl Strategy<Value = String> {
    let value = prop_oneof![3 => term(), 1 => phrase(), 1 => range()];
    let field = proptest::option::weighted(0.4, proptest::sample::select(FIELDS));
    (field, value).prop_map(|(f, v)| match f {
        Some(f) => format!("{f}:{v}"),
        None => v,
    })
}

/// A random query following the grammar's shape, nested a few levels.
fn grammar_query() -> impl Strategy<Value = String> {
    atom().prop_recursive(4, 24, 4, |inner| {
        let op = proptest::sample::select(vec![" ", " AND ", " OR ", " && ", " || ", " AND NOT "]);
        let prefix = proptest::sample::select(vec!["", "+", "-", "NOT ", "!"]);
        let field = proptest::sample::select(FIELDS);
        prop_oneof![
            proptest::collection::vec((prefix, inner.clone()), 1..4).prop_flat_map(move |xs| {
                let n = xs.len();
                proptest::collection::vec(op.clone(), n).prop_map(move |ops| {
                    let mut s = String::new();
                    for ((p, x), o) in xs.iter().zip(&ops) {
                        if !s.is_empty() {
                            s.push_str(o);
                        }
                        s.push_str(p);
                        s.push_str(x);
                    }
                    s
                })
            }),
            inner.clone().prop_map(|x| format!("({x})")),
            (inner.clone(), 0.0f64..10.0).prop_map(|(x, b)| format!("({x})^{b}")),
            (field, inner).prop_map(|(f, x)| format!("{f}:({x})")),
        ]
    })
}

#[test]
fn arbitrary_query_strings() {
    let strategy = (
        prop_oneof![any::<String>(), "\\PC{0,40}", ".{0,40}"],
        options(),
    );
    run(
        "arbitrary_query_strings",
        300,
        strategy,
        |(text, options)| search_everything(&text, &options),
    );
}

#[test]
fn grammar_shaped_queries() {
    let strategy = (grammar_query(), options());
    run(
        "grammar_shaped_queries",
        500,
        strategy,
        |(text, options)| search_everything(&text, &options),
    );
}
