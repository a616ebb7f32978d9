//! An HTML page's bytes → text, honouring its declared charset (`<meta charset>`, or
//! `http-equiv` Content-Type) when the bytes agree with it; `decode::decode` otherwise.
//!
//! Order: a byte order mark wins; then bytes that are valid UTF-8 are UTF-8 whatever the page
//! declares (a Windows-1252 page with accented letters is almost never valid UTF-8, while pages
//! saved as UTF-8 with a stale `charset=iso-8859-1` are common, and trusting that label would
//! turn every "é" into "Ã©"); then a declared legacy charset; then detection.

use std::borrow::Cow;

use encoding_rs::Encoding;

use super::decode;

/// Bytes of the page searched for a charset declaration (the HTML standard says 1024; pages with
/// long inline scripts before `<meta>` are common, so more).
const PRESCAN_BYTES: usize = 4096;

/// Decodes an HTML page. `Err(reason)` for binary content, like `decode::decode`.
pub fn decode_html(bytes: &[u8]) -> Result<String, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(newlines(text));
    }
    if bytes.contains(&0) {
        return decode::decode(bytes);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(newlines(Cow::Borrowed(text)));
    }
    match declared(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        // A declared UTF-8 (or UTF-16, impossible without NULs) that isn't: the label is wrong.
        Some(enc) if enc != encoding_rs::UTF_8 && !enc.is_single_byte() => {
            let (text, _, had_errors) = enc.decode(bytes);
            if had_errors {
                decode::decode(bytes)
            } else {
                Ok(newlines(text))
            }
        }
        Some(enc) if enc.is_single_byte() => Ok(newlines(enc.decode_without_bom_handling(bytes).0)),
        _ => decode::decode(bytes),
    }
}

/// The encoding named by the first `charset=` in `head` (quotes optional), if it is a label the
/// Encoding Standard knows.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset")?;
    let rest = &head[at + "charset".len()..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

fn newlines(text: Cow<'_, str>) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_declarations() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<meta charset=\"utf-8\">", Some("UTF-8")),
            (b"<META CHARSET=windows-1252>", Some("windows-1252")),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                // The Encoding Standard maps the Latin-1 label to its superset.
                Some("windows-1252"),
            ),
            (b"<meta charset='koi8-r'/>", Some("KOI8-R")),
            (b"<meta charset=x-made-up>", None),
            (b"<p>no declaration</p>", None),
        ];
        for (head, want) in cases {
            assert_eq!(declared(head).map(Encoding::name), *want, "{head:?}");
        }
    }

    #[test]
    fn decodes_by_declaration_unless_the_bytes_disagree() {
        let latin1_page = b"<meta charset=iso-8859-1><p>caf\xe9</p>".as_slice();
        let utf8_page = "<meta charset=iso-8859-1><p>café</p>".as_bytes();
        let koi8_page = b"<meta charset=koi8-r><p>\xcd\xc9\xd2</p>".as_slice();
        let mislabelled_latin1 = b"<meta charset=utf-8><p>caf\xe9</p>\r\n".as_slice();
        let cases: &[(&[u8], &str)] = &[
            (latin1_page, "café"),
            // Regression: a UTF-8 page with a stale Latin-1 label must not become "cafÃ©".
            (utf8_page, "café"),
            (koi8_page, "мир"),
            (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "café"),
        ];
        for (bytes, want) in cases {
            let text = decode_html(bytes).unwrap();
            assert!(text.contains(want), "{text:?} lacks {want:?}");
        }
        // A page that lies about being UTF-8 still decodes (by detection), CRLF normalized.
        let text = decode_html(mislabelled_latin1).unwrap();
        assert!(text.contains("<p>caf") && !text.contains('\r'), "{text:?}");
        assert!(decode_html(b"<html>\0\0\0binary").is_err());
    }
}
