//! Human output: hits and articles laid out for an 80-column terminal, matches in bold on a TTY.

use std::io::{self, Write};

use crate::article::Article;
use crate::query::show::IndexStats;
use crate::query::speakers::SpeakerCount;
use crate::query::{ArticleHit, ArticleResults, FacetCounts, QuoteHit, QuoteResults};
use crate::render::Style;

const INDENT: &str = "    ";

/// Writes a page of article hits with a count line, then the facets.
pub fn article_results(w: &mut dyn Write, r: &ArticleResults, style: Style) -> io::Result<()> {
    if r.hits.is_empty() {
        writeln!(w, "no articles match")?;
        did_you_mean(w, r.did_you_mean.as_deref())?;
    } else {
        writeln!(w, "{} matching", plural(r.total, "article", "articles"))?;
        writeln!(w)?;
        article_hits(w, &r.hits, style)?;
    }
    facets(w, &r.facets)
}

/// Writes a page of quote hits with a count line, then the facets.
pub fn quote_results(w: &mut dyn Write, r: &QuoteResults, style: Style) -> io::Result<()> {
    if r.hits.is_empty() {
        writeln!(w, "no quotes match")?;
        did_you_mean(w, r.did_you_mean.as_deref())?;
    } else {
        writeln!(w, "{} matching", plural(r.total, "quote", "quotes"))?;
        writeln!(w)?;
        quote_hits(w, &r.hits, style)?;
    }
    facets(w, &r.facets)
}

/// Writes ranked speakers as a table: rank, quotes, first and last date, name.
pub fn speakers(w: &mut dyn Write, speakers: &[SpeakerCount], style: Style) -> io::Result<()> {
    if speakers.is_empty() {
        return writeln!(w, "no quotes match");
    }
    writeln!(
        w,
        "{:>4}  {:>6}  {:<10}  {:<10}  speaker",
        "rank", "quotes", "first", "last"
    )?;
    for s in speakers {
        let name = truncate(&s.speaker, style.width.saturating_sub(40));
        writeln!(
            w,
            "{:>4}  {:>6}  {}  {}  {}",
            s.rank,
            s.quotes,
            date_text(s.first),
            date_text(s.last),
            bold(&name, style)
        )?;
    }
    Ok(())
}

/// Writes an article as indexed: fields, the body with each quote in bold (or `[[...]]`) followed
/// by its speaker in braces, then the speakers and their quote counts.
pub fn shown_article(w: &mut dyn Write, a: &Article, style: Style) -> io::Result<()> {
    writeln!(w, "source:   {}", a.source)?;
    writeln!(w, "headline: {}", a.headline.as_deref().unwrap_or("(none)"))?;
    writeln!(w, "date:     {}", date_text(a.date))?;
    writeln!(w)?;
    let (open, close) = if style.color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("[[", "]]")
    };
    let mut marked = String::with_capacity(a.body.len() + a.quotes.len() * 24);
    let mut at = 0;
    for q in &a.quotes {
        let Some(text) = a.body.get(q.start..q.end) else {
            continue;
        };
        if q.start < at {
            continue;
        }
        marked.push_str(&a.body[at..q.start]);
        marked.push_str(open);
        marked.push_str(text);
        marked.push_str(close);
        marked.push_str(&format!("{{{}}}", q.speaker.as_deref().unwrap_or("?")));
        at = q.end;
    }
    marked.push_str(&a.body[at..]);
    for para in marked.split("\n\n") {
        for l in wrap(para, style.width) {
            writeln!(w, "{INDENT}{l}")?;
        }
        writeln!(w)?;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for q in &a.quotes {
        let name = q.speaker.as_deref().unwrap_or("(unattributed)");
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(w, "speakers:")?;
    for (name, n) in counts {
        writeln!(w, "  {n:>3}  {}", bold(name, style))?;
    }
    Ok(())
}

/// Writes index statistics as aligned lines.
pub fn stats(w: &mut dyn Write, s: &IndexStats) -> io::Result<()> {
    writeln!(w, "index:      {}", s.path)?;
    writeln!(
        w,
        "size:       {:.1} MB in {} segments",
        s.bytes_on_disk as f64 / 1e6,
        s.segments
    )?;
    writeln!(w, "articles:   {}", s.articles)?;
    writeln!(w, "quotes:     {}", s.quotes)?;
    writeln!(w, "speakers:   {} distinct names", s.speakers)?;
    writeln!(
        w,
        "dates:      {} to {}",
        date_text(s.first_date),
        date_text(s.last_date)
    )?;
    writeln!(w, "terms per field:")?;
    for (field, n) in &s.terms {
        writeln!(w, "  {field:<10} {n:>10}")?;
    }
    Ok(())
}

/// Writes facet counts with a bar scaled to the largest count.
fn facets(w: &mut dyn Write, facets: &[FacetCounts]) -> io::Result<()> {
    for f in facets {
        writeln!(w, "by {}:", f.facet)?;
        let max = f.counts.iter().map(|c| c.count).max().unwrap_or(1).max(1);
        let label = f
            .counts
            .iter()
            .map(|c| c.value.chars().count())
            .max()
            .unwrap_or(0)
            .min(30);
        for c in &f.counts {
            let bar = "█".repeat(((c.count * 30).div_ceil(max)) as usize);
            let value = truncate(&c.value, 30);
            writeln!(w, "  {value:<label$}  {:>6}  {bar}", c.count)?;
        }
        writeln!(w)?;
    }
    Ok(())
}

/// Deepest level of a score explanation printed (the leaves are BM25's idf/tf arithmetic).
const EXPLAIN_DEPTH: usize = 4;

/// Writes a score explanation tree as indented `value  description` lines.
fn explanation(w: &mut dyn Write, tree: Option<&serde_json::Value>) -> io::Result<()> {
    fn node(w: &mut dyn Write, v: &serde_json::Value, depth: usize) -> io::Result<()> {
        let value = v["value"].as_f64().unwrap_or(0.0);
        let description = v["description"].as_str().unwrap_or("");
        let pad = "  ".repeat(depth + 2);
        writeln!(w, "{pad}{value:>8.3}  {}", truncate(description, 60))?;
        if depth + 1 < EXPLAIN_DEPTH {
            for child in v["details"].as_array().into_iter().flatten() {
                node(w, child, depth + 1)?;
            }
        }
        Ok(())
    }
    match tree {
        Some(t) => node(w, t, 0),
        None => Ok(()),
    }
}

fn did_you_mean(w: &mut dyn Write, suggestion: Option<&str>) -> io::Result<()> {
    match suggestion {
        Some(q) => writeln!(w, "did you mean: {q}"),
        None => Ok(()),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes article hits: rank, date and headline, then source and score, then the wrapped snippet.
pub fn article_hits(w: &mut dyn Write, hits: &[ArticleHit], style: Style) -> io::Result<()> {
    for hit in hits {
        let date = date_text(hit.date);
        let headline = hit.headline.as_deref().unwrap_or("(no headline)");
        let prefix = format!("{:>3}. {date}  ", hit.rank);
        let headline = truncate(headline, style.width.saturating_sub(prefix.len()));
        writeln!(w, "{prefix}{}", bold(&headline, style))?;
        let copies = match hit.copies.len() {
            0 => String::new(),
            1 => "  +1 copy".to_string(),
            n => format!("  +{n} copies"),
        };
        writeln!(
            w,
            "{INDENT}{}  (score {:.2}){copies}",
            hit.source, hit.score
        )?;
        let (open, close) = marks(style);
        let snippet = hit.snippet.marked(open, close);
        for l in wrap(&snippet, style.width) {
            writeln!(w, "{INDENT}{l}")?;
        }
        explanation(w, hit.explanation.as_ref())?;
        writeln!(w)?;
    }
    Ok(())
}

/// Writes quote hits: rank and speaker, the quote wrapped, then date, headline and source.
pub fn quote_hits(w: &mut dyn Write, hits: &[QuoteHit], style: Style) -> io::Result<()> {
    for hit in hits {
        let speaker = hit.speaker.as_deref().unwrap_or("(unattributed)");
        let mention = match (&hit.speaker_mention, &hit.speaker) {
            (Some(m), Some(s)) if m != s => format!("  (as \"{m}\")"),
            _ => String::new(),
        };
        let partial = if hit.partial { "  [partial]" } else { "" };
        writeln!(
            w,
            "{:>3}. {}{mention}{partial}",
            hit.rank,
            bold(speaker, style)
        )?;
        for l in wrap(&format!("“{}”", hit.quote), style.width) {
            writeln!(w, "{INDENT}{l}")?;
        }
        let headline = hit.headline.as_deref().unwrap_or("(no headline)");
        let meta = format!("{}  {headline}", date_text(hit.date));
        writeln!(
            w,
            "{INDENT}{}",
            truncate(&meta, style.width.saturating_sub(INDENT.len()))
        )?;
        writeln!(w, "{INDENT}{}  (score {:.2})", hit.source, hit.score)?;
        explanation(w, hit.explanation.as_ref())?;
        writeln!(w)?;
    }
    Ok(())
}

/// Writes one extracted article for a person to read: fields, then body, then its quotes.
pub fn article(w: &mut dyn Write, a: &Article, style: Style) -> io::Result<()> {
    writeln!(w, "source:   {}", a.source)?;
    writeln!(w, "headline: {}", a.headline.as_deref().unwrap_or("(none)"))?;
    writeln!(w, "date:     {}", date_text(a.date))?;
    writeln!(w)?;
    for para in a.body.split("\n\n") {
        for l in wrap(para, style.width) {
            writeln!(w, "{INDENT}{l}")?;
        }
        writeln!(w)?;
    }
    writeln!(w, "quotes:   {}", a.quotes.len())?;
    for (i, q) in a.quotes.iter().enumerate() {
        let speaker = q.speaker.as_deref().unwrap_or("(unattributed)");
        let partial = if q.partial { " [partial]" } else { "" };
        writeln!(w, "{:>3}. {}{partial}", i + 1, bold(speaker, style))?;
        for l in wrap(&format!("“{}”", q.text), style.width) {
            writeln!(w, "{INDENT}{l}")?;
        }
    }
    writeln!(w, "{}", "─".repeat(style.width.min(80)))
}

fn date_text(date: Option<chrono::NaiveDate>) -> String {
    date.map_or_else(|| "----------".to_string(), |d| d.to_string())
}

fn marks(style: Style) -> (&'static str, &'static str) {
    if style.color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    }
}

fn bold(s: &str, style: Style) -> String {
    let (open, close) = marks(style);
    format!("{open}{s}{close}")
}

/// Wraps to the width left after the indent; textwrap measures width ignoring ANSI escapes.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let avail = width.saturating_sub(INDENT.len()).max(20);
    textwrap::wrap(text, avail)
        .into_iter()
        .map(|c| c.into_owned())
        .collect()
}

/// Cuts a line to `max` characters with an ellipsis.
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_80_columns_with_indent() {
        let long = "word ".repeat(100);
        for l in wrap(&long, 80) {
            assert!(INDENT.len() + l.chars().count() <= 80, "{l}");
        }
    }

    #[test]
    fn truncate_marks_cut_text() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
