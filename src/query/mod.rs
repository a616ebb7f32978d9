//! Query text → ranked hits over the index: articles (`search_articles`) or quotes (`search_quotes`).
//!
//! Ranking is tantivy's BM25. For articles, bare terms search `topic` (headline + body) and
//! `headline` again with a boost, so a term in the headline outranks the same term in the body;
//! for quotes, bare terms search `topic` (quote + its paragraph) and the quote's own words boosted.

pub mod build;
pub mod group;
pub mod parse;
pub mod snippet;

use chrono::NaiveDate;
use serde::Serialize;
use std::ops::Bound;
use tantivy::collector::TopDocs;

use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

use crate::error::{Error, IndexError, QueryError};
use crate::index::schema::{Fields, KIND_ARTICLE, KIND_QUOTE};
use crate::index::writer::to_tantivy_date;
use crate::index::{tantivy_err, NewsIndex};
pub use snippet::Snippet;

/// Boost of a headline match over a body match.
const HEADLINE_BOOST: f32 = 2.0;
/// Boost of a match in a quote's own words over a match in its surrounding paragraph.
const QUOTE_BOOST: f32 = 2.0;

/// One article hit.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleHit {
    pub rank: usize,
    pub score: f32,
    pub date: Option<NaiveDate>,
    pub headline: Option<String>,
    pub source: String,
    /// Sources of near-identical copies of this article grouped under it (empty with `--no-group`).
    pub copies: Vec<String>,
    /// Rendered by each output format in its own way (bold, `<b>`), so not serialized raw.
    #[serde(skip)]
    pub snippet: Snippet,
}

/// One quote hit.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub rank: usize,
    pub score: f32,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub quote: String,
    pub partial: bool,
    pub date: Option<NaiveDate>,
    pub headline: Option<String>,
    pub source: String,
}

/// Order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best BM25 score first.
    #[default]
    Relevance,
    /// Oldest first (undated last).
    DateAsc,
    /// Newest first (undated last).
    DateDesc,
}

/// How to run a search, besides the query text.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    pub limit: usize,
    /// Hits to skip (for paging).
    pub offset: usize,
    pub sort: Sort,
    /// Require every clause without `+`/`-` instead of ORing them (`--all`).
    pub all: bool,
    /// Only hits dated on or after this day.
    pub since: Option<NaiveDate>,
    /// Only hits dated on or before this day.
    pub until: Option<NaiveDate>,
    /// Group near-identical articles under their best-ranked copy (articles only).
    pub group: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            offset: 0,
            sort: Sort::Relevance,
            all: false,
            since: None,
            until: None,
            group: true,
        }
    }
}

/// Runs `text` against article documents, best first.
pub fn search_articles(
    index: &NewsIndex,
    text: &str,
    options: &SearchOptions,
) -> Result<Vec<ArticleHit>, Error> {
    let f = &index.fields;
    let ast = parse::parse_ast(text)?;
    let opts = build::BuildOptions {
        default_fields: vec![(f.topic, 1.0), (f.headline, HEADLINE_BOOST)],
        conjunction: options.all,
    };
    let query = build::build(&index.index, &ast, &opts)?;
    // Snippets highlight body text, so every text term is pointed at `body` for the highlighter.
    let snippet_ast = parse::rename_fields(ast, &[("topic", "body"), ("headline", "body")]);
    let snippet_opts = build::BuildOptions {
        default_fields: vec![(f.body, 1.0)],
        conjunction: false,
    };
    let snippet_query = build::build(&index.index, &snippet_ast, &snippet_opts)?;
    let searcher = searcher(index)?;
    let page: Vec<group::Group> = if options.group {
        // Grouping happens before paging, so fetch from the top with room to spare.
        let wanted = (options.offset + options.limit).saturating_mul(group::OVERFETCH);
        let candidates = SearchOptions {
            limit: wanted.min(group::MAX_CANDIDATES),
            offset: 0,
            ..options.clone()
        };
        let top = run(index, &searcher, query, KIND_ARTICLE, &candidates)?;
        group::group(&searcher, top)
            .into_iter()
            .skip(options.offset)
            .take(options.limit)
            .collect()
    } else {
        group::ungrouped(run(index, &searcher, query, KIND_ARTICLE, options)?)
    };
    let snippets = snippet::Snippets::new(&searcher, snippet_query.as_ref(), f.body)
        .map_err(|e| tantivy_err(&index.path, e))?;
    page.into_iter()
        .enumerate()
        .map(|(i, g)| {
            let doc = load(index, &searcher, g.leader)?;
            let copies = g
                .copies
                .iter()
                .map(|&a| Ok(text_of(&load(index, &searcher, a)?, f.source).unwrap_or_default()))
                .collect::<Result<_, Error>>()?;
            Ok(ArticleHit {
                rank: options.offset + i + 1,
                score: g.score,
                date: date_of(&doc, f),
                headline: text_of(&doc, f.headline),
                source: text_of(&doc, f.source).unwrap_or_default(),
                copies,
                snippet: snippets.make(&doc),
            })
        })
        .collect()
}

/// Runs `text` against quote documents, best first.
pub fn search_quotes(
    index: &NewsIndex,
    text: &str,
    options: &SearchOptions,
) -> Result<Vec<QuoteHit>, Error> {
    let f = &index.fields;
    let ast = parse::parse_ast(text)?;
    let opts = build::BuildOptions {
        default_fields: vec![(f.topic, 1.0), (f.quote, QUOTE_BOOST)],
        conjunction: options.all,
    };
    let query = build::build(&index.index, &ast, &opts)?;
    let searcher = searcher(index)?;
    let top = run(index, &searcher, query, KIND_QUOTE, options)?;
    top.into_iter()
        .enumerate()
        .map(|(i, (score, addr))| {
            let doc = load(index, &searcher, addr)?;
            Ok(QuoteHit {
                rank: options.offset + i + 1,
                score,
                speaker: text_of(&doc, f.speaker),
                speaker_mention: text_of(&doc, f.speaker_mention),
                quote: text_of(&doc, f.quote).unwrap_or_default(),
                partial: doc
                    .get_first(f.partial)
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                date: date_of(&doc, f),
                headline: text_of(&doc, f.headline),
                source: text_of(&doc, f.source).unwrap_or_default(),
            })
        })
        .collect()
}

fn searcher(index: &NewsIndex) -> Result<Searcher, IndexError> {
    let reader = index
        .index
        .reader()
        .map_err(|e| tantivy_err(&index.path, e))?;
    Ok(reader.searcher())
}

/// Restricts `query` to one document kind and the date window, and collects one page of hits
/// in the requested order. Date-sorted hits carry a score of 0: no score was computed.
fn run(
    index: &NewsIndex,
    searcher: &Searcher,
    query: Box<dyn Query>,
    kind: &str,
    options: &SearchOptions,
) -> Result<Vec<(f32, DocAddress)>, Error> {
    if options.limit == 0 {
        return Err(QueryError::Syntax("--limit must be at least 1".into()).into());
    }
    let kind_term = Term::from_field_text(index.fields.kind, kind);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Must,
            Box::new(TermQuery::new(kind_term, IndexRecordOption::Basic)),
        ),
        (Occur::Must, query),
    ];
    if options.since.is_some() || options.until.is_some() {
        let day = |d: NaiveDate| Term::from_field_date(index.fields.date, to_tantivy_date(d));
        let lower = options
            .since
            .map_or(Bound::Unbounded, |d| Bound::Included(day(d)));
        let upper = options
            .until
            .and_then(|d| d.succ_opt())
            .map_or(Bound::Unbounded, |d| Bound::Excluded(day(d)));
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    let restricted = BooleanQuery::new(clauses);
    let top = TopDocs::with_limit(options.limit).and_offset(options.offset);
    let err = |e| Error::from(tantivy_err(&index.path, e));
    match options.sort {
        Sort::Relevance => searcher
            .search(&restricted, &top.order_by_score())
            .map_err(err),
        Sort::DateAsc | Sort::DateDesc => {
            let order = if options.sort == Sort::DateAsc {
                Order::Asc
            } else {
                Order::Desc
            };
            let hits = searcher
                .search(
                    &restricted,
                    &top.order_by_fast_field::<tantivy::DateTime>("date", order),
                )
                .map_err(err)?;
            Ok(hits.into_iter().map(|(_, addr)| (0.0, addr)).collect())
        }
    }
}

fn load(
    index: &NewsIndex,
    searcher: &Searcher,
    addr: DocAddress,
) -> Result<TantivyDocument, Error> {
    searcher
        .doc(addr)
        .map_err(|e| tantivy_err(&index.path, e).into())
}

fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

fn date_of(doc: &TantivyDocument, f: &Fields) -> Option<NaiveDate> {
    let secs = doc.get_first(f.date)?.as_datetime()?.into_timestamp_secs();
    chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}
