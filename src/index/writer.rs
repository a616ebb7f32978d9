//! Articles → tantivy documents, added from many threads through one multi-threaded IndexWriter.
//!
//! Each article becomes one `article` document plus one `quote` document per quote.
//! Nothing is visible to searchers until `commit`; a crash before it leaves the previous commit intact.

use chrono::NaiveDate;
use tantivy::{DateTime, IndexWriter, TantivyDocument};

use crate::article::Article;
use crate::error::IndexError;
use crate::index::schema::{Fields, KIND_ARTICLE, KIND_QUOTE};
use crate::index::simhash::simhash;
use crate::index::{tantivy_err, NewsIndex};
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
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => IndexError::Locked(index.path.clone()),
                e => tantivy_err(&index.path, e),
            })?;
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
            .map_err(|e| tantivy_err(&self.path, e))?;
        for quote in &article.quotes {
            self.writer
                .add_document(quote_doc(f, article, quote))
                .map_err(|e| tantivy_err(&self.path, e))?;
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
            .map_err(|e| tantivy_err(&self.path, e))
    }

    /// Commits, then waits for background merges so the index is compact when the process exits.
    pub fn finish(mut self) -> Result<(), IndexError> {
        self.commit()?;
        self.writer
            .wait_merging_threads()
            .map_err(|e| tantivy_err(&self.path, e))
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

/// How far (in bytes) a quote's context reaches on each side of the quote. Why a cap: the
/// paragraph alone is unbounded (a text without blank lines is one paragraph), and copying it
/// into every quote document made the index grow with quotes × article length. A few sentences
/// either side hold what a quote is about and who said it.
pub const CONTEXT_BYTES: usize = 400;

/// The context a quote document is searched by: the text of `body` at most `CONTEXT_BYTES`
/// either side of `start..end`, inside its paragraph, cut at sentence boundaries where the
/// window holds one and at word boundaries otherwise. Always includes the quote itself.
/// Out-of-range offsets give an empty context rather than a panic.
pub fn context_around(body: &str, start: usize, end: usize) -> &str {
    let Some((p0, p1)) = paragraph_bounds(body, start, end) else {
        return "";
    };
    let lo = if start.saturating_sub(CONTEXT_BYTES) <= p0 {
        p0
    } else {
        let limit = ceil_char_boundary(body, start - CONTEXT_BYTES);
        limit + first_cut(&body[limit..start])
    };
    let hi = if end + CONTEXT_BYTES >= p1 {
        p1
    } else {
        let limit = floor_char_boundary(body, end + CONTEXT_BYTES);
        end + last_cut(&body[end..limit])
    };
    &body[lo..hi]
}

/// Where the context may start in `s` (the text before a quote, cut mid-word or mid-sentence at
/// its start): after the first sentence end if there is one, else after the first whitespace,
/// else at the end of `s` (no partial word).
fn first_cut(s: &str) -> usize {
    let b = s.as_bytes();
    for i in 0..b.len() {
        if sentence_end_at(b, i) {
            return i + 1;
        }
    }
    s.find(char::is_whitespace).map_or(s.len(), |i| i + 1)
}

/// Where the context may end in `s` (the text after a quote, cut at its end): just after the last
/// sentence end, else at the last whitespace, else at the start of `s`.
fn last_cut(s: &str) -> usize {
    let b = s.as_bytes();
    for i in (0..b.len()).rev() {
        if sentence_end_at(b, i) {
            return i;
        }
    }
    s.rfind(char::is_whitespace).unwrap_or(0)
}

/// `b[i]` is whitespace following a sentence end: `.`, `?` or `!`, possibly closed by a quote
/// mark or bracket. ASCII-only checks, so a cut next to `b[i]` is always a char boundary.
fn sentence_end_at(b: &[u8], i: usize) -> bool {
    if !b[i].is_ascii_whitespace() || i == 0 {
        return false;
    }
    let mut j = i - 1;
    while j > 0 && matches!(b[j], b'"' | b'\'' | b')') {
        j -= 1;
    }
    // Closing curly quotes (U+201D, U+2019) end in 0x9D / 0x99 after 0xE2 0x80.
    while j >= 2 && b[j - 2] == 0xE2 && b[j - 1] == 0x80 && matches!(b[j], 0x9D | 0x99) {
        j = j.saturating_sub(3);
    }
    matches!(b[j], b'?' | b'!') || (b[j] == b'.' && !abbreviation_before(b, j))
}

/// The full stop at `b[dot]` closes a short capitalised word ("Mr.", "Dr.", "Gen.", "U.S."),
/// more often a title before a name than a sentence end: cutting there could drop the name.
fn abbreviation_before(b: &[u8], dot: usize) -> bool {
    let word_start = b[..dot]
        .iter()
        .rposition(|c| !(c.is_ascii_alphabetic() || *c == b'.'))
        .map_or(0, |k| k + 1);
    let word = &b[word_start..dot];
    (1..=3).contains(&word.len()) && word[0].is_ascii_uppercase()
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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

/// The bounds of the paragraph of `body` holding the byte range `start..end` (paragraphs are
/// split by blank lines); `None` for out-of-range offsets.
fn paragraph_bounds(body: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if start > end
        || end > body.len()
        || !body.is_char_boundary(start)
        || !body.is_char_boundary(end)
    {
        return None;
    }
    let from = body[..start].rfind("\n\n").map_or(0, |i| i + 2);
    let to = body[end..].find("\n\n").map_or(body.len(), |i| end + i);
    Some((from, to))
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
    fn paragraph_bounds_finds_the_enclosing_paragraph() {
        let body = "First para.\n\nSecond \"quoted\" para.\n\nThird.";
        let start = body.find("quoted").unwrap();
        let (from, to) = paragraph_bounds(body, start, start + 6).unwrap();
        assert_eq!(&body[from..to], "Second \"quoted\" para.");
        assert_eq!(paragraph_bounds(body, 50, 60), None);
        assert_eq!(context_around(body, 50, 60), "");
        assert_eq!(
            context_around(body, start, start + 6),
            "Second \"quoted\" para."
        );
    }

    /// A text with no blank lines is one paragraph: the context must stay a window around the
    /// quote, cut at sentences, not the whole text.
    #[test]
    fn context_is_a_sentence_window_inside_a_long_paragraph() {
        let filler = "Officials met again on Monday to discuss the plan in detail. ".repeat(20);
        let quote = "\"We will not accept this,\" said Mr. Lavrov, who spoke about Iran.";
        let body = format!("{filler}{quote} {filler}");
        let start = body.find(quote).unwrap();
        let end = start + quote.len();
        let ctx = context_around(&body, start, end);
        assert!(ctx.contains(quote));
        assert!(
            ctx.len() <= quote.len() + 2 * CONTEXT_BYTES,
            "{}",
            ctx.len()
        );
        assert!(ctx.len() > quote.len() + CONTEXT_BYTES, "{}", ctx.len());
        assert!(ctx.starts_with("Officials met"), "{ctx}");
        assert!(ctx.ends_with("in detail."), "{ctx}");
    }

    #[test]
    fn context_cuts_at_words_without_sentences_and_respects_chars() {
        // Multi-byte letters and no full stop: the cut falls on whitespace, never inside a char.
        let words = "débat énergétique à Genève ".repeat(40);
        let body = format!("{words}«quote here» {words}");
        let start = body.find("«quote").unwrap();
        let end = body.find("» ").unwrap() + "»".len();
        let ctx = context_around(&body, start, end);
        assert!(ctx.contains("«quote here»"));
        assert!(ctx.len() <= end - start + 2 * CONTEXT_BYTES);
        assert!(ctx.starts_with(|c: char| c.is_alphabetic()), "{ctx}");
        assert!(ctx.ends_with(|c: char| c.is_alphabetic()), "{ctx}");
    }

    /// The seed with its blank lines removed is one long paragraph: every quote's context holds
    /// the quote, stays within the window, and the Lavrov quote's context still says "Iran".
    #[test]
    fn seed_as_one_paragraph_keeps_each_quote_context_small() {
        let seed = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seed/pompeo-lavrov.txt"
        ));
        let article = crate::extract::extract(&crate::read::Document::text("seed", seed));
        // Two spaces for each blank line keep the quotes' byte offsets valid.
        let body = article.body.replace("\n\n", "  ");
        assert!(article.quotes.len() >= 5, "{:?}", article.quotes);
        for q in &article.quotes {
            let ctx = context_around(&body, q.start, q.end);
            assert!(ctx.contains(&body[q.start..q.end]), "{ctx}");
            assert!(
                ctx.len() <= q.end - q.start + 2 * CONTEXT_BYTES,
                "{}",
                ctx.len()
            );
        }
        let lavrov = article
            .quotes
            .iter()
            .find(|q| q.text.starts_with("I hope that reason will triumph"))
            .expect("the seed's Lavrov quote");
        let ctx = context_around(&body, lavrov.start, lavrov.end);
        assert!(ctx.contains("Iran"), "{ctx}");
        assert!(
            ctx.len() < body.len() / 2,
            "{} of {}",
            ctx.len(),
            body.len()
        );
    }

    #[test]
    fn a_title_before_a_name_is_not_a_sentence_end() {
        assert!(!sentence_end_at(b"said Mr. Lavrov", 8));
        assert!(!sentence_end_at(b"the U.S. said", 8));
        assert!(sentence_end_at(b"it ended. Then", 9));
        assert!(sentence_end_at("he said.\u{201d} Then".as_bytes(), 11));
    }

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
