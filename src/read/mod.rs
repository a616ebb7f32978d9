//! Files → `Document`s: walks directories, reads bytes, recognises the format, decodes text.
//!
//! A file holds one document (plain text, an HTML page) or many records (JSON Lines, CSV, SGML
//! collections). Records are handed to a sink one at a time so a dump of any size streams; a bad
//! record is reported as an error for that record and the rest of the file is still read.

pub mod decode;
pub mod walk;

use std::path::Path;

use crate::error::ReadError;
pub use walk::{walk, WalkEntry};

/// Single-document files larger than this are skipped with a reason instead of being read into
/// memory: news articles are kilobytes, so a file this large is a dump in a format we don't
/// read, or not news at all.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// One article's worth of input, before any article structure is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from: the path as given, plus `#N` (or `#DOCNO`) for a record of a
    /// multi-record file.
    pub source: String,
    pub content: Content,
}

/// What a document holds, by format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Plain text (decoded, NFC, `\n` line endings): headline, date and body are found in it.
    Text(String),
    /// An HTML page (decoded).
    Html(String),
    /// A record whose fields are named by its format (JSON, CSV, SGML).
    Record(Record),
}

/// The fields of a structured record, as the record gives them (dates unparsed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub headline: Option<String>,
    pub date: Option<String>,
    pub body: String,
    pub url: Option<String>,
}

impl Document {
    /// A plain-text document.
    pub fn text(source: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            source: source.into(),
            content: Content::Text(text.into()),
        }
    }

    /// Bytes of input this document carries (for throughput figures).
    pub fn len(&self) -> usize {
        match &self.content {
            Content::Text(t) | Content::Html(t) => t.len(),
            Content::Record(r) => r.body.len() + r.headline.as_ref().map_or(0, String::len),
        }
    }

    /// True when the document carries no text at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads one file, handing each document it holds to `sink` (records that fail are handed over
/// as errors). Returns an error when the file as a whole cannot be read.
pub fn read_file(
    path: &Path,
    sink: &mut dyn FnMut(Result<Document, ReadError>),
) -> Result<(), ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| ReadError::io(path, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| ReadError::io(path, e))?;
    let text = decode::decode(&bytes).map_err(|reason| ReadError::Undecodable {
        path: path.to_path_buf(),
        reason,
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let content = if looks_like_html(path, &text) {
        Content::Html(text)
    } else {
        Content::Text(text)
    };
    sink(Ok(Document {
        source: display_path(path),
        content,
    }));
    Ok(())
}

/// An HTML page by its extension (`.html`, `.htm`, `.xhtml`) or its opening (`<!doctype html`,
/// `<html`, after whitespace and a byte-order mark). A stopgap until `read::sniff` recognises
/// formats properly; it only has to route pages to the HTML reader.
fn looks_like_html(path: &Path, text: &str) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ["html", "htm", "xhtml"]
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
    {
        return true;
    }
    let head = text.trim_start_matches('\u{feff}').trim_start().as_bytes();
    let starts = |p: &[u8]| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts(b"<!doctype html") || starts(b"<html")
}

/// Reads every document of a file into a vector (errors of single records included).
pub fn read_all(path: &Path) -> Result<Vec<Result<Document, ReadError>>, ReadError> {
    let mut docs = Vec::new();
    read_file(path, &mut |d| docs.push(d))?;
    Ok(docs)
}

/// The path as the user gave it, lossily made printable (non-UTF-8 names must not be fatal).
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
