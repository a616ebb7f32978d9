//! `newsdex stats` — what the index holds.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use newsdex::index::NewsIndex;
use newsdex::query::show;
use newsdex::render;

/// Print index size, articles, quotes, speakers, date range and terms per field.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    index: super::IndexPath,
    /// One JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(args: StatsArgs) -> anyhow::Result<ExitCode> {
    let index = NewsIndex::open(&args.index.index).map_err(newsdex::Error::from)?;
    let stats = show::stats(&index)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        render::json::stats(&mut out, &stats)?;
    } else {
        render::text::stats(&mut out, &stats)?;
    }
    out.flush().context("writing statistics")?;
    Ok(ExitCode::SUCCESS)
}
