//! Labels and colons that name the speaker of the quote after them: `Trump: Cruz Has 'To
//! Come a Long Way'`, `Thomas Jefferson – "..."`, interview turns (`KING: "..."` twice in a
//! transcript), `Here's Obama: "..."`. In: the token stream and the quote's sentence. Out: the
//! speaker mention. Split from `before.rs`, whose sentence-level cues come first.

use super::lexicon::{is_determiner, CUE, PART, POSS};
use super::np::{name_mention, paren_open, punct, word, Mention, MentionKind};
use super::opening::dateline_or_rubric;
use super::runs::{all_caps, run_from, run_to};
use super::subject::{clause_subject, sentence_subject};
use super::tokens::Tok;

/// `Thomas Jefferson – "Hemp is of first necessity ..."`: a name opening the sentence, then a
/// dash, then the quote: a list of quotes with their speakers before them.
pub(super) fn dash_label(body: &str, toks: &[Tok], lo: usize, qi: usize) -> Option<Mention> {
    let dash = qi.checked_sub(1).filter(|&d| d > lo)?;
    let opens = lo == 0 || toks[lo - 1].sent != toks[lo].sent;
    if !opens || !matches!(punct(body, toks, dash), Some("–" | "—" | "-" | "--")) {
        return None;
    }
    (run_from(body, toks, lo) == Some(dash) && speaker_label(body, toks, lo, dash - 1))
        .then(|| name_mention(body, toks, lo, lo, dash - 1))
}

/// A name run `first..=last` that may label a speaker before a dash or a colon: not a
/// possessive, not a dateline or a rubric ("New Delhi", "AP", "The Latest"), and not in
/// capitals ("LOS ANGELES -- "...", "BROADWAY BEAT—"...", a dateline or a section heading).
fn speaker_label(body: &str, toks: &[Tok], first: usize, last: usize) -> bool {
    !toks[last].is(POSS)
        && !dateline_or_rubric(body, toks, first, last)
        && !(first..=last).all(|k| word(body, toks, k).is_some_and(all_caps))
}

/// `Mary Magdalene: Yes. "There's something the matter with me."`: a transcript's turn, whose
/// paragraph opens with the speaker's name and a colon, holds the quote in a later sentence of
/// that paragraph with no speech verb between, when the name opens another turn too.
pub(super) fn turn_label(body: &str, toks: &[Tok], qi: usize) -> Option<Mention> {
    let para = toks[qi].para;
    let start = (0..qi).rev().take_while(|&k| toks[k].para == para).last()?;
    let end = run_from(body, toks, start).filter(|&e| e < qi && e - start <= 4)?;
    let labelled = punct(body, toks, end) == Some(":")
        && toks[end].sent != toks[qi].sent
        && speaker_label(body, toks, start, end - 1)
        && !toks[end + 1..qi].iter().any(|t| t.is(CUE | PART));
    if !labelled {
        return None;
    }
    // A transcript gives a speaker more than one turn ("Zum Vergleich:" opens one paragraph).
    let label = &body[toks[start].start..toks[end].end];
    let turns = (0..toks.len())
        .filter(|&k| k == 0 || toks[k - 1].para != toks[k].para)
        .filter(|&k| body[toks[k].start..].starts_with(label))
        .take(2)
        .count();
    (turns == 2).then(|| name_mention(body, toks, start, start, end - 1))
}

/// Headlines, pull quotes and transcripts: `Trump: Cruz Has 'To Come a Long Way'`, `More from
/// Jones: "..."`, `Lopez: Well, no one is like, '...'`. The name right before the sentence's
/// last colon ahead of the quote speaks it. Only a name: "Partial transcript as follows:" and
/// "The message was clear:" introduce no speaker.
pub(super) fn colon_cue(body: &str, toks: &[Tok], lo: usize, qi: usize) -> Option<Mention> {
    let colon = (lo..qi)
        .rev()
        .find(|&k| punct(body, toks, k) == Some(":"))?;
    let mut last = colon.checked_sub(1).filter(|&l| l >= lo)?;
    // "Rep. Ann Ruiz (R-S.C.): ...": past the party tag.
    if punct(body, toks, last) == Some(")") {
        last = paren_open(body, toks, last, lo)?
            .checked_sub(1)
            .filter(|&l| l >= lo)?;
    }
    // "delivered a blunt message to Trump:": a preposition's object is the listener, and so
    // is the object of "told" ("A senior source at the club told the BBC:").
    let object = |s: usize| {
        let s = if s > lo && word(body, toks, s - 1) == Some("the") {
            s - 1
        } else {
            s
        };
        s > lo
            && matches!(
                word(body, toks, s - 1),
                Some(
                    "to" | "with"
                        | "against"
                        | "about"
                        | "at"
                        | "toward"
                        | "towards"
                        | "told"
                        | "tells"
                        | "telling"
                )
            )
    };
    // "Gillibrand on Hillary's Speech Transcripts: '...'": the headline's "X on Y:" gives the
    // speaker first and the topic after "on".
    let opens_sentence = lo == 0 || toks[lo - 1].sent != toks[lo].sent;
    if let Some(e) = run_from(body, toks, lo).filter(|&e| opens_sentence && e + 1 < colon) {
        if matches!(word(body, toks, e), Some("on" | "On")) && !toks[e - 1].is(POSS) {
            return Some(name_mention(body, toks, lo, lo, e - 1));
        }
    }
    if let Some(s) = run_to(body, toks, last).filter(|&s| s >= lo && !toks[last].is(POSS)) {
        if !object(s) && !dateline_or_rubric(body, toks, s, last) {
            return Some(name_mention(body, toks, lo, s, last));
        }
    }
    // "Here's Clinton in December 1992:": the name after "Here's".
    if let Some(k) = (lo..colon).find(|&k| matches!(word(body, toks, k), Some("Here’s" | "Here's")))
    {
        if let Some(e) = run_from(body, toks, k + 1).filter(|&e| e <= colon) {
            return Some(name_mention(body, toks, lo, k + 1, e - 1));
        }
    }
    // "From Bush's Facebook post:", "From the report:": the source quoted from.
    if word(body, toks, lo) == Some("From") && lo + 1 < colon {
        if let Some(e) = run_from(body, toks, lo + 1).filter(|&e| toks[e - 1].is(POSS)) {
            return Some(name_mention(body, toks, lo, lo + 1, e - 1));
        }
        if colon - lo <= 4 && word(body, toks, lo + 1).is_some_and(is_determiner) {
            return Some(Mention {
                first: lo + 1,
                last: colon - 1,
                kind: MentionKind::Descriptor,
            });
        }
    }
    // "President Obama is rolling out a new message: "It's about me."": a quote right after
    // the colon is the words of the sentence's subject, or of the clause before the colon
    // ("When Kerry threatened to sue, Rubio fired back forcefully: "...""). Not a listener.
    if colon + 1 == qi {
        return clause_subject(body, toks, lo, colon)
            .filter(|m| !object(m.first))
            .or_else(|| sentence_subject(body, toks, lo, colon));
    }
    None
}
