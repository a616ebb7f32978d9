//! Quote search: query text → ranked quote hits (speaker, words, article), plus facet counts.

use chrono::NaiveDate;
use serde::Serialize;
use tantivy::schema::Value;

use crate::error::Error;
use crate::index::schema::KIND_QUOTE;
use crate::index::NewsIndex;
use crate::query::{self, facets, Results, SearchOptions};

/// Weight of a match in a quote's own words over a match in its surrounding paragraph.
const QUOTE_BOOST: f32 = 2.0;

/// Article fields as a quote document names them: `topic` and `body` mean the quote's words
/// and paragraph, `headline` its article's headline.
pub(crate) const QUOTE_FIELDS: &[(&str, &str)] = &[
    ("topic", "quote_topic"),
    ("body", "quote_topic"),
    ("headline", "quote_headline"),
];

/// One quote hit.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub rank: usize,
    pub score: f32,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    /// The speaker's title or role in the article ("Russian Foreign Minister").
    pub role: Option<String>,
    pub quote: String,
    pub partial: bool,
    pub date: Option<NaiveDate>,
    pub headline: Option<String>,
    pub source: String,
    /// With `--explain`: how the score was computed (`{value, description, details}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<serde_json::Value>,
}

/// A page of quote hits.
pub type QuoteResults = Results<QuoteHit>;

/// Runs `text` against quote documents.
pub fn search(
    index: &NewsIndex,
    text: &str,
    options: &SearchOptions,
) -> Result<QuoteResults, Error> {
    let f = &index.fields;
    let default_fields = vec![(f.quote_topic, 1.0), (f.quote, QUOTE_BOOST)];
    let prepared = query::prepare(
        index,
        text,
        KIND_QUOTE,
        default_fields,
        QUOTE_FIELDS,
        options,
    )?;
    let searcher = query::searcher(index)?;
    let (top, total) = query::top(index, &searcher, &prepared, options)?;
    let hits = top
        .into_iter()
        .enumerate()
        .map(|(i, (score, addr))| {
            let doc = query::load(index, &searcher, addr)?;
            Ok(QuoteHit {
                rank: options.offset + i + 1,
                score,
                speaker: query::text_of(&doc, f.speaker),
                speaker_mention: query::text_of(&doc, f.speaker_mention),
                role: query::text_of(&doc, f.role),
                quote: query::text_of(&doc, f.quote).unwrap_or_default(),
                partial: doc
                    .get_first(f.partial)
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                date: query::date_of(&doc, f),
                headline: query::text_of(&doc, f.quote_headline),
                source: query::text_of(&doc, f.source_id).unwrap_or_default(),
                explanation: options
                    .explain
                    .then(|| query::explain(&prepared, &searcher, addr))
                    .flatten(),
            })
        })
        .collect::<Result<_, Error>>()?;
    let facets = facets::count(index, &searcher, &prepared.query, &options.facets)?;
    Ok(Results::new(index, &searcher, text, hits, total, facets))
}
