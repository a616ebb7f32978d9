//! A structured record (JSON, CSV, SGML fields) → `Article`: the record names its fields, so
//! only the date needs parsing and the body normalizing.

use crate::article::Article;
use crate::read::Record;

/// Builds an article from a record whose fields are already named.
pub fn from_record(source: &str, record: &Record) -> Article {
    Article {
        source: source.to_string(),
        headline: record.headline.clone(),
        date: None,
        body: record.body.clone(),
        quotes: Vec::new(),
    }
}
