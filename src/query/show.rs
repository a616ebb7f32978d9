//! An article's source id → the article as indexed (headline, date, body, quotes with their
//! speakers), rebuilt from the stored fields; and index-wide statistics for `stats`.

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::Term;

use crate::article::Article;
use crate::error::Error;
use crate::index::schema::{KIND_ARTICLE, KIND_QUOTE};
use crate::index::{tantivy_err, NewsIndex};
use crate::query::{self, facets, FacetKind};
use crate::quotes::Quote;

/// Most quotes rebuilt for one article (an article with more is not news).
const MAX_QUOTES: usize = 10_000;

/// The article whose source is exactly `id` (as printed in results), with its quotes in order.
/// `None` when no article has that source.
pub fn article(index: &NewsIndex, id: &str) -> Result<Option<Article>, Error> {
    let f = &index.fields;
    let searcher = query::searcher(index)?;
    let err = |e| Error::from(tantivy_err(&index.path, e));
    let by_source = TermQuery::new(
        Term::from_field_text(f.source_id, id),
        IndexRecordOption::Basic,
    );
    let hits = searcher
        .search(
            &by_source,
            &TopDocs::with_limit(MAX_QUOTES + 1).order_by_score(),
        )
        .map_err(err)?;
    let mut article = None;
    let mut quotes = Vec::new();
    for (_, addr) in hits {
        let doc = query::load(index, &searcher, addr)?;
        let kind = query::text_of(&doc, f.kind);
        let u64_of = |field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
        if kind.as_deref() == Some(KIND_QUOTE) {
            quotes.push(Quote {
                text: query::text_of(&doc, f.quote).unwrap_or_default(),
                speaker: query::text_of(&doc, f.speaker),
                speaker_mention: query::text_of(&doc, f.speaker_mention),
                partial: doc
                    .get_first(f.partial)
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                start: u64_of(f.quote_start),
                end: u64_of(f.quote_end),
                role: query::text_of(&doc, f.role),
            });
        } else {
            article = Some(Article {
                source: id.to_string(),
                headline: query::text_of(&doc, f.headline),
                date: query::date_of(&doc, f),
                body: query::text_of(&doc, f.body).unwrap_or_default(),
                quotes: Vec::new(),
            });
        }
    }
    Ok(article.map(|mut a| {
        quotes.sort_by_key(|q| q.start);
        a.quotes = quotes;
        a
    }))
}

/// What an index holds.
#[derive(Debug, Clone, Serialize)]
pub struct IndexStats {
    pub path: String,
    pub bytes_on_disk: u64,
    pub articles: usize,
    pub quotes: usize,
    pub speakers: usize,
    pub first_date: Option<chrono::NaiveDate>,
    pub last_date: Option<chrono::NaiveDate>,
    pub segments: usize,
    /// Distinct indexed terms per searchable field.
    pub terms: Vec<(String, u64)>,
}

/// Counts articles, quotes, speakers, dates, terms per field and bytes on disk.
pub fn stats(index: &NewsIndex) -> Result<IndexStats, Error> {
    let f = &index.fields;
    let searcher = query::searcher(index)?;
    let err = |e| Error::from(tantivy_err(&index.path, e));
    let count_kind = |kind: &str| -> Result<usize, Error> {
        let q = TermQuery::new(
            Term::from_field_text(f.kind, kind),
            IndexRecordOption::Basic,
        );
        searcher.search(&q, &Count).map_err(err)
    };
    let all: Box<dyn Query> = Box::new(tantivy::query::AllQuery);
    let speakers = facets::collect(index, &searcher, all.as_ref(), FacetKind::Speaker)?.len();
    let months = facets::collect(index, &searcher, all.as_ref(), FacetKind::Year)?;
    let first_date = months.values().filter_map(|s| s.first).min();
    let last_date = months.values().filter_map(|s| s.last).max();
    let mut terms = Vec::new();
    for name in crate::index::schema::QUERYABLE_FIELDS {
        let Ok(field) = index.index.schema().get_field(name) else {
            continue;
        };
        let mut n = 0u64;
        for segment in searcher.segment_readers() {
            if let Ok(inverted) = segment.inverted_index(field) {
                n += inverted.terms().num_terms() as u64;
            }
        }
        terms.push((name.to_string(), n));
    }
    let bytes_on_disk = std::fs::read_dir(&index.path)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    Ok(IndexStats {
        path: index.path.to_string_lossy().into_owned(),
        bytes_on_disk,
        articles: count_kind(KIND_ARTICLE)?,
        quotes: count_kind(KIND_QUOTE)?,
        speakers,
        first_date,
        last_date,
        segments: searcher.segment_readers().len(),
        terms,
    })
}
