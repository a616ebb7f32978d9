//! A quote's context for search: article body and a quote's byte range in, the slice of the body
//! a quote document is searched by (`quote_topic`) out — the sentences around the quote, capped.
//!
//! Why a window rather than the paragraph: a paragraph is unbounded (a record whose body has no
//! blank lines is one paragraph), and copying it into every quote document made the index, and
//! indexing time, grow with quotes × article length.

/// How far (in bytes) a quote's context reaches on each side of the quote: a few sentences,
/// enough for what a quote is about and who said it.
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
        let limit = body.ceil_char_boundary(start - CONTEXT_BYTES);
        limit + first_cut(&body[limit..start])
    };
    let hi = if end + CONTEXT_BYTES >= p1 {
        p1
    } else {
        let limit = body.floor_char_boundary(end + CONTEXT_BYTES);
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
}
