//! Classified lines + the headline → the body: the article's paragraphs in order, joined
//! with `\n\n`, and nothing else.
//!
//! - Everything above the headline is page furniture (navigation, crawl date, breadcrumbs)
//!   and is skipped; a headline is only ever chosen above the first real paragraph, so no
//!   article text is lost that way. Only the article's region (see `region`) is read: on a
//!   whole-page dump, the menus and teasers before it and the footer after it are dropped.
//! - Furniture, bylines, date lines and copies of the headline are dropped wherever they sit.
//! - A "Comments"/"Leave a reply" marker ends the article; a "Related stories" marker drops
//!   the short link lines under it but lets a following paragraph back in, because such
//!   boxes are sometimes embedded mid-article.
//! - Paragraphs are blocks between blank lines. Inside a block, a line that fills a typical
//!   wrap width continues onto the next (hard-wrapped text is rejoined with a space); longer
//!   or sentence-final short lines end their paragraph. A text with no blank lines at all has
//!   one paragraph per line.

use super::chrome::{is_comments_start, is_signature, is_tail_marker};
use super::headline::{same_title, Headline};
use super::{Kind, Line};

/// Lines up to this long may be hard-wrapped; longer lines are whole paragraphs.
const WRAP_MAX: usize = 100;
/// A wrapped line ending in a full stop still continues if it is at least this long.
const WRAP_MIN: usize = 50;
/// At most this many lines between the headline and the article's region are kept.
const PRE_REGION_LINES: usize = 3;
/// In a related-links box, lines shorter than this (in words) are link titles.
const LINK_WORDS: usize = 15;

/// Assembles the body from `lines`, given the headline found among them.
pub fn assemble(
    lines: &[Line<'_>],
    headline: Option<&Headline>,
    blank_lines: bool,
    region: Option<(usize, usize)>,
) -> String {
    let after_headline = match headline {
        Some(Headline { line: Some(i), .. }) => i + 1,
        // Named only by a breadcrumb: the article starts after the breadcrumb.
        Some(h) => lines
            .iter()
            .position(|l| matches!(l.kind, Kind::Breadcrumb(last) if last == h.text))
            .map_or(0, |i| i + 1),
        None => 0,
    };
    let Some((region_start, region_end)) = region else {
        return String::new();
    };
    // Lines between a nearby headline and the article's prose (a standfirst, a short first
    // paragraph) are kept; when the headline is far above the prose, what lies between is
    // page furniture.
    let start = if region_start > after_headline + PRE_REGION_LINES {
        region_start
    } else {
        after_headline
    };
    let mut out = String::new();
    let mut paragraphs = 0;
    // The previous kept line, if the next kept line may continue its paragraph.
    let mut open: Option<&Line<'_>> = None;
    let mut skipping_links = false;
    let region = lines.get(start..=region_end).unwrap_or_default();
    let comments = comment_section(region).map_or(region.len(), |i| i);
    for line in region.iter().take(comments) {
        if paragraphs > 0 && is_tail_marker(line.text) {
            if is_comments_marker(line.text) {
                break;
            }
            skipping_links = true;
            open = None;
            continue;
        }
        let is_copy = headline.is_some_and(|h| same_title(&h.text, line.text));
        if line.kind != Kind::Text || is_copy {
            open = None;
            continue;
        }
        if skipping_links {
            if line.text.split_whitespace().count() < LINK_WORDS {
                continue;
            }
            skipping_links = false;
        }
        let continues = blank_lines
            && !starts_item(line.text)
            && open.is_some_and(|prev| prev.block == line.block && wraps(prev.text));
        if continues {
            out.push(' ');
        } else {
            if paragraphs > 0 {
                out.push_str("\n\n");
            }
            paragraphs += 1;
        }
        out.push_str(line.text);
        open = Some(line);
    }
    out
}

/// True if a line looks cut by hard wrapping rather than ended by its writer.
pub(super) fn wraps(line: &str) -> bool {
    // Bytes, not characters: a few accented letters do not change the verdict.
    let len = line.len();
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', ':']);
    len <= WRAP_MAX && (!ends_sentence || len >= WRAP_MIN)
}

/// A list item ("- ", "* ", "• ", "1. ") starts its own paragraph even inside a block.
pub(super) fn starts_item(line: &str) -> bool {
    if ["- ", "* ", "• ", "– ", "— ", "· "]
        .iter()
        .any(|m| line.starts_with(m))
    {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits <= 2
        && line
            .get(digits..)
            .is_some_and(|r| r.starts_with([')', '.']) && r.get(1..2) == Some(" "))
}

/// Where the comment section starts in `lines` (an article's region), if it has one: at a line
/// that opens one, or at the first of two or more comment signatures, after the first line of
/// prose.
fn comment_section(lines: &[Line<'_>]) -> Option<usize> {
    let first_prose = lines.iter().position(|l| {
        l.kind == Kind::Text && l.text.split_whitespace().nth(LINK_WORDS).is_some()
    })?;
    let after = || lines.iter().enumerate().skip(first_prose + 1);
    let opening = after()
        .find(|(_, l)| is_comments_start(l.text))
        .map(|(i, _)| i);
    let mut signatures = after()
        .filter(|(_, l)| is_signature(l.text))
        .map(|(i, _)| i);
    let signed = signatures.next().filter(|_| signatures.next().is_some());
    opening.into_iter().chain(signed).min()
}

fn is_comments_marker(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.contains("comment") || lower.contains("leave a reply")
}
