//! Raw HTML → HTML whose elements nest at most `MAX_DEPTH` deep (the input itself, borrowed,
//! when it already does — every real page).
//!
//! Why: the content extractor walks the tree recursively and compares nodes with their
//! ancestors, so its time grows with the square of the depth (measured: 2,000 nested elements
//! 2.7 s, 20,000 overflow a 2 MiB thread stack). News pages nest a few dozen deep; a page
//! nested thousands deep is broken or hostile. Dropping the tags past the limit keeps all the
//! text and only loses structure nobody meant. The alternative, refusing such pages, would
//! lose their text too.
//!
//! This is a tag scanner, not a parser: it skips comments and the raw text of `<script>`,
//! `<style>` and the like, ignores void elements, and does not count elements whose end tag
//! HTML lets authors leave out (`<p>`, `<li>`, `<td>`…), so a page of unclosed paragraphs is
//! never mistaken for a deep one.

use std::borrow::Cow;

/// Deepest nesting kept. Real pages stay far below; at this depth the extractor's quadratic
/// walk costs about a tenth of a second.
pub const MAX_DEPTH: usize = 256;

/// How many open elements an end tag is matched against.
const SEARCH_WINDOW: usize = 2 * MAX_DEPTH;

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame",
];

/// Elements whose end tag may be omitted: the parser closes them itself.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Elements whose content is raw text, where `<` starts no tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// One tag found by the scanner.
struct Tag<'a> {
    /// Byte range of the whole tag (`<` to `>`) in the input.
    start: usize,
    end: usize,
    name: &'a str,
    closing: bool,
    self_closing: bool,
}

/// `html` with the tags nested deeper than `MAX_DEPTH` removed.
pub fn limit_depth(html: &str) -> Cow<'_, str> {
    if max_depth(html) <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    // Open counted elements and whether their start tag was kept.
    let mut stack: Vec<(&str, bool)> = Vec::new();
    let mut kept_open = 0usize;
    let mut copied = 0;
    for tag in tags(html) {
        let name = tag.name;
        let keep = if tag.closing {
            // Only the innermost open elements are searched: an end tag matching nothing near
            // the top is kept as written (the parser ignores it), and the scan stays linear
            // however many stray end tags a page has.
            let window = stack.len().saturating_sub(SEARCH_WINDOW);
            let found = stack[window..]
                .iter()
                .rposition(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|i| i + window);
            match found {
                Some(i) => {
                    let kept = stack[i].1;
                    kept_open -= stack[i..].iter().filter(|(_, k)| *k).count();
                    stack.truncate(i);
                    kept
                }
                None => true,
            }
        } else if counts(name) && !tag.self_closing {
            let kept = kept_open < MAX_DEPTH;
            kept_open += usize::from(kept);
            stack.push((name, kept));
            kept
        } else {
            true
        };
        if !keep {
            out.push_str(&html[copied..tag.start]);
            copied = tag.end;
        }
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// The deepest nesting of counted elements.
fn max_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for tag in tags(html) {
        if !counts(tag.name) || tag.self_closing {
            continue;
        }
        if tag.closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Elements that nest others. Raw-text elements hold no elements, and must never be dropped: the
/// scanner skips their content, so dropping `<script>` would hand that content to the parser as
/// markup, unlimited (found by fuzzing: a stack overflow).
fn counts(name: &str) -> bool {
    let is = |list: &[&str]| list.iter().any(|t| t.eq_ignore_ascii_case(name));
    !is(VOID) && !is(OPTIONAL_END) && !is(RAW_TEXT)
}

/// The tags of `html` in order, comments and raw-text content skipped.
fn tags(html: &str) -> impl Iterator<Item = Tag<'_>> {
    let bytes = html.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let lt = pos + memchr(b'<', &bytes[pos..])?;
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            pos = lt + rest.find("-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            // `<!doctype>`, `<?xml?>`, a stray `<`: not an element tag.
            pos = lt + 1;
            continue;
        }
        let gt = lt + memchr(b'>', &bytes[lt..]).unwrap_or(html.len() - lt - 1);
        let name = &html[name_start..name_start + name_len];
        let self_closing = gt > lt && bytes[gt - 1] == b'/';
        pos = gt + 1;
        if !closing && RAW_TEXT.iter().any(|t| t.eq_ignore_ascii_case(name)) {
            // Skip to the matching end tag: `<` inside a script is code, not markup.
            let close = format!("</{}", name.to_ascii_lowercase());
            let lower_find = find_ascii_ci(&html[pos..], &close);
            pos = lower_find.map_or(html.len(), |i| pos + i);
        }
        return Some(Tag {
            start: lt,
            end: (gt + 1).min(html.len()),
            name,
            closing,
            self_closing,
        });
    })
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// Position of `needle` (lowercase ASCII) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_pass_through_untouched() {
        let html = "<html><body><p>a<p>b<ul><li>x<li>y</ul><br><img src=x><script>if (a<b) {}</script></body></html>";
        assert!(matches!(limit_depth(html), Cow::Borrowed(_)));
        assert_eq!(max_depth(html), 1);
    }

    #[test]
    fn raw_text_past_the_limit_stays_raw_text() {
        let deep = "<div>".repeat(MAX_DEPTH + 10);
        let html = format!("{deep}<script>{}</script>x", "<b>".repeat(1000));
        let out = limit_depth(&html);
        assert!(
            out.contains("<script><b><b>"),
            "the script's tags were dropped"
        );
        assert!(out.contains("</script>x"));
    }

    #[test]
    fn deep_nesting_is_cut_and_text_kept() {
        let n = MAX_DEPTH + 50;
        let html = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
        let out = limit_depth(&html);
        assert_eq!(max_depth(&out), MAX_DEPTH);
        assert!(out.contains("deep"));
    }

    #[test]
    fn scripts_and_comments_are_not_markup() {
        let html = format!(
            "<script>{}</script><!-- {} -->",
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        // The script holds text, not elements: it adds no depth.
        assert_eq!(max_depth(&html), 0);
    }

    #[test]
    fn unterminated_input_ends_the_scan() {
        assert_eq!(max_depth("<div><span"), 2);
        assert_eq!(max_depth("<script>never closed <div>"), 0);
        assert_eq!(max_depth("<"), 0);
    }
}
