//! Document text → `Article` {headline, date, body}.
//!
//! The stage runs in four steps, one file each:
//!
//! ```text
//!  text ─normalize─▶ lines ─chrome + date─▶ classified lines ─headline─▶ headline line
//!                                                   │                         │
//!                                                   ├──────date──────────▶ publication date
//!                                                   └──────body──────────▶ paragraphs
//! ```
//!
//! Every line is classified once (furniture, breadcrumb, byline, date line, or text); the
//! later steps only look at positions and kinds, so the whole stage is a few linear passes
//! over the lines. Regexes run only on short lines (date lines) and paragraph starts
//! (datelines), never over whole articles.

mod body;
mod chrome;
mod date;
mod headline;
pub mod normalize;

use chrono::NaiveDate;
use serde::Serialize;

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

/// One non-empty line of the normalized text and what it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line<'a> {
    pub text: &'a str,
    /// Index of the blank-line-separated block the line belongs to.
    pub block: usize,
    pub kind: Kind<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind<'a> {
    /// May be article text (or the headline).
    Text,
    /// Navigation, notices, share buttons.
    Chrome,
    /// A breadcrumb trail and its last item.
    Breadcrumb(&'a str),
    Byline,
    /// A line that is a date and little else.
    Date(date::DateLine),
}

/// Splits plain text (a scraped page, a BBC-style file) into headline, date and body.
///
/// Never fails: text with no recognisable headline gets `headline: None`, text with no
/// standalone date or dateline gets `date: None`, and empty text an empty body.
/// `quotes` is left empty: the quotes stage fills it.
pub fn from_text(source: &str, text: &str) -> Article {
    let text = normalize::normalize(text);
    let (lines, blank_lines) = classify(&text);
    let headline = headline::find(&lines);
    let date = date::publication(&lines, headline.as_ref().and_then(|h| h.line));
    let body = body::assemble(&lines, headline.as_ref(), blank_lines);
    Article {
        source: source.to_string(),
        headline: headline.map(|h| h.text),
        date,
        body,
        quotes: Vec::new(),
    }
}

/// Non-empty lines with their block numbers and kinds, and whether any blank line
/// separates two of them.
fn classify(text: &str) -> (Vec<Line<'_>>, bool) {
    let mut lines = Vec::new();
    let mut block = 0;
    let mut after_blank = false;
    let mut blank_lines = false;
    for raw in text.split('\n') {
        // `normalize` already trimmed lines; trimming again is free and keeps this function
        // correct on its own.
        let raw = raw.trim();
        if raw.is_empty() {
            after_blank = true;
            continue;
        }
        if after_blank && !lines.is_empty() {
            block += 1;
            blank_lines = true;
        }
        after_blank = false;
        lines.push(Line {
            text: raw,
            block,
            kind: kind_of(raw),
        });
    }
    (lines, blank_lines)
}

fn kind_of(line: &str) -> Kind<'_> {
    if let Some(hit) = date::date_line(line) {
        return Kind::Date(hit);
    }
    match chrome::classify(line) {
        Some(chrome::Chrome::Furniture) => Kind::Chrome,
        Some(chrome::Chrome::Breadcrumb { last }) => Kind::Breadcrumb(last),
        Some(chrome::Chrome::Byline) => Kind::Byline,
        None => Kind::Text,
    }
}
