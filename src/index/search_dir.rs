//! An index directory opened for searching: tantivy's `MmapDirectory`, except that a lock file
//! that cannot be created because the directory is read-only does not stop the search.
//!
//! Why: tantivy takes `.tantivy-meta.lock` even to open a searcher (so that a writer's garbage
//! collection cannot delete segment files while they are being opened). On a read-only file
//! system, or in a directory the user may not write, creating that file fails, and with it every
//! search: an index on a read-only disk or a shared archive could not be searched at all. Where
//! this process cannot write, the lock guards against a writer that, on a read-only file system,
//! cannot exist; in a directory only its owner may write, a search racing the owner's indexing
//! run is the remaining risk, and it fails with an error rather than wrong results.

use std::io::{self, ErrorKind};
use std::path::Path;
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};

#[derive(Debug, Clone)]
pub(crate) struct SearchDirectory(MmapDirectory);

impl SearchDirectory {
    pub(crate) fn open(path: &Path) -> Result<SearchDirectory, tantivy::TantivyError> {
        Ok(SearchDirectory(MmapDirectory::open(path)?))
    }
}

impl Directory for SearchDirectory {
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.0.acquire_lock(lock) {
            Err(LockError::IoError(e))
                if matches!(
                    e.kind(),
                    ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied
                ) =>
            {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.0.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.0.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.0.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.0.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.0.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.0.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.0.sync_directory()
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.0.watch(watch_callback)
    }
}
