//! Scores: extracted fields + gold → numbers. Each metric follows the published scorer of the
//! data set it is used on, so our figures can be set beside the published ones.

use std::collections::HashMap;

use regex::Regex;

/// Body score of one page in the Scrapinghub article-extraction benchmark's terms: true
/// positives, false positives and false negatives over 4-token shingles, normalised to sum to 1
/// so that long articles weigh no more than short ones.
#[derive(Debug, Clone, Copy, Default)]
pub struct ShingleCounts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Tokens are `\w+` runs (Unicode, case kept), as in the benchmark's `evaluate.py`.
pub fn tokens<'a>(re: &Regex, text: &'a str) -> Vec<&'a str> {
    re.find_iter(text).map(|m| m.as_str()).collect()
}

/// Multiset of 4-token shingles; a text of fewer than 4 tokens is one shingle of all of them
/// (the benchmark's rule), and an empty text has none.
fn shingles<'a>(toks: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut counts = HashMap::new();
    if toks.is_empty() {
        return counts;
    }
    if toks.len() < 4 {
        *counts.entry(toks.to_vec()).or_default() += 1;
        return counts;
    }
    for w in toks.windows(4) {
        *counts.entry(w.to_vec()).or_default() += 1;
    }
    counts
}

pub fn shingle_counts(re: &Regex, gold: &str, pred: &str) -> ShingleCounts {
    let g = shingles(&tokens(re, gold));
    let p = shingles(&tokens(re, pred));
    let mut c = ShingleCounts::default();
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        c.tp += gc.min(pc) as f64;
        c.fn_ += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        c.fp += pc.saturating_sub(gc) as f64;
    }
    let s = c.tp + c.fp + c.fn_;
    if s > 0.0 {
        c.tp /= s;
        c.fp /= s;
        c.fn_ /= s;
    }
    c
}

/// Per-page precision (None when the page predicted nothing and had nothing to predict the
/// benchmark way: it is left out of the mean).
pub fn page_precision(c: &ShingleCounts) -> Option<f64> {
    if c.tp + c.fp <= 0.0 {
        return None;
    }
    Some(if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else {
        c.tp / (c.tp + c.fp)
    })
}

pub fn page_recall(c: &ShingleCounts) -> Option<f64> {
    if c.tp + c.fn_ <= 0.0 {
        return None;
    }
    Some(if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else {
        c.tp / (c.tp + c.fn_)
    })
}

/// Mean precision, mean recall and the F1 of those two means (not the mean of per-page F1s).
pub fn macro_prf(counts: &[ShingleCounts]) -> (f64, f64, f64) {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let p = mean(counts.iter().filter_map(page_precision).collect());
    let r = mean(counts.iter().filter_map(page_recall).collect());
    (p, r, f1(p, r))
}

pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Whitespace collapsed to single spaces, so a segment matches across line breaks.
pub fn squash_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Headline comparison key: lowercase, every run of non-alphanumeric characters (punctuation,
/// whitespace, quote styles) collapsed to one space.
pub fn title_key(s: &str) -> String {
    let lower = s.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let re = Regex::new(r"\w+").unwrap();
        let c = shingle_counts(&re, "a b c d e f", "a b c d e f");
        assert_eq!(macro_prf(&[c]), (1.0, 1.0, 1.0));
    }

    #[test]
    fn half_extra_text_halves_precision() {
        let re = Regex::new(r"\w+").unwrap();
        let c = shingle_counts(&re, "a b c d", "a b c d x y z");
        // gold {abcd}; pred {abcd, bcdx, cdxy, dxyz}: tp 1, fp 3.
        let (p, r, _) = macro_prf(&[c]);
        assert!((p - 0.25).abs() < 1e-9 && r == 1.0);
    }

    #[test]
    fn title_key_ignores_case_and_punctuation() {
        assert_eq!(title_key("“Hello,  World!”"), title_key("hello world"));
    }
}
