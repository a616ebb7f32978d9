//! `newsdex speakers [QUERY]` — speakers ranked by how many matching quotes they have.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use newsdex::index::NewsIndex;
use newsdex::query::speakers;
use newsdex::render;

/// Rank speakers by their quotes matching QUERY: who talks about Iran?
///
/// QUERY uses the same syntax as `quotes` (default: every quote). Each speaker comes with the
/// number of matching quotes and the dates of the first and last. "Lavrov" in one article and
/// "Sergei Lavrov" in another count as one speaker; descriptions with no name ("a spokesman")
/// are left out (`quotes` still finds their quotes).
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// The query; quote it in the shell when it has several words.
    #[arg(value_name = "QUERY", default_value = "*", allow_hyphen_values = true)]
    query: String,
    #[command(flatten)]
    index: super::IndexPath,
    #[command(flatten)]
    flags: super::QueryFlags,
}

pub fn run(args: SpeakersArgs) -> anyhow::Result<ExitCode> {
    let index = NewsIndex::open(&args.index.index).map_err(newsdex::Error::from)?;
    let mut options = args.flags.options()?;
    if args.flags.limit == 10 {
        options.limit = 20;
    }
    let ranked = speakers::rank(&index, &args.query, &options)?;
    let mut out = std::io::stdout().lock();
    if args.flags.csv {
        render::csv::speakers(&mut out, &ranked)?;
    } else if args.flags.json {
        render::json::speakers(&mut out, &ranked)?;
    } else {
        render::text::speakers(&mut out, &ranked, super::stdout_style())?;
    }
    out.flush().context("writing results")?;
    Ok(ExitCode::SUCCESS)
}
