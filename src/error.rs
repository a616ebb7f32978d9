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
        }
    }

    /// The path (with `#record` or `:line` when the error is about one record of a file).
    pub fn path_display(&self) -> String {
        match self {
            ReadError::Io { path, .. }
            | ReadError::Empty { path }
            | ReadError::TooLarge { path, .. }
            | ReadError::Undecodable { path, .. } => path.to_string_lossy().into_owned(),
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
    /// Tantivy failed (disk full, corruption...).
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
