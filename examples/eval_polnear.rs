//! Dev-loop evaluator for the quotes stage on PolNeAR gold (see ../shared/gold/README.md).
//!
//! ```text
//! cargo run --release --example eval_polnear -- ../shared/gold/polnear/dev.jsonl [--errors N]
//! ```
//!
//! Reads gold JSONL (a `.gz` file is piped through `gzip -dc`: no decompression crate just for
//! this), runs `find_quotes(text, None)` on each article and prints, over direct + mixed quotes:
//! - quote precision / recall / F1: a predicted and a gold quote match when their word tokens
//!   overlap with Dice ≥ 0.5, one-to-one, best pairs first (gold offsets are characters, ours
//!   are bytes, so matching is by tokens, never offsets);
//! - speaker accuracy "as written" over matched quotes with a gold speaker: the predicted
//!   `speaker_mention` and the gold `speaker` span share a content word ("he" = "he",
//!   "Lavrov" ∈ "Sergei Lavrov, Russia's foreign minister");
//! - µs per article for the stage alone.
//!
//! `--errors N` prints up to N examples of each error class (missed, spurious, wrong speaker).
//! Never point it at test.jsonl while tuning: that split is for the final measurement only.

use std::collections::HashMap;
use std::io::{BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Instant;

use newsdex::quotes::{find_quotes, Quote};
use serde_json::Value;

const STOP: &[&str] = &[
    "the", "a", "an", "of", "for", "and", "to", "in", "on", "at", "s", "mr", "mrs", "ms", "dr",
    "who", "said", "says",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in b {
        if let Some(c) = counts.get_mut(w.as_str()).filter(|c| **c > 0) {
            *c -= 1;
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

fn content(s: &str) -> Vec<String> {
    let all = words(s);
    let kept: Vec<String> = all
        .iter()
        .filter(|w| !STOP.contains(&w.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() {
        all
    } else {
        kept
    }
}

fn speaker_ok(pred: Option<&str>, gold: &str) -> bool {
    let Some(pred) = pred else { return false };
    let g = content(gold);
    content(pred).iter().any(|w| g.contains(w))
}

fn read_all(path: &str) -> std::io::Result<String> {
    let mut out = String::new();
    if path.ends_with(".gz") {
        let mut child = Command::new("gzip")
            .args(["-dc", path])
            .stdout(Stdio::piped())
            .spawn()?;
        if let Some(mut so) = child.stdout.take() {
            so.read_to_string(&mut out)?;
        }
        child.wait()?;
    } else {
        BufReader::new(std::fs::File::open(path)?).read_to_string(&mut out)?;
    }
    Ok(out)
}

/// Up to 80 characters around char offsets `start..end` of `text`, on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let s = start.saturating_sub(80).min(chars.len());
    let e = (end + 80).min(chars.len());
    let st = start.min(chars.len());
    let en = end.clamp(st, chars.len());
    let piece = |a: usize, b: usize| chars[a..b].iter().collect::<String>().replace('\n', "⏎");
    format!("{}[[{}]]{}", piece(s, st), piece(st, en), piece(en, e))
}

/// This thread's CPU time so far, from /proc/thread-self/schedstat (nanoseconds, first field).
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn byte_to_char(text: &str, b: usize) -> usize {
    text.char_indices().take_while(|(i, _)| *i < b).count()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: eval_polnear FILE.jsonl[.gz] [--errors N]")?;
    let show: usize = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let data = read_all(path)?;
    let (mut n_pred, mut n_gold, mut matched, mut spk_total, mut spk_ok) = (0, 0, 0, 0, 0);
    let mut by_type: HashMap<String, (usize, usize)> = HashMap::new();
    let (mut missed, mut spurious, mut wrong) = (Vec::new(), Vec::new(), Vec::new());
    let arts: Vec<Value> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    // Timing: the stage alone, warm, best of 5 passes over all articles. CPU time of this
    // thread where Linux tells it (a loaded machine inflates wall time), else wall time.
    let texts: Vec<&str> = arts
        .iter()
        .map(|a| a["text"].as_str().unwrap_or_default())
        .collect();
    let mut elapsed = f64::MAX;
    for _ in 0..5 {
        let (t0, c0) = (Instant::now(), cpu_seconds());
        let n: usize = texts.iter().map(|t| find_quotes(t, None).len()).sum();
        std::hint::black_box(n);
        let took = match (c0, cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => t0.elapsed().as_secs_f64(),
        };
        elapsed = elapsed.min(took);
    }
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let articles = arts.len();
    for art in &arts {
        let text = art["text"].as_str().unwrap_or_default();
        let pred: Vec<Quote> = find_quotes(text, None);
        let gold: Vec<&Value> = art["quotes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|q| matches!(q["type"].as_str(), Some("direct" | "mixed")))
                    .collect()
            })
            .unwrap_or_default();
        n_pred += pred.len();
        n_gold += gold.len();
        let pw: Vec<Vec<String>> = pred.iter().map(|q| words(&q.text)).collect();
        let gw: Vec<Vec<String>> = gold
            .iter()
            .map(|q| words(q["quote"].as_str().unwrap_or("")))
            .collect();
        let mut pairs = Vec::new();
        for (i, p) in pw.iter().enumerate() {
            for (j, g) in gw.iter().enumerate() {
                let d = dice(p, g);
                if d >= 0.5 {
                    pairs.push((d, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut pu, mut gu) = (vec![false; pred.len()], vec![false; gold.len()]);
        for (_, i, j) in pairs {
            if pu[i] || gu[j] {
                continue;
            }
            pu[i] = true;
            gu[j] = true;
            matched += 1;
            let ty = gold[j]["type"].as_str().unwrap_or("").to_string();
            let Some(gs) = gold[j]["speaker"].as_str() else {
                continue;
            };
            spk_total += 1;
            let ok = speaker_ok(pred[i].speaker_mention.as_deref(), gs);
            let e = by_type.entry(ty).or_default();
            e.0 += 1;
            if ok {
                spk_ok += 1;
                e.1 += 1;
            } else {
                let (s, en) = (
                    gold[j]["start"].as_u64().unwrap_or(0) as usize,
                    gold[j]["end"].as_u64().unwrap_or(0) as usize,
                );
                wrong.push(format!(
                    "pred {:?} / gold {:?} ({})\n    {}",
                    pred[i].speaker_mention,
                    gs,
                    gold[j]["cue"].as_str().unwrap_or(""),
                    context(text, s, en)
                ));
            }
        }
        for (j, g) in gold.iter().enumerate().filter(|(j, _)| !gu[*j]) {
            let (s, e) = (
                g["start"].as_u64().unwrap_or(0) as usize,
                g["end"].as_u64().unwrap_or(0) as usize,
            );
            missed.push(format!(
                "{} {:?}\n    {}",
                g["type"].as_str().unwrap_or(""),
                g["speaker"].as_str(),
                context(text, s, e)
            ));
            let _ = j;
        }
        for (i, p) in pred.iter().enumerate().filter(|(i, _)| !pu[*i]) {
            let _ = i;
            let (s, e) = (byte_to_char(text, p.start), byte_to_char(text, p.end));
            spurious.push(format!(
                "{:?} partial={}\n    {}",
                p.speaker_mention,
                p.partial,
                context(text, s, e)
            ));
        }
    }
    let p = matched as f64 / n_pred.max(1) as f64;
    let r = matched as f64 / n_gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!("articles {articles}  gold {n_gold}  pred {n_pred}  matched {matched}");
    println!("quote  P {p:.3}  R {r:.3}  F1 {f:.3}");
    println!(
        "speaker as written {:.3} ({spk_ok}/{spk_total})",
        spk_ok as f64 / spk_total.max(1) as f64
    );
    for (ty, (n, ok)) in &by_type {
        println!("  {ty}: {:.3} ({ok}/{n})", *ok as f64 / (*n).max(1) as f64);
    }
    println!(
        "time {:.1} µs/article ({:.0} bytes/article avg, {:.1} µs per 2 KB)",
        elapsed * 1e6 / articles.max(1) as f64,
        bytes as f64 / articles.max(1) as f64,
        elapsed * 1e6 / (bytes.max(1) as f64 / 2048.0)
    );
    for (name, list) in [
        ("MISSED", &missed),
        ("SPURIOUS", &spurious),
        ("WRONG SPEAKER", &wrong),
    ] {
        if show > 0 {
            println!("\n== {name} ({}) ==", list.len());
            for e in list.iter().take(show) {
                println!("- {e}");
            }
        }
    }
    Ok(())
}
