//! The index schema and its tokenizers, in one place: every field newsdex writes or queries.
//!
//! Articles and quotes live in one index as two kinds of document (`kind` = `article` | `quote`),
//! so one commit covers both and a quote can never outlive its article. A quote document
//! repeats its article's headline, date and source so a quote hit renders without a second lookup.

use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing,
    TextOptions, FAST, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::Index;

use crate::index::stem::CachedStemmer;

/// Bumped whenever fields, tokenizers or what a field holds change; an index with another
/// version must be rebuilt. 2: a quote's `quote_topic` context is a sentence window, not its paragraph.
pub const SCHEMA_VERSION: u32 = 2;

/// Stemmed English, lowercased, ASCII-folded: for headline, body, quote and topic.
pub const NEWS_TOKENIZER: &str = "news";
/// Lowercased and ASCII-folded, not stemmed: names must match as written ("Sergei" ≠ "serge").
pub const NAME_TOKENIZER: &str = "name";

/// Document kinds stored in `kind`.
pub const KIND_ARTICLE: &str = "article";
pub const KIND_QUOTE: &str = "quote";

/// Handles to every field, built once from the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    pub kind: Field,
    /// The source as words (`source:reuters`, `source:bbc`): path components and URL parts.
    pub source: Field,
    /// The exact source string, for `show ID` and for replacing a file's articles.
    pub source_id: Field,
    /// The file a document came from (the source without `#record`).
    pub file: Field,
    /// xxh3 of the file's bytes when it was indexed: a changed file is re-indexed, an unchanged
    /// one skipped (content, not mtime, decides).
    pub file_hash: Field,
    /// xxh3 of headline and body: the same article arriving twice is indexed once.
    pub article_hash: Field,
    /// Where the article was published: a URL's host, else the file's parent directory.
    pub site: Field,
    pub url: Field,
    pub headline: Field,
    pub date: Field,
    pub body: Field,
    pub quote: Field,
    /// Canonical name first, then the mention ("he", "Lavrov"): both searchable, the first displayed.
    pub speaker: Field,
    pub speaker_mention: Field,
    /// The canonical speaker exactly (for counting quotes per speaker).
    pub speaker_key: Field,
    /// The speaker's title or role in the article ("Russian Foreign Minister").
    pub role: Field,
    pub partial: Field,
    /// What an article is about: its headline and body.
    pub topic: Field,
    /// What a quote is about: its words and the sentences around them (at most
    /// `context::CONTEXT_BYTES` either side, within the paragraph). Separate from `topic` (and
    /// `quote_headline` from `headline`) so each kind of document has its own BM25 statistics:
    /// a shared field would count every headline once per quote and mix paragraph-long and
    /// article-long lengths in one average.
    pub quote_topic: Field,
    /// The headline of a quote's article, searchable as `headline:` in quote searches.
    pub quote_headline: Field,
    pub quote_start: Field,
    pub quote_end: Field,
    /// A SimHash of the body's word shingles: near-identical articles (syndicated copies of one
    /// wire story) have hashes a few bits apart.
    pub simhash: Field,
}

/// Fields a user may name in a query, in the order `--help` and errors list them.
pub const QUERYABLE_FIELDS: &[&str] = &[
    "topic", "headline", "body", "quote", "speaker", "role", "date", "source",
];

/// Builds the schema.
pub fn build_schema() -> Schema {
    let mut b = Schema::builder();
    let news = |stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(NEWS_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let opts = TextOptions::default().set_indexing_options(indexing);
        if stored {
            opts.set_stored()
        } else {
            opts
        }
    };
    let names = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(NAME_TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    b.add_text_field("kind", STRING | FAST);
    b.add_text_field("source", names.clone());
    b.add_text_field("source_id", STRING | STORED);
    b.add_text_field("file", STRING | FAST);
    b.add_u64_field("file_hash", STORED | FAST);
    b.add_u64_field("article_hash", FAST);
    b.add_text_field("site", STRING | STORED | FAST);
    b.add_text_field("url", STORED);
    b.add_text_field("headline", news(true));
    b.add_date_field(
        "date",
        DateOptions::default()
            .set_indexed()
            .set_stored()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    b.add_text_field("body", news(true));
    b.add_text_field("quote", news(true));
    b.add_text_field("speaker", names);
    b.add_text_field("speaker_mention", STORED);
    b.add_text_field("speaker_key", STRING | FAST);
    b.add_text_field("role", news(true));
    b.add_bool_field("partial", STORED);
    b.add_text_field("topic", news(false));
    b.add_text_field("quote_topic", news(false));
    b.add_text_field("quote_headline", news(true));
    b.add_u64_field("quote_start", STORED);
    b.add_u64_field("quote_end", STORED);
    b.add_u64_field("simhash", STORED | FAST);
    b.build()
}

impl Fields {
    /// Looks every field up in `schema`. Fails only on an index built by another schema,
    /// which `SCHEMA_VERSION` checking normally catches first.
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            kind: f("kind")?,
            source: f("source")?,
            source_id: f("source_id")?,
            file: f("file")?,
            file_hash: f("file_hash")?,
            article_hash: f("article_hash")?,
            site: f("site")?,
            url: f("url")?,
            headline: f("headline")?,
            date: f("date")?,
            body: f("body")?,
            quote: f("quote")?,
            speaker: f("speaker")?,
            speaker_mention: f("speaker_mention")?,
            speaker_key: f("speaker_key")?,
            role: f("role")?,
            partial: f("partial")?,
            topic: f("topic")?,
            quote_topic: f("quote_topic")?,
            quote_headline: f("quote_headline")?,
            quote_start: f("quote_start")?,
            quote_end: f("quote_end")?,
            simhash: f("simhash")?,
        })
    }
}

/// Registers newsdex's tokenizers on an index; must run on every open, tantivy does not persist them.
pub fn register_tokenizers(index: &Index) {
    let news = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedStemmer)
        .build();
    let name = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(NEWS_TOKENIZER, news);
    index.tokenizers().register(NAME_TOKENIZER, name);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The news tokenizer's words for `text`.
    fn news_tokens(text: &str) -> Vec<String> {
        let index = Index::create_in_ram(build_schema());
        register_tokenizers(&index);
        let mut analyzer = index
            .tokenizers()
            .get(NEWS_TOKENIZER)
            .unwrap_or_else(|| panic!("{NEWS_TOKENIZER} not registered"));
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    /// The stemmer is Snowball English (Porter2), not the original Porter: its exceptions
    /// (`news`, `dying`, `skies`) and its outputs from the Snowball site's vocabulary.
    /// tantivy's stemmer crate (`frostem`) tracks upstream Snowball `main`, which stems a few
    /// words unlike the classic Porter2 description (`universities` → `universiti`, there
    /// `univers`); a stemmer update that changes stems must bump `SCHEMA_VERSION`, since terms
    /// indexed before it would no longer match the same words in a query. This test notices.
    #[test]
    fn news_tokenizer_stems_snowball_english() {
        let cases = [
            ("Sanctions", "sanction"),
            ("running", "run"),
            ("generously", "generous"),
            ("universities", "universiti"),
            ("consignment", "consign"),
            ("knightly", "knight"),
            ("news", "news"),
            ("dying", "die"),
            ("skies", "sky"),
            ("Pérez", "perez"),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(word, stem)| news_tokens(word) != [*stem])
            .map(|(word, stem)| format!("{word} → {:?}, want {stem}", news_tokens(word)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Possessives and dotted abbreviations split at the punctuation, in the index and in
    /// queries alike: `Iran's` is `iran` + `s`, `U.S.` is `u` + `s`.
    #[test]
    fn news_tokenizer_splits_possessives_and_abbreviations() {
        assert_eq!(news_tokens("Iran's"), ["iran", "s"]);
        assert_eq!(news_tokens("U.S."), ["u", "s"]);
    }
}
