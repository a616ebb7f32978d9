//! The source a report cites over the person it quotes: `"...," Walker said, according to an
//! Associated Press account` and `According to White House pool reports, Obama said "there is
//! love"` are attributed (PolNeAR, and the reader) to the account and the pool reports, since
//! the author did not hear Walker or Obama. In: the token stream, the quote tokens and their
//! `Analysis`. Out: the analyses, with the mention moved to the cited source.
//!
//! On PolNeAR train, 34 of the 41 quotes followed by "according to X" in their sentence and 27
//! of the 29 led by a sentence-opening "According to X," have X as their gold source; the
//! exceptions are an "according to" inside a reported clause ("said that according to its
//! analysis, ..."), which both readers below refuse.

use super::attribute::{Analysis, BACK_WINDOW};
use super::forward::forward_np;
use super::lexicon::{is_determiner, starts_lower, starts_upper, CUE, PART};
use super::np::{count, punct, word, Mention, MentionKind};
use super::tokens::{quote_ends_with, Kind, Tok};

/// Most tokens from the quote to a following "according to" ("said of the families of gun
/// violence victims, according to" is 10).
const AFTER: usize = 24;

/// Most tokens from an opening "According to" to the quote ("According to White House pool
/// reports, Obama said" is 8).
const OPENING: usize = 25;

/// For each quote, an "according to X" in its sentence, after the quote or opening the
/// sentence before it, makes X the speaker.
pub(super) fn cited_sources(body: &str, toks: &[Tok], qtok: &[usize], analyses: &mut [Analysis]) {
    for (a, &qi) in analyses.iter_mut().zip(qtok) {
        // `According to PC Pro, ... "...," he said.`: a cue after the quote is its own.
        let speaker_after = a.mention.is_some_and(|m| m.first > qi);
        let cited = cited_after(body, toks, qi, a.mention).or_else(|| {
            (!speaker_after)
                .then(|| cited_before(body, toks, qi))
                .flatten()
        });
        if let Some(np) = cited.or_else(|| a.mention.and_then(|m| poll_behind(body, toks, m))) {
            a.mention = Some(np);
            a.relative = None;
        }
    }
}

/// `In a September Post-ABC poll, 75 percent of Republicans said "..."`, `The poll also finds
/// that 37 percent say ...`: a share of respondents speaks through the poll that counted them,
/// and PolNeAR names the poll (train: 3 of the 4 quotes whose speaker is "N percent" in a
/// sentence that names its poll).
fn poll_behind(body: &str, toks: &[Tok], m: Mention) -> Option<Mention> {
    let share = word(body, toks, m.first).is_some_and(|w| count(w) && w.ends_with('%'))
        || (word(body, toks, m.first).is_some_and(count)
            && word(body, toks, m.first + 1) == Some("percent"));
    if !share {
        return None;
    }
    let sent = toks[m.first].sent;
    let poll = (m.first.saturating_sub(BACK_WINDOW)..m.first)
        .rev()
        .take_while(|&k| toks[k].sent == sent)
        .find(|&k| matches!(word(body, toks, k), Some("poll" | "survey")))?;
    let first = (poll.saturating_sub(8)..poll)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word && toks[k].sent == sent)
        .find(|&k| word(body, toks, k).is_some_and(|w| is_determiner(w) || w.ends_with("'s")))?;
    Some(Mention {
        first,
        last: poll,
        kind: MentionKind::Descriptor,
    })
}

/// `"...," Obama said of the families, according to a White House pool report.` /
/// `Trump said he was "happy to see" that Khan won, according to The New York Times.` At most
/// one speech verb between (the quote's own cue, when its speaker follows the quote), and not
/// `..., adding that according to the budget office ...`, a source inside reported speech.
fn cited_after(body: &str, toks: &[Tok], qi: usize, mention: Option<Mention>) -> Option<Mention> {
    // `"... campaign." Ohio Gov. John Kasich said ...`: a quote closing on a full stop ends
    // its sentence, whatever the sentence splitter made of it.
    if quote_ends_with(body, toks, qi, &['.']) {
        return None;
    }
    let sent = toks[qi].sent;
    let speaker_after = mention.is_some_and(|m| m.first > qi);
    let mut cues = 0;
    let mut k = qi + 1;
    while k < toks.len() && k - qi <= AFTER && toks[k].sent == sent {
        if matches!(toks[k].kind, Kind::Quote(_)) {
            return None;
        }
        let outer = cues <= usize::from(speaker_after) && word(body, toks, k - 1) != Some("that");
        if according_to(body, toks, k) {
            return source(body, toks, k + 2).filter(|_| outer);
        }
        if per(body, toks, k) {
            return source(body, toks, k + 1).filter(|_| outer);
        }
        // (An outlet closing the sentence relays all of it, whatever verbs come between:
        // `..., saying X was "doing the right thing," suggesting ..., CNN reported.`)
        if k > qi + 1 {
            if let Some(outlet) = reporting_outlet(body, toks, qi, k) {
                return Some(outlet);
            }
        }
        if toks[k].is(CUE | PART) {
            cues += 1;
        }
        k += 1;
    }
    None
}

/// `According to ProPublica, Clinton praised her "wonderful donors"`: an opening "According to
/// X," (at the sentence start or after a comma) with no speech verb and no other quote before
/// the quote.
fn cited_before(body: &str, toks: &[Tok], qi: usize) -> Option<Mention> {
    let sent = toks[qi].sent;
    let mut lo = qi;
    while lo > 0 && toks[lo - 1].sent == sent && qi - lo < BACK_WINDOW {
        lo -= 1;
    }
    // Within a clause's reach: a run-on "sentence" (prices, abbreviations) may hold several.
    let k = (lo.max(qi.saturating_sub(OPENING))..qi).rev().find(|&k| {
        let opens = k == lo || punct(body, toks, k - 1) == Some(",");
        opens && according_to(body, toks, k)
    })?;
    // (Quotes after the opening are its too: `According to White House pool reports, Obama
    // said "there is love" ..., which he called "an evil, hateful act."`)
    let other_quote = (lo..k).any(|j| matches!(toks[j].kind, Kind::Quote(_)));
    if other_quote || (lo..k).any(|j| toks[j].is(CUE)) {
        return None;
    }
    let np = source(body, toks, k + 2)?;
    // "White House pool reports,": a name the phrase reader stops at may head a few lower-case
    // nouns up to the comma.
    let comma = (np.last + 1..(np.last + 4).min(qi))
        .find(|&j| punct(body, toks, j).is_some())
        .filter(|&j| punct(body, toks, j) == Some(","))?;
    // ("reports" reads as a verb to the phrase reader.)
    let nouns = (np.last + 1..comma).all(|j| word(body, toks, j).is_some_and(starts_lower));
    nouns.then_some(Mention {
        last: comma - 1,
        ..np
    })
}

/// `..., reports USA Today.` / `..., CNN reported.` closing the sentence: the outlet whose
/// report the author relays. Only a name (with "the"), and only at the sentence's end (past a
/// time: "reported Monday"), so "reported that ..." and "the group reported losses" stay.
fn reporting_outlet(body: &str, toks: &[Tok], qi: usize, k: usize) -> Option<Mention> {
    let verb = word(body, toks, k)?;
    if !matches!(verb, "reported" | "reports") || punct(body, toks, k - 1).is_some_and(|p| p != ",")
    {
        return None;
    }
    let sent = toks[k].sent;
    let closes = |mut j: usize| {
        while word(body, toks, j).is_some_and(|w| starts_upper(w) || w == "on") && j < k + 4 {
            j += 1;
        }
        j >= toks.len() || toks[j].sent != sent || matches!(punct(body, toks, j), Some("." | ";"))
    };
    let named = |m: &Mention| {
        m.kind == MentionKind::Name
            || (m.last > m.first
                && word(body, toks, m.first).is_some_and(|w| w.eq_ignore_ascii_case("the")))
    };
    // "..., reports USA Today."
    if punct(body, toks, k - 1) == Some(",") {
        let np = forward_np(body, toks, k + 1, toks.len().min(k + 8))?;
        return (named(&np) && closes(np.last + 1)).then_some(np);
    }
    // "..., CNN reported." — the outlet runs from the comma to the verb; `"...," the Times
    // reported.` — or from the quote that ends on one.
    let comma = (k.saturating_sub(6).max(qi)..k)
        .rev()
        .find(|&j| punct(body, toks, j).is_some() || j == qi)?;
    let np = forward_np(body, toks, comma + 1, k).filter(|m| m.last + 1 == k)?;
    let after_comma = punct(body, toks, comma) == Some(",")
        || (comma == qi && quote_ends_with(body, toks, qi, &[',']));
    (after_comma && named(&np) && closes(k + 1)).then_some(np)
}

/// `"...," per the party's bylaws.`, `..., per a source familiar with the talks`: "per" set off
/// by a comma, before a determiner or a name, is "according to" (not "per cent", "per share").
fn per(body: &str, toks: &[Tok], k: usize) -> bool {
    word(body, toks, k) == Some("per")
        && k > 0
        && (punct(body, toks, k - 1) == Some(",") || quote_ends_with(body, toks, k - 1, &[',']))
        && word(body, toks, k + 1).is_some_and(|w| is_determiner(w) || starts_upper(w))
}

fn according_to(body: &str, toks: &[Tok], k: usize) -> bool {
    word(body, toks, k).is_some_and(|w| w.eq_ignore_ascii_case("according"))
        && word(body, toks, k + 1) == Some("to")
}

/// The cited source's noun phrase, carried through "by": "a court document filed by state
/// attorney Dave Aronberg", "audio provided by Wyoming Public Radio" name their author last.
fn source(body: &str, toks: &[Tok], from: usize) -> Option<Mention> {
    let sent = toks.get(from)?.sent;
    let mut hi = from;
    while hi < toks.len() && toks[hi].sent == sent && hi - from < 24 {
        if matches!(toks[hi].kind, Kind::Quote(_)) || punct(body, toks, hi).is_some() {
            break;
        }
        hi += 1;
    }
    // "according to audio provided by X": a bare noun is no phrase of its own, but its author
    // is; "according to audio provided to The Times" names no author, so the phrase up to the
    // sentence's next mark is the source as written.
    let Some(np) = forward_np(body, toks, from, hi) else {
        let by = (from..hi.min(from + 4)).find(|&k| word(body, toks, k) == Some("by"));
        let last = match by {
            Some(by) => forward_np(body, toks, by + 1, hi)?.last,
            None if hi > from && hi - from <= 8 => hi - 1,
            None => return None,
        };
        return Some(Mention {
            first: from,
            last,
            kind: MentionKind::Descriptor,
        });
    };
    let through = (word(body, toks, np.last + 1) == Some("by"))
        .then(|| forward_np(body, toks, np.last + 2, hi))
        .flatten();
    Some(match through {
        Some(author) => Mention {
            last: author.last,
            ..np
        },
        None => np,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_quotes::mentions as speakers;

    #[test]
    fn a_cited_source_after_the_speaker_is_the_speaker() {
        let body = "The governor spoke in Madison on Monday.\n\n\
                    “Delegates should vote the way they see fit,” Walker said, according to an \
                    Associated Press account.\n\n\
                    “We will win,” Walker said on Tuesday.";
        let got = speakers(body);
        assert_eq!(
            got,
            [
                Some("an Associated Press account".to_string()),
                Some("Walker".to_string())
            ]
        );
    }

    #[test]
    fn a_source_cited_anywhere_later_in_the_sentence() {
        let body = "The mayor toured the flooded district on Monday.\n\n\
                    “They don’t care about politics,” Moreau said of the families who lost \
                    their homes, according to a city hall pool report.\n\n\
                    Moreau said she was “deeply moved” by the volunteers, according to the \
                    Gazette.\n\n\
                    “We stand with you,” Moreau said in a statement according to audio provided \
                    by Radio Sud.";
        assert_eq!(
            speakers(body),
            [
                Some("a city hall pool report".to_string()),
                Some("the Gazette".to_string()),
                Some("audio provided by Radio Sud".to_string()),
            ]
        );
    }

    #[test]
    fn an_opening_according_to_names_the_source() {
        let body = "The bank held its annual meeting in Lyon.\n\n\
                    According to the Gazette, Moreau praised her “wonderful donors” and left \
                    early.\n\n\
                    Moreau said that according to its own analysis, the bank had been “very \
                    prudent” all year.\n\n\
                    “It’s a very sad development,” Moreau told reporters. “This is the end of \
                    it.” Durand said he would have resigned, according to press reports.";
        assert_eq!(
            speakers(body),
            [
                Some("the Gazette".to_string()),
                Some("Moreau".to_string()),
                Some("Moreau".to_string()),
                Some("Moreau".to_string()),
            ]
        );
    }

    #[test]
    fn an_opening_source_covers_every_quote_of_its_sentence() {
        let body = "The mayor toured the valley on Sunday.\n\n\
                    According to city hall pool reports, Moreau said “there is hope” in the \
                    valley after the flood, which she called “a cruel, senseless blow.”";
        assert_eq!(
            speakers(body),
            [
                Some("city hall pool reports".to_string()),
                Some("city hall pool reports".to_string()),
            ]
        );
    }

    #[test]
    fn an_outlet_closing_the_sentence_after_the_quote_or_other_verbs() {
        let body = "The party met in Philadelphia.\n\n\
                    Asked about the ban, Moreau said: \"There will always be exceptions,\" the \
                    Gazette reported.\n\n\
                    Moreau welcomed the vote, saying her rival was \"doing the right thing,\" \
                    suggesting she might ask him to join her, Reuters reported.";
        assert_eq!(
            speakers(body),
            [Some("the Gazette".to_string()), Some("Reuters".to_string())]
        );
    }

    #[test]
    fn an_outlet_reporting_at_the_sentence_end_is_the_source() {
        let body = "The party met in Philadelphia.\n\n\
                    Richards said abortion is “central” to the platform for the first time, \
                    reported the Gazette.\n\n\
                    “We will win,” Moreau said, Reuters reported Monday.\n\n\
                    “We will win,” Moreau said, and the Times reported that she left early.";
        assert_eq!(
            speakers(body),
            [
                Some("the Gazette".to_string()),
                Some("Reuters".to_string()),
                Some("Moreau".to_string()),
            ]
        );
    }

    #[test]
    fn a_share_of_respondents_speaks_through_its_poll() {
        let body = "In a May Harbour Gazette poll, 61 percent of residents said the ferry was \
                    “too expensive to keep.”";
        assert_eq!(
            speakers(body),
            [Some("a May Harbour Gazette poll".to_string())]
        );
        let body = "Asked about the ferry, 61 percent of residents said it was “too expensive.”";
        assert_eq!(
            speakers(body),
            [Some("61 percent of residents".to_string())]
        );
    }

    #[test]
    fn a_cue_after_the_quote_outranks_an_opening_source_far_back() {
        let body = "According to PC World, a print 8x10in costs £1.87. At Jessops the same \
                    image would cost £2.50 and at the kiosk £9.99. \"Considering how inconvenient \
                    it is to go out, printing at home is better,\" he said.\n\n\
                    \"We finally see wage growth,\" Moreau said during the closed-door \
                    session, according to audio provided to the Gazette.";
        assert_eq!(
            speakers(body),
            [
                Some("he".to_string()),
                Some("audio provided to the Gazette".to_string()),
            ]
        );
    }
}
