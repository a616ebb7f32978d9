//! Helpers for `scripts/bench` (issue 6), one subcommand each, so the script needs only bash
//! and this binary (no Python, no GNU time):
//!
//! ```text
//! bench_harness time [--stdin FILE] --log FILE -- CMD ARGS...   # wall, CPU, peak RSS of CMD
//! bench_harness tantivy-meta DIR        # an empty tantivy-cli index with newsdex's schema
//! bench_harness tantivy-docs            # extract --json (stdin) → tantivy-cli docs (stdout)
//! bench_harness scan --newsdex BIN --index DIR --corpus DIR --queries FILE --scanner rg [--n N]
//! ```
//!
//! `time` prints one line of shell assignments (`wall=1.234 user=... sys=... cpu=...
//! rss_mib=... anon_mib=... status=0`) for the script to `eval`; the command's stdout and stderr go to the
//! log. The measuring is in `rusage.rs`, the tantivy-cli conversion in `tantivy_cli.rs`, the
//! ripgrep comparison in `scan.rs`.

#[path = "../common/args.rs"]
mod args;
mod rusage;
mod scan;
mod tantivy_cli;

use args::Args;
use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let args = Args::from_env();
    let opt = |name: &str| args.value(name);
    let result = match args.0.first().map(String::as_str) {
        Some("time") => time(&args.0, opt("--stdin"), opt("--log")),
        Some("tantivy-meta") => match args.0.get(1) {
            Some(dir) => tantivy_cli::write_meta(Path::new(dir)),
            None => Err("tantivy-meta needs a directory".into()),
        },
        Some("tantivy-docs") => {
            let stdin = std::io::stdin().lock();
            let stdout = std::io::BufWriter::new(std::io::stdout().lock());
            tantivy_cli::convert(stdin, stdout).map(|(articles, docs)| {
                eprintln!("{articles} articles → {docs} tantivy-cli documents");
            })
        }
        Some("scan") => {
            let need = |name: &str| opt(name).ok_or_else(|| format!("scan needs {name}"));
            (|| {
                scan::run(&scan::ScanArgs {
                    newsdex: need("--newsdex")?,
                    index: need("--index")?,
                    corpus: need("--corpus")?,
                    queries: Path::new(need("--queries")?),
                    scanner: need("--scanner")?,
                    n: opt("--n").and_then(|n| n.parse().ok()).unwrap_or(40),
                })
            })()
        }
        _ => Err("usage: bench_harness time|tantivy-meta|tantivy-docs|scan ...".into()),
    };
    if let Err(e) = result {
        eprintln!("bench_harness: {e}");
        std::process::exit(2);
    }
}

/// Runs the command after `--` and prints its cost as shell assignments.
fn time(args: &[String], stdin: Option<&str>, log: Option<&str>) -> Result<(), String> {
    let cmd = args
        .iter()
        .position(|a| a == "--")
        .map(|i| &args[i + 1..])
        .filter(|c| !c.is_empty())
        .ok_or("time needs -- CMD")?;
    let log = log.ok_or("time needs --log FILE")?;
    let open = |p: &str| File::create(p).map_err(|e| format!("{p}: {e}"));
    let mut c = Command::new(&cmd[0]);
    c.args(&cmd[1..])
        .stdout(open(log)?)
        .stderr(open(&format!("{log}.err"))?);
    c.stdin(match stdin {
        Some(p) => Stdio::from(File::open(p).map_err(|e| format!("{p}: {e}"))?),
        None => Stdio::null(),
    });
    let started = Instant::now();
    let child = c.spawn().map_err(|e| format!("{}: {e}", cmd[0]))?;
    let cost = rusage::measure(child, started);
    println!(
        "wall={:.3} user={:.3} sys={:.3} cpu={:.3} rss_mib={:.0} anon_mib={:.0} status={}",
        cost.wall,
        cost.user,
        cost.sys,
        cost.cpu(),
        cost.maxrss_kib as f64 / 1024.0,
        cost.anon_peak_kib as f64 / 1024.0,
        cost.status.and_then(|s| s.code()).unwrap_or(-1)
    );
    Ok(())
}
