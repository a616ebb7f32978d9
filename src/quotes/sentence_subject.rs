//! Where a name stands in its sentence, for `antecedents::subjects`: the subject the
//! sentence is about (after an opening phrase, after "but", set off after a short
//! description, after its role words) or a name that speaks later in its paragraph. In: the
//! token stream and a name run's first token. Out: yes or no, or where its role words start.
//! Split from `antecedents.rs`, which turns these answers into pronoun antecedents.

use super::lexicon::{starts_lower, starts_upper, AUX, CUE, PART, POSS, TITLE};
use super::np::{punct, word};
use super::runs::{is_name_tok, sentence_opener};
use super::tokens::{flag, Kind, Tok};

/// `Carson defied the question. "...," he said.`: a one-word name opening its paragraph as
/// the subject of a verb, whose paragraph then quotes "he"/"she" with no other name between,
/// is that pronoun's person (news paragraphs introduce their speaker first).
pub(super) fn speaks_later(body: &str, toks: &[Tok], i: usize, end: usize, verb: usize) -> bool {
    let para = toks[i].para;
    if (i > 0 && toks[i - 1].para == para) || !super::finite::finite_like(body, toks, verb) {
        return false;
    }
    let Some(q) = (end..toks.len())
        .take_while(|&k| toks[k].para == para)
        .find(|&k| matches!(toks[k].kind, Kind::Quote(_)))
    else {
        return false;
    };
    let no_other_name = (end..q).all(|k| !is_name_tok(toks, k));
    // (The quote in a later sentence: in `Non-OPEC countries "must help us," he said` the
    // opener is what the quote is about.)
    no_other_name
        && toks[q].sent != toks[i].sent
        && matches!(word(body, toks, q + 1), Some("he" | "she"))
        && flag(toks, q + 2, CUE)
        && toks[q + 2].para == para
}

/// Where the role in front of the name run at `i` starts: `Sun's chief operating officer |
/// Jonathan Schwartz` → the possessor's first token; `chief executive | Jez Moxey` → "chief";
/// `i` when lowercase role words ending in a role noun do not stand right before it.
pub(super) fn role_start(body: &str, toks: &[Tok], i: usize) -> usize {
    // "deputy minister for women Jacqui Smith", "chief of staff Reince Priebus": the role
    // noun may take "for"/"of" and one or two lower-case words.
    let lower = |k: usize| {
        toks[k].sent == toks[i].sent
            && word(body, toks, k).is_some_and(|w| starts_lower(w) && w.len() > 1)
            && !flag(toks, k, CUE | AUX | PART)
    };
    let head_end = (i.saturating_sub(3)..i.saturating_sub(1))
        .rev()
        .find(|&p| {
            p >= 1
                && matches!(word(body, toks, p), Some("for" | "of"))
                && (p + 1..i).all(lower)
                && lower(p - 1)
                && word(body, toks, p - 1).is_some_and(super::roles::is_role_noun)
        })
        .unwrap_or(i);
    let words = (head_end.saturating_sub(3)..head_end)
        .rev()
        .take_while(|&k| lower(k) && word(body, toks, k).is_some_and(|w| w.len() > 2))
        .last();
    let Some(r) =
        words.filter(|_| word(body, toks, head_end - 1).is_some_and(super::roles::is_role_noun))
    else {
        return i;
    };
    let possessor = (r >= 1 && toks[r - 1].is(POSS) && is_name_tok(toks, r - 1))
        .then(|| super::runs::run_to(body, toks, r - 1))
        .flatten();
    possessor.unwrap_or(r)
}

/// `Wolves chief executive Jez Moxey defended ...`: the name run at `i` follows lower-case
/// role words ending in a role noun after a capitalised word that opens the sentence (its
/// organisation); not "Chelsea beat Manchester United".
pub(super) fn after_role(body: &str, toks: &[Tok], i: usize) -> bool {
    if after_office(body, toks, i) {
        return true;
    }
    let r = role_start(body, toks, i);
    if r == i {
        return false;
    }
    // "But centre Jamie Noon believes": the role words open the sentence themselves.
    if sentence_opener(body, toks, r) {
        return true;
    }
    // `role_start` stops at a possessor ("Sun's"); a plain organisation ("Wolves") is the
    // capitalised run just before the role words.
    let org = if is_name_tok(toks, r) {
        Some(r)
    } else {
        (r >= 1 && word(body, toks, r - 1).is_some_and(starts_upper) && is_name_tok(toks, r - 1))
            .then(|| super::runs::run_to(body, toks, r - 1))
            .flatten()
    };
    org.is_some_and(|s| sentence_opener(body, toks, s))
}

/// `But Chief Secretary to the Treasury Paul Boateng attacked`, `Secretary of State for Defence
/// Geoff Hoon said`: the run at `i` ends an office's capitalised title, joined by "to", "for",
/// "of", "the", that opens the sentence.
fn after_office(body: &str, toks: &[Tok], i: usize) -> bool {
    let joiner = |k: usize| matches!(word(body, toks, k), Some("to" | "for" | "of" | "the"));
    if i < 3 || !joiner(i - 1) || toks[i - 1].sent != toks[i].sent {
        return false;
    }
    let mut s = i - 1;
    while s > 0
        && i - s < 9
        && toks[s - 1].sent == toks[i].sent
        && (joiner(s - 1) || is_name_tok(toks, s - 1))
    {
        s -= 1;
    }
    toks[s].is(TITLE) && is_name_tok(toks, s) && sentence_opener(body, toks, s)
}

/// `Exhaustion ruined his season but Novak Djokovic is making sure ...`, `However, with
/// Ashley enjoying a winter break, Mort was there`: a name after a clause-joining "but", or
/// after the comma that closes a sentence's opening phrase ("With ...", "After ...", "While
/// ..."), followed by a finite verb at `verb`, is the subject of the main clause, as present
/// to the reader as a sentence's first word. ("and" is left out: "Putin and Lavrov met" makes
/// Lavrov no more the subject than Putin; so is a clause-joining "while" or "whereas", whose
/// subordinate subjects were the wrong people on the corpora.)
pub(super) fn clause_subject(body: &str, toks: &[Tok], name: usize, verb: usize) -> bool {
    // ("Speaking in Beijing, Foreign Ministry spokesman Lu Kang rejected": from the role.)
    if !super::finite::finite_like(body, toks, verb) {
        return false;
    }
    let mut i = role_start(body, toks, name);
    if i < name && i >= 1 && is_name_tok(toks, i - 1) {
        i = super::runs::run_to(body, toks, i - 1).unwrap_or(i);
    }
    if i < 2 || toks[i - 1].sent != toks[i].sent {
        return false;
    }
    if word(body, toks, i - 1).is_some_and(|w| w == "but") {
        return true;
    }
    if punct(body, toks, i - 1) != Some(",") {
        return false;
    }
    let sent = toks[i].sent;
    let mut s = i - 1;
    while s > 0 && toks[s - 1].sent == sent && i - s < 25 {
        s -= 1;
        if matches!(toks[s].kind, Kind::Quote(_)) || toks[s].is(CUE) {
            return false;
        }
    }
    if s > 0 && toks[s - 1].sent == sent {
        return false;
    }
    // ("However, with ...": past a connective and its comma.)
    if sentence_opener(body, toks, s + 2) && punct(body, toks, s + 1) == Some(",") {
        s += 2;
    }
    s + 1 < i - 1
        && word(body, toks, s).is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "with"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "although"
                    | "though"
                    | "despite"
                    | "since"
                    | "because"
                    | "amid"
                    | "during"
                    | "following"
                    | "unlike"
                    | "once"
                    | "in"
                    | "on"
                    | "at"
                    | "as"
            ) || (w.len() > 5 && w.ends_with("ing") && super::lexicon::starts_upper(w))
        })
}

/// `Iran's chief negotiator, Farhad Karimi, rejected ...`: the name run `i..end` set off by
/// commas right after a short description that opens the sentence is the sentence's subject.
pub(super) fn apposed_to_opening(body: &str, toks: &[Tok], i: usize, end: usize) -> bool {
    if i < 2 || punct(body, toks, i - 1) != Some(",") || punct(body, toks, end) != Some(",") {
        return false;
    }
    let sent = toks[i].sent;
    let mut s = i - 1;
    // "The national secretary of the union (AMWU), Doug Cameron,": an acronym in brackets too.
    let part =
        |k: usize| toks[k].kind == Kind::Word || matches!(punct(body, toks, k), Some("(" | ")"));
    let mut words = 0;
    while s > 0 && toks[s - 1].sent == sent && part(s - 1) && words < 8 {
        s -= 1;
        words += usize::from(toks[s].kind == Kind::Word);
    }
    let opens = s == 0 || toks[s - 1].sent != sent;
    opens && s < i - 1 && (s..i - 1).any(|k| word(body, toks, k).is_some_and(|w| !starts_upper(w)))
}
