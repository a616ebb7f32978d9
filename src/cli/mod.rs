//! Command-line types (clap derive) and dispatch. Binary-only: nothing here is in the library API;
//! each command turns its arguments into library calls and renders the result.

mod extract;
mod index;
mod quotes;
mod search;
mod show;
mod speakers;
mod stats;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use newsdex::query::parse::date_span;
use newsdex::query::{FacetKind, Feedback, SearchOptions, Sort};
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
    Speakers(speakers::SpeakersArgs),
    Show(show::ShowArgs),
    Stats(stats::StatsArgs),
}

/// Options shared by the commands that read an index.
#[derive(Debug, Args)]
struct IndexPath {
    /// Index directory.
    #[arg(long, value_name = "PATH", default_value = "index")]
    index: PathBuf,
}

/// Flags shared by the commands that run a query (`search`, `quotes`).
#[derive(Debug, Args)]
struct QueryFlags {
    /// Number of hits to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Skip this many hits first (paging: `--offset 10` is page 2).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Order of hits: relevance, date (oldest first) or -date (newest first).
    #[arg(long, value_name = "ORDER", default_value = "relevance", allow_hyphen_values = true,
          value_parser = ["relevance", "date", "-date"])]
    sort: String,
    /// Require every term (by default terms are ORed and hits with more of them rank higher).
    #[arg(long)]
    all: bool,
    /// Only hits dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only hits dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Show every copy of a syndicated story instead of grouping near-identical articles.
    #[arg(long)]
    no_group: bool,
    /// Count the matches by speaker, source, date:month or date:year (repeatable).
    #[arg(long, value_name = "FACET")]
    facet: Vec<String>,
    /// Show how each hit's score was computed (BM25 terms, boosts, filters).
    #[arg(long)]
    explain: bool,
    /// Re-rank article hits with pseudo-relevance feedback (RM3: words shared by the top 10
    /// hits weigh in). Helps broad topic searches; costs precision on specific ones and doubles
    /// the query's cost, so it is off by default.
    #[arg(long)]
    feedback: bool,
    /// One JSON object per hit per line.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV with a header row, one hit per row.
    #[arg(long)]
    csv: bool,
}

impl QueryFlags {
    /// The library's options; a bad `--since`/`--until` is a user error (exit code 2).
    fn options(&self) -> Result<SearchOptions, newsdex::Error> {
        let span = |s: &Option<String>| s.as_deref().map(date_span).transpose();
        Ok(SearchOptions {
            limit: self.limit,
            offset: self.offset,
            sort: match self.sort.as_str() {
                "date" => Sort::DateAsc,
                "-date" => Sort::DateDesc,
                _ => Sort::Relevance,
            },
            all: self.all,
            // `--since 2019-05` starts at the month's first day; `--until 2019-05` ends at its last.
            since: span(&self.since)?.map(|(from, _)| from),
            until: span(&self.until)?.and_then(|(_, to)| to.pred_opt()),
            group: !self.no_group,
            explain: self.explain,
            feedback: self.feedback.then(Feedback::default),
            facets: self
                .facet
                .iter()
                .map(|f| f.parse::<FacetKind>())
                .collect::<Result<_, _>>()?,
        })
    }
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
        Command::Speakers(args) => speakers::run(args),
        Command::Show(args) => show::run(args),
        Command::Stats(args) => stats::run(args),
    }
}

/// Human output style for stdout: bold only on a terminal and when NO_COLOR is unset.
fn stdout_style() -> Style {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    Style { color, width: 80 }
}
