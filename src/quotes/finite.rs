//! Whether a word reads as a finite verb after its subject ("Bush thought", "Rubio fired
//! back", "the board says"), which tells a subject from a longer noun phrase ("Republican
//! presidential nominee"). In: the token stream and a token index; out: yes or no. Split from
//! `subject.rs`; the antecedent and cue readers ask it too.

use std::sync::LazyLock;

use super::lexicon::{starts_lower, FastSet, AUX, BLOCK, CUE, DET};
use super::np::word;
use super::tokens::Tok;

/// A lower-case word that reads as a finite verb after its subject: a speech verb or an
/// auxiliary, a past form in -ed, a present form in -s, or a common irregular past ("Bush
/// thought", "Rubio fired back"); not "Republican presidential nominee".
pub(super) fn finite_like(body: &str, toks: &[Tok], k: usize) -> bool {
    let Some(v) = word(body, toks, k).filter(|v| starts_lower(v)) else {
        return false;
    };
    // "Ortega on trade": "on" is on the auxiliary list for "went on to say", but no verb.
    if super::np::PREPOSITIONS.contains(&v) || matches!(v, "as" | "to") {
        return false;
    }
    if toks[k].is(AUX | CUE) {
        return true;
    }
    if toks[k].is(BLOCK | DET) {
        return false;
    }
    v.ends_with("ed")
        || (v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us"))
        || irregular_past(v)
}

/// Common irregular past forms that follow a subject ("Bush thought", "Trump went on").
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "went", "made", "took", "gave", "thought", "got", "came", "held", "left", "sent", "knew",
    "saw", "put", "set", "ran", "shot", "stood", "began", "brought", "kept", "felt", "found",
    "heard", "led", "met", "paid", "sat", "won", "lost", "struck", "threw", "spent", "chose",
    "grew", "fell", "rose", "became", "broke", "drove", "fought", "bought", "sold", "built",
    "sought", "taught", "caught", "drew", "flew", "forgot", "hid", "rode", "shook", "stole",
    "swore", "swept", "tore", "woke", "understood", "withdrew", "overcame", "undertook", "dealt",
    "fled", "forgave", "froze", "upheld", "meant", "slept", "wore", "bore", "blew", "cut",
    "quit", "spoke", "beat", "wrote",
];

/// `IRREGULAR_PAST` hashed: asked of every word after a possible subject.
static IRREGULAR_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| IRREGULAR_PAST.iter().copied().collect());

pub(super) fn irregular_past(v: &str) -> bool {
    IRREGULAR_SET.contains(v)
}
