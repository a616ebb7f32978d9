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
