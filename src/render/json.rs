//! JSON Lines output: one object per line, jq-friendly.
//!
//! # The `extract --json` contract
//!
//! Evaluation tools depend on this; fields may be added, never removed or changed:
//!
//! ```text
//! {"source":   string   the path as given, plus "#N" for the Nth record of a multi-record file
//!                       (JSON Lines, JSON array, CSV), "#ID" for an SGML record (DOCNO, NEWID)
//!  "headline": string | null
//!  "date":     "YYYY-MM-DD" | null     publication date (never the crawl date)
//!  "body":     string   the article's paragraphs separated by "\n\n"
//!  "quotes": [{"text":            string   the quoted words without the quote marks
//!              "speaker":         string | null   canonical name (fullest form in the article)
//!              "speaker_mention": string | null   the words naming the speaker ("he", "Lavrov")
//!              "partial":         bool     a fragment woven into the writer's sentence
//!              "start", "end":    int      UTF-8 byte offsets of `text` in `body`
//!              "role":            string | null   the speaker's title in the article, if given}]}
//! ```
//!
//! Search hits (`search --json`) carry `rank, score, date, headline, source, copies, snippet`
//! where `snippet` marks matched terms with `<b>…</b>` and `copies` lists the sources of
//! near-identical articles grouped under the hit; quote hits (`quotes --json`) carry
//! `rank, score, speaker, speaker_mention, role, quote, partial, date, headline, source`; speakers
//! (`speakers --json`) carry `rank, speaker, quotes, first, last, aliases`. With `--facet`, each
//! facet follows the hits as one line `{"facet": NAME, "counts": [{"value", "count"}]}`; a
//! query that matched nothing may be followed by `{"did_you_mean": QUERY}`.

use std::io::{self, Write};

use serde::Serialize;

use crate::article::Article;
use crate::query::show::IndexStats;
use crate::query::speakers::SpeakerCount;
use crate::query::{ArticleHit, ArticleResults, FacetCounts, QuoteHit, QuoteResults};

/// Writes one article as a line of the `extract --json` contract.
pub fn article(w: &mut dyn Write, article: &Article) -> io::Result<()> {
    line(w, article)
}

/// Writes article hits, one per line, matches wrapped in `<b>`, then one line per facet.
pub fn article_results(w: &mut dyn Write, results: &ArticleResults) -> io::Result<()> {
    article_hits(w, &results.hits)?;
    facets(w, &results.facets)?;
    did_you_mean(w, results.did_you_mean.as_deref())
}

/// Writes quote hits, one per line, then one line per facet.
pub fn quote_results(w: &mut dyn Write, results: &QuoteResults) -> io::Result<()> {
    quote_hits(w, &results.hits)?;
    facets(w, &results.facets)?;
    did_you_mean(w, results.did_you_mean.as_deref())
}

/// When nothing matched and a correction exists: `{"did_you_mean": "corrected query"}`.
fn did_you_mean(w: &mut dyn Write, suggestion: Option<&str>) -> io::Result<()> {
    match suggestion {
        Some(q) => line(w, &serde_json::json!({ "did_you_mean": q })),
        None => Ok(()),
    }
}

/// Writes index statistics as one line.
pub fn stats(w: &mut dyn Write, stats: &IndexStats) -> io::Result<()> {
    line(w, stats)
}

/// Writes ranked speakers, one per line.
pub fn speakers(w: &mut dyn Write, speakers: &[SpeakerCount]) -> io::Result<()> {
    speakers.iter().try_for_each(|s| line(w, s))
}

/// One line per facet: `{"facet": "speaker", "counts": [{"value": ..., "count": ...}]}`.
fn facets(w: &mut dyn Write, facets: &[FacetCounts]) -> io::Result<()> {
    facets.iter().try_for_each(|f| line(w, f))
}

/// Writes article hits, one per line, matches wrapped in `<b>`.
pub fn article_hits(w: &mut dyn Write, hits: &[ArticleHit]) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        #[serde(flatten)]
        hit: &'a ArticleHit,
        snippet: String,
    }
    for hit in hits {
        line(
            w,
            &Line {
                hit,
                snippet: hit.snippet.marked("<b>", "</b>"),
            },
        )?;
    }
    Ok(())
}

/// Writes quote hits, one per line.
pub fn quote_hits(w: &mut dyn Write, hits: &[QuoteHit]) -> io::Result<()> {
    hits.iter().try_for_each(|hit| line(w, hit))
}

fn line<T: Serialize>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::Quote;

    #[test]
    fn extract_contract_has_every_field_in_its_documented_shape() {
        let a = Article {
            source: "a.txt#2".into(),
            headline: Some("Talks resume".into()),
            date: chrono::NaiveDate::from_ymd_opt(2019, 5, 15),
            body: "\"Yes,\" he said.".into(),
            quotes: vec![Quote {
                text: "Yes,".into(),
                speaker: None,
                speaker_mention: Some("he".into()),
                partial: false,
                start: 1,
                end: 5,
                role: None,
            }],
        };
        let mut out = Vec::new();
        article(&mut out, &a).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with('\n') && text.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["source"], "a.txt#2");
        assert_eq!(v["headline"], "Talks resume");
        assert_eq!(v["date"], "2019-05-15");
        assert_eq!(v["body"], "\"Yes,\" he said.");
        let q = &v["quotes"][0];
        assert_eq!(q["text"], "Yes,");
        assert!(q["speaker"].is_null());
        assert_eq!(q["speaker_mention"], "he");
        assert_eq!(q["partial"], false);
        assert_eq!((q["start"].as_u64(), q["end"].as_u64()), (Some(1), Some(5)));
    }
}
