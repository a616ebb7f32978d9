//! A directory of articles → a committed index: walks the roots, reads and extracts files in
//! parallel (rayon), feeds one multi-threaded IndexWriter, commits once at the end.
//!
//! Every file that cannot become an article is recorded as `Skipped` with its reason; the run goes
//! on. Only index-level failures (disk, lock, schema) stop it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{IndexError, ReadError};
use crate::extract::extract;
use crate::index::{NewsIndex, Writer};
use crate::read::{self, WalkEntry};

/// What to index and where; built by the CLI from its arguments.
#[derive(Debug, Clone)]
pub struct IndexConfig {
    pub roots: Vec<PathBuf>,
    pub index_path: PathBuf,
    /// Threads for parsing and for tantivy's writer (at least 1).
    pub threads: usize,
    /// Delete an existing index first, whatever its schema version.
    pub rebuild: bool,
    /// How to read the files (record field names).
    pub read: read::ReadOptions,
}

/// A file or directory entry that produced no article, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

impl From<&ReadError> for Skipped {
    fn from(e: &ReadError) -> Skipped {
        Skipped {
            path: e.path_display(),
            reason: e.reason(),
        }
    }
}

/// What an indexing run did.
#[derive(Debug, Clone, Default)]
pub struct IndexSummary {
    pub files_seen: usize,
    pub articles: usize,
    pub quotes: usize,
    pub bytes_read: u64,
    pub skipped: Vec<Skipped>,
    pub elapsed: Duration,
}

/// Progress after each file, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub articles: usize,
}

/// Runs a whole indexing job. `on_progress` is called from worker threads after every file.
pub fn build(
    config: &IndexConfig,
    on_progress: &(dyn Fn(Progress) + Sync),
) -> Result<IndexSummary, IndexError> {
    let started = Instant::now();
    let index = NewsIndex::create_or_open(&config.index_path, config.rebuild)?;
    let threads = config.threads.max(1);

    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for root in &config.roots {
        if !root.exists() {
            return Err(IndexError::Io {
                path: root.clone(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such directory"),
            });
        }
        for entry in read::walk(root) {
            match entry {
                WalkEntry::File(p) => files.push(p),
                WalkEntry::Unvisitable { path, reason } => skipped.push(Skipped {
                    path: read::display_path(&path),
                    reason,
                }),
            }
        }
    }

    let writer = Writer::new(&index, threads)?;
    let files_done = AtomicUsize::new(0);
    let articles = AtomicUsize::new(0);
    let quotes = AtomicUsize::new(0);
    let bytes_read = AtomicU64::new(0);
    let file_skips = Mutex::new(Vec::new());
    let fatal: Mutex<Option<IndexError>> = Mutex::new(None);
    let total = files.len();

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| IndexError::Io {
            path: config.index_path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
    pool.install(|| {
        files.par_iter().for_each(|path| {
            if lock(&fatal).is_some() {
                return;
            }
            let mut sink = |doc: Result<read::Document, ReadError>| match doc {
                Ok(doc) => {
                    if lock(&fatal).is_some() {
                        return;
                    }
                    bytes_read.fetch_add(doc.len() as u64, Ordering::Relaxed);
                    let article = extract(&doc);
                    match writer.add(&article) {
                        Ok(()) => {
                            articles.fetch_add(1, Ordering::Relaxed);
                            quotes.fetch_add(article.quotes.len(), Ordering::Relaxed);
                        }
                        Err(e) => {
                            lock(&fatal).get_or_insert(e);
                        }
                    }
                }
                Err(e) => lock(&file_skips).push(Skipped::from(&e)),
            };
            if let Err(e) = read::read_file(path, &config.read, &mut sink) {
                lock(&file_skips).push(Skipped::from(&e));
            }
            let done = files_done.fetch_add(1, Ordering::Relaxed) + 1;
            on_progress(Progress {
                files_done: done,
                files_total: total,
                articles: articles.load(Ordering::Relaxed),
            });
        });
    });
    if let Some(e) = lock(&fatal).take() {
        return Err(e);
    }
    writer.commit()?;

    let mut file_skips = file_skips.into_inner().unwrap_or_else(|p| p.into_inner());
    file_skips.sort_by(|a, b| a.path.cmp(&b.path));
    skipped.extend(file_skips);
    Ok(IndexSummary {
        files_seen: total,
        articles: articles.into_inner(),
        quotes: quotes.into_inner(),
        bytes_read: bytes_read.into_inner(),
        skipped,
        elapsed: started.elapsed(),
    })
}

/// A poisoned lock only means another worker panicked; the data is still a valid Vec/Option.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
