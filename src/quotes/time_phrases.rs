//! Time adverbials between a subject and its verb ("Trump on Friday said", "Feinstein last
//! week said", "The State Department less than two weeks ago said"). In: the token stream and
//! the verb. Out: where the time phrase starts, so the subject can be read before it. Split
//! from `backward.rs`.

use super::lexicon::is_number_word;
use super::np::word;
use super::tokens::Tok;

/// Where a time adverbial ending right before `verb` starts ("Feinstein last week said",
/// "Trump on Friday said", "Obama earlier this month told", "The State Department less than
/// two weeks ago said", "The senator last March said"), else `verb`.
pub(super) fn before_time(body: &str, toks: &[Tok], lo: usize, verb: usize) -> usize {
    let w = |k: usize| word(body, toks, k).map(str::to_ascii_lowercase);
    let unit = |k: usize| w(k).is_some_and(|u| time_unit(&u) || is_month(&u));
    if verb < lo + 2 {
        return verb;
    }
    if w(verb - 1).is_some_and(|d| matches!(d.as_str(), "ago" | "later" | "earlier")) {
        return counted_span(body, toks, lo, verb - 1).unwrap_or(verb);
    }
    if !unit(verb - 1) {
        return verb;
    }
    let mut start = verb - 1;
    if w(start - 1).is_some_and(|d| matches!(d.as_str(), "last" | "this" | "on" | "that")) {
        start -= 1;
        if start > lo && w(start - 1).as_deref() == Some("earlier") {
            start -= 1;
        }
    } else if !w(start).is_some_and(|d| is_weekday(&d)) {
        return verb;
    }
    if start > lo {
        start
    } else {
        verb
    }
}

/// "two days", "less than two weeks", "a year" ending at `end - 1` (before "ago"/"later"): the
/// span's first token, when the words there are a count and a unit and something precedes
/// them to be the subject.
fn counted_span(body: &str, toks: &[Tok], lo: usize, end: usize) -> Option<usize> {
    let w = |k: usize| word(body, toks, k).map(str::to_ascii_lowercase);
    let u = end.checked_sub(1).filter(|&u| u > lo)?;
    let stem = w(u)?;
    if !time_unit(stem.strip_suffix('s').unwrap_or(&stem)) {
        return None;
    }
    let count = |c: &str| {
        c.chars().all(|ch| ch.is_ascii_digit())
            || is_number_word(c)
            || matches!(c, "a" | "an" | "few" | "several" | "some" | "many")
    };
    let mut start = u;
    if start > lo + 1 && w(start - 1).is_some_and(|c| count(&c)) {
        start -= 1;
        // "less than two weeks", "more than a year", "about two hours", "just days".
        if start > lo + 1 && w(start - 1).is_some_and(|c| matches!(c.as_str(), "few" | "than")) {
            start -= 1;
        }
        if start > lo + 1
            && w(start - 1).is_some_and(|c| {
                matches!(
                    c.as_str(),
                    "less" | "more" | "about" | "nearly" | "almost" | "just" | "only" | "a"
                )
            })
        {
            start -= 1;
        }
    } else if !stem.ends_with('s') {
        // "week later" needs its count; "days later", "weeks ago" stand alone.
        return None;
    }
    Some(start)
}

/// "week", "day", "hours": the units a time phrase counts in (singular as written).
fn time_unit(u: &str) -> bool {
    matches!(
        u,
        "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "weekend"
            | "day"
            | "hour"
            | "minute"
            | "moment"
            | "decade"
    ) || is_weekday(u)
}

pub(super) fn is_month(u: &str) -> bool {
    matches!(
        u,
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// "Monday", "Sunday" as written (any case).
pub(crate) fn is_weekday_word(w: &str) -> bool {
    is_weekday(&w.to_ascii_lowercase())
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}
