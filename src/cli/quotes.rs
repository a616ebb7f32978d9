//! `newsdex quotes QUERY` — one hit per quote: speaker, quote, date, headline, source.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use newsdex::index::NewsIndex;
use newsdex::{query, render};

/// Search quotes: who said what.
///
/// Bare terms search `topic` (the quote and its paragraph); `speaker:` matches any word of the
/// speaker's name, case- and accent-insensitively, and restricts the hits to that speaker.
/// Example: `speaker:Lavrov topic:Iran` (what did Lavrov say about Iran?).
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// The query; quote it in the shell when it has several words.
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    index: super::IndexPath,
    #[command(flatten)]
    flags: super::QueryFlags,
}

pub fn run(args: QuotesArgs) -> anyhow::Result<ExitCode> {
    let index = NewsIndex::open(&args.index.index).map_err(newsdex::Error::from)?;
    let results = query::search_quotes(&index, &args.query, &args.flags.options()?)?;
    let mut out = std::io::stdout().lock();
    if args.flags.csv {
        render::csv::quote_hits(&mut out, &results.hits)?;
    } else if args.flags.json {
        render::json::quote_results(&mut out, &results)?;
    } else {
        render::text::quote_results(&mut out, &results, super::stdout_style())?;
    }
    out.flush().context("writing results")?;
    Ok(ExitCode::SUCCESS)
}
