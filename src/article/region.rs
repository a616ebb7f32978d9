//! Classified lines → the article's region: the first and last line of the stretch of the page
//! that holds the article's prose, so that whole-page text dumps (menus, teasers of other
//! stories, footers, all one line per block) lose the chrome around the article.
//!
//! Each line gets a weight: prose (a line that ends like a sentence, or is long) earns its
//! word count, a short line that does not end like a sentence (a menu item, a link title, a
//! section label) and page furniture cost a little. The region is the stretch with the
//! largest total (the maximum-sum subarray, one linear pass). Prose far from the article, such
//! as the one-sentence teasers of a "more stories" box, is cut off from it by the menus and
//! link lines in between, which cost more than the teasers earn.
//!
//! Why not keep the first-paragraph-to-end span, as clean text needs: on a page dump the first
//! sentence-like line is often a teaser, and the end is a footer. Why not drop every short
//! line: articles have subheadings and one-line answers, which sit *inside* the region and
//! are kept.

use super::body::starts_item;
use super::chrome::is_tail_marker;
use super::prose::{Class, Judged};
use super::{Kind, Line};

/// Cost of a short line that does not end like a sentence.
const SHORT_COST: i64 = 2;
/// Cost of a line of page furniture (menus, share buttons, breadcrumbs).
const CHROME_COST: i64 = 4;
/// The cost of the Nth costly line in a row is N times its own, up to this many times.
const MAX_RUN: i64 = 4;
/// Lines of at least this many words are prose whatever their ending.
const LONG_WORDS: usize = 25;
/// With less prose than this in total, the text is not an article page (a list, a caption
/// dump): the region is then every line, as before regions existed.
const MIN_PROSE_WORDS: i64 = 12;
/// After the prose, more lines than this holding a non-prose long line are a page footer.
const FOOTER_LINES: usize = 3;

/// The article's lines, as an inclusive index range into `lines`; `None` for no lines.
pub fn find(lines: &[Line<'_>], judged: &[Judged]) -> Option<(usize, usize)> {
    if lines.is_empty() {
        return None;
    }
    let all = Some((0, lines.len() - 1));
    // Kadane's maximum-sum subarray. Ties extend the region rather than end it, so that a
    // zero-weight line (a date, a byline) between prose stays in.
    let (mut best, mut best_range) = (0i64, None);
    let (mut sum, mut start) = (0i64, 0usize);
    // Consecutive costly lines cost more and more: a subheading or a caption inside an article
    // is one or two such lines, a menu or a list of links is a long run of them.
    let mut run = 0i64;
    for (i, (line, j)) in lines.iter().zip(judged).enumerate() {
        let mut w = weight(line, j);
        if w < 0 {
            run += 1;
            w *= run.min(MAX_RUN);
        } else if w > 0 {
            run = 0;
        }
        if sum <= 0 {
            // A region starts on prose, never on a line that costs.
            sum = 0;
            if w <= 0 {
                continue;
            }
            start = i;
        }
        sum += w;
        if sum >= best && sum > 0 {
            best = sum;
            best_range = Some((start, i));
        }
    }
    if best < MIN_PROSE_WORDS {
        return all;
    }
    let (start, end) = best_range?;
    // What follows the prose is a page footer only if some of it is furniture; otherwise it
    // is the article's own ending (a list of winners, a short sign-off) and is kept.
    // So is a run of more than a few lines holding a long line that is not prose (a ticker, a
    // tag cloud): a list that ends an article is one line or is written as list items.
    let after = lines.get(end + 1..).unwrap_or_default();
    let furniture = after
        .iter()
        .any(|l| matches!(l.kind, Kind::Chrome | Kind::Breadcrumb(_)) || is_tail_marker(l.text));
    let unwritten = lines.iter().zip(judged).skip(end + 1).any(|(l, j)| {
        l.kind == Kind::Text
            && j.alone == Class::Bad
            && !starts_item(l.text)
            && l.text.split_whitespace().nth(LONG_WORDS).is_some()
    });
    let footer = furniture || (unwritten && after.len() > FOOTER_LINES);
    Some((start, if footer { end } else { lines.len() - 1 }))
}

fn weight(line: &Line<'_>, judged: &Judged) -> i64 {
    match line.kind {
        Kind::Text => {}
        Kind::Chrome | Kind::Breadcrumb(_) => return -CHROME_COST,
        Kind::Byline | Kind::Date(_) => return 0,
    }
    let words = i64::try_from(word_count(line.text)).unwrap_or(1000);
    if judged.alone == Class::Bad {
        // Long but not prose: a tag cloud, a ticker, a list of names.
        return -(words / 2).max(SHORT_COST);
    }
    if judged.context == Class::Good || ends_sentence(line.text) || words >= LONG_WORDS as i64 {
        words
    } else {
        -SHORT_COST
    }
}

/// Ends like a sentence: a full stop, question or exclamation mark, possibly inside quotes
/// or brackets.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '」', '』', '）']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Words, up to 1,000. Chinese and Japanese write no spaces between words: there, every two
/// ideographs or kana count as a word, so that their prose weighs what it does in English.
fn word_count(text: &str) -> usize {
    let spaced = text.split_whitespace().take(1000).count();
    if text.is_ascii() {
        return spaced;
    }
    let cjk = text.chars().take(4000).filter(|&c| is_cjk(c)).count();
    (spaced + cjk / 2).min(1000)
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

#[cfg(test)]
mod tests {
    use super::super::{classify, prose};
    use super::*;

    fn region(text: &str) -> Option<(usize, usize)> {
        let (lines, _) = classify(text);
        find(&lines, &prose::classify(&lines))
    }

    #[test]
    fn clean_article_is_all_prose_after_the_title() {
        let text = "Title here\n\nThe first paragraph is here and it ends like one.\n\nThe second one ends too.\n\nA list item";
        assert_eq!(
            region(text),
            Some((1, 3)),
            "no footer: the list item is kept"
        );
    }

    #[test]
    fn teasers_behind_menus_are_cut_off() {
        let teaser = "A teaser of another story that ends like a sentence.\nRead full story\n";
        let menu = "News\nSport\nWeather\nTV\nMusic\nCelebs\nFun\nCars\n";
        let article = "The article's first paragraph has many words in it and ends like a sentence, as paragraphs do.\nAnd a second paragraph of the article, a little shorter but still prose.\n";
        let text = format!("{teaser}{teaser}{menu}Headline\n{article}{menu}Privacy policy\n");
        let (lines, _) = classify(&text);
        let (start, end) = find(&lines, &prose::classify(&lines)).expect("region");
        assert_eq!(lines[start].text.split(' ').next(), Some("The"));
        assert_eq!(lines[end].text.split(' ').next(), Some("And"));
    }

    #[test]
    fn unspaced_japanese_prose_counts_by_characters() {
        let menu = "ニュース\nスポーツ\n天気\n";
        let prose = "子どもへの虐待をなくすための法律ができて、親が子どもに体罰をすることが禁止されました。";
        let text = format!("{menu}{prose}\n{prose}\n{menu}Privacy policy\n");
        let (lines, _) = classify(&text);
        assert_eq!(find(&lines, &prose::classify(&lines)), Some((3, 4)));
    }

    #[test]
    fn no_prose_means_every_line() {
        assert_eq!(region("one\ntwo\nthree"), Some((0, 2)));
        assert_eq!(region(""), None);
    }
}
