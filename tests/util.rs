//! Test helpers: a temporary directory to build corpora and indexes in, and the binary under test.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root (where `corpus/` lives).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared`, the read-only data beside the repository.
pub fn shared() -> PathBuf {
    repo().join("..").join("shared")
}

/// The seed article.
pub fn seed() -> PathBuf {
    shared().join("seed").join("pompeo-lavrov.txt")
}

/// A `newsdex` command run from the repository root, with NO_COLOR set so output is stable.
pub fn newsdex() -> Command {
    let mut cmd = Command::cargo_bin("newsdex").unwrap_or_else(|e| panic!("binary: {e}"));
    cmd.current_dir(repo()).env("NO_COLOR", "1");
    cmd
}

/// A scratch directory removed at the end of the test.
pub struct TestDir {
    dir: tempfile::TempDir,
}

impl TestDir {
    pub fn new() -> TestDir {
        TestDir {
            dir: tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `bytes` to `rel` (creating parent directories) and returns the full path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
        }
        std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
        p
    }

    /// Copies a file into the directory under `rel`.
    pub fn copy(&self, from: &Path, rel: &str) -> PathBuf {
        let bytes = std::fs::read(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display()));
        self.write(rel, bytes)
    }

    /// Indexes `dir` into `<tmp>/index` and returns the command's output.
    pub fn index(&self, dir: &Path) -> std::process::Output {
        newsdex()
            .args(["index", "--quiet", "--index"])
            .arg(self.index_path())
            .arg(dir)
            .output()
            .unwrap_or_else(|e| panic!("run: {e}"))
    }

    pub fn index_path(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// Runs `newsdex <cmd> <query> --index <tmp>/index --json` and returns the hit lines (those
    /// with a rank; facet and did-you-mean lines are left out).
    pub fn json(&self, cmd: &str, query: &str) -> Vec<serde_json::Value> {
        let out = newsdex()
            .args([cmd, query, "--json", "--limit", "50", "--index"])
            .arg(self.index_path())
            .output()
            .unwrap_or_else(|e| panic!("run: {e}"));
        assert!(out.status.success(), "{cmd} {query}: {}", text(&out.stderr));
        json_lines(&out.stdout)
            .into_iter()
            .filter(|l| l.get("rank").is_some())
            .collect()
    }
}

/// Parses JSON Lines output, failing the test on any bad line.
pub fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    text(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
