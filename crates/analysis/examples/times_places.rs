//! Runs the time and place finders over the sentences of the given articles (publication date
//! taken as 2025-06-30): `SHOW=1` prints what they find, `FUZZ=1` runs them on many substrings
//! (no panics, offsets in range), otherwise prints throughput on one core.
//!
//! `cargo run --release -p chancery-analysis --example times_places -- FILES...`

use std::time::Instant;
fn main() {
    let kb = chancery_kb::Kb::builtin();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = chrono::NaiveDate::from_ymd_opt(2025, 6, 30);
    let mut sents: Vec<String> = Vec::new();
    for p in &args {
        let b = std::fs::read(p).unwrap();
        for a in chancery_article::read(p, &b).unwrap() {
            for s in &a.sentences {
                sents.push(a.norm[s.start..s.end].to_string());
            }
        }
    }
    if std::env::var("FUZZ").is_ok() {
        let mut n = 0usize;
        for s in &sents {
            let idx: Vec<usize> = s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())).collect();
            for (k, &a) in idx.iter().enumerate().step_by(3) {
                for &b in idx[k..].iter().step_by(7).take(12) {
                    let sub = &s[a..b];
                    for t in chancery_analysis::times::find_times(sub, base) { assert!(t.end <= sub.len() && sub.is_char_boundary(t.start)); n += 1; }
                    for t in chancery_analysis::times::find_times(sub, None) { assert!(t.end <= sub.len()); n += 1; }
                    for p in chancery_analysis::places::find_places(sub, kb) { assert!(p.end <= sub.len() && sub.is_char_boundary(p.end)); n += 1; }
                }
            }
        }
        println!("fuzz ok {n}");
        return;
    }
    let show = std::env::var("SHOW").is_ok();
    if show {
        for s in &sents {
            let t = chancery_analysis::times::find_times(s, base);
            let p = chancery_analysis::places::find_places(s, kb);
            if !t.is_empty() || !p.is_empty() {
                println!("{s}");
                for x in &t { println!("   T {:?} {:?} {:?} attr={} cue={:?}", x.text, x.value, x.precision, x.attributive, x.cue); }
                for x in &p { println!("   P {:?} {} {} {} {:?} host={} venue={:?}", &s[x.start..x.end], x.name, x.country, x.cue, x.kind, x.host, x.venue); }
            }
        }
    }
    let bytes: usize = sents.iter().map(|s| s.len()).sum();
    let reps = 200;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..reps { for s in &sents { n += chancery_analysis::times::find_times(s, base).len(); } }
    let dt = t.elapsed().as_secs_f64();
    println!("times: {} sentences x {reps}: {:.0} sentences/s, {:.1} MB/s ({n})", sents.len(), (sents.len()*reps) as f64/dt, (bytes*reps) as f64/dt/1e6);
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..reps { for s in &sents { n += chancery_analysis::places::find_places(s, kb).len(); } }
    let dt = t.elapsed().as_secs_f64();
    println!("places: {} sentences x {reps}: {:.0} sentences/s, {:.1} MB/s ({n})", sents.len(), (sents.len()*reps) as f64/dt, (bytes*reps) as f64/dt/1e6);
}
