//! Byte-level mutations of a seed input, as a proptest strategy: bit flips, truncation, deletion,
//! insertion of NULs, invalid UTF-8 and format tokens, splicing from another seed, repetition
//! and deep nesting. Positions are drawn as numbers and taken modulo the input's length when
//! applied, so one strategy serves inputs of any size (and shrinks towards the start).

use proptest::prelude::*;

/// Deepest nesting a mutation builds in a long run: deep enough to overflow a recursive descent
/// on a 2 MiB thread stack (rayon's and the test harness's default).
const MAX_DEPTH_LONG: usize = 20_000;

/// Deepest nesting in CI's short run: a page of 10,000 nested tables takes the HTML extractor
/// seconds (quadratic in the rows it keeps), which a few hundred cases cannot afford.
const MAX_DEPTH_CI: usize = 2_000;

/// `NEWSDEX_FUZZ_DEPTH` when set, else by the kind of run.
fn max_depth() -> usize {
    if let Some(d) = std::env::var("NEWSDEX_FUZZ_DEPTH")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return d;
    }
    if super::long_run() {
        MAX_DEPTH_LONG
    } else {
        MAX_DEPTH_CI
    }
}

#[derive(Debug, Clone)]
pub enum Mutation {
    /// Flips one bit.
    Flip { at: usize, bit: u8 },
    /// Cuts the input short.
    Truncate { at: usize },
    /// Deletes `len` bytes.
    Delete { at: usize, len: usize },
    /// Inserts bytes (random, or a token that means something to some reader).
    Insert { at: usize, bytes: Vec<u8> },
    /// Copies a range of seed number `from` into the input.
    Splice {
        at: usize,
        from: usize,
        start: usize,
        len: usize,
    },
    /// Repeats a range of the input.
    Repeat { at: usize, len: usize, times: usize },
    /// Wraps the bytes from `at` on in `depth` levels of `open` .. `close`.
    Nest {
        at: usize,
        open: &'static str,
        close: &'static str,
        depth: usize,
    },
}

/// Bytes that change how some reader sees its input.
const TOKENS: &[&str] = &[
    "\0",
    "\u{feff}",
    "\r",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ",",
    "\"",
    "\"\"",
    "'",
    "\\",
    "\\u0000",
    "\\ud800",
    "{",
    "}",
    "[",
    "]",
    ":",
    "null",
    "\"title\":",
    "\"text\": \"",
    "<DOC>",
    "</DOC>",
    "<DOCNO>",
    "<TEXT>",
    "</TEXT>",
    "<REUTERS NEWID=\"1\">",
    "</REUTERS>",
    "<BODY>",
    "&#3;",
    "&amp;",
    "&#x110000;",
    "&#99999999999;",
    "&lt",
    "<!--",
    "-->",
    "<![CDATA[",
    "<script>",
    "<meta charset=\"utf-16\">",
    "<meta charset=\"shift_jis\">",
    "<p>",
    "</div>",
    "<br>",
    "\u{201c}",
    "\u{201d}",
    "\u{ab}",
    "\u{bb}",
    "\u{2019}",
    " said ",
    "He said: \"",
    "\u{a0}",
    "\u{200b}",
    "\u{301}",
    "\u{1f600}",
    "\u{202e}",
    "UPDATE 1-",
    "2019-02-30",
    "99999-99-99",
];

/// Openers and closers that real parsers recurse on.
const NESTS: &[(&str, &str)] = &[
    ("[", "]"),
    ("{\"a\":", "}"),
    ("<div>", "</div>"),
    ("<b><i>", "</b></i>"),
    ("<DOC><TEXT>", "</TEXT></DOC>"),
    ("<table><tr><td>", ""),
    ("\u{201c}", "\u{201d}"),
    ("(", ")"),
    ("\"", "\""),
];

fn insertion() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => proptest::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
        1 => proptest::collection::vec(any::<u8>(), 1..16),
        // Invalid UTF-8: lone continuation bytes, truncated sequences, overlongs, surrogates.
        1 => proptest::sample::select(vec![
            vec![0x80], vec![0xc3], vec![0xe2, 0x80], vec![0xf0, 0x9f, 0x98], vec![0xc0, 0xaf],
            vec![0xed, 0xa0, 0x80], vec![0xff, 0xfe], vec![0xfe, 0xff, 0x00], vec![0xf8, 0x88],
            vec![0x1f, 0x8b, 0x08], // a gzip header where none belongs
        ]),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        4 => (at, 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        2 => at.prop_map(|at| Mutation::Truncate { at }),
        2 => (at, 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        4 => (at, insertion()).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        2 => (at, any::<usize>(), any::<usize>(), 1usize..2048).prop_map(
            |(at, from, start, len)| Mutation::Splice { at, from, start, len }
        ),
        1 => (at, 1usize..256, 2usize..64)
            .prop_map(|(at, len, times)| Mutation::Repeat { at, len, times }),
        1 => (at, proptest::sample::select(NESTS), 1usize..max_depth()).prop_map(
            |(at, (open, close), depth)| Mutation::Nest { at, open, close, depth }
        ),
    ]
}

/// One to eight mutations, applied in order.
pub fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    proptest::collection::vec(mutation(), 1..8)
}

/// Applies `muts` to `bytes`; `others` are the seeds a splice copies from.
pub fn apply(mut bytes: Vec<u8>, muts: &[Mutation], others: &[&[u8]]) -> Vec<u8> {
    for m in muts {
        let pos = |at: usize, len: usize| at % (len + 1);
        let n = bytes.len();
        match m {
            Mutation::Flip { at, bit } => {
                if n > 0 {
                    bytes[at % n] ^= 1 << bit;
                }
            }
            Mutation::Truncate { at } => bytes.truncate(pos(*at, n)),
            Mutation::Delete { at, len } => {
                let start = pos(*at, n);
                let end = (start + len).min(n);
                bytes.drain(start..end);
            }
            Mutation::Insert { at, bytes: ins } => {
                let p = pos(*at, n);
                bytes.splice(p..p, ins.iter().copied());
            }
            Mutation::Splice {
                at,
                from,
                start,
                len,
            } => {
                if others.is_empty() {
                    continue;
                }
                let src = others[from % others.len()];
                let s = pos(*start, src.len());
                let e = (s + len).min(src.len());
                let p = pos(*at, n);
                bytes.splice(p..p, src[s..e].iter().copied());
            }
            Mutation::Repeat { at, len, times } => {
                let s = pos(*at, n);
                let e = (s + len).min(n);
                let chunk = bytes[s..e].repeat(*times);
                bytes.splice(e..e, chunk);
            }
            Mutation::Nest {
                at,
                open,
                close,
                depth,
            } => {
                let p = pos(*at, n);
                let tail = bytes.split_off(p);
                bytes.extend(open.as_bytes().repeat(*depth));
                bytes.extend(tail);
                bytes.extend(close.as_bytes().repeat(*depth));
            }
        }
    }
    bytes
}
