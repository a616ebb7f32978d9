//! A path → a byte stream ready for a format reader: opens the file, decompresses gzip on the fly
//! (recognised by its magic bytes, not its name), and hands back the first bytes for sniffing
//! without consuming them. Also the capped chunk reader the line and SGML readers share.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use flate2::bufread::MultiGzDecoder;

use crate::error::{ReadError, RecordAt};

/// Bytes looked at to recognise a format: enough for a doctype, a `<meta charset>` or a JSON line
/// of a typical record; a longer first line is still read, it just can't be sniffed as JSONL.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// Buffer size for reading: large reads keep a 2 GB dump at disk speed.
const BUFFER_BYTES: usize = 256 * 1024;

/// The rest of the input after the peeked head (which it still yields first).
pub type Stream = Box<dyn BufRead>;

/// One file being read: where it came from and how its records are named.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    /// The name the format is sniffed from: the file name, minus `.gz` when it was decompressed.
    pub name: String,
    /// True when the bytes come through the gzip decoder (so read errors mean a corrupt stream).
    pub gzip: bool,
}

impl Input {
    /// A read failure mid-file. Through gzip, invalid or missing data means the compressed stream
    /// is damaged (truncated download, bad checksum), which is the file's fault, not the disk's.
    pub fn fail(&self, e: io::Error) -> ReadError {
        let damaged = matches!(
            e.kind(),
            io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput | io::ErrorKind::UnexpectedEof
        );
        if self.gzip && damaged {
            ReadError::Corrupt {
                path: self.path.clone(),
                reason: format!("gzip stream: {e}"),
            }
        } else {
            ReadError::io(&self.path, e)
        }
    }

    /// The source of one record: `path#id`.
    pub fn source(&self, id: impl std::fmt::Display) -> String {
        format!("{}#{id}", super::display_path(&self.path))
    }

    /// A bad record of this file.
    pub fn bad(&self, at: RecordAt, reason: impl Into<String>) -> ReadError {
        ReadError::bad_record(&self.path, at, reason)
    }
}

/// Opens `path`, returning the input, its first (decompressed) bytes, and a stream that starts
/// with those same bytes. An empty file gives an empty head.
pub fn open(path: &Path) -> Result<(Input, Vec<u8>, Stream), ReadError> {
    let file = File::open(path).map_err(|e| ReadError::io(path, e))?;
    let mut raw = BufReader::with_capacity(BUFFER_BYTES, file);
    let head = read_head(&mut raw).map_err(|e| ReadError::io(path, e))?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let raw = Cursor::new(head.clone()).chain(raw);
    if !head.starts_with(&[0x1f, 0x8b]) {
        let input = Input {
            path: path.to_path_buf(),
            name,
            gzip: false,
        };
        return Ok((input, head, Box::new(raw)));
    }
    // Gzip magic: sniff the inner name (`x.jsonl.gz` → `x.jsonl`) and the decompressed bytes.
    // MultiGzDecoder rather than GzDecoder: `cat a.gz b.gz` is a valid gzip file of two members.
    let name = match name.len().checked_sub(3) {
        Some(cut) if name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(".gz") => {
            name[..cut].to_string()
        }
        _ => name,
    };
    let input = Input {
        path: path.to_path_buf(),
        name,
        gzip: true,
    };
    let mut inner = BufReader::with_capacity(BUFFER_BYTES, MultiGzDecoder::new(raw));
    let head = read_head(&mut inner).map_err(|e| input.fail(e))?;
    let stream = Box::new(Cursor::new(head.clone()).chain(inner));
    Ok((input, head, stream))
}

/// Up to `SNIFF_BYTES` from the start of `r` (fewer only at end of input).
fn read_head(r: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    r.take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Reads through the next `delim` (included) or to end of input, appending to `buf` only while
/// it holds fewer than `cap` bytes: the rest of an overlong chunk is consumed and dropped, so one
/// gigabyte-long line costs no memory. Returns the bytes consumed (0 at end of input) and whether
/// any were dropped. Unlike `BufRead::read_until`, never grows `buf` past `cap`.
pub fn read_until_capped<R: BufRead + ?Sized>(
    r: &mut R,
    delim: u8,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut dropped = false;
    loop {
        let available = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, dropped));
        }
        let (done, used) = match memchr::memchr(delim, available) {
            Some(i) => (true, i + 1),
            None => (false, available.len()),
        };
        let keep = used.min(cap.saturating_sub(buf.len()));
        buf.extend_from_slice(&available[..keep]);
        dropped |= keep < used;
        r.consume(used);
        consumed += used;
        if done {
            return Ok((consumed, dropped));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_reader_splits_and_drops() {
        // (input, cap, expected chunks as (kept, dropped))
        type Chunks = &'static [(&'static [u8], bool)];
        let cases: &[(&[u8], usize, Chunks)] = &[
            (b"a\nbb\n", 10, &[(b"a\n", false), (b"bb\n", false)]),
            (b"a\nbb", 10, &[(b"a\n", false), (b"bb", false)]),
            (b"abcdef\ng\n", 3, &[(b"abc", true), (b"g\n", false)]),
            (b"", 3, &[]),
        ];
        for (input, cap, expected) in cases {
            // A tiny buffer so chunks straddle refills.
            let mut r = BufReader::with_capacity(2, *input);
            let mut got = Vec::new();
            loop {
                let mut buf = Vec::new();
                let (used, dropped) = read_until_capped(&mut r, b'\n', &mut buf, *cap).unwrap();
                if used == 0 {
                    break;
                }
                got.push((buf, dropped));
            }
            let want: Vec<(Vec<u8>, bool)> =
                expected.iter().map(|(b, d)| (b.to_vec(), *d)).collect();
            assert_eq!(got, want, "{input:?} cap {cap}");
        }
    }
}
