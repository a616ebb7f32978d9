//! An open index → what it already holds, for incremental indexing: each file's content hash
//! and the hash of every article, read from fast fields (no stored document is loaded).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::error::IndexError;
use crate::index::schema::KIND_ARTICLE;
use crate::index::{tantivy_err, NewsIndex};

/// What the index holds.
#[derive(Debug, Default)]
pub struct IndexedState {
    /// File (as indexed) → hash of its bytes.
    pub files: HashMap<String, u64>,
    /// Article hash → the file it came from.
    pub articles: HashMap<u64, String>,
}

impl IndexedState {
    /// Article hashes of the files that stay as they are: a new article equal to one of these is
    /// a duplicate.
    pub fn kept_articles(&self, replaced: &HashSet<String>) -> HashSet<u64> {
        self.articles
            .iter()
            .filter(|(_, file)| !replaced.contains(*file))
            .map(|(h, _)| *h)
            .collect()
    }
}

/// Reads every article document's file, file hash and article hash.
pub fn load(index: &NewsIndex) -> Result<IndexedState, IndexError> {
    let err = |e| tantivy_err(&index.path, e);
    let reader = index.index.reader().map_err(err)?;
    let searcher = reader.searcher();
    let articles = TermQuery::new(
        Term::from_field_text(index.fields.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    let docs = searcher
        .search(&articles, &tantivy::collector::DocSetCollector)
        .map_err(err)?;
    let mut state = IndexedState::default();
    let mut by_segment: HashMap<u32, Vec<u32>> = HashMap::new();
    for addr in docs {
        by_segment
            .entry(addr.segment_ord)
            .or_default()
            .push(addr.doc_id);
    }
    for (segment, ids) in by_segment {
        let fast = searcher.segment_reader(segment).fast_fields();
        let files = fast.str("file").map_err(err)?;
        let file_hashes = fast.u64("file_hash").map_err(err)?;
        let article_hashes = fast.u64("article_hash").map_err(err)?;
        let Some(files) = files else { continue };
        let mut name = String::new();
        for id in ids {
            let Some(ord) = files.term_ords(id).next() else {
                continue;
            };
            name.clear();
            if !matches!(files.ord_to_str(ord, &mut name), Ok(true)) {
                continue;
            }
            if let Some(h) = file_hashes.first(id) {
                state.files.insert(name.clone(), h);
            }
            if let Some(h) = article_hashes.first(id) {
                state.articles.insert(h, name.clone());
            }
        }
    }
    Ok(state)
}

/// xxh3 of a file's bytes, streamed so a large dump is never held in memory.
pub fn hash_file(path: &Path) -> std::io::Result<u64> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(hasher.digest());
        }
        hasher.update(&buf[..n]);
    }
}

/// The identity of an article for de-duplication: its headline and body, whitespace-normalized.
pub fn article_hash(headline: Option<&str>, body: &str) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for word in headline.unwrap_or("").split_whitespace() {
        hasher.update(word.as_bytes());
        hasher.update(b" ");
    }
    hasher.update(b"\n");
    for word in body.split_whitespace() {
        hasher.update(word.as_bytes());
        hasher.update(b" ");
    }
    hasher.digest()
}
