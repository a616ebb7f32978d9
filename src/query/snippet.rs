//! A hit's body → a short fragment around the matched terms, with the matches marked as byte
//! ranges so each renderer highlights in its own way (bold on a terminal, `<b>` in JSON).

use serde::Serialize;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Searcher, TantivyDocument};

/// Longest fragment shown per hit, in bytes.
const MAX_FRAGMENT_BYTES: usize = 200;
/// Bytes of a body searched for the best fragment. Finding it tokenizes and stems the text, about
/// 20 ms for a 360 KB "article" (a whole corpus file read as one); news articles are far
/// shorter, so only such giants lose matches past this point (their opening is shown instead).
const MAX_SNIPPET_SOURCE_BYTES: usize = 64 * 1024;

/// A fragment of text with the matched terms' byte ranges.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Snippet {
    pub fragment: String,
    #[serde(skip)]
    pub highlighted: Vec<std::ops::Range<usize>>,
}

impl Snippet {
    /// The fragment with each match wrapped in `open`..`close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.fragment.len() + 16);
        let mut at = 0;
        for r in &self.highlighted {
            if r.start < at || r.end > self.fragment.len() {
                continue;
            }
            out.push_str(&self.fragment[at..r.start]);
            out.push_str(open);
            out.push_str(&self.fragment[r.clone()]);
            out.push_str(close);
            at = r.end;
        }
        out.push_str(&self.fragment[at..]);
        out
    }
}

/// Builds snippets for the hits of one query.
pub struct Snippets {
    generator: SnippetGenerator,
    field: Field,
}

impl Snippets {
    pub fn new(searcher: &Searcher, query: &dyn Query, field: Field) -> tantivy::Result<Snippets> {
        let mut generator = SnippetGenerator::create(searcher, query, field)?;
        generator.set_max_num_chars(MAX_FRAGMENT_BYTES);
        Ok(Snippets { generator, field })
    }

    /// The best fragment of the document's field; the field's opening when no term matched there.
    pub fn make(&self, doc: &TantivyDocument) -> Snippet {
        use tantivy::schema::Value;
        let body = doc
            .get_first(self.field)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let snippet = self
            .generator
            .snippet(prefix(body.trim(), MAX_SNIPPET_SOURCE_BYTES));
        if !snippet.fragment().is_empty() {
            return Snippet {
                fragment: one_line(snippet.fragment()),
                highlighted: snippet.highlighted().to_vec(),
            };
        }
        Snippet {
            fragment: one_line(prefix(body, MAX_FRAGMENT_BYTES)),
            highlighted: Vec::new(),
        }
    }
}

/// At most `max` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Paragraph breaks become spaces so a fragment reads as one line. Byte lengths are unchanged,
/// which keeps the highlight ranges valid.
fn one_line(fragment: &str) -> String {
    fragment.replace(['\n', '\r', '\t'], " ")
}
