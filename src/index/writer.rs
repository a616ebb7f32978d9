//! Articles → tantivy documents, added from many threads through one multi-threaded IndexWriter.
//!
//! Each article becomes one `article` document plus one `quote` document per quote.
//! Nothing is visible to searchers until `commit`; a crash before it leaves the previous commit intact.

use chrono::NaiveDate;
use tantivy::{DateTime, IndexWriter, TantivyDocument};

use crate::article::Article;
use crate::error::IndexError;
use crate::index::context::context_around;
use crate::index::merges::BoundedMerges;
use crate::index::schema::{Fields, KIND_ARTICLE, KIND_QUOTE};
use crate::index::simhash::simhash;
use crate::index::{write_err, NewsIndex};
use crate::quotes::Quote;

/// Memory budget per indexing thread. Tantivy flushes a segment when a thread's budget fills,
/// so this, not the corpus size, bounds the writer's memory.
pub const MEMORY_PER_THREAD: usize = 128 * 1024 * 1024;
/// Budget of all indexing threads together: with many threads each gets less (and flushes
/// smaller segments) so that peak memory stays well under 1 GiB on any machine.
pub const MEMORY_TOTAL: usize = 512 * 1024 * 1024;

/// A writer adding articles to the index; nothing is visible until `commit`.
pub struct Writer {
    writer: IndexWriter,
    fields: Fields,
    path: std::path::PathBuf,
}

impl Writer {
    /// Starts a writer with `threads` indexing threads. Errors with `Locked` when another
    /// process is writing the index.
    pub fn new(index: &NewsIndex, threads: usize) -> Result<Writer, IndexError> {
        let threads = threads.clamp(1, 8);
        let writer = index
            .index
            .writer_with_num_threads(threads, (threads * MEMORY_PER_THREAD).min(MEMORY_TOTAL))
            .map_err(|e| write_err(&index.path, e))?;
        writer.set_merge_policy(Box::new(BoundedMerges));
        Ok(Writer {
            writer,
            fields: index.fields.clone(),
            path: index.path.clone(),
        })
    }

    /// Adds one article and its quotes; `file_hash` is the hash of the file it came from,
    /// `article_hash` the article's own (`state::article_hash`, which the caller has computed
    /// to check for duplicates). Callable from many threads at once.
    pub fn add(
        &self,
        article: &Article,
        file_hash: u64,
        article_hash: u64,
    ) -> Result<(), IndexError> {
        let f = &self.fields;
        let mut doc = TantivyDocument::new();
        doc.add_text(f.kind, KIND_ARTICLE);
        common_fields(&mut doc, f, article);
        if let Some(h) = &article.headline {
            doc.add_text(f.headline, h);
        }
        doc.add_u64(f.file_hash, file_hash);
        doc.add_u64(f.article_hash, article_hash);
        doc.add_text(f.body, &article.body);
        doc.add_u64(f.simhash, simhash(&article.body));
        if let Some(h) = &article.headline {
            doc.add_text(f.topic, h);
        }
        doc.add_text(f.topic, &article.body);
        self.writer
            .add_document(doc)
            .map_err(|e| write_err(&self.path, e))?;
        for quote in &article.quotes {
            self.writer
                .add_document(quote_doc(f, article, quote))
                .map_err(|e| write_err(&self.path, e))?;
        }
        Ok(())
    }

    /// Deletes every document (article and quotes) that came from `file`, at the next commit.
    pub fn delete_file(&self, file: &str) {
        self.writer
            .delete_term(tantivy::Term::from_field_text(self.fields.file, file));
    }

    /// Makes everything added and deleted so far visible, atomically.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        self.writer
            .commit()
            .map(|_| ())
            .map_err(|e| write_err(&self.path, e))
    }

    /// The real cause of a failed `add`. When an indexing thread dies (the disk filled while it
    /// flushed a segment, say), tantivy's `add_document` only says "the index writer was
    /// killed"; joining the threads gives their error. Whatever was added since the last commit
    /// is rolled back, so nothing half-written is ever committed.
    pub fn cause(&mut self, added: IndexError) -> IndexError {
        match self.writer.prepare_commit() {
            Err(e) => write_err(&self.path, e),
            Ok(prepared) => {
                let _ = prepared.abort();
                added
            }
        }
    }

    /// Commits, then waits for background merges so the index is compact when the process exits.
    pub fn finish(mut self) -> Result<(), IndexError> {
        self.commit()?;
        self.writer
            .wait_merging_threads()
            .map_err(|e| write_err(&self.path, e))
    }
}

fn common_fields(doc: &mut TantivyDocument, f: &Fields, article: &Article) {
    doc.add_text(f.source, &article.source);
    doc.add_text(f.source_id, &article.source);
    let file = file_of(&article.source);
    doc.add_text(f.file, file);
    doc.add_text(f.site, site_of(file));
    if let Some(d) = article.date {
        doc.add_date(f.date, to_tantivy_date(d));
    }
}

fn quote_doc(f: &Fields, article: &Article, quote: &Quote) -> TantivyDocument {
    let mut doc = TantivyDocument::new();
    doc.add_text(f.kind, KIND_QUOTE);
    common_fields(&mut doc, f, article);
    if let Some(h) = &article.headline {
        doc.add_text(f.quote_headline, h);
    }
    doc.add_text(f.quote, &quote.text);
    // The speaker field holds the canonical name first (displayed), then the mention, so
    // `speaker:lavrov` finds "Sergei Lavrov" quotes whether the article wrote "Lavrov" or the full name.
    if let Some(s) = &quote.speaker {
        doc.add_text(f.speaker, s);
        doc.add_text(f.speaker_key, s);
    }
    if let Some(m) = &quote.speaker_mention {
        doc.add_text(f.speaker_mention, m);
        if quote.speaker.as_deref() != Some(m.as_str()) {
            doc.add_text(f.speaker, m);
        }
    }
    if let Some(r) = &quote.role {
        doc.add_text(f.role, r);
    }
    doc.add_bool(f.partial, quote.partial);
    doc.add_u64(f.quote_start, quote.start as u64);
    doc.add_u64(f.quote_end, quote.end as u64);
    doc.add_text(f.quote_topic, &quote.text);
    doc.add_text(
        f.quote_topic,
        context_around(&article.body, quote.start, quote.end),
    );
    doc
}

/// The file part of a source: `dump.jsonl#17` → `dump.jsonl`. A `#` followed by a path
/// separator belongs to the file name, not to a record id.
pub fn file_of(source: &str) -> &str {
    match source.rsplit_once('#') {
        Some((file, record)) if !record.contains('/') && !file.is_empty() => file,
        _ => source,
    }
}

/// Where an article was published, for grouping by source: the name of the directory holding
/// its file (`corpus/wire/x.txt` → `wire`), or the file itself at the top level.
pub fn site_of(file: &str) -> &str {
    let path = std::path::Path::new(file);
    path.parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        .unwrap_or(file)
}

/// Dates are stored as midnight UTC of the publication day, so `date:2019-05-15` is a one-day range.
pub fn to_tantivy_date(d: NaiveDate) -> DateTime {
    let secs = d
        .and_hms_opt(0, 0, 0)
        .map_or(0, |dt| dt.and_utc().timestamp());
    DateTime::from_timestamp_secs(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_and_site_of_a_source() {
        assert_eq!(file_of("dumps/a.jsonl#17"), "dumps/a.jsonl");
        assert_eq!(file_of("odd#dir/a.txt"), "odd#dir/a.txt");
        assert_eq!(file_of("a.txt"), "a.txt");
        assert_eq!(site_of("corpus/wire/x.txt"), "wire");
        assert_eq!(site_of("x.txt"), "x.txt");
    }

    #[test]
    fn dates_are_midnight_utc() {
        let d = NaiveDate::from_ymd_opt(2019, 5, 15).unwrap();
        assert_eq!(to_tantivy_date(d).into_timestamp_secs(), 1_557_878_400);
    }
}
