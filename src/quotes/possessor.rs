//! Speech nouns → their possessor as the quote's speaker: `her March comment that, "..."`,
//! `in Forbes' words, "..."`, `in the words of one aide, "..."`, `Obama's "if you like your plan" promise`. In: the token stream
//! and the quote's sentence range; out: the possessor's mention. Split from `before.rs`, which
//! tries it first.

use super::forward::forward_np;
use super::given_names;
use super::lexicon::{
    gender_of_word, is_title, possessive_pronoun, pronoun, pronoun_gender, Gender, CUE, DET, PART,
    POSS,
};
use super::np::{name_mention, punct, word, Mention, MentionKind};
use super::runs::run_to;
use super::tokens::{Kind, Tok};

/// Nouns of speech whose possessor is the speaker of the quote they introduce: `her March
/// comment that, "..."`, `in Forbes' words, "..."`, `Trump stood by his claim that "..."`.
pub(super) const SPEECH_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "claim",
    "promise",
    "pledge",
    "words",
    "assertion",
    "warning",
    "vow",
    "quip",
    "slogan",
    "dictum",
    "motto",
    "mantra",
    "catchphrase",
    "refrain",
    "boast",
    "declaration",
    "insistence",
    "admission",
    "view",
    "argument",
    "complaint",
    "suggestion",
    "description",
    "prediction",
    "tweet",
    "message",
];

/// The possessor of a speech noun standing right before the quote (past "that", "was", a
/// comma or a colon): `his comment that "..."`, `Obama's promise: "..."`.
pub(super) fn possessor_cue(body: &str, toks: &[Tok], lo: usize, qi: usize) -> Option<Mention> {
    let speech_noun = |k: usize| word(body, toks, k).is_some_and(|w| SPEECH_NOUNS.contains(&w));
    // `It was, in the words of one aide, "a total mess."`
    let words_of = (qi.saturating_sub(10).max(lo + 3)..qi).find(|&j| {
        word(body, toks, j) == Some("of")
            && word(body, toks, j - 1) == Some("words")
            && word(body, toks, j - 2) == Some("the")
            && word(body, toks, j - 3).is_some_and(|w| w.eq_ignore_ascii_case("in"))
    });
    if let Some(m) = words_of.and_then(|j| forward_np(body, toks, j + 1, qi)) {
        return Some(m);
    }
    let mut k = qi.checked_sub(1)?;
    // `Obama's "if you like your plan, you can keep it" promise`: the noun after the quote.
    if k >= lo && toks[k].is(POSS) && speech_noun(qi + 1) {
        return run_to(body, toks, k)
            .filter(|&s| s >= lo)
            .map(|s| name_mention(body, toks, lo, s, k));
    }
    // `Trump's pledge to be "neutral"`, `his vow to "fight"`: the noun's infinitive.
    if k > lo + 2 && word(body, toks, k) == Some("to") && speech_noun(k - 1) {
        k -= 1;
    } else if k > lo + 3
        && word(body, toks, k - 1) == Some("to")
        && word(body, toks, k).is_some_and(|v| v.starts_with(|c: char| c.is_ascii_lowercase()))
        && speech_noun(k - 2)
    {
        k -= 2;
    }
    while k > lo
        && qi - k <= 4
        // "was"/"is" only before a comma or colon (`his dictum was, "..."`): in `her tweet was
        // "a joke"` the quote is what the reporter says the tweet was.
        && (word(body, toks, k) == Some("that")
            || (matches!(word(body, toks, k), Some("was" | "is"))
                && matches!(punct(body, toks, k + 1), Some("," | ":")))
            || word(body, toks, k).is_some_and(super::time_phrases::is_weekday_word)
            || matches!(punct(body, toks, k), Some("," | ":")))
    {
        k -= 1;
    }
    // `Trump's claim that there have been "thousands of shootings"`: the noun's "that" clause
    // holds the quote, with no speech verb or other quote in between.
    if !speech_noun(k) {
        let that = (qi.saturating_sub(12).max(lo + 1)..qi)
            .rev()
            .take_while(|&j| toks[j].kind == Kind::Word && !toks[j].is(CUE | PART))
            .find(|&j| word(body, toks, j) == Some("that") && speech_noun(j - 1));
        if let Some(j) = that {
            k = j - 1;
        }
    }
    // Something must introduce the quote: in `Ryan said Ginsburg's comments "show bias"` the
    // noun is the subject of a reported clause and the quote its predicate.
    if k <= lo || k + 1 == qi || !speech_noun(k) {
        return None;
    }
    // One modifier may stand between: "her March comment", "his now-famous promise".
    let possessor = |p: usize| {
        let w = word(body, toks, p)?;
        if matches!(w, "his" | "her" | "their" | "His" | "Her" | "Their") {
            return Some(Mention {
                first: p,
                last: p,
                kind: MentionKind::Pronoun,
            });
        }
        let s = toks[p]
            .is(POSS)
            .then(|| run_to(body, toks, p))
            .flatten()
            .filter(|&s| s >= lo)?;
        Some(name_mention(body, toks, lo, s, p))
    };
    let m = possessor(k - 1).or_else(|| {
        let modifier = word(body, toks, k - 1).is_some() && !toks[k - 1].is(POSS | DET | CUE);
        (k > lo + 1 && modifier).then(|| possessor(k - 2)).flatten()
    })?;
    Some(bound_subject(body, toks, lo, m).unwrap_or(m))
}

/// `De Blasio also repeated his claim that "..."`, `Trump stood by his comment that "..."`: a
/// possessive pronoun right after its clause's verb is that clause's subject, and the annotation
/// names the subject as written. A subject of the other gender ("Trump mocked her claim") is
/// someone else.
fn bound_subject(body: &str, toks: &[Tok], lo: usize, m: Mention) -> Option<Mention> {
    if m.kind != MentionKind::Pronoun {
        return None;
    }
    let poss = word(body, toks, m.first)?.to_ascii_lowercase();
    let mut v = m.first.checked_sub(1).filter(|&v| v > lo)?;
    if matches!(
        word(body, toks, v),
        Some("by" | "to" | "on" | "with" | "about")
    ) {
        v -= 1;
    }
    // Verbs whose object is one's own words; with "mocked her claim" the possessor is
    // someone else.
    let own_words = word(body, toks, v).is_some_and(|w| {
        matches!(
            w,
            "repeated"
                | "repeats"
                | "reiterated"
                | "reiterates"
                | "stood"
                | "stands"
                | "stuck"
                | "defended"
                | "defends"
                | "renewed"
                | "doubled"
                | "walked"
                | "retracted"
                | "clarified"
                | "made"
                | "issued"
                | "delivered"
                | "offered"
                | "backed"
        )
    });
    if v <= lo || !own_words {
        return None;
    }
    let mut s = v - 1;
    if word(body, toks, s).is_some_and(|w| matches!(w, "also" | "again" | "later" | "then")) {
        s = s.checked_sub(1).filter(|&s| s >= lo)?;
    }
    let w = word(body, toks, s)?;
    let subject = match pronoun(w) {
        Some(p) => (possessive_pronoun(&poss) == Some(p)).then_some(Mention {
            first: s,
            last: s,
            kind: MentionKind::Pronoun,
        }),
        None => {
            let first = run_to(body, toks, s).filter(|&f| f >= lo)?;
            let words: Vec<&str> = (first..=s)
                .map(|k| super::tokens::text(body, &toks[k]))
                .collect();
            let want = possessive_pronoun(&poss).and_then(pronoun_gender)?;
            (name_gender(&words) != want.opposite() && !toks[s].is(POSS))
                .then(|| name_mention(body, toks, lo, first, s))
        }
    }?;
    // The subject opens its clause: the sentence, or after "and", "as", "when" or a comma.
    let before = subject.first.checked_sub(1);
    let opens = subject.first == lo
        || before.is_some_and(|b| {
            punct(body, toks, b) == Some(",")
                || word(body, toks, b).is_some_and(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "and" | "but" | "as" | "when" | "while"
                    )
                })
        });
    opens.then_some(subject)
}

/// The gender a name shows by its title ("Mrs.") or first name ("Hillary", "Grant").
fn name_gender(words: &[&str]) -> Gender {
    let shown = words
        .iter()
        .map(|w| gender_of_word(w))
        .find(|&g| g != Gender::Unknown);
    shown.unwrap_or_else(|| match words.iter().find(|w| !is_title(w)) {
        Some(first) => given_names::gender(first),
        None => Gender::Unknown,
    })
}
