//! SGML news collections → `Record`s, one per `<DOC>` (TREC style: `DOCNO`, `HEADLINE`/`HL`/
//! `TITLE`, `DATE`, `TEXT`) or `<REUTERS NEWID="..">` (Reuters-21578: `DATE`, `TITLE`,
//! `DATELINE`, `BODY`), with sources `path#DOCNO` / `path#NEWID`.
//!
//! The stream is cut at every `>`, so each chunk is some text followed by one tag; only the
//! record tags matter here, and a record's bytes are collected until its closing tag (capped, so
//! a missing close tag cannot swallow memory). A record left open, at the end of the file or by
//! the next record's open tag, is reported, and its text is still read if it has any.

use super::sgml_text::{
    after_closing, attribute, element, elements, paragraphs, plain, plain_line, reuters_date,
};
use super::stream::{read_until_capped, Stream};
use super::{decode_bytes, Emit, Record, MAX_FILE_BYTES};
use crate::error::{ReadError, RecordAt};

/// A record larger than a whole article file is not one article: reported, not buffered.
const RECORD_CAP: usize = MAX_FILE_BYTES as usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Doc,
    Reuters,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Doc => "<DOC>",
            Kind::Reuters => "<REUTERS>",
        }
    }
}

/// A record being collected.
struct Open {
    kind: Kind,
    /// The open tag (Reuters keeps its id in an attribute).
    tag: String,
    bytes: Vec<u8>,
    /// Line of the open tag, to locate a record that has no id.
    line: u64,
    overflow: bool,
}

impl Open {
    fn push(&mut self, bytes: &[u8]) {
        if self.bytes.len() + bytes.len() > RECORD_CAP {
            self.overflow = true;
        } else {
            self.bytes.extend_from_slice(bytes);
        }
    }
}

/// Reads every record of an SGML collection.
pub(super) fn read(mut stream: Stream, emit: &mut Emit) -> Result<(), ReadError> {
    let mut chunk = Vec::with_capacity(16 * 1024);
    let mut open: Option<Open> = None;
    let mut line = 1u64;
    loop {
        chunk.clear();
        let (used, dropped) = read_until_capped(&mut stream, b'>', &mut chunk, RECORD_CAP)
            .map_err(|e| emit.input.fail(e))?;
        if used == 0 {
            break;
        }
        let (text, tag) = split_tag(&chunk);
        let tag_line = line + newlines(text);
        line = tag_line + newlines(tag);
        match record_tag(tag) {
            Some((false, kind)) => {
                if let Some(mut doc) = open.take() {
                    doc.push(text);
                    finish(doc, true, emit);
                }
                open = Some(Open {
                    kind,
                    tag: decode_bytes(tag).into_owned(),
                    bytes: Vec::new(),
                    line: tag_line,
                    overflow: false,
                });
            }
            Some((true, kind)) if open.as_ref().is_some_and(|d| d.kind == kind) => {
                if let Some(mut doc) = open.take() {
                    doc.push(text);
                    finish(doc, false, emit);
                }
            }
            // Any other tag is record content; text between records (a doctype) is ignored.
            _ => {
                if let Some(doc) = open.as_mut() {
                    doc.push(&chunk);
                    doc.overflow |= dropped;
                }
            }
        }
    }
    if let Some(doc) = open {
        finish(doc, true, emit);
    }
    Ok(())
}

/// Splits a chunk ending in `>` into the text before its last tag and the tag.
fn split_tag(chunk: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memrchr(b'<', chunk) {
        Some(i) if chunk.ends_with(b">") => chunk.split_at(i),
        _ => (chunk, &[]),
    }
}

fn newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

/// `(is_close, kind)` when `tag` opens or closes a record.
fn record_tag(tag: &[u8]) -> Option<(bool, Kind)> {
    let (close, name) = match tag.strip_prefix(b"</") {
        Some(rest) => (true, rest),
        None => (false, tag.strip_prefix(b"<")?),
    };
    let end = name
        .iter()
        .position(|b| *b == b'>' || b.is_ascii_whitespace())?;
    let kind = match &name[..end] {
        n if n.eq_ignore_ascii_case(b"DOC") => Kind::Doc,
        n if n.eq_ignore_ascii_case(b"REUTERS") => Kind::Reuters,
        _ => return None,
    };
    Some((close, kind))
}

/// Turns a collected record into a document or a report.
fn finish(doc: Open, unclosed: bool, emit: &mut Emit) {
    let n = emit.next_number();
    if doc.overflow {
        let reason = format!("{} longer than {RECORD_CAP} bytes", doc.kind.tag());
        emit.bad(RecordAt::Line(doc.line), reason);
        return;
    }
    let text = decode_bytes(&doc.bytes);
    let (id, record) = match doc.kind {
        Kind::Reuters => reuters(&doc.tag, &text),
        Kind::Doc => trec(&text),
    };
    // A record is located by its own id when it has one, else by the line it starts on.
    let at = id.clone().map_or(RecordAt::Line(doc.line), RecordAt::Id);
    let id = id.unwrap_or_else(|| n.to_string());
    let tag = doc.kind.tag();
    match (record, unclosed) {
        (record, false) => emit.record(at, Some(id), record),
        (Ok(record), true) => {
            emit.record(at.clone(), Some(id), Ok(record));
            emit.bad(at, format!("{tag} not closed (its text was read anyway)"));
        }
        (Err(reason), true) => emit.bad(at, format!("{tag} not closed, and {reason}")),
    }
}

/// A Reuters-21578 story. Headline-only flashes (`TYPE="BRIEF"`, body "Blah blah blah.") keep
/// their headline with an empty body; unprocessed tables (`TYPE="UNPROC"`) have only `TEXT`.
fn reuters(open_tag: &str, text: &str) -> (Option<String>, Result<Record, String>) {
    let id = attribute(open_tag, "NEWID").map(str::to_string);
    let headline = element(text, "TITLE")
        .map(plain_line)
        .filter(|t| !t.is_empty());
    let date = element(text, "DATE").and_then(reuters_date);
    let raw_body = match element(text, "BODY") {
        Some(body) => body,
        None => {
            element(text, "TEXT").map_or("", |t| &t[after_closing(t, &["TITLE", "DATELINE"])..])
        }
    };
    let plain_body = plain(raw_body);
    let mut body = paragraphs(strip_signoff(&plain_body));
    if body == "Blah blah blah." {
        body.clear();
    }
    // The wire story reads "SALVADOR, Feb 26 - Showers continued...": keep it that way.
    if let Some(dateline) = element(text, "DATELINE").map(plain_line) {
        if !dateline.is_empty() && !body.is_empty() {
            body = format!("{dateline} {body}");
        }
    }
    if body.is_empty() && headline.is_none() {
        return (id, Err("no <TITLE>, <BODY> or <TEXT>".to_string()));
    }
    let record = Record {
        headline,
        date,
        body,
        ..Record::default()
    };
    (id, Ok(record))
}

/// Drops the wire's " Reuter" sign-off (the `&#3;` after it is already gone).
fn strip_signoff(body: &str) -> &str {
    let trimmed = body.trim_end();
    match trimmed
        .strip_suffix("Reuter")
        .or_else(|| trimmed.strip_suffix("REUTER"))
    {
        Some(rest) if rest.is_empty() || rest.ends_with(char::is_whitespace) => rest,
        _ => trimmed,
    }
}

/// A TREC-style `<DOC>`: the body is every `<TEXT>` element, in order.
fn trec(text: &str) -> (Option<String>, Result<Record, String>) {
    let id = ["DOCNO", "DOCID"]
        .iter()
        .find_map(|n| element(text, n))
        .map(plain_line)
        .filter(|id| !id.is_empty());
    let first = |names: &[&str]| {
        names
            .iter()
            .filter_map(|n| element(text, n))
            .map(plain_line)
            .find(|t| !t.is_empty())
    };
    let body = elements(text, "TEXT")
        .into_iter()
        .map(|t| paragraphs(&plain(t)))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    if body.is_empty() {
        return (id, Err("no <TEXT>".to_string()));
    }
    let record = Record {
        headline: first(&["HEADLINE", "HL", "HEAD", "TITLE"]),
        date: first(&["DATE", "DATE_TIME", "PUBDATE"]),
        body,
        ..Record::default()
    };
    (id, Ok(record))
}

#[cfg(test)]
mod tests {
    use crate::read::testutil::{outline, pair as s, read_str, Outline};
    use crate::read::{Content, FieldMap, Record};

    const REUTERS: &str = r#"<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<UNKNOWN>&#5;&#5;&#5;C T</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued in
the Bahia cocoa zone, &lt;Comissaria Smith> said.
    The dry period means delays.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="2">
<DATE>26-FEB-1987 15:43:14.36</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ASSETS OF MONEY MARKET FUNDS ROSE
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS NEWID="3"><DATE>26-FEB-1987</DATE><TEXT TYPE="UNPROC">&#2;
FEDERAL RESERVE REPORT
    Net free reserves....644
 Reuter
&#3;</TEXT></REUTERS>
"#;

    fn record(docs: &[Result<crate::read::Document, crate::error::ReadError>], i: usize) -> Record {
        match &docs[i] {
            Ok(doc) => match &doc.content {
                Content::Record(r) => r.clone(),
                other => panic!("not a record: {other:?}"),
            },
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn reuters_stories() {
        let docs = read_str("reut.sgm", REUTERS.as_bytes(), &FieldMap::default());
        assert_eq!(docs.len(), 3);
        let sources: Vec<_> = docs
            .iter()
            .map(|d| d.as_ref().unwrap().source.clone())
            .collect();
        assert_eq!(sources, ["reut.sgm#1", "reut.sgm#2", "reut.sgm#3"]);
        let story = record(&docs, 0);
        assert_eq!(story.headline.as_deref(), Some("BAHIA COCOA REVIEW"));
        assert_eq!(story.date.as_deref(), Some("1987-02-26T15:01:01"));
        assert_eq!(
            story.body,
            "SALVADOR, Feb 26 - Showers continued in the Bahia cocoa zone, <Comissaria Smith> \
             said.\n\nThe dry period means delays."
        );
        let brief = record(&docs, 1);
        assert_eq!(
            brief.headline.as_deref(),
            Some("ASSETS OF MONEY MARKET FUNDS ROSE")
        );
        assert_eq!(brief.body, "");
        let table = record(&docs, 2);
        assert_eq!(table.headline, None);
        assert_eq!(table.date.as_deref(), Some("1987-02-26"));
        assert_eq!(
            table.body,
            "FEDERAL RESERVE REPORT\n\nNet free reserves....644"
        );
    }

    #[test]
    fn trec_documents_and_broken_ones() {
        let cases: Vec<(&str, &str, Outline)> = vec![
            (
                "ap.sgml",
                "<DOC>\n<DOCNO> AP880212-0001 </DOCNO>\n<HEAD>Talks Resume</HEAD>\n<TEXT>\n   \
                 Body one.\n</TEXT>\n</DOC>\n<doc><docno>AP2</docno><text><p>Two</p></text></doc>\n",
                vec![s("ap.sgml#AP880212-0001", "Talks Resume"), s("ap.sgml#AP2", "")],
            ),
            (
                // Regression: an unclosed <DOC> at the end is reported and still read; the
                // ones before it are unharmed.
                "cut.sgml",
                "<DOC><DOCNO>A</DOCNO><TEXT>one</TEXT></DOC>\n<DOC><DOCNO>B</DOCNO>\n<TEXT>two",
                vec![
                    s("cut.sgml#A", ""),
                    s("cut.sgml#B", ""),
                    s("cut.sgml#B", "bad record: <DOC> not closed (its text was read anyway)"),
                ],
            ),
            (
                "nested.sgml",
                "<DOC><DOCNO>A</DOCNO>\n\n<DOC><DOCNO>B</DOCNO><TEXT>two</TEXT></DOC>\n<DOC>\n<TEXT>three</TEXT></DOC>",
                vec![
                    s("nested.sgml#A", "bad record: <DOC> not closed, and no <TEXT>"),
                    s("nested.sgml#B", ""),
                    s("nested.sgml#3", ""),
                ],
            ),
            (
                "notext.sgml",
                "\n\n<DOC>\n<HEADLINE>Only a headline</HEADLINE></DOC>",
                vec![s("notext.sgml:3", "bad record: no <TEXT>")],
            ),
            ("nothing.sgml", "<!DOCTYPE x>\n", vec![s("nothing.sgml", "empty file")]),
        ];
        for (name, text, want) in cases {
            assert_eq!(outline(name, text.as_bytes(), ""), want, "{name}");
        }
    }

    #[test]
    fn a_10_mb_line_is_read_not_hung() {
        // Many records on one line, then 10 MB without a single `>`: a quadratic rescan would
        // hang here for hours.
        let doc = "<DOC><DOCNO>X</DOCNO><TEXT>Short body.</TEXT></DOC>";
        let many = doc.repeat(2 * 1024 * 1024 / doc.len());
        assert_eq!(
            outline("one-line.sgml", many.as_bytes(), "").len(),
            many.len() / doc.len()
        );
        let open_ended = format!(
            "<DOC><DOCNO>Y</DOCNO><TEXT>{}",
            "w".repeat(10 * 1024 * 1024)
        );
        let got = outline("open.sgml", open_ended.as_bytes(), "");
        assert_eq!(got.len(), 2, "{:?}", &got[1..]);
    }

    #[test]
    fn reuters_21578_first_file() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpora/reuters21578/reut2-000.sgm.gz"
        );
        let docs = crate::read::read_all(std::path::Path::new(path)).unwrap();
        assert_eq!(docs.len(), 1000);
        let (mut titles, mut dates) = (0, 0);
        for (i, doc) in docs.iter().enumerate() {
            let doc = doc.as_ref().unwrap_or_else(|e| panic!("#{}: {e}", i + 1));
            // NEWIDs run 1..=1000 in this file.
            assert_eq!(doc.source, format!("{path}#{}", i + 1));
            let r = record(&docs, i);
            titles += usize::from(r.headline.is_some());
            let date = r.date.as_deref().and_then(crate::article::parse_date);
            dates += usize::from(date.is_some());
            for text in [r.body.as_str(), r.headline.as_deref().unwrap_or("")] {
                assert!(
                    !text.contains("&lt;") && !text.contains("&#"),
                    "#{}: {text}",
                    i + 1
                );
                assert!(
                    !text.contains('\u{3}') && !text.ends_with("Reuter"),
                    "#{}",
                    i + 1
                );
            }
        }
        assert!(titles >= 980, "{titles} titles");
        assert_eq!(dates, 1000);
    }
}
