//! `chancery bench`: throughput of each stage on the given inputs, held in memory.

use rayon::prelude::*;
use std::time::Instant;

/// Inputs loaded in memory, split by kind.
pub struct Corpus {
    /// `(label, bytes)` of every input.
    pub docs: Vec<(String, Vec<u8>)>,
}

/// Runs the benchmark and prints one line per stage and input kind.
pub fn run(corpus: &Corpus, repeat: usize) {
    let t = Instant::now();
    let kb = chancery_kb::Kb::builtin();
    let kb_ms = t.elapsed().as_secs_f64() * 1000.0;
    println!("knowledge base ready in {kb_ms:.1} ms (parsing the data and compiling the automata, once per process)");
    println!("threads: {}", rayon::current_num_threads());
    let mut by_kind: std::collections::BTreeMap<&'static str, Vec<&(String, Vec<u8>)>> = Default::default();
    for d in &corpus.docs {
        let kind = match chancery_article::read_records(&d.0, &d.1) {
            Ok(r) => r.iter().flatten().next().and_then(|a| a.kind).map_or("other", |k| k.as_str()),
            Err(_) => "unreadable",
        };
        by_kind.entry(kind).or_default().push(d);
    }
    println!("{:<6} {:>6} {:>9}  {:<22} {:>12} {:>10} {:>10}", "kind", "docs", "avg KB", "stage", "articles/s", "MB/s", "1-core/s");
    for (kind, docs) in &by_kind {
        if *kind == "unreadable" {
            continue;
        }
        let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
        let avg_kb = bytes as f64 / docs.len().max(1) as f64 / 1024.0;
        for stage in ["read", "read+actors", "read+actors+events"] {
            let work = |d: &&(String, Vec<u8>)| -> usize {
                let Ok(recs) = chancery_article::read_records(&d.0, &d.1) else { return 0 };
                let mut n = 0;
                for a in recs.into_iter().flatten() {
                    n += match stage {
                        "read" => a.sentences.len(),
                        "read+actors" => chancery_analysis::actors::find_actors(&a, kb).actors.len(),
                        _ => chancery_analysis::analyze(&a, kb).events.len(),
                    };
                }
                n
            };
            // Parallel across articles.
            let t = Instant::now();
            let mut sink = 0usize;
            for _ in 0..repeat {
                sink += docs.par_iter().map(work).sum::<usize>();
            }
            let par = t.elapsed().as_secs_f64();
            // One core.
            let t = Instant::now();
            let one_rep = repeat.div_ceil(4).max(1);
            for _ in 0..one_rep {
                sink += docs.iter().map(work).sum::<usize>();
            }
            let one = t.elapsed().as_secs_f64();
            std::hint::black_box(sink);
            let n = (docs.len() * repeat) as f64;
            println!(
                "{:<6} {:>6} {:>9.1}  {:<22} {:>12.0} {:>10.1} {:>10.0}",
                kind,
                docs.len(),
                avg_kb,
                stage,
                n / par,
                (bytes * repeat) as f64 / par / 1e6,
                (docs.len() * one_rep) as f64 / one
            );
        }
    }
}
