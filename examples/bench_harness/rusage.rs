//! Child processes → their wall time, CPU time (user + system) and peak RSS.
//!
//! `getrusage(RUSAGE_CHILDREN)` declared by hand, as `bench_query` does for its clock: std links
//! the C library anyway, and two calls do not justify the `libc` crate. RUSAGE_CHILDREN covers
//! every child waited for so far; the harness runs one measured child at a time and takes
//! differences of the CPU times, and `time` runs a single child so its peak RSS is that child's.

use std::process::{Child, ExitStatus};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

#[repr(C)]
struct Timeval {
    tv_sec: i64,
    tv_usec: i64,
}

/// `struct rusage` on 64-bit Linux: two timevals, then 14 longs of which `ru_maxrss` (KiB) is first.
#[repr(C)]
struct Rusage {
    utime: Timeval,
    stime: Timeval,
    maxrss: i64,
    rest: [i64; 13],
}

extern "C" {
    fn getrusage(who: i32, usage: *mut Rusage) -> i32;
}

const RUSAGE_CHILDREN: i32 = -1;

/// CPU seconds (user, system) and peak RSS (KiB) of all waited-for children.
pub fn children() -> (f64, f64, i64) {
    let mut u = Rusage {
        utime: Timeval {
            tv_sec: 0,
            tv_usec: 0,
        },
        stime: Timeval {
            tv_sec: 0,
            tv_usec: 0,
        },
        maxrss: 0,
        rest: [0; 13],
    };
    // SAFETY: `u` is a valid, writable rusage (64-bit Linux layout) for the call's duration.
    if unsafe { getrusage(RUSAGE_CHILDREN, &mut u) } != 0 {
        return (0.0, 0.0, 0);
    }
    let secs = |t: &Timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (secs(&u.utime), secs(&u.stime), u.maxrss)
}

/// What one measured run cost.
pub struct Cost {
    pub wall: f64,
    pub user: f64,
    pub sys: f64,
    /// Peak RSS of the children so far, in KiB: the child's own when it is the only one.
    /// It counts the index files tantivy maps while merging as well as the heap.
    pub maxrss_kib: i64,
    /// Peak anonymous RSS (heap, stacks: what the writer's memory budget bounds), in KiB,
    /// sampled from `/proc/PID/status` every 20 ms; 0 where /proc is missing.
    pub anon_peak_kib: i64,
    pub status: Option<ExitStatus>,
}

impl Cost {
    pub fn cpu(&self) -> f64 {
        self.user + self.sys
    }
}

/// Waits for `child` (started at `started`) and measures it.
pub fn measure(mut child: Child, started: Instant) -> Cost {
    let (u0, s0, _) = children();
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (done, status) = (done.clone(), format!("/proc/{}/status", child.id()));
        std::thread::spawn(move || {
            let mut peak = 0;
            while !done.load(Ordering::Relaxed) {
                let Ok(text) = std::fs::read_to_string(&status) else {
                    break;
                };
                let anon = text
                    .lines()
                    .find_map(|l| l.strip_prefix("RssAnon:"))
                    .and_then(|v| v.split_whitespace().next()?.parse::<i64>().ok());
                peak = peak.max(anon.unwrap_or(0));
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            peak
        })
    };
    let status = child.wait().ok();
    done.store(true, Ordering::Relaxed);
    let anon_peak_kib = sampler.join().unwrap_or(0);
    let wall = started.elapsed().as_secs_f64();
    let (u1, s1, rss) = children();
    Cost {
        wall,
        user: u1 - u0,
        sys: s1 - s0,
        maxrss_kib: rss,
        anon_peak_kib,
        status,
    }
}
