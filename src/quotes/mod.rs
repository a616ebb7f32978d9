//! Article body → `Quote`s: finds direct and partial quotes, attributes each to its speaker,
//! and resolves the speaker's canonical name within the article.
//!
//! STUB: owned by the quotes helper; replaced by the real implementation.

use serde::Serialize;

/// One quote found in an article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub text: String,
    /// Canonical speaker: the fullest form of the name in the article, titles stripped. None when
    /// the text does not say who spoke.
    pub speaker: Option<String>,
    /// The words naming the speaker in the attribution ("he", "Lavrov", "a spokesman").
    pub speaker_mention: Option<String>,
    /// A fragment woven into the author's sentence rather than a full quoted statement.
    pub partial: bool,
    /// UTF-8 byte offset of `text` in the body.
    pub start: usize,
    /// UTF-8 byte offset just past `text` in the body.
    pub end: usize,
}

/// Finds the quotes in `body` and attributes them. `headline` is extra evidence for names.
pub fn find_quotes(body: &str, headline: Option<&str>) -> Vec<Quote> {
    let _ = (body, headline);
    Vec::new()
}
