//! The tantivy-cli side of the indexing comparison: newsdex's schema as a tantivy-cli index
//! (`meta`), and `newsdex extract --json` lines → the documents newsdex's writer would add, as
//! tantivy-cli JSON (`docs`).
//!
//! Equivalent schema, chosen so the ratio measures what newsdex adds on top of tantivy (reading,
//! extraction, attribution, hashing), not a smaller index: the schema is newsdex's own
//! (`build_schema()`: the same fields, options, positions, stored and fast fields), with its
//! tokenizers swapped for tantivy's built-in equivalents, since tantivy-cli cannot register
//! custom ones: `news` (simple, ≤40 bytes, lowercase, ASCII folding, English stemmer) →
//! `en_stem` (the same without ASCII folding), `name` → `default` (the same without folding and
//! stemming). Each article becomes one `article` document and one `quote` document per quote,
//! with every field `src/index/writer.rs` fills (the file's content hash is 0: computing it is
//! newsdex's reading cost, and the value costs tantivy the same).

use std::io::{BufRead, Write};
use std::path::Path;

use newsdex::index::context::context_around;
use newsdex::index::schema::{
    build_schema, KIND_ARTICLE, KIND_QUOTE, NAME_TOKENIZER, NEWS_TOKENIZER,
};
use newsdex::index::simhash::simhash;
use newsdex::index::state::article_hash;
use newsdex::index::writer::{file_of, site_of};
use serde_json::{json, Map, Value};

/// Writes `dir/meta.json`: an empty tantivy index with newsdex's schema.
pub fn write_meta(dir: &Path) -> Result<(), String> {
    let mut schema =
        serde_json::to_value(build_schema()).map_err(|e| format!("schema to JSON: {e}"))?;
    swap_tokenizers(&mut schema);
    let meta = json!({"segments": [], "schema": schema, "opstamp": 0});
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(dir.join("meta.json"), meta.to_string())
        .map_err(|e| format!("{}: {e}", dir.display()))
}

fn swap_tokenizers(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(t)) = m.get_mut("tokenizer") {
                if t == NEWS_TOKENIZER {
                    *t = "en_stem".into();
                } else if t == NAME_TOKENIZER {
                    *t = "default".into();
                }
            }
            m.values_mut().for_each(swap_tokenizers);
        }
        Value::Array(a) => a.iter_mut().for_each(swap_tokenizers),
        _ => {}
    }
}

/// Converts extract lines on stdin to tantivy-cli documents on stdout; returns (articles, docs).
pub fn convert(input: impl BufRead, mut out: impl Write) -> Result<(usize, usize), String> {
    let (mut articles, mut docs) = (0, 0);
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("stdin: {e}"))?;
        let a: Value = match serde_json::from_str(&line) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("bench_harness: extract line {}: {e}", n + 1);
                continue;
            }
        };
        articles += 1;
        for doc in documents(&a) {
            writeln!(out, "{doc}").map_err(|e| format!("stdout: {e}"))?;
            docs += 1;
        }
    }
    out.flush().map_err(|e| format!("stdout: {e}"))?;
    Ok((articles, docs))
}

/// One article's documents, field for field as `Writer::add` builds them.
fn documents(a: &Value) -> Vec<Value> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let source = s(a, "source").unwrap_or_default();
    let headline = s(a, "headline");
    let body = s(a, "body").unwrap_or_default();
    let file = file_of(&source).to_string();
    let mut common = Map::new();
    common.insert("source".into(), json!(source));
    common.insert("source_id".into(), json!(source));
    common.insert("site".into(), json!(site_of(&file)));
    common.insert("file".into(), json!(file));
    if let Some(d) = s(a, "date") {
        common.insert("date".into(), json!(format!("{d}T00:00:00Z")));
    }
    let mut article = common.clone();
    article.insert("kind".into(), json!(KIND_ARTICLE));
    article.insert("file_hash".into(), json!(0));
    article.insert(
        "article_hash".into(),
        json!(article_hash(headline.as_deref(), &body)),
    );
    article.insert("simhash".into(), json!(simhash(&body)));
    let mut topic = Vec::new();
    if let Some(h) = &headline {
        article.insert("headline".into(), json!(h));
        topic.push(json!(h));
    }
    topic.push(json!(body));
    article.insert("body".into(), json!(body));
    article.insert("topic".into(), Value::Array(topic));
    let mut out = vec![Value::Object(article)];
    for q in a
        .get("quotes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let text = s(q, "text").unwrap_or_default();
        let (start, end) = (
            q.get("start").and_then(Value::as_u64).unwrap_or(0),
            q.get("end").and_then(Value::as_u64).unwrap_or(0),
        );
        let mut doc = common.clone();
        doc.insert("kind".into(), json!(KIND_QUOTE));
        if let Some(h) = &headline {
            doc.insert("quote_headline".into(), json!(h));
        }
        doc.insert("quote".into(), json!(text));
        let speaker = s(q, "speaker");
        let mention = s(q, "speaker_mention");
        let mut names = Vec::new();
        if let Some(sp) = &speaker {
            names.push(json!(sp));
            doc.insert("speaker_key".into(), json!(sp));
        }
        if let Some(m) = &mention {
            doc.insert("speaker_mention".into(), json!(m));
            if speaker.as_ref() != Some(m) {
                names.push(json!(m));
            }
        }
        if !names.is_empty() {
            doc.insert("speaker".into(), Value::Array(names));
        }
        if let Some(r) = s(q, "role") {
            doc.insert("role".into(), json!(r));
        }
        doc.insert(
            "partial".into(),
            json!(q.get("partial").and_then(Value::as_bool).unwrap_or(false)),
        );
        doc.insert("quote_start".into(), json!(start));
        doc.insert("quote_end".into(), json!(end));
        let para = context_around(&body, start as usize, end as usize);
        doc.insert("quote_topic".into(), json!([text, para]));
        out.push(Value::Object(doc));
    }
    out
}
