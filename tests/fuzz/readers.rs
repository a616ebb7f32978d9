//! Fuzzing the input side: `read::read_file` on arbitrary bytes and on mutated real files of every
//! format, and the whole per-document pipeline (`extract`: article, quotes, attribution) on
//! whatever the readers hand over and on arbitrary text.
//!
//! Properties: nothing panics; every read error names the file; every quote's `start..end` lies
//! on char boundaries inside the body and slices exactly the quote's text; rendering the article
//! as `extract --json` and as text succeeds.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use newsdex::read::{self, Content, Document, ReadOptions, Record};
use newsdex::render;

use super::mutate::{apply, mutations};
use super::samples::{gunzip, gzip, samples, EXTENSIONS};
use super::{run, Scratch};

/// Field maps the user may give with `--map`, dotted paths included.
const MAPS: &[&str] = &[
    "title=meta.headline,date=meta.a.b.c,body=story",
    "body=text",
];

/// Checks the article `extract` makes of `doc`.
pub fn check_document(doc: &Document) -> Result<(), TestCaseError> {
    let article = newsdex::extract::extract(doc);
    let body = &article.body;
    for q in &article.quotes {
        prop_assert!(
            q.start <= q.end && q.end <= body.len(),
            "quote {}..{} outside a body of {} bytes",
            q.start,
            q.end,
            body.len()
        );
        prop_assert!(
            body.is_char_boundary(q.start) && body.is_char_boundary(q.end),
            "quote {}..{} not on char boundaries",
            q.start,
            q.end
        );
        prop_assert_eq!(&body[q.start..q.end], q.text.as_str());
    }
    let mut out = Vec::new();
    render::json::article(&mut out, &article).map_err(|e| TestCaseError::fail(e.to_string()))?;
    render::text::article(&mut out, &article, render::Style::plain())
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    Ok(())
}

/// Writes `bytes` as `case.<ext>`, reads it with every check applied, and returns how many
/// documents came out.
fn read_and_check(
    scratch: &Scratch,
    ext: &str,
    bytes: &[u8],
    map: Option<&str>,
) -> Result<usize, TestCaseError> {
    let name = if ext.is_empty() {
        "case".to_string()
    } else {
        format!("case.{ext}")
    };
    let path = scratch.write(&name, bytes);
    let mut options = ReadOptions::default();
    if let Some(map) = map {
        options.field_map = map.parse().map_err(TestCaseError::fail)?;
    }
    let shown = path.to_string_lossy().into_owned();
    let mut docs = 0;
    let mut failure = Ok(());
    let mut sink = |doc: Result<Document, newsdex::error::ReadError>| {
        let checked = match doc {
            Ok(doc) => {
                docs += 1;
                check_document(&doc)
            }
            Err(e) if !e.to_string().contains(&shown) => {
                Err(TestCaseError::fail(format!("error without the path: {e}")))
            }
            Err(_) => Ok(()),
        };
        if failure.is_ok() {
            failure = checked;
        }
    };
    let whole = read::read_file(&path, &options, &mut sink);
    failure?;
    if let Err(e) = whole {
        prop_assert!(
            e.to_string().contains(&shown),
            "error without the path: {e}"
        );
    }
    Ok(docs)
}

#[test]
fn read_file_on_arbitrary_bytes() {
    let scratch = Scratch::new();
    let strategy = (
        proptest::collection::vec(any::<u8>(), 0..4096),
        proptest::sample::select(EXTENSIONS),
        proptest::option::weighted(0.1, proptest::sample::select(MAPS)),
    );
    run(
        "read_file_on_arbitrary_bytes",
        400,
        strategy,
        |(bytes, ext, map)| read_and_check(&scratch, ext, &bytes, map).map(|_| ()),
    );
}

#[test]
fn read_file_on_mutated_real_files() {
    let scratch = Scratch::new();
    let seeds = samples();
    let others: Vec<&[u8]> = seeds.iter().map(|s| s.bytes.as_slice()).collect();
    let strategy = (
        0..seeds.len(),
        mutations(),
        // Mostly the seed's own extension; sometimes another, so each reader meets every format.
        proptest::option::weighted(0.2, proptest::sample::select(EXTENSIONS)),
        // For a gzipped seed: mutate the text inside and compress again (else the gzip bytes).
        any::<bool>(),
        proptest::option::weighted(0.1, proptest::sample::select(MAPS)),
    );
    run(
        "read_file_on_mutated_real_files",
        500,
        strategy,
        |(i, muts, ext, inside, map)| {
            let seed = &seeds[i];
            let own_ext = seed.name.split_once('.').map_or("", |(_, e)| e);
            let bytes = match seed.name.strip_suffix(".gz") {
                Some(_) if inside => {
                    let plain = gunzip(&seed.bytes);
                    gzip(&apply(plain, &muts, &others))
                }
                _ => apply(seed.bytes.clone(), &muts, &others),
            };
            read_and_check(&scratch, ext.unwrap_or(own_ext), &bytes, map).map(|_| ())
        },
    );
}

/// The unmutated seeds read without error and give documents: otherwise the fuzzer would mostly
/// be exercising the "cannot read" paths.
#[test]
fn every_seed_reads_cleanly() {
    let scratch = Scratch::new();
    for seed in samples() {
        let ext = seed.name.split_once('.').map_or("", |(_, e)| e);
        let docs = read_and_check(&scratch, ext, &seed.bytes, None)
            .unwrap_or_else(|e| panic!("{}: {e}", seed.name));
        assert!(docs > 0, "{} gave no document", seed.name);
    }
}

/// Text with quote marks, speech verbs, names and odd characters, as every kind of document.
fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(?s)(\\PC|[\"\u{201c}\u{201d}\u{201e}\u{ab}\u{bb}'\u{2019} \n\t.,:;!?\u{a0}]|said|says|told|\
         he|she|Mr|Smith|Lavrov|according to|<p>|</p>|<div>|<h1>|<title>|&quot;|\n\n){0,120}",
    ]
}

#[test]
fn extract_on_arbitrary_text() {
    let strategy = (texty(), proptest::option::of(texty()), 0..3u8);
    run(
        "extract_on_arbitrary_text",
        300,
        strategy,
        |(text, headline, kind)| {
            let content = match kind {
                0 => Content::Text(text),
                1 => Content::Html(text),
                _ => Content::Record(Record {
                    headline,
                    date: Some("2019-05-14".into()),
                    body: text,
                    ..Record::default()
                }),
            };
            check_document(&Document {
                source: "fuzz.txt".into(),
                content,
            })
        },
    );
}
