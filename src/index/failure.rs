//! A tantivy or filesystem error about the index directory → an `IndexError` that says what went
//! wrong in the user's terms: the disk is full, the directory is read-only, the path is not a
//! directory; anything else keeps tantivy's own message.
//!
//! Why this matters: tantivy reports a full disk as "An IO error occurred: 'No space left on
//! device'" (or, when an indexing thread died of it, only "the index writer was killed"), and an
//! unwritable directory as a failure to take its lock file, which reads like another process
//! holding the index. What the user needs to know is the cause and that the last commit is safe:
//! tantivy only replaces `meta.json` (atomically) once a commit's segments are written, so a
//! failed write never touches what searches see.

use std::io::{self, ErrorKind};
use std::path::Path;

use tantivy::directory::error::{LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::TantivyError;

use crate::error::IndexError;

/// What the index was doing when the error struck: permission errors mean "read-only" only for
/// writes (an unreadable index is another problem).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Doing {
    Reading,
    Writing,
}

/// The `IndexError` for a tantivy failure on the index at `path`.
pub(crate) fn from_tantivy(path: &Path, doing: Doing, source: TantivyError) -> IndexError {
    if let TantivyError::LockFailure(LockError::LockBusy, _) = source {
        return IndexError::Locked(path.to_path_buf());
    }
    if let Some(e) = io_error_in(&source).and_then(|io| classify(path, doing, io)) {
        return e;
    }
    IndexError::Tantivy {
        path: path.to_path_buf(),
        source,
    }
}

/// The `IndexError` for a filesystem failure on the index directory `path`.
pub(crate) fn from_io(path: &Path, doing: Doing, source: io::Error) -> IndexError {
    classify(path, doing, &source).unwrap_or_else(|| IndexError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The OS error inside a tantivy error, where it keeps one.
fn io_error_in(e: &TantivyError) -> Option<&io::Error> {
    match e {
        TantivyError::IoError(io) => Some(io),
        TantivyError::OpenWriteError(OpenWriteError::IoError { io_error, .. })
        | TantivyError::OpenReadError(OpenReadError::IoError { io_error, .. })
        | TantivyError::OpenDirectoryError(OpenDirectoryError::IoError { io_error, .. }) => {
            Some(io_error)
        }
        TantivyError::LockFailure(LockError::IoError(io), _) => Some(io),
        _ => None,
    }
}

fn classify(path: &Path, doing: Doing, e: &io::Error) -> Option<IndexError> {
    let no_space = |reason: &str| IndexError::NoSpace {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    Some(match e.kind() {
        ErrorKind::StorageFull => no_space("no space left on device"),
        ErrorKind::QuotaExceeded => no_space("disk quota exceeded"),
        ErrorKind::FileTooLarge => no_space("file size limit exceeded"),
        ErrorKind::ReadOnlyFilesystem => IndexError::ReadOnly {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
        ErrorKind::PermissionDenied if doing == Doing::Writing => IndexError::ReadOnly {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
        ErrorKind::NotADirectory => not_a_directory(path, &e.to_string()),
        _ => return None,
    })
}

pub(crate) fn not_a_directory(path: &Path, reason: &str) -> IndexError {
    IndexError::NotADirectory {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn os(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn disk_full_inside_tantivy_errors_is_named() {
        let p = Path::new("idx");
        let wrapped = [
            TantivyError::IoError(Arc::new(os(28))),
            TantivyError::OpenWriteError(OpenWriteError::IoError {
                io_error: Arc::new(os(28)),
                filepath: "idx/x.store".into(),
            }),
        ];
        for e in wrapped {
            let msg = from_tantivy(p, Doing::Writing, e).to_string();
            assert_eq!(
                msg,
                "no space left on device while writing idx: the previous index is intact \
                 (free some space and run again)"
            );
        }
    }

    #[test]
    fn unwritable_lock_is_read_only_not_locked() {
        let p = Path::new("idx");
        for code in [13, 30] {
            let e = TantivyError::LockFailure(LockError::IoError(Arc::new(os(code))), None);
            let got = from_tantivy(p, Doing::Writing, e);
            assert!(matches!(got, IndexError::ReadOnly { .. }), "{got}");
            assert!(got
                .to_string()
                .starts_with("index directory idx is read-only"));
        }
        let busy = from_tantivy(
            p,
            Doing::Writing,
            TantivyError::LockFailure(LockError::LockBusy, None),
        );
        assert!(matches!(busy, IndexError::Locked(_)), "{busy}");
    }

    #[test]
    fn permission_denied_is_read_only_only_when_writing() {
        let p = Path::new("idx");
        assert!(matches!(
            from_io(p, Doing::Writing, os(13)),
            IndexError::ReadOnly { .. }
        ));
        assert!(matches!(
            from_io(p, Doing::Reading, os(13)),
            IndexError::Io { .. }
        ));
        assert!(matches!(
            from_io(p, Doing::Reading, os(20)),
            IndexError::NotADirectory { .. }
        ));
        assert!(matches!(
            from_io(p, Doing::Writing, os(5)),
            IndexError::Io { .. }
        ));
    }
}
