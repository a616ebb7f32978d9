//! After a run-on quote, cues with no listed speech verb: any verb in -ed or -s ("...," the
//! evangelist shared. / "...," speculated one arbitrager.) and wire copy's verbless byline
//! ("...," Mr Champion.). In: the token stream and the token after the quote. Out: the speaker
//! mention, unresolved (see `after.rs`, which calls these after its listed verbs).

use super::after::ends_clause;
use super::forward::{appositive_name, forward_np};
use super::lexicon::{is_agent_noun, AUX, BLOCK, CUE, PART, POSS};
use super::np::{name_mention, punct, word, Mention, MentionKind};
use super::runs::{given_name, name_start, run_from};
use super::tokens::{quote_ends_with, text, Kind, Tok};

/// `"...," alleged Const. Dave Woodford.`, `"...," asserted John Ward as the lights dimmed`,
/// `"...," speculated one arbitrager.`, `"...," smiles one broker.`: a verb in -ed or -s of no
/// list, inverted after a run-on quote (token `i`), when a name follows it and ends the clause
/// or an adverbial goes on ("as", "in", ...), or "one"/"a"/"an" and a description end the
/// clause. Not `"...," prompted Smith to reply`: the quote prompted, Smith did not speak it.
pub(super) fn inverted_any_verb(body: &str, toks: &[Tok], i: usize, hi: usize) -> Option<Mention> {
    if !word(body, toks, i).is_some_and(|w| past_tense(w) || present_tense(w)) {
        return None;
    }
    let adverbial = |k: usize| {
        matches!(
            word(body, toks, k),
            Some("as" | "in" | "on" | "at" | "after" | "before" | "during" | "while" | "when")
        )
    };
    if let Some(end) = run_from(body, toks, i + 1).filter(|&e| e <= hi) {
        if !ends_clause(body, toks, i, end) && !adverbial(end) {
            return None;
        }
        let m = forward_np(body, toks, i + 1, hi)?;
        return Some(appositive_name(body, toks, m, hi).unwrap_or(m));
    }
    if !matches!(word(body, toks, i + 1), Some("one" | "a" | "an")) {
        return None;
    }
    // (A person's noun heads it: not `"...," lasted an hour.`)
    forward_np(body, toks, i + 1, hi).filter(|m| {
        m.kind == MentionKind::Descriptor
            && ends_clause(body, toks, i, m.last + 1)
            && word(body, toks, m.last).is_some_and(|h| is_agent_noun(&h.to_lowercase()))
    })
}

/// `"...," Mr Bootle.`, `"...," Daniel Tulis, a natural gas analyst with Shearson Lehman Bros.`:
/// wire copy's verbless attribution after a run-on quote (token `i` opens it): a person's name
/// (a title before it or a known given name first) that ends the sentence, or an appositive
/// with no speech verb after it does.
pub(super) fn verbless_byline(body: &str, toks: &[Tok], i: usize, hi: usize) -> Option<Mention> {
    let end = run_from(body, toks, i).filter(|&e| e <= hi)?;
    let words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
    let start = name_start(&words);
    // (Not a headline's title-case clause: `..., Howard Dean Tells Democratic Convention.`)
    let person = start < words.len()
        && !toks[end - 1].is(POSS)
        && !toks[i..end].iter().any(|t| t.is(CUE))
        && (start > 0 || given_name(words[0]))
        && end - i >= 2;
    if !person {
        return None;
    }
    let sentence_end = |k: usize| k >= toks.len() || toks[k].sent != toks[i].sent;
    let closes =
        sentence_end(end) || (punct(body, toks, end) == Some(".") && sentence_end(end + 1));
    let appositive = punct(body, toks, end) == Some(",")
        && (end + 1..(end + 16).min(toks.len()))
            .find(|&k| sentence_end(k) || punct(body, toks, k) == Some("."))
            .is_some_and(|stop| {
                // (One phrase: `Mrs. Clinton, then the secretary of state, put it` goes on.)
                (end + 1..stop).all(|k| {
                    !toks[k].is(CUE | PART)
                        && !matches!(toks[k].kind, Kind::Quote(_))
                        && punct(body, toks, k) != Some(",")
                })
            });
    (closes || appositive).then(|| name_mention(body, toks, i, i, end - 1))
}

/// A lower-case word in -s ("smiles", "reckons"), read as a present-tense verb (not "-ss").
fn present_tense(w: &str) -> bool {
    w.len() > 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// A lower-case word in -ed ("shared", "alleged"), read as a past-tense verb.
fn past_tense(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// `"I have never been in a hospital," the evangelist shared.`: any past-tense verb that ends
/// the sentence right after a run-on quote (, ! ?) and a short subject is its speech verb,
/// whatever the verb ("shared", "smiled", "testified"), as readers and annotators take it.
/// `quote_before` says the subject at `i` follows a run-on quote directly (see
/// `quote_right_before`).
pub(super) fn closing_verb(
    body: &str,
    toks: &[Tok],
    quote_before: bool,
    i: usize,
    j: usize,
) -> bool {
    let past = word(body, toks, j).is_some_and(past_tense);
    let closes = punct(body, toks, j + 1) == Some(".")
        || toks.get(j + 1).is_none_or(|t| t.sent != toks[j].sent);
    // (`"So, who?" Her suggestions are redacted.`: a passive's subject said nothing.)
    let before = j.checked_sub(1).and_then(|k| word(body, toks, k));
    let passive = before.is_some_and(|w| {
        matches!(
            w,
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "got"
        )
    });
    quote_before && past && closes && j - i <= 6 && !passive && !toks[j].is(AUX | BLOCK)
}

/// The subject starting at token `i` follows a quote that runs on (, ! ?) with no mark between
/// (`"...," the evangelist shared`; after `"...", the` the token before `i` is the comma).
pub(super) fn quote_right_before(body: &str, toks: &[Tok], i: usize) -> bool {
    i > 0 && quote_ends_with(body, toks, i - 1, &[',', '!', '?'])
}
