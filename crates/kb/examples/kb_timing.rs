//! Times the knowledge base: `Kb::builtin()` load, and `Kb::find` over text files.
//!
//! `cargo run --release -p chancery-kb --example kb_timing -- [FILE...]`

use std::time::Instant;

/// CPU time of this thread in ms (Linux; 0 elsewhere): the machine may be shared, wall time varies.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok().and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok()).unwrap_or(0.0) / 1e6
}

fn main() {
    let (t, c) = (Instant::now(), cpu_ms());
    let kb = chancery_kb::Kb::builtin();
    let load = t.elapsed().as_secs_f64() * 1000.0;
    println!("load cpu {:.1} ms", cpu_ms() - c);
    println!("Kb::builtin() in {load:.1} ms ({} countries, {} office rows, {} orgs, {} titles)", kb.countries.len(), kb.people.len(), kb.orgs.len(), kb.titles.len());
    let (t, c) = (Instant::now(), cpu_ms());
    let found = kb.places.lookup("Aleppo", None).map(|p| p.name.clone());
    println!("first place lookup in {:.1} ms, cpu {:.1} ms ({found:?}; {} places)", t.elapsed().as_secs_f64() * 1000.0, cpu_ms() - c, kb.places.len());
    let texts: Vec<String> = std::env::args().skip(1).filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    if texts.is_empty() {
        return;
    }
    let bytes: usize = texts.iter().map(|s| s.len()).sum();
    let rounds = (20_000_000 / bytes.max(1)).clamp(1, 1000);
    let t = Instant::now();
    let mut hits = 0usize;
    for _ in 0..rounds {
        for s in &texts {
            hits += kb.find(s).count();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!("find: {} bytes x {rounds} rounds, {} hits/round, {:.1} MB/s", bytes, hits / rounds, (bytes * rounds) as f64 / secs / 1e6);
}
