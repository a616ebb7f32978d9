//! `newsdex extract PATH...` — parse files without indexing; `--json` prints the stable contract
//! documented in `render::json`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use newsdex::error::ReadError;
use newsdex::read::{self, WalkEntry};
use newsdex::{extract, render};

/// Extract headline, date, body and quotes from files, without indexing.
///
/// Directories are walked recursively. Files that cannot be read are reported on stderr and
/// the exit code is 2; the others are still printed.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or directories.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// One JSON object per article per line: {source, headline, date, body, quotes[...]}.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    read: super::ReadArgs,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let style = super::stdout_style();
    let options = args.read.options();
    let mut failures = 0usize;
    for root in &args.paths {
        if !root.exists() {
            eprintln!("newsdex: {}: no such file or directory", root.display());
            failures += 1;
            continue;
        }
        for entry in read::walk(root) {
            let path = match entry {
                WalkEntry::File(p) => p,
                WalkEntry::Unvisitable { path, reason } => {
                    eprintln!("newsdex: {}: {reason}", path.display());
                    failures += 1;
                    continue;
                }
            };
            let mut sink = |doc: Result<read::Document, ReadError>| -> std::io::Result<()> {
                match doc {
                    Ok(doc) => {
                        let article = extract::extract(&doc);
                        if args.json {
                            render::json::article(&mut out, &article)
                        } else {
                            render::text::article(&mut out, &article, style)
                        }
                    }
                    Err(e) => {
                        eprintln!("newsdex: {e}");
                        failures += 1;
                        Ok(())
                    }
                }
            };
            let mut write_error = None;
            let res = read::read_file(&path, &options, &mut |doc| {
                if write_error.is_none() {
                    write_error = sink(doc).err();
                }
            });
            if let Some(e) = write_error {
                return Err(e.into());
            }
            if let Err(e) = res {
                eprintln!("newsdex: {e}");
                failures += 1;
            }
        }
    }
    out.flush()?;
    Ok(if failures > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
