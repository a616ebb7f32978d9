//! The head of a long appositive → the speaker: the name opening the sentence, set off by a
//! comma, when the sentence runs on to the cue's comma with no other speech verb
//! (`Marty West, a professor at Harvard who once worked for the senator, said`). In: the token
//! stream, the sentence start and the comma before the cue; out: a `Mention`. Split from
//! `subject.rs`; `before.rs` asks it when the noun-phrase scan stops short.

use super::lexicon::{starts_lower, AUX, BLOCK, CUE, DET, PART, POSS};
use super::np::{name_mention, punct, word, Mention};
use super::opening::opening;
use super::runs::run_from;
use super::tokens::{Kind, Tok};

/// The name opening the sentence at `lo` when a comma follows it and the sentence runs on to
/// the comma at `close` with no verb of speech and no quote in between: the head of a long
/// appositive (`Marty West, a professor at Harvard who once worked for the senator, said`).
pub(super) fn appositive_subject(
    body: &str,
    toks: &[Tok],
    lo: usize,
    close: usize,
) -> Option<Mention> {
    if lo > 0 && toks[lo - 1].sent == toks[lo].sent {
        return None;
    }
    // "Still, Petrilli, who ..., called": past the sentence's opener.
    // "As Andrew Tabler, an expert on Syria, noted, "..."": the subject of the "as" clause
    // (which `opening` would skip as an introduction).
    let as_clause = word(body, toks, lo) == Some("As") && run_from(body, toks, lo + 1).is_some();
    let start = if as_clause {
        lo + 1
    } else {
        opening(body, toks, lo, close)
    };
    let mut name_end = run_from(body, toks, start)?;
    // "Minnesota state delegate Mary Susan, who ...": a role in lower case between a place
    // and the person.
    let role = (name_end..(name_end + 3).min(close))
        .take_while(|&k| {
            word(body, toks, k).is_some_and(starts_lower) && !toks[k].is(CUE | AUX | BLOCK | DET)
        })
        .last();
    if let Some(e) = role.and_then(|r| run_from(body, toks, r + 1)) {
        if punct(body, toks, e) == Some(",") {
            name_end = e;
        }
    }
    // "Rep. Ann Ruiz (D-Calif.), who ..., said": past the party tag.
    let mut end = name_end;
    if punct(body, toks, end) == Some("(") {
        end = (end + 1..close.min(end + 10)).find(|&k| punct(body, toks, k) == Some(")"))? + 1;
    }
    if end >= close || punct(body, toks, end) != Some(",") || toks[name_end - 1].is(POSS) {
        return None;
    }
    // A relative clause may have its own speech verb ("Graham, who says allies should send
    // troops, tweeted"); anything else with one is a clause of its own.
    let relative = word(body, toks, end + 1).is_some_and(|w| matches!(w, "who" | "whose"))
        || aside_opener(body, toks, end + 1);
    let clean = toks[end..close]
        .iter()
        .all(|t| !matches!(t.kind, Kind::Quote(_)) && (relative || !t.is(CUE | PART)));
    clean.then(|| name_mention(body, toks, lo, start, name_end - 1))
}

/// An aside set off after a name that may run long and hold a speech verb of its own: one
/// opening with a participle in -ing or a conjunction ("when asked about", "while campaigning").
pub(super) fn aside_opener(body: &str, toks: &[Tok], k: usize) -> bool {
    word(body, toks, k).is_some_and(|w| {
        matches!(w, "when" | "while" | "after" | "before" | "asked")
            || (w.len() > 5 && w.ends_with("ing") && starts_lower(w))
    })
}
