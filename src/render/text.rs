//! Human output: hits and articles laid out for an 80-column terminal, matches in bold on a TTY.

use std::io::{self, Write};

use crate::article::Article;
use crate::query::{ArticleHit, QuoteHit};
use crate::render::Style;

const INDENT: &str = "    ";

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
