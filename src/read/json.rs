//! JSON Lines and JSON documents → `Record`s. Each object's fields are found by the names in
//! `fields` (or the user's `--map`); values of other types are coerced where the meaning is clear
//! (a number as a title, a list of paragraphs as a body, `{"name": ..}` as an author) and reported
//! otherwise. A bad line is reported with its line number and the next line is read.

use std::fmt;
use std::io::{Cursor, Read};

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::fields::{guess, Field};
use super::json_record::record_from_value;
use super::stream::{read_until_capped, Stream};
use super::{decode_bytes, Emit, MAX_FILE_BYTES};
use crate::error::{ReadError, RecordAt};

/// A JSON document up to this size is read into memory and parsed from the slice, several times
/// faster than serde_json's reader; larger ones (a 2 GB array) stream.
const SLICE_LIMIT: usize = 64 * 1024 * 1024;

/// Reads JSON Lines: one object a line, blank lines skipped, records numbered `#1`, `#2`... by
/// non-blank line so that fixing a bad line does not renumber the others.
pub(super) fn read_lines(mut stream: Stream, emit: &mut Emit) -> Result<(), ReadError> {
    let mut line = Vec::with_capacity(64 * 1024);
    let mut line_no = 0u64;
    loop {
        line.clear();
        // A line longer than a whole article file is not a news record: dropped, not buffered.
        let (used, dropped) =
            read_until_capped(&mut stream, b'\n', &mut line, MAX_FILE_BYTES as usize)
                .map_err(|e| emit.input.fail(e))?;
        if used == 0 {
            return Ok(());
        }
        line_no += 1;
        let at = RecordAt::Line(line_no);
        let bytes = super::sniff::strip_bom(line.trim_ascii());
        if bytes.is_empty() {
            continue;
        }
        let n = emit.next_number();
        if dropped {
            emit.bad(at, format!("line longer than {MAX_FILE_BYTES} bytes"));
            continue;
        }
        // Invalid UTF-8 in a line is a legacy encoding, not a reason to lose the record.
        let parsed = match std::str::from_utf8(bytes) {
            Ok(text) => serde_json::from_str::<Value>(text),
            Err(_) => serde_json::from_str::<Value>(&decode_bytes(bytes)),
        };
        match parsed {
            Ok(value) => emit.record(at, Some(n.to_string()), record_from_value(value, emit.map)),
            Err(e) => emit.bad(
                at,
                format!("invalid JSON at column {}: {}", e.column(), message(&e)),
            ),
        }
    }
}

/// Reads one JSON document: an object is one record (unless it has no body and wraps one array
/// of objects, as news APIs return `{"status": .., "articles": [..]}`: then those are the
/// records); an array is streamed element by element, records `#1`, `#2`... A syntax error ends
/// the file (JSON cannot be resynchronised), after the records before it were handed on.
pub(super) fn read_document(mut stream: Stream, emit: &mut Emit) -> Result<(), ReadError> {
    let mut buf = Vec::new();
    (&mut stream)
        .take(SLICE_LIMIT as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| emit.input.fail(e))?;
    let bom = if buf.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let result = if buf.len() <= SLICE_LIMIT {
        let mut de = serde_json::Deserializer::from_slice(&buf[bom..]);
        de.deserialize_any(&mut *emit).and_then(|()| de.end())
    } else {
        let mut head = Cursor::new(buf);
        head.set_position(bom as u64);
        let mut de = serde_json::Deserializer::from_reader(head.chain(stream));
        de.deserialize_any(&mut *emit).and_then(|()| de.end())
    };
    result.map_err(|e| match e.classify() {
        serde_json::error::Category::Io => emit.input.fail(e.into()),
        _ => emit.input.bad(
            RecordAt::Line(e.line() as u64),
            format!("invalid JSON at column {}: {}", e.column(), message(&e)),
        ),
    })
}

/// serde_json's message without its " at line L column C" (we say where ourselves).
fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rsplit_once(" at line ") {
        Some((msg, _)) => msg.to_string(),
        None => full,
    }
}

impl<'de> Visitor<'de> for &mut Emit<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object or an array of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(value) = seq.next_element::<Value>()? {
            self.element(value);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let value = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        match wrapped_records(value) {
            Ok(items) => items.into_iter().for_each(|v| self.element(v)),
            Err(value) => {
                let record = record_from_value(value, self.map);
                self.record(RecordAt::Id("1".to_string()), None, record);
            }
        }
        Ok(())
    }
}

impl Emit<'_> {
    /// The next element of an array of records: source and locator `#N`.
    fn element(&mut self, value: Value) {
        let n = self.next_number().to_string();
        let record = record_from_value(value, self.map);
        self.record(RecordAt::Id(n.clone()), Some(n), record);
    }
}

/// The records of a wrapper object: its one array field, when every element is an object and
/// the wrapper itself has nothing that looks like a body. Gives the value back otherwise.
fn wrapped_records(value: Value) -> Result<Vec<Value>, Value> {
    let Value::Object(obj) = value else {
        return Err(value);
    };
    let has_body = obj
        .keys()
        .any(|k| guess(k).is_some_and(|(f, _)| f == Field::Body));
    let mut arrays = obj.iter().filter(|(_, v)| {
        v.as_array()
            .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_object))
    });
    let key = match (arrays.next(), arrays.next()) {
        (Some((key, _)), None) if !has_body => key.clone(),
        _ => return Err(Value::Object(obj)),
    };
    let mut obj = obj;
    match obj.remove(&key) {
        Some(Value::Array(items)) => Ok(items),
        _ => Err(Value::Object(obj)),
    }
}

#[cfg(test)]
mod tests {
    use crate::read::testutil::{outline, pair as s, Outline};

    #[test]
    fn json_files() {
        let cases: Vec<(&str, &[u8], &str, Outline)> = vec![
            (
                "a.jsonl",
                b"{\"title\":\"One\",\"text\":\"Body\"}\n\n{\"title\":\"Two\",\"text\":\"Body\"}\n",
                "",
                vec![s("a.jsonl#1", "One"), s("a.jsonl#2", "Two")],
            ),
            (
                // Regression: one broken line is reported by its line number; the rest is read.
                "broken.jsonl",
                b"{\"title\":\"One\",\"text\":\"Body\"}\n{\"title\": \"Two\", \"text\n{\"title\":\"Three\",\"text\":\"Body\"}\n",
                "",
                vec![
                    s("broken.jsonl#1", "One"),
                    s(
                        "broken.jsonl:2",
                        "bad record: invalid JSON at column 22: EOF while parsing a string",
                    ),
                    s("broken.jsonl#3", "Three"),
                ],
            ),
            (
                "types.jsonl",
                b"[1,2]\n{\"title\":\"T\",\"text\":{\"p\":1}}\n{\"title\":\"No body\"}\n{\"title\":true,\"text\":\"B\"}\n",
                "",
                vec![
                    s("types.jsonl:1", "bad record: expected a JSON object, found array"),
                    s("types.jsonl:2", "bad record: field `text`: expected text, found an object"),
                    s(
                        "types.jsonl:3",
                        "bad record: no body (looked for text, body, content, articleBody, article, \
                         maintext; name it with --map body=FIELD)",
                    ),
                    s("types.jsonl:4", "bad record: field `title`: expected text, found a boolean"),
                ],
            ),
            (
                "latin1.jsonl",
                b"{\"title\":\"Caf\xe9\",\"text\":\"Body\"}\n",
                "",
                vec![s("latin1.jsonl#1", "Caf\u{e9}")],
            ),
            (
                "mapped.jsonl",
                b"{\"myTitle\":\"Mine\",\"title\":\"Not this\",\"story\":{\"text\":\"Body\"}}\n",
                "title=myTitle,body=story.text",
                vec![s("mapped.jsonl#1", "Mine")],
            ),
            (
                "one.json",
                b"{\n  \"headline\": \"Single\",\n  \"articleBody\": \"Body\"\n}\n",
                "",
                vec![s("one.json", "Single")],
            ),
            (
                "array.json",
                b"\xef\xbb\xbf[\n {\"title\": \"A\", \"body\": \"x\"},\n {\"title\": \"B\"},\n {\"title\": \"C\", \"body\": \"z\"}\n]",
                "",
                vec![
                    s("array.json#1", "A"),
                    s("array.json#2", "bad record: no body (looked for text, body, content, articleBody, article, maintext; name it with --map body=FIELD)"),
                    s("array.json#3", "C"),
                ],
            ),
            (
                // A news API response: the records are the one array of objects.
                "api.json",
                b"{\"status\": \"ok\", \"totalResults\": 2, \"articles\": [\n{\"title\": \"A\", \"content\": \"x\"},\n{\"title\": \"B\", \"content\": \"y\"}]}",
                "",
                vec![s("api.json#1", "A"), s("api.json#2", "B")],
            ),
            (
                "cut.json",
                b"[{\"title\": \"A\", \"body\": \"x\"},\n {\"title\": \"B\", \"bo",
                "",
                vec![
                    s("cut.json#1", "A"),
                    s("cut.json:2", "bad record: invalid JSON at column 19: EOF while parsing a string"),
                ],
            ),
            ("scalar.json", b"\"just a string\"", "", vec![s("scalar.json:1", "bad record: invalid JSON at column 15: invalid type: string \"just a string\", expected a JSON object or an array of objects")]),
            ("blank.jsonl", b"\n\n  \n", "", vec![s("blank.jsonl", "empty file")]),
        ];
        for (name, text, map, want) in cases {
            assert_eq!(outline(name, text, map), want, "{name}");
        }
    }

    #[test]
    fn a_10_mb_line_is_read_not_hung() {
        let mut line = b"{\"title\":\"Long\",\"text\":\"".to_vec();
        line.extend(std::iter::repeat_n(b'w', 10 * 1024 * 1024));
        line.extend(b"\"}");
        assert_eq!(
            outline("long.jsonl", &line, ""),
            vec![s("long.jsonl#1", "Long")]
        );
    }
}
