//! Measures what the actor stage adds on top of the reader.
//!
//! `cargo run --release -p chancery-analysis --example bench_actors [-- FILE...]`
//!
//! Without files it uses three built-in articles of about 3 KB each (written for this benchmark).
//! It times (fastest of 300 rounds, as the machine may be shared) (a) reading only and (b) reading plus [`find_actors`], with the
//! built-in knowledge base already loaded, and prints both and the overhead in percent.

use chancery_analysis::actors::find_actors;
use chancery_kb::Kb;
use std::time::{Duration, Instant};

const PARAS: &[&str] = &[
    "U.S. Secretary of State Marco Rubio met on Thursday with Syrian Foreign Minister Asaad al-Shaibani in Antalya, the first meeting of its kind in years, officials said.",
    "Israeli Prime Minister Benjamin Netanyahu told reporters that Israel would not withdraw from the buffer zone until the Syrian government offered guarantees.",
    "Turkish Foreign Minister Hakan Fidan said Ankara was ready to mediate between Damascus and Jerusalem, while Washington urged both sides to keep talking.",
    "A senior U.S. official said the talks were at an early stage. U.S. and Israeli officials declined to give a date for the next round.",
    "Trump's envoy Tom Barrack travelled to Beirut and then to Amman, where he met Jordanian officials and Lebanese lawmakers.",
    "The Syrian leader said his government wanted calm on the border. Russian forces and Iranian advisers left several bases last year.",
    "Egyptian and Qatari mediators shuttled between the parties. Hamas said its delegation would return to Cairo on Sunday.",
    "The Kremlin said President Vladimir Putin had spoken with Recep Tayyip Erdogan by phone about grain exports and the war in Ukraine.",
    "Ukrainian Foreign Minister Andrii Sybiha met European Union envoys in Brussels; the French president and the British prime minister joined by video.",
    "The State Department said the United Nations would oversee the exchange, and that the White House had been informed.",
];

fn article_text(k: usize) -> String {
    let mut s = format!("Talks on the border, part {k}\n\n");
    let mut i = k;
    while s.len() < 3000 {
        s.push_str(PARAS[i % PARAS.len()]);
        s.push_str("\n\n");
        i += 3;
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let docs: Vec<(String, Vec<u8>)> = if args.is_empty() {
        (0..3).map(|k| (format!("builtin{k}.txt"), article_text(k).into_bytes())).collect()
    } else {
        args.iter().map(|p| (p.clone(), std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}")))).collect()
    };
    let t = Instant::now();
    let kb = Kb::builtin();
    println!("knowledge base built in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    // Warm up, and show what was found.
    let mut mentions = 0;
    let mut actors = 0;
    for (p, b) in &docs {
        for a in chancery_article::read(p, b).unwrap_or_default() {
            let s = find_actors(&a, kb);
            mentions += s.index.len();
            actors += s.actors.len();
        }
    }
    // The machine is shared: keep the fastest of many rounds of each measurement.
    let rounds = 300;
    let mut t_read = Duration::MAX;
    let mut t_both = Duration::MAX;
    // Interleave the two measurements to share machine noise.
    for _ in 0..rounds {
        let t0 = Instant::now();
        for (p, b) in &docs {
            let arts = chancery_article::read(p, b).unwrap_or_default();
            std::hint::black_box(&arts);
        }
        t_read = t_read.min(t0.elapsed());
        let t1 = Instant::now();
        for (p, b) in &docs {
            for a in chancery_article::read(p, b).unwrap_or_default() {
                std::hint::black_box(find_actors(&a, kb));
            }
        }
        t_both = t_both.min(t1.elapsed());
    }
    let arts: Vec<_> = docs.iter().flat_map(|(p, b)| chancery_article::read(p, b).unwrap_or_default()).collect();
    let mut t_find = Duration::MAX;
    for _ in 0..rounds {
        let t2 = Instant::now();
        for a in &arts {
            std::hint::black_box(kb.find(&a.norm).count());
        }
        t_find = t_find.min(t2.elapsed());
    }
    if std::env::var_os("ACTORS_ONLY").is_some() {
        // For profiling: the actor stage alone, many times.
        for _ in 0..20000 {
            for a in &arts {
                std::hint::black_box(find_actors(a, kb));
            }
        }
        return;
    }
    let per = |d: Duration| d.as_secs_f64() * 1e6 / docs.len() as f64;
    let (r, b) = (per(t_read), per(t_both));
    println!("{} articles, {} bytes, {} actors, {} mentions per pass", docs.len(), bytes, actors, mentions);
    println!("reader only:     {r:8.1} us/article ({:.1} MB/s)", bytes as f64 / docs.len() as f64 / r);
    println!("reader + actors: {b:8.1} us/article ({:.1} MB/s)", bytes as f64 / docs.len() as f64 / b);
    println!("  of which the knowledge-base automaton (Kb::find): {:8.1} us/article", per(t_find));
    println!("actors add:      {:8.1} us/article = {:.1}% on top of the reader", b - r, (b - r) / r * 100.0);
}
