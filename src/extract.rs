//! The whole per-document pipeline: `Document` → `Article` with its quotes.
//! Indexing and `extract` both go through here, so they can never disagree.

use crate::article::{self, Article};
use crate::quotes;
use crate::read::{Content, Document};

/// Runs article extraction (by format) then quote attribution on one document.
pub fn extract(doc: &Document) -> Article {
    let mut article = match &doc.content {
        Content::Text(text) => article::from_text(&doc.source, text),
        Content::Html(html) => article::html::from_html(&doc.source, html),
        Content::Record(record) => article::from_record(&doc.source, record),
    };
    article.quotes = quotes::find_quotes(&article.body, article.headline.as_deref());
    article
}
