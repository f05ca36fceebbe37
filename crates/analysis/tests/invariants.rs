//! Invariants over many texts: every event role and every index entry points at an actor of
//! the article, and every span lies inside the text. Texts: our own test corpus, development
//! gold set and example articles, alone and with their paragraphs interleaved (mixed contexts
//! are where roles point at actors created on the fly).

use std::path::PathBuf;

fn texts() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in ["tests/corpus", "tests/gold"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
        files.sort();
        for f in files {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            if let Some(t) = v["text"].as_str() {
                out.push(t.to_string());
            }
        }
    }
    out
}

fn check(text: &str) {
    let kb = chancery_kb::Kb::builtin();
    let arts = chancery_article::read("t.txt", text.as_bytes()).unwrap();
    for a in &arts {
        let an = chancery_analysis::analyze(a, kb);
        for e in &an.events {
            for r in e.source.iter().chain(e.target.iter()).chain(e.others.iter()) {
                assert!(r.actor < an.actors.len(), "role points past the actors in {text:?}");
                assert!(r.span.0 <= r.span.1 && r.span.1 <= a.norm.len());
            }
            assert!(e.evidence.0 <= e.evidence.1 && e.evidence.1 <= a.norm.len());
        }
        for x in &an.actors {
            for m in &x.mentions {
                assert!(m.start <= m.end && m.end <= a.norm.len() && a.norm.is_char_boundary(m.start) && a.norm.is_char_boundary(m.end));
            }
        }
    }
}

#[test]
fn roles_and_spans_stay_inside_the_article() {
    let ts = texts();
    assert!(ts.len() >= 50);
    let paras: Vec<&str> = ts.iter().flat_map(|t| t.split("\n\n")).filter(|p| p.len() > 40).collect();
    for t in &ts {
        check(&format!("Headline\n\n{t}"));
    }
    // A mix of our own paragraphs (scripts/make_bench_corpus.py) where a role once pointed at
    // an actor created on the fly and then dropped.
    check(include_str!("fixtures/mixed_paragraphs_0018.txt"));
    // Interleave paragraphs of different articles, deterministically.
    for i in 0..200 {
        let mut doc = String::from("Mixed report\n\n");
        for k in 0..6 {
            doc.push_str(paras[(i * 7 + k * 13 + k * k * 3) % paras.len()]);
            doc.push_str("\n\n");
        }
        check(&doc);
    }
}
