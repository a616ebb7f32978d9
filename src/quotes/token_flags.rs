//! A paragraph's tokens → the same tokens with the list flags their context changes: a verb
//! that is speech only in a phrase gains CUE (`As Vulture put it,`), one that is not speech
//! there loses it (`campaign points`, `a class called "Perception"`), a group's plural
//! possessive joins its institution (`the Teachers' Union`), and a player's position unblocks
//! "back" (`running back Kevin Faulk`). Split from `tokens.rs`, which splits the words.

use super::lexicon;
use super::tokens::{Kind, Tok};

/// Every context rule, in order, over one paragraph's tokens.
pub(super) fn adjust(body: &str, toks: &mut [Tok]) {
    mark_speech_phrases(body, toks);
    unmark_non_speech(body, toks);
    join_group_possessives(body, toks);
    unblock_positions(body, toks);
}

/// Phrases whose verb is a speech verb only in that phrase: `As Vulture put it, "..."` ("put"
/// elsewhere, "put the plan on hold", is not), `Trump issued a statement, "..."`, `he wanted to
/// know, "..."`, `Hillary shot back`, and noun-like base forms after a subject pronoun (`They
/// note that`). The verb gets the CUE flag.
fn mark_speech_phrases(body: &str, toks: &mut [Tok]) {
    let n = toks.len();
    for i in 0..n.saturating_sub(2) {
        let w = |k: usize| &body[toks[k].start..toks[k].end];
        let opens = |k: usize| {
            k < n && (matches!(w(k), "," | ":") || matches!(toks[k].kind, Kind::Quote(_)))
        };
        // "put it on Tuesday,", "put it bluntly:", "put it in a speech last week,".
        // `..., as a Homeland Security memo put it.`: after the quote, closing the sentence.
        let as_before = || (i.saturating_sub(8)..i).any(|k| w(k) == "as");
        let put_it = matches!(w(i), "put" | "puts")
            && w(i + 1) == "it"
            && (i + 2..n.min(i + 9))
                .find(|&k| toks[k].kind != Kind::Word)
                .is_some_and(|k| opens(k) || (matches!(w(k), "." | "!" | "?") && as_before()));
        // "They note that ...", "we claim": a noun-like base form after a subject pronoun;
        // `"...," the Saudis state in the paper`: after "the" and a plural, with the clause or
        // the sentence going on as a verb's would.
        let plural_subject = || {
            i > 1
                && (i.saturating_sub(4)..i - 1)
                    .rev()
                    .take_while(|&k| toks[k].kind == Kind::Word)
                    .any(|k| matches!(w(k), "the" | "The"))
                && w(i - 1).len() > 3
                && w(i - 1).ends_with('s')
                && !w(i - 1).ends_with("ss")
                && i + 1 < n
                && (matches!(w(i + 1), "that" | "in" | "," | ".")
                    || matches!(toks[i + 1].kind, Kind::Quote(_)))
        };
        let base = matches!(
            w(i),
            "note" | "claim" | "state" | "report" | "warn" | "argue"
        ) && i > 0
            && (matches!(w(i - 1), "they" | "They" | "we" | "We" | "I") || plural_subject());
        // "But he wanted to know, "..."": a question put to someone.
        let know = matches!(w(i), "wanted" | "wants")
            && w(i + 1) == "to"
            && w(i + 2) == "know"
            && opens(i + 3);
        // "Hillary shot back, "..."", "Rubio fired back forcefully:".
        let back = matches!(w(i), "shot" | "fired" | "hit" | "snapped") && w(i + 1) == "back";
        let statement = matches!(w(i), "issued" | "released")
            && matches!(w(i + 1), "a" | "the")
            && w(i + 2) == "statement"
            && opens(i + 3);
        // "took to Twitter to call the ruling "a disgrace"": an infinitive "call" names words.
        // Not "to call a meeting", "to call for", "to call off".
        let to_call = i > 0
            && w(i - 1) == "to"
            && matches!(w(i), "call" | "label" | "brand" | "dub")
            && !matches!(w(i + 1), "a" | "an" | "for" | "on" | "off" | "up" | "out");
        if toks[i].kind == Kind::Word && (put_it || statement || back || base || know || to_call) {
            toks[i].f |= lexicon::CUE;
        }
    }
}

/// Speech verbs that are not speech here: "points" without "out" ("recites the same campaign
/// points, calling him ..." made "the same campaign" the speaker), and a name given to a thing
/// after an indefinite noun (`a 2002 psychology class called "Perception"`), which is a title,
/// not words of whoever the noun is.
fn unmark_non_speech(body: &str, toks: &mut [Tok]) {
    let w = |toks: &[Tok], k: usize| &body[toks[k].start..toks[k].end];
    for i in 0..toks.len() {
        if toks[i].kind != Kind::Word || !toks[i].is(lexicon::CUE) {
            continue;
        }
        let next = toks.get(i + 1).map(|t| &body[t.start..t.end]);
        let point = matches!(w(toks, i), "points" | "pointed");
        let naming = matches!(w(toks, i), "called" | "dubbed" | "named" | "titled")
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
            && (i.saturating_sub(5)..i)
                .rev()
                .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].is(lexicon::UPPER))
                .any(|k| matches!(w(toks, k), "a" | "an"));
        if (point && next != Some("out")) || naming {
            toks[i].f &= !lexicon::CUE;
        }
    }
}

/// `The British Bankers' Association said`, `the Teachers' Union`: a capitalised plural
/// possessive before an institution's word is part of the institution's name, not its
/// possessor (which made "Association" the speaker).
fn join_group_possessives(body: &str, toks: &mut [Tok]) {
    for i in 1..toks.len() {
        let (a, b) = (&toks[i - 1], &toks[i]);
        let plural_possessive = a.kind == Kind::Word
            && a.is(lexicon::POSS)
            && a.is(lexicon::UPPER)
            && body[a.start..a.end].ends_with(['\'', '’'])
            && body[a.start..a.end]
                .trim_end_matches(['\'', '’'])
                .ends_with('s');
        if plural_possessive
            && b.kind == Kind::Word
            && super::institutions::is_institution_word(&body[b.start..b.end])
        {
            toks[i - 1].f &= !lexicon::POSS;
        }
    }
}

/// "running back Kevin Faulk said", "right back Gary Neville": a player's position ends in
/// "back", which otherwise ends a noun phrase ("fired back").
fn unblock_positions(body: &str, toks: &mut [Tok]) {
    for i in 1..toks.len() {
        let position = &body[toks[i - 1].start..toks[i - 1].end];
        if &body[toks[i].start..toks[i].end] == "back"
            && matches!(
                position,
                "running" | "left" | "right" | "centre" | "center" | "full" | "half" | "wing"
            )
        {
            toks[i].f &= !lexicon::BLOCK;
        }
    }
}
