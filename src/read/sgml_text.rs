//! Raw SGML text of one record → the pieces a record needs: an element's inner text, an
//! attribute, tag-free entity-decoded text, wire-story paragraphs, and Reuters dates as ISO 8601.
//! Deliberately not a full SGML parser: news collections use a handful of flat elements, and a
//! tolerant search for them survives the unclosed and misnested tags real collections have.

use memchr::memchr;

use crate::article::normalize::push_paragraph;

/// Finds the next `<NAME ...>` (or `</NAME>` when `close`) at or after `from`, ASCII
/// case-insensitive; returns the byte range of the whole tag.
fn find_tag(hay: &str, from: usize, name: &str, close: bool) -> Option<(usize, usize)> {
    let bytes = hay.as_bytes();
    let mut i = from;
    while let Some(off) = memchr(b'<', bytes.get(i..)?) {
        let lt = i + off;
        i = lt + 1;
        let start = if close { lt + 2 } else { lt + 1 };
        if close && bytes.get(lt + 1) != Some(&b'/') {
            continue;
        }
        let end = start + name.len();
        let named = bytes
            .get(start..end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if named
            && bytes
                .get(end)
                .is_some_and(|b| *b == b'>' || b.is_ascii_whitespace())
        {
            let gt = end + memchr(b'>', &bytes[end..])?;
            return Some((lt, gt + 1));
        }
    }
    None
}

/// The raw inner text of every `<NAME>` element in `doc`, in order. An element left open runs
/// to the end of `doc`, so a truncated record keeps its text.
pub fn elements<'a>(doc: &'a str, name: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((_, open_end)) = find_tag(doc, from, name, false) {
        match find_tag(doc, open_end, name, true) {
            Some((close_start, close_end)) => {
                found.push(&doc[open_end..close_start]);
                from = close_end;
            }
            None => {
                found.push(&doc[open_end..]);
                break;
            }
        }
    }
    found
}

/// The raw inner text of the first `<NAME>` element.
pub fn element<'a>(doc: &'a str, name: &str) -> Option<&'a str> {
    let (_, open_end) = find_tag(doc, 0, name, false)?;
    let close = find_tag(doc, open_end, name, true).map_or(doc.len(), |(start, _)| start);
    Some(&doc[open_end..close])
}

/// The end of the last `</NAME>` of any of `names` (where the text after them starts).
pub fn after_closing(doc: &str, names: &[&str]) -> usize {
    names
        .iter()
        .filter_map(|n| find_tag(doc, 0, n, true).map(|(_, end)| end))
        .max()
        .unwrap_or(0)
}

/// The value of attribute `name` in an open tag (`NEWID="17"` → `17`), quotes optional.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let key = format!("{}=", name.to_ascii_lowercase());
    let at = lower
        .match_indices(&key)
        .map(|(i, _)| i)
        .find(|&i| i > 0 && lower.as_bytes()[i - 1].is_ascii_whitespace())?;
    let rest = &tag[at + key.len()..];
    let value = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => rest.split(|c: char| c == '>' || c.is_whitespace()).next()?,
    };
    Some(value).filter(|v| !v.is_empty())
}

/// Raw SGML → plain text: tags removed (paragraph tags become blank lines), entities decoded,
/// wire control characters (`&#2;` start of text, `&#3;` end of text...) dropped. Tags go before
/// entities: Reuters writes `&lt;Comissaria Smith>` for a company name, which must survive.
pub fn plain(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        let r = &rest[i..];
        let skip = if r.starts_with('<') {
            match tag_len(r) {
                Some((len, block)) => {
                    if block {
                        out.push_str("\n\n");
                    }
                    len
                }
                None => {
                    out.push('<');
                    1
                }
            }
        } else {
            match entity(r) {
                Some((c, len)) => {
                    out.extend(c);
                    len
                }
                None => {
                    out.push('&');
                    1
                }
            }
        };
        rest = &r[skip..];
    }
    out.push_str(rest);
    out
}

/// `plain`, on one line with runs of whitespace collapsed (headlines, datelines, ids).
pub fn plain_line(raw: &str) -> String {
    plain(raw).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Length of the tag at the start of `r` and whether it breaks a paragraph; `None` when the `<`
/// starts no tag ("a < b").
fn tag_len(r: &str) -> Option<(usize, bool)> {
    let next = *r.as_bytes().get(1)?;
    if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
        return None;
    }
    let len = r.find('>')? + 1;
    let name = r[1..len - 1].trim_start_matches('/');
    let name = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    let block = ["p", "br", "div", "hl", "h1", "h2", "h3"]
        .iter()
        .any(|b| name.eq_ignore_ascii_case(b));
    Some((len, block))
}

/// The entity at the start of `r` (`&amp;`, `&#3;`, `&#x41;`): its character (`None` for a
/// control character, which is dropped) and length. `None` when it is no entity we know, so the
/// `&` is kept as written.
fn entity(r: &str) -> Option<(Option<char>, usize)> {
    let semi = r.get(..r.len().min(12))?.find(';')?;
    let name = &r[1..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
    } else {
        Some(match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "mdash" => '—',
            "ndash" => '–',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            _ => return None,
        })
    };
    Some((c, semi + 1))
}

/// Wire-story layout → paragraphs separated by blank lines: a blank line or an indented line
/// starts a paragraph, hard-wrapped lines are joined with a space.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut para = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || line.starts_with([' ', '\t']) {
            push_paragraph(&mut out, &mut para);
        }
        if !trimmed.is_empty() {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(trimmed);
        }
    }
    push_paragraph(&mut out, &mut para);
    out
}

/// A Reuters `<DATE>` (`26-FEB-1987 15:01:01.79`, sometimes followed by operator codes or a
/// comment, sometimes with an impossible hour) → ISO 8601 (`1987-02-26T15:01:01`, or just the
/// day when the time is broken), which every date parser reads. Unparseable: the text as given.
pub fn reuters_date(raw: &str) -> Option<String> {
    let text = plain_line(raw);
    let mut parts = text.split_whitespace();
    let day = parts.next()?;
    let Ok(date) = chrono::NaiveDate::parse_from_str(day, "%d-%b-%Y") else {
        return Some(text);
    };
    Some(
        match parts
            .next()
            .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M:%S%.f").ok())
        {
            Some(time) => date.and_time(time).format("%Y-%m-%dT%H:%M:%S").to_string(),
            None => date.format("%Y-%m-%d").to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text() {
        let cases: &[(&str, &str)] = &[
            ("a &lt;Comissaria Smith> b", "a <Comissaria Smith> b"),
            ("&#2;\nText &amp; more\n&#3;", "\nText & more\n"),
            ("x &#x41;&#65; &unknown; &", "x AA &unknown; &"),
            ("<P>One</P><P>Two</P>", "\n\nOne\n\n\n\nTwo\n\n"),
            ("a < b > c", "a < b > c"),
            ("<BODY>text", "text"),
            ("caf\u{e9} &#5;&#30;ok", "caf\u{e9} ok"),
        ];
        for (raw, want) in cases {
            assert_eq!(plain(raw), *want, "{raw:?}");
        }
    }

    #[test]
    fn elements_and_attributes() {
        let doc = "<DOCNO> AP-1 </DOCNO><text>one</text><TEXT type=x>two</TEXT><TEXT>three";
        assert_eq!(element(doc, "DOCNO"), Some(" AP-1 "));
        assert_eq!(elements(doc, "TEXT"), vec!["one", "two", "three"]);
        assert_eq!(element(doc, "TEXTS"), None);
        assert_eq!(element("<TEXTS>x</TEXTS>", "TEXT"), None);
        let tag = r#"<REUTERS TOPICS="YES" OLDID="5544" NEWID="1">"#;
        assert_eq!(attribute(tag, "NEWID"), Some("1"));
        assert_eq!(attribute(tag, "ID"), None);
        assert_eq!(attribute("<REUTERS newid=42>", "NEWID"), Some("42"));
    }

    #[test]
    fn wire_paragraphs() {
        let text =
            "Showers continued in\nthe Bahia zone.\n    The dry period\nmeans delays.\n\nLast.";
        assert_eq!(
            paragraphs(text),
            "Showers continued in the Bahia zone.\n\nThe dry period means delays.\n\nLast."
        );
        assert_eq!(paragraphs("  \n \n"), "");
    }

    #[test]
    fn reuters_dates() {
        let cases: &[(&str, &str)] = &[
            ("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01"),
            (" 5-APR-1987 01:53:30.29", "1987-04-05T01:53:30"),
            (
                "19-MAR-1987 17:44:48.29&#9;&#9;&#9;F",
                "1987-03-19T17:44:48",
            ),
            ("2-MAR-1987  07:49:16.82", "1987-03-02T07:49:16"),
            ("31-MAR-1987 605:12:19.12", "1987-03-31"),
            (
                "5-APR-1987 01:53:30.29    # date added by S Finch as guesswork",
                "1987-04-05T01:53:30",
            ),
            ("sometime in 1987", "sometime in 1987"),
        ];
        for (raw, want) in cases {
            assert_eq!(reuters_date(raw).as_deref(), Some(*want), "{raw:?}");
        }
        assert_eq!(reuters_date("  "), None);
    }
}
