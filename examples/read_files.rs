//! Paths → a count of the documents and bad records the read stage finds in them, and how fast:
//! `cargo run --release --example read_files -- FILE_OR_DIR...`. Times only reading (sniffing,
//! decompressing, parsing records), not article extraction or indexing.

use std::time::Instant;

use newsdex::read::{self, ReadOptions, WalkEntry};

fn main() {
    let started = Instant::now();
    let (mut files, mut docs, mut bad, mut failed, mut text_bytes) = (0, 0, 0, 0, 0usize);
    let mut disk_bytes = 0u64;
    for root in std::env::args_os().skip(1) {
        for entry in read::walk(root.as_ref()) {
            let WalkEntry::File(path) = entry else {
                continue;
            };
            files += 1;
            disk_bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            let result = read::read_file(&path, &ReadOptions::default(), &mut |d| match d {
                Ok(doc) => {
                    docs += 1;
                    text_bytes += doc.len();
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("{e}");
                }
            });
            if let Err(e) = result {
                failed += 1;
                eprintln!("{e}");
            }
        }
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{files} files ({failed} unreadable), {docs} documents, {bad} bad records in {secs:.3} s"
    );
    println!(
        "{:.1} MB on disk ({:.1} MB/s), {:.1} MB of text out ({:.1} MB/s)",
        disk_bytes as f64 / 1e6,
        disk_bytes as f64 / 1e6 / secs,
        text_bytes as f64 / 1e6,
        text_bytes as f64 / 1e6 / secs
    );
}
