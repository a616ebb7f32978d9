//! Where a sentence's subject can start: past leading connectives ("But", "And then"), a wire
//! dateline ("NEW YORK, April 8 -"), a stray mark, and an introductory phrase closed by a comma
//! ("In an August speech,", "A few days later,", "Remarking upon the vote,"). In: the token
//! stream and the sentence's first token. Out: the token where the subject may begin. Used by
//! subject.rs, which reads the subject there.

use super::lexicon::{
    adverb_shape, is_determiner, pronoun, starts_lower, starts_upper, AUX, CAP_STOP, CUE, PART,
};
use super::np::{punct, word};
use super::places::is_capital;
use super::runs::all_caps;
use super::tokens::{text, Kind, Tok};

/// Where the subject of the sentence opening at `lo` can start: past leading connectives ("But",
/// "And then"), a stray mark, and an introductory phrase ("In an August speech,", "Still,").
pub(super) fn opening(body: &str, toks: &[Tok], lo: usize, qi: usize) -> usize {
    let lo = past_dateline(body, toks, lo, qi);
    let mut i = lo;
    while i < qi
        // "And then Trump went on the attack": the second connective is lower case.
        && (word(body, toks, i).is_some_and(|w| {
            (i == lo || starts_lower(w))
                && matches!(
                    w.to_ascii_lowercase().as_str(),
                    "but"
                        | "and"
                        | "so"
                        | "yet"
                        | "still"
                        | "then"
                        | "now"
                        | "later"
                        | "instead"
                        | "also"
                        | "finally"
                        | "meanwhile"
                        | "however"
                )
        }) || (i > lo && punct(body, toks, i) == Some(","))
            // A stray mark opening the paragraph (`"Trump walked onto the stage`).
            || (i == lo && matches!(punct(body, toks, i), Some("\"" | "“" | "(" | "—" | "•"))))
    {
        i += 1;
    }
    past_introduction(body, toks, i, qi)
}

/// `NEW YORK, April 8 - First Boston analyst William Randol recommended ...`: a wire
/// dateline (a place in capitals, a date, a dash) opens the sentence but is not its subject.
fn past_dateline(body: &str, toks: &[Tok], lo: usize, qi: usize) -> usize {
    // "New Delhi: The Board ...", "The Latest: Trump delivers ...".
    let first = if word(body, toks, lo) == Some("The") {
        lo + 1
    } else {
        lo
    };
    let colon = (first + 1..(first + 4).min(qi))
        .take_while(|&k| toks[k].kind != Kind::Punct || punct(body, toks, k) == Some(":"))
        .find(|&k| punct(body, toks, k) == Some(":"));
    if let Some(c) = colon.filter(|&c| dateline_or_rubric(body, toks, first, c - 1)) {
        return c + 1;
    }
    if !word(body, toks, lo).is_some_and(all_caps) {
        return lo;
    }
    (lo + 1..(lo + 10).min(qi))
        .take_while(|&k| !matches!(toks[k].kind, Kind::Quote(_)))
        .find(|&k| matches!(punct(body, toks, k), Some("-" | "—" | "--" | "–")))
        .map_or(lo, |k| k + 1)
}

/// `New Delhi: The Board ... decided`, `AP: Rogers & Cowan ... issued a statement`, `The
/// Latest: ...`: a dateline's city or a wire's or a rubric's label before a colon names no
/// speaker, though it stands where a headline's speaker would (`Pence: Flowers Won't ...`).
pub(super) fn dateline_or_rubric(body: &str, toks: &[Tok], first: usize, last: usize) -> bool {
    const RUBRICS: &[&str] = &[
        "AP",
        "AFP",
        "Reuters",
        "UPI",
        "Xinhua",
        "PTI",
        "IANS",
        "ANI",
        "Latest",
        "Report",
        "Update",
        "Exclusive",
        "Breaking",
        "Analysis",
        "Watch",
        "Video",
        "Poll",
    ];
    let name = &body[toks[first].start..toks[last].end];
    // "George Washington –", "Mr Washington:": a given name or a title before the capital's
    // name makes a person.
    let person = last > first && super::runs::given_name(text(body, &toks[first]));
    RUBRICS.iter().any(|r| r.eq_ignore_ascii_case(name))
        || (is_capital(text(body, &toks[last])) && !person)
}

/// Past an introductory phrase at `i` ("In an August speech,", "Meanwhile,", "When he
/// returned,"): the token after its comma, or `i` when the sentence opens otherwise.
fn past_introduction(body: &str, toks: &[Tok], i: usize, qi: usize) -> usize {
    let Some(w) = word(body, toks, i) else {
        return i;
    };
    // "A few days later, Trump reversed himself": a time phrase is no subject.
    let time = (i + 1..(i + 4).min(qi)).find(|&k| {
        matches!(word(body, toks, k), Some("later" | "ago" | "earlier"))
            && punct(body, toks, k + 1) == Some(",")
            && word(body, toks, k - 1).is_some_and(|u| {
                matches!(
                    u.to_ascii_lowercase().trim_end_matches('s'),
                    "minute" | "hour" | "day" | "week" | "month" | "year" | "moment"
                )
            })
    });
    if let Some(k) = time {
        return k + 2;
    }
    // "Last week the mayor stood ...", "One day a rabbi rushed in", "Earlier this year
    // Ruiz said": a time phrase with no comma, before the subject that starts the clause.
    if let Some(k) = bare_time_phrase(body, toks, i, qi) {
        return k;
    }
    // "Remarking upon ...,", "Preceded by a video,": a participle phrase, told from a surname
    // ("Fleming said", "Manning, a soldier,") by the lower-case non-verb after it.
    let participle = starts_upper(w)
        && ((w.len() > 5 && w.ends_with("ing")) || (w.len() > 4 && w.ends_with("ed")))
        && word(body, toks, i + 1).is_some_and(|n| {
            // "Continuing to push back on ...,": "to" is the participle's, not an auxiliary.
            n == "to" || (starts_lower(n) && !toks[i + 1].is(CUE | AUX | PART))
        });
    let opener = (toks[i].is(CAP_STOP) && pronoun(w).is_none() && !is_determiner(w))
        || adverb_shape(w)
        || participle;
    if !opener {
        return i;
    }
    // A participle phrase still open at the quote has no subject before it.
    let unclosed = if participle { qi } else { i };
    (i + 1..(i + 20).min(qi))
        .take_while(|&k| !matches!(toks[k].kind, Kind::Quote(_)))
        .find(|&k| punct(body, toks, k) == Some(","))
        .map_or(unclosed, |c| c + 1)
}

/// The token after a comma-less time phrase opening the clause ("Last week", "One day",
/// "Earlier this month"), when a subject (a determiner, a pronoun or a capitalized word)
/// follows it; `That day was` keeps its own subject.
fn bare_time_phrase(body: &str, toks: &[Tok], i: usize, qi: usize) -> Option<usize> {
    let lower = |k: usize| word(body, toks, k).map(str::to_ascii_lowercase);
    let unit = |k: usize| {
        lower(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "week"
                    | "month"
                    | "year"
                    | "night"
                    | "day"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "weekend"
                    | "summer"
                    | "winter"
                    | "spring"
                    | "autumn"
                    | "season"
                    | "time"
            )
        })
    };
    let lead = lower(i)?;
    let end = match lead.as_str() {
        "last" | "this" | "next" | "one" | "that" if unit(i + 1) => i + 2,
        "earlier" | "later"
            if matches!(lower(i + 1).as_deref(), Some("this" | "that" | "last")) && unit(i + 2) =>
        {
            i + 3
        }
        _ => return None,
    };
    let next = word(body, toks, end).filter(|_| end < qi && toks[end].sent == toks[i].sent)?;
    let subject = is_determiner(next) || pronoun(next).is_some() || starts_upper(next);
    (subject && !toks[end].is(AUX | CUE)).then_some(end)
}
