//! A token filter that stems English words exactly as tantivy's `Stemmer` does, remembering
//! each word's stem: lowercased word in, its Snowball English stem out.
//!
//! Why: stemming was a third of indexing time (Snowball runs a dozen suffix tables per word,
//! ~0.5 µs), while news text repeats a small vocabulary: with 16K slots, over nine tokens in ten
//! of the BBC corpus are found in the cache. The cache is per thread (tantivy indexes on a few
//! long-lived threads; no lock is taken per token) and fixed in size. Misses go through
//! tantivy's own `Stemmer`, so stems cannot drift from it.

use std::cell::RefCell;

use tantivy::tokenizer::{
    Language, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Words remembered per thread (32 bytes each: 512 KB, within a core's L2 cache).
const CACHE_SLOTS: usize = 16 * 1024;

/// Snowball English stemming with a per-thread cache of stems; tokens must be lowercased first.
#[derive(Clone, Copy, Debug, Default)]
pub struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct CachedStemmerStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        stem_in_place(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// A word of at most `CACHE_MAX_LEN` bytes stored inline, zero-padded, with its length in the
/// last byte: the cache holds words themselves rather than pointers to them, so a lookup reads
/// one cache line and compares two integers.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct Word([u8; 16]);

/// Longer words (about one token in a hundred) are stemmed directly.
const CACHE_MAX_LEN: usize = 15;

impl Word {
    fn new(s: &str) -> Option<Word> {
        let len = s.len();
        if len > CACHE_MAX_LEN {
            return None;
        }
        let mut bytes = [0u8; 16];
        bytes[..len].copy_from_slice(s.as_bytes());
        bytes[15] = len as u8;
        Some(Word(bytes))
    }

    fn as_bytes(&self) -> &[u8] {
        &self.0[..usize::from(self.0[15])]
    }

    /// Multiply-rotate over the two halves (as rustc's FxHash), the high half of the product
    /// folded down since slots are picked by low bits.
    fn slot(&self, slots: usize) -> usize {
        let h = u128::from_le_bytes(self.0);
        let h = ((h as u64).wrapping_mul(K).rotate_left(5) ^ (h >> 64) as u64).wrapping_mul(K);
        (h ^ h >> 29) as usize & (slots - 1)
    }
}

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A direct-mapped cache: each word has one slot, and a word hashing to a taken slot replaces
/// its occupant. Frequent words keep their slots, and the table is small enough to stay in the
/// CPU's cache, which a map holding every word seen (tens of thousands) does not: there a
/// lookup costs a memory access, as much as half a stemming.
struct Cache {
    slots: Vec<(Word, Word)>,
    /// tantivy's stemmer over a one-token tokenizer: the reference every miss goes through.
    stemmer: TextAnalyzer,
}

impl Cache {
    fn new() -> Cache {
        Cache {
            slots: vec![(Word::default(), Word::default()); CACHE_SLOTS],
            stemmer: TextAnalyzer::builder(RawTokenizer::default())
                .filter(Stemmer::new(Language::English))
                .build(),
        }
    }

    fn stem(&mut self, word: &str) -> String {
        let mut stream = self.stemmer.token_stream(word);
        if stream.advance() {
            std::mem::take(&mut stream.token_mut().text)
        } else {
            word.to_string()
        }
    }
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::new());
}

/// Replaces `word` by its stem.
fn stem_in_place(word: &mut String) {
    CACHE.with_borrow_mut(|cache| {
        let Some(key) = Word::new(word) else {
            *word = cache.stem(word);
            return;
        };
        let slot = key.slot(cache.slots.len());
        let (cached, stem) = cache.slots[slot];
        if cached == key {
            if stem != key {
                word.clear();
                // The stem was cut from a `str` at its own length, so it is valid UTF-8.
                word.push_str(std::str::from_utf8(stem.as_bytes()).unwrap_or_default());
            }
            return;
        }
        let stemmed = cache.stem(word);
        if let Some(value) = Word::new(&stemmed) {
            cache.slots[slot] = (key, value);
        }
        *word = stemmed;
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    /// Same stems as tantivy's stemmer on a real article, read twice so the second pass comes
    /// from the cache, and with words too long to be cached.
    #[test]
    fn stems_like_tantivy_from_the_cache_too() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpora/bbc-news/bbc/politics/010.txt"
        );
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let text =
            format!("{text} dying skies Happily internationalisations counterrevolutionaries");
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        let mut cached = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(CachedStemmer)
            .build();
        let want = tokens(&mut plain, &text);
        assert!(want.len() > 150, "{} tokens", want.len());
        assert_eq!(tokens(&mut cached, &text), want);
        assert_eq!(tokens(&mut cached, &text), want);
    }
}
