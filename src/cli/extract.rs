//! `newsdex extract PATH...` — parse files without indexing; `--json` prints the stable contract
//! documented in `render::json`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use newsdex::read::{self, ReadOptions, WalkEntry};
use newsdex::render::Style;
use newsdex::{extract, render};
use rayon::prelude::*;

/// Files extracted in parallel before their output is written, in input order.
const CHUNK_FILES: usize = 256;
/// Files larger than this are streamed to the output on their own rather than buffered, so a
/// multi-gigabyte dump never sits in memory.
const STREAM_BYTES: u64 = 8 * 1024 * 1024;

/// Extract headline, date, body and quotes from files, without indexing.
///
/// Directories are walked recursively; files are extracted in parallel and printed in walk
/// order. Files or records that cannot be read are reported on stderr and the exit code is 2;
/// the others are still printed.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or directories.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// One JSON object per article per line: {source, headline, date, body, quotes[...]}.
    #[arg(long)]
    json: bool,
    /// Threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    #[command(flatten)]
    read: super::ReadArgs,
}

/// What extracting one file produced: its rendered articles and its error messages.
#[derive(Default)]
struct FileOutput {
    bytes: Vec<u8>,
    errors: Vec<String>,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let options = args.read.options();
    let style = super::stdout_style();
    let mut failures = 0usize;
    let mut files = Vec::new();
    for root in &args.paths {
        if !root.exists() {
            eprintln!("newsdex: {}: no such file or directory", root.display());
            failures += 1;
            continue;
        }
        for entry in read::walk(root) {
            match entry {
                WalkEntry::File(p) => files.push(p),
                WalkEntry::Unvisitable { path, reason } => {
                    eprintln!("newsdex: {}: {reason}", path.display());
                    failures += 1;
                }
            }
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for chunk in files.chunks(CHUNK_FILES) {
        let (large, small): (Vec<&PathBuf>, Vec<&PathBuf>) = chunk
            .iter()
            .partition(|p| std::fs::metadata(p).is_ok_and(|m| m.len() > STREAM_BYTES));
        let outputs: Vec<FileOutput> = pool.install(|| {
            small
                .par_iter()
                .map(|path| {
                    let mut output = FileOutput::default();
                    let (bytes, errors) = (&mut output.bytes, &mut output.errors);
                    if let Err(e) = extract_file(path, &options, args.json, style, bytes, errors) {
                        output.errors.push(format!("{}: {e}", path.display()));
                    }
                    output
                })
                .collect()
        });
        for output in outputs {
            out.write_all(&output.bytes)?;
            failures += report(&output.errors);
        }
        for path in large {
            let mut errors = Vec::new();
            extract_file(path, &options, args.json, style, &mut out, &mut errors)?;
            failures += report(&errors);
        }
    }
    out.flush()?;
    Ok(if failures > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Extracts every document of one file into `out`; read errors become messages in `errors`.
/// Fails only when writing fails.
fn extract_file(
    path: &Path,
    options: &ReadOptions,
    json: bool,
    style: Style,
    out: &mut dyn Write,
    errors: &mut Vec<String>,
) -> std::io::Result<()> {
    let mut write_error = None;
    let res = read::read_file(path, options, &mut |doc| {
        if write_error.is_some() {
            return;
        }
        match doc {
            Ok(doc) => {
                let article = extract::extract(&doc);
                let written = if json {
                    render::json::article(out, &article)
                } else {
                    render::text::article(out, &article, style)
                };
                write_error = written.err();
            }
            Err(e) => errors.push(e.to_string()),
        }
    });
    if let Some(e) = write_error {
        return Err(e);
    }
    if let Err(e) = res {
        errors.push(e.to_string());
    }
    Ok(())
}

fn report(errors: &[String]) -> usize {
    for e in errors {
        eprintln!("newsdex: {e}");
    }
    errors.len()
}
