//! Document text → `Article` {headline, date, body}: normalizes the text, drops site chrome
//! (navigation, breadcrumbs, crawl dates, a repeated headline), and finds the headline,
//! the publication date and the body paragraphs.
//!
//! STUB: owned by the article helper; replaced by the real implementation.

use chrono::NaiveDate;
use serde::Serialize;

pub mod html;
mod record;
pub use record::from_record;

use crate::quotes::Quote;

/// One news article as newsdex understands it.
///
/// Its JSON form is the `extract --json` contract; see `render::json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The path as given, plus `#N` for the Nth record of a multi-record file.
    pub source: String,
    pub headline: Option<String>,
    /// Publication date (never the crawl date).
    pub date: Option<NaiveDate>,
    /// The article's paragraphs, separated by blank lines (`\n\n`), nothing else.
    pub body: String,
    /// Direct and partial quotes found in `body`, in order.
    pub quotes: Vec<Quote>,
}

/// Splits plain text (a scraped page, a BBC-style file) into headline, date and body.
/// `quotes` is left empty: the quotes stage fills it.
pub fn from_text(source: &str, text: &str) -> Article {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let headline = lines.next().map(str::to_string);
    let body = lines.collect::<Vec<_>>().join("\n\n");
    Article {
        source: source.to_string(),
        headline,
        date: None,
        body,
        quotes: Vec::new(),
    }
}
