//! `newsdex show ID` — one article as indexed: fields, body with its quotes marked, speakers.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use newsdex::index::NewsIndex;
use newsdex::query::show;
use newsdex::render;

/// Print one article as indexed.
///
/// ID is the source shown in search results (a path, plus `#N` for a record of a multi-record
/// file). Quotes are marked in the body, each followed by its speaker in braces. `--json`
/// prints the same object as `extract --json`. Exit code 2 when no article has that ID.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The article's source, as printed by `search`.
    #[arg(value_name = "ID")]
    id: String,
    #[command(flatten)]
    index: super::IndexPath,
    /// One JSON object in the `extract --json` format.
    #[arg(long)]
    json: bool,
}

pub fn run(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let index = NewsIndex::open(&args.index.index).map_err(newsdex::Error::from)?;
    let Some(article) = show::article(&index, &args.id)? else {
        eprintln!("newsdex: no article with source {:?} in the index", args.id);
        return Ok(ExitCode::from(2));
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        render::json::article(&mut out, &article)?;
    } else {
        render::text::shown_article(&mut out, &article, super::stdout_style())?;
    }
    out.flush().context("writing the article")?;
    Ok(ExitCode::SUCCESS)
}
