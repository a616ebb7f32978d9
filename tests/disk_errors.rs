//! A full disk, a read-only index directory, an index path that is not a directory: each gives a
//! clear error naming the path and the reason (exit code 1), and the index as last committed
//! still answers searches afterwards.
//!
//! CI runs as root, where file permissions do not stop writes, so the real conditions are made
//! with a small tmpfs mounted in a private mount namespace (`unshare`): it is filled up for the
//! disk-full case and remounted read-only for the other. Where namespaces or mounts are not
//! allowed these tests say so and pass without checking; as a normal user, `chmod` makes the
//! read-only case instead.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{newsdex, repo, text, TestDir};

/// `search talks` hit count for the index at `index`, or the failure output.
fn count_talks(index: &Path) -> usize {
    let out = newsdex()
        .args(["search", "talks", "--json", "--limit", "50", "--index"])
        .arg(index)
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success(), "search: {}", text(&out.stderr));
    crate::util::json_lines(&out.stdout)
        .iter()
        .filter(|l| l.get("rank").is_some())
        .count()
}

#[test]
fn index_path_that_is_a_file_is_refused() {
    let t = TestDir::new();
    let file = t.write("index", "not an index");
    let out = t.index(&repo().join("corpus/wire"));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("index path {} is not a directory", file.display())),
        "{err}"
    );
    // Searching it says the same instead of "no index".
    let out = newsdex()
        .args(["search", "talks", "--index"])
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is not a directory"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read(&file).ok().as_deref(),
        Some(&b"not an index"[..])
    );
}

#[test]
fn missing_parent_directories_are_created() {
    let t = TestDir::new();
    let index = t.path().join("a/b/index");
    let out = newsdex()
        .args(["index", "--quiet", "--index"])
        .arg(&index)
        .arg(repo().join("corpus/wire"))
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(count_talks(&index) > 0);
}

#[test]
fn parent_that_is_a_file_is_refused() {
    let t = TestDir::new();
    t.write("file", "x");
    let index = t.path().join("file/index");
    let out = newsdex()
        .args(["index", "--quiet", "--index"])
        .arg(&index)
        .arg(repo().join("corpus/wire"))
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "index path {} is not a directory",
            index.display()
        )),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn read_only_directory_by_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestDir::new();
    let index = t.index_path();
    assert!(t.index(&repo().join("corpus/wire")).status.success());
    let before = count_talks(&index);
    let mode = |m| std::fs::set_permissions(&index, std::fs::Permissions::from_mode(m));
    mode(0o555).unwrap_or_else(|e| panic!("chmod: {e}"));
    if std::fs::write(index.join("probe"), "x").is_ok() {
        let _ = mode(0o755);
        eprintln!("skipping: running with privileges that ignore file permissions");
        return;
    }
    let out = t.index(&repo().join("corpus/bbc-style"));
    let _ = mode(0o755);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("index directory {} is read-only", index.display())),
        "{err}"
    );
    assert_eq!(count_talks(&index), before);
}

/// Runs `script` with `sh` in a private mount namespace, with `$MNT` a fresh tmpfs of `size`
/// and `$BIN` the newsdex binary. None when this machine does not allow it (not root, no
/// `unshare`, mounts forbidden).
fn in_tmpfs(t: &TestDir, size: &str, script: &str) -> Option<PathBuf> {
    let mnt = t.path().join("mnt");
    std::fs::create_dir_all(&mnt).ok()?;
    let bin = assert_cmd::cargo::cargo_bin("newsdex");
    let full = format!("mount -t tmpfs -o size={size} tmpfs \"$MNT\" || exit 77\n{script}");
    let status = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", &full])
        .env("MNT", &mnt)
        .env("BIN", &bin)
        .env("OUT", t.path())
        .env("NO_COLOR", "1")
        .current_dir(repo())
        .status()
        .ok()?;
    match status.code() {
        Some(0) => Some(mnt),
        code => {
            eprintln!("skipping: no private tmpfs here (unshare/mount exited with {code:?})");
            None
        }
    }
}

fn read(t: &TestDir, name: &str) -> String {
    std::fs::read_to_string(t.path().join(name)).unwrap_or_default()
}

/// Each step of the script records its exit code, stdout and stderr as `$OUT/NAME.{code,out,err}`.
const STEP: &str = r#"step() { name=$1; shift; "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"; echo $? > "$OUT/$name.code"; }
"#;

#[test]
fn disk_full_keeps_the_last_commit_searchable() {
    let t = TestDir::new();
    let script = format!(
        "{STEP}\
         step first \"$BIN\" index --quiet --index \"$MNT/index\" corpus/wire\n\
         step before \"$BIN\" search talks --json --index \"$MNT/index\"\n\
         dd if=/dev/zero of=\"$MNT/fill\" bs=4k 2>/dev/null\n\
         step full \"$BIN\" index --quiet --index \"$MNT/index\" corpus/bbc-style\n\
         step after \"$BIN\" search talks --json --index \"$MNT/index\"\n\
         rm \"$MNT/fill\"\n\
         step again \"$BIN\" index --quiet --index \"$MNT/index\" corpus/bbc-style\n\
         step last \"$BIN\" search talks --json --index \"$MNT/index\"\n"
    );
    let Some(mnt) = in_tmpfs(&t, "2m", &script) else {
        return;
    };
    let index = mnt.join("index");
    assert_eq!(
        read(&t, "first.code").trim(),
        "0",
        "{}",
        read(&t, "first.err")
    );
    assert_eq!(
        read(&t, "full.code").trim(),
        "1",
        "{}",
        read(&t, "full.out")
    );
    let err = read(&t, "full.err");
    assert!(
        err.contains(&format!(
            "no space left on device while writing {}: the previous index is intact",
            index.display()
        )),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    // The failed run changed nothing a search sees; once there is room, the same run succeeds
    // and adds its articles.
    assert_eq!(
        read(&t, "after.code").trim(),
        "0",
        "{}",
        read(&t, "after.err")
    );
    assert_eq!(read(&t, "after.out"), read(&t, "before.out"));
    assert!(!read(&t, "before.out").is_empty());
    assert_eq!(
        read(&t, "again.code").trim(),
        "0",
        "{}",
        read(&t, "again.err")
    );
    assert!(read(&t, "last.out").lines().count() > read(&t, "before.out").lines().count());
}

#[test]
fn read_only_file_system_keeps_the_index_searchable() {
    let t = TestDir::new();
    let script = format!(
        "{STEP}\
         step first \"$BIN\" index --quiet --index \"$MNT/index\" corpus/wire\n\
         step before \"$BIN\" search talks --json --index \"$MNT/index\"\n\
         mount -o remount,ro \"$MNT\" || exit 78\n\
         step update \"$BIN\" index --quiet --index \"$MNT/index\" corpus/bbc-style\n\
         step rebuild \"$BIN\" index --quiet --rebuild --index \"$MNT/index\" corpus/wire\n\
         step fresh \"$BIN\" index --quiet --index \"$MNT/other\" corpus/wire\n\
         step after \"$BIN\" search talks --json --index \"$MNT/index\"\n"
    );
    let Some(mnt) = in_tmpfs(&t, "2m", &script) else {
        return;
    };
    assert_eq!(
        read(&t, "first.code").trim(),
        "0",
        "{}",
        read(&t, "first.err")
    );
    for (step, dir) in [
        ("update", "index"),
        ("rebuild", "index"),
        ("fresh", "other"),
    ] {
        let err = read(&t, &format!("{step}.err"));
        assert_eq!(
            read(&t, &format!("{step}.code")).trim(),
            "1",
            "{step}: {err}"
        );
        let want = format!("index directory {} is read-only", mnt.join(dir).display());
        assert!(err.contains(&want), "{step}: {err}");
    }
    assert_eq!(
        read(&t, "after.code").trim(),
        "0",
        "{}",
        read(&t, "after.err")
    );
    assert_eq!(read(&t, "after.out"), read(&t, "before.out"));
    assert!(!read(&t, "before.out").is_empty());
}
