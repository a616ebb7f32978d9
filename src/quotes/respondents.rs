//! Poll respondents as the subject of a speech verb: `About four in 10 said they were "angry"`,
//! `those surveyed said Bush has the "best experience"`, `six in 10 Republican voters say`.
//! Polls quote their respondents by share, and the phrase reader, which wants a determiner or
//! a name, read none of these. In: the tokens before a speech verb. Out: the respondents'
//! phrase as written, a description.

use super::lexicon::{is_determiner, is_number_word, is_subordinator, BLOCK, CUE};
use super::np::{count, word, Mention, MentionKind};
use super::tokens::Tok;

/// Words after the share ("Republican primary voters in South Carolina") at most.
const AFTER_SHARE: usize = 6;

/// The respondents ending at token `last` (the word before the verb), if the phrase from the
/// clause start `lo` reads as one.
pub(super) fn respondents(body: &str, toks: &[Tok], lo: usize, last: usize) -> Option<Mention> {
    surveyed(body, toks, lo, last).or_else(|| share(body, toks, lo, last))
}

/// "those surveyed", "voters polled", "Americans questioned": a group and the participle that
/// makes them respondents.
fn surveyed(body: &str, toks: &[Tok], lo: usize, last: usize) -> Option<Mention> {
    let participle = word(body, toks, last)?;
    if last == lo
        || !matches!(
            participle,
            "surveyed" | "polled" | "questioned" | "interviewed" | "sampled"
        )
    {
        return None;
    }
    let group = word(body, toks, last - 1)?;
    let plural = group.len() > 3 && group.ends_with('s') && !group.ends_with("ss");
    let mut first = last - 1;
    if first > lo && word(body, toks, first - 1).is_some_and(is_determiner) {
        first -= 1;
    }
    // "Many of those questioned", "half of voters polled": the share they are.
    if first >= lo + 2 && word(body, toks, first - 1) == Some("of") {
        let share = word(body, toks, first - 2).is_some_and(|q| {
            count(q)
                || number_word(q)
                || matches!(
                    q.to_ascii_lowercase().as_str(),
                    "many" | "most" | "some" | "half" | "all"
                )
        });
        if share {
            first -= 2;
        }
    }
    (matches!(group, "those" | "Those") || plural).then_some(Mention {
        first,
        last,
        kind: MentionKind::Descriptor,
    })
}

/// "About four in 10", "six in 10 voters", "Nearly 7 in 10 Democrats": a share "N in 10" (or
/// in 100, in five ...), with an approximating word before it, opening its clause.
fn share(body: &str, toks: &[Tok], lo: usize, last: usize) -> Option<Mention> {
    let in_at = (last.saturating_sub(AFTER_SHARE + 1).max(lo + 1)..last + 1)
        .rev()
        .find(|&k| word(body, toks, k) == Some("in"))?;
    let whole = word(body, toks, in_at + 1)?;
    let n = word(body, toks, in_at - 1)?;
    if !(count(whole) || number_word(whole)) || !(count(n) || number_word(n)) {
        return None;
    }
    // After the share only the group's own words: no verb, conjunction or clause.
    let group_ok =
        (in_at + 2..=last).all(|k| word(body, toks, k).is_some() && !toks[k].is(BLOCK | CUE));
    if !group_ok {
        return None;
    }
    let mut first = in_at - 1;
    if first > lo && word(body, toks, first - 1).is_some_and(approximates) {
        first -= 1;
    }
    // The share opens its clause: the sentence start or a subordinating or connecting word
    // before it ("while about four in 10 said").
    let opens = first == lo
        || word(body, toks, first - 1)
            .is_none_or(|w| is_subordinator(w) || matches!(w, "and" | "but"));
    opens.then_some(Mention {
        first,
        last,
        kind: MentionKind::Descriptor,
    })
}

/// "four", "Six": a count written as a word, in any case.
fn number_word(w: &str) -> bool {
    is_number_word(&w.to_ascii_lowercase())
}

/// "about", "nearly", "roughly": a word that makes a share approximate.
fn approximates(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "about" | "nearly" | "almost" | "roughly" | "some" | "only" | "just" | "over" | "around"
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_quotes::mentions as speakers;

    #[test]
    fn poll_respondents_speak_as_written() {
        let body = "The Harbour Gazette poll was taken in May.\n\n\
                    About four in 10 said they were \"angry\" with the council. While those \
                    surveyed said the mayor had the \"best experience,\" few trusted her. Six in \
                    10 ferry users say the service is \"too expensive.\" Many of those \
                    questioned said they missed the \"old boats\".";
        assert_eq!(
            speakers(body),
            [
                Some("About four in 10".to_string()),
                Some("those surveyed".to_string()),
                Some("Six in 10 ferry users".to_string()),
                Some("Many of those questioned".to_string()),
            ]
        );
    }

    #[test]
    fn a_share_inside_a_phrase_is_no_respondent() {
        let body = "The price rose by one in 10 cases, she said of the \"worrying\" trend.";
        assert_eq!(speakers(body), [Some("she".to_string())]);
    }
}
