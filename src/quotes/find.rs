//! Body → paragraphs and the quote spans in them. Pure mark pairing: no judgement yet about
//! whether a span is speech, a partial quote or a scare quote (that needs the cue, see
//! `attribute.rs`).
//!
//! Pairs straight (") and curly (“ ” „ « ») double marks within each paragraph. A straight mark's
//! direction is read from its neighbours (space before → opens, space after → closes), so an
//! odd mark (inches in 6'2", a typo) cannot flip every later quote inside out the way a plain
//! toggle would. A paragraph that ends inside a quote yields a span running to the paragraph's
//! end with `closed: false`: the multi-paragraph convention (each paragraph re-opens the quote and
//! only the last closes it). Single marks (‘ ’ ') are not quotes here: they are apostrophes
//! far more often than nested quotes.

/// A paragraph: byte range `start..end` of the body, without the "\n\n" separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub start: usize,
    pub end: usize,
}

/// One quoted stretch of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Index of the paragraph holding it.
    pub para: usize,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark, or the paragraph end when unclosed.
    pub close: usize,
    /// The quoted words, whitespace-trimmed: `body[start..end]`.
    pub start: usize,
    pub end: usize,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

/// Splits on blank lines ("\n\n", also with spaces or "\r" between). Empty paragraphs are skipped.
pub(crate) fn paragraphs(body: &str) -> Vec<Paragraph> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // (`str::find` of a char is a memchr: most bytes are no newline.)
    while let Some(off) = body[i..].find('\n') {
        let nl = i + off;
        // Look past horizontal whitespace for a second newline.
        let mut j = nl + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'\n' {
            push_trimmed(body, start, nl, &mut out);
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            start = j;
        }
        i = j;
    }
    push_trimmed(body, start, body.len(), &mut out);
    out
}

fn push_trimmed(body: &str, start: usize, end: usize, out: &mut Vec<Paragraph>) {
    let (s, e) = trim(body, start, end);
    if s < e {
        out.push(Paragraph { start: s, end: e });
    }
}

/// Narrows `start..end` past leading and trailing whitespace (both stay on char boundaries).
pub(crate) fn trim(body: &str, start: usize, end: usize) -> (usize, usize) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let tail = piece.trim_end().len();
    if lead >= tail {
        return (start, start);
    }
    (start + lead, start + tail)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// The direction a mark can take here, or None for a character that is not a double mark.
fn direction(c: char, prev: Option<char>, next: Option<char>) -> Option<Dir> {
    // `<tweet pic="...">`: markup left in the text quotes attribute values, not speech.
    if c == '"' && prev == Some('=') {
        return None;
    }
    let glyph = match c {
        '“' | '„' | '‟' | '«' => Dir::Open,
        '”' | '»' => Dir::Close,
        '"' => Dir::Either,
        _ => return None,
    };
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let space_after = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–-".contains(n));
    // Context wins over glyph only when it is unambiguous: some sources type “ for both marks.
    Some(match (space_before, space_after) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => glyph,
    })
}

/// All quote spans of all paragraphs, in body order.
pub(crate) fn spans(body: &str, paras: &[Paragraph]) -> Vec<Span> {
    let mut out = Vec::new();
    let curly = body.contains('“') && body.contains('”');
    for (pi, p) in paras.iter().enumerate() {
        let text = &body[p.start..p.end];
        let first = out.len();
        let mut open: Option<usize> = None; // offset just past the opening mark
        let mut open_at = 0;
        // Quote marks are rare: jump from one byte that can start one (`"`, or the lead byte of
        // the curly and angle marks) to the next instead of decoding every char.
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(off) = bytes[from..]
            .iter()
            .position(|&b| matches!(b, b'"' | 0xC2 | 0xE2))
        {
            let i = from + off;
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            from = i + c.len_utf8();
            let prev = text[..i].chars().next_back();
            let next = text[from..].chars().next();
            if let Some(dir) = direction(c, prev, next) {
                let here = p.start + i;
                let past = here + c.len_utf8();
                match (open, dir) {
                    (None, Dir::Open | Dir::Either) => {
                        open = Some(past);
                        open_at = here;
                    }
                    // A closing mark with nothing open: a stray (inches, a typo). Ignore it.
                    (None, Dir::Close) => {}
                    (Some(s), Dir::Close | Dir::Either) => {
                        push_span(body, pi, open_at, s, here, past, true, &mut out);
                        open = None;
                    }
                    // An opening mark inside an open quote: the earlier mark was never closed.
                    // After a full sentence (`He said: "I didn't argue. "I was upset."`) that
                    // is the multi-paragraph convention in a text whose paragraph breaks were
                    // lost (BBC News dumps): the earlier part is a quote running on, unclosed.
                    // Otherwise it is a stray: restart here rather than swallow the text.
                    (Some(s), Dir::Open) => {
                        if runs_on_to(&body[s..here]) {
                            push_span(body, pi, open_at, s, here, here, false, &mut out);
                        }
                        open = Some(past);
                        open_at = here;
                    }
                }
            }
        }
        // A straight mark left open in an article typed with curly quotes, with no straight
        // mark re-opening the next paragraph, is a stray (a conversion slip: `"Kevin was
        // snoring.`), not a quote running on.
        let next_reopens = paras
            .get(pi + 1)
            .is_some_and(|n| body[n.start..n.end].starts_with('"'));
        let stray = curly && body[open_at..].starts_with('"') && !next_reopens;
        if let Some(s) = open.filter(|_| !stray) {
            push_span(body, pi, open_at, s, p.end, p.end, false, &mut out);
        }
        single_quotes(body, pi, p, first, &mut out);
    }
    out
}

/// Text of a quote left open that reads as finished sentences: at least three words, ending
/// in a full stop, question or exclamation mark.
fn runs_on_to(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(['.', '?', '!']) && text.split_whitespace().nth(2).is_some()
}

/// Longest single-quoted span taken, in bytes: past that an unmatched ‘ is a stray.
const SINGLE_MAX: usize = 400;

/// ‘Curly single quotes’ outside double-quoted spans: headlines use them ("Trump Was ‘Mocking’
/// Clinton Camp"). Only the curly pair, and only with a space (or start) before ‘ and no
/// letter after ’, so apostrophes (It’s, voters’) never open or close one. Inserted in order
/// among the paragraph's double-quoted spans `out[first..]`.
fn single_quotes(body: &str, pi: usize, p: &Paragraph, first: usize, out: &mut Vec<Span>) {
    let text = &body[p.start..p.end];
    if !text.contains('‘') {
        return;
    }
    let doubles: Vec<(usize, usize)> = out[first..].iter().map(|s| (s.open, s.close)).collect();
    // Doubles are sorted and disjoint: the last one opening at or before `at` is the only one
    // that can contain it (binary search, so a huge paragraph stays n log n).
    let inside = |at: usize| {
        let k = doubles.partition_point(|&(o, _)| o <= at);
        k > 0 && at < doubles[k - 1].1
    };
    let mut found = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at = p.start + i;
        match c {
            '‘' if prev.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p))
                && !inside(at) =>
            {
                open = Some((at, at + c.len_utf8()));
            }
            '’' if !next.is_some_and(char::is_alphanumeric) => {
                if let Some((o, s)) = open.take() {
                    // A double span inside o..at opens before `at` and closes after `o`.
                    let k = doubles.partition_point(|&(a, _)| a < at);
                    let overlaps = k > 0 && o < doubles[k - 1].1;
                    if at - s <= SINGLE_MAX && !overlaps {
                        found.push((o, s, at, at + c.len_utf8()));
                    }
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    if found.is_empty() {
        return;
    }
    for (o, s, e, close) in found {
        let (start, end) = trim(body, s, e);
        if start < end {
            out.push(Span {
                para: pi,
                open: o,
                close,
                start,
                end,
                closed: true,
            });
        }
    }
    out[first..].sort_by_key(|s| s.open);
}

#[allow(clippy::too_many_arguments)]
fn push_span(
    body: &str,
    para: usize,
    open: usize,
    text_start: usize,
    text_end: usize,
    close: usize,
    closed: bool,
    out: &mut Vec<Span>,
) {
    let (start, end) = trim(body, text_start, text_end);
    if start < end {
        out.push(Span {
            para,
            open,
            close,
            start,
            end,
            closed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<(&str, bool)> {
        let paras = paragraphs(body);
        spans(body, &paras)
            .iter()
            .map(|s| (&body[s.start..s.end], s.closed))
            .collect()
    }

    #[test]
    fn pairs_marks() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            (
                "He said \"yes\" and \"no\".",
                &[("yes", true), ("no", true)],
            ),
            (
                "“Curly,” he said, “works.”",
                &[("Curly,", true), ("works.", true)],
            ),
            (
                "“Open para\n\n“Next para.”",
                &[("Open para", false), ("Next para.", true)],
            ),
            ("He is 6'2\" tall and \"fit\".", &[("fit", true)]),
            ("\"", &[]),
            ("\"\"", &[]),
            ("x \"", &[]),
            ("“ ”", &[]),
            ("“Émile ça” va", &[("Émile ça", true)]),
            ("«Bonjour» dit-il", &[("Bonjour", true)]),
            ("Trump Was ‘Mocking’ Clinton", &[("Mocking", true)]),
            ("It’s the voters’ ‘choice’ now", &[("choice", true)]),
            (
                "“He said ‘no’ twice,” she said",
                &[("He said ‘no’ twice,", true)],
            ),
            ("‘a” b’", &[("a” b", true)]),
            ("‘x “y” z’", &[("y", true)]),
            ("<a pic=\"x.jpg\" by=\"ann\">", &[(">", false)]),
            (
                "“A,” she said.\n\n\"Kevin slept.\n\n“B.”",
                &[("A,", true), ("B.", true)],
            ),
            (
                "“A.”\n\n\"Open para\n\n\"Next para.\"",
                &[("A.", true), ("Open para", false), ("Next para.", true)],
            ),
            // A paragraph break lost between two parts of one quote: the first part runs on.
            (
                "He said: \"We did not argue. \"I was upset.\" Then he left.",
                &[("We did not argue.", false), ("I was upset.", true)],
            ),
            // A stray opening mark before an unfinished phrase is dropped.
            (
                "Its \"so called plan and \"the levy\" too.",
                &[("the levy", true)],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(texts(body), *want, "{body:?}");
        }
    }

    #[test]
    fn splits_paragraphs() {
        let body = "A.\n\nB.\n \nC.\n\n\n\nD.\nstill D.";
        let got: Vec<&str> = paragraphs(body)
            .iter()
            .map(|p| &body[p.start..p.end])
            .collect();
        assert_eq!(got, ["A.", "B.", "C.", "D.\nstill D."]);
        assert!(paragraphs("").is_empty() && paragraphs("\n\n\n").is_empty());
    }
}
