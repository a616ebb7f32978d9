//! Text → canonical text: NFC, `\n` line endings, one space between words, trimmed lines.
//!
//! Both `read::decode` (for files) and `article::from_text` (for text from any other reader)
//! run text through here, so every later rule compares like with like: a headline repeated
//! at the bottom of a page matches its first copy even if one had a non-breaking space and
//! the other a tab. Curly quotes, dashes and other punctuation are kept exactly as they are:
//! the quotes stage needs to tell `“` from `"`.
//!
//! Blank lines are kept (they separate paragraphs); only the whitespace *inside* and at the
//! ends of lines is changed.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `text` in canonical form, borrowing it when it already is (the common case for
/// clean UTF-8 files, so the second pass in `from_text` costs one scan and no allocation).
pub fn normalize(text: &str) -> Cow<'_, str> {
    let nfc: Cow<'_, str> = if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    };
    if is_clean(&nfc) {
        return nfc;
    }
    Cow::Owned(clean_whitespace(&nfc))
}

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

/// True when `clean_whitespace` would return the text unchanged. A byte-level scan: it is
/// run on every document, and most are already clean.
fn is_clean(text: &str) -> bool {
    let mut prev = b'\n';
    for (i, &b) in text.as_bytes().iter().enumerate() {
        match b {
            b'\r' | b'\t' | 0x0b | 0x0c => return false,
            b' ' if prev == b' ' || prev == b'\n' => return false,
            b'\n' if prev == b' ' => return false,
            b if b < 0x20 && b != b'\n' => return false,
            0x7f => return false,
            // Non-ASCII: only a few code points need work; decide on the char.
            b if b >= 0x80 => {
                if let Some(c) = text.get(i..).and_then(|s| s.chars().next()) {
                    if class(c) != Class::Keep {
                        return false;
                    }
                }
            }
            _ => {}
        }
        prev = b;
    }
    prev != b' '
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
        zero_width_and_soft_hyphen_dropped: "in\u{ad}ter\u{200b}net\u{feff}" => "internet";
        control_chars_dropped: "a\u{7}b\u{1b}c" => "abc";
        paragraph_separator_is_blank_line: "a\u{2029}b" => "a\n\nb";
        line_separator_is_newline: "a\u{2028}b" => "a\nb";
        nfc_composes: "Cafe\u{301}" => "Caf\u{e9}";
        curly_quotes_kept: "\u{201c}Hi,\u{201d} he said \u{2018}x\u{2019}" => "\u{201c}Hi,\u{201d} he said \u{2018}x\u{2019}";
        empty_stays_empty: "" => "";
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
