//! Parsed page → article body: the `trafilatura` crate finds the main content and drops the
//! boilerplate (navigation, related links, comments, share widgets, cookie banners, footers);
//! this module sets its options and shapes its text into newsdex paragraphs.
//!
//! Why `trafilatura` 0.6 (a port of go-trafilatura) rather than `rs-trafilatura` 0.2.2, both
//! as they come (default options), measured with `scripts/eval-articles` on the dev sets: it
//! keeps more of the article and less chrome (trafilatura-eval segment F1 0.906 vs 0.887, L3S
//! shingle F1 0.831 vs 0.810), finds more right dates (htmldate set 0.829 vs 0.610), and is
//! faster; and — the deciding point for a single parse — it takes an already-parsed
//! `Document`, so the tree that gave the headline and date also gives the body.
//! `rs-trafilatura` only takes a string and parses it several times inside. With the options
//! below and the whole of `from_html` around it, `scripts/eval-articles htmldate --speed` still
//! runs about 1.2× as many MB/s as `rs-trafilatura::extract` on the same pages.

use trafilatura::dom::Document;
use trafilatura::{ExtractResult, ExtractionFocus, HtmlDateMode, Options};

/// Runs content extraction on `doc` (consumed: extraction prunes the tree in place).
/// Returns `None` when the page has no main content the extractor accepts.
pub fn extract(doc: Document) -> Option<ExtractResult> {
    let mut opts = Options::default();
    // Its date finder runs on the same tree and is one of our date sources (see `date`).
    opts.html_date_mode = HtmlDateMode::Default;
    // Fallback on (readability and jusText candidates compared with the main pass) and the
    // precision focus: measured together on the dev sets they lift L3S body F1 from 0.831 to
    // 0.901 and trafilatura-eval segment F1 from 0.906 to 0.911, at no measurable cost in speed.
    // Fallback alone recalls more but keeps more chrome (L3S 0.892); precision alone drops
    // whole articles (L3S 0.773); recall focus lets chrome in (0.825).
    opts.enable_fallback = true;
    opts.focus = ExtractionFocus::FavorPrecision;
    trafilatura::extract_document(doc, &opts).ok()
}

/// Tags that start or end a paragraph in the extractor's HTML; all others are inline.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "figure",
    "figcaption",
    "header",
    "footer",
    "main",
    "aside",
    "body",
    "html",
    "head",
];

/// The extractor's cleaned HTML as text with one line per block.
///
/// Why from the HTML and not the extractor's `content_text`: when a fallback candidate
/// (readability, jusText) wins, that text is flattened to one line and the paragraphs are lost;
/// the HTML keeps them on every path. The HTML is the extractor's own serialization (tags
/// closed, attributes quoted), so a tag scanner suffices — no second parse.
pub fn text_from_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        decode_entities(&rest[..lt], &mut out);
        let Some(gt) = rest[lt..].find('>') else {
            // An unterminated tag at the end: nothing readable follows.
            return out;
        };
        let tag = &rest[lt + 1..lt + gt];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if BLOCK_TAGS.contains(&name.as_str()) {
            out.push('\n');
        }
        rest = &rest[lt + gt + 1..];
    }
    decode_entities(rest, &mut out);
    out
}

/// Appends `s` with the character references an HTML serializer writes decoded: the named
/// ones it escapes (`&amp; &lt; &gt; &quot; &apos; &nbsp;`) and numeric ones. Anything else is
/// kept as written.
fn decode_entities(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The extractor's text as newsdex paragraphs: one paragraph per non-blank line, whitespace
/// collapsed, joined by a blank line; a first paragraph that only repeats the headline goes
/// (the headline is its own field).
pub fn paragraphs(text: &str, headline: Option<&str>) -> String {
    let headline_key = headline.map(super::title::key);
    let mut paras: Vec<String> = text
        .lines()
        .map(super::meta::squash)
        .filter(|l| !l.is_empty())
        .collect();
    if let (Some(first), Some(h)) = (paras.first(), &headline_key) {
        if super::title::key(first) == *h {
            paras.remove(0);
        }
    }
    unwrap_lines(paras).join("\n\n")
}

/// Lines of one paragraph that the page broke at a fixed width, joined again. Wire pages
/// hard-wrap their text at 70 columns (`when Ford, injured last month during⏎a game at
/// Atlanta,`), as source line breaks or `<br>`s, and the extractor hands each line over as a
/// block; a quote cut at a wrap would run to the line's end. A line that starts with a
/// lower-case word, after a line as long as a wrapped one that ends without a stop, goes on
/// that line. Lines that start with a capital or a figure stay apart: `the⏎Raptors` and
/// `the⏎19-year-old` may be wraps, but headings, list items, times and table cells look the
/// same (`Mannschaft beim Pokalviertelfinale⏎11:52 Uhr`); so do short lines (`Platform⏎x86_64`).
fn unwrap_lines(paras: Vec<String>) -> Vec<String> {
    // Bytes: a 70-column line of English, or of accented text, is past it.
    const WRAP_WIDTH: usize = 50;
    let mut out: Vec<String> = Vec::with_capacity(paras.len());
    let mut line_len = 0;
    for p in paras {
        let join = out.last().is_some_and(|prev: &String| {
            let open = prev
                .chars()
                .next_back()
                .is_some_and(|c| !".!?:;\"”’'»)".contains(c));
            // A line cut after an article or a preposition goes on whatever the next line
            // starts with ("the⏎Raptors", "told the⏎Daily Star"). Not "an": German ends
            // sentences with it ("bietet Luftreiniger an⏎Druckluft-Werkzeug").
            let cut = prev.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "the"
                        | "a"
                        | "of"
                        | "to"
                        | "and"
                        | "in"
                        | "for"
                        | "with"
                        | "by"
                        | "on"
                        | "at"
                        | "from"
                )
            });
            open && line_len >= WRAP_WIDTH && (cut || p.starts_with(char::is_lowercase))
        });
        line_len = p.len();
        match out.last_mut() {
            Some(prev) if join => {
                prev.push(' ');
                prev.push_str(&p);
            }
            _ => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(html: &str) -> String {
        extract(Document::parse(html))
            .map(|r| paragraphs(&text_from_html(&r.content_html), Some("The headline")))
            .unwrap_or_default()
    }

    /// A page hard-wrapped at 70 columns inside its `<p>`s reads as whole sentences again, so a
    /// quote is not cut at a line's end; short lines and lines opening with a capital or a
    /// figure (a list, a table) stay apart.
    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "It isn't immediately known when Ford, injured last month during\n\
                    a game at Atlanta, will begin working out again.\n\
                    ``The prognosis is looking good for a full recovery and a return\n\
                    to basketball,'' Raptors director of media relations Jim LaBumbard\n\
                    said after Toronto beat Philadelphia on Wednesday night.\n\
                    Platform\nx86_64 / amd64\n\
                    Nach Corona-Fällen bei EM: THW Kiel nicht mit stärkster Mannschaft\n\
                    11:52 Uhr\n\
                    \"It will be much more special,\" the actress told reporters from the\n\
                    Daily Star on Monday.\n\
                    Zum Frühjahr bietet der Discounter wieder einen Luftreiniger an\n\
                    Druckluft-Werkzeug gibt es ab Donnerstag";
        let got: Vec<String> = paragraphs(text, None)
            .split("\n\n")
            .map(String::from)
            .collect();
        assert_eq!(got.len(), 9, "{got:#?}");
        assert!(got[0].ends_with("during a game at Atlanta, will begin working out again."));
        assert!(got[1].contains("a return to basketball,'' Raptors director"));
        assert!(
            got[1].ends_with("LaBumbard said after Toronto beat Philadelphia on Wednesday night.")
        );
        assert_eq!(
            got[2..6],
            [
                "Platform",
                "x86_64 / amd64",
                "Nach Corona-Fällen bei EM: THW Kiel nicht mit stärkster Mannschaft",
                "11:52 Uhr"
            ]
        );
        // A line cut after "the" goes on even before a capital; German "an" ends a sentence.
        assert!(
            got[6].ends_with("from the Daily Star on Monday."),
            "{got:#?}"
        );
        assert!(got[7].ends_with("Luftreiniger an"), "{got:#?}");
    }

    const ARTICLE: &str =
        "<p>The council voted on Tuesday to close the old bridge to cars after engineers \
        found cracks in two of its piers, a decision that will reroute thousands of drivers.</p>\
        <p>\"We had no choice,\" said the mayor, who called the repairs overdue and promised a \
        replacement within three years, funded by the state and the city together.</p>\
        <p>Residents living near the bridge said they welcomed the decision but worried about \
        traffic on the narrow streets of the old town during the long works ahead.</p>";

    #[test]
    fn boilerplate_is_removed_and_paragraphs_kept_in_order() {
        let html = format!(
            "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>\
             <div id='cookie-banner'>We use cookies to improve your experience. Accept all cookies</div>\
             <article><h1>The headline</h1>{ARTICLE}\
             <div class='share'><a href='#'>Share on Facebook</a><a href='#'>Tweet</a></div></article>\
             <aside class='related'><h3>Related</h3><ul><li><a href='/a'>Another story about bridges</a></li></ul></aside>\
             <div id='comments'><p>Comment by troll: first!</p></div>\
             <footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"
        );
        let body = body(&html);
        let paras: Vec<&str> = body.split("\n\n").collect();
        assert_eq!(paras.len(), 3, "{body}");
        assert!(paras[0].starts_with("The council voted"));
        assert!(paras[2].starts_with("Residents living"));
        for chrome in [
            "Home",
            "cookies",
            "Facebook",
            "Another story",
            "first!",
            "Copyright",
        ] {
            assert!(!body.contains(chrome), "{chrome} left in: {body}");
        }
    }

    #[test]
    fn repeated_headline_is_dropped() {
        assert_eq!(
            paragraphs("The Headline!\nText.\n\n more ", Some("the headline")),
            "Text.\n\nmore"
        );
    }

    #[test]
    fn html_to_lines() {
        let text = text_from_html(
            "<p>A &amp; <b>B</b>&#8217;s</p><ul><li>one</li><li>two&nbsp;x</li></ul>&bogus; <i",
        );
        assert_eq!(
            paragraphs(&text, None),
            "A & B’s\n\none\n\ntwo x\n\n&bogus;"
        );
    }

    #[test]
    fn empty_page_gives_empty_body() {
        assert_eq!(body("<html><body></body></html>"), "");
    }
}
