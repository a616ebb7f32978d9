//! `newsdex extract --json`: the contract evaluation tools rely on, on real text.

use crate::util::{json_lines, newsdex, seed, shared, text, TestDir};

/// Every line has the documented fields with the documented types, and each quote's offsets
/// point at its text in the body.
fn assert_contract(line: &serde_json::Value) {
    assert!(line["source"].is_string(), "{line}");
    assert!(line["headline"].is_string() || line["headline"].is_null());
    let date = &line["date"];
    assert!(
        date.is_null()
            || date
                .as_str()
                .is_some_and(|d| d.len() == 10 && &d[4..5] == "-"),
        "{date}"
    );
    let body = line["body"]
        .as_str()
        .unwrap_or_else(|| panic!("body: {line}"));
    for q in line["quotes"]
        .as_array()
        .unwrap_or_else(|| panic!("quotes: {line}"))
    {
        let (start, end) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(body.get(start..end), q["text"].as_str(), "offsets of {q}");
        assert!(q["partial"].is_boolean());
        assert!(q["speaker"].is_string() || q["speaker"].is_null());
        assert!(q["speaker_mention"].is_string() || q["speaker_mention"].is_null());
    }
}

#[test]
fn seed_follows_the_contract() {
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(seed())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1);
    assert_contract(&lines[0]);
    assert_eq!(lines[0]["source"], seed().to_string_lossy().as_ref());
}

#[test]
fn bbc_sample_headline_is_the_first_line() {
    let root = shared().join("corpora/bbc-news/bbc");
    let t = TestDir::new();
    let mut files = Vec::new();
    for category in ["business", "entertainment", "politics", "sport", "tech"] {
        for n in ["001", "050", "100"] {
            let from = root.join(category).join(format!("{n}.txt"));
            files.push(t.copy(&from, &format!("{category}-{n}.txt")));
        }
    }
    // The one BBC file with a raw Latin-1 byte must be read, not dropped.
    files.push(t.copy(&root.join("sport/199.txt"), "sport-199.txt"));
    let out = newsdex()
        .args(["extract", "--json"])
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), files.len());
    for (line, file) in lines.iter().zip(&files) {
        assert_contract(line);
        let raw = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
        let first = raw.lines().next().unwrap_or_default().trim().to_string();
        assert_eq!(
            line["headline"].as_str(),
            Some(first.as_str()),
            "{}",
            file.display()
        );
        let body = line["body"].as_str().unwrap_or_default();
        assert!(
            !body.starts_with(&first),
            "headline left in body: {}",
            file.display()
        );
        assert!(line["date"].is_null(), "BBC files carry no date: {line}");
    }
    let pound = lines
        .last()
        .and_then(|l| l["body"].as_str())
        .unwrap_or_default();
    assert!(pound.contains('£'), "Latin-1 £ not decoded");
}

/// The issue-2 acceptance expectations on the seed article.
#[test]
fn seed_headline_date_body_and_quotes() {
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(seed())
        .output()
        .unwrap();
    let a = &json_lines(&out.stdout)[0];
    assert_eq!(
        a["headline"],
        "Pompeo meets Lavrov amid hope for improved US-Russia ties"
    );
    assert_eq!(
        a["date"], "2019-05-15",
        "15 May 2019, not the crawl date 22 July 2019"
    );
    let body = a["body"].as_str().unwrap_or_default();
    assert!(
        body.starts_with("Meeting with Russian Foreign Minister Sergei Lavrov"),
        "{body}"
    );
    assert!(!body.contains("Latest news"));
    assert!(
        !body.contains("Pompeo meets Lavrov amid hope"),
        "headline copy left in body"
    );
    assert!(
        body.ends_with("prompted U.S. sanctions."),
        "last paragraph kept"
    );

    let quotes = a["quotes"].as_array().cloned().unwrap_or_default();
    let find = |start: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().is_some_and(|t| t.starts_with(start)))
            .unwrap_or_else(|| panic!("no quote starting {start:?} in {quotes:#?}"))
    };
    for (start, speaker, partial) in [
        ("I've formed the impression", "Putin", false),
        (
            "Despite the exotic nature of Mr Mueller's commission",
            "Putin",
            false,
        ),
        ("I hope that reason will triumph", "Sergei Lavrov", false),
        (
            "We are looking for Iran to behave like a normal country",
            "Mike Pompeo",
            false,
        ),
        ("We share the same threat assessment", "Mike Pompeo", false),
        ("truly overlapping interests", "Mike Pompeo", true),
        ("we are concerned about the development", "Maas", true),
    ] {
        let q = find(start);
        assert_eq!(q["speaker"], speaker, "{start}");
        if partial {
            assert_eq!(q["partial"], true, "{start} is woven into a sentence");
        }
    }
    assert_eq!(
        find("We share the same threat assessment")["speaker_mention"],
        "he"
    );
    assert_eq!(
        find("I hope that reason will triumph")["speaker_mention"],
        "Lavrov"
    );
    let unattributed = find("If Russia engaged in that in 2020");
    assert_ne!(
        unattributed["speaker"], "Putin",
        "no attribution in the text"
    );
    for scare in ["Kremlin agent", "meddling"] {
        assert!(
            quotes.iter().all(|q| q["text"] != scare),
            "scare quote {scare:?} taken for speech"
        );
    }
}

/// HTML pages reach the HTML reader by extension or by their opening, whatever the extension:
/// the headline comes from the markup, and no tag reaches the body.
#[test]
fn html_pages_by_extension_or_content() {
    let t = TestDir::new();
    let page = "<!DOCTYPE html><html><head><title>Bridge closed | Example News</title>\
        <meta property=\"og:site_name\" content=\"Example News\">\
        <meta property=\"article:published_time\" content=\"2019-05-15T08:00:00Z\"></head>\
        <body><nav><a href=\"/\">Home</a></nav><article><h1>Bridge closed</h1>\
        <p>The council voted on Tuesday to close the old bridge to cars after engineers found \
        cracks in two of its piers, a decision that will reroute thousands of drivers.</p>\
        <p>\"We had no choice,\" said the mayor, who promised a replacement within three years, \
        funded by the state and the city together.</p></article></body></html>";
    for name in ["a.html", "b.HTM", "c.xhtml", "d.txt", "e"] {
        t.write(name, page);
    }
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(t.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 5);
    for line in &lines {
        assert_contract(line);
        assert_eq!(line["headline"], "Bridge closed", "{line}");
        assert_eq!(line["date"], "2019-05-15", "{line}");
        let body = line["body"].as_str().unwrap();
        assert!(
            body.starts_with("The council voted") && !body.contains('<'),
            "{body}"
        );
    }
}
