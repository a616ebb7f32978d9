//! A hit's body → up to three short fragments around the matched terms, with every match marked
//! as a byte range, so each renderer highlights in its own way (bold on a terminal, `<b>` in JSON).
//!
//! Written here rather than with tantivy's `SnippetGenerator`, which returns a single fragment:
//! a long article often matches in its opening and again further down, and both are worth
//! showing. The body is tokenized with the field's own analyzer, so stemmed matches
//! ("sanctions" for `sanction`) and every word of a phrase are highlighted.

use std::collections::HashSet;
use std::ops::Range;

use serde::Serialize;
use tantivy::query::Query;
use tantivy::schema::{Field, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, TantivyDocument};

/// Fragments shown per hit at most.
const MAX_FRAGMENTS: usize = 3;
/// Length of one fragment, in bytes (cut at word boundaries).
const FRAGMENT_BYTES: usize = 160;
/// Context kept before the first match of a fragment.
const LEAD_BYTES: usize = 40;
/// Bytes of a body searched for matches. Finding them tokenizes and stems the text, about 20 ms
/// for a 360 KB "article" (a whole corpus file read as one); news articles are far shorter, so
/// only such giants lose matches past this point.
const MAX_SNIPPET_SOURCE_BYTES: usize = 64 * 1024;

/// Fragments of text with the matched terms' byte ranges (relative to each fragment).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Snippet {
    pub fragments: Vec<Fragment>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Fragment {
    pub text: String,
    #[serde(skip)]
    pub highlighted: Vec<Range<usize>>,
}

impl Snippet {
    /// The fragments joined by " … ", each match wrapped in `open`..`close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let parts: Vec<String> = self
            .fragments
            .iter()
            .map(|f| {
                let mut out = String::with_capacity(f.text.len() + 16);
                let mut at = 0;
                for r in &f.highlighted {
                    if r.start < at || r.end > f.text.len() {
                        continue;
                    }
                    out.push_str(&f.text[at..r.start]);
                    out.push_str(open);
                    out.push_str(&f.text[r.clone()]);
                    out.push_str(close);
                    at = r.end;
                }
                out.push_str(&f.text[at..]);
                out
            })
            .collect();
        parts.join(" … ")
    }
}

/// Builds snippets of one field for the hits of one query.
pub struct Snippets {
    terms: HashSet<String>,
    analyzer: TextAnalyzer,
    field: Field,
}

impl Snippets {
    /// Collects the query's terms on `field`. Automaton terms (prefix, fuzzy) have no fixed
    /// text and are not highlighted.
    pub fn new(index: &Index, query: &dyn Query, field: Field) -> tantivy::Result<Snippets> {
        let mut terms = HashSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                if let Some(text) = term.value().as_str() {
                    terms.insert(text.to_string());
                }
            }
        });
        Ok(Snippets {
            terms,
            analyzer: index.tokenizer_for_field(field)?,
            field,
        })
    }

    /// The best fragments of the document's field, in text order; the field's opening when no
    /// term matched.
    pub fn make(&self, doc: &TantivyDocument) -> Snippet {
        let body = doc
            .get_first(self.field)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        self.of_text(&body[..body.floor_char_boundary(MAX_SNIPPET_SOURCE_BYTES)])
    }

    fn of_text(&self, body: &str) -> Snippet {
        let matches = self.matches(body);
        if matches.is_empty() {
            let end = body.floor_char_boundary(FRAGMENT_BYTES);
            return Snippet {
                fragments: vec![fragment(body, 0..end, &[])],
            };
        }
        let mut windows = choose_windows(body, &matches);
        windows.sort_by_key(|w| w.start);
        Snippet {
            fragments: windows
                .into_iter()
                .map(|w| fragment(body, w, &matches))
                .collect(),
        }
    }

    /// Byte ranges of every token of `body` that is one of the query's terms.
    fn matches(&self, body: &str) -> Vec<(Range<usize>, String)> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let mut analyzer = self.analyzer.clone();
        let mut stream = analyzer.token_stream(body);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            if self.terms.contains(&t.text) {
                out.push((t.offset_from..t.offset_to, t.text.clone()));
            }
        }
        out
    }
}

/// Picks up to `MAX_FRAGMENTS` non-overlapping windows, each the one holding the most distinct
/// query terms (then the most matches) among those starting just before a match.
fn choose_windows(body: &str, matches: &[(Range<usize>, String)]) -> Vec<Range<usize>> {
    let mut chosen: Vec<Range<usize>> = Vec::new();
    while chosen.len() < MAX_FRAGMENTS {
        let mut best: Option<(usize, usize, Range<usize>)> = None;
        for (m, _) in matches {
            let start = body.floor_char_boundary(m.start.saturating_sub(LEAD_BYTES));
            let end = body.floor_char_boundary(start + FRAGMENT_BYTES);
            let window = word_start(body, start)..end;
            if chosen
                .iter()
                .any(|c| c.start < window.end && window.start < c.end)
            {
                continue;
            }
            let inside: Vec<&String> = matches
                .iter()
                .filter(|(r, _)| r.start >= window.start && r.end <= window.end)
                .map(|(_, t)| t)
                .collect();
            let distinct = inside.iter().collect::<HashSet<_>>().len();
            let better = best
                .as_ref()
                .is_none_or(|(d, n, _)| (distinct, inside.len()) > (*d, *n));
            if better {
                best = Some((distinct, inside.len(), window));
            }
        }
        match best {
            Some((_, _, w)) => chosen.push(w),
            None => break,
        }
    }
    chosen
}

/// One fragment: the window's text on one line, with the matches inside it.
fn fragment(body: &str, window: Range<usize>, matches: &[(Range<usize>, String)]) -> Fragment {
    let end = word_end(body, window.end);
    let text = body[window.start..end].replace(['\n', '\r', '\t'], " ");
    let highlighted = matches
        .iter()
        .filter(|(r, _)| r.start >= window.start && r.end <= end)
        .map(|(r, _)| r.start - window.start..r.end - window.start)
        .collect();
    Fragment { text, highlighted }
}

/// Moves a fragment start forward to the beginning of a word.
fn word_start(s: &str, i: usize) -> usize {
    if i == 0 || s[..i].ends_with(char::is_whitespace) {
        return i;
    }
    s[i..].find(char::is_whitespace).map_or(i, |j| i + j + 1)
}

/// Moves a fragment end back to the end of a word.
fn word_end(s: &str, i: usize) -> usize {
    if i >= s.len() || s[i..].starts_with(char::is_whitespace) {
        return i;
    }
    s[..i].rfind(char::is_whitespace).unwrap_or(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::{build_schema, register_tokenizers};

    fn snippets(words: &[&str]) -> Snippets {
        let index = Index::create_in_ram(build_schema());
        register_tokenizers(&index);
        let field = index.schema().get_field("body").unwrap();
        let mut analyzer = index.tokenizer_for_field(field).unwrap();
        let mut terms = HashSet::new();
        for w in words {
            let mut s = analyzer.token_stream(w);
            while s.advance() {
                terms.insert(s.token().text.clone());
            }
        }
        Snippets {
            terms,
            analyzer,
            field,
        }
    }

    #[test]
    fn matches_far_apart_give_separate_fragments_in_text_order() {
        let filler = "Nothing of note happened in the meantime at all. ".repeat(8);
        let body = format!("Sanctions were announced today. {filler}Iran responded with anger.");
        let s = snippets(&["iran", "sanction"]).of_text(&body);
        assert_eq!(s.fragments.len(), 2, "{s:?}");
        let marked = s.marked("<b>", "</b>");
        assert!(marked.starts_with("<b>Sanctions</b> were"), "{marked}");
        assert!(marked.contains(" … "), "{marked}");
        assert!(marked.contains("<b>Iran</b> responded"), "{marked}");
    }

    #[test]
    fn no_match_gives_the_opening() {
        let s = snippets(&["brazil"]).of_text("A quiet day in Vienna.\n\nTalks went on.");
        assert_eq!(s.marked("[", "]"), "A quiet day in Vienna.  Talks went on.");
    }

    #[test]
    fn fragments_never_split_a_multibyte_character() {
        let body = "é".repeat(300) + " iran " + &"ü".repeat(300);
        let s = snippets(&["iran"]).of_text(&body);
        assert!(s.marked("<", ">").contains("<iran>"));
    }
}
