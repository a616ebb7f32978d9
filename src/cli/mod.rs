//! Command-line types (clap derive) and dispatch. Binary-only: nothing here is in the library API;
//! each command turns its arguments into library calls and renders the result.

mod extract;
mod index;
mod quotes;
mod search;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use newsdex::render::Style;

/// newsdex — a search engine for news that knows who said what.
///
/// Index a directory of articles, then search articles by relevance or quotes by speaker:
///
///   newsdex index corpus/
///   newsdex search 'headline:"nuclear deal" date:[2019-05-01 TO 2019-06-01]'
///   newsdex quotes 'speaker:Lavrov topic:Iran'
#[derive(Debug, Parser)]
#[command(name = "newsdex", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Index(index::IndexArgs),
    Search(search::SearchArgs),
    Quotes(quotes::QuotesArgs),
    Extract(extract::ExtractArgs),
}

/// Options shared by the commands that read an index.
#[derive(Debug, Args)]
struct IndexPath {
    /// Index directory.
    #[arg(long, value_name = "PATH", default_value = "index")]
    index: PathBuf,
}

/// Options for reading input files, shared by `index` and `extract`.
#[derive(Debug, Args)]
struct ReadArgs {
    /// Record fields to read as the article's fields, overriding the guess from common names:
    /// FIELD=NAME[,FIELD=NAME...] with FIELD one of title, date, body, url, author, site. NAME is
    /// a JSON key (a dotted path reaches into nested objects: date=meta.published) or a CSV
    /// column. May be repeated; a later flag wins.
    #[arg(long = "map", value_name = "FIELD=NAME,...")]
    map: Vec<newsdex::read::FieldMap>,
}

impl ReadArgs {
    /// The library's read options.
    fn options(&self) -> newsdex::read::ReadOptions {
        let mut field_map = newsdex::read::FieldMap::default();
        for map in &self.map {
            field_map.merge(map);
        }
        newsdex::read::ReadOptions { field_map }
    }
}

/// Runs the chosen command and returns the exit code it earned.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Index(args) => index::run(args),
        Command::Search(args) => search::run(args),
        Command::Quotes(args) => quotes::run(args),
        Command::Extract(args) => extract::run(args),
    }
}

/// Human output style for stdout: bold only on a terminal and when NO_COLOR is unset.
fn stdout_style() -> Style {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    Style { color, width: 80 }
}
