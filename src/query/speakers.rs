//! Speakers ranked by how many of the quotes matching a query they have, with the dates of
//! their first and last matching quote: "who talks about Iran?".
//!
//! Each article names a speaker in its own way; the index stores the fullest form within one
//! article ("Sergei Lavrov" when the article has it, "Lavrov" when it only says that). Across
//! articles, a one-word name is merged into the only longer name that ends with it, so "Lavrov"
//! and "Sergei Lavrov" count as one speaker; when two longer names share the surname (two
//! Lunds), the one-word name stays apart rather than being guessed. Descriptions with no name
//! in them ("a spokesman", "the report", "officials") are left out of the ranking: each
//! stands for a different person in every article, so their sum names nobody.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Error;
use crate::index::schema::KIND_QUOTE;
use crate::index::NewsIndex;
use crate::query::facets::{self, FacetKind, KeyStats};
use crate::query::{self, SearchOptions};

/// One speaker's line in the ranking.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerCount {
    pub rank: usize,
    pub speaker: String,
    pub quotes: u64,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Other spellings merged into this speaker ("Lavrov").
    pub aliases: Vec<String>,
}

/// Ranks speakers among the quotes matching `text` (`*` for all quotes).
pub fn rank(
    index: &NewsIndex,
    text: &str,
    options: &SearchOptions,
) -> Result<Vec<SpeakerCount>, Error> {
    let f = &index.fields;
    let default_fields = vec![(f.quote_topic, 1.0), (f.quote, 2.0)];
    let prepared = query::prepare(
        index,
        text,
        KIND_QUOTE,
        default_fields,
        crate::query::quotes::QUOTE_FIELDS,
        options,
    )?;
    let searcher = query::searcher(index)?;
    let stats = facets::collect(index, &searcher, &prepared.query, FacetKind::Speaker)?;
    let named = stats
        .into_iter()
        .filter(|(k, _)| names_someone(k))
        .collect();
    let mut merged: Vec<(String, KeyStats, Vec<String>)> = merge_surnames(named);
    merged.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    Ok(merged
        .into_iter()
        .skip(options.offset)
        .take(options.limit)
        .enumerate()
        .map(|(i, (speaker, s, aliases))| SpeakerCount {
            rank: options.offset + i + 1,
            speaker,
            quotes: s.count,
            first: s.first,
            last: s.last,
            aliases,
        })
        .collect())
}

/// A speaker with a capital letter in it: a name ("Sergei Lavrov", "the Kremlin"), not a bare
/// description ("a spokesman") or an indefinite one ("a Western diplomat", summed across
/// articles it is many people).
fn names_someone(speaker: &str) -> bool {
    let indefinite = speaker.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "a" | "an" | "another" | "one" | "some" | "several" | "two" | "three" | "many"
        )
    });
    !indefinite && speaker.chars().any(char::is_uppercase)
}

/// Merges each one-word name into the only longer name ending with that word.
fn merge_surnames(stats: HashMap<String, KeyStats>) -> Vec<(String, KeyStats, Vec<String>)> {
    let surname = |name: &str| name.split_whitespace().last().map(str::to_lowercase);
    let mut by_surname: HashMap<String, Vec<String>> = HashMap::new();
    for name in stats.keys() {
        if name.split_whitespace().count() > 1 {
            if let Some(s) = surname(name) {
                by_surname.entry(s).or_default().push(name.clone());
            }
        }
    }
    let mut out: HashMap<String, (KeyStats, Vec<String>)> = HashMap::new();
    for (name, s) in stats {
        let target = match by_surname.get(&name.to_lowercase()) {
            Some(full) if full.len() == 1 && name.split_whitespace().count() == 1 => {
                full[0].clone()
            }
            _ => name.clone(),
        };
        let entry = out.entry(target.clone()).or_default();
        entry.0.merge(s);
        if target != name {
            entry.1.push(name);
        }
    }
    out.into_iter().map(|(k, (s, a))| (k, s, a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(n: u64) -> KeyStats {
        KeyStats {
            count: n,
            first: None,
            last: None,
        }
    }

    #[test]
    fn descriptions_name_nobody() {
        assert!(names_someone("Sergei Lavrov"));
        assert!(names_someone("the Kremlin"));
        assert!(!names_someone("a spokesman"));
        assert!(!names_someone("the report"));
        assert!(!names_someone("a Western diplomat"));
        assert!(names_someone("Tony Blair's official spokesman"));
    }

    #[test]
    fn surname_merges_into_the_only_full_name() {
        let m = merge_surnames(HashMap::from([
            ("Lavrov".to_string(), stats(2)),
            ("Sergei Lavrov".to_string(), stats(3)),
            ("Lund".to_string(), stats(1)),
            ("Henrik Lund".to_string(), stats(1)),
            ("Kristin Lund".to_string(), stats(1)),
        ]));
        let get = |n: &str| {
            m.iter()
                .find(|(k, _, _)| k == n)
                .map(|(_, s, a)| (s.count, a.clone()))
        };
        assert_eq!(get("Sergei Lavrov"), Some((5, vec!["Lavrov".to_string()])));
        assert_eq!(get("Lavrov"), None);
        assert_eq!(
            get("Lund").map(|x| x.0),
            Some(1),
            "ambiguous surname stays apart"
        );
    }
}
