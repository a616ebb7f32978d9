//! Typed errors, one enum per stage whose errors a user can see, sorted by who is at fault:
//! the input (a bad file, a bad query), or the index/disk.

use std::path::{Path, PathBuf};

/// A file that could not become documents. Never fatal for a run: the file is reported and skipped.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused to read it (permissions, vanished, a directory...).
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Zero bytes, or only whitespace.
    #[error("{path}: empty file")]
    Empty { path: PathBuf },
    /// Over `read::MAX_FILE_BYTES`.
    #[error("{path}: too large ({size} bytes; limit {limit})", limit = crate::read::MAX_FILE_BYTES)]
    TooLarge { path: PathBuf, size: u64 },
    /// Binary content, or text in no encoding we can recognise.
    #[error("{path}: not text: {reason}")]
    Undecodable { path: PathBuf, reason: String },
    /// A compressed stream that ends early or fails its checksum. Records read before the damage
    /// have already been handed on.
    #[error("{path}: corrupt: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    /// One record of a multi-record file (a JSON line, a CSV row, an SGML `<DOC>`) that cannot
    /// become a document; the file's other records are still read.
    #[error("{}: bad record: {reason}", at.locate(path))]
    BadRecord {
        path: PathBuf,
        at: RecordAt,
        reason: String,
    },
}

/// Where a bad record sits in its file: a line for line-oriented formats (so an editor can jump
/// to it), an id or a record number otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordAt {
    /// 1-based line where the record starts: shown as `file:17`.
    Line(u64),
    /// The record's own id (`DOCNO`, `NEWID`) or its 1-based number: shown as `file#17`.
    Id(String),
}

impl RecordAt {
    /// `file:17` or `file#ID`.
    pub fn locate(&self, path: &Path) -> String {
        match self {
            RecordAt::Line(n) => format!("{}:{n}", path.to_string_lossy()),
            RecordAt::Id(id) => format!("{}#{id}", path.to_string_lossy()),
        }
    }
}

impl ReadError {
    /// The reason alone, without the path: for summaries that print the path in their own column.
    pub fn reason(&self) -> String {
        match self {
            ReadError::Io { source, .. } => format!("cannot read: {source}"),
            ReadError::Empty { .. } => "empty file".to_string(),
            ReadError::TooLarge { size, .. } => format!(
                "too large ({size} bytes; limit {})",
                crate::read::MAX_FILE_BYTES
            ),
            ReadError::Undecodable { reason, .. } => format!("not text: {reason}"),
            ReadError::Corrupt { reason, .. } => format!("corrupt: {reason}"),
            ReadError::BadRecord { reason, .. } => format!("bad record: {reason}"),
        }
    }

    /// The path (with `#record` or `:line` when the error is about one record of a file).
    pub fn path_display(&self) -> String {
        match self {
            ReadError::Io { path, .. }
            | ReadError::Empty { path }
            | ReadError::TooLarge { path, .. }
            | ReadError::Undecodable { path, .. }
            | ReadError::Corrupt { path, .. } => path.to_string_lossy().into_owned(),
            ReadError::BadRecord { path, at, .. } => at.locate(path),
        }
    }

    /// A bad record of `path` at `at`.
    pub fn bad_record(path: &Path, at: RecordAt, reason: impl Into<String>) -> Self {
        ReadError::BadRecord {
            path: path.to_path_buf(),
            at,
            reason: reason.into(),
        }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Self {
        ReadError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// A query the user typed that cannot be run. Exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The query text is malformed (unbalanced quotes, a bad date, an unknown field...).
    #[error("invalid query: {0}")]
    Syntax(String),
}

/// Errors from the index on disk. Exit code 1.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// No index at the given path.
    #[error("no index at {0} (run `newsdex index` first)")]
    Missing(PathBuf),
    /// The index was written by another schema version.
    #[error("index at {path} has schema version {found}, this newsdex writes {expected}: run `newsdex index --rebuild`")]
    SchemaVersion {
        path: PathBuf,
        found: String,
        expected: u32,
    },
    /// Another process holds the index's writer lock.
    #[error("index at {0} is locked by another newsdex process (wait for it to finish)")]
    Locked(PathBuf),
    /// The disk, a quota or a file size limit ran out while writing. Nothing of the failed
    /// batch was committed: the index as last committed is still there and searchable.
    #[error("{reason} while writing {path}: the previous index is intact (free some space and run again)")]
    NoSpace { path: PathBuf, reason: String },
    /// The index directory cannot be written (read-only file system, no write permission).
    #[error("index directory {path} is read-only ({reason}): nothing was written, the previous index is intact")]
    ReadOnly { path: PathBuf, reason: String },
    /// The index path names something that is not a directory.
    #[error("index path {path} is not a directory ({reason})")]
    NotADirectory { path: PathBuf, reason: String },
    /// Tantivy failed (corruption, an unexpected I/O error...).
    #[error("index at {path}: {source}")]
    Tantivy {
        path: PathBuf,
        source: tantivy::TantivyError,
    },
    /// Filesystem error around the index directory.
    #[error("index at {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Any library error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Index(#[from] IndexError),
}

impl Error {
    /// True when the user's input is at fault (exit code 2) rather than the index or disk (exit code 1).
    pub fn is_user_error(&self) -> bool {
        matches!(self, Error::Query(_) | Error::Read(_))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
