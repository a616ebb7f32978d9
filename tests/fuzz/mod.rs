//! Property-based fuzzing of everything that takes outside input: the file readers, the
//! per-document pipeline and the query parser/builder. Zero panics is the property; each target
//! adds its own (quote offsets valid, errors typed and naming the file).
//!
//! CI runs each target for a few hundred cases (seconds in a debug build). A long run sets
//! `NEWSDEX_FUZZ_CASES` (cases per target) and builds optimized:
//!
//! ```text
//! NEWSDEX_FUZZ_CASES=200000 NEWSDEX_FUZZ_SEED=random \
//!     cargo test --release --test integration fuzz:: -- --nocapture
//! ```
//!
//! `NEWSDEX_FUZZ_DEPTH=N` caps the nesting depth mutations build (default 2,000; 20,000 in a
//! long run, where deeply nested tables cost seconds a case). `NEWSDEX_FUZZ_LAST=FILE` writes
//! each input to FILE before running it, so the input that aborted a run (a stack overflow
//! cannot be caught) is there afterwards.
//!
//! Every panic found this way is fixed in `src/` and kept as a plain regression test with its
//! minimized input (`regressions.rs`).

mod mutate;
mod queries;
mod readers;
mod regressions;
mod samples;

use std::cell::Cell;
use std::fmt::Debug;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

/// A case slower than this is printed (with `--nocapture`): not a failure, but worth a look.
const SLOW: Duration = Duration::from_secs(2);

/// True for a long run (`NEWSDEX_FUZZ_CASES` set): inputs may then be slower to process.
fn long_run() -> bool {
    std::env::var_os("NEWSDEX_FUZZ_CASES").is_some()
}

/// Cases per target: `NEWSDEX_FUZZ_CASES` when set, else the target's CI default.
fn cases(default: u32) -> u32 {
    std::env::var("NEWSDEX_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The random seed: fixed by default, so CI runs the same cases every time and a red run is
/// reproducible; `NEWSDEX_FUZZ_SEED=N` picks another, `NEWSDEX_FUZZ_SEED=random` a fresh one.
fn seed() -> RngSeed {
    match std::env::var("NEWSDEX_FUZZ_SEED").ok().as_deref() {
        Some("random") => RngSeed::Random,
        Some(n) => RngSeed::Fixed(
            n.parse()
                .unwrap_or_else(|_| panic!("NEWSDEX_FUZZ_SEED={n}")),
        ),
        None => RngSeed::Fixed(20261127),
    }
}

/// Runs `test` on `cases(default)` inputs drawn from `strategy`; on failure, panics with the
/// shrunk input. Prints the cases run and the slowest one (seen with `--nocapture`).
fn run<S>(
    name: &str,
    default: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S: Strategy,
    S::Value: Debug + Clone,
{
    let seed = seed();
    let config = Config {
        cases: cases(default),
        rng_seed: seed,
        // Failures become explicit regression tests instead of files beside the sources.
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config.clone());
    let started = Instant::now();
    let slowest = Cell::new(Duration::ZERO);
    let last = std::env::var_os("NEWSDEX_FUZZ_LAST").map(PathBuf::from);
    let result = runner.run(&strategy, |value| {
        let t = Instant::now();
        let kept = value.clone();
        if let Some(path) = &last {
            // A stack overflow aborts the process before proptest can report the input.
            let _ = std::fs::write(path, format!("{name}: {kept:?}"));
        }
        let r = test(value);
        let took = t.elapsed();
        if took > SLOW {
            let shown: String = format!("{kept:?}").chars().take(1500).collect();
            eprintln!("fuzz {name}: slow case ({} ms): {shown}", took.as_millis());
        }
        slowest.set(slowest.get().max(took));
        r
    });
    if let Err(e) = result {
        panic!("fuzz target {name} failed: {e}");
    }
    eprintln!(
        "fuzz {name}: {} cases ({seed:?}) in {:.1} s, slowest {:.1} ms",
        config.cases,
        started.elapsed().as_secs_f64(),
        slowest.get().as_secs_f64() * 1e3
    );
}

/// A scratch directory for one target's input files (one file rewritten per case).
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")),
        }
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        path
    }
}
