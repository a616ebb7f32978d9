//! Small real inputs of every format newsdex reads, built at test time from `corpus/` and
//! `../shared` (nothing is copied into the repository): the seeds the fuzzer mutates.
//!
//! Each sample is a file name (its extension picks the reader, as on the command line) and its
//! bytes. Records are kept few and short so one fuzz case runs in well under a millisecond.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::OnceLock;

use crate::util::{repo, seed, shared};

/// One seed input: the name it is written under and its bytes.
#[derive(Debug, Clone)]
pub struct Sample {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Largest prefix of a real page or dump kept as a seed.
const MAX_SAMPLE: usize = 12 * 1024;

/// All seeds, built once per test binary.
pub fn samples() -> &'static [Sample] {
    static SAMPLES: OnceLock<Vec<Sample>> = OnceLock::new();
    SAMPLES.get_or_init(build)
}

/// Extensions the readers recognise, plus some they do not (content sniffing decides then).
pub const EXTENSIONS: &[&str] = &[
    "txt", "html", "htm", "json", "jsonl", "ndjson", "csv", "tsv", "sgm", "sgml", "xml", "",
    "txt.gz", "html.gz", "json.gz", "jsonl.gz", "csv.gz", "sgm.gz",
];

fn build() -> Vec<Sample> {
    let articles = corpus_articles();
    let mut out = vec![
        sample("seed.txt", read(&seed())),
        sample("wire.txt", articles[0].2.as_bytes().to_vec()),
        sample("records.json", json_array(&articles)),
        sample("records.jsonl", json_lines(&articles)),
        sample("records.csv", delimited(&articles, ',')),
        sample("records.tsv", delimited(&articles, '\t')),
        sample("trec.sgml", trec_sgml(&articles)),
        sample("reuters.sgm", reuters_sgml()),
        sample(
            "fakenews.csv",
            prefix(read(
                &shared().join("corpora/fakenewscorpus-sample/news_sample.csv"),
            )),
        ),
        sample(
            "l3s.html",
            gunzip(&read(&shared().join(
                "corpora/l3s-gn1/original/4479049e-be85-42e0-ad5e-5829add4f7b5.html.gz",
            ))),
        ),
        sample(
            "traf.html",
            prefix(gunzip(&read(&shared().join(
                "corpora/trafilatura-eval/eval/bundespolizei.de-Belarus.html.gz",
            )))),
        ),
    ];
    // The same records gzipped: the fuzzer flips bits in the compressed stream too.
    for name in ["records.jsonl", "reuters.sgm", "l3s.html", "wire.txt"] {
        let plain = out.iter().find(|s| s.name == name).map(|s| s.bytes.clone());
        if let Some(plain) = plain {
            out.push(sample(&format!("{name}.gz"), gzip(&plain)));
        }
    }
    out
}

fn sample(name: &str, bytes: Vec<u8>) -> Sample {
    Sample {
        name: name.to_string(),
        bytes,
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("fuzz seed {}: {e}", path.display()))
}

fn prefix(mut bytes: Vec<u8>) -> Vec<u8> {
    bytes.truncate(MAX_SAMPLE);
    bytes
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes)
        .and_then(|_| enc.finish())
        .unwrap_or_else(|e| panic!("gzip: {e}"))
}

pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap_or_else(|e| panic!("gunzip: {e}"));
    out
}

/// (headline, date, body) of three short `corpus/` articles, the material for record formats.
fn corpus_articles() -> Vec<(String, String, String)> {
    let files = [
        "corpus/wire/vienna-talks-resume.txt",
        "corpus/bbc-style/dubois-iran-talks-warning.txt",
        "corpus/scraped/measles-warning.txt",
    ];
    files
        .iter()
        .map(|f| {
            let text = String::from_utf8_lossy(&read(&repo().join(f))).into_owned();
            let (headline, body) = text.split_once("\n\n").unwrap_or(("", &text));
            let body: String = body.chars().take(1500).collect();
            (headline.trim().to_string(), "2019-05-14".to_string(), body)
        })
        .collect()
}

fn json_record(a: &(String, String, String)) -> serde_json::Value {
    serde_json::json!({"title": a.0, "date": a.1, "text": a.2, "url": "https://example.org/a"})
}

fn json_array(articles: &[(String, String, String)]) -> Vec<u8> {
    let records: Vec<_> = articles.iter().map(json_record).collect();
    serde_json::to_vec_pretty(&records).unwrap_or_default()
}

fn json_lines(articles: &[(String, String, String)]) -> Vec<u8> {
    let mut out = String::new();
    for a in articles {
        out.push_str(&json_record(a).to_string());
        out.push('\n');
    }
    out.into_bytes()
}

fn delimited(articles: &[(String, String, String)], sep: char) -> Vec<u8> {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = format!("title{sep}date{sep}text\n");
    for (h, d, b) in articles {
        let b = if sep == '\t' {
            b.replace('\t', " ")
        } else {
            b.clone()
        };
        out.push_str(&format!("{}{sep}{d}{sep}{}\n", quote(h), quote(&b)));
    }
    out.into_bytes()
}

fn trec_sgml(articles: &[(String, String, String)]) -> Vec<u8> {
    let mut out = String::new();
    for (i, (h, d, b)) in articles.iter().enumerate() {
        out.push_str(&format!(
            "<DOC>\n<DOCNO> FUZZ-{i} </DOCNO>\n<DATE>{d}</DATE>\n<HEADLINE>\n{h}\n</HEADLINE>\n\
             <TEXT>\n<P>\n{}\n</P>\n</TEXT>\n</DOC>\n",
            b.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    out.into_bytes()
}

/// The first three `<REUTERS>` records of the Reuters-21578 collection, as distributed (Latin-1,
/// entities, the DOCTYPE line).
fn reuters_sgml() -> Vec<u8> {
    let all = gunzip(&read(
        &shared().join("corpora/reuters21578/reut2-000.sgm.gz"),
    ));
    let end = b"</REUTERS>";
    let mut cut = 0;
    for _ in 0..3 {
        match all[cut..].windows(end.len()).position(|w| w == end) {
            Some(p) => cut += p + end.len(),
            None => break,
        }
    }
    let mut out = all[..cut].to_vec();
    out.push(b'\n');
    out
}
