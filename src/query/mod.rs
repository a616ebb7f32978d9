//! Query text → ranked hits over the index: articles (`articles::search`), quotes
//! (`quotes::search`), speakers (`speakers::rank`), with facet counts (`facets`).
//!
//! Ranking is tantivy's BM25. For articles, bare terms search `topic` (headline + body) and
//! `headline` again with a boost, so a term in the headline outranks the same term in the body,
//! and, on request (`--feedback`), relevance-sorted hits are re-ranked with pseudo-relevance
//! feedback (`feedback`, RM3);
//! for quotes, bare terms search `topic` (quote + its paragraph) and the quote's own words boosted.

pub mod articles;
pub mod build;
pub mod facets;
pub mod feedback;
pub mod group;
pub mod parse;
pub mod quotes;
pub mod show;
pub mod snippet;
pub mod speakers;
pub mod suggest;

use std::ops::Bound;

use chrono::NaiveDate;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, EnableScoring, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

use crate::error::{Error, IndexError, QueryError};
use crate::index::schema::Fields;
use crate::index::writer::to_tantivy_date;
use crate::index::{tantivy_err, NewsIndex};
pub use articles::{search as search_articles, ArticleHit, ArticleResults};
pub use facets::{FacetCounts, FacetKind};
pub use feedback::Feedback;
pub use quotes::{search as search_quotes, QuoteHit, QuoteResults};
pub use snippet::Snippet;

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
    /// Facet counts to compute over all matching hits.
    pub facets: Vec<FacetKind>,
    /// Attach to each hit the tree of how its score was computed.
    pub explain: bool,
    /// Re-rank relevance-sorted article hits with pseudo-relevance feedback (`--feedback`;
    /// `None`, the default: off). Quote searches ignore it.
    pub feedback: Option<Feedback>,
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
            facets: Vec::new(),
            explain: false,
            feedback: None,
        }
    }
}

/// A page of hits of one kind, with what was counted over every match.
#[derive(Debug, Clone)]
pub struct Results<H> {
    pub hits: Vec<H>,
    /// Documents matching the query (before grouping and paging).
    pub total: usize,
    pub facets: Vec<FacetCounts>,
    /// When nothing matched: the query with misspelt words corrected, if any were.
    pub did_you_mean: Option<String>,
}

impl<H> Results<H> {
    /// Assembles a page; a query that matched nothing gets a "did you mean" suggestion.
    pub(crate) fn new(
        index: &NewsIndex,
        searcher: &Searcher,
        text: &str,
        hits: Vec<H>,
        total: usize,
        facets: Vec<FacetCounts>,
    ) -> Results<H> {
        let did_you_mean = if total == 0 {
            suggest::did_you_mean(index, searcher, text)
        } else {
            None
        };
        Results {
            hits,
            total,
            facets,
            did_you_mean,
        }
    }
}

/// A parsed query restricted to one document kind and the date window, ready to run.
pub(crate) struct Prepared {
    pub query: BooleanQuery,
    /// The AST, for building the snippet highlighter's query.
    pub ast: tantivy::query_grammar::UserInputAst,
    /// The kind of document searched, whose statistics BM25 must use.
    pub kind_term: Term,
}

/// BM25 statistics as if the index held only one kind of document.
///
/// Articles and quotes share one index (one commit covers both), but BM25 must not count quote
/// documents in N when ranking articles: fields are per kind already, so only the document
/// count needs replacing. Document frequencies are capped at that count for the few fields
/// both kinds carry (`source`), which would otherwise break BM25's idf.
pub(crate) struct KindStatistics<'a> {
    searcher: &'a Searcher,
    docs: u64,
}

impl<'a> KindStatistics<'a> {
    pub fn new(searcher: &'a Searcher, kind_term: &Term) -> KindStatistics<'a> {
        let docs = searcher.doc_freq(kind_term).unwrap_or(0).max(1);
        KindStatistics { searcher, docs }
    }
}

impl Bm25StatisticsProvider for KindStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_tokens(self.searcher, field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.docs)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        Ok(self.searcher.doc_freq(term)?.min(self.docs))
    }
}

/// Parses `text` and restricts it to documents of `kind` within the options' date window.
pub(crate) fn prepare(
    index: &NewsIndex,
    text: &str,
    kind: &str,
    default_fields: Vec<(Field, f32)>,
    rename: &[(&str, &str)],
    options: &SearchOptions,
) -> Result<Prepared, Error> {
    if options.limit == 0 {
        return Err(QueryError::Syntax("--limit must be at least 1".into()).into());
    }
    let ast = parse::parse_ast(text)?;
    let ast = if rename.is_empty() {
        ast
    } else {
        parse::rename_fields(ast, rename)
    };
    let opts = build::BuildOptions {
        default_fields,
        conjunction: options.all,
    };
    let query = build::build(&index.index, &ast, &opts)?;
    let kind_term = Term::from_field_text(index.fields.kind, kind);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Must,
            Box::new(TermQuery::new(kind_term.clone(), IndexRecordOption::Basic)),
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
    Ok(Prepared {
        query: BooleanQuery::new(clauses),
        ast,
        kind_term,
    })
}

/// One page of hits in the requested order, and the total number of matches.
/// Date-sorted hits carry a score of 0: no score was computed.
pub(crate) fn top(
    index: &NewsIndex,
    searcher: &Searcher,
    prepared: &Prepared,
    options: &SearchOptions,
) -> Result<(Vec<(f32, DocAddress)>, usize), Error> {
    let query = &prepared.query;
    let top = TopDocs::with_limit(options.limit).and_offset(options.offset);
    let err = |e| Error::from(tantivy_err(&index.path, e));
    match options.sort {
        Sort::Relevance => {
            let stats = KindStatistics::new(searcher, &prepared.kind_term);
            searcher
                .search_with_statistics_provider(query, &(top.order_by_score(), Count), &stats)
                .map_err(err)
        }
        Sort::DateAsc | Sort::DateDesc => {
            let order = if options.sort == Sort::DateAsc {
                Order::Asc
            } else {
                Order::Desc
            };
            let by_date = top.order_by_fast_field::<tantivy::DateTime>("date", order);
            let (hits, total) = searcher.search(query, &(by_date, Count)).map_err(err)?;
            Ok((
                hits.into_iter().map(|(_, addr)| (0.0, addr)).collect(),
                total,
            ))
        }
    }
}

/// How the query scored the document at `addr`, as a JSON tree of
/// `{value, description, details}`, with the same statistics the ranking used.
pub(crate) fn explain(
    prepared: &Prepared,
    searcher: &Searcher,
    addr: DocAddress,
) -> Option<serde_json::Value> {
    let stats = KindStatistics::new(searcher, &prepared.kind_term);
    let scoring = EnableScoring::enabled_from_statistics_provider(&stats, searcher);
    let weight = prepared.query.weight(scoring).ok()?;
    let explanation = weight
        .explain(searcher.segment_reader(addr.segment_ord), addr.doc_id)
        .ok()?;
    serde_json::to_value(&explanation).ok()
}

pub(crate) fn searcher(index: &NewsIndex) -> Result<Searcher, IndexError> {
    index.searcher()
}

pub(crate) fn load(
    index: &NewsIndex,
    searcher: &Searcher,
    addr: DocAddress,
) -> Result<TantivyDocument, Error> {
    searcher
        .doc(addr)
        .map_err(|e| tantivy_err(&index.path, e).into())
}

pub(crate) fn text_of(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

pub(crate) fn date_of(doc: &TantivyDocument, f: &Fields) -> Option<NaiveDate> {
    let secs = doc.get_first(f.date)?.as_datetime()?.into_timestamp_secs();
    chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}
