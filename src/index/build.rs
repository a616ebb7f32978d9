//! A directory of articles → a committed index: walks the roots, works out what changed since
//! the last run, reads and extracts the new and changed files in parallel (rayon), and feeds one
//! multi-threaded IndexWriter, committing in batches.
//!
//! Incremental by default: a file whose bytes hash as before is skipped, a changed file's
//! articles are replaced, a deleted file's removed; an article already indexed from another file
//! (a copied file, a record repeated in two dumps) is not indexed twice. Each batch of files is
//! one commit, and a file's deletion and re-addition always fall in the same batch, so a run
//! killed at any moment leaves the last commit searchable and the next run finishes the work.
//!
//! Every file that cannot become an article is recorded as `Skipped` with its reason; the run goes
//! on. Only index-level failures (disk, lock, schema) stop it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{IndexError, ReadError};
use crate::extract::extract;
use crate::index::state::{self, IndexedState};
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
    /// Files per commit (at least 1).
    pub batch_files: usize,
    /// How to read the files (record field names).
    pub read: read::ReadOptions,
}

/// Default files per commit: a killed run loses at most this much work, and each commit costs a
/// flush of the writer's segments, so batches are large.
pub const BATCH_FILES: usize = 5000;

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
    /// Files whose content was already indexed as it is.
    pub unchanged: usize,
    /// Files indexed before whose articles were replaced.
    pub replaced: usize,
    /// Files indexed before and gone now, whose articles were removed.
    pub removed: usize,
    /// Articles not indexed because the same article is already in the index.
    pub duplicates: usize,
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
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| IndexError::Io {
            path: config.index_path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;

    let (files, mut skipped) = walk_roots(&config.roots)?;
    let indexed = state::load(&index)?;
    let plan = pool.install(|| plan(&files, &indexed, &config.roots));
    skipped.extend(plan.unreadable.iter().cloned());
    let replaced: HashSet<String> = plan
        .work
        .iter()
        .filter(|w| w.replaces)
        .map(|w| w.file.clone())
        .collect();

    let mut writer = Writer::new(&index, threads)?;
    for file in &plan.removed {
        writer.delete_file(file);
    }
    let run = Run {
        read: &config.read,
        writer_seen: Mutex::new(indexed.kept_articles(&replaced)),
        files_done: AtomicUsize::new(0),
        articles: AtomicUsize::new(0),
        quotes: AtomicUsize::new(0),
        duplicates: AtomicUsize::new(0),
        bytes_read: AtomicU64::new(0),
        skips: Mutex::new(Vec::new()),
        fatal: Mutex::new(None),
        total: plan.work.len(),
    };
    for batch in plan.work.chunks(config.batch_files.max(1)) {
        pool.install(|| {
            batch
                .par_iter()
                .for_each(|item| run.file(&writer, item, on_progress))
        });
        if let Some(e) = lock(&run.fatal).take() {
            return Err(writer.cause(e));
        }
        writer.commit()?;
    }
    writer.finish()?;

    let mut file_skips = run.skips.into_inner().unwrap_or_else(|p| p.into_inner());
    file_skips.sort_by(|a, b| a.path.cmp(&b.path));
    skipped.extend(file_skips);
    Ok(IndexSummary {
        files_seen: files.len(),
        articles: run.articles.into_inner(),
        quotes: run.quotes.into_inner(),
        unchanged: plan.unchanged,
        replaced: replaced.len(),
        removed: plan.removed.len(),
        duplicates: run.duplicates.into_inner(),
        bytes_read: run.bytes_read.into_inner(),
        skipped,
        elapsed: started.elapsed(),
    })
}

/// Walks every root; a missing root is fatal (the user mistyped it), a bad entry is skipped.
fn walk_roots(roots: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<Skipped>), IndexError> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for root in roots {
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
    Ok((files, skipped))
}

/// A file to (re-)index.
struct Work {
    path: PathBuf,
    file: String,
    hash: u64,
    /// The index holds an older version of this file.
    replaces: bool,
}

/// What a run must do, worked out from file hashes before anything is written.
struct Plan {
    work: Vec<Work>,
    unchanged: usize,
    removed: Vec<String>,
    unreadable: Vec<Skipped>,
}

fn plan(files: &[PathBuf], indexed: &IndexedState, roots: &[PathBuf]) -> Plan {
    let hashed: Vec<(&PathBuf, String, std::io::Result<u64>)> = files
        .par_iter()
        .map(|p| (p, read::display_path(p), state::hash_file(p)))
        .collect();
    let mut plan = Plan {
        work: Vec::new(),
        unchanged: 0,
        removed: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut present = HashSet::with_capacity(hashed.len());
    for (path, file, hash) in hashed {
        present.insert(file.clone());
        match (hash, indexed.files.get(&file)) {
            (Err(e), _) => plan.unreadable.push(Skipped::from(&ReadError::io(path, e))),
            (Ok(h), Some(&old)) if old == h => plan.unchanged += 1,
            (Ok(h), old) => plan.work.push(Work {
                path: path.clone(),
                file,
                hash: h,
                replaces: old.is_some(),
            }),
        }
    }
    // Only files under the roots being indexed can have been deleted; an index may hold
    // several directories indexed separately.
    let under_roots = |file: &str| {
        let p = Path::new(file);
        roots.iter().any(|r| p.starts_with(r))
    };
    plan.removed = indexed
        .files
        .keys()
        .filter(|f| !present.contains(*f) && under_roots(f))
        .cloned()
        .collect();
    plan.removed.sort();
    plan
}

/// Counters and shared state of one run, updated from worker threads.
struct Run<'a> {
    read: &'a read::ReadOptions,
    writer_seen: Mutex<HashSet<u64>>,
    files_done: AtomicUsize,
    articles: AtomicUsize,
    quotes: AtomicUsize,
    duplicates: AtomicUsize,
    bytes_read: AtomicU64,
    skips: Mutex<Vec<Skipped>>,
    fatal: Mutex<Option<IndexError>>,
    total: usize,
}

impl Run<'_> {
    /// Reads, extracts and adds one file's articles (after deleting its old ones).
    fn file(&self, writer: &Writer, item: &Work, on_progress: &(dyn Fn(Progress) + Sync)) {
        if lock(&self.fatal).is_some() {
            return;
        }
        if item.replaces {
            writer.delete_file(&item.file);
        }
        let mut sink = |doc: Result<read::Document, ReadError>| match doc {
            Ok(doc) => self.document(writer, &doc, item.hash),
            Err(e) => lock(&self.skips).push(Skipped::from(&e)),
        };
        if let Err(e) = read::read_file(&item.path, self.read, &mut sink) {
            lock(&self.skips).push(Skipped::from(&e));
        }
        let done = self.files_done.fetch_add(1, Ordering::Relaxed) + 1;
        on_progress(Progress {
            files_done: done,
            files_total: self.total,
            articles: self.articles.load(Ordering::Relaxed),
        });
    }

    fn document(&self, writer: &Writer, doc: &read::Document, file_hash: u64) {
        if lock(&self.fatal).is_some() {
            return;
        }
        self.bytes_read
            .fetch_add(doc.len() as u64, Ordering::Relaxed);
        let article = extract(doc);
        let hash = state::article_hash(article.headline.as_deref(), &article.body);
        if !lock(&self.writer_seen).insert(hash) {
            self.duplicates.fetch_add(1, Ordering::Relaxed);
            return;
        }
        match writer.add(&article, file_hash, hash) {
            Ok(()) => {
                self.articles.fetch_add(1, Ordering::Relaxed);
                self.quotes
                    .fetch_add(article.quotes.len(), Ordering::Relaxed);
            }
            Err(e) => {
                lock(&self.fatal).get_or_insert(e);
            }
        }
    }
}

/// A poisoned lock only means another worker panicked; the data is still a valid Vec/Option.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
