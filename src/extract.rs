//! The whole per-document pipeline: `Document` → `Article` with its quotes.
//! Indexing and `extract` both go through here, so they can never disagree.

use crate::article::{self, Article};
use crate::quotes;
use crate::read::Document;

/// Runs article extraction then quote attribution on one document.
pub fn extract(doc: &Document) -> Article {
    let mut article = article::from_text(&doc.source, &doc.text);
    article.quotes = quotes::find_quotes(&article.body, article.headline.as_deref());
    article
}
