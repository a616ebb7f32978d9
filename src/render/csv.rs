//! Hits → CSV with a header row, one hit per row, for spreadsheets. Snippets are plain text
//! (no highlighting); lists (copies, aliases) are joined with `; `.

use std::io::{self, Write};

use crate::query::speakers::SpeakerCount;
use crate::query::{ArticleHit, QuoteHit};

fn writer(w: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::Writer::from_writer(w)
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn done(mut w: csv::Writer<&mut dyn Write>) -> io::Result<()> {
    w.flush()
}

/// `rank,score,date,headline,source,copies,snippet`
pub fn article_hits(w: &mut dyn Write, hits: &[ArticleHit]) -> io::Result<()> {
    let mut out = writer(w);
    out.write_record([
        "rank", "score", "date", "headline", "source", "copies", "snippet",
    ])?;
    for h in hits {
        out.write_record([
            h.rank.to_string(),
            format!("{:.4}", h.score),
            date(h.date),
            h.headline.clone().unwrap_or_default(),
            h.source.clone(),
            h.copies.join("; "),
            h.snippet.marked("", ""),
        ])?;
    }
    done(out)
}

/// `rank,score,speaker,speaker_mention,role,quote,partial,date,headline,source`
pub fn quote_hits(w: &mut dyn Write, hits: &[QuoteHit]) -> io::Result<()> {
    let mut out = writer(w);
    out.write_record([
        "rank",
        "score",
        "speaker",
        "speaker_mention",
        "role",
        "quote",
        "partial",
        "date",
        "headline",
        "source",
    ])?;
    for h in hits {
        out.write_record([
            h.rank.to_string(),
            format!("{:.4}", h.score),
            h.speaker.clone().unwrap_or_default(),
            h.speaker_mention.clone().unwrap_or_default(),
            h.role.clone().unwrap_or_default(),
            h.quote.clone(),
            h.partial.to_string(),
            date(h.date),
            h.headline.clone().unwrap_or_default(),
            h.source.clone(),
        ])?;
    }
    done(out)
}

/// `rank,speaker,quotes,first,last,aliases`
pub fn speakers(w: &mut dyn Write, speakers: &[SpeakerCount]) -> io::Result<()> {
    let mut out = writer(w);
    out.write_record(["rank", "speaker", "quotes", "first", "last", "aliases"])?;
    for s in speakers {
        out.write_record([
            s.rank.to_string(),
            s.speaker.clone(),
            s.quotes.to_string(),
            date(s.first),
            date(s.last),
            s.aliases.join("; "),
        ])?;
    }
    done(out)
}
