//! `newsdex index [DIR]` — walk, extract and index a directory of articles, then print a summary.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use newsdex::index::{self, IndexConfig, IndexSummary, Progress};

/// Skipped files listed in the summary without --verbose.
const SKIPS_SHOWN: usize = 10;

/// Index a directory of news articles (recursively).
///
/// On an existing index only what changed is done: new files are added, files whose content
/// changed are re-indexed, deleted files' articles are removed, and an article already indexed
/// from another file is not added twice. Killing a run loses at most the current batch; the
/// next run completes it. `--rebuild` starts afresh.
///
/// Exit codes: 0 when every file was indexed; 1 on a fatal error (the index cannot be written,
/// DIR does not exist); 2 when some files were skipped (each is listed with its reason).
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Directories or files to index.
    #[arg(value_name = "DIR", default_value = "corpus")]
    dirs: Vec<PathBuf>,
    #[command(flatten)]
    index: super::IndexPath,
    /// Threads for parsing and indexing [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Delete the existing index and index everything afresh (needed after a schema change).
    #[arg(long)]
    rebuild: bool,
    /// Commit after every N files (a killed run loses at most one batch).
    #[arg(long, value_name = "N", default_value_t = index::build::BATCH_FILES)]
    commit_every: usize,
    /// No progress bar; print only the final summary.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// List every skipped file, not just the first ten.
    #[arg(long, short = 'v')]
    verbose: bool,
    #[command(flatten)]
    read: super::ReadArgs,
}

pub fn run(args: IndexArgs) -> anyhow::Result<ExitCode> {
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let config = IndexConfig {
        roots: args.dirs.clone(),
        index_path: args.index.index.clone(),
        threads,
        rebuild: args.rebuild,
        batch_files: args.commit_every,
        read: args.read.options(),
    };
    let bar = progress_bar(args.quiet);
    let on_progress = |p: Progress| {
        if let Some(bar) = &bar {
            bar.set_length(p.files_total as u64);
            bar.set_position(p.files_done as u64);
            bar.set_message(format!("{} articles", p.articles));
        }
    };
    let summary = index::build(&config, &on_progress).map_err(newsdex::Error::from);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = summary?;
    print_summary(&summary, &config, args.verbose)?;
    Ok(if summary.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn progress_bar(quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(0);
    let style =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files  {msg}  {per_sec}  eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}

fn print_summary(s: &IndexSummary, config: &IndexConfig, verbose: bool) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    let secs = s.elapsed.as_secs_f64().max(1e-6);
    writeln!(
        out,
        "indexed {} articles and {} quotes from {} files into {} in {:.2} s",
        s.articles,
        s.quotes,
        s.files_seen,
        config.index_path.display(),
        secs
    )?;
    let mut changes = Vec::new();
    for (n, what) in [
        (s.unchanged, "unchanged"),
        (s.replaced, "changed and re-indexed"),
        (s.removed, "deleted and removed from the index"),
    ] {
        if n > 0 {
            changes.push(format!("{} {what}", plural(n, "file", "files")));
        }
    }
    if s.duplicates > 0 {
        changes.push(format!(
            "{} already indexed from another file",
            plural(s.duplicates, "article", "articles")
        ));
    }
    if !changes.is_empty() {
        writeln!(out, "{}", changes.join("; "))?;
    }
    writeln!(
        out,
        "throughput: {:.0} articles/s, {:.1} MB/s ({} threads)",
        s.articles as f64 / secs,
        s.bytes_read as f64 / 1e6 / secs,
        config.threads
    )?;
    if s.skipped.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "skipped {}:",
        plural(s.skipped.len(), "entry", "entries")
    )?;
    let shown = if verbose {
        s.skipped.len()
    } else {
        SKIPS_SHOWN
    };
    for skip in s.skipped.iter().take(shown) {
        writeln!(out, "  {}: {}", skip.path, skip.reason)?;
    }
    if s.skipped.len() > shown {
        writeln!(
            out,
            "  ... and {} more (--verbose lists them all)",
            s.skipped.len() - shown
        )?;
    }
    Ok(())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
