//! `newsdex index` on an existing index: incremental updates, de-duplication, safety when killed,
//! locking and schema checks.

use std::process::Stdio;
use std::time::Duration;

use crate::util::{newsdex, text, TestDir};

fn article(n: usize) -> String {
    format!(
        "Council meets on budget item {n}\n\nThe council discussed budget item number {n} on \
         Tuesday, and councillors voted on spending plan {n} after a long debate.\n"
    )
}

fn count(t: &TestDir, query: &str) -> usize {
    t.json("search", query).len()
}

fn stats(t: &TestDir) -> serde_json::Value {
    let out = newsdex()
        .args(["stats", "--json", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    crate::util::json_lines(&out.stdout).remove(0)
}

#[test]
fn reindexing_adds_new_replaces_changed_removes_deleted() {
    let t = TestDir::new();
    let dir = t.path().join("c");
    for n in 0..5 {
        t.write(&format!("c/{n}.txt"), article(n));
    }
    t.index(&dir);
    assert_eq!(stats(&t)["articles"], 5);

    // Unchanged: a no-op, even when mtimes change.
    let out = t.index(&dir);
    assert!(
        text(&out.stdout).contains("5 files unchanged"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(stats(&t)["articles"], 5);

    t.write("c/5.txt", article(5));
    t.write(
        "c/0.txt",
        "Harbour reopens\n\nThe harbour reopened to ferries on Monday.\n",
    );
    std::fs::remove_file(dir.join("1.txt")).unwrap();
    let out = t.index(&dir);
    let summary = text(&out.stdout);
    assert!(summary.contains("indexed 2 articles"), "{summary}");
    assert!(summary.contains("1 file changed"), "{summary}");
    assert!(summary.contains("1 file deleted"), "{summary}");
    assert_eq!(stats(&t)["articles"], 5);
    assert_eq!(count(&t, "harbour"), 1);
    assert_eq!(
        count(&t, "\"budget item 1\""),
        0,
        "deleted file still searchable"
    );
    assert_eq!(
        count(&t, "\"budget item 0\""),
        0,
        "old version of a changed file still searchable"
    );
}

#[test]
fn the_same_article_twice_is_indexed_once() {
    let t = TestDir::new();
    t.write("c/a.txt", article(1));
    t.write("c/copy-of-a.txt", article(1));
    let out = t.index(&t.path().join("c"));
    assert!(
        text(&out.stdout).contains("1 article already indexed"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(count(&t, "council"), 1);
}

#[test]
fn rebuild_starts_afresh() {
    let t = TestDir::new();
    t.write("c/a.txt", article(1));
    t.index(&t.path().join("c"));
    let out = newsdex()
        .args(["index", "-q", "--rebuild", "--index"])
        .arg(t.index_path())
        .arg(t.path().join("c"))
        .output()
        .unwrap();
    assert!(
        text(&out.stdout).contains("indexed 1 articles"),
        "{}",
        text(&out.stdout)
    );
}

#[cfg(unix)]
#[test]
fn killed_indexer_leaves_a_searchable_index_and_the_next_run_completes() {
    let t = TestDir::new();
    let files = 600;
    for n in 0..files {
        t.write(&format!("c/{n:04}.txt"), article(n));
    }
    let dir = t.path().join("c");
    for delay_ms in [50u64, 300, 900] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
            .args([
                "index",
                "-q",
                "--threads",
                "1",
                "--commit-every",
                "20",
                "--index",
            ])
            .arg(t.index_path())
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL: no chance to clean up
        let _ = child.wait();
        // Whatever was committed is searchable (or there is no index yet at all).
        if t.index_path().join("meta.json").exists() {
            let out = newsdex()
                .args(["search", "council", "--json", "--index"])
                .arg(t.index_path())
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "after kill at {delay_ms} ms: {}",
                text(&out.stderr)
            );
        }
    }
    let out = t.index(&dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let s = stats(&t);
    assert_eq!(
        s["articles"], files,
        "no duplicate and no missing article: {s}"
    );
}

#[test]
fn an_index_from_another_schema_version_asks_for_rebuild() {
    let t = TestDir::new();
    t.write("c/a.txt", article(1));
    t.index(&t.path().join("c"));
    std::fs::write(
        t.index_path().join("newsdex.json"),
        "{\"schema_version\": 999}",
    )
    .unwrap();
    let out = newsdex()
        .args(["search", "council", "--index"])
        .arg(t.index_path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("schema version 999") && err.contains("--rebuild"),
        "{err}"
    );
}

#[test]
fn a_second_concurrent_indexer_is_told_the_index_is_locked() {
    let t = TestDir::new();
    for n in 0..300 {
        t.write(&format!("c/{n:04}.txt"), article(n));
    }
    let dir = t.path().join("c");
    let mut first = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
        .args([
            "index",
            "-q",
            "--threads",
            "1",
            "--commit-every",
            "30",
            "--index",
        ])
        .arg(t.index_path())
        .arg(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Once the first indexer has committed an article it certainly holds the writer lock.
    let committed = |t: &TestDir| {
        newsdex()
            .args(["stats", "--json", "--index"])
            .arg(t.index_path())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| crate::util::json_lines(&o.stdout))
            .is_some_and(|v| v[0]["articles"].as_u64().unwrap_or(0) > 0)
    };
    while first.try_wait().ok().flatten().is_none() && !committed(&t) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let second = t.index(&dir);
    let still_running = first.try_wait().ok().flatten().is_none();
    let _ = first.wait();
    assert!(
        still_running,
        "first indexer finished too early to test locking"
    );
    assert_eq!(second.status.code(), Some(1));
    assert!(
        text(&second.stderr).contains("locked by another newsdex process"),
        "{}",
        text(&second.stderr)
    );
    assert_eq!(stats(&t)["articles"], 300);
}
