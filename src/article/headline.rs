//! Classified lines → the headline: which line it is (so the body can skip it), or, when
//! no line carries it, the last item of a breadcrumb trail.
//!
//! No single clue is reliable on scraped pages, so candidates are scored on evidence:
//! a title-like shape (a few words, no closing full stop), being early, matching a
//! breadcrumb's last item, being repeated further down (pages often end with a copy of
//! the headline), a date or byline right under it, standing alone between blank lines
//! (BBC-style files), and Title Case; being above a breadcrumb trail (a masthead or a
//! section label) counts against. A text whose first line is already a long paragraph
//! (one-document-a-line corpora) has no headline: `None` rather than a made-up one.

use super::{Kind, Line};

/// The headline and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub text: String,
    /// The line that is the headline, or `None` if only a breadcrumb named it.
    pub line: Option<usize>,
}

/// Headlines are looked for among the first lines of a page only.
const SEARCH_LINES: usize = 25;
/// Taken from a candidate above a breadcrumb trail: enough to outweigh being first.
const ABOVE_TRAIL_PENALTY: i32 = 25;
/// Given to the line that repeats part of the page title, and taken from the title line.
const TITLE_ECHO_BONUS: i32 = 30;
/// Below this score no candidate is convincing.
const MIN_SCORE: i32 = 10;

/// Finds the headline among `lines`, above the article's `region` (see `region`).
pub fn find(lines: &[Line<'_>], region: Option<(usize, usize)>) -> Option<Headline> {
    let region_start = region.map_or(0, |(s, _)| s);
    // The headline comes before the article's first real paragraph, and not far before it.
    let search_end = lines
        .iter()
        .enumerate()
        .skip(region_start)
        .take(SEARCH_LINES)
        .find(|(_, l)| l.kind == Kind::Text && is_paragraph(l.text))
        .map_or(region_start.max(SEARCH_LINES.min(lines.len())), |(i, _)| i);
    let search_start = search_end.saturating_sub(SEARCH_LINES);
    let window = lines.get(search_start..search_end).unwrap_or_default();
    let crumbs: Vec<&str> = window
        .iter()
        .filter_map(|l| match l.kind {
            Kind::Breadcrumb(last) if last.split_whitespace().count() >= 3 => Some(last),
            _ => None,
        })
        .collect();
    // Site names and section labels sit above the navigation trail; the headline below it.
    let last_trail = window
        .iter()
        .rposition(|l| matches!(l.kind, Kind::Breadcrumb(_)))
        .map(|t| t + search_start);
    // A page dump starts with the page's <title>, "Headline - Site name": the line that
    // repeats part of it is the headline, and the title line itself is not.
    let title_echo = title_echo(lines, search_start, search_end);

    let mut best: Option<(i32, usize)> = None;
    let mut texts_before = 0;
    let texts_in_window = window.iter().filter(|l| l.kind == Kind::Text).count();
    for (i, line) in lines.iter().enumerate().take(search_end).skip(search_start) {
        if line.kind != Kind::Text {
            continue;
        }
        // Near the top of a text, the earlier the better; on a page whose article starts
        // far down, the nearer the article the better.
        let rank = if search_start == 0 {
            texts_before
        } else {
            texts_in_window - texts_before - 1
        };
        texts_before += 1;
        if !is_title_like(line.text) {
            continue;
        }
        let mut score = score(lines, i, rank, &crumbs);
        // "Harbridge & District Gazette" / "Home > News > Local": a masthead, unless the
        // trail ends with this very line's text.
        if last_trail.is_some_and(|t| t > i) && !crumbs.iter().any(|c| same_title(c, line.text)) {
            score -= ABOVE_TRAIL_PENALTY;
        }
        match title_echo {
            Some(j) if j == i => score += TITLE_ECHO_BONUS,
            Some(_) if i == 0 => score -= TITLE_ECHO_BONUS,
            _ => {}
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    match best {
        Some((score, i)) if score >= MIN_SCORE => lines.get(i).map(|l| Headline {
            text: l.text.to_string(),
            line: Some(i),
        }),
        _ => crumbs.first().map(|c| Headline {
            text: (*c).to_string(),
            line: None,
        }),
    }
}

/// The last line in `start..end` (other than the first line of the text) that repeats part of
/// the first line, when the first line looks like a page title with a site name.
fn title_echo(lines: &[Line<'_>], start: usize, end: usize) -> Option<usize> {
    let title = lines.first()?.text;
    let lower = title.to_lowercase();
    (start.max(1)..end).rev().find(|&i| {
        lines.get(i).is_some_and(|l| {
            l.kind == Kind::Text
                && l.text.len() >= 15
                && l.text.len() < title.len()
                && lower.contains(&l.text.to_lowercase())
        })
    })
}

fn score(lines: &[Line<'_>], i: usize, rank: usize, crumbs: &[&str]) -> i32 {
    let Some(line) = lines.get(i) else { return 0 };
    let text = line.text;
    let mut score = 20 - 6 * i32::try_from(rank.min(5)).unwrap_or(5);
    if crumbs.iter().any(|c| same_title(c, text)) {
        score += 30;
    }
    if lines.iter().skip(i + 1).any(|l| same_title(l.text, text)) {
        score += 25;
    }
    let kind_at = |j: usize| lines.get(j).map(|l| &l.kind);
    if matches!(kind_at(i + 1), Some(Kind::Date(_) | Kind::Byline))
        || matches!(kind_at(i + 2), Some(Kind::Date(_) | Kind::Byline))
    {
        score += 10;
    }
    let alone_before = i
        .checked_sub(1)
        .and_then(|j| lines.get(j))
        .is_none_or(|p| p.block != line.block);
    let alone_after = lines.get(i + 1).is_none_or(|n| n.block != line.block);
    if alone_before && alone_after {
        score += 8;
    }
    if is_title_case(text) {
        score += 8;
    }
    // The very first line of a file, when it looks like a title at all, usually is one
    // (BBC files, most scraped text that starts at the article).
    if i == 0 {
        score += 10;
    }
    // "James O'Toole": two or three capitalized words are more often an author or a place
    // than a headline.
    if is_name_like(text) {
        score -= 10;
    }
    // A long line with a clause break reads like a standfirst, not a headline.
    if text.split_whitespace().count() >= 15 && text.contains(", ") {
        score -= 6;
    }
    score
}

/// Same headline, ignoring case; a breadcrumb may cut it short with an ellipsis.
pub fn same_title(a: &str, b: &str) -> bool {
    if a.len() == b.len() {
        return a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase();
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let cut = short.trim_end_matches(['…', '.']).trim_end();
    cut.len() < short.len()
        && cut.len() >= 10
        && long
            .get(..cut.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(cut))
}

/// A few words, starting like a title and not ending like a sentence or a label.
pub fn is_title_like(line: &str) -> bool {
    if line.len() > 200 {
        return false;
    }
    let words = line.split_whitespace().take(26).count();
    if !(2..=25).contains(&words) {
        return false;
    }
    if line.ends_with([',', ';', ':']) || (line.ends_with('.') && !ends_with_abbreviation(line)) {
        return false;
    }
    let mut chars = line.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return false;
    };
    // A lowercase start is a sentence fragment, unless it is a brand like "iTunes".
    let fragment = first.is_lowercase() && !second.is_some_and(char::is_uppercase);
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    !fragment && letters * 2 >= line.chars().count() && !super::date::is_date_like(line)
}

/// "Govt.", "U.S.", "Inc.", "..." and "…." end titles without ending a sentence.
fn ends_with_abbreviation(line: &str) -> bool {
    if line.ends_with("..") || line.ends_with("….") {
        return true;
    }
    let last = line
        .rsplit(' ')
        .next()
        .unwrap_or(line)
        .trim_end_matches('.');
    let starts_upper = last.chars().next().is_some_and(char::is_uppercase);
    starts_upper && (last.chars().count() <= 4 || last.contains('.'))
}

/// Two or three words, all capitalized, no digits: "James O'Toole", "CNN Money".
fn is_name_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
}

/// A paragraph of prose: long, or ending like a sentence with a fair number of words.
pub fn is_paragraph(line: &str) -> bool {
    let words = line.split_whitespace().take(40).count();
    words >= 40 || (words >= 20 && line.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')']))
}

/// Words that Title Case styles leave in lowercase.
const MINOR_WORDS: &[&str] = &[
    "and", "but", "for", "nor", "the", "via", "from", "into", "with", "over",
];

/// Most longer words capitalized: "Man Bites Dog In Sochi". Short words (of, in, the)
/// are ignored because house styles differ on them.
fn is_title_case(line: &str) -> bool {
    let (mut caps, mut total) = (0, 0);
    for word in line.split_whitespace() {
        let letters = word.trim_matches(|c: char| !c.is_alphabetic());
        if letters.chars().count() < 3 || MINOR_WORDS.contains(&letters) {
            continue;
        }
        total += 1;
        caps += usize::from(letters.chars().next().is_some_and(char::is_uppercase));
    }
    total >= 2 && caps * 4 >= total * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_like_lines() {
        let yes = [
            "Pompeo meets Lavrov amid hope for improved US-Russia ties",
            "Chelsea sack Mutu",
            "\u{201c}We will respond\u{201d}, says Pompeo",
            "Is this the end of the euro?",
            "2020 race heats up",
            "iTunes now selling Band Aid song",
            "$1m payoff for former Shell boss",
            "U.S. Gives Millions to Groups in Macedonia’s Govt.",
            "What is Really Going On….",
        ];
        let no = [
            "Meeting with Russian Foreign Minister Sergei Lavrov earlier in the day, Pompeo said.",
            "Latest",
            "the lowercase start is a fragment",
            "Tags:",
            "He said it was over.",
            "12:30 - 15/05/2019",
            "Saturday 20 November",
            "Wed, May 15 at 10:02 BST",
        ];
        for l in yes {
            assert!(is_title_like(l), "{l}");
        }
        for l in no {
            assert!(!is_title_like(l), "{l}");
        }
    }

    #[test]
    fn same_title_rules() {
        assert!(same_title("Pompeo meets Lavrov", "POMPEO MEETS LAVROV"));
        assert!(same_title(
            "Pompeo meets Lavrov amid…",
            "Pompeo meets Lavrov amid hope"
        ));
        assert!(!same_title("Pompeo meets", "Pompeo meets Lavrov"));
    }

    #[test]
    fn title_case() {
        assert!(is_title_case(
            "Trump's Genius Poll Is Complete & The Results"
        ));
        assert!(is_title_case("The New Cold War In 2018"));
        assert!(!is_title_case(
            "Pompeo meets Lavrov amid hope for improved ties"
        ));
    }
}
