//! Text → canonical text: NFC, UTF-8 mojibake repaired (see `mojibake.rs`), `\n` line endings,
//! one space between words, trimmed lines.
//!
//! Both `read::decode` (for files) and `article::from_text` (for text from any other reader)
//! run text through here, so every later rule compares like with like: a headline repeated
//! at the bottom of a page matches its first copy even if one had a non-breaking space and
//! the other a tab. Curly quotes, dashes and other punctuation are kept exactly as they are:
//! the quotes stage needs to tell `“` from `"`. One exception: archives that type a double
//! quotation mark as two apostrophes (the New York Times archive: `''We will,'' he said`) or
//! as the Penn Treebank's two backticks (``` ``We will,'' ```) get curly marks instead, since
//! the quotes stage pairs quotation marks and would otherwise find none in them.
//!
//! Blank lines are kept (they separate paragraphs); only the whitespace *inside* and at the
//! ends of lines is changed.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `text` in canonical form, borrowing it when it already is (the common case for
/// clean UTF-8 files, so the second pass in `from_text` costs one scan and no allocation).
pub fn normalize(text: &str) -> Cow<'_, str> {
    let marked = canonical_chars(text);
    if is_clean(&marked) {
        return marked;
    }
    Cow::Owned(clean_whitespace(&marked))
}

/// The character-level steps of `normalize`, without its whitespace rules: NFC, mojibake
/// repaired, `''` and ``` `` ``` quotation marks made curly (see `typed_double_quotes`).
/// Records, whose fields keep their own line structure, go through this only.
pub(crate) fn canonical_chars(text: &str) -> Cow<'_, str> {
    // NFC first: some archives decompose their mojibake too ("A\u{303}\u{83}" for "Ã\u{83}"),
    // and the repair reads composed characters; what it puts back may need composing again.
    let composed = nfc(text);
    let repaired = match super::mojibake::repair(&composed) {
        Some(fixed) => Cow::Owned(nfc(&fixed).into_owned()),
        None => composed,
    };
    match typed_double_quotes(&repaired) {
        Some(curly) => Cow::Owned(curly),
        None => repaired,
    }
}

fn nfc(text: &str) -> Cow<'_, str> {
    if surely_nfc(text) || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// `''` and ``` `` ``` as double quotation marks → `“` / `”`, or None when the text has none.
/// Two backticks always open; two apostrophes open at the start of a word (after a space, a
/// line break, a bracket or a dash) and close anywhere else.
fn typed_double_quotes(text: &str) -> Option<String> {
    if !text.contains("''") && !text.contains("``") {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(i) = rest.find(['\'', '`']) {
        let (before, at) = rest.split_at(i);
        out.push_str(before);
        let marks = if at.starts_with("'''") {
            3
        } else if at.starts_with("''") || at.starts_with("``") {
            2
        } else {
            // A lone apostrophe or backtick (both one byte) stays.
            out.push_str(at.get(..1).unwrap_or_default());
            rest = at.get(1..).unwrap_or_default();
            continue;
        };
        let mark = if at.starts_with("``") {
            "“"
        } else {
            // Opens before a word, after a space or a bracket; `poor,' '' she said` and
            // `coalitions, '' said Mr. Gunnels` (a space before the closing mark) close.
            let next = at.get(marks..).and_then(|r| r.chars().next());
            let opens = !next.is_none_or(|c| c.is_whitespace() || ".,;:?!)]}".contains(c))
                && out
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
            // `'Kosovo is a special case,''' Mr. Putin said`: a single mark closing inside the
            // double one (and `'''Kosovo` opening the other way round).
            match (marks, opens) {
                (3, true) => "“'",
                (3, false) => "'”",
                (_, true) => "“",
                (_, false) => "”",
            }
        };
        out.push_str(mark);
        rest = at.get(marks..).unwrap_or_default();
    }
    out.push_str(rest);
    Some(out)
}

/// True when every character is one that is NFC whatever surrounds it: below U+0300 (the
/// first combining mark) or in the punctuation and currency blocks news text uses all the
/// time (curly quotes, dashes, ellipsis, €). `is_nfc_quick` looks every character up in a
/// table and was half the cost of the stage on BBC text; this check is a byte scan for
/// ASCII and a range test for the rest.
fn surely_nfc(text: &str) -> bool {
    // Lead bytes below 0xCC encode characters below U+0300. A fold without early exit
    // vectorizes; BBC-sized texts are a few kilobytes, so finishing the scan costs nothing.
    if !text.bytes().fold(false, |acc, b| acc | (b >= 0xcc)) {
        return true;
    }
    text.chars()
        .all(|c| c < '\u{300}' || FAST_NFC.iter().any(|r| r.contains(&c)))
}

/// Ranges whose characters all have NFC_Quick_Check = Yes (checked by a test below).
const FAST_NFC: &[std::ops::RangeInclusive<char>] = &[
    '\u{2010}'..='\u{2027}',
    '\u{2030}'..='\u{205e}',
    '\u{20a0}'..='\u{20c0}',
];

/// What a character means for layout.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Newline,
    /// U+2029 PARAGRAPH SEPARATOR: a paragraph break, i.e. a blank line.
    Paragraph,
    Space,
    /// Invisible characters that only break word matching (zero-width space, soft hyphen,
    /// a BOM in the middle of concatenated files) and control characters.
    Drop,
    Keep,
}

fn class(c: char) -> Class {
    match c {
        '\n' | '\u{2028}' | '\u{85}' => Class::Newline,
        '\u{2029}' => Class::Paragraph,
        ' '
        | '\t'
        | '\u{0b}'
        | '\u{0c}'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Class::Space,
        '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Class::Drop,
        // `\r` is handled by the caller (CRLF vs lone CR); any other C0/C1 control is noise.
        c if c.is_control() && c != '\r' => Class::Drop,
        _ => Class::Keep,
    }
}

/// True when `clean_whitespace` would return the text unchanged. Runs on every document
/// (twice for files: in `decode` and in `from_text`) and most are already clean, so the
/// byte checks are branch-free folds over fixed-size chunks, which the compiler turns into
/// SIMD; a byte-by-byte state machine with early exit was four times slower on BBC text.
fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Overlapping chunks (one byte of overlap) so no pair of bytes is missed at a seam.
    let mut start = 0;
    while start < bytes.len() {
        let end = (start + 256).min(bytes.len());
        let chunk = bytes.get(start..end).unwrap_or_default();
        let next = bytes
            .get(start + 1..(end + 1).min(bytes.len()))
            .unwrap_or_default();
        let bad_byte = chunk.iter().fold(false, |acc, &b| {
            acc | ((b < 0x20) & (b != b'\n')) | (b == 0x7f)
        });
        let bad_pair = chunk.iter().zip(next).fold(false, |acc, (&a, &b)| {
            acc | ((a == b' ') & ((b == b' ') | (b == b'\n'))) | ((a == b'\n') & (b == b' '))
        });
        if bad_byte || bad_pair {
            return false;
        }
        start = end;
    }
    // Decode characters only around non-ASCII bytes: most news text has a handful.
    let mut rest = text;
    while let Some(i) = rest.bytes().position(|b| !b.is_ascii()) {
        let Some(tail) = rest.get(i..) else { break };
        let mut chars = tail.chars();
        if chars.next().is_some_and(|c| class(c) != Class::Keep) {
            return false;
        }
        rest = chars.as_str();
    }
    true
}

fn clean_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut at_line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let class = if c == '\r' {
            // CRLF is one line break; a lone CR (old Mac files) is one too.
            if chars.peek() == Some(&'\n') {
                continue;
            }
            Class::Newline
        } else {
            class(c)
        };
        match class {
            Class::Newline | Class::Paragraph => {
                out.push('\n');
                if class == Class::Paragraph {
                    out.push('\n');
                }
                pending_space = false;
                at_line_start = true;
            }
            Class::Space => pending_space = !at_line_start,
            Class::Drop => {}
            Class::Keep => {
                if pending_space {
                    out.push(' ');
                }
                out.push(c);
                pending_space = false;
                at_line_start = false;
            }
        }
    }
    out
}

/// Appends the paragraph being built to `out` (separated by a blank line) and empties it;
/// an empty paragraph adds nothing. Record bodies and SGML text build their paragraphs with it.
pub fn push_paragraph(out: &mut String, para: &mut String) {
    if para.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(para);
    para.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! cases {
        ($($name:ident: $input:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(normalize($input), $want);
            }
        )*};
    }

    cases! {
        crlf_becomes_lf: "a\r\nb\r\n" => "a\nb\n";
        lone_cr_becomes_lf: "a\rb" => "a\nb";
        tabs_and_space_runs_collapse: "a \t  b\t\tc" => "a b c";
        lines_are_trimmed: "  a  \n\t b \n" => "a\nb\n";
        blank_lines_are_kept: "a\n\n\nb" => "a\n\n\nb";
        whitespace_only_lines_become_empty: "a\n \t \nb" => "a\n\nb";
        nbsp_is_a_space: "10\u{a0}000 people" => "10 000 people";
        archive_apostrophe_quotes_become_curly:
            "''We finally may see wage growth,'' Mr. Garin said. ''It's big.''\n(''Yes.'')"
            => "“We finally may see wage growth,” Mr. Garin said. “It's big.”\n(“Yes.”)";
        archive_closing_mark_after_a_space:
            "''I hate the term 'Manhattan poor,' '' she said, ''but fine, '' said Ms. Ruiz."
            => "“I hate the term 'Manhattan poor,' ” she said, “but fine, ” said Ms. Ruiz.";
        archive_nested_quotes_close_in_order:
            "''We are told, 'It is a special case,''' Mr. Putin said."
            => "“We are told, 'It is a special case,'” Mr. Putin said.";
        treebank_quotes_become_curly: "He said ``no way'' twice." => "He said “no way” twice.";
        single_apostrophes_stay: "the Joneses' house, 'tis" => "the Joneses' house, 'tis";
        zero_width_and_soft_hyphen_dropped: "in\u{ad}ter\u{200b}net\u{feff}" => "internet";
        control_chars_dropped: "a\u{7}b\u{1b}c" => "abc";
        paragraph_separator_is_blank_line: "a\u{2029}b" => "a\n\nb";
        line_separator_is_newline: "a\u{2028}b" => "a\nb";
        nfc_composes: "Cafe\u{301}" => "Caf\u{e9}";
        curly_quotes_kept: "\u{201c}Hi,\u{201d} he said \u{2018}x\u{2019}" => "\u{201c}Hi,\u{201d} he said \u{2018}x\u{2019}";
        empty_stays_empty: "" => "";
    }

    #[test]
    fn fast_nfc_ranges_are_really_nfc() {
        for range in FAST_NFC {
            for c in range.clone() {
                let yes = is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
                assert!(yes, "U+{:04X} is not NFC_QC=Yes", u32::from(c));
            }
        }
        for c in '\0'..'\u{300}' {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
    }

    #[test]
    fn clean_text_is_borrowed() {
        let text = "Headline\n\nBody \u{201c}quoted\u{201d} caf\u{e9}.\n";
        assert!(matches!(normalize(text), Cow::Borrowed(_)));
    }

    #[test]
    fn dirty_text_is_owned() {
        assert!(matches!(normalize("a  b"), Cow::Owned(_)));
        assert!(matches!(normalize("a \n"), Cow::Owned(_)));
        assert!(matches!(normalize("a "), Cow::Owned(_)));
    }
}
