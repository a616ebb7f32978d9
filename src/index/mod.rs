//! Articles with their quotes → a tantivy index on disk, and back: opening an index checks
//! that it was written by this schema version.
//!
//! The directory holds tantivy's files plus `newsdex.json` (`{"schema_version": N}`), our marker:
//! a directory without it is not ours, and newsdex refuses to overwrite it.

pub mod build;
pub mod context;
mod failure;
mod merges;
pub mod schema;
mod search_dir;
pub mod simhash;
pub mod state;
pub mod stem;
pub mod writer;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

use crate::error::IndexError;
pub use build::{build, IndexConfig, IndexSummary, Progress, Skipped};
pub use schema::{Fields, SCHEMA_VERSION};
pub use writer::Writer;

const MARKER: &str = "newsdex.json";

/// An open newsdex index.
pub struct NewsIndex {
    pub index: Index,
    pub fields: Fields,
    pub path: PathBuf,
    /// Opened on the first search and kept: opening a reader per query maps and unmaps every
    /// segment file each time, a quarter of a short query's CPU time.
    reader: OnceLock<IndexReader>,
}

impl NewsIndex {
    /// Opens an existing index for reading (also on a read-only file system). Errors: `Missing`
    /// when there is none at `path`, `SchemaVersion` when another newsdex version wrote it.
    pub fn open(path: &Path) -> Result<NewsIndex, IndexError> {
        if path.exists() && !path.is_dir() {
            return Err(failure::not_a_directory(path, "it is a file"));
        }
        if !path.join("meta.json").is_file() {
            return Err(IndexError::Missing(path.to_path_buf()));
        }
        check_version(path)?;
        let index = search_dir::SearchDirectory::open(path)
            .and_then(Index::open)
            .map_err(|e| tantivy_err(path, e))?;
        Self::wrap(index, path)
    }

    /// Opens the index at `path` for writing, creating it if the directory is empty or absent.
    /// With `rebuild`, an existing newsdex index (of any version) is deleted first.
    pub fn create_or_open(path: &Path, rebuild: bool) -> Result<NewsIndex, IndexError> {
        if path.exists() && !path.is_dir() {
            return Err(failure::not_a_directory(path, "it is a file"));
        }
        std::fs::create_dir_all(path).map_err(|e| write_io_err(path, e))?;
        let has_index = path.join("meta.json").is_file();
        let ours = path.join(MARKER).is_file();
        if has_index && !ours {
            return Err(IndexError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::other(
                    "holds an index newsdex did not write; refusing to overwrite it",
                ),
            });
        }
        if ours && (rebuild || !has_index) {
            // A rebuild, or the remains of a run killed while creating or rebuilding the index.
            clear_dir(path)?;
        } else if has_index {
            check_version(path)?;
            let index = Index::open_in_dir(path).map_err(|e| tantivy_err(path, e))?;
            return Self::wrap(index, path);
        } else if !dir_is_empty(path)? {
            return Err(IndexError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::other(
                    "is not empty and holds no newsdex index; refusing to write there",
                ),
            });
        }
        // The marker goes first: a run killed between the two writes leaves a directory that is
        // recognisably ours and is cleared next time, never an index we refuse to touch.
        let marker = format!("{{\"schema_version\": {SCHEMA_VERSION}}}\n");
        std::fs::write(path.join(MARKER), marker).map_err(|e| write_io_err(path, e))?;
        let index =
            Index::create_in_dir(path, schema::build_schema()).map_err(|e| write_err(path, e))?;
        Self::wrap(index, path)
    }

    fn wrap(index: Index, path: &Path) -> Result<NewsIndex, IndexError> {
        schema::register_tokenizers(&index);
        // A missing field means another build of newsdex wrote this index with the same
        // version number; it cannot be read any more than a different version can.
        let fields =
            Fields::from_schema(&index.schema()).map_err(|_| IndexError::SchemaVersion {
                path: path.to_path_buf(),
                found: format!("{SCHEMA_VERSION} with other fields"),
                expected: SCHEMA_VERSION,
            })?;
        Ok(NewsIndex {
            index,
            fields,
            path: path.to_path_buf(),
            reader: OnceLock::new(),
        })
    }

    /// A searcher over the latest commit, from the index's one reader. The reader reloads when
    /// `meta.json` lists other segments or deletes than it has, checked on every call, rather
    /// than tantivy's reload-on-commit watcher, which lags a commit by a moment: a program that
    /// writes and then searches must see its own writes.
    pub fn searcher(&self) -> Result<Searcher, IndexError> {
        let err = |e| tantivy_err(&self.path, e);
        let reader = match self.reader.get() {
            Some(r) => r,
            None => {
                let r = self
                    .index
                    .reader_builder()
                    .reload_policy(ReloadPolicy::Manual)
                    .try_into()
                    .map_err(err)?;
                self.reader.get_or_init(|| r)
            }
        };
        let searcher = reader.searcher();
        let committed: BTreeMap<_, _> = self
            .index
            .searchable_segment_metas()
            .map_err(err)?
            .iter()
            .map(|m| (m.id(), m.delete_opstamp()))
            .collect();
        if &committed == searcher.generation().segments() {
            return Ok(searcher);
        }
        reader.reload().map_err(err)?;
        Ok(reader.searcher())
    }
}

fn check_version(path: &Path) -> Result<(), IndexError> {
    let found = std::fs::read_to_string(path.join(MARKER))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.get("schema_version").and_then(|n| n.as_u64()));
    match found {
        Some(v) if v == u64::from(SCHEMA_VERSION) => Ok(()),
        other => Err(IndexError::SchemaVersion {
            path: path.to_path_buf(),
            found: other.map_or_else(|| "unknown".to_string(), |v| v.to_string()),
            expected: SCHEMA_VERSION,
        }),
    }
}

/// Files the index directory may hold besides the index itself (the repository keeps `index/`
/// in git with a `.gitkeep`).
fn is_ignorable(name: &std::ffi::OsStr) -> bool {
    name == ".gitkeep"
}

fn dir_is_empty(path: &Path) -> Result<bool, IndexError> {
    let mut entries = std::fs::read_dir(path).map_err(|e| io_err(path, e))?;
    Ok(entries.all(|e| e.map(|e| is_ignorable(&e.file_name())).unwrap_or(false)))
}

/// Deletes an index's files (only called on a directory holding our marker). `meta.json` goes
/// first, so a run killed half-way leaves "no index", never an index missing its segments.
fn clear_dir(path: &Path) -> Result<(), IndexError> {
    let meta = path.join("meta.json");
    if meta.exists() {
        std::fs::remove_file(&meta).map_err(|e| write_io_err(path, e))?;
    }
    for entry in std::fs::read_dir(path).map_err(|e| io_err(path, e))? {
        let entry = entry.map_err(|e| io_err(path, e))?;
        if is_ignorable(&entry.file_name()) || entry.file_name() == MARKER {
            continue;
        }
        let p = entry.path();
        let res = if p.is_dir() {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
        res.map_err(|e| write_io_err(path, e))?;
    }
    Ok(())
}

/// A tantivy error while reading the index at `path`.
pub(crate) fn tantivy_err(path: &Path, source: tantivy::TantivyError) -> IndexError {
    failure::from_tantivy(path, failure::Doing::Reading, source)
}

/// A tantivy error while writing the index at `path` (full disk, read-only directory...).
pub(crate) fn write_err(path: &Path, source: tantivy::TantivyError) -> IndexError {
    failure::from_tantivy(path, failure::Doing::Writing, source)
}

fn io_err(path: &Path, source: std::io::Error) -> IndexError {
    failure::from_io(path, failure::Doing::Reading, source)
}

fn write_io_err(path: &Path, source: std::io::Error) -> IndexError {
    failure::from_io(path, failure::Doing::Writing, source)
}
