//! Parsed page → `PageMeta`: everything the page says about itself that the headline and date
//! finders weigh — `<meta>` tags, JSON-LD objects, `<title>`, `<h1>`s, the canonical URL, and
//! date-bearing elements (`<time>`, `itemprop="datePublished"`, "date"/"byline" classes) in
//! document order.
//!
//! One selector walk over the tree collects it all, so title and date finding never walk the
//! page again; the same tree then goes to the body extractor.

use serde_json::Value;
use trafilatura::dom::{Document, NodeId};

/// A `<title>` longer than this is markup gone wrong, not a title.
const MAX_TITLE_BYTES: usize = 600;

/// Headings kept as headline candidates: the headline is near the top, and a page of a
/// thousand widget headings must not cost a thousand comparisons.
const MAX_HEADINGS: usize = 40;

/// At most this many characters of element text are kept for a date hint: a date sits in a
/// short byline, and a "date" class on a whole column must not drag its text along.
const MAX_HINT_CHARS: usize = 200;

/// What kind of element a date hint came from; decides how much it is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintKind {
    /// Marked as the publication date: `itemprop="datePublished"`, `<time pubdate>`,
    /// a class or `itemprop` naming "published"/"created".
    Published,
    /// Marked as an update: `itemprop="dateModified"`, classes naming "updated"/"modified".
    Modified,
    /// A `<time datetime>` without further marking.
    Time,
    /// Text of an element whose class or id speaks of dates or bylines.
    Text,
}

#[derive(Debug, Clone)]
pub struct DateHint {
    pub kind: HintKind,
    /// Machine value (`datetime`, `content`) or the element's text.
    pub value: String,
}

/// The page's self-description. Strings are whitespace-collapsed; empty ones are dropped.
#[derive(Debug, Default)]
pub struct PageMeta {
    /// `<meta>` tags as (lowercased name/property/itemprop, content), in document order.
    pub metas: Vec<(String, String)>,
    /// JSON-LD objects, `@graph` members and array items flattened.
    pub json_ld: Vec<Value>,
    /// The `<title>` element.
    pub title: Option<String>,
    /// `<h1>` texts in document order.
    pub h1: Vec<String>,
    /// Texts of `<h1>`–`<h3>` and `itemprop="headline"` elements in document order (at most
    /// `MAX_HEADINGS`): headline candidates that need backing from the page's titles.
    pub headings: Vec<String>,
    /// `<link rel="canonical">`, else `og:url`.
    pub url: Option<String>,
    pub date_hints: Vec<DateHint>,
}

/// Elements worth a look, as one selector list so the tree is walked once.
const SELECTOR: &str =
    "meta, link[rel=canonical], script[type], title, h1, h2, h3, time, [itemprop], \
    [class*=date], [id*=date], [class*=Date], [class*=byline], [class*=publish], \
    [class*=posted], [class*=datum], [class*=time], [class*=meta]";

impl PageMeta {
    pub fn collect(doc: &Document) -> PageMeta {
        let mut meta = PageMeta::default();
        for id in doc.query_selector_all(doc.root(), SELECTOR) {
            meta.visit(doc, id);
        }
        if meta.url.is_none() {
            meta.url = meta.get("og:url").map(str::to_string);
        }
        meta
    }

    /// The first `<meta>` content under `key` (lowercase).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn visit(&mut self, doc: &Document, id: NodeId) {
        let attr = |name: &str| doc.get_attribute(id, name).map(|v| squash(&v));
        match doc.tag_name(id) {
            "meta" => {
                let key = ["property", "name", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|a| attr(a).filter(|k| !k.is_empty()));
                if let (Some(key), Some(content)) = (key, attr("content")) {
                    if !content.is_empty() {
                        self.metas.push((key.to_lowercase(), content));
                    }
                }
                return;
            }
            "link" => {
                if self.url.is_none() {
                    self.url = attr("href").filter(|h| h.starts_with("http"));
                }
                return;
            }
            "script" => {
                let is_ld =
                    attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                if is_ld {
                    let text = doc.text_content(id);
                    if let Ok(v) = serde_json::from_str::<Value>(text.trim()) {
                        flatten_json_ld(v, &mut self.json_ld);
                    }
                }
                return;
            }
            "title" => {
                if self.title.is_none() {
                    // An unclosed `<title>` swallows the page as text: keep what precedes the
                    // first tag, and nothing when that is still far too long for a title.
                    let text = doc.text_content(id);
                    let text = squash(text.split('<').next().unwrap_or(""));
                    self.title = Some(text).filter(|t| !t.is_empty() && t.len() <= MAX_TITLE_BYTES);
                }
                return;
            }
            "h1" | "h2" | "h3" => {
                // Text pieces joined by spaces: a kicker `<span>` run into the headline must
                // stay a separate word ("Tunesien Große Aufgaben…", not "TunesienGroße").
                let text = strip_kickers(doc, id, squash(&doc.iter_text(id, " ")));
                if !text.is_empty() && !is_hidden_or_chrome(&attr("class"), &attr("id")) {
                    if doc.tag_name(id) == "h1" {
                        self.h1.push(text.clone());
                    }
                    if self.headings.len() < MAX_HEADINGS {
                        self.headings.push(text);
                    }
                }
                return;
            }
            _ => {}
        }
        if attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("headline")) {
            let text = attr("content").unwrap_or_else(|| squash(&doc.text_content(id)));
            if !text.is_empty() && self.headings.len() < MAX_HEADINGS {
                self.headings.push(text);
            }
            return;
        }
        self.visit_date_hint(doc, id);
    }

    /// Records a date hint for `<time>`, `itemprop` date fields and date-ish classes.
    fn visit_date_hint(&mut self, doc: &Document, id: NodeId) {
        let attr = |name: &str| doc.get_attribute(id, name).unwrap_or_default();
        let itemprop = attr("itemprop").to_lowercase();
        let class = format!("{} {}", attr("class"), attr("id")).to_lowercase();
        let machine = ["datetime", "content", "title"]
            .iter()
            .map(|a| attr(a))
            .find(|v| v.chars().filter(char::is_ascii_digit).count() >= 4);
        let kind = if itemprop == "datepublished" || itemprop == "datecreated" {
            HintKind::Published
        } else if itemprop == "datemodified" {
            HintKind::Modified
        } else if !itemprop.is_empty() && !is_dateish_class(&class) {
            return;
        } else if class.contains("updated") || class.contains("modified") {
            HintKind::Modified
        } else if doc.get_attribute(id, "pubdate").is_some()
            || class.contains("published")
            || class.contains("publish-date")
            || class.contains("pubdate")
        {
            HintKind::Published
        } else if doc.tag_name(id) == "time" && machine.is_some() {
            HintKind::Time
        } else if is_dateish_class(&class) {
            HintKind::Text
        } else {
            return;
        };
        let value = match machine {
            Some(v) => squash(&v),
            None => {
                let text = doc.text_content(id);
                squash(&text.chars().take(MAX_HINT_CHARS * 4).collect::<String>())
                    .chars()
                    .take(MAX_HINT_CHARS)
                    .collect()
            }
        };
        if !value.is_empty() {
            self.date_hints.push(DateHint { kind, value });
        }
    }
}

/// Classes of the parts of a heading that are not the headline: the kicker (Dachzeile) above
/// it and the separators between them that only screen readers hear.
const KICKER_CLASSES: &[&str] = &[
    "kicker",
    "dachzeile",
    "overline",
    "topline",
    "roofline",
    "titleheader",
    "supertitle",
    "eyebrow",
    "overhead",
    "colon",
    "hiddendash",
    "visually-hidden",
    "sr-only",
];

/// How many elements inside a heading are checked for kickers.
const MAX_HEADING_PARTS: usize = 20;

/// `text` (the heading's) without the kicker parts it starts with.
fn strip_kickers(doc: &Document, id: NodeId, text: String) -> String {
    let mut rest = text.as_str();
    for part in doc
        .iter_descendants(id, &[])
        .into_iter()
        .take(MAX_HEADING_PARTS)
    {
        let class = doc
            .get_attribute(part, "class")
            .unwrap_or_default()
            .to_lowercase();
        if !KICKER_CLASSES.iter().any(|k| class.contains(k)) {
            continue;
        }
        let kicker = squash(&doc.text_content(part));
        if let Some(after) = rest.strip_prefix(kicker.as_str()) {
            rest = after.trim_start_matches([' ', ':', '-', '–', '—', '|']);
        }
    }
    if rest.is_empty() {
        text
    } else {
        rest.to_string()
    }
}

/// Headings that are for screen readers or site chrome ("Navigation und Service", the logo).
fn is_hidden_or_chrome(class: &Option<String>, id: &Option<String>) -> bool {
    let both = format!(
        "{} {}",
        class.as_deref().unwrap_or(""),
        id.as_deref().unwrap_or("")
    );
    let both = both.to_lowercase();
    [
        "hidden",
        "sr-only",
        "screen-reader",
        "visually",
        "skip",
        "nav",
        "menu",
        "logo",
        "site-title",
        "brand",
        "offscreen",
    ]
    .iter()
    .any(|w| both.contains(w))
}

/// Classes and ids that name a date, a byline or post metadata (English and German pages).
fn is_dateish_class(class: &str) -> bool {
    [
        "date", "time", "byline", "publish", "posted", "datum", "meta",
    ]
    .iter()
    .any(|w| class.contains(w))
        && !["update", "comment", "related", "footer", "copyright"]
            .iter()
            .any(|w| class.contains(w))
}

/// A JSON-LD object describing an article (`NewsArticle`, `BlogPosting`, `Report`…), whose
/// headline and dates are the story's; a `WebPage` or `WebSite` object's are the template's.
pub fn is_article(v: &Value) -> bool {
    let t = v["@type"].to_string();
    ["Article", "Posting", "Report", "Blog"]
        .iter()
        .any(|a| t.contains(a))
}

/// JSON-LD comes as one object, an array of them, or an `@graph`; the finders want a flat list.
fn flatten_json_ld(v: Value, out: &mut Vec<Value>) {
    // A stack, not recursion: a hostile page can nest arrays arbitrarily deep.
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.into_iter().rev()),
            Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    stack.push(graph);
                }
                out.push(Value::Object(map));
            }
            _ => {}
        }
    }
}

/// Whitespace runs collapsed to one space, ends trimmed, and invisible characters that break
/// words for comparison (soft hyphen, zero-width space, byte-order mark) dropped.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(
            word.chars()
                .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}')),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(html: &str) -> PageMeta {
        PageMeta::collect(&Document::parse(html))
    }

    #[test]
    fn meta_tags_are_keyed_by_name_or_property() {
        let m = collect(
            r#"<head><meta property="og:title" content=" A  title "><meta name="DC.date" content="2019-05-15"></head>"#,
        );
        assert_eq!(m.get("og:title"), Some("A title"));
        assert_eq!(m.get("dc.date"), Some("2019-05-15"));
    }

    #[test]
    fn json_ld_graph_and_arrays_are_flattened() {
        let m = collect(
            r#"<script type="application/ld+json">[{"@graph":[{"@type":"NewsArticle","headline":"H"}]},{"@type":"WebSite"}]</script>"#,
        );
        let types: Vec<_> = m.json_ld.iter().map(|v| v["@type"].as_str()).collect();
        assert!(types.contains(&Some("NewsArticle")) && types.contains(&Some("WebSite")));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        assert!(
            collect(r#"<script type="application/ld+json">{"headline": </script>"#)
                .json_ld
                .is_empty()
        );
    }

    #[test]
    fn title_h1_canonical_and_date_hints() {
        let m = collect(
            r#"<title>T | Site</title><link rel="canonical" href="https://x.org/2019/05/15/a">
            <h1> Head line </h1><time datetime="2019-05-15T10:00">May 15</time>
            <span itemprop="dateModified" content="2019-06-01"></span>
            <div class="post-date">15 May 2019</div>"#,
        );
        assert_eq!(m.title.as_deref(), Some("T | Site"));
        assert_eq!(m.h1, ["Head line"]);
        assert_eq!(m.url.as_deref(), Some("https://x.org/2019/05/15/a"));
        let kinds: Vec<_> = m.date_hints.iter().map(|h| h.kind).collect();
        assert_eq!(kinds, [HintKind::Time, HintKind::Modified, HintKind::Text]);
    }
}
