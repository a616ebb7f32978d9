//! Extracted text + gold text → precision and recall over 4-token shingles, the measure of the
//! article-extraction benchmarks: tokens are `\w+` runs, shingles are counted as multisets
//! (a repeated sentence must be extracted twice to be recalled twice), and the per-page
//! precisions and recalls are averaged before the F1 is taken from the two means.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("static regex"));

const N: usize = 4;

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut counts = HashMap::new();
    for w in tokens.windows(N) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    // A text shorter than one shingle still counts as one, so that a short headline or a
    // one-line gold is not an empty set.
    if counts.is_empty() && !tokens.is_empty() {
        counts.insert(tokens, 1);
    }
    counts
}

/// (precision, recall) of `got` against `gold`. An empty extraction has precision 1 (it
/// claims nothing wrong) and recall 0; an empty gold should be skipped by the caller.
pub fn precision_recall(got: &str, gold: &str) -> (f64, f64) {
    let (g, t) = (shingles(got), shingles(gold));
    let got_n: usize = g.values().sum();
    let gold_n: usize = t.values().sum();
    let hit: usize = g
        .iter()
        .map(|(k, n)| (*n).min(t.get(k).copied().unwrap_or(0)))
        .sum();
    let p = if got_n == 0 {
        1.0
    } else {
        hit as f64 / got_n as f64
    };
    let r = if gold_n == 0 {
        1.0
    } else {
        hit as f64 / gold_n as f64
    };
    (p, r)
}

/// Running means of per-page precision and recall.
#[derive(Default)]
pub struct Mean {
    p: f64,
    r: f64,
    n: usize,
}

impl Mean {
    pub fn add(&mut self, (p, r): (f64, f64)) {
        self.p += p;
        self.r += r;
        self.n += 1;
    }

    /// (mean precision, mean recall, F1 of the two means).
    pub fn prf(&self) -> (f64, f64, f64) {
        let n = self.n.max(1) as f64;
        let (p, r) = (self.p / n, self.r / n);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Headlines compared as their lowercased `\w+` tokens: the annotated L3S pages replaced
/// non-ASCII punctuation with `?`, so a byte comparison would fail on every curly quote.
pub fn same_headline(got: &str, gold: &str) -> bool {
    let toks = |s: &str| -> Vec<String> {
        WORD.find_iter(s)
            .map(|m| m.as_str().to_lowercase())
            .collect()
    };
    let g = toks(gold);
    !g.is_empty() && toks(got) == g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        assert_eq!(precision_recall("a b c d e", "a b c d e"), (1.0, 1.0));
    }

    #[test]
    fn half_extracted() {
        let (p, r) = precision_recall("a b c d", "a b c d e f g");
        assert_eq!((p, r), (1.0, 0.25));
    }
}
