//! Bad input never crashes and never loses data: each bad entry is reported with its path and
//! reason, the good files are indexed, and the exit code is 2.

use crate::util::{newsdex, text, TestDir};

const GOOD: &str = "Harbour talks resume\n\nThe harbour authority said talks with dock workers would resume on Monday.\n";

/// The first bytes of a real PNG file, then binary noise.
fn png_bytes() -> Vec<u8> {
    let mut b = vec![
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
    ];
    b.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    b
}

#[test]
fn bad_files_are_reported_and_the_rest_indexed() {
    let t = TestDir::new();
    let corpus = t.path().join("corpus");
    t.write("corpus/good.txt", GOOD);
    t.write("corpus/empty.txt", "");
    t.write("corpus/blank.txt", "  \n\n \t \n");
    t.write("corpus/image.txt", png_bytes());
    std::fs::create_dir_all(corpus.join("nothing-here")).unwrap();
    // 50 MB of text: over the per-file limit.
    t.write("corpus/huge.txt", "word ".repeat(10 * 1024 * 1024));

    let out = t.index(&corpus);
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{stdout}\n{}",
        text(&out.stderr)
    );
    assert!(stdout.contains("indexed 1 articles"), "{stdout}");
    for (file, reason) in [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("image.txt", "not text"),
        ("nothing-here", "empty directory"),
        ("huge.txt", "too large"),
    ] {
        let line = stdout
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported:\n{stdout}"));
        assert!(line.contains(reason), "{file}: {line}");
    }
    let hits = t.json("search", "harbour");
    assert_eq!(hits.len(), 1, "{hits:?}");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestDir::new();
    let corpus = t.path().join("corpus");
    t.write("corpus/good.txt", GOOD);
    let locked = t.write("corpus/locked.txt", GOOD.replace("harbour", "airport"));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions cannot make the file unreadable, so there is nothing to test.
        eprintln!("skipping: running with privileges that ignore file permissions");
        return;
    }
    let out = t.index(&corpus);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains("locked.txt: cannot read"),
        "locked.txt not reported:\n{stdout}"
    );
    assert_eq!(t.json("search", "harbour").len(), 1);
}

#[cfg(unix)]
#[test]
fn non_utf8_file_name_is_indexed_under_a_printable_name() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let t = TestDir::new();
    let corpus = t.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join(OsStr::from_bytes(b"caf\xe9.txt")), GOOD).unwrap();
    let out = t.index(&corpus);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let hits = t.json("search", "harbour");
    assert_eq!(hits.len(), 1);
    let source = hits[0]["source"].as_str().unwrap_or_default();
    assert!(source.ends_with("caf\u{FFFD}.txt"), "{source}");
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_fatal() {
    let t = TestDir::new();
    let corpus = t.path().join("corpus");
    t.write("corpus/sub/good.txt", GOOD);
    std::os::unix::fs::symlink(&corpus, corpus.join("sub").join("loop")).unwrap();
    let out = t.index(&corpus);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(stdout.contains("symlink loop"), "{stdout}");
    assert_eq!(t.json("search", "harbour").len(), 1);
}

#[test]
fn missing_directory_is_a_fatal_error_with_its_path() {
    let t = TestDir::new();
    let out = t.index(&t.path().join("no-such-dir"));
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("no-such-dir"), "{err}");
}

#[test]
fn extract_reports_bad_files_and_prints_the_good_ones() {
    let t = TestDir::new();
    let good = t.write("good.txt", GOOD);
    let empty = t.write("empty.txt", "");
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(&good)
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout).lines().count(), 1);
    assert!(text(&out.stderr).contains("empty.txt: empty file"));
}
