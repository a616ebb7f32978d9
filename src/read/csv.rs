//! CSV and TSV with a header row → `Record`s, one per row, sources `path#1`, `path#2`... by data
//! row. Columns are matched to fields once, from the header (the user's `--map` names, else the
//! common names in `fields`). Quoted fields may span lines (scraped article text does). A row
//! whose field count differs from the header's, or without a body, is reported with the line it
//! starts on; the next row is read.

use ::csv::{ByteRecord, ReaderBuilder, Trim};

use super::fields::{guess, Field, FieldMap};
use super::stream::Stream;
use super::{decode_bytes, Emit, Record};
use crate::error::{ReadError, RecordAt};

/// Reads delimited records from `stream`.
pub(super) fn read(stream: Stream, delimiter: u8, emit: &mut Emit) -> Result<(), ReadError> {
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        // Field counts are checked here, so a ragged row is a per-row report with our wording
        // rather than the csv crate's error.
        .flexible(true)
        // TSV as written by most tools (and by IANA's definition) has no quoting: a body that
        // opens with a quotation mark must not swallow the rows after it.
        .quoting(delimiter != b'\t')
        .trim(Trim::None)
        .from_reader(stream);
    let header = reader.byte_headers().map_err(|e| fail(emit, e))?.clone();
    let names: Vec<String> = header
        .iter()
        .map(|h| decode_bytes(h).trim().to_string())
        .collect();
    let columns = Columns::find(&names, emit.map)
        .map_err(|reason| emit.input.bad(RecordAt::Line(1), reason))?;
    let mut row = ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut row) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) if e.is_io_error() => return Err(fail(emit, e)),
            // The csv parser accepts almost anything; what it rejects is one row's problem.
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                emit.next_number();
                emit.bad(RecordAt::Line(line), e.to_string());
                continue;
            }
        }
        let at = RecordAt::Line(row.position().map_or(0, |p| p.line()));
        let n = emit.next_number();
        let record = if row.len() != names.len() {
            Err(format!(
                "row has {} fields, the header has {}",
                row.len(),
                names.len()
            ))
        } else {
            columns.record(&row)
        };
        emit.record(at, Some(n.to_string()), record);
    }
}

/// The column index of each field, if the header has one.
struct Columns {
    index: [Option<usize>; 6],
    body_name: String,
}

impl Columns {
    /// Matches the header to fields. Errs when no column can be the body: every row would fail.
    fn find(names: &[String], map: &FieldMap) -> Result<Columns, String> {
        let mut index = [None; 6];
        let mut rank = [u8::MAX; 6];
        for field in Field::ALL {
            if let Some(want) = map.get(field) {
                // Exact name first, then ignoring case.
                index[field as usize] = names
                    .iter()
                    .position(|n| n == want)
                    .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case(want)));
            }
        }
        for (i, name) in names.iter().enumerate() {
            if let Some((field, r)) = guess(name) {
                let f = field as usize;
                if map.get(field).is_none() && r < rank[f] {
                    (index[f], rank[f]) = (Some(i), r);
                }
            }
        }
        let body = index[Field::Body as usize].ok_or_else(|| match map.get(Field::Body) {
            Some(want) => format!("no column `{want}` for the body"),
            None => format!(
                "no body column (looked for {}; name it with --map body=COLUMN)",
                Field::Body.guesses()
            ),
        })?;
        Ok(Columns {
            index,
            body_name: names[body].clone(),
        })
    }

    fn record(&self, row: &ByteRecord) -> Result<Record, String> {
        let text = |field: Field| {
            let value = row.get(self.index[field as usize]?)?;
            let value = decode_bytes(value);
            let value = value.trim();
            (!value.is_empty()).then(|| value.to_string())
        };
        let body = text(Field::Body)
            .ok_or_else(|| format!("no body (column `{}` is empty)", self.body_name))?;
        Ok(Record {
            headline: text(Field::Headline),
            date: text(Field::Date),
            body,
            url: text(Field::Url),
            author: text(Field::Author),
            site: text(Field::Site),
        })
    }
}

fn fail(emit: &Emit, e: ::csv::Error) -> ReadError {
    match e.into_kind() {
        ::csv::ErrorKind::Io(io) => emit.input.fail(io),
        other => emit.input.bad(RecordAt::Line(1), format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use crate::read::testutil::{outline, pair as s, Outline};

    #[test]
    fn rows_become_records() {
        let cases: Vec<(&str, &[u8], &str, Outline)> = vec![
            (
                "a.csv",
                // A quoted body spanning lines; the crawl time is no date.
                b"title,text,scraped_at\nOne,\"Body, with comma\nand a newline\",2018-01-01\nTwo,Body two,x\n",
                "",
                vec![s("a.csv#1", "One"), s("a.csv#2", "Two")],
            ),
            (
                "ragged.csv",
                b"title,text\nOne,Body\nTwo,Body,extra\nThree\nFour,Body four\n",
                "",
                vec![
                    s("ragged.csv#1", "One"),
                    s("ragged.csv:3", "bad record: row has 3 fields, the header has 2"),
                    s("ragged.csv:4", "bad record: row has 1 fields, the header has 2"),
                    s("ragged.csv#4", "Four"),
                ],
            ),
            (
                "empty-body.csv",
                b"headline,content\nOne,\nTwo,Body\n",
                "",
                vec![
                    s("empty-body.csv:2", "bad record: no body (column `content` is empty)"),
                    s("empty-body.csv#2", "Two"),
                ],
            ),
            (
                "mapped.csv",
                b"T,Story,title\nOne,Body,Not this\n",
                "title=t,body=Story",
                vec![s("mapped.csv#1", "One")],
            ),
            (
                "a.tsv",
                b"title\ttext\n\"Quoted\" start\t\"Hi,\" he said.\nTwo\tBody\n",
                "",
                vec![s("a.tsv#1", "\"Quoted\" start"), s("a.tsv#2", "Two")],
            ),
            ("latin1.csv", b"title,text\nCaf\xe9,Body\n", "", vec![s("latin1.csv#1", "Caf\u{e9}")]),
            ("bom.csv", b"\xef\xbb\xbftitle,text\nOne,Body\n", "", vec![s("bom.csv#1", "One")]),
            ("header-only.csv", b"title,text\n", "", vec![s("header-only.csv", "empty file")]),
            (
                "nobody.csv",
                b"title,summary\nOne,Two\nThree,Four\n",
                "",
                vec![s(
                    "nobody.csv:1",
                    "bad record: no body column (looked for text, body, content, articleBody, \
                     article, maintext; name it with --map body=COLUMN)",
                )],
            ),
        ];
        for (name, text, map, want) in cases {
            assert_eq!(outline(name, text, map), want, "{name}");
        }
    }

    #[test]
    fn fakenews_sample_titles_are_the_title_column() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpora/fakenewscorpus-sample/news_sample.csv"
        );
        let docs = crate::read::read_all(std::path::Path::new(path)).unwrap();
        assert_eq!(docs.len(), 250);
        let mut titles = 0;
        for (i, doc) in docs.iter().enumerate() {
            let doc = doc
                .as_ref()
                .unwrap_or_else(|e| panic!("row {}: {e}", i + 1));
            assert_eq!(doc.source, format!("{path}#{}", i + 1));
            let crate::read::Content::Record(r) = &doc.content else {
                panic!("not a record")
            };
            // `scraped_at` is the crawl time, and the corpus has no publication date.
            assert_eq!(r.date, None);
            assert!(!r.body.is_empty());
            titles += usize::from(r.headline.is_some());
        }
        assert!(titles > 200, "{titles} titles");
        let crate::read::Content::Record(first) = &docs[0].as_ref().unwrap().content else {
            panic!("not a record")
        };
        assert_eq!(
            first.headline.as_deref(),
            Some("Church Congregation Brings Gift to Waitresses Working on Christmas Eve, Has Them Crying (video)")
        );
        assert_eq!(first.site.as_deref(), Some("awm.com"));
    }
}
