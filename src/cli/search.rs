//! `newsdex search QUERY` — articles ranked by BM25 relevance, headline over body.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use newsdex::index::NewsIndex;
use newsdex::{query, render};

/// Search articles, best first.
///
/// Bare terms search `topic` (headline and body); fields: headline, body, quote, speaker, topic,
/// date. Examples: `iran sanctions`, `headline:"nuclear deal"`, `date:[2019-05-01 TO 2019-06-01]`,
/// `+iran -nuclear`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query; quote it in the shell when it has several words.
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    index: super::IndexPath,
    #[command(flatten)]
    flags: super::QueryFlags,
}

pub fn run(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let index = NewsIndex::open(&args.index.index).map_err(newsdex::Error::from)?;
    let results = query::search_articles(&index, &args.query, &args.flags.options()?)?;
    let mut out = std::io::stdout().lock();
    if args.flags.csv {
        render::csv::article_hits(&mut out, &results.hits)?;
    } else if args.flags.json {
        render::json::article_results(&mut out, &results)?;
    } else {
        render::text::article_results(&mut out, &results, super::stdout_style())?;
    }
    out.flush().context("writing results")?;
    Ok(ExitCode::SUCCESS)
}
