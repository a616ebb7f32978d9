//! The sentence before a quote, when the quote's own sentence names no one: `The New York
//! Times reports:` closing the paragraph before, `President Clinton released the following
//! statement:`, `Carter told the forum. "The United States will ..."`, and (a last resort)
//! `Later, Reyes smiled. "I like her."`. In: the token stream and the quote's token. Out: the
//! speaker mention of that sentence. Split from `before.rs`, whose cue readers it reuses.

use super::attribute::BACK_WINDOW;
use super::before::before_cue;
use super::labels::colon_cue;
use super::lexicon::{is_agent_noun, is_org_noun, pronoun, CUE, PART};
use super::np::{punct, word, Mention, MentionKind};
use super::subject::sentence_subject;
use super::tokens::{Kind, Tok};

/// The cue of a sentence that ends at token `end` (exclusive) without a quote of its own,
/// like `The New York Times reports:` before a quoted paragraph.
pub(crate) fn cue_before(body: &str, toks: &[Tok], end: usize) -> Option<Mention> {
    let lo = sentence_start(toks, end)?;
    before_cue(body, toks, lo, end).map(|(m, ..)| m)
}

/// `The British Chambers of Commerce welcomed the proposal. "...," it said.`: the subject of
/// the sentence that ends at `end` (exclusive), when it opens that sentence.
pub(crate) fn subject_before(body: &str, toks: &[Tok], end: usize) -> Option<Mention> {
    let lo = sentence_start(toks, end)?;
    sentence_subject(body, toks, lo, end - 1)
}

/// Where the sentence ending at `end` (exclusive) starts, at most `BACK_WINDOW` tokens back.
fn sentence_start(toks: &[Tok], end: usize) -> Option<usize> {
    let sent = toks.get(end.checked_sub(1)?)?.sent;
    let mut lo = end - 1;
    while lo > 0 && toks[lo - 1].sent == sent && end - lo < BACK_WINDOW {
        lo -= 1;
    }
    Some(lo)
}

/// `President Clinton released the following statement:` closing a paragraph: its cue, else
/// the name before the colon or the sentence's subject. `end` is just past the colon.
pub(crate) fn colon_intro(body: &str, toks: &[Tok], end: usize) -> Option<Mention> {
    let lo = sentence_start(toks, end)?;
    before_cue(body, toks, lo, end)
        .map(|(m, ..)| m)
        .or_else(|| colon_cue(body, toks, lo, end))
}

/// `Carter told the Shangri-La Dialogue, a security forum in Singapore. "The United States
/// will remain ..."`: the speaker of the statement that ends with the full stop right before
/// the quote at `qi`, in the quote's paragraph or, when the quote is a paragraph of its own,
/// closing the paragraph before. That sentence must be read whole, have a speech verb and no
/// quote (quotes there are continued by `continues.rs` and `inherit.rs`). Only a name or a
/// pronoun: "officials said." is too vague to pass on.
pub(crate) fn statement_before(body: &str, toks: &[Tok], qi: usize) -> Option<Mention> {
    let (lo, stop) = sentence_before(body, toks, qi)?;
    if !toks[lo..stop].iter().any(|t| t.is(CUE | PART)) {
        return None;
    }
    // Across a paragraph break the verb must say something (`told the forum`, `said that`):
    // a bare `Donald Trump spoke.` narrates an event and names no quote's speaker. A bare
    // verb closing reported speech does: `The business will keep its traditions, Mr Drayton
    // said.⏎⏎"..."`.
    let across = toks[stop].para != toks[qi].para;
    let reported = |m: Mention| m.first > lo && punct(body, toks, m.first - 1) == Some(",");
    before_cue(body, toks, lo, stop)
        .filter(|&(m, dist, _)| !across || dist > 0 || reported(m))
        .map(|(m, ..)| m)
        .filter(|m| passes_on(body, toks, *m))
}

/// A mention definite enough to pass on to the quote after its sentence: a name, a pronoun,
/// or "the" and a singular noun of a person or an organisation ("the spokesman said.", "the
/// company said."); "officials said." is too vague, "The question was repeated." no speaker.
pub(crate) fn passes_on(body: &str, toks: &[Tok], m: Mention) -> bool {
    match m.kind {
        MentionKind::Name | MentionKind::Pronoun => true,
        MentionKind::Descriptor => {
            m.last - m.first <= 3
                && word(body, toks, m.first).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && word(body, toks, m.last)
                    .is_some_and(|h| !h.ends_with('s') && (is_agent_noun(h) || is_org_noun(h)))
        }
    }
}

/// The token range of the whole, quote-free sentence closed by a full stop right before the
/// quote at `qi` (see `statement_before`).
fn sentence_before(body: &str, toks: &[Tok], qi: usize) -> Option<(usize, usize)> {
    let stop = qi.checked_sub(1)?;
    if punct(body, toks, stop) != Some(".") {
        return None;
    }
    // A quoted sentence opening the next paragraph: British copy runs narration on after it
    // ("...excuse.⏎⏎"The committee believes ..." At present judges can ..."), but not its own
    // cue (`"..." FTC director William MacLeod said in a statement.`).
    let next = qi + 1;
    let own_cue = || {
        toks[next..]
            .iter()
            .take_while(|t| t.sent == toks[next].sent && t.para == toks[qi].para)
            .take(16)
            .any(|t| t.is(CUE | PART))
    };
    let alone = toks
        .get(next)
        .is_none_or(|t| t.para != toks[qi].para || (t.sent != toks[qi].sent && !own_cue()));
    if toks[stop].para != toks[qi].para && !alone {
        return None;
    }
    let sent = toks[stop].sent;
    let mut lo = stop;
    while lo > 0 && toks[lo - 1].sent == sent && stop - lo < BACK_WINDOW {
        lo -= 1;
    }
    let whole = lo == 0 || toks[lo - 1].sent != sent;
    let quoted = toks[lo..stop]
        .iter()
        .any(|t| matches!(t.kind, Kind::Quote(_)));
    (whole && !quoted).then_some((lo, stop))
}

/// `Later, Reyes smiled. "I like her. But she is wrong."`: a quoted statement standing alone
/// right after a sentence about a person with no speech verb, in the same paragraph, is that
/// person's. A last resort, after every quote it could continue has been tried (mod.rs). Only a
/// name, "he" or "she": outside marks, "I", "we" or "they" is usually speech whose marks went
/// astray.
pub(crate) fn narrated_before(body: &str, toks: &[Tok], qi: usize) -> Option<Mention> {
    let (lo, stop) = sentence_before(body, toks, qi)?;
    let stands_alone = toks
        .get(qi + 1)
        .is_none_or(|t| t.sent != toks[qi].sent || t.para != toks[qi].para);
    if toks[lo..stop].iter().any(|t| t.is(CUE | PART))
        || toks[stop].para != toks[qi].para
        || !stands_alone
    {
        return None;
    }
    sentence_subject(body, toks, lo, stop).filter(|m| match m.kind {
        MentionKind::Name => true,
        MentionKind::Pronoun => word(body, toks, m.first)
            .and_then(pronoun)
            .is_some_and(|p| matches!(p, "he" | "she")),
        MentionKind::Descriptor => false,
    })
}
