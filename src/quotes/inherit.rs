//! Quotes with no cue of their own → the speaker they continue. In: the quote spans, their
//! analyses and the speakers resolved so far. Out: `who` filled in for uncued quotes that
//! share a paragraph with an attributed quote, continue one across a paragraph break, open
//! the paragraph after one, or (last) follow a narrated sentence about a named person. Never a
//! guess: a quote that fits none of these keeps None.

use super::attribute::{narrated_before, Analysis};
use super::find;
use super::lexicon::{CUE, PART};
use super::tokens::{Kind, Tok};
use super::{Who, SPEECH_WORDS};

/// A full quote with no cue of its own, in a paragraph where another quote is attributed,
/// continues that speaker: `"A," he said. "B."`. The nearest attributed quote before it wins,
/// else the first one after it (`"A." "B," he said.`). A partial quote of a statement's length
/// takes the one before it only.
pub(super) fn inherit_in_paragraph(
    body: &str,
    spans: &[find::Span],
    qtok: &[usize],
    toks: &[Tok],
    analyses: &[Analysis],
    keep: &[bool],
    who: &mut [Option<Who>],
) {
    // Sources are quotes with a cue of their own; found in one pass each way (a scan per
    // quote would be quadratic in a paragraph with thousands of quotes).
    let source = |j: usize| keep[j] && analyses[j].mention.is_some() && who[j].is_some();
    let n = spans.len();
    let mut prev = vec![None; n];
    let mut last: Option<usize> = None;
    for i in 0..n {
        if last.is_some_and(|j| spans[j].para != spans[i].para) {
            last = None;
        }
        prev[i] = last;
        if source(i) {
            last = Some(i);
        }
    }
    let mut next = vec![None; n];
    last = None;
    for i in (0..n).rev() {
        if last.is_some_and(|j| spans[j].para != spans[i].para) {
            last = None;
        }
        next[i] = last;
        if source(i) {
            last = Some(i);
        }
    }
    for i in 0..n {
        if !keep[i] || who[i].is_some() {
            continue;
        }
        // `"...," he said. Instead, "the plan just moves the problem to the suburbs."`: a
        // partial quote of a statement's length, with no speaker of its own, goes on with the
        // speaker just before it in the paragraph; a shorter fragment may be the author's own
        // scare quote ("his criticism of "city values"").
        // A quote going on from the previous paragraph's (`inherit_across_paragraphs`) is
        // not the speaker's of a cue later in its paragraph.
        let continues = i > 0 && runs_on(spans, qtok, toks, keep, i - 1);
        let j = if !analyses[i].partial {
            prev[i].or(next[i].filter(|_| !continues))
        } else if body[spans[i].start..spans[i].end]
            .split_whitespace()
            .count()
            >= SPEECH_WORDS
        {
            prev[i]
        } else {
            None
        };
        if let Some(j) = j {
            who[i] = who[j].clone();
        }
    }
}

/// Span i is unclosed and span i+1 goes on with it: it opens the next paragraph, or re-opens
/// right where span i stopped (a paragraph break lost, see `find::spans`).
fn runs_on(spans: &[find::Span], qtok: &[usize], toks: &[Tok], keep: &[bool], i: usize) -> bool {
    let j = i + 1;
    j < spans.len()
        && !spans[i].closed
        && ((spans[j].para == spans[i].para + 1
            && (qtok[j] == 0 || toks[qtok[j] - 1].para != toks[qtok[j]].para))
            || (spans[j].para == spans[i].para && spans[j].open == spans[i].close))
        && keep[i]
        && keep[j]
}

/// A quote left open at the end of a paragraph and re-opened at the start of the next is one
/// statement: every part gets the speaker of whichever part names one (usually the first).
pub(super) fn inherit_across_paragraphs(
    spans: &[find::Span],
    qtok: &[usize],
    toks: &[Tok],
    keep: &[bool],
    who: &mut [Option<Who>],
) {
    let linked = |i: usize| runs_on(spans, qtok, toks, keep, i);
    for i in 0..spans.len() {
        if linked(i) && who[i + 1].is_none() {
            who[i + 1] = who[i].clone();
        }
    }
    for i in (0..spans.len()).rev() {
        if linked(i) && who[i].is_none() {
            who[i] = who[i + 1].clone();
        }
    }
}

/// Most tokens a paragraph may have after its last quote for the next, quote-only paragraph
/// to continue that speaker: `"...," Mr Farage told BBC Radio Four's Any Questions.` (10).
const SHORT_CUE_TOKENS: usize = 12;

/// Most tokens of a cue whose tail only describes its speaker or listener (see
/// `describes_only`): `"...," said Dean Baker, co-director of the Center for Economic and
/// Policy Research, a liberal think tank.`
const LONG_CUE_TOKENS: usize = 30;

/// True when a cue's words add descriptions only (names, appositives, places, a relative
/// clause about the speaker: "said Murphy, who thinks often about the son's final words") and
/// no new clause: no participle opening a phrase ("referring to"), or conjunction ("because").
fn describes_only(body: &str, tail: &[Tok]) -> bool {
    // "the president replied sternly when asked about a report Poindexter had told him ...",
    // "Colaiacovo said when asked if he believed there was intent": the rest is the question
    // the speaker was answering, no new clause.
    let asked = tail.windows(2).position(|w| {
        &body[w[0].start..w[0].end] == "when" && &body[w[1].start..w[1].end] == "asked"
    });
    let tail = &tail[..asked.unwrap_or(tail.len())];
    tail.iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Word)
        .all(|(k, t)| {
            let w = &body[t.start..t.end];
            // "said, referring to", "he said referring to"; not "the son's reassuring words".
            let opens_phrase = k == 0 || tail[k - 1].kind != Kind::Word || tail[k - 1].is(CUE);
            // "a spokesperson for the BSA which commissioned the survey": a relative clause
            // right after its noun describes it; after a comma or the verb ("said, which
            // means") it is a clause of its own. ("told reporters that ..." reports more.)
            let relative = w == "which" && !opens_phrase;
            !t.is(PART)
                && (!w.ends_with("ing") || !opens_phrase)
                && (relative
                    || !matches!(
                        w,
                        "which"
                            | "that"
                            | "because"
                            | "after"
                            | "when"
                            | "while"
                            | "as"
                            | "but"
                            | "if"
                            | "since"
                            | "before"
                    ))
        })
}

/// The news convention `"A," she said.⏎⏎"B."`: a paragraph that is only a quote, right after
/// a paragraph that ends with an attributed quote and its short cue, continues that speaker.
/// A longer tail after the cue ("he said, referring to the decision to withdraw from the
/// 2015 deal between Iran and world powers") turns to other matters, so nothing is inherited.
pub(super) fn inherit_after_short_cue(
    body: &str,
    spans: &[find::Span],
    qtok: &[usize],
    toks: &[Tok],
    keep: &[bool],
    analyses: &[Analysis],
    who: &mut [Option<Who>],
) {
    for q in 1..spans.len() {
        let qi = qtok[q];
        let opens = qi > 0 && toks[qi - 1].para != toks[qi].para;
        if !keep[q] || who[q].is_some() || analyses[q].partial || !opens {
            continue;
        }
        // The previous paragraph's last quote, if it is attributed and nearly ends it.
        let Some(p) = (0..q).rev().find(|&p| keep[p]) else {
            continue;
        };
        let prev_para = toks[qi - 1].para;
        let tail = qi - 1 - qtok[p];
        let last_in_para = !toks[qtok[p] + 1..qi]
            .iter()
            .any(|t| matches!(t.kind, Kind::Quote(_)));
        let short = tail <= SHORT_CUE_TOKENS
            || (tail <= LONG_CUE_TOKENS && describes_only(body, &toks[qtok[p] + 1..qi]));
        if toks[qtok[p]].para == prev_para && last_in_para && short {
            who[q] = who[p].clone();
        }
    }
}

/// `"The glory days are on their way back. "We couldn't get possession. "Had they been
/// ruthless, ..."`: quotes that follow each other in a paragraph with no word between them
/// (British copy re-opens a mark for each sentence) are one speaker's, whoever the first was
/// given to — by its paragraph's cue or by the paragraph before.
pub(super) fn inherit_back_to_back(
    spans: &[find::Span],
    qtok: &[usize],
    toks: &[Tok],
    keep: &[bool],
    analyses: &[Analysis],
    who: &mut [Option<Who>],
) {
    for q in 1..spans.len() {
        let p = q - 1;
        if !keep[q] || !keep[p] || who[q].is_some() || who[p].is_none() || analyses[q].partial {
            continue;
        }
        let adjacent = spans[p].para == spans[q].para
            && toks[qtok[p] + 1..qtok[q]]
                .iter()
                .all(|t| t.kind == Kind::Punct);
        if adjacent {
            who[q] = who[p].clone();
        }
    }
}

/// Last resort for a full quote with no cue and nothing to continue: the named subject of the
/// narrated sentence just before it speaks it (`Later, Reyes smiled. "I like her."`). `resolve`
/// turns that subject into a person; only a person the article names in full is taken
/// ("Perhaps more importantly ..." and "Brentford have done well" open sentences of quoted
/// speech whose marks went astray).
pub(super) fn inherit_narrated(
    body: &str,
    toks: &[Tok],
    qtok: &[usize],
    analyses: &[Analysis],
    keep: &[bool],
    who: &mut [Option<Who>],
    resolve: impl Fn(&Analysis) -> Option<Who>,
) {
    for q in 0..who.len() {
        if !keep[q] || who[q].is_some() || analyses[q].mention.is_some() || analyses[q].partial {
            continue;
        }
        if let Some(m) = narrated_before(body, toks, qtok[q]) {
            let a = Analysis {
                mention: Some(m),
                ..analyses[q]
            };
            who[q] = resolve(&a).filter(|w| w.speaker.as_deref().is_some_and(|s| s.contains(' ')));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_quotes;
    use super::super::test_quotes::speaker_of;

    #[test]
    fn a_statement_length_fragment_goes_on_with_the_speaker_before_it() {
        let body = "“She was supposed to defend the harbour,” Ana Ruiz said. Instead, “she just \
                    moved the whole problem to the suburbs.”";
        assert_eq!(speaker_of(body, "she just").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_short_fragment_stays_the_authors() {
        let body =
            "“She was supposed to defend the harbour,” Ana Ruiz said. So much for “good old \
                    harbour values.”";
        let quotes = find_quotes(body, None);
        let q = quotes.iter().find(|q| q.text.starts_with("good old"));
        assert!(q.is_some(), "{quotes:?}");
        assert_eq!(q.and_then(|q| q.speaker.as_deref()), None);
    }
    #[test]
    fn a_relative_clause_about_the_speaker_still_hands_on_the_next_paragraph() {
        let body = "“There is something about all those stories, right?” said Ana Ruiz, who \
                    thinks often about the fisherman’s reassuring final words to his son.\n\n\
                    “I do not think that all those things are coincidences.”\n\n\
                    “They never stand by anything,” she said, referring to the board’s decision \
                    to close the harbour.\n\n\
                    “If the city did that in 2020, it would be a disaster.”";
        assert_eq!(speaker_of(body, "I do not").as_deref(), Some("Ana Ruiz"));
        assert_eq!(speaker_of(body, "If the city").as_deref(), None);
    }
}
