//! HTML page → `Article` {headline, date, body}.
//!
//! The page is parsed once (html5ever, through `trafilatura::dom`). `meta` reads what the page
//! says about itself from that tree, `title` and `date` choose the headline and publication
//! date from it, and `body` hands the same tree to the content extractor, which prunes it in
//! place — so it goes last.
//!
//! ```text
//!  html ──depth::limit_depth──parse──▶ Document ──meta::collect──▶ PageMeta ──title──▶ headline
//!                     │                            └──────date──▶ date
//!                     └──body::extract (consumes)──▶ text ──paragraphs──▶ body
//! ```

mod body;
mod date;
mod depth;
mod meta;
mod title;

use trafilatura::dom::Document;

use crate::article::normalize::canonical_chars;
use crate::article::Article;
use meta::PageMeta;

/// How much of the article's opening text the date finder searches when the markup names no
/// date: a dateline or byline sits in the first lines.
const OPENING_CHARS: usize = 300;

/// Builds an article from an HTML page. Never fails: a page without recognisable content gives
/// an empty body, and missing metadata gives `None` fields. `quotes` is left empty.
pub fn from_html(source: &str, html: &str) -> Article {
    let doc = Document::parse(&depth::limit_depth(html));
    let meta = PageMeta::collect(&doc);
    let extracted = body::extract(doc);
    let (text, extractor_title, extractor_date) = match extracted {
        Some(r) => (
            body::text_from_html(&r.content_html),
            r.metadata.title,
            r.metadata.date,
        ),
        None => (String::new(), String::new(), None),
    };
    // The characters as plain text gets them (NFC, mojibake repaired, AP's `"...,'' he said`
    // and Bloomberg's ``` ``...'' ``` marks made curly), so a headline compares equal however a
    // page wrote it and the quote finder sees one kind of double mark.
    let headline = title::headline(&meta)
        .or_else(|| Some(meta::squash(&extractor_title)).filter(|t| !t.is_empty()))
        .map(|t| canonical_chars(&t).into_owned());
    let body = body::paragraphs(&canonical_chars(&text), headline.as_deref());
    let opening: String = body.chars().take(OPENING_CHARS).collect();
    let date = date::publication_date(&meta, extractor_date, &opening);
    Article {
        source: source.to_string(),
        headline,
        date,
        body,
        quotes: Vec::new(),
    }
}

/// The headline candidates of a page, labelled by where they come from (`og:title`, `h1`…), for
/// diagnosing headline misses (`scripts/eval-articles trafilatura --show title`).
pub fn headline_candidates(html: &str) -> Vec<(String, String)> {
    let doc = Document::parse(&depth::limit_depth(html));
    title::candidates(&PageMeta::collect(&doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `from_html` on a thread with a 2 MiB stack (rayon's and std's default, smaller than
    /// the main thread's) and fails if it panics or overflows. Speed is measured by
    /// `scripts/eval-articles --speed`, not here: a quadratic pass shows as a hung suite.
    fn survives(html: String) -> Article {
        std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || from_html("t.html", &html))
            .expect("spawn")
            .join()
            .expect("from_html panicked")
    }

    #[test]
    fn whole_page() {
        let html = r#"<html><head><title>Mayor closes old bridge | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2019-05-15T08:00:00Z"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Mayor closes old bridge</h1>
            <p>The council voted on Tuesday to close the old bridge to cars after engineers found
            cracks in two of its piers, a decision that will reroute thousands of drivers.</p>
            <p>"We had no choice," said the mayor, who promised a replacement within three years,
            funded by the state and the city together, and apologised to residents.</p>
            </article><footer>© 2024 Example News</footer></body></html>"#;
        let a = from_html("page.html", html);
        assert_eq!(a.headline.as_deref(), Some("Mayor closes old bridge"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2019-05-15"));
        assert!(a.body.starts_with("The council voted"), "{}", a.body);
        assert_eq!(a.body.split("\n\n").count(), 2, "{}", a.body);
        assert!(!a.body.contains("Home") && !a.body.contains("2024"));
    }

    /// Wire copy on the web keeps AP's typewriter marks (`"Today,'' he said.`) and Bloomberg's
    /// backticks, and old pages their mojibake: the body gets the same characters plain text
    /// gets, so the quote ends at `''` instead of running on to the next `"`.
    #[test]
    fn wire_quote_marks_and_mojibake() {
        let html = r#"<html><head><title>McGovern wins back his card</title></head><body>
            <article><h1>McGovern wins back his card</h1>
            <p>Jim McGovern returns to the tour this week after ten years on the mini tours and a
            season of wondering whether he should get a real job instead of playing golf.</p>
            <p>"Today,'' he said. "It's a second life that a lot of people don't get.''</p>
            <p>``We've concluded further investigation is warranted,'' said Davis, whose
            committee wrote to the Justice Department on Tuesday about the testimony.</p>
            <p>The musical version of John Watersâ€™ film opens on Broadway next month.</p>
            </article></body></html>"#;
        let a = from_html("page.html", html);
        assert!(
            a.body.contains("\"Today,” he said. \"It's a second life"),
            "{}",
            a.body
        );
        assert!(a.body.contains("“We've concluded"), "{}", a.body);
        assert!(a.body.contains("John Waters’ film"), "{}", a.body);
        let quotes = crate::quotes::find_quotes(&a.body, a.headline.as_deref());
        let said: Vec<_> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            said,
            [
                "Today,",
                "It's a second life that a lot of people don't get.",
                "We've concluded further investigation is warranted,"
            ]
        );
        assert_eq!(quotes[2].speaker.as_deref(), Some("Davis"));
    }

    #[test]
    fn empty_and_junk_input() {
        for html in [
            "",
            "   ",
            "<",
            "<html",
            "</p></div>",
            "\u{0}\u{1}binary",
            "<title>",
        ] {
            let a = from_html("x", html);
            assert!(a.date.is_none(), "{html:?}");
        }
    }

    #[test]
    fn truncated_page() {
        let html = "<html><head><title>Cut short</title></head><body><article><h1>Cut short</h1>\
                    <p>The first paragraph of a story that the crawler cut in the middle of a tag \
                    and a word, leaving the rest of the page unsaid <a hr";
        let a = survives(html.to_string());
        assert_eq!(a.headline.as_deref(), Some("Cut short"));
    }

    #[test]
    fn ten_megabyte_single_line() {
        let mut html = String::from("<html><body><p>");
        while html.len() < 10 << 20 {
            html.push_str("word and more words, ");
        }
        html.push_str("</p></body></html>");
        survives(html);
    }

    /// Without `depth::limit_depth` this takes minutes to parse and overflows the stack.
    #[test]
    fn deeply_nested_tags() {
        let depth = 100_000;
        let html = format!(
            "<html><body>{}<p>deep text</p>{}</body></html>",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        survives(html);
    }

    /// A few real pages from the dev sets (read at run time from ../shared, never copied into
    /// the repository); skipped when the corpora are not there.
    #[test]
    fn real_dev_pages() {
        use std::io::Read;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
        // (file, headline, date) as the data sets' gold gives them.
        let cases = [
            ("trafilatura-eval/eval/skispringen.com-verpasst.html.gz", None, "2022-02-01"),
            ("htmldate-eval/eval/nypost.com-GOP.html.gz", None, "2023-11-08"),
            ("trafilatura-eval/eval/bundespolizei.de-Belarus.html.gz",
             Some("Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr"), ""),
        ];
        for (file, headline, date) in cases {
            let path = root.join(file);
            let Ok(gz) = std::fs::File::open(&path) else {
                eprintln!("skipped: {} not found", path.display());
                continue;
            };
            let mut html = String::new();
            flate2::read::GzDecoder::new(gz)
                .read_to_string(&mut html)
                .expect("gunzip");
            let a = from_html(file, &html);
            assert!(a.body.len() > 500, "{file}: body {:?}", a.body);
            if let Some(h) = headline {
                assert_eq!(a.headline.as_deref(), Some(h), "{file}");
            }
            if !date.is_empty() {
                assert_eq!(
                    a.date.map(|d| d.to_string()).as_deref(),
                    Some(date),
                    "{file}"
                );
            }
        }
    }
}
