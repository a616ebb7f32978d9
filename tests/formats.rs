//! Structured formats through the real binary: JSON Lines, JSON arrays, CSV, SGML and gzip are
//! read record by record with `file#N` / `file#DOCNO` sources, and a bad record is reported by
//! file and line while the rest of its file is extracted and indexed (exit code 2).

use std::io::Write;

use crate::util::{json_lines, newsdex, text, TestDir};

const JSONL: &str = r#"{"title": "Harbour talks resume", "text": "The harbour authority said talks would resume."}
{"headline": "Dock strike ends", "content": "Dock workers voted to end the strike.", "date": "2019-05-14"}
"#;

const CSV: &str = "title,text,scraped_at\n\
Ferry fares rise,\"Fares rise on Monday.\n\nThe operator said fuel costs.\",2018-01-01\n\
Bridge reopens,The bridge reopened after repairs.,2018-01-02\n";

const SGML: &str = "<DOC>\n<DOCNO> WIRE-7 </DOCNO>\n<HEADLINE>Port expands</HEADLINE>\n\
<TEXT>\nThe port will expand its container terminal.\n</TEXT>\n</DOC>\n";

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// (source relative to the temp dir, headline) for each `extract --json` line.
fn sources_and_headlines(t: &TestDir, stdout: &[u8]) -> Vec<(String, String)> {
    let prefix = format!("{}/", t.path().display());
    json_lines(stdout)
        .iter()
        .map(|l| {
            let source = l["source"]
                .as_str()
                .unwrap_or_default()
                .replace(&prefix, "");
            (
                source,
                l["headline"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn extract_reads_every_format_record_by_record() {
    let t = TestDir::new();
    t.write("in/a.jsonl", JSONL);
    t.write("in/b.csv", CSV);
    t.write("in/c.sgml", SGML);
    t.write(
        "in/d.json",
        r#"[{"name": "Tanker docks", "articleBody": "A tanker docked at dawn."}]"#,
    );
    t.write("in/e.jsonl.gz", gzip(JSONL.as_bytes()));
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(t.path().join("in"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let got = sources_and_headlines(&t, &out.stdout);
    let want = [
        ("in/a.jsonl#1", "Harbour talks resume"),
        ("in/a.jsonl#2", "Dock strike ends"),
        ("in/b.csv#1", "Ferry fares rise"),
        ("in/b.csv#2", "Bridge reopens"),
        ("in/c.sgml#WIRE-7", "Port expands"),
        ("in/d.json#1", "Tanker docks"),
        ("in/e.jsonl.gz#1", "Harbour talks resume"),
        ("in/e.jsonl.gz#2", "Dock strike ends"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(s, h)| (s.to_string(), h.to_string()))
        .collect();
    assert_eq!(got, want);
    let lines = json_lines(&out.stdout);
    assert_eq!(lines[1]["date"], "2019-05-14");
    assert_eq!(
        lines[2]["body"],
        "Fares rise on Monday.\n\nThe operator said fuel costs."
    );
    // The crawl time is not a publication date.
    assert!(lines[2]["date"].is_null());
}

#[test]
fn map_flag_names_the_fields() {
    let t = TestDir::new();
    let file = t.write(
        "feed.jsonl",
        "{\"hed\": \"Harbour talks resume\", \"story\": {\"text\": \"Talks resume.\"}, \"title\": \"no\"}\n",
    );
    let out = newsdex()
        .args([
            "extract",
            "--json",
            "--map",
            "title=hed",
            "--map",
            "body=story.text",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines[0]["headline"], "Harbour talks resume");
    assert_eq!(lines[0]["body"], "Talks resume.");

    let out = newsdex()
        .args(["extract", "--map", "colour=red"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown field `colour`"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn extract_names_file_and_line_of_bad_records() {
    let t = TestDir::new();
    let file = t.write(
        "broken.jsonl",
        format!("{JSONL}{{\"title\": \"cut\n{{\"title\": \"Last\", \"text\": \"Body.\"}}\n"),
    );
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:3: bad record: invalid JSON", file.display())),
        "{stderr}"
    );
    let got = sources_and_headlines(&t, &out.stdout);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2], ("broken.jsonl#4".to_string(), "Last".to_string()));
}

#[test]
fn index_reports_bad_records_and_indexes_the_rest() {
    let t = TestDir::new();
    let corpus = t.path().join("corpus");
    t.write(
        "corpus/feed.jsonl",
        format!("{JSONL}not json at all\n{{\"title\": \"No body here\"}}\n"),
    );
    t.write(
        "corpus/rows.csv",
        format!("{CSV}Ragged,row,with,too many fields\n"),
    );
    t.write(
        "corpus/wire.sgml",
        format!("{SGML}<DOC>\n<DOCNO> WIRE-8 </DOCNO>\n<TEXT>\nCranes arrive at the port."),
    );
    let out = t.index(&corpus);
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{stdout}\n{}",
        text(&out.stderr)
    );
    // 2 JSON lines + 2 CSV rows + 2 SGML docs (the unclosed one still has its text).
    assert!(stdout.contains("indexed 6 articles"), "{stdout}");
    for (at, reason) in [
        ("feed.jsonl:3", "invalid JSON"),
        ("feed.jsonl:4", "no body"),
        ("rows.csv:6", "row has 4 fields, the header has 3"),
        ("wire.sgml#WIRE-8", "<DOC> not closed"),
    ] {
        let line = stdout
            .lines()
            .find(|l| l.contains(at))
            .unwrap_or_else(|| panic!("{at} not reported:\n{stdout}"));
        assert!(line.contains(reason), "{at}: {line}");
    }
    let hits = t.json("search", "cranes");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0]["source"]
        .as_str()
        .unwrap_or_default()
        .ends_with("wire.sgml#WIRE-8"));
    assert_eq!(t.json("search", "harbour").len(), 1);
}
