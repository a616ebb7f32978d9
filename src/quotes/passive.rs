//! Speech verbs in the passive: `Blumenthal was asked, "..."` has no speaker in its subject,
//! `was called "a fraud" by Ruiz` and `The inquiry, labeled a "witch hunt" by Democrats,` have
//! theirs in the "by" phrase. In: the token stream and a cue verb's index. Out: whether the verb
//! is passive, and its agent. Used by the cue readers before and after the quote.

use super::forward::forward_np;
use super::lexicon::{adverb_shape, starts_lower, AUX, PART};
use super::np::{punct, word, Mention, MentionKind, NP_MAX};
use super::tokens::{flag, Tok};

/// `Blumenthal was asked, "..."`, `Priebus was said to be "furious"`: a speech verb in the
/// passive has the listener or the person talked about for subject, never the speaker.
pub(super) fn passive(body: &str, toks: &[Tok], k: usize) -> bool {
    let verb = word(body, toks, k).is_some_and(|w| {
        matches!(
            w,
            "asked"
                | "told"
                | "said"
                | "called"
                | "described"
                | "labeled"
                | "labelled"
                | "dubbed"
                | "termed"
                | "branded"
                | "quoted"
                | "cited"
                | "revealed"
        )
    });
    let be = k > 0
        && word(body, toks, k - 1).is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "been" | "being" | "be"
                    // "who told Congress when asked about it:": a reduced passive clause.
                    | "when" | "if" | "unless"
            )
        });
    // "was quoted as saying" names the speaker all the same.
    let as_saying = word(body, toks, k + 1) == Some("as") && flag(toks, k + 2, PART);
    verb && be && !as_saying
}

/// The "by X" of a passive speech verb at `k`, right after the verb or right after the
/// quote at `qi`.
pub(super) fn passive_agent(body: &str, toks: &[Tok], k: usize, qi: usize) -> Option<Mention> {
    let after_quote = qi + 1;
    [k + 1, after_quote]
        .into_iter()
        .filter(|&b| word(body, toks, b) == Some("by") && toks[b].sent == toks[k].sent)
        .find_map(|b| {
            let end = if b < qi {
                qi
            } else {
                (b + 1 + NP_MAX).min(toks.len())
            };
            forward_np(body, toks, b + 1, end)
        })
        .filter(|m| m.kind != MentionKind::Pronoun || word(body, toks, m.first) != Some("it"))
}

/// `The inquiry, labeled a "witch hunt" by Democrats, ...`, `— often described as "..." by
/// critics —`: a labelling verb set off as a participle after a comma or a dash (past
/// adverbs) is a passive without "was"; its agent is the speaker.
pub(super) fn reduced_passive(body: &str, toks: &[Tok], lo: usize, k: usize) -> bool {
    let labelling = word(body, toks, k).is_some_and(|w| {
        matches!(
            w,
            "called" | "described" | "labeled" | "labelled" | "dubbed" | "termed" | "branded"
        )
    });
    let mut p = k;
    while p > lo + 1
        && word(body, toks, p - 1)
            .is_some_and(|w| starts_lower(w) && (adverb_shape(w) || toks[p - 1].is(AUX)))
    {
        p -= 1;
    }
    labelling && p > lo && matches!(punct(body, toks, p - 1), Some("," | "—" | "--" | "–" | "("))
}
