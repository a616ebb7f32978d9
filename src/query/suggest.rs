//! A query that found nothing → "did you mean": each word of the query that is not in the index
//! is replaced by the indexed term within one or two edits that most documents contain.
//!
//! A scan of the `topic` term dictionary rather than a Levenshtein automaton: it only runs when a
//! query found nothing, the length filter skips most terms, and the code stays small.

use std::collections::HashMap;

use tantivy::Searcher;

use crate::index::NewsIndex;

/// Words shorter than this are not corrected (too many neighbours).
const MIN_WORD: usize = 4;

/// The corrected query, or `None` when no word needed (or allowed) a correction.
pub fn did_you_mean(index: &NewsIndex, searcher: &Searcher, text: &str) -> Option<String> {
    let mut changed = false;
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let replacement = correctable(raw).and_then(|(prefix, word, field_name)| {
            // Speakers are corrected against names; every text field against `topic`, which
            // holds the words of them all.
            let field = if field_name == "speaker" {
                index.fields.speaker
            } else {
                index.fields.topic
            };
            let mut analyzer = index.index.tokenizer_for_field(field).ok()?;
            let mut stream = analyzer.token_stream(word);
            let term = if stream.advance() {
                stream.token().text.clone()
            } else {
                return None;
            };
            if doc_freq(searcher, field, &term) > 0 {
                return None;
            }
            best_neighbour(searcher, field, &term).map(|better| format!("{prefix}{better}"))
        });
        match replacement {
            Some(r) => {
                changed = true;
                out.push(r);
            }
            None => out.push(raw.to_string()),
        }
    }
    changed.then(|| out.join(" "))
}

/// Splits `field:word` / `word` into the part to keep, a plain word worth correcting and the
/// field it is searched in. Operators, phrases, ranges, fuzzy and prefix terms, and non-text
/// fields are left alone.
fn correctable(raw: &str) -> Option<(&str, &str, String)> {
    let (prefix, word, field) = match raw.rsplit_once(':') {
        Some((field, word)) => {
            let field = field.trim_start_matches(['+', '-']).to_lowercase();
            if !["topic", "headline", "body", "quote", "speaker"].contains(&field.as_str()) {
                return None;
            }
            (&raw[..raw.len() - word.len()], word, field)
        }
        None => {
            let start = raw.len() - raw.trim_start_matches(['+', '-']).len();
            (&raw[..start], &raw[start..], "topic".to_string())
        }
    };
    let plain = word.chars().all(char::is_alphabetic) && word.chars().count() >= MIN_WORD;
    let operator = ["AND", "OR", "NOT"].contains(&word);
    (plain && !operator).then_some((prefix, word, field))
}

fn doc_freq(searcher: &Searcher, field: tantivy::schema::Field, term: &str) -> u64 {
    searcher
        .doc_freq(&tantivy::Term::from_field_text(field, term))
        .unwrap_or(0)
}

/// The indexed term within the allowed edits of `word` with the highest document frequency.
fn best_neighbour(
    searcher: &Searcher,
    field: tantivy::schema::Field,
    word: &str,
) -> Option<String> {
    let max_edits = if word.chars().count() <= 5 { 1 } else { 2 };
    let mut freq: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut terms) = inverted.terms().stream() else {
            continue;
        };
        while terms.advance() {
            let Ok(term) = std::str::from_utf8(terms.key()) else {
                continue;
            };
            if term.len().abs_diff(word.len()) > max_edits
                || edit_distance(term, word, max_edits) > max_edits
            {
                continue;
            }
            *freq.entry(term.to_string()).or_default() += u64::from(terms.value().doc_freq);
        }
    }
    freq.into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(term, _)| term)
}

/// Levenshtein distance; once it must exceed `limit` it stops early and returns some value
/// above `limit`.
fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return limit + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("lavrof", "lavrov", 2), 1);
        assert_eq!(edit_distance("sanctoins", "sanctions", 2), 2);
        assert!(edit_distance("iran", "brazil", 2) > 2);
    }

    #[test]
    fn only_plain_text_words_are_corrected() {
        let topic = |p, w| Some((p, w, "topic".to_string()));
        assert_eq!(correctable("lavrof"), topic("", "lavrof"));
        assert_eq!(correctable("+lavrof"), topic("+", "lavrof"));
        assert_eq!(
            correctable("headline:sancions"),
            Some(("headline:", "sancions", "headline".to_string()))
        );
        assert_eq!(
            correctable("speaker:lavrof"),
            Some(("speaker:", "lavrof", "speaker".to_string()))
        );
        assert_eq!(correctable("date:2019"), None);
        assert_eq!(correctable("AND"), None);
        assert_eq!(correctable("\"nuclear"), None);
        assert_eq!(correctable("iran"), topic("", "iran"));
        assert_eq!(correctable("war"), None);
    }
}
