//! Whole-page text-dump data sets (issue 3: plain text with site chrome left in) → pages whose
//! input is a `.txt` dump instead of the HTML, with the same gold as their HTML data set.
//!
//! - `scrapinghub-text` (FINAL MEASUREMENT ONLY): the benchmark's own `html-text` dumps of its
//!   181 pages (`output/html-text.json.gz`), gold `articleBody`.
//! - `l3s-text`, `trafilatura-text` (DEV): the HTML pages of those sets rendered to whole-page
//!   text the way `html-text` renders them (`html_dump::page_text`), so the dev input has the
//!   shape of the held-out dumps: menus, teasers, footers, one line per block.
//!
//! The extractor sees a plain-text file and nothing else; the scores are the HTML mode's.

use std::path::Path;

use serde_json::Value;

use crate::datasets::{self, gunzip, Page};
use crate::html_dump;

pub const NAMES: &str = "l3s-text | trafilatura-text | scrapinghub-text";

/// The pages of text-dump data set `name`, or `None` if `name` is not one.
pub fn load(name: &str, corpora: &Path) -> Option<Result<Vec<Page>, String>> {
    let base = match name {
        "scrapinghub-text" => return Some(scrapinghub(corpora)),
        "l3s-text" => "l3s",
        "trafilatura-text" => "trafilatura",
        _ => return None,
    };
    Some(datasets::load(base, corpora).and_then(render))
}

/// Each page's HTML → its whole-page text.
fn render(mut pages: Vec<Page>) -> Result<Vec<Page>, String> {
    for page in &mut pages {
        let bytes = gunzip(&page.path)?;
        let html = newsdex::read::decode::decode(&bytes)
            .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
        page.dump = Some(html_dump::page_text(&html));
    }
    Ok(pages)
}

fn scrapinghub(corpora: &Path) -> Result<Vec<Page>, String> {
    let root = corpora.join("scrapinghub-aeb");
    let bytes = gunzip(&root.join("output").join("html-text.json.gz"))?;
    let dumps: Value = serde_json::from_slice(&bytes).map_err(|e| format!("html-text: {e}"))?;
    let dumps = dumps
        .get("output")
        .and_then(Value::as_object)
        .ok_or("html-text.json: no `output` object")?;
    let mut pages = datasets::load("scrapinghub", corpora)?;
    for page in &mut pages {
        let text = dumps
            .get(&page.id)
            .and_then(|v| v.get("articleBody"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        page.dump = Some(text.to_string());
    }
    Ok(pages)
}
