//! Data set name → pages with their gold fields, read from `../shared/corpora` (never copied
//! into the repository). Each loader knows its corpus's index file and folder layout.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use regex::Regex;
use serde_json::Value;

/// One page to extract and what it should give.
pub struct Page {
    /// The gold file's key (URL or id), for reports.
    pub id: String,
    /// The gzipped HTML file in the corpus.
    pub path: PathBuf,
    /// For the text-dump data sets (`text_dump`): the whole-page text given to newsdex instead
    /// of the HTML.
    pub dump: Option<String>,
    pub gold: Gold,
}

#[derive(Default)]
pub struct Gold {
    /// Full article body text (Scrapinghub `articleBody`, L3S full-text blocks).
    pub body: Option<String>,
    /// Trafilatura's segments: `with` must be in the body, `without` must not.
    pub with: Vec<String>,
    pub without: Vec<String>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
}

pub const NAMES: &str = "trafilatura | htmldate | htmldate-mediacloud | l3s | scrapinghub";

pub fn load(name: &str, corpora: &Path) -> Result<Vec<Page>, String> {
    match name {
        "trafilatura" => trafilatura(&corpora.join("trafilatura-eval")),
        "htmldate" => htmldate(&corpora.join("htmldate-eval"), "eval_default.json"),
        "htmldate-mediacloud" => {
            htmldate(&corpora.join("htmldate-eval"), "eval_mediacloud_2020.json")
        }
        "l3s" => l3s(&corpora.join("l3s-gn1")),
        "scrapinghub" => scrapinghub(&corpora.join("scrapinghub-aeb")),
        other => Err(format!("unknown data set {other:?}; expected {NAMES}")),
    }
}

pub fn gunzip(path: &Path) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(file)
        .read_to_end(&mut out)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(out)
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // Python's json.dump writes a missing date as the bare token NaN, which JSON lacks: read it
    // as null (no gold date; such pages are left out of date accuracy).
    let text = text.replace(": NaN", ": null");
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The first of `dirs/<file>.gz` that exists.
fn find(root: &Path, dirs: &[&str], file: &str) -> Option<PathBuf> {
    dirs.iter()
        .map(|d| root.join(d).join(format!("{file}.gz")))
        .find(|p| p.exists())
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn date_field(v: &Value, key: &str) -> Option<NaiveDate> {
    str_field(v, key).and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn trafilatura(root: &Path) -> Result<Vec<Page>, String> {
    let index = read_json(&root.join("evaldata.json"))?;
    let map = index.as_object().ok_or("evaldata.json: not an object")?;
    let mut pages = Vec::new();
    for (url, v) in map {
        let file = str_field(v, "file").ok_or_else(|| format!("{url}: no file"))?;
        let path =
            find(root, &["eval", "cache"], &file).ok_or_else(|| format!("{file}: missing"))?;
        pages.push(Page {
            id: url.clone(),
            path,
            dump: None,
            gold: Gold {
                with: strings(v, "with"),
                without: strings(v, "without"),
                title: str_field(v, "title"),
                date: date_field(v, "date"),
                ..Gold::default()
            },
        });
    }
    Ok(pages)
}

fn htmldate(root: &Path, index_file: &str) -> Result<Vec<Page>, String> {
    let index = read_json(&root.join(index_file))?;
    let map = index.as_object().ok_or("index: not an object")?;
    let mut pages = Vec::new();
    for (url, v) in map {
        let file = str_field(v, "file").ok_or_else(|| format!("{url}: no file"))?;
        let path = find(root, &["eval", "cache", "test_set"], &file)
            .ok_or_else(|| format!("{file}: missing"))?;
        pages.push(Page {
            id: url.clone(),
            path,
            dump: None,
            gold: Gold {
                date: date_field(v, "date"),
                ..Gold::default()
            },
        });
    }
    Ok(pages)
}

fn scrapinghub(root: &Path) -> Result<Vec<Page>, String> {
    let index = read_json(&root.join("ground-truth.json"))?;
    let map = index
        .as_object()
        .ok_or("ground-truth.json: not an object")?;
    let mut pages = Vec::new();
    for (id, v) in map {
        pages.push(Page {
            id: id.clone(),
            path: root.join("html").join(format!("{id}.html.gz")),
            dump: None,
            gold: Gold {
                body: Some(str_field(v, "articleBody").unwrap_or_default()),
                ..Gold::default()
            },
        });
    }
    Ok(pages)
}

/// L3S-GN1: the annotated copy of each page wraps text in `<span class="x-nc-selN">`; class 1 is
/// the headline and class 2 the full text. Supplemental text (3: captions, bylines), related
/// links (4) and comments (5) are not article body here.
fn l3s(root: &Path) -> Result<Vec<Page>, String> {
    let span = Regex::new(r#"(?s)<span class="?x-nc-sel(\d)"?>(.*?)</span>"#)
        .map_err(|e| e.to_string())?;
    let tag = Regex::new(r"(?s)<[^>]*>").map_err(|e| e.to_string())?;
    let mut names: Vec<_> = std::fs::read_dir(root.join("annotated"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    let mut pages = Vec::new();
    for name in names {
        let bytes = gunzip(&root.join("annotated").join(&name))?;
        let html = String::from_utf8_lossy(&bytes);
        let (mut headline, mut body) = (Vec::new(), Vec::new());
        for cap in span.captures_iter(&html) {
            let text = decode_entities(&tag.replace_all(&cap[2], " "));
            match &cap[1] {
                "1" => headline.push(text),
                "2" => body.push(text),
                _ => {}
            }
        }
        let title = Some(headline.join(" ")).filter(|t| !t.trim().is_empty());
        pages.push(Page {
            id: name.clone(),
            path: root.join("original").join(&name),
            dump: None,
            gold: Gold {
                body: Some(body.join(" ")),
                title,
                ..Gold::default()
            },
        });
    }
    Ok(pages)
}

/// The few entities that matter for token matching.
fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}
