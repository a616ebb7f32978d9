//! An HTML page → its whole-page text, laid out the way Scrapinghub's `html-text` lays it out
//! (the tool behind the held-out set's dumps): scripts, styles, comments and embedded objects
//! dropped, `<title>` kept, one line per block element and a blank line around paragraphs,
//! headings and lists, whitespace inside text collapsed. Menus, footers and sidebars stay in:
//! that chrome is what `article::from_text` has to remove.
//!
//! Also the gold side of L3S-GN1: the text of the annotated page's `x-nc-selN` spans.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Blocks that start and end a line (`html_text.NEWLINE_TAGS`).
const NEWLINE_TAGS: &[&str] = &[
    "article",
    "aside",
    "br",
    "dd",
    "details",
    "div",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "header",
    "hr",
    "legend",
    "li",
    "main",
    "nav",
    "table",
    "tr",
];
/// Blocks set off by blank lines (`html_text.DOUBLE_NEWLINE_TAGS`).
const DOUBLE_NEWLINE_TAGS: &[&str] = &[
    "blockquote",
    "dl",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ol",
    "p",
    "pre",
    "title",
    "ul",
];
/// Removed with their content, as `html-text`'s lxml cleaner does (scripts, styles, embedded
/// objects, frames); `<head>` content other than the title is meta/link tags, also removed.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "object", "embed", "applet", "iframe", "frame", "frameset", "noscript",
    "template", "svg", "meta", "link",
];

#[derive(PartialEq)]
enum Prev {
    Newline,
    DoubleNewline,
    Text { ends_open_bracket: bool },
}

/// The whole visible text of `html`, `html-text` style.
pub fn page_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    let mut prev = Prev::DoubleNewline;
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(e) if SKIP_TAGS.contains(&e.name()) => skipping = Some(node.id()),
                    Node::Element(e) => newlines(e.name(), &mut prev, &mut out),
                    Node::Text(t) => add_text(t, &mut prev, &mut out),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let Node::Element(e) = node.value() {
                        newlines(e.name(), &mut prev, &mut out);
                    }
                }
            }
        }
    }
    out.trim().to_string()
}

fn newlines(tag: &str, prev: &mut Prev, out: &mut String) {
    if *prev == Prev::DoubleNewline {
        return;
    }
    if DOUBLE_NEWLINE_TAGS.contains(&tag) {
        out.push_str(if *prev == Prev::Newline { "\n" } else { "\n\n" });
        *prev = Prev::DoubleNewline;
    } else if NEWLINE_TAGS.contains(&tag) && *prev != Prev::Newline {
        out.push('\n');
        *prev = Prev::Newline;
    }
}

fn add_text(raw: &str, prev: &mut Prev, out: &mut String) {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return;
    }
    // `html-text` guesses punctuation spacing: no space before ",.;:!?)" or after "(".
    if let Prev::Text { ends_open_bracket } = prev {
        let tight =
            *ends_open_bracket || text.starts_with([',', '.', ';', ':', '!', '?', ')', ']']);
        if !tight {
            out.push(' ');
        }
    }
    out.push_str(&text);
    *prev = Prev::Text {
        ends_open_bracket: text.ends_with(['(', '[']),
    };
}

/// The text of every annotated span of class `x-nc-sel{label}`, one span a line.
pub fn spans(annotated: &str, label: u8) -> Vec<String> {
    let doc = Html::parse_document(annotated);
    let class = format!("x-nc-sel{label}");
    let mut out = Vec::new();
    for node in doc.tree.root().descendants() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        if e.name() != "span" || !e.classes().any(|c| c == class) {
            continue;
        }
        let text: String = node
            .descendants()
            .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
            .collect();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
    }
    out
}
