//! HTML page → `Article` {headline, date, body}.
//!
//! The page is parsed once (html5ever, through `trafilatura::dom`). `meta` reads what the page
//! says about itself from that tree, `title` and `date` choose the headline and publication
//! date from it, and `body` hands the same tree to the content extractor, which prunes it in
//! place — so it goes last.
//!
//! ```text
//!  html ──parse──▶ Document ──meta::collect──▶ PageMeta ──title──▶ headline
//!                     │                            └──────date──▶ date
//!                     └──body::extract (consumes)──▶ text ──paragraphs──▶ body
//! ```

mod body;
mod date;
mod meta;
mod title;

use trafilatura::dom::Document;
use unicode_normalization::UnicodeNormalization;

use crate::article::Article;
use meta::PageMeta;

/// How much of the article's opening text the date finder searches when the markup names no
/// date: a dateline or byline sits in the first lines.
const OPENING_CHARS: usize = 300;

/// Builds an article from an HTML page. Never fails: a page without recognisable content gives
/// an empty body, and missing metadata gives `None` fields. `quotes` is left empty.
pub fn from_html(source: &str, html: &str) -> Article {
    let doc = Document::parse(html);
    let meta = PageMeta::collect(&doc);
    let extracted = body::extract(doc);
    let (text, extractor_title, extractor_date) = match extracted {
        Some(r) => (
            body::text_from_html(&r.content_html),
            r.metadata.title,
            r.metadata.date,
        ),
        None => (String::new(), String::new(), None),
    };
    // NFC: the same headline must compare equal whether a page wrote it precomposed or not.
    let headline = title::headline(&meta)
        .or_else(|| Some(meta::squash(&extractor_title)).filter(|t| !t.is_empty()))
        .map(|t| t.nfc().collect::<String>());
    let body = body::paragraphs(&text, headline.as_deref());
    let opening: String = body.chars().take(OPENING_CHARS).collect();
    let date = date::publication_date(&meta, extractor_date, &opening);
    Article {
        source: source.to_string(),
        headline,
        date,
        body,
        quotes: Vec::new(),
    }
}
