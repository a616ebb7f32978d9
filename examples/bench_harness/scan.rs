//! The "no index" baseline: the same queries answered by `newsdex search` (a process per query:
//! start, open the index, search, print the top 10) and by a full scan of the raw files with
//! ripgrep (`rg -c -i -z -F -e WORD ... DIR`, a count of matching lines per file), one after the
//! other, each timed as a child process (wall and CPU).
//!
//! A query's scan terms are its words and phrases without field names and date clauses
//! (`headline:iran "nuclear deal" date:2019-05` → `-e iran -e "nuclear deal"`): rg finds lines
//! holding any of them, case-insensitively, as substrings (`sanction` also finds `sanctions`,
//! close to the stemmed search). It ignores dates and `--all`, so it does less than the search.
//! Without rg, `grep -r -c -i -F` stands in (it cannot read the gzipped dumps).

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::rusage::{measure, Cost};

pub struct ScanArgs<'a> {
    pub newsdex: &'a str,
    pub index: &'a str,
    pub corpus: &'a str,
    pub queries: &'a Path,
    /// `rg` or `grep`, or a path to either.
    pub scanner: &'a str,
    pub n: usize,
}

/// Runs the comparison and prints one table.
pub fn run(a: &ScanArgs) -> Result<(), String> {
    let text =
        std::fs::read_to_string(a.queries).map_err(|e| format!("{}: {e}", a.queries.display()))?;
    // Article searches only: quote searches have no raw-text equivalent.
    let queries: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("quotes: ") && !l.trim().is_empty())
        .filter(|l| !terms(l).is_empty())
        .take(a.n)
        .collect();
    if queries.is_empty() {
        return Err("no queries to run".into());
    }
    let rg = Path::new(a.scanner)
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with("rg"));
    // One untimed scan first, so both sides run with the corpus in the page cache.
    let _ = scan(a, rg, &terms(queries[0]))?;
    let (mut nd, mut sc) = (Vec::new(), Vec::new());
    for q in &queries {
        let (text, all) = match q.strip_suffix("  --all") {
            Some(t) => (t, true),
            None => (*q, false),
        };
        let mut cmd = Command::new(a.newsdex);
        cmd.args(["search", text, "--index", a.index]);
        if all {
            cmd.arg("--all");
        }
        nd.push(timed(cmd)?);
        sc.push(scan(a, rg, &terms(q))?);
    }
    let which = if rg {
        "rg -c -i -z -F"
    } else {
        "grep -r -c -i -F"
    };
    println!(
        "{} queries, wall and CPU (user+sys) ms per query, nearest rank:",
        queries.len()
    );
    println!(
        "{:<26} {:>9} {:>9} {:>9} {:>9}",
        "", "wall p50", "wall p99", "cpu p50", "cpu p99"
    );
    let row = |name: &str, v: &[Cost]| {
        let w = pct(v.iter().map(|c| c.wall * 1e3).collect());
        let c = pct(v.iter().map(|c| c.cpu() * 1e3).collect());
        println!(
            "{name:<26} {:>9.1} {:>9.1} {:>9.1} {:>9.1}",
            w.0, w.1, c.0, c.1
        );
        (w.0, c.0)
    };
    let (nw, nc) = row("newsdex search (process)", &nd);
    let (sw, scpu) = row(which, &sc);
    println!(
        "speedup at p50: {:.1}x wall, {:.1}x CPU (scan / newsdex)",
        sw / nw.max(1e-9),
        scpu / nc.max(1e-9)
    );
    Ok(())
}

fn scan(a: &ScanArgs, rg: bool, terms: &[String]) -> Result<Cost, String> {
    let mut cmd = Command::new(a.scanner);
    if rg {
        cmd.args(["-c", "-i", "-z", "-F"]);
    } else {
        cmd.args(["-r", "-c", "-i", "-F"]);
    }
    for t in terms {
        cmd.arg("-e").arg(t);
    }
    cmd.arg(a.corpus);
    timed(cmd)
}

/// Runs `cmd` with its output read through a pipe: ripgrep stops at the first match when its
/// output is /dev/null, which would time less than a real scan.
fn timed(mut cmd: Command) -> Result<Cost, String> {
    let started = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    let mut sink = Vec::new();
    if let Some(out) = child.stdout.as_mut() {
        let _ = out.read_to_end(&mut sink);
    }
    Ok(measure(child, started))
}

/// A query's words and phrases, without fields, dates and operators.
pub fn terms(query: &str) -> Vec<String> {
    let query = query.trim_end_matches("  --all");
    let mut out = Vec::new();
    let mut rest = query;
    while !rest.is_empty() {
        rest = rest.trim_start();
        // A field name before a word or phrase: `headline:iran`, `headline:"a b"`.
        let (field, after) = match rest.split_once(':') {
            Some((f, after)) if !f.is_empty() && f.chars().all(|c| c.is_ascii_alphabetic()) => {
                (Some(f), after)
            }
            _ => (None, rest),
        };
        let (item, next) = if let Some(phrase) = after.strip_prefix('"') {
            match phrase.split_once('"') {
                Some((p, next)) => (p, next),
                None => (phrase, ""),
            }
        } else if after.starts_with('[') {
            match after.split_once(']') {
                Some((r, next)) => (r, next),
                None => (after, ""),
            }
        } else {
            after.split_at(after.find(' ').unwrap_or(after.len()))
        };
        rest = next;
        if field.is_some_and(|f| f.eq_ignore_ascii_case("date")) {
            continue;
        }
        let item = item.trim();
        if !item.is_empty() && item.chars().any(char::is_alphabetic) {
            out.push(item.to_string());
        }
    }
    out
}

/// (p50, p99), nearest rank.
fn pct(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    let at = |p: f64| {
        let i = ((p * v.len() as f64).ceil() as usize).clamp(1, v.len().max(1)) - 1;
        v.get(i).copied().unwrap_or(0.0)
    };
    (at(0.5), at(0.99))
}

#[cfg(test)]
mod tests {
    use super::terms;

    #[test]
    fn terms_drop_fields_dates_and_operators() {
        assert_eq!(terms("iran"), ["iran"]);
        assert_eq!(
            terms("headline:nuclear \"peace talks\" date:2019-05"),
            ["nuclear", "peace talks"]
        );
        assert_eq!(
            terms("deal date:[1987-03-01 TO 1987-04-10]  --all"),
            ["deal"]
        );
        assert!(terms("date:2019-05-15").is_empty());
    }
}
