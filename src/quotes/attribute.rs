//! One quote's surroundings → its cue: who is named as saying it, and whether the quote is a
//! partial one woven into the author's sentence. In: the token stream and the index of the
//! quote's `Quote` token. Out: an `Analysis` with the speaker mention as a token range (not yet
//! resolved: names.rs turns "Lavrov"/"he" into a person).
//!
//! Patterns, tried in the order that is most reliable for the quote's shape:
//! - after the quote (after.rs): `"...", X said` / `"...", said X` / `"...", X, Russia's
//!   foreign minister, said` / `"...", according to X` / `"...", X told CNN in an interview`;
//! - before it in the same sentence (before.rs): `X said: "..."`, `X told Y "..."`, `X said
//!   that "..."`, `X spoke of "..."`, `According to X, "..."`, `"A," X said, "B."`
//!   (interrupted), and participles whose subject opens the sentence (`X criticized the plan,
//!   saying "..."`);
//! - a trailing `..., X said.` at the end of the quote's sentence, for partial quotes;
//! - with no speech verb at all, the subject of the sentence for a partial quote (`In a speech,
//!   Ortega attacked "the hateful policy"`), or of a sentence ending in a colon before it.
//!
//! Scans are bounded (60 tokens back, 44 forward) so a megabyte-long "sentence" stays linear.

use super::after::{after_cue, byline_below, quote_ends_sentence, trailing_cue};
use super::before::before_cue;
use super::labels::{colon_cue, dash_label, turn_label};
use super::lexicon::{
    adverb_shape, is_cue_finite, is_cue_participle, is_determiner, pronoun, starts_lower,
    starts_upper, CUE, PART, POSS,
};
use super::np::{punct, word, PREPOSITIONS};
pub(crate) use super::np::{Mention, MentionKind};
use super::opening::dateline_or_rubric;
use super::passive::passive;
pub(crate) use super::previous::{
    colon_intro, cue_before, narrated_before, passes_on, statement_before, subject_before,
};
use super::runs::run_from;
use super::subject::{coordinated_subject, sentence_subject, subject_after_opening};
use super::tokens::{quote_ends_with, text, Kind, Tok};

/// Tokens read back from a quote for its cue. 60 reaches the subject of a long NYT-style
/// sentence ("John Dickey, the chief executive of Ora Media -- the production company that
/// owns ... -- told me, "..."); 40 lost 2 quotes on PolNeAR train and 1 on dev, 80 gained none.
pub(crate) const BACK_WINDOW: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Analysis {
    pub mention: Option<Mention>,
    /// The quote is embedded in the author's sentence ("spoke of "truly overlapping interests"").
    pub partial: bool,
    /// Tokens between the quote and its cue verb (0 when the cue is right after it); set
    /// whenever the sentence has a speech verb before the quote, even with no speaker found.
    pub cue_distance: Option<usize>,
    /// The quote is the object of a preposition or a possessive (`CBS's "Face the Nation"`,
    /// `the broadcast of "Fox News Sunday"`): in title case that is a name of a work.
    pub object: bool,
    /// The relative pronoun naming the speaker as written (`Beck, who called it "..."`), when
    /// `mention` is its antecedent.
    pub relative: Option<usize>,
    /// The quote follows "so-called": the author names a label someone else coined ("its
    /// so-called "maximum pressure" campaign"), a scare quote even beside a speech verb. On
    /// PolNeAR train and dev 3 of 4 such fragments are not annotated as quotes.
    pub labelled: bool,
    /// The quote is a question put to someone (`Blumenthal was asked, "...?"`, `Asked whether
    /// Clinton "has the integrity to serve," 75 percent said yes`): no one in the sentence
    /// said it, so it gets no speaker, not even one inherited from its paragraph.
    pub question: bool,
}

/// Analyses the quote whose token is `qi`. `quote_text` is the quote's words.
pub(crate) fn analyse(body: &str, toks: &[Tok], qi: usize, quote_text: &str) -> Analysis {
    let sent = toks[qi].sent;
    let mut lo = qi;
    while lo > 0 && toks[lo - 1].sent == sent && qi - lo < BACK_WINDOW {
        lo -= 1;
    }
    let mut hi = qi + 1;
    while hi < toks.len() && toks[hi].sent == sent && hi - qi < 44 {
        hi += 1;
    }
    let partial = is_partial(body, toks, qi, lo, quote_text);
    let after = || {
        after_cue(body, toks, qi + 1, hi)
            .filter(|&m| !reports_anew(body, toks, qi, m, hi))
            .map(|m| (m, 0, None))
    };
    let before = || before_cue(body, toks, lo, qi);
    let trailing = || trailing_cue(body, toks, qi, hi).map(|(m, d)| (m, d, None));
    // `Perez lobbies for a raise: "No one ... poverty." He says ...`: a full sentence quoted
    // after a colon belongs to the colon's sentence, not to the next one's capitalised subject.
    let colon_first = !partial
        && qi > lo
        && punct(body, toks, qi - 1) == Some(":")
        && quote_ends_sentence(body, toks, qi)
        && word(body, toks, qi + 1).is_some_and(starts_upper);
    let colon = || colon_cue(body, toks, lo, qi).map(|m| (m, 0, None));
    let runs_on =
        quote_ends_with(body, toks, qi, &[',', '?', '!']) || punct(body, toks, qi + 1) == Some(",");
    // `McCaskill scolded him: "..." she said.`: a name introducing a full quote and a pronoun
    // closing it name one person; the name is the speaker as written. (A fragment woven into
    // the sentence, `Ortiz has called the vote "a betrayal," she said`, is the pronoun's.)
    let after = || {
        let a = after()?;
        if a.0.kind != MentionKind::Pronoun || partial {
            return Some(a);
        }
        Some(
            before()
                .filter(|b| b.0.kind == MentionKind::Name && b.1 <= 3)
                .unwrap_or(a),
        )
    };
    let found = if partial && runs_on {
        after().or_else(before).or_else(trailing)
    } else if partial {
        before().or_else(after).or_else(trailing)
    } else if colon_first {
        before().or_else(colon).or_else(after)
    } else {
        // A quoted sentence closed by a full stop and followed by a capital ends the author's
        // sentence too: a cue at the end of the next one is that sentence's.
        let closed = quote_ends_with(body, toks, qi, &['.'])
            && word(body, toks, qi + 1).is_some_and(starts_upper);
        // `A Ford spokesman said, "it is likely ..." He said it is`: a cue right before the
        // quote, closed by its comma or colon, outranks one after it (which opens the next
        // sentence's report) — unless it is a news outlet's report ("the BBC reported: "..."
        // the host wrote"). When the quoted sentence ends before the next cue, a listener or an
        // aside may stand between ("Ruiz replied to Reyes with, "...?" Reyes then wrote back";
        // "Trump attacked Romney, calling him, among other things, "a failed candidate."
        // Romney fired back"); a quote running on into its own cue ("..., "...," he told the
        // Times") keeps that cue.
        let ended = quote_ends_with(body, toks, qi, &['.', '?', '!'])
            && word(body, toks, qi + 1).is_some_and(starts_upper);
        let cue_before = before();
        let adjacent = cue_before.filter(|b| {
            (b.1 <= 1 || (ended && b.1 <= 8))
                && qi > lo + 1
                && matches!(punct(body, toks, qi - 1), Some("," | ":"))
                && !matches!(
                    word(body, toks, qi - 2),
                    Some("reported" | "reports" | "reporting")
                )
        });
        adjacent
            .or_else(after)
            .or(cue_before)
            .or_else(|| trailing().filter(|_| !closed))
            .or_else(|| byline_below(body, toks, qi).map(|m| (m, 0, None)))
    };
    // A partial quote with no speech verb ("Fiorina characterizes herself as a "change
    // warrior" who "saved the company"") is still the words of the sentence's subject; with no
    // cue distance it only survives when it reads like speech (see `mod.rs`).
    // Not after a passive speech verb: "Priebus was said to be "furious"" is not his word.
    // `Trump also embraced harsh techniques -- "I think ..."`: a quoted sentence after a dash
    // is the subject's words, as a fragment would be.
    let after_dash = qi > lo && matches!(punct(body, toks, qi - 1), Some("—" | "--" | "–"));
    let subject = || {
        ((partial || after_dash) && !(lo..qi).any(|k| passive(body, toks, k)))
            .then(|| {
                coordinated_subject(body, toks, lo, qi)
                    .or_else(|| sentence_subject(body, toks, lo, qi))
                    .or_else(|| subject_after_opening(body, toks, lo, qi, hi))
            })
            .flatten()
    };
    // `Pence: Flowers Won't Be at Debate, Trump Was 'Mocking' Clinton Camp`: a sentence that
    // opens with a name and a colon (a headline's or a pull quote's attribution) is that
    // name's, whoever the subject after the colon is.
    let opening_name = lo < qi
        && (lo == 0 || toks[lo - 1].sent != toks[lo].sent)
        && run_from(body, toks, lo).is_some_and(|e| {
            e < qi
                && e - lo <= 4
                && punct(body, toks, e) == Some(":")
                && !dateline_or_rubric(body, toks, lo, e - 1)
        });
    let colon_speaker = || colon_cue(body, toks, lo, qi).filter(|_| opening_name);
    Analysis {
        // A colon gives a speaker but is no speech verb: a short title-case fragment after
        // "Trump:" is still a scare quote unless it reads like speech.
        mention: found
            .filter(|f| f.1 == 0 || !opening_name)
            .map(|f| f.0)
            .or_else(colon_speaker)
            .or(found.map(|f| f.0))
            .or_else(subject)
            .or_else(|| colon_cue(body, toks, lo, qi))
            .or_else(|| dash_label(body, toks, lo, qi))
            .or_else(|| turn_label(body, toks, qi)),
        partial,
        // A speech verb whose speaker could not be read still marks the fragment as quoted
        // speech ("a short fragment after a speech verb is a partial quote").
        object: qi > 0
            && word(body, toks, qi - 1).is_some_and(|w| {
                toks[qi - 1].is(POSS) || PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str())
            }),
        relative: found.and_then(|f| f.2),
        question: put_to_someone(body, toks, lo, qi),
        labelled: qi > 0
            && word(body, toks, qi - 1).is_some_and(|w| {
                w.eq_ignore_ascii_case("so-called") || w.eq_ignore_ascii_case("so–called")
            }),
        cue_distance: found.map(|f| f.1).or_else(|| {
            (lo..qi)
                .rev()
                .find(|&k| toks[k].is(CUE | PART))
                .map(|k| qi - k - 1)
        }),
    }
}

/// `"... that is my wheelhouse." He said, twice, that he was going back to work`: after a
/// quoted sentence closed by a full stop, a new sentence whose speech verb takes a clause of its
/// own ("that", a subject) reports something else. On PolNeAR train and dev, 79 of 121 such
/// "X said that ..." sentences after a full-stop quote name someone other than its speaker.
fn reports_anew(body: &str, toks: &[Tok], qi: usize, m: Mention, hi: usize) -> bool {
    if m.first <= qi || !quote_ends_with(body, toks, qi, &['.']) {
        return false;
    }
    if !word(body, toks, m.first).is_some_and(starts_upper) {
        return false;
    }
    let verb = m.last + 1;
    if !toks.get(verb).is_some_and(|t| t.is(CUE)) {
        return false;
    }
    let mut k = verb + 1;
    while k < hi
        && (punct(body, toks, k) == Some(",")
            || word(body, toks, k).is_some_and(|w| w == "twice" || adverb_shape(w)))
    {
        k += 1;
    }
    k < hi
        && word(body, toks, k).is_some_and(|w| {
            w == "that"
                || matches!(pronoun(w), Some("he" | "she" | "they" | "we" | "i"))
                || is_determiner(w)
        })
}

/// Partial when words of the author's sentence lead into it: `spoke of "..."`, `that "..."`.
/// Not partial at the start of a sentence, after a colon, or after `said,`/`said` when the
/// quote starts with a capital (a full quoted sentence).
fn is_partial(body: &str, toks: &[Tok], qi: usize, lo: usize, quote_text: &str) -> bool {
    if qi == lo {
        return false;
    }
    let capital = starts_upper(quote_text) || !starts_lower(quote_text);
    let prev = &toks[qi - 1];
    match prev.kind {
        // `"A." "B."` runs on; `"reckless," "unfunded" and` lists fragments.
        Kind::Quote(_) => !capital,
        Kind::Punct => match text(body, prev) {
            ":" => false,
            // `According to Smith, "we will..."`, `he said, "and then..."`: an introduction.
            "," => {
                !capital
                    && !(qi.saturating_sub(8).max(lo)..qi).any(|k| {
                        word(body, toks, k).is_some_and(|w| {
                            is_cue_finite(w)
                                || is_cue_participle(w)
                                || w.eq_ignore_ascii_case("according")
                        })
                    })
            }
            _ => !capital,
        },
        Kind::Word => {
            let w = text(body, prev);
            !(capital && (is_cue_finite(w) || is_cue_participle(w)))
        }
    }
}

/// The quote at `qi` is a question put to someone: right after a passive "asked" (`Trump was
/// asked, "What's ...?"`), or inside a sentence-opening "Asked whether/if/about" clause that no
/// comma has closed yet (`Asked if Sanders is "realistic enough," 72 percent said yes`).
fn put_to_someone(body: &str, toks: &[Tok], lo: usize, qi: usize) -> bool {
    let passive_asked = (qi.saturating_sub(3).max(lo)..qi).any(|k| {
        word(body, toks, k) == Some("asked")
            && k > lo
            && matches!(
                word(body, toks, k - 1),
                Some("was" | "were" | "is" | "are" | "been" | "being")
            )
            && toks[k + 1..qi].iter().all(|t| t.kind == Kind::Punct)
    });
    // Only words between: wire copy often drops the comma closing the clause (`Asked if he
    // would welcome BNP voters he told the BBC: "..."`, `Asked if she enjoys it she confesses:
    // "..."` are answers, after a speech verb or a colon).
    let asked_clause = word(body, toks, lo) == Some("Asked")
        && matches!(word(body, toks, lo + 1), Some("whether" | "if" | "about"))
        && toks[lo + 2..qi]
            .iter()
            .all(|t| t.kind == Kind::Word && !t.is(CUE));
    passive_asked || asked_clause
}

#[cfg(test)]
#[path = "attribute_tests.rs"]
mod tests;
