//! Lines → the publication date. Parses the common English date forms, recognises lines
//! that are a date and little else ("15 May 2019", "Published: Wed 15 May 2019 10:02 BST",
//! "Posted on May 15, 2019 by jane"), wire datelines ("MOSCOW, May 15 (Reuters) -"), and
//! picks the one that dates the article.
//!
//! Crawl date ≠ publication date: scrapers often capture a "today" widget at the very top
//! of the page ("Monday, 22 July 2019" above the navigation). That date says when the page
//! was viewed, so a date on the first line that is followed by navigation, or sits above a
//! headline found further down, is never chosen. A date inside a sentence ("...in Rovaniemi,
//! Finland May 7, 2019.", a photo caption) is never chosen either: only lines that are
//! mostly a date, and datelines, count.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{Kind, Line};

/// How a date line describes itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// "Published", "Posted", "First published".
    Published,
    /// "Updated", "Last modified": later than publication, used only without better evidence.
    Updated,
    /// A bare date.
    Bare,
}

/// A line that is a date and little else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLine {
    pub date: NaiveDate,
    pub label: Label,
}

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// Every full date form, one alternative per form so a line is scanned once.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{m1},?\s+(?P<y1>\d{{4}})\b|{m2}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b|(?P<y3>\d{{4}})-(?P<mo3>\d{{1,2}})-(?P<d3>\d{{1,2}})(?:\b|T)|(?P<a4>\d{{1,2}})[/.](?P<b4>\d{{1,2}})[/.](?P<y4>\d{{4}})\b)",
        m1 = MONTH.replacen('(', "(?P<m1>", 1),
        m2 = MONTH.replacen('(', "(?P<m2>", 1),
    );
    Regex::new(&pattern).expect("static regex")
});

/// "MOSCOW, May 15 (Reuters) -", "LONDON, 15 May 2019 (AP) —", "PARIS, Calif., Jan 3 -".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^\p{{Lu}}[\p{{Lu}} .'’-]{{1,40}}(?:,\s*[\p{{L}} .]{{1,30}})?,\s+(?i:{m1}\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?|(?P<d2>\d{{1,2}})\s+{m2}(?:,?\s+(?P<y2>\d{{4}}))?)\s*(?:\([^)]{{1,30}}\))?\s*[-–—]",
        m1 = MONTH.replacen('(', "(?P<m1>", 1),
        m2 = MONTH.replacen('(', "(?P<m2>", 1),
    );
    Regex::new(&pattern).expect("static regex")
});

/// Words that may stand next to a date on a date line without making it a sentence.
#[rustfmt::skip]
const DATE_LINE_WORDS: &[&str] = &[
    "published", "posted", "updated", "last", "first", "modified", "on", "at", "by", "date", "am",
    "pm", "a.m", "p.m", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "gmt",
    "bst", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "et", "pt",
    "aest", "aedt", "ist", "jst", "updated:", "published:", "posted:",
];

#[rustfmt::skip]
const MONTH_WORDS: &[&str] = &[
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
    "dec", "december",
];

/// A short line made only of date and time words and numbers, with or without a year
/// ("Saturday 20 November", "Wed, May 15 at 10:02 BST"): never a headline.
pub fn is_date_like(line: &str) -> bool {
    if line.len() > 60 {
        return false;
    }
    let mut has_date_word = false;
    let all = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '/'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.trim_end_matches(['.', ':']);
            if w.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            let known = DATE_LINE_WORDS
                .iter()
                .chain(MONTH_WORDS)
                .any(|k| k.eq_ignore_ascii_case(w));
            has_date_word |= known;
            known
        });
    all && has_date_word
}

/// At most this many other words on a date line (a byline and a site name fit; a sentence
/// does not).
const MAX_OTHER_WORDS: usize = 4;

/// Parses the first full date in `s` (any form above). `None` for day/month/year numbers
/// where both orders are possible (`05/06/2019`): without a locale neither guess is safe.
/// Dotted numbers (`05.06.2019`) are read day first, as everywhere dots are used.
pub fn parse(s: &str) -> Option<NaiveDate> {
    DATE.captures_iter(s).find_map(|c| from_captures(&c))
}

fn from_captures(c: &regex::Captures<'_>) -> Option<NaiveDate> {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (y, m, d) = if let Some(y) = num("y1") {
        (y, month(c.name("m1")?.as_str())?, num("d1")?)
    } else if let Some(y) = num("y2") {
        (y, month(c.name("m2")?.as_str())?, num("d2")?)
    } else if let Some(y) = num("y3") {
        (y, num("mo3")?, num("d3")?)
    } else {
        let (a, b, y) = (num("a4")?, num("b4")?, num("y4")?);
        // Dots are the European (German, Nordic, Russian) form, which is always day first;
        // the US month-first order is written with slashes.
        let dotted = c.get(0).is_some_and(|m| m.as_str().contains('.'));
        // Otherwise day first unless that is impossible; equal numbers are unambiguous.
        match (a > 12, b > 12) {
            (true, false) => (y, b, a),
            (false, true) if !dotted => (y, a, b),
            (false, false) if a == b || dotted => (y, b, a),
            _ => return None,
        }
    };
    if !(1900..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn month(name: &str) -> Option<u32> {
    let lower = name.get(..3)?.to_ascii_lowercase();
    let m = match lower.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// A line that is a date and little else, with its label. When a line has two dates
/// ("Published 15 May 2019, updated 16 May 2019") the published one wins.
pub fn date_line(line: &str) -> Option<DateLine> {
    if line.len() > 120 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut best: Option<DateLine> = None;
    let mut rest = String::with_capacity(line.len());
    let mut last_end = 0;
    for c in DATE.captures_iter(line) {
        let Some(whole) = c.get(0) else { continue };
        rest.push_str(line.get(last_end..whole.start()).unwrap_or_default());
        rest.push(' ');
        last_end = whole.end();
        let Some(date) = from_captures(&c) else {
            continue;
        };
        let label = label_before(line.get(..whole.start()).unwrap_or_default());
        let hit = DateLine { date, label };
        best = match best {
            Some(b) if rank(b.label) >= rank(label) => Some(b),
            _ => Some(hit),
        };
    }
    rest.push_str(line.get(last_end..).unwrap_or_default());
    let others = rest
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '|' | '-' | '–' | '—' | '[' | ']' | '(' | ')' | '•' | '·'
                )
        })
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| {
            !DATE_LINE_WORDS.contains(&w.trim_end_matches(['.', ':']).to_lowercase().as_str())
        })
        .count();
    best.filter(|_| others <= MAX_OTHER_WORDS)
}

fn rank(label: Label) -> u8 {
    match label {
        Label::Published => 2,
        Label::Bare => 1,
        Label::Updated => 0,
    }
}

/// The label keyword nearest before a date on its line.
fn label_before(prefix: &str) -> Label {
    let lower = prefix.to_lowercase();
    let published = ["publish", "posted"]
        .iter()
        .filter_map(|k| lower.rfind(k))
        .max();
    let updated = ["updated", "modified"]
        .iter()
        .filter_map(|k| lower.rfind(k))
        .max();
    match (published, updated) {
        (Some(p), Some(u)) if u > p => Label::Updated,
        (Some(_), _) => Label::Published,
        (None, Some(_)) => Label::Updated,
        (None, None) => Label::Bare,
    }
}

/// A wire dateline at the start of a paragraph: (month, day, year if given).
pub fn dateline(paragraph: &str) -> Option<(u32, u32, Option<i32>)> {
    let c = DATELINE.captures(
        paragraph
            .get(..paragraph.len().min(120))
            .unwrap_or(paragraph),
    )?;
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let (m, d, y) = if let Some(m) = c.name("m1") {
        (month(m.as_str())?, num("d1")?, num("y1"))
    } else {
        (month(c.name("m2")?.as_str())?, num("d2")?, num("y2"))
    };
    Some((m, u32::try_from(d).ok()?, y))
}

/// The publication date of an article whose headline is line `headline` (if found).
///
/// Standalone date lines are scored: a "Published" label beats a bare date, which beats an
/// "Updated" one; a date just under the headline (or next to a byline) beats one far away.
/// A wire dateline in the first paragraphs counts as a bare date near the headline; without
/// a year it takes the year of another date in the text, and gives nothing if there is none.
pub fn publication(lines: &[Line<'_>], headline: Option<usize>) -> Option<NaiveDate> {
    let crawl = crawl_date_line(lines, headline);
    let mut best: Option<(i32, usize, NaiveDate)> = None;
    let mut consider = |score: i32, i: usize, date: NaiveDate| {
        if best.is_none_or(|(s, j, _)| score > s || (score == s && i < j)) {
            best = Some((score, i, date));
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let Kind::Date(hit) = line.kind else { continue };
        if Some(i) == crawl {
            continue;
        }
        let mut score = match hit.label {
            Label::Published => 100,
            Label::Bare => 50,
            Label::Updated => 40,
        };
        score += match headline {
            Some(h) if i > h && i - h <= 4 => 40 - 2 * i32::try_from(i - h).unwrap_or(4),
            Some(h) if i < h && h - i <= 2 => 20,
            Some(_) => 0,
            None if i < 6 => 30,
            None => 0,
        };
        let near = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_some_and(|l| l.kind == Kind::Byline)
        };
        if near(i.checked_sub(1))
            || near(Some(i + 1))
            || line.text.to_lowercase().starts_with("by ")
        {
            score += 10;
        }
        consider(score, i, hit.date);
    }
    // Datelines open the first paragraph of wire copy.
    let start = headline.map_or(0, |h| h + 1);
    let first_texts = lines
        .iter()
        .enumerate()
        .skip(start)
        .filter(|(_, l)| l.kind == Kind::Text)
        .take(3);
    for (i, line) in first_texts {
        let Some((m, d, year)) = dateline(line.text) else {
            continue;
        };
        let (year, score) = match year {
            Some(y) => (Some(y), 75),
            None => (year_from_context(lines), 45),
        };
        if let Some(date) = year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
            consider(score, i, date);
        }
        break;
    }
    best.map(|(_, _, date)| date)
}

/// The "today" widget: a date on the first line that is followed by navigation, or that
/// sits above a headline found further down.
fn crawl_date_line(lines: &[Line<'_>], headline: Option<usize>) -> Option<usize> {
    let first = lines.first()?;
    if !matches!(first.kind, Kind::Date(_)) {
        return None;
    }
    let next_is_nav = lines
        .get(1)
        .is_some_and(|l| matches!(l.kind, Kind::Chrome | Kind::Breadcrumb(_)));
    (next_is_nav || headline.is_some_and(|h| h > 1)).then_some(0)
}

/// The year for a dateline without one: from any date line (the crawl date included: it is
/// at worst a little later), else from the first full date anywhere in the text.
fn year_from_context(lines: &[Line<'_>]) -> Option<i32> {
    use chrono::Datelike;
    lines
        .iter()
        .find_map(|l| match l.kind {
            Kind::Date(hit) => Some(hit.date.year()),
            _ => None,
        })
        .or_else(|| lines.iter().find_map(|l| parse(l.text)).map(|d| d.year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    macro_rules! parse_cases {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(parse($input), $want, "input: {:?}", $input);
            }
        )*};
    }

    parse_cases! {
        day_month_year: "15 May 2019" => ymd(2019, 5, 15);
        month_day_year: "May 15, 2019" => ymd(2019, 5, 15);
        abbreviated_month: "Sept. 3, 2018" => ymd(2018, 9, 3);
        ordinal_of: "the 3rd of March 2020" => ymd(2020, 3, 3);
        iso: "2019-05-15" => ymd(2019, 5, 15);
        iso_timestamp: "2019-05-15T10:02:00Z" => ymd(2019, 5, 15);
        numeric_day_first: "15/05/2019" => ymd(2019, 5, 15);
        numeric_month_first: "05/15/2019" => ymd(2019, 5, 15);
        numeric_dotted: "15.05.2019" => ymd(2019, 5, 15);
        numeric_ambiguous_refused: "05/06/2019" => None;
        numeric_dotted_is_day_first: "12.09.2018" => ymd(2018, 9, 12);
        numeric_dotted_month_first_refused: "09.13.2018" => None;
        numeric_same_both_ways: "06/06/2019" => ymd(2019, 6, 6);
        weekday_and_time: "Wed 15 May 2019 10:02 BST" => ymd(2019, 5, 15);
        impossible_day: "31 February 2019" => None;
        no_year: "May 15" => None;
        month_word_inside_name: "Mayor 15 2019" => None;
        year_out_of_range: "15 May 1066" => None;
    }

    macro_rules! line_cases {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                let got = date_line($input).map(|d| (d.date, d.label));
                assert_eq!(got, $want, "line: {:?}", $input);
            }
        )*};
    }

    line_cases! {
        bare_line: "15 May 2019" => ymd(2019, 5, 15).map(|d| (d, Label::Bare));
        crawl_style: "Monday, 22 July 2019" => ymd(2019, 7, 22).map(|d| (d, Label::Bare));
        published: "Published: Wed 15 May 2019 10:02 BST" => ymd(2019, 5, 15).map(|d| (d, Label::Published));
        updated: "Updated 10:02 BST, 16 May 2019" => ymd(2019, 5, 16).map(|d| (d, Label::Updated));
        published_wins_over_updated: "Published 15 May 2019, updated 16 May 2019" => ymd(2019, 5, 15).map(|d| (d, Label::Published));
        posted_with_author: "Posted on May 15, 2019 by janedoe" => ymd(2019, 5, 15).map(|d| (d, Label::Published));
        byline_and_date: "By Jane Doe | May 15, 2019" => ymd(2019, 5, 15).map(|d| (d, Label::Bare));
        bracketed_with_site: "[January 24, 2018 - Example.net]" => ymd(2018, 1, 24).map(|d| (d, Label::Bare));
        caption_is_not_a_date_line: "Mike Pompeo speaks during the Arctic Council summit in Rovaniemi, Finland May 7, 2019." => None;
        sentence_is_not_a_date_line: "The deal was signed on 15 May 2019 in Paris by both sides." => None;
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("MOSCOW, May 15 (Reuters) - Russia said"),
            Some((5, 15, None))
        );
        assert_eq!(
            dateline("LONDON, 15 May 2019 (AP) — Shares fell"),
            Some((5, 15, Some(2019)))
        );
        assert_eq!(
            dateline("WASHINGTON, Jan. 3 - The Senate"),
            Some((1, 3, None))
        );
        assert_eq!(dateline("Moscow said on May 15 - nothing"), None);
        assert_eq!(dateline("WASHINGTON (AP) — No date here"), None);
    }

    #[test]
    fn date_like_lines() {
        assert!(is_date_like("Saturday 20 November"));
        assert!(is_date_like("1300 GMT, Sat 20 Nov"));
        assert!(!is_date_like("Mayor 20 November"));
        assert!(!is_date_like("20 people died"));
    }
}
