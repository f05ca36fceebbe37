//! Single-threaded reading speed: reads every file under the given directories (gunzipping
//! `.gz`), runs the article reader on each and prints articles/s and MB/s, separately for plain
//! text and HTML inputs.
//!
//!     cargo run --release -p chancery-article --example bench_read -- DIR...
//!
//! `--dump FILE` prints the article read from one file instead (title, metadata, blocks).

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
    let (mut text, mut html, mut other) = (Tally::default(), Tally::default(), Tally::default());
    let total = Instant::now();
    for (label, bytes) in &inputs {
        let t0 = Instant::now();
        let r = chancery_article::read(label, bytes);
        let dt = t0.elapsed();
        let kind = match &r {
            Ok(arts) => arts.first().and_then(|a| a.kind),
            Err(_) => None,
        };
        let tally = match kind {
            Some(chancery_article::InputKind::Text) => &mut text,
            Some(chancery_article::InputKind::Html) => &mut html,
            Some(_) => &mut other,
            None => {
                // Failed: classify by a cheap look at the bytes.
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
                if head.contains("<html") || head.contains("<!doctype") { &mut html } else { &mut text }
            }
        };
        tally.n += 1;
        tally.bytes += bytes.len();
        tally.time += dt;
        if r.is_err() {
            tally.failed += 1;
        }
    }
    let wall = total.elapsed();
    for (name, t) in [("text", &text), ("html", &html), ("json", &other)] {
        if t.n == 0 {
            continue;
        }
        let s = t.time.as_secs_f64().max(1e-9);
        println!(
            "{name:5} {:6} inputs ({} failed) {:8.1} MB  {:8.3} s  {:9.1} articles/s  {:7.1} MB/s",
            t.n,
            t.failed,
            t.bytes as f64 / 1e6,
            s,
            t.n as f64 / s,
            t.bytes as f64 / 1e6 / s
        );
    }
    println!("total {} inputs in {:.3} s (single thread)", inputs.len(), wall.as_secs_f64());
}
