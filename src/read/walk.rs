//! A directory tree → the files to read, in a stable order, plus the entries that could not be visited.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// One entry found while walking: a file to read, or an entry that could not be visited.
#[derive(Debug)]
pub enum WalkEntry {
    File(PathBuf),
    /// A symlink loop, a permission error, a vanished entry: reported, never fatal.
    Unvisitable {
        path: PathBuf,
        reason: String,
    },
}

/// Walks `root` recursively (following symlinks, so loops are detected and reported),
/// sorted by file name so runs are reproducible. A plain file as root yields just itself.
pub fn walk(root: &Path) -> impl Iterator<Item = WalkEntry> {
    WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|entry| match entry {
            Ok(e) if e.file_type().is_file() => Some(WalkEntry::File(e.into_path())),
            // An empty directory is worth a line in the summary: a failed copy or mount looks like this.
            Ok(e) if e.file_type().is_dir() && is_empty_dir(e.path()) => {
                Some(WalkEntry::Unvisitable {
                    path: e.into_path(),
                    reason: "empty directory".to_string(),
                })
            }
            Ok(_) => None,
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| PathBuf::from("?"));
                let reason = if err.loop_ancestor().is_some() {
                    "symlink loop".to_string()
                } else if let Some(io) = err.io_error() {
                    io.to_string()
                } else {
                    err.to_string()
                };
                Some(WalkEntry::Unvisitable { path, reason })
            }
        })
}

fn is_empty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none())
}
