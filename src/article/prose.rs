//! Classified lines → which of them read like article prose, by the jusText method
//! (Pomikálek, "Removing boilerplate and duplicate content from web corpora", 2011): each
//! line is a paragraph, judged first alone by its length and its share of stop words, then
//! again by its neighbours.
//!
//! Why stop words: running text is held together by function words ("the", "of", "and"),
//! about a third of its words; menus, link titles, tag clouds, stock tickers and lists of names
//! have almost none, however long they are. Length alone cannot tell a paragraph from a
//! 60-word list of company names; stop-word density can.
//!
//! - alone: furniture is `Bad`; a line under `LENGTH_LOW` characters is `Short` (a subheading,
//!   a link title, a one-line answer: undecided); a longer line is `Good` if dense in stop words
//!   and long, `NearGood` if fairly dense, `Bad` if not.
//! - in context: a `Short` line between good neighbours (skipping other short and near-good
//!   lines) is good, between bad ones bad; a `NearGood` line is good unless both neighbours are
//!   bad. The page edges count as bad neighbours.
//!
//! Stop words are the most frequent function words of English, German, French, Spanish,
//! Italian, Portuguese and Dutch in one list: a union costs English a little density and keeps
//! the method working on the other languages news corpora hold. A text whose prose has almost
//! no stop words at all is in some other language: the density test is then skipped and length
//! decides alone.

use crate::fast_hash::{word_key, KeySet};
use std::sync::LazyLock;

use super::{Kind, Line};

/// jusText's thresholds (characters; share of words).
const LENGTH_LOW: usize = 70;
const LENGTH_HIGH: usize = 200;
const STOPWORDS_LOW: f64 = 0.30;
const STOPWORDS_HIGH: f64 = 0.32;
/// Below this stop-word share over the whole text, the list does not know its language.
const KNOWN_LANGUAGE: f64 = 0.12;
/// A line with a punctuation mark (`.,;:!?`) every this many words or fewer is written text.
const PUNCTUATED_WORDS: usize = 8;

/// A line's class, alone and then in context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    // English
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "last", "like", "many", "may", "me", "more", "most", "much", "my", "new", "no", "not", "now",
    "of", "on", "one", "only", "or", "other", "our", "out", "over", "said", "says", "she",
    "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "two", "under", "up", "us", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
    "with", "would", "year", "years", "you", "your", "because", "between", "both", "each", "even",
    "first", "here", "still", "since", "being", "against", "during", "without", "own", "same",
    "off", "again", "further", "once", "am", "having", "doing", "until", "down", "few", "nor",
    "s", "t", "don", "ve", "ll", "re", "d", "m", "way", "well", "back", "get", "got", "make",
    "made", "people", "time", "told", "going", "think", "know", "want", "say", "see", "come",
    "came", "around", "including", "despite", "among", "across", "along", "although", "another",
    "anything", "away", "become", "became", "best", "better", "call", "called", "cannot", "day",
    "days", "every", "found", "give", "given", "go", "good", "great", "however", "later", "least",
    "less", "little", "long", "look", "man", "might", "must", "need", "never", "next", "old",
    "part", "put", "really", "right", "second", "set", "show", "take", "taken", "three", "took",
    "used", "use", "want", "week", "went", "whether", "within", "work", "world", "yet", "ago",
    "already", "always", "around", "based", "big", "come", "end", "far", "four", "high", "home",
    "keep", "left", "let", "lot", "major", "means", "often", "per", "place", "point", "rather",
    "recent", "recently", "run", "something", "state", "though", "thing", "things", "together",
    "toward", "towards", "upon", "via", "whose", "won", "according", "added", "asked",
    "either", "else", "enough", "ever", "everything", "former", "half", "hers", "herself",
    "himself", "itself", "myself", "ourselves", "themselves", "yourself", "instead", "known",
    "likely", "making", "nothing", "others", "perhaps", "quite", "saying", "seen", "several",
    "shall", "six", "five", "ten", "someone", "soon", "sure", "tell", "thus", "top", "under",
    "unless", "using", "whatever", "whole", "isn", "wasn", "aren", "weren",
    "didn", "doesn", "hasn", "haven", "couldn", "wouldn", "shouldn",
    // German
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "den",
    "dem", "des", "zu", "mit", "sich", "auf", "für", "von", "im", "auch", "es", "sie", "er",
    "wir", "ich", "aber", "wie", "bei", "nach", "noch", "oder", "aus", "wird", "werden", "wurde",
    "sind", "hat", "haben", "nur", "kann", "dass", "über", "vor", "zum", "zur", "um", "so",
    "wenn", "war", "man", "sein", "schon", "mehr",
    // French
    "le", "la", "les", "et", "un", "une", "des", "du", "en", "est", "que", "qui", "dans",
    "pour", "pas", "sur", "au", "aux", "ce", "il", "elle", "ne", "se", "par", "plus", "avec",
    "son", "sa", "ses", "ont", "été", "être", "à", "où", "mais", "ou", "nous", "vous", "ils",
    "leur", "sont", "cette", "fait", "comme",
    // Spanish, Portuguese, Italian
    "el", "los", "las", "y", "es", "que", "por", "con", "para", "una", "uno", "su", "sus", "al",
    "del", "lo", "como", "más", "pero", "fue", "ha", "este", "esta", "o", "e", "os", "as", "um",
    "uma", "não", "na", "no", "nos", "da", "do", "das", "dos", "em", "ao", "mais", "foi", "il",
    "di", "che", "è", "per", "non", "gli", "della", "delle", "nel", "sono", "si", "ma", "anche",
    // Dutch
    "het", "een", "van", "niet", "zijn", "op", "te", "voor", "met", "dat", "ook", "maar", "bij",
    "werd", "wordt", "naar", "om", "heeft", "aan",
];

/// The stop words as integer keys (`word_key`): asked of every word of every long line, so an
/// integer table beats hashing the word's bytes (and a sorted list's binary search, which
/// profiled at half this function's cycles).
static STOP: LazyLock<KeySet> =
    LazyLock::new(|| KeySet::new(STOP_WORDS.iter().filter_map(|w| word_key(w.as_bytes()))));

/// Lines longer than this are judged on their first this many bytes.
const SAMPLE_BYTES: usize = 20_000;

/// One line's verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judged {
    /// On the line's own evidence.
    pub alone: Class,
    /// After the context pass: only `Good` or `Bad`.
    pub context: Class,
}

/// Per line: characters, words, stop words.
struct Stats {
    chars: usize,
    words: usize,
    stop: usize,
    /// Punctuation marks that end a sentence or separate items.
    marks: usize,
    /// Sentence ends followed by another sentence (". T", "? T").
    sentences: usize,
}

fn stats(line: &str) -> Stats {
    // A sample decides a very long line (a 10 MB single-line file) as well as all of it.
    let text = line
        .get(..line.floor_char_boundary(SAMPLE_BYTES))
        .unwrap_or(line);
    let mut s = Stats {
        // (std counts chars eight bytes at a time.)
        chars: text.chars().count(),
        words: 0,
        stop: 0,
        marks: 0,
        sentences: 0,
    };
    // One pass over the bytes for the mark and sentence counts.
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?') {
            s.marks += 1;
            s.sentences += usize::from(
                matches!(b, b'.' | b'!' | b'?')
                    && bytes.get(i + 1) == Some(&b' ')
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase),
            );
        }
    }
    let mut buf = String::new();
    for word in words(text) {
        s.words += 1;
        // Stop words are short: longer words need no lookup (and no lowercasing).
        if word.len() > 8 {
            continue;
        }
        // "don't", "l'État": the part before an apostrophe decides.
        let head = &word[..apostrophe(word).unwrap_or(word.len())];
        let key = if head.is_ascii() {
            word_key(head.as_bytes())
        } else {
            buf.clear();
            buf.extend(head.chars().flat_map(char::to_lowercase));
            word_key(buf.as_bytes())
        };
        s.stop += usize::from(key.is_some_and(|k| STOP.contains(k)));
    }
    s
}

/// The words of `text` as `split_whitespace` cuts them, each trimmed of the characters at its
/// edges that are not alphanumeric, empty ones left out. Read a byte at a time, decoding a char
/// only where one could be a non-ASCII space: the char iterators cost hundreds of instructions
/// a word and made this the largest cost of the article stage.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let len = text.len();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < len {
            let (space, width) = space_at(text, i);
            if space {
                i += width;
                continue;
            }
            let start = i;
            while i < len {
                // Printable ASCII, nearly every byte, in a tight loop; the rest asks `space_at`.
                if (b'!'..0x80).contains(&bytes[i]) {
                    i += 1;
                    continue;
                }
                let (space, width) = space_at(text, i);
                if space {
                    break;
                }
                i += width;
            }
            let word = trim(&text[start..i]);
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    })
}

/// Whether a whitespace char starts at byte `i` of `text` (a char boundary or a continuation
/// byte), and how many bytes to step. Only the lead bytes of Unicode's non-ASCII spaces
/// (U+0085 and U+00A0, U+1680, U+2000–U+205F, U+3000) need decoding; those bytes are never
/// continuation bytes, so stepping over any other byte singly keeps to char boundaries.
fn space_at(text: &str, i: usize) -> (bool, usize) {
    match text.as_bytes()[i] {
        b' ' | b'\t'..=b'\r' => (true, 1),
        0xC2 | 0xE1 | 0xE2 | 0xE3 => match text.get(i..).and_then(|t| t.chars().next()) {
            Some(c) => (c.is_whitespace(), c.len_utf8()),
            None => (false, 1),
        },
        _ => (false, 1),
    }
}

/// The byte offset of the first `'` or `’` in `word`.
fn apostrophe(word: &str) -> Option<usize> {
    const CURLY: &[u8] = "’".as_bytes();
    let bytes = word.as_bytes();
    (0..bytes.len()).find(|&i| bytes[i] == b'\'' || bytes[i..].starts_with(CURLY))
}

/// `word` without the characters at its edges that are not alphanumeric.
#[inline]
fn trim(word: &str) -> &str {
    let bytes = word.as_bytes();
    // Most words start and end on an ASCII letter or digit: nothing to trim.
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return word;
    }
    let (mut start, mut end) = (0, bytes.len());
    while start < end {
        let b = bytes[start];
        if b.is_ascii_alphanumeric() {
            break;
        }
        if b.is_ascii() {
            start += 1;
            continue;
        }
        match word[start..end].chars().next() {
            Some(c) if !c.is_alphanumeric() => start += c.len_utf8(),
            _ => break,
        }
    }
    while start < end {
        let b = bytes[end - 1];
        if b.is_ascii_alphanumeric() {
            break;
        }
        if b.is_ascii() {
            end -= 1;
            continue;
        }
        match word[start..end].chars().next_back() {
            Some(c) if !c.is_alphanumeric() => end -= c.len_utf8(),
            _ => break,
        }
    }
    &word[start..end]
}

/// Each line's class alone and in context (see the module comment), one per line of `lines`.
pub fn classify(lines: &[Line<'_>]) -> Vec<Judged> {
    let stats: Vec<Option<Stats>> = lines
        .iter()
        // Lines too short to be judged alone need no counting (most lines of a page dump).
        .map(|l| (l.kind == Kind::Text && l.text.len() >= LENGTH_LOW).then(|| stats(l.text)))
        .collect();
    let (words, stop) = stats
        .iter()
        .flatten()
        .fold((0, 0), |(w, s), st| (w + st.words, s + st.stop));
    let known = words > 0 && stop as f64 >= KNOWN_LANGUAGE * words as f64;
    let alone: Vec<Class> = lines
        .iter()
        .zip(&stats)
        .map(|(line, st)| match (line.kind, st) {
            (Kind::Text, Some(st)) => class_alone(st, known),
            // Too short to judge alone, or a byline or date: the neighbours decide.
            (Kind::Text, None) | (Kind::Byline | Kind::Date(_), _) => Class::Short,
            _ => Class::Bad,
        })
        .collect();
    let context = in_context(&alone);
    alone
        .into_iter()
        .zip(context)
        .map(|(alone, context)| Judged { alone, context })
        .collect()
}

fn class_alone(st: &Stats, known_language: bool) -> Class {
    if st.chars < LENGTH_LOW {
        return Class::Short;
    }
    let density = if known_language {
        st.stop as f64 / st.words.max(1) as f64
    } else {
        1.0
    };
    if density >= STOPWORDS_HIGH {
        if st.chars > LENGTH_HIGH {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if density >= STOPWORDS_LOW
        || st.marks * PUNCTUATED_WORDS >= st.words
        || st.sentences >= 2
    {
        // A list written as text ("White, Buxton, Day (Larkin 71). Subs: ...") is punctuated
        // like prose, and a line of several sentences is prose full of names; link lists,
        // tag clouds and tickers are neither.
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// jusText's context pass: short lines, then near-good lines, judged by their neighbours.
fn in_context(alone: &[Class]) -> Vec<Class> {
    // The nearest decided neighbour on each side, skipping short lines (`decided`) or short and
    // near-good lines (`firm`); the page edge counts as bad. Two passes each way keep the pass
    // linear on pages of thousands of short lines.
    let is_decided = |c: Class| c != Class::Short;
    let is_firm = |c: Class| c != Class::Short && c != Class::NearGood;
    let prev_decided = nearest(alone.iter().copied(), is_decided);
    let prev_firm = nearest(alone.iter().copied(), is_firm);
    let mut next_decided = nearest(alone.iter().rev().copied(), is_decided);
    let mut next_firm = nearest(alone.iter().rev().copied(), is_firm);
    next_decided.reverse();
    next_firm.reverse();

    let mut out = alone.to_vec();
    for (i, class) in alone.iter().enumerate() {
        let (prev, next) = (prev_firm[i], next_firm[i]);
        out[i] = match class {
            Class::Short => match (prev, next) {
                (Class::Good, Class::Good) => Class::Good,
                (Class::Bad, Class::Bad) => Class::Bad,
                // One good and one bad side: good if the bad side has a near-good line closer.
                _ if (prev == Class::Bad && prev_decided[i] == Class::NearGood)
                    || (next == Class::Bad && next_decided[i] == Class::NearGood) =>
                {
                    Class::Good
                }
                _ => Class::Bad,
            },
            Class::NearGood if prev == Class::Bad && next == Class::Bad => Class::Bad,
            Class::NearGood => Class::Good,
            other => *other,
        };
    }
    out
}

/// For each position of `classes`, the last class before it that passes `keep` (`Bad` if none).
fn nearest(classes: impl Iterator<Item = Class>, keep: impl Fn(Class) -> bool) -> Vec<Class> {
    let mut last = Class::Bad;
    classes
        .map(|c| {
            let before = last;
            if keep(c) {
                last = c;
            }
            before
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::classify as lines_of;
    use super::*;

    fn classes(text: &str) -> Vec<Class> {
        let (lines, _) = lines_of(text);
        classify(&lines).iter().map(|j| j.context).collect()
    }

    const PARAGRAPH: &str = "The council said on Tuesday that it would spend more on the flood wall, which failed twice last winter and left hundreds of homes under water for a week, and that work on the new wall would start early in the spring.";

    #[test]
    fn prose_is_good_and_a_list_of_names_is_bad() {
        let names = "Aarti Drugs Aban Offshore ABB Abbott India ABC Bearings ABG Heavy ABG Shipyard Abhishek Industries Adani Enterprises";
        let c = classes(&format!("{PARAGRAPH}\n{PARAGRAPH}\n{names}"));
        assert_eq!(c, vec![Class::Good, Class::Good, Class::Bad]);
    }

    #[test]
    fn short_line_takes_its_neighbours_class() {
        let c = classes(&format!(
            "{PARAGRAPH}\nA subheading\n{PARAGRAPH}\nHome\nSport"
        ));
        assert_eq!(c[1], Class::Good, "subheading inside the article");
        assert_eq!(c[3..], [Class::Bad, Class::Bad], "menu after it");
    }

    #[test]
    fn words_are_cut_and_trimmed_as_the_char_iterators_would() {
        // Non-ASCII spaces, punctuation and letters at the edges, a vertical tab, "l'État".
        let text = "«Don’t» say\u{a0}“l'État”—\u{b}it's (Ωmega) ... 3.5% naïve\u{2009}café— 東京。 -- ¡Sí!";
        let reference: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(words(text).collect::<Vec<_>>(), reference);
        assert_eq!(reference.len(), 10, "{reference:?}");
        let st = stats("Don’t say l'État, it's THE naïve café of an Ωmega.");
        assert_eq!((st.words, st.stop), (10, 6), "don, say, it, the, of, an");
    }

    #[test]
    fn unknown_language_is_judged_by_length() {
        let line = "Ово је дуга реченица на српском језику која говори о поплавама и одлуци градског већа да потроши више новца.";
        // Near-good alone (no density test), then bad between the page edges.
        assert_eq!(classes(line), vec![Class::Bad]);
        let long = format!("{line} {line}");
        assert_eq!(classes(&long), vec![Class::Good]);
    }
}
