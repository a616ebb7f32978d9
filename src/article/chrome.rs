//! One line → what kind of site furniture it is, if any: navigation and share buttons,
//! cookie and copyright notices, breadcrumbs (whose last item is headline evidence),
//! bylines, and the markers that start a page's trailing "related stories"/comments area.
//!
//! Lines are judged alone here; position-dependent rules (a crawl date at the very top,
//! a trailing copy of the headline) live with the stages that know positions
//! (`date`, `headline`, `body`). Most navigation above the headline never reaches these
//! lists: the body starts after the headline, so the lists only need to catch furniture
//! that shows up *inside or after* an article.

use std::sync::LazyLock;

use regex::Regex;

/// What `classify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chrome<'a> {
    /// Navigation, share buttons, ads, notices: never article text.
    Furniture,
    /// `Home » World » Headline`: furniture whose last item may be the headline.
    Breadcrumb { last: &'a str },
    /// `By Jane Doe`, `Reporting by ...; Editing by ...`.
    Byline,
}

/// Lines longer than this are prose, not furniture (except notices, checked by prefix).
const SHORT: usize = 160;

/// Lines longer than this are never a menu of furniture items.
const MENU_MAX: usize = 80;

/// Whole-line furniture, compared lowercased with trailing `:`/`»`/`|` etc. removed.
/// Section names ("World", "Business") are deliberately absent: inside an article such a
/// line is more often a subheading than a menu item, and menus sit above the headline,
/// where `body` skips everything anyway.
#[rustfmt::skip]
const EXACT: &[&str] = &[
    "latest news", "breaking news", "top stories", "more stories", "most popular", "most read",
    "trending", "trending now", "share", "share this", "share this article", "share this story",
    "share this post", "share on facebook", "share on twitter", "tweet", "facebook", "twitter",
    "linkedin", "whatsapp", "pinterest", "reddit", "email", "e-mail", "print", "print this article",
    "email this article", "advertisement", "advertisements", "advertising", "sponsored",
    "sponsored content", "promoted", "read more", "continue reading", "read full article",
    "read the full article", "click here", "subscribe", "subscribe now", "sign in", "log in",
    "login", "register", "sign up", "newsletter", "skip to content", "skip to main content",
    "back to top", "menu", "search", "close", "show more", "load more", "see more", "view comments",
    "privacy policy", "terms of use", "terms of service", "terms and conditions", "contact us",
    "about us", "cookie policy", "accept cookies", "accept all cookies", "next post",
    "previous post", "next article", "previous article", "next story", "previous story", "home",
    "main", "watch", "listen", "video", "image", "photo", "embed", "copy link", "link copied",
    "comments", "no comments", "leave a comment", "leave a reply", "post a comment", "related",
    "related articles", "related stories", "related posts", "related content", "related topics",
    "you may also like", "you might also like", "recommended", "recommended for you",
    "more on this story", "more from", "also read", "see also", "don't miss", "popular",
    "editor's picks",
];

/// Line starts that mark furniture however the line goes on (lowercased).
#[rustfmt::skip]
const PREFIXES: &[&str] = &[
    "share this", "share on ", "follow us", "follow @", "sign up for", "subscribe to ",
    "subscribe for ", "read more:", "read more at", "read more @", "read more here",
    "read more great", "click here to", "continue reading", "related:", "see also:", "also read:",
    "advertisement", "copyright", "©", "(c) ", "image copyright", "image caption", "image source",
    "photo credit", "tags:", "topics:", "filed under", "posted in ", "categories:",
    "this article was originally published", "originally published", "source:",
    "please enable javascript", "enable javascript", "your email address will not be published",
    "comments are closed", "headline:", "you must be logged in", "posted on ", "see more at",
];

/// Cookie and consent notices can be long paragraphs: matched by prefix at any length.
#[rustfmt::skip]
const NOTICE_PREFIXES: &[&str] = &[
    "we use cookies", "this site uses cookies", "this website uses cookies",
    "our website uses cookies", "by continuing to use", "by using this site",
    "by using this website", "we and our partners",
];

/// Phrases that make a short line furniture wherever they sit in it.
const CONTAINS: &[&str] = &[
    "all rights reserved",
    "uses cookies",
    // Only site names and legal lines carry these marks on a line of their own.
    "©",
    "®",
    // A reader-poll widget scraped along with articles on user-contributed news sites.
    "add your two cents",
];

/// Markers after which the rest of a page is related links or comments, not the article.
#[rustfmt::skip]
pub const TAIL_MARKERS: &[&str] = &[
    "related", "related articles", "related stories", "related posts", "related content",
    "related topics", "you may also like", "you might also like", "more on this story", "more from",
    "recommended", "recommended for you", "most popular", "most read", "comments",
    "leave a comment", "leave a reply", "post a comment", "top stories", "more stories",
    "editor's picks", "don't miss",
];

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by|written by|words by|reporting by|report by|story by|posted by|authored by|contributed by|compiled by)\s+\p{Lu}")
        .expect("static regex")
});

/// Small words allowed between the names of a byline ("By Jane Doe and John Roe in Paris").
const BYLINE_CONNECTORS: &[&str] = &[
    "and", "&", "in", "of", "the", "at", "for", "by", "with", "via",
];

/// Breadcrumb separators that never occur inside headlines; `/` and `|` need more evidence.
const STRONG_SEPARATORS: &[&str] = &[" » ", " › ", " > ", " → "];
const WEAK_SEPARATORS: &[&str] = &[" / ", " | "];
const HOME_WORDS: &[&str] = &["home", "main", "news", "start", "front page", "homepage"];

/// Classifies one normalized, non-empty line. `None` means it may be article text.
pub fn classify(line: &str) -> Option<Chrome<'_>> {
    // Runs on every line, long paragraphs included: compare without allocating.
    if NOTICE_PREFIXES
        .iter()
        .any(|p| starts_with_ignore_case(line, p))
    {
        return Some(Chrome::Furniture);
    }
    if line.len() > SHORT {
        return None;
    }
    // Separators ("—", "* * *") and emoji-only lines carry no article text.
    if !line.chars().any(char::is_alphanumeric) {
        return Some(Chrome::Furniture);
    }
    // "- See more at: ..." is matched like "See more at: ...".
    let lower = line
        .trim_start_matches(['-', '–', '—', '•', ' '])
        .to_lowercase();
    if is_menu_of_furniture(&lower) {
        return Some(Chrome::Furniture);
    }
    if let Some(last) = breadcrumb_last(line) {
        return Some(Chrome::Breadcrumb { last });
    }
    let bare = bare(&lower);
    if EXACT.contains(&bare)
        || PREFIXES.iter().any(|p| lower.starts_with(p))
        || CONTAINS.iter().any(|p| lower.contains(p))
        || is_link_only(&lower)
    {
        return Some(Chrome::Furniture);
    }
    if is_byline(line) {
        return Some(Chrome::Byline);
    }
    None
}

/// A lowercased line without the trailing punctuation that menus and labels carry.
fn bare(lower: &str) -> &str {
    lower.trim_end_matches([':', '»', '›', '|', '>', '-', '…', '.', ' '])
}

/// "Subscribe | Sign in", "Facebook · Twitter · Email": a menu whose every item is
/// furniture on its own. Checked before breadcrumbs, whose weak separators it shares, so
/// that its last item is not taken for a headline.
fn is_menu_of_furniture(lower: &str) -> bool {
    // Menus of furniture are short; most lines are not, and skip the scans below.
    if lower.len() > MENU_MAX {
        return false;
    }
    let Some(sep) = [" | ", " / ", " · ", " • "]
        .iter()
        .find(|s| lower.contains(*s))
    else {
        // "Facebook Twitter Email": share buttons scraped onto one line.
        let mut words = lower.split_whitespace();
        return words.clone().count() >= 2 && words.all(|w| EXACT.contains(&bare(w)));
    };
    lower
        .split(sep)
        .all(|item| EXACT.contains(&bare(item.trim())))
}

/// ASCII case-insensitive `starts_with` (every prefix in the lists is lowercase ASCII).
fn starts_with_ignore_case(line: &str, prefix: &str) -> bool {
    line.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// True for a line that opens the trailing related-links or comments area of a page.
pub fn is_tail_marker(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let lower = line.to_lowercase();
    let bare = lower.trim_end_matches([':', '»', '›', '|', '.', ' ']);
    TAIL_MARKERS.contains(&bare) || is_comment_count(bare)
}

/// Openings of a page's comment section, matched as line starts at any length: a dump often
/// glues the section's heading to the first comment ("Comments are now closed for this story
/// Stephen B The time has come ...").
#[rustfmt::skip]
const COMMENT_STARTS: &[&str] = &[
    "comments are closed", "comments are now closed", "comments have been closed",
    "commenting is closed", "commenting has been closed", "leave a comment", "leave a reply",
    "add your comment", "add a comment", "post a comment", "post your comment", "reader comments",
    "readers' comments", "readers comments", "join the discussion", "join the conversation",
    "show comments", "view comments", "read comments", "comments (",
];

/// Comment signatures ("Posted by: Sean | Jan 10, 2008 4:49 PM"): two of them after an
/// article's first paragraph mean its comment section has begun.
const SIGNATURE_STARTS: &[&str] = &["posted by", "comment by", "submitted by", "report this"];

/// True for a line that opens a page's comment section.
pub fn is_comments_start(line: &str) -> bool {
    let head: String = line.chars().take(40).flat_map(char::to_lowercase).collect();
    COMMENT_STARTS.iter().any(|p| head.starts_with(p))
        || head.split_once(' ').is_some_and(|(n, rest)| {
            let word = rest.split(|c: char| !c.is_alphabetic()).next();
            n.bytes().all(|b| b.is_ascii_digit()) && matches!(word, Some("comment" | "comments"))
        })
}

/// True for a short line that signs a reader comment.
pub fn is_signature(line: &str) -> bool {
    line.len() <= 120
        && SIGNATURE_STARTS
            .iter()
            .any(|p| starts_with_ignore_case(line, p))
}

/// "12 comments", "1 Comment".
fn is_comment_count(bare: &str) -> bool {
    bare.split_once(' ').is_some_and(|(n, rest)| {
        n.bytes().all(|b| b.is_ascii_digit()) && matches!(rest, "comment" | "comments")
    })
}

/// A bare URL or `www.` address on its own line: a share link or a source credit.
fn is_link_only(lower: &str) -> bool {
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !lower.contains(' ')
}

/// A short "By Name" line. Body sentences that start with "By" ("By Friday, the talks had
/// collapsed.") are longer and end like sentences, so both are excluded.
fn is_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let last_long = words.last().is_some_and(|w| w.chars().count() > 3);
    if !(2..=14).contains(&words.len())
        || line.ends_with(['?', '!'])
        || (line.ends_with('.') && last_long)
    {
        return false;
    }
    if !BYLINE.is_match(line) {
        return false;
    }
    // Names are capitalized; a sentence such as "By Friday the deal was done" is not.
    let rest = words
        .iter()
        .skip(1)
        .filter(|w| w.chars().any(char::is_alphabetic));
    let (mut names, mut total) = (0, 0);
    for word in rest {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if BYLINE_CONNECTORS.contains(&bare.to_lowercase().as_str()) {
            continue;
        }
        total += 1;
        names += usize::from(bare.chars().next().is_some_and(char::is_uppercase));
    }
    total > 0 && names * 10 >= total * 8
}

/// The last item of a breadcrumb trail (`Home » World » Title`), if `line` is one.
fn breadcrumb_last(line: &str) -> Option<&str> {
    if let Some(sep) = STRONG_SEPARATORS.iter().find(|s| line.contains(*s)) {
        return line.rsplit(sep).next().map(str::trim);
    }
    let sep = WEAK_SEPARATORS.iter().find(|s| line.contains(*s))?;
    // `/` and `|` appear in real headlines ("Brexit | Analysis"), so demand a home link
    // first, or a trail of at least three items whose leading ones are short section names.
    let items: Vec<&str> = line.split(sep).map(str::trim).collect();
    let first = items.first()?.to_lowercase();
    let short_lead = items[..items.len() - 1]
        .iter()
        .all(|i| i.split_whitespace().count() <= 2);
    if HOME_WORDS.contains(&first.as_str()) || (items.len() >= 3 && short_lead) {
        return items.last().copied();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! cases {
        ($($name:ident: $line:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(classify($line), $want, "line: {:?}", $line);
            }
        )*};
    }

    const F: Option<Chrome<'static>> = Some(Chrome::Furniture);
    const B: Option<Chrome<'static>> = Some(Chrome::Byline);

    cases! {
        latest_news: "Latest news" => F;
        share_this: "Share this:" => F;
        share_on: "Share on Facebook" => F;
        advertisement: "ADVERTISEMENT" => F;
        read_more: "Read more »" => F;
        read_more_site: "Read more great articles here: http://example.org" => F;
        copyright: "Copyright © 2019 Example Media. All rights reserved." => F;
        copyright_sign: "© 2019 Example Media" => F;
        rights_reserved: "Example Media 2019, all rights reserved" => F;
        cookie_long: "We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it and accept our terms, which are long enough to exceed any short-line limit we set." => F;
        bare_url: "https://www.youtube.com/watch?v=abc" => F;
        tags: "Tags: Russia, USA, Pompeo" => F;
        promo_headline: "Headline: Bitcoin Searches Exceed Trump!" => F;
        breadcrumb_guillemet: "Main » Pompeo meets Lavrov" => Some(Chrome::Breadcrumb { last: "Pompeo meets Lavrov" });
        breadcrumb_slash_home: "Home / World / Europe" => Some(Chrome::Breadcrumb { last: "Europe" });
        breadcrumb_pipe_sections: "News | World | Storm hits coast" => Some(Chrome::Breadcrumb { last: "Storm hits coast" });
        menu_of_furniture: "Subscribe | Sign in" => F;
        menu_of_share_buttons: "Facebook · Twitter · Email" => F;
        share_buttons_on_one_line: "Facebook Twitter Email" => F;
        byline: "By Jane Doe" => B;
        byline_two: "By ANDREW C. MCCARTHY / FAMILY SECURITY MATTERS" => B;
        posted_on_without_date: "Posted on by janedoe" => F;
        see_more_at: "- See more at: http://example.org/x#sthash" => F;
        separator_line: "* * *" => F;
        dash_line: "–" => F;
        byline_via: "Authored by Jane Roe via Example.com" => B;
        site_name_with_mark: "Example News ©" => F;
        byline_reuters: "Reporting by Tom Balmforth; Editing by Alison Williams" => B;
        headline_with_pipe_is_text: "Brexit vote delayed | Analysis" => None;
        headline_with_slash_is_text: "Oil prices fall / rise again" => None;
        sentence_with_by_is_text: "By Friday, the talks had collapsed." => None;
        sentence_with_by_no_stop_is_text: "By Friday the deal was done" => None;
        by_year_is_text: "By 2020 the plan will be complete" => None;
        plain_sentence: "Pompeo met Lavrov in Sochi on Tuesday." => None;
        headline_text: "Pompeo meets Lavrov amid hope for improved US-Russia ties" => None;
        single_word_subheading_is_text: "Conclusion" => None;
        long_sentence_mentioning_cookies_is_text: "Bakers said demand for cookies rose sharply this year, a trend that they expect to continue well into the next decade as people keep baking at home after the pandemic." => None;
    }

    #[test]
    fn tail_markers() {
        for line in [
            "Related stories",
            "You may also like:",
            "12 Comments",
            "Leave a Reply",
        ] {
            assert!(is_tail_marker(line), "{line}");
        }
        for line in ["Related concerns grew", "The comments were made on Monday."] {
            assert!(!is_tail_marker(line), "{line}");
        }
    }

    #[test]
    fn comment_sections() {
        for line in [
            "Comments are now closed for this story Stephen B The time has come for the tax and spend Liberals to go, and this is a long comment.",
            "12 Comments on this story",
            "Leave a Reply Cancel reply",
        ] {
            assert!(is_comments_start(line), "{line}");
        }
        for line in [
            "Comment is free, the editor said.",
            "12 commentators agreed on Monday.",
        ] {
            assert!(!is_comments_start(line), "{line}");
        }
        assert!(is_signature("Posted by: Sean | Jan 10, 2008 4:49:12 PM"));
        assert!(!is_signature("Postal workers went on strike."));
    }
}
