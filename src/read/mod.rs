//! Files → `Document`s: walks directories, reads bytes, recognises the format, decodes text.
//!
//! A file holds one document (plain text, an HTML page) or many records (JSON Lines, JSON arrays,
//! CSV/TSV, SGML collections), possibly gzipped. `sniff` picks the reader from the name and the
//! first bytes; records are handed to a sink one at a time so a dump of any size streams; a bad
//! record is reported as an error naming its line or id, and the rest of the file is still read.
//!
//! ```text
//!  path ─stream::open─▶ (gunzip) ─sniff─▶ Text | Html ──▶ one Document (size-capped)
//!                                         Json | JsonLines ─json─┐
//!                                         Csv ──────────────csv──┼─▶ Document per record
//!                                         Sgml ────────────sgml──┘   (Content::Record)
//! ```

mod charset;
mod csv;
pub mod decode;
pub mod fields;
mod json;
pub mod json_record;
mod sgml;
mod sgml_text;
pub mod sniff;
mod stream;
#[cfg(test)]
pub(crate) mod testutil;
pub mod walk;

use std::io::Read;
use std::path::Path;

use crate::error::{ReadError, RecordAt};
pub use fields::{Field, FieldMap};
pub use sniff::Format;
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

/// The fields of a structured record, as the record gives them (dates unparsed, but in a form a
/// date parser reads: the SGML reader rewrites Reuters' `26-FEB-1987 15:01:01.79` as ISO 8601).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub headline: Option<String>,
    pub date: Option<String>,
    /// Never empty for JSON and CSV records (a record without one is reported instead); may be
    /// empty for a headline-only wire flash.
    pub body: String,
    pub url: Option<String>,
    /// Byline, several authors joined with ", ".
    pub author: Option<String>,
    /// The publishing site or source (`domain`, `source`).
    pub site: Option<String>,
}

/// How to read files: what the user told us about their format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Record field names that override the guessed ones (`--map`).
    pub field_map: FieldMap,
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
/// as `ReadError::BadRecord`, and the next record is read). Returns an error when the file as a
/// whole cannot be read: unreadable, empty, binary, a single document over `MAX_FILE_BYTES`, a
/// corrupt gzip stream or JSON syntax that cannot be resynchronised (the records before the
/// damage have been handed over by then). A multi-record file that yields nothing is `Empty`.
pub fn read_file(
    path: &Path,
    options: &ReadOptions,
    sink: &mut dyn FnMut(Result<Document, ReadError>),
) -> Result<(), ReadError> {
    let (input, head, stream) = stream::open(path)?;
    let format = sniff::sniff(&input.name, &head);
    if matches!(format, Format::Text | Format::Html) {
        return read_single(&input, stream, format, sink);
    }
    // Nothing but whitespace: empty, whatever the extension promised (a header is not blank).
    if head.len() < stream::SNIFF_BYTES && sniff::strip_bom(&head).trim_ascii().is_empty() {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let mut emit = Emit {
        input: &input,
        map: &options.field_map,
        sink,
        numbered: 0,
        handed: 0,
    };
    match format {
        Format::JsonLines => json::read_lines(stream, &mut emit)?,
        Format::Json => json::read_document(stream, &mut emit)?,
        Format::Csv { delimiter } => csv::read(stream, delimiter, &mut emit)?,
        Format::Sgml => sgml::read(stream, &mut emit)?,
        Format::Text | Format::Html => {}
    }
    if emit.handed == 0 {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// A file that is one document: read whole (it is capped, so this is safe), decoded, handed on.
fn read_single(
    input: &stream::Input,
    stream: stream::Stream,
    format: Format,
    sink: &mut dyn FnMut(Result<Document, ReadError>),
) -> Result<(), ReadError> {
    let path = input.path.as_path();
    let too_large = |size| ReadError::TooLarge {
        path: path.to_path_buf(),
        size,
    };
    // The size on disk rejects a huge plain file before reading it; a gzip file is only known
    // to be too large once MAX_FILE_BYTES of it have been decompressed.
    let meta = std::fs::metadata(path).map_err(|e| ReadError::io(path, e))?;
    if !input.gzip && meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    stream
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| input.fail(e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let decoded = match format {
        Format::Html => charset::decode_html(&bytes),
        _ => decode::decode(&bytes),
    };
    let text = decoded.map_err(|reason| ReadError::Undecodable {
        path: path.to_path_buf(),
        reason,
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let content = match format {
        Format::Html => Content::Html(text),
        _ => Content::Text(text),
    };
    sink(Ok(Document {
        source: display_path(path),
        content,
    }));
    Ok(())
}

/// Where record readers send what they find: numbers records, names their sources, counts what
/// was handed on (a record file that yields nothing is reported as empty).
struct Emit<'a> {
    input: &'a stream::Input,
    map: &'a FieldMap,
    sink: &'a mut dyn FnMut(Result<Document, ReadError>),
    /// Records numbered so far; the next is `numbered + 1` (1-based, as people count rows).
    numbered: u64,
    /// Documents and errors handed to the sink.
    handed: u64,
}

impl Emit<'_> {
    /// The next record's 1-based number.
    fn next_number(&mut self) -> u64 {
        self.numbered += 1;
        self.numbered
    }

    /// Hands on a record (source `path#id`, or the bare path for a file's only record) or the
    /// reason it failed, located at `at`.
    fn record(&mut self, at: RecordAt, id: Option<String>, record: Result<Record, String>) {
        let doc = match record {
            Ok(record) => Ok(Document {
                source: match id {
                    Some(id) => self.input.source(id),
                    None => display_path(&self.input.path),
                },
                content: Content::Record(record),
            }),
            Err(reason) => Err(self.input.bad(at, reason)),
        };
        self.handed += 1;
        (self.sink)(doc);
    }

    /// Reports a bad record.
    fn bad(&mut self, at: RecordAt, reason: impl Into<String>) {
        self.handed += 1;
        (self.sink)(Err(self.input.bad(at, reason)));
    }
}

/// Bytes of one record or field → text: UTF-8 when valid, else Windows-1252. Legacy news dumps
/// (Reuters-21578) are Latin-1 here and there; Windows-1252 decodes Latin-1 text and never fails,
/// and guessing per record is cheaper and safer than per file, where one stray byte would flip
/// a whole 2 GB dump.
pub(crate) fn decode_bytes(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

/// Reads every document of a file into a vector (errors of single records included), with the
/// default options.
pub fn read_all(path: &Path) -> Result<Vec<Result<Document, ReadError>>, ReadError> {
    let mut docs = Vec::new();
    read_file(path, &ReadOptions::default(), &mut |d| docs.push(d))?;
    Ok(docs)
}

/// The path as the user gave it, lossily made printable (non-UTF-8 names must not be fatal).
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::testutil::{outline, pair, Outline};
    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        gzip_at(bytes, flate2::Compression::fast())
    }

    /// `Compression::none()` for the large inputs: a debug-build deflater takes seconds per MB.
    fn gzip_at(bytes: &[u8], level: flate2::Compression) -> Vec<u8> {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), level);
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn files_by_format() {
        let jsonl =
            b"{\"title\":\"One\",\"text\":\"Body\"}\n{\"title\":\"Two\",\"text\":\"Body\"}\n";
        let gz = gzip(jsonl);
        let latin1_page = b"<!DOCTYPE html><meta charset=\"windows-1252\"><p>caf\xe9</p>";
        let cases: Vec<(&str, Vec<u8>, Outline)> = vec![
            (
                "a.jsonl.gz",
                gz.clone(),
                vec![pair("a.jsonl.gz#1", "One"), pair("a.jsonl.gz#2", "Two")],
            ),
            // Gzip is recognised by its magic bytes, JSON Lines by its first line.
            (
                "download",
                gz,
                vec![pair("download#1", "One"), pair("download#2", "Two")],
            ),
            (
                "cut.jsonl.gz",
                gzip(jsonl)[..20].to_vec(),
                vec![pair(
                    "cut.jsonl.gz",
                    "corrupt: gzip stream: incomplete deflate stream",
                )],
            ),
            (
                "story.txt.gz",
                gzip(b"Headline\n\nBody.\n"),
                vec![pair("story.txt.gz", "text:Headline\n\nBody.")],
            ),
            (
                "page.htm",
                latin1_page.to_vec(),
                vec![pair(
                    "page.htm",
                    "html:<!DOCTYPE html><meta charset=\"windows-1252\"><p>caf\u{e9}</p>",
                )],
            ),
            (
                "saved",
                b"<html><p>x</p></html>".to_vec(),
                vec![pair("saved", "html:<html><p>x</p></html>")],
            ),
            (
                "image.jsonl",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
                vec![pair("image.jsonl", "not text: binary content (PNG image)")],
            ),
            (
                "empty.csv",
                Vec::new(),
                vec![pair("empty.csv", "empty file")],
            ),
            (
                "empty.txt.gz",
                gzip(b"  \n"),
                vec![pair("empty.txt.gz", "empty file")],
            ),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(outline(name, &bytes, ""), want, "{name}");
        }
    }

    #[test]
    fn a_truncated_gzip_keeps_the_records_before_the_damage() {
        let lines: String = (1..=5000)
            .map(|i| {
                format!(
                    "{{\"title\":\"T{i}\",\"text\":\"Body {i} {}\"}}\n",
                    i * 7919
                )
            })
            .collect();
        let gz = gzip(lines.as_bytes());
        let got = outline("cut.jsonl.gz", &gz[..gz.len() / 2], "");
        let (last, records) = got.split_last().unwrap();
        assert!(records.len() > 100, "{}", records.len());
        for (i, (source, headline)) in records.iter().enumerate() {
            assert_eq!(source, &format!("cut.jsonl.gz#{}", i + 1));
            assert_eq!(headline, &format!("T{}", i + 1));
        }
        assert_eq!(last.0, "cut.jsonl.gz");
        assert!(last.1.starts_with("corrupt: gzip stream"), "{last:?}");
    }

    #[test]
    fn a_gzip_bomb_of_text_is_too_large_not_read() {
        let bomb = gzip_at(
            &vec![b'a'; MAX_FILE_BYTES as usize + 10],
            flate2::Compression::none(),
        );
        let got = outline("bomb.txt.gz", &bomb, "");
        assert_eq!(got.len(), 1);
        assert!(got[0].1.starts_with("too large"), "{got:?}");
    }

    #[test]
    fn record_formats_are_not_size_capped() {
        // A JSON Lines file over the single-document limit streams like any other.
        let line = format!("{{\"title\":\"T\",\"text\":\"{}\"}}\n", "w".repeat(1 << 20));
        let big = line.repeat(MAX_FILE_BYTES as usize / line.len() + 2);
        let got = outline("big.jsonl", big.as_bytes(), "");
        assert_eq!(got.len(), MAX_FILE_BYTES as usize / line.len() + 2);
        assert!(got.iter().all(|(_, h)| h == "T"));
    }
}
