//! Test helpers for the format readers: bytes written to a temporary file under a given name,
//! read back as documents and errors with short, directory-free paths.

use std::path::Path;

use super::*;

/// Writes `bytes` to a file called `name` in a fresh temporary directory and reads it with
/// `map`; a file-level error comes last. Sources and errors name the file as `name`.
pub fn read_str(name: &str, bytes: &[u8], map: &FieldMap) -> Vec<Result<Document, ReadError>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let options = ReadOptions {
        field_map: map.clone(),
    };
    let mut docs = Vec::new();
    if let Err(e) = read_file(&path, &options, &mut |d| docs.push(d)) {
        docs.push(Err(e));
    }
    let prefix = format!("{}/", dir.path().display());
    docs.into_iter()
        .map(|d| match d {
            Ok(mut doc) => {
                doc.source = doc.source.replace(&prefix, "");
                Ok(doc)
            }
            Err(e) => Err(strip_dir(e, dir.path())),
        })
        .collect()
}

/// `read_str`, each result as (source or error locator, headline or `text:`/`html:` or the
/// error's reason), for table-driven tests.
pub fn outline(name: &str, bytes: &[u8], map: &str) -> Outline {
    let map: FieldMap = if map.is_empty() {
        FieldMap::default()
    } else {
        map.parse().unwrap()
    };
    read_str(name, bytes, &map)
        .into_iter()
        .map(|d| match d {
            Ok(doc) => match doc.content {
                Content::Record(r) => (doc.source, r.headline.unwrap_or_default()),
                Content::Text(t) => (doc.source, format!("text:{}", t.trim())),
                Content::Html(t) => (doc.source, format!("html:{}", t.trim())),
            },
            Err(e) => (e.path_display(), e.reason()),
        })
        .collect()
}

/// What `outline` returns.
pub type Outline = Vec<(String, String)>;

/// A pair of string-likes, for expected values.
pub fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// The error with its path made relative to `dir`, for short expected values.
fn strip_dir(e: ReadError, dir: &Path) -> ReadError {
    let rel = |p: std::path::PathBuf| p.strip_prefix(dir).map(Path::to_path_buf).unwrap_or(p);
    match e {
        ReadError::BadRecord { path, at, reason } => ReadError::BadRecord {
            path: rel(path),
            at,
            reason,
        },
        ReadError::Empty { path } => ReadError::Empty { path: rel(path) },
        ReadError::Undecodable { path, reason } => ReadError::Undecodable {
            path: rel(path),
            reason,
        },
        ReadError::Corrupt { path, reason } => ReadError::Corrupt {
            path: rel(path),
            reason,
        },
        other => other,
    }
}
