//! One JSON value → a `Record`: finds each field by the user's `--map` name or the best common
//! name (see `fields`), and turns values of other types into text where the meaning is clear (a
//! number as a title, a list of paragraphs as a body, `{"name": ..}` as an author, a Unix time as
//! a date); any other type, or a missing body, is the reason the record is rejected.

use serde_json::{Map, Value};

use super::fields::{guess, Field, FieldMap};
use super::Record;

/// One JSON value → a record, or the reason it is not one.
pub fn record_from_value(value: Value, map: &FieldMap) -> Result<Record, String> {
    let mut obj = match value {
        Value::Object(obj) => obj,
        other => return Err(format!("expected a JSON object, found {}", kind(&other))),
    };
    // (key as found, value) per field: the user's names first, then the best guess.
    let mut found: [Option<(String, Value)>; 6] = Default::default();
    for field in Field::ALL {
        if let Some(path) = map.get(field) {
            found[field as usize] = take_path(&mut obj, path).map(|v| (path.to_string(), v));
        }
    }
    let mut best: [Option<(u8, &String, &mut Value)>; 6] = Default::default();
    for (key, value) in obj.iter_mut() {
        if let Some((field, rank)) = guess(key) {
            let slot = &mut best[field as usize];
            if map.get(field).is_none() && slot.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                *slot = Some((rank, key, value));
            }
        }
    }
    for (slot, best) in found.iter_mut().zip(best) {
        if let Some((_, key, value)) = best {
            *slot = Some((key.clone(), std::mem::take(value)));
        }
    }
    let mut text = |field: Field| match found[field as usize].take() {
        None => Ok(None),
        Some((key, value)) => coerce(field, value).map_err(|e| format!("field `{key}`: {e}")),
    };
    let record = Record {
        headline: text(Field::Headline)?,
        date: text(Field::Date)?,
        url: text(Field::Url)?,
        author: text(Field::Author)?,
        site: text(Field::Site)?,
        body: text(Field::Body)?.unwrap_or_default(),
    };
    if record.body.is_empty() {
        return Err(match map.get(Field::Body) {
            Some(name) => format!("no body (field `{name}` missing or empty)"),
            None => format!(
                "no body (looked for {}; name it with --map body=FIELD)",
                Field::Body.guesses()
            ),
        });
    }
    Ok(record)
}

/// Takes the value at `path`: a key as written, else a dotted path through nested objects
/// (a number indexes an array: `authors.0.name`).
fn take_path(obj: &mut Map<String, Value>, path: &str) -> Option<Value> {
    if let Some(v) = obj.remove(path) {
        return Some(v);
    }
    let mut parts = path.split('.');
    let mut cur = obj.get_mut(parts.next()?)?;
    for part in parts {
        cur = match cur {
            Value::Object(m) => m.get_mut(part)?,
            Value::Array(a) => a.get_mut(part.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(std::mem::take(cur))
}

/// A value → the field's text. `Ok(None)` for null or blank.
fn coerce(field: Field, value: Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s)),
        Value::Number(n) if field == Field::Date => Ok(Some(timestamp(&n))),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(_) => Err("expected text, found a boolean".to_string()),
        Value::Array(items) => join(field, items),
        Value::Object(mut m) => match field {
            // schema.org and news APIs nest these: {"author": {"name": "..."}}.
            Field::Author | Field::Site => match m.remove("name") {
                Some(name) => coerce(field, name),
                None => Ok(None),
            },
            Field::Url => match m.remove("href").or_else(|| m.remove("url")) {
                Some(url) => coerce(field, url),
                None => Err("expected text, found an object".to_string()),
            },
            _ => Err("expected text, found an object".to_string()),
        },
    }
}

/// A list → one text: paragraphs for a body, "A, B" for authors, the first for a date or url.
fn join(field: Field, items: Vec<Value>) -> Result<Option<String>, String> {
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Value::Array(_) | Value::Bool(_) => {
                return Err(format!("expected text, found a list of {}s", kind(&item)))
            }
            Value::Object(_) if !matches!(field, Field::Author | Field::Site) => {
                return Err("expected text, found a list of objects".to_string())
            }
            other => parts.extend(coerce(field, other)?),
        }
    }
    let sep = match field {
        Field::Body => "\n\n",
        Field::Author | Field::Site => ", ",
        Field::Headline => " ",
        Field::Date | Field::Url => return Ok(parts.into_iter().next()),
    };
    Ok(Some(parts.join(sep)).filter(|s| !s.is_empty()))
}

/// A numeric date: Unix seconds (or milliseconds, if it is too large for seconds) as RFC 3339;
/// a number that is neither (a bare year, say) is kept as written for the date parser to judge.
fn timestamp(n: &serde_json::Number) -> String {
    let secs = match n.as_f64() {
        Some(x) if (1e8..1e11).contains(&x) => x as i64,
        Some(x) if (1e11..1e14).contains(&x) => (x / 1000.0) as i64,
        _ => return n.to_string(),
    };
    chrono::DateTime::from_timestamp(secs, 0).map_or_else(
        || n.to_string(),
        |d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

pub(super) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str, map: &str) -> Result<Record, String> {
        let map = if map.is_empty() {
            FieldMap::default()
        } else {
            map.parse().unwrap()
        };
        record_from_value(serde_json::from_str(json).unwrap(), &map)
    }

    #[test]
    fn values_are_coerced_where_the_meaning_is_clear() {
        let r = record(
            r#"{"name": 1984, "text": ["Para one.", "Para two."],
                "authors": [{"name": "A. Writer"}, "B. Writer"], "source": {"id": "x", "name": "Wire"},
                "pubDate": 1557828000, "link": {"href": "https://example.com/a"}}"#,
            "",
        )
        .unwrap();
        assert_eq!(r.headline.as_deref(), Some("1984"));
        assert_eq!(r.body, "Para one.\n\nPara two.");
        assert_eq!(r.author.as_deref(), Some("A. Writer, B. Writer"));
        assert_eq!(r.site.as_deref(), Some("Wire"));
        assert_eq!(r.date.as_deref(), Some("2019-05-14T10:00:00Z"));
        assert_eq!(r.url.as_deref(), Some("https://example.com/a"));
        // Milliseconds too, and a bare year is left for the date parser to judge.
        let r = record(r#"{"text": "b", "date": 1557828000000}"#, "").unwrap();
        assert_eq!(r.date.as_deref(), Some("2019-05-14T10:00:00Z"));
        let r = record(r#"{"text": "b", "date": 2019}"#, "").unwrap();
        assert_eq!(r.date.as_deref(), Some("2019"));
    }

    #[test]
    fn best_guess_and_user_map() {
        let json = r#"{"headline": "H", "title": "T", "content": "C", "text": "X",
                       "meta": {"published": "2019-05-14"}, "published": "2001-01-01"}"#;
        let r = record(json, "").unwrap();
        assert_eq!((r.headline.as_deref(), r.body.as_str()), (Some("T"), "X"));
        assert_eq!(r.date.as_deref(), Some("2001-01-01"));
        let r = record(json, "title=headline,body=content,date=meta.published").unwrap();
        assert_eq!((r.headline.as_deref(), r.body.as_str()), (Some("H"), "C"));
        assert_eq!(r.date.as_deref(), Some("2019-05-14"));
        let r = record(
            r#"{"a": {"b": [{"c": "deep"}]}, "text": "x"}"#,
            "title=a.b.0.c",
        )
        .unwrap();
        assert_eq!(r.headline.as_deref(), Some("deep"));
        assert_eq!(
            record(r#"{"text": "x"}"#, "body=story").unwrap_err(),
            "no body (field `story` missing or empty)"
        );
    }

    #[test]
    fn wrong_types_are_reported() {
        let cases: &[(&str, &str)] = &[
            (
                r#"{"text": 5, "title": [true]}"#,
                "field `title`: expected text, found a list of booleans",
            ),
            (
                r#"{"text": [["nested"]]}"#,
                "field `text`: expected text, found a list of arrays",
            ),
            (
                r#"{"text": [{"p": "x"}]}"#,
                "field `text`: expected text, found a list of objects",
            ),
            (
                r#"{"text": "x", "url": {"rel": "self"}}"#,
                "field `url`: expected text, found an object",
            ),
            (r#"{"text": "   "}"#, "no body (looked for"),
            ("3", "expected a JSON object, found number"),
        ];
        for (json, want) in cases {
            let err = record(json, "").unwrap_err();
            assert!(err.starts_with(want), "{json}: {err}");
        }
        // A number as body is text enough; an author object without a name is just no author.
        let r = record(r#"{"text": 5, "author": {"id": 3}}"#, "").unwrap();
        assert_eq!((r.body.as_str(), r.author), ("5", None));
    }
}
