//! A file name and its first bytes → the format to read it as. The extension decides when it is
//! one we know; otherwise the content does, conservatively: a file only becomes JSON or SGML when
//! its first bytes can be nothing else, because a wrong guess turns a readable text file into a
//! parse error, while a missed guess still reads it as plain text.

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One plain-text document (also the answer for binary input, which decoding then rejects).
    Text,
    /// One HTML page.
    Html,
    /// One JSON value: an object (one record) or an array of objects.
    Json,
    /// JSON Lines: one object a line.
    JsonLines,
    /// Delimited values with a header row.
    Csv { delimiter: u8 },
    /// An SGML collection of `<DOC>` or `<REUTERS>` elements.
    Sgml,
}

/// Recognises the format of a file named `name` (already stripped of `.gz`) from its first bytes.
pub fn sniff(name: &str, head: &[u8]) -> Format {
    // NUL bytes: binary (or UTF-16, which decoding handles); no record reader copes with either.
    if head.contains(&0) {
        return Format::Text;
    }
    let start = skip_space(strip_bom(head));
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => Format::Html,
        "jsonl" | "ndjson" => Format::JsonLines,
        // Many `.json` dumps are really JSON Lines; one object on the first line says so.
        "json" if first_line_is_object(start) => Format::JsonLines,
        "json" => Format::Json,
        "csv" => Format::Csv { delimiter: b',' },
        "tsv" | "tab" => Format::Csv { delimiter: b'\t' },
        "sgm" | "sgml" => Format::Sgml,
        _ => by_content(start),
    }
}

fn by_content(start: &[u8]) -> Format {
    let markup = skip_prolog(start);
    if ["<!doctype html", "<html", "<head"]
        .iter()
        .any(|tag| starts_with_tag(markup, tag))
    {
        return Format::Html;
    }
    if starts_with_tag(markup, "<doc") || starts_with_tag(markup, "<reuters") {
        return Format::Sgml;
    }
    if first_line_is_object(start) {
        return Format::JsonLines;
    }
    // `[` then `{`: an array of objects. A lone `[` could be a bracketed text line ("[Updated]").
    if let Some(rest) = start.strip_prefix(b"[") {
        if skip_space(rest).starts_with(b"{") {
            return Format::Json;
        }
    }
    Format::Text
}

/// Strips a UTF-8 byte order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

fn skip_space(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[n..]
}

/// Skips `<?xml ...?>`, comments and a non-HTML `<!DOCTYPE ...>` (SGML collections open with
/// `<!DOCTYPE lewis SYSTEM "lewis.dtd">`), so the first real element decides.
fn skip_prolog(mut bytes: &[u8]) -> &[u8] {
    loop {
        let end = if bytes.starts_with(b"<?") {
            find(bytes, b"?>").map(|i| i + 2)
        } else if bytes.starts_with(b"<!--") {
            find(bytes, b"-->").map(|i| i + 3)
        } else if starts_with_tag(bytes, "<!doctype") && !starts_with_tag(bytes, "<!doctype html") {
            memchr::memchr(b'>', bytes).map(|i| i + 1)
        } else {
            None
        };
        match end {
            Some(end) => bytes = skip_space(&bytes[end..]),
            None => return bytes,
        }
    }
}

/// True when `bytes` starts with `tag` (ASCII case-insensitive) followed by `>`, whitespace or
/// the end of input, so `<head` does not match `<header>`.
fn starts_with_tag(bytes: &[u8], tag: &str) -> bool {
    bytes.len() >= tag.len()
        && bytes[..tag.len()].eq_ignore_ascii_case(tag.as_bytes())
        && bytes
            .get(tag.len())
            .is_none_or(|b| *b == b'>' || b.is_ascii_whitespace())
}

/// True when the first line is complete within `bytes` and is one JSON object.
fn first_line_is_object(bytes: &[u8]) -> bool {
    if !bytes.starts_with(b"{") {
        return false;
    }
    match memchr::memchr(b'\n', bytes) {
        Some(end) => serde_json::from_slice::<serde::de::IgnoredAny>(&bytes[..end]).is_ok(),
        None => false,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_content() {
        let csv = Format::Csv { delimiter: b',' };
        let cases: &[(&str, &str, Format)] = &[
            ("a.html", "hello", Format::Html),
            ("a.HTM", "", Format::Html),
            ("a.xhtml", "<?xml version='1.0'?><html>", Format::Html),
            ("page", "\u{feff}  <!DOCTYPE html><html>", Format::Html),
            ("page.txt", "<html lang=en>", Format::Html),
            ("page", "<HEAD><title>", Format::Html),
            ("page", "<header>not a page", Format::Text),
            ("page", "<!-- saved --> <html>", Format::Html),
            ("a.jsonl", "{\"a\":1}\n", Format::JsonLines),
            ("a.ndjson", "garbage", Format::JsonLines),
            ("a.json", "{\"a\":1}\n{\"a\":2}\n", Format::JsonLines),
            ("a.json", "{\n  \"a\": 1\n}\n", Format::Json),
            ("a.json", "[{\"a\":1}]", Format::Json),
            ("dump", "{\"title\":\"x\"}\n", Format::JsonLines),
            ("dump", "[ {\"title\":\"x\"} ]", Format::Json),
            ("note.txt", "[Updated] Talks resume\n", Format::Text),
            ("note.txt", "{braces} in a headline\n", Format::Text),
            ("a.csv", "title,text\n", csv),
            ("a.tsv", "title\ttext\n", Format::Csv { delimiter: b'\t' }),
            ("reut2-000.sgm", "<!DOCTYPE lewis>", Format::Sgml),
            (
                "reut2-000",
                "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\">",
                Format::Sgml,
            ),
            ("fbis", "<DOC>\n<DOCNO> X </DOCNO>", Format::Sgml),
            ("fbis", "<document>", Format::Text),
            ("story.txt", "Harbour talks resume\n", Format::Text),
            ("image.csv", "\u{0}\u{1}binary", Format::Text),
        ];
        for (name, head, want) in cases {
            assert_eq!(sniff(name, head.as_bytes()), *want, "{name}: {head:?}");
        }
    }
}
