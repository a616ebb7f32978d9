//! Files → `Document`s: walks directories, reads bytes, decodes them to normalized text.
//!
//! A file that cannot be read or decoded is reported as a `ReadError` carrying its path;
//! the caller decides whether to go on (indexing always does).

pub mod decode;
pub mod walk;

use std::path::Path;

use crate::error::ReadError;

/// Files larger than this are skipped with a reason instead of being read into memory.
/// News articles are kilobytes; a file this large is a dump in a format we don't read yet,
/// or not news at all.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// One article's worth of decoded text, before any article structure is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from: the path as given, plus `#N` for the Nth record of a multi-record file.
    pub source: String,
    /// Decoded, NFC-normalized text with `\n` line endings.
    pub text: String,
}

/// Reads one file into the documents it holds (one for plain text).
pub fn read_file(path: &Path) -> Result<Vec<Document>, ReadError> {
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
    Ok(vec![Document {
        source: display_path(path),
        text,
    }])
}

/// The path as the user gave it, lossily made printable (non-UTF-8 names must not be fatal).
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Paths found under a root, or the reasons some entries could not be visited.
pub use walk::{walk, WalkEntry};
