//! A structured record (JSON, CSV, SGML fields) → `Article`: the record names its fields, so only
//! the body needs normalizing (NFC, mojibake repaired, archive `''` quotation marks made curly,
//! paragraphs separated by blank lines or, below a blank line, by lines too long to be
//! hard-wrapped; whitespace collapsed)
//! and the date parsing (ISO 8601, RFC 3339, RFC 2822 and a few common day formats).

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use crate::article::body::{starts_item, wraps};
use crate::article::normalize::{canonical_chars, push_paragraph};
use crate::article::Article;
use crate::read::Record;

/// Builds an article from a record whose fields are already named. A date no format below reads
/// is dropped (`None`) rather than guessed.
pub fn from_record(source: &str, record: &Record) -> Article {
    Article {
        source: source.to_string(),
        headline: record
            .headline
            .as_deref()
            .map(|h| one_line(&canonical_chars(h)))
            .filter(|h| !h.is_empty()),
        date: record.date.as_deref().and_then(parse_date),
        body: paragraphs(&canonical_chars(&record.body)),
        quotes: Vec::new(),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Body text → paragraphs separated by `\n\n`. Blank lines separate paragraphs when the text
/// has any; inside a block, a line that looks hard-wrapped (see `body::wraps`) is joined to the
/// next, and any other line ends its paragraph: JSON dumps often mix the two, a blank line
/// after the title and one line a paragraph below it (PolNeAR's political news), and joining
/// those lines would run one speaker's quotes into the next paragraph's. Text with no blank
/// line has one paragraph a line, as JSON dumps that join paragraphs with `\n` write it.
fn paragraphs(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let blank_separated = lines.iter().any(|l| l.is_empty());
    let mut out = String::with_capacity(text.len());
    let mut para = String::new();
    // Quotation marks of the paragraph so far, counted line by line: rescanning the whole
    // paragraph at each line would be quadratic in a long hard-wrapped one.
    let mut marks = Marks::default();
    for (i, line) in lines.iter().enumerate() {
        for word in line.split_whitespace() {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(word);
        }
        marks.add(line);
        let next_continues = blank_separated
            && !line.is_empty()
            && lines
                .get(i + 1)
                .is_some_and(|next| continues_onto(line, marks.open(), next));
        if !next_continues && !para.is_empty() {
            push_paragraph(&mut out, &mut para);
            marks = Marks::default();
        }
    }
    push_paragraph(&mut out, &mut para);
    out
}

/// Opening and closing quotation marks counted over a paragraph's lines.
#[derive(Default)]
struct Marks {
    curly_open: usize,
    curly_close: usize,
    straight: usize,
}

impl Marks {
    fn add(&mut self, line: &str) {
        for c in line.chars() {
            match c {
                '“' => self.curly_open += 1,
                '”' => self.curly_close += 1,
                '"' => self.straight += 1,
                _ => {}
            }
        }
    }

    /// The paragraph leaves a quotation open.
    fn open(&self) -> bool {
        self.curly_open > self.curly_close || self.straight % 2 == 1
    }
}

/// True when `next` goes on with a paragraph whose last line is `line` (inside a block of a
/// blank-separated text): `line` looks hard-wrapped; or it stops mid-sentence and `next`
/// starts in lower case; or the paragraph leaves a quotation open (`open_quote`) that `next`
/// does not re-open (`"We are going to ... stimulus.⏎Josh Bivens, Economic Policy
/// Institute."`: a pull quote with its attribution on a line of its own).
fn continues_onto(line: &str, open_quote: bool, next: &str) -> bool {
    if next.is_empty() || starts_item(next) {
        return false;
    }
    let mid_sentence = !line.ends_with(['.', '!', '?', '"', '”', ':'])
        && next.starts_with(|c: char| c.is_lowercase());
    wraps(line) || mid_sentence || (open_quote && !next.starts_with(['“', '"']))
}

/// A record's date → the calendar day it names (in its own time zone: a story published at
/// 23:30 in New York is dated that day, not the next UTC day).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    let date = DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .map(|d| d.date_naive())
        .ok()
        .or_else(|| {
            [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%d %H:%M:%S%.f",
                "%Y-%m-%dT%H:%M",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
            .map(|d| d.date())
        })
        .or_else(|| {
            ["%Y-%m-%d", "%Y/%m/%d", "%d-%b-%Y", "%B %d, %Y", "%d %B %Y"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        })
        // `2019-05-14T10:00:00.000+0000` and other near-ISO stamps: the day is the first ten.
        .or_else(|| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())?;
    (1800..=2100)
        .contains(&chrono::Datelike::year(&date))
        .then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("2019-05-14", day(2019, 5, 14)),
            ("2019-05-14T23:30:00-04:00", day(2019, 5, 14)),
            ("2019-05-14T10:00:00Z", day(2019, 5, 14)),
            ("2019-05-14 10:00:00", day(2019, 5, 14)),
            ("2019-05-14T10:00:00.000+0000", day(2019, 5, 14)),
            ("Tue, 14 May 2019 10:00:00 GMT", day(2019, 5, 14)),
            // What the SGML reader makes of Reuters' 26-FEB-1987 15:01:01.79.
            ("1987-02-26T15:01:01", day(1987, 2, 26)),
            ("26-FEB-1987", day(1987, 2, 26)),
            ("May 14, 2019", day(2019, 5, 14)),
            ("2019/05/14", day(2019, 5, 14)),
            ("yesterday", None),
            ("0001-01-01", None),
            ("", None),
        ];
        for (raw, want) in cases {
            assert_eq!(parse_date(raw), *want, "{raw:?}");
        }
    }

    #[test]
    fn bodies_become_paragraphs() {
        let cases: &[(&str, &str)] = &[
            ("One  two\nthree.\n\nFour.\n", "One two three.\n\nFour."),
            ("Line one.\nLine two.", "Line one.\n\nLine two."),
            // A blank line under the title, then one paragraph a line: lines too long to be
            // hard-wrapped end their paragraph; a line cut mid-sentence, or inside a quotation
            // that the next line does not re-open, goes on.
            (
                "Title\n\nThe mayor of the harbour town said on Monday that the bridge would close for repairs in May and June this year.\n“It is a great day,” Ruiz said.\nThe council met later that evening to discuss the harbour plan, the new bridge and its costs to the town over ten years, and\nit voted to delay.\n\"We are going to enter the next recession without the consensus that of course we will need to do stimulus.\nDana Ruiz, Harbour Institute.\"",
                "Title\n\nThe mayor of the harbour town said on Monday that the bridge would close for repairs in May and June this year.\n\n“It is a great day,” Ruiz said.\n\nThe council met later that evening to discuss the harbour plan, the new bridge and its costs to the town over ten years, and it voted to delay.\n\n\"We are going to enter the next recession without the consensus that of course we will need to do stimulus. Dana Ruiz, Harbour Institute.\"",
            ),
            ("  \n\nOnly.\n\n\n", "Only."),
            ("e\u{301}te\u{301}", "\u{e9}t\u{e9}"),
            // The NYT archive's marks, which the quotes stage could not pair.
            (
                "''It's big,'' Mr. Garin said.",
                "\u{201c}It's big,\u{201d} Mr. Garin said.",
            ),
            ("", ""),
        ];
        for (body, want) in cases {
            let record = Record {
                body: body.to_string(),
                headline: Some("  A\n headline ".to_string()),
                ..Record::default()
            };
            let article = from_record("x#1", &record);
            assert_eq!(article.body, *want, "{body:?}");
            assert_eq!(article.headline.as_deref(), Some("A headline"));
        }
    }
}
