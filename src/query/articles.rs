//! Article search: query text → ranked article hits (near-duplicates grouped), each with a
//! highlighted snippet of its body, plus facet counts over every match.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Error;
use crate::index::schema::KIND_ARTICLE;
use crate::index::{tantivy_err, NewsIndex};
use crate::query::{
    self, build, facets, feedback, group, parse, snippet, Results, SearchOptions, Snippet, Sort,
};

/// Weight of a headline match over a body match.
const HEADLINE_BOOST: f32 = 2.0;

/// One article hit.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleHit {
    pub rank: usize,
    pub score: f32,
    pub date: Option<NaiveDate>,
    pub headline: Option<String>,
    pub source: String,
    /// With `--explain`: how the score was computed (`{value, description, details}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<serde_json::Value>,
    /// Sources of near-identical copies of this article grouped under it (empty with `--no-group`).
    pub copies: Vec<String>,
    /// Rendered by each output format in its own way (bold, `<b>`), so not serialized raw.
    #[serde(skip)]
    pub snippet: Snippet,
}

/// A page of article hits.
pub type ArticleResults = Results<ArticleHit>;

/// Runs `text` against article documents.
pub fn search(
    index: &NewsIndex,
    text: &str,
    options: &SearchOptions,
) -> Result<ArticleResults, Error> {
    let f = &index.fields;
    let default_fields = vec![(f.topic, 1.0), (f.headline, HEADLINE_BOOST)];
    let prepared = query::prepare(index, text, KIND_ARTICLE, default_fields, &[], options)?;
    let searcher = query::searcher(index)?;
    let prepared = match &options.feedback {
        Some(fb) if options.sort == Sort::Relevance => {
            feedback::expand(index, &searcher, prepared, fb)?
        }
        _ => prepared,
    };
    let (page, total) = if options.group {
        // Grouping happens before paging, so fetch from the top with room to spare.
        let wanted = (options.offset + options.limit).saturating_mul(group::OVERFETCH);
        let candidates = SearchOptions {
            limit: wanted.min(group::MAX_CANDIDATES),
            offset: 0,
            ..options.clone()
        };
        let (top, total) = query::top(index, &searcher, &prepared, &candidates)?;
        let groups = group::group(&searcher, top);
        let page = groups
            .into_iter()
            .skip(options.offset)
            .take(options.limit)
            .collect();
        (page, total)
    } else {
        let (top, total) = query::top(index, &searcher, &prepared, options)?;
        (group::ungrouped(top), total)
    };

    // Snippets highlight body text, so every text term is pointed at `body` for the highlighter.
    let snippet_ast = parse::rename_fields(
        prepared.ast.clone(),
        &[("topic", "body"), ("headline", "body")],
    );
    let snippet_opts = build::BuildOptions {
        default_fields: vec![(f.body, 1.0)],
        conjunction: false,
    };
    let snippet_query = build::build(&index.index, &snippet_ast, &snippet_opts)?;
    let snippets = snippet::Snippets::new(&index.index, snippet_query.as_ref(), f.body)
        .map_err(|e| tantivy_err(&index.path, e))?;

    let hits = page
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            let doc = query::load(index, &searcher, g.leader)?;
            let copies = g
                .copies
                .iter()
                .map(|&a| {
                    let copy = query::load(index, &searcher, a)?;
                    Ok(query::text_of(&copy, f.source_id).unwrap_or_default())
                })
                .collect::<Result<_, Error>>()?;
            Ok(ArticleHit {
                rank: options.offset + i + 1,
                score: g.score,
                date: query::date_of(&doc, f),
                headline: query::text_of(&doc, f.headline),
                source: query::text_of(&doc, f.source_id).unwrap_or_default(),
                copies,
                explanation: options
                    .explain
                    .then(|| query::explain(&prepared, &searcher, g.leader))
                    .flatten(),
                snippet: snippets.make(&doc),
            })
        })
        .collect::<Result<_, Error>>()?;
    let facets = facets::count(index, &searcher, &prepared.query, &options.facets)?;
    Ok(Results::new(index, &searcher, text, hits, total, facets))
}
