//! Single-threaded reading speed: reads every file under the given directories (gunzipping
//! `.gz`), runs the article reader on each and prints articles/s and MB/s, separately for plain
//! text and HTML inputs.
//!
//!     cargo run --release -p chancery-article --example bench_read -- DIR...
//!
//! `--dump FILE` prints the article read from one file instead (title, metadata, blocks).

use std::io::Write;
use std::time::{Duration, Instant};

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        if d.is_file() {
            out.push(d);
            continue;
        }
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
}

#[derive(Default)]
struct Tally {
    n: usize,
    bytes: usize,
    failed: usize,
    time: Duration,
    cpu: Option<Duration>,
}

/// CPU time of the current thread in nanoseconds (Linux `/proc/thread-self/schedstat`).
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        for p in &args[1..] {
            let raw = std::fs::read(p).expect("readable file");
            let bytes = chancery_article::gunzip_if_needed(&raw).expect("gzip");
            match chancery_article::read(p, &bytes) {
                Ok(arts) => {
                    for a in arts {
                        println!("title: {:?}\nsubtitle: {:?}\nauthor: {:?}\npublished: {:?}\noutlet: {:?}\nurl: {:?}", a.title, a.subtitle, a.author, a.published, a.outlet, a.url);
                        for b in &a.blocks {
                            println!("[{:?}] {}", b.kind, a.orig(b.start, b.end));
                        }
                    }
                }
                Err(e) => println!("error: {e}"),
            }
        }
        return;
    }
    let mut paths = Vec::new();
    for a in &args {
        files(std::path::Path::new(a), &mut paths);
    }
    paths.sort();
    // Load everything first so that only reading is timed.
    let mut inputs = Vec::with_capacity(paths.len());
    for p in &paths {
        let Ok(raw) = std::fs::read(p) else { continue };
        let bytes = match chancery_article::gunzip_if_needed(&raw) {
            Ok(b) => b.into_owned(),
            Err(_) => continue,
        };
        inputs.push((p.display().to_string(), bytes));
    }
    // Warm-up pass: classify each input by the kind the reader detects.
    let mut groups: [Vec<usize>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for (k, (label, bytes)) in inputs.iter().enumerate() {
        let g = match chancery_article::read(label, bytes) {
            Ok(arts) => match arts.first().and_then(|a| a.kind) {
                Some(chancery_article::InputKind::Text) => 0,
                Some(chancery_article::InputKind::Html) => 1,
                _ => 2,
            },
            Err(_) => {
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
                if head.contains("<html") || head.contains("<!doctype") { 1 } else { 0 }
            }
        };
        groups[g].push(k);
    }
    let mut tallies = [Tally::default(), Tally::default(), Tally::default()];
    let total = Instant::now();
    for (g, idx) in groups.iter().enumerate() {
        let t = &mut tallies[g];
        let cpu0 = cpu_ns();
        let t0 = Instant::now();
        for &k in idx {
            let (label, bytes) = &inputs[k];
            let r = chancery_article::read(label, bytes);
            t.n += 1;
            t.bytes += bytes.len();
            if r.is_err() {
                t.failed += 1;
            }
            std::hint::black_box(&r);
        }
        t.time = t0.elapsed();
        t.cpu = cpu_ns().map(|c1| Duration::from_nanos(c1 - cpu0.unwrap_or(c1)));
    }
    let [text, html, other] = &tallies;
    let wall = total.elapsed();
    for (name, t) in [("text", text), ("html", html), ("json", other)] {
        if t.n == 0 {
            continue;
        }
        // CPU time of this thread when available (robust on a busy machine), else wall time.
        let s = match t.cpu {
            Some(c) if c.as_secs_f64() > 0.05 => c,
            _ => t.time,
        }
        .as_secs_f64()
        .max(1e-9);
        let _ = writeln!(std::io::stdout(),
            "{name:5} {:6} inputs ({} failed) {:8.1} MB  cpu {:7.3} s (wall {:7.3} s)  {:9.1} articles/s  {:7.1} MB/s",
            t.n,
            t.failed,
            t.bytes as f64 / 1e6,
            s,
            t.time.as_secs_f64(),
            t.n as f64 / s,
            t.bytes as f64 / 1e6 / s
        );
    }
    let _ = writeln!(std::io::stdout(), "total {} inputs in {:.3} s (single thread)", inputs.len(), wall.as_secs_f64());
}
