//! Body + quote spans → one flat token stream: the words and punctuation *outside* quotes, and a
//! single `Quote` token standing for each quote span. Every token knows its paragraph and
//! sentence.
//!
//! Cue search works on this stream, so a name or a "said" inside someone's quote can never be
//! taken for the attribution, and a period inside a quote does not end the author's sentence
//! ("Are you sure?" he asked). Tokens are byte ranges into the body: nothing is copied.

use super::find::{Paragraph, Span};
use super::lexicon::{self, starts_upper};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct,
    /// Index into the span list.
    Quote(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub para: u32,
    pub sent: u32,
    /// `lexicon` bits of a word (0 for punctuation and quotes), computed once here.
    pub f: u16,
}

impl Tok {
    /// True when the token is on any list in `bits` (`lexicon::CUE | lexicon::PART`, ...).
    pub(crate) fn is(&self, bits: u16) -> bool {
        self.f & bits != 0
    }
}

/// `toks[i].is(bits)`, false past the end.
pub(crate) fn flag(toks: &[Tok], i: usize, bits: u16) -> bool {
    toks.get(i).is_some_and(|t| t.is(bits))
}

/// Words whose trailing period is an abbreviation, not a full stop ("Mr. Trump", "Flint, Mich.,").
#[rustfmt::skip]
const ABBREV: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Prof",
    "Rev", "St", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "vs", "No", "Jan", "Feb", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Calif", "Fla", "Mich", "Ill", "Mass", "Ariz", "Ga",
    "Va", "Pa", "Wis", "Minn", "Tenn", "Conn", "Colo", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore",
    "Wash", "Ala", "Ark", "Del", "Kan", "Neb", "Miss", "Vt", "Wyo", "Maj", "Sec", "Supt", "approx",
    "etc", "Gens", "Reps", "Sens", "Const", "Det", "Insp", "Cpl", "Cmdr", "Atty", "Hon", "Msgr",
    "Rt",
];

fn is_abbrev(word: &str) -> bool {
    // "(R-Fla.)", "D-Mo.": a party-state tag ends in the state's abbreviation; read as a full
    // stop, its period would cut "Rep. John Mica (R-Fla.) said" before the verb.
    let last = word.rsplit('-').next().unwrap_or(word);
    word.contains('.')
        || (word.chars().count() == 1 && starts_upper(word))
        || ABBREV.contains(&word)
        || (last.len() < word.len() && ABBREV.contains(&last))
}

/// Tests' shortcut: the tokens of `body` with its own paragraphs and quote spans.
#[cfg(test)]
pub(crate) fn tokenize_text(body: &str) -> Vec<Tok> {
    let paras = super::find::paragraphs(body);
    let spans = super::find::spans(body, &paras);
    tokenize(body, &paras, &spans)
}

/// Tokenizes all paragraphs. `spans` must be in body order (as `find::spans` returns them).
pub(crate) fn tokenize(body: &str, paras: &[Paragraph], spans: &[Span]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(body.len() / 5);
    let mut sent: u32 = 0;
    let mut si = 0;
    for (pi, p) in paras.iter().enumerate() {
        let para = pi as u32;
        let mut at = p.start;
        // A new paragraph always starts a new sentence.
        if !out.is_empty() {
            sent += 1;
        }
        let first = out.len();
        while si < spans.len() && spans[si].para == pi {
            let s = spans[si];
            words(body, at, s.open, para, &mut out);
            out.push(Tok {
                start: s.open,
                end: s.close,
                kind: Kind::Quote(si),
                para,
                sent: 0,
                f: 0,
            });
            at = s.close;
            si += 1;
        }
        words(body, at, p.end, para, &mut out);
        super::token_flags::adjust(body, &mut out[first..]);
        let headline = title_case(body, &out[first..]);
        sent = assign_sentences(body, spans, &mut out[first..], sent, headline);
    }
    out
}

/// A paragraph written in title case (`Howard Dean Tells Democratic Convention`, `Trump Praises
/// Boyle: '...'`): at least four words outside quotes, nearly all capitalized but for short
/// function words. Its capitalized verbs stay verbs.
fn title_case(body: &str, toks: &[Tok]) -> bool {
    let (mut words, mut upper, mut caps) = (0, 0, 0);
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let w = &body[t.start..t.end];
        if w.len() <= 3 && t.is(lexicon::LOWER) {
            continue;
        }
        words += 1;
        upper += usize::from(t.is(lexicon::UPPER));
        caps += usize::from(w.len() > 1 && !w.chars().any(char::is_lowercase));
    }
    // All capitals ("RED STATES OUTNUMBER BLUE") is a section heading, not a headline.
    words >= 4 && upper * 10 >= words * 9 && caps * 2 < words
}

/// Marks sentence numbers from `sent` on; returns the last number used. In a title-case
/// `headline` capitalized speech verbs keep their flags.
fn assign_sentences(
    body: &str,
    spans: &[Span],
    toks: &mut [Tok],
    mut sent: u32,
    headline: bool,
) -> u32 {
    let mut boundary_next = false;
    for i in 0..toks.len() {
        if boundary_next {
            sent += 1;
        }
        toks[i].sent = sent;
        // "the United States' military": a capitalized "States" mid-sentence is no verb.
        let first_in_sentence = i == 0 || toks[i - 1].sent != sent;
        if !first_in_sentence && toks[i].is(lexicon::UPPER) && !headline {
            toks[i].f &= !(lexicon::CUE | lexicon::PART);
        }
        let t = toks[i];
        let next = toks.get(i + 1);
        boundary_next = match t.kind {
            // "Sen. Ted Cruz (Tex.) has said": a stop inside brackets ends no sentence.
            Kind::Punct => {
                matches!(&body[t.start..t.end], "." | "!" | "?")
                    && !next.is_some_and(|n| matches!(&body[n.start..n.end], ")" | "]"))
            }
            // "We will win." The crowd cheered. — a quote ending in a full stop, then a capital,
            // ends the sentence; after "?" or "!" a capital is usually the cue ("Why?" Trump asked).
            Kind::Quote(q) => {
                body[spans[q].start..spans[q].end].ends_with('.')
                    && next.is_some_and(|n| match n.kind {
                        Kind::Word => {
                            starts_upper(&body[n.start..n.end]) && !name_then_cue(body, toks, i + 1)
                        }
                        Kind::Quote(_) => true,
                        Kind::Punct => false,
                    })
            }
            Kind::Word => false,
        };
    }
    sent
}

/// `"... are missing." Trump said.`: up to four capitalized words from `i`, then a speech verb.
/// The quote's full stop is then the quoted sentence's, not the author's.
fn name_then_cue(body: &str, toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k < toks.len()
        && k < i + 4
        && toks[k].kind == Kind::Word
        && starts_upper(&body[toks[k].start..toks[k].end])
    {
        k += 1;
    }
    // `"...." Hailey later recalled.`: one adverb may stand between when the verb then ends
    // the sentence (`Ferguson also hailed senior stars` reports something new).
    let adverb = |w: &str| {
        lexicon::adverb_shape(w) || matches!(w, "later" | "then" | "also" | "again" | "once")
    };
    let adverbial = k > i
        && toks
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && adverb(&body[t.start..t.end]));
    if adverbial {
        k += 1;
    }
    let cue = toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && t.is(lexicon::CUE));
    let ends = toks
        .get(k + 1)
        .is_none_or(|t| t.para != toks[i].para || matches!(&body[t.start..t.end], "." | ","));
    k > i && cue && (!adverbial || ends)
}

/// The length of `VOWG.F>` at the start of `rest` (capitals, digits and dots, then `>`), the
/// ticker after a company's name in Reuters copy.
fn ticker_len(rest: &str) -> Option<usize> {
    // Only the first 13 bytes: a stray "<" must not scan the rest of a long segment.
    let close = rest
        .bytes()
        .take(13)
        .position(|b| b == b'>')
        .filter(|&n| n >= 1)?;
    rest[..close]
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.')
        .then_some(close)
}

/// Pushes the words and punctuation of `body[from..to]` (text outside quotes).
fn words(body: &str, from: usize, to: usize, para: u32, out: &mut Vec<Tok>) {
    if from >= to {
        return;
    }
    let seg = &body[from..to];
    let bytes = seg.as_bytes();
    let char_at = |k: usize| seg.get(k..).and_then(|s| s.chars().next());
    let mut k = 0;
    while let Some(c) = char_at(k) {
        let i = k;
        k += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        // "Volkswagen AG <VOWG.F> said": a wire's ticker in angle brackets is no word of the
        // sentence; skipped, the name meets its verb.
        if c == '<' {
            if let Some(len) = ticker_len(&seg[i + 1..]) {
                k = i + len + 2;
                continue;
            }
        }
        if !c.is_alphanumeric() {
            // "McCain -- who lost in 2008 -- said": a typed double hyphen is one dash.
            if c == '-' && char_at(k) == Some('-') {
                k += 1;
            }
            out.push(Tok {
                start: from + i,
                end: from + k,
                kind: Kind::Punct,
                para,
                sent: 0,
                f: 0,
            });
            continue;
        }
        let mut e = k;
        loop {
            // ASCII letters and digits, nearly every byte of a word, go on without decoding.
            while bytes.get(e).is_some_and(u8::is_ascii_alphanumeric) {
                e += 1;
            }
            let Some(d) = char_at(e) else {
                break;
            };
            let j = e;
            let after = j + d.len_utf8();
            let next = char_at(after);
            // "9/11 widow Terry Strada", "24/7": a slash between digits is inside the word.
            let digit_slash = d == '/'
                && seg[..j].ends_with(|c: char| c.is_ascii_digit())
                && next.is_some_and(|c| c.is_ascii_digit());
            let joiner = matches!(d, '\'' | '’' | '-' | '.' | '&') || digit_slash;
            // "Trump said.Trump claimed": a stop glued between a lower-case word and a capital
            // ends a sentence (not "U.S." or "St.Louis", whose part before is a capital).
            let glued_stop = d == '.'
                && next.is_some_and(char::is_uppercase)
                && seg[i..j].chars().count() > 2
                && seg[i..j].chars().all(char::is_lowercase);
            let continues = d.is_alphanumeric()
                || (joiner && !glued_stop && next.is_some_and(char::is_alphanumeric));
            if !continues {
                break;
            }
            e = after;
        }
        if seg[e..].starts_with('.') && is_abbrev(&seg[i..e]) {
            e += 1;
        }
        // "Sanders’ campaign manager": a plural possessive's apostrophe belongs to the word (a
        // closing single quote is inside a quote span, never here).
        if seg[i..e].ends_with(['s', 'S']) {
            if let Some(a) = char_at(e).filter(|c| matches!(c, '’' | '\'')) {
                let after = &seg[e + a.len_utf8()..];
                if !after.chars().next().is_some_and(char::is_alphanumeric) {
                    e += a.len_utf8();
                }
            }
        }
        k = e;
        // "He’s claiming", "They're saying": the pronoun is the subject and the contraction an
        // auxiliary, not a possessive ("He’s" read as "his" hid the speaker).
        if let Some(split) = contraction(&seg[i..e]) {
            let (a, b) = (from + i, from + i + split);
            out.push(word_tok(a, b, para, lexicon::flags(&seg[i..i + split])));
            out.push(word_tok(b, from + e, para, lexicon::AUX));
            continue;
        }
        let w = &seg[i..e];
        let (stem, poss) = strip_possessive(w);
        let f = if poss {
            // "Putin's" is no cue or determiner, but "Its" stays a stop word.
            let keep = lexicon::CAP_STOP | lexicon::UPPER | lexicon::TITLE;
            lexicon::POSS | (lexicon::flags(stem) & keep)
        } else {
            lexicon::flags(w)
        };
        out.push(Tok {
            start: from + i,
            end: from + e,
            kind: Kind::Word,
            para,
            sent: 0,
            f,
        });
    }
}

fn word_tok(start: usize, end: usize, para: u32, f: u16) -> Tok {
    Tok {
        start,
        end,
        kind: Kind::Word,
        para,
        sent: 0,
        f,
    }
}

/// The byte length of the pronoun in a contraction like "He’s", "they're", "I’m", "we’ll".
fn contraction(w: &str) -> Option<usize> {
    let at = w.find(['\'', '’'])?;
    let (head, tail) = w.split_at(at);
    let tail = tail.trim_start_matches(['\'', '’']);
    // Not "It’s": that is nearly always "it is" with no speaker behind it.
    let ok = lexicon::pronoun(head).is_some_and(|p| p != "it")
        && matches!(tail, "s" | "re" | "m" | "ll" | "d" | "ve");
    ok.then_some(at)
}

/// True when token `k` is a quote whose words end in one of `marks` (`"Night Shift,"`,
/// `"We will win!"`), past its closing quote marks.
pub(crate) fn quote_ends_with(body: &str, toks: &[Tok], k: usize, marks: &[char]) -> bool {
    matches!(toks[k].kind, Kind::Quote(_))
        && text(body, &toks[k])
            .trim_end_matches(['"', '”', '’', '\'', '»', ' '])
            .ends_with(marks)
}

/// The first token of the sentence holding token `k` (no bound: the sentence is read whole).
pub(crate) fn sentence_first(toks: &[Tok], k: usize) -> usize {
    let mut s = k;
    while s > 0 && toks[s - 1].sent == toks[k].sent {
        s -= 1;
    }
    s
}

/// The text of a token.
pub(crate) fn text<'a>(body: &'a str, t: &Tok) -> &'a str {
    &body[t.start..t.end]
}

/// `word` without a possessive ending ("Russia's" → "Russia", "Lavrov’s" → "Lavrov").
pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (word, false)
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use super::*;

    fn toks(body: &str) -> Vec<(String, u32)> {
        let paras = find::paragraphs(body);
        let spans = find::spans(body, &paras);
        tokenize(body, &paras, &spans)
            .iter()
            .map(|t| match t.kind {
                Kind::Quote(_) => ("Q".to_string(), t.sent),
                _ => (text(body, t).to_string(), t.sent),
            })
            .collect()
    }

    #[test]
    fn words_abbreviations_and_sentences() {
        let got = toks(
            "Mr. Lavrov’s U.S. one-on-one talk. Then \"Why? Now.\" he asked.\n\nNew. (R-Fla.) said.",
        );
        let words: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "Mr.",
                "Lavrov’s",
                "U.S.",
                "one-on-one",
                "talk",
                ".",
                "Then",
                "Q",
                "he",
                "asked",
                ".",
                "New",
                ".",
                "(",
                "R-Fla.",
                ")",
                "said",
                "."
            ]
        );
        let sents: Vec<u32> = got.iter().map(|(_, s)| *s).collect();
        assert_eq!(
            sents,
            [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3]
        );
    }

    #[test]
    fn quote_ending_in_full_stop_then_capital_ends_sentence() {
        let got = toks("\"We will win.\" The crowd cheered.");
        assert_eq!(got[0].1, 0);
        assert_eq!(got[1], ("The".to_string(), 1));
        // A name and its speech verb go on with the sentence, past one adverb when the verb
        // ends it; not when the verb takes words of its own.
        let got = toks("\"We will win.\" Ruiz later recalled.");
        assert_eq!(got[1], ("Ruiz".to_string(), 0));
        let got = toks("\"We will win.\" Ruiz also hailed her players.");
        assert_eq!(got[1], ("Ruiz".to_string(), 1));
    }

    #[test]
    fn possessives() {
        assert_eq!(strip_possessive("Putin's"), ("Putin", true));
        assert_eq!(strip_possessive("Lavrov’s"), ("Lavrov", true));
        assert_eq!(strip_possessive("Lavrov"), ("Lavrov", false));
        assert_eq!(strip_possessive("'"), ("'", false));
    }
}
