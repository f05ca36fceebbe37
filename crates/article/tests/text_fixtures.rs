//! Data-driven checks of the scraped-text reader: every file under `tests/fixtures/text/` holds
//! expectations, a line `=====`, then the article text (composed for these tests, imitating the
//! residue of many kinds of news pages).
//!
//! Expectation lines (`-` means "none"):
//! `outlet:`, `title:`, `subtitle:`, `author:`, `published:` (ISO date) — compared exactly;
//! `starts:` / `ends:` — prefix / suffix of the body; `heading:` (repeatable) — the exact list of
//! headings in order (no `heading:` line = no headings); `absent:` (repeatable) — must not occur
//! in the body; `paragraphs:`, `items:`, `sentences:` — counts of paragraph blocks, list-item blocks
//! and sentences.

use chancery_article::{Article, BlockKind};
use std::path::Path;

#[derive(Default, Debug)]
struct Expect {
    fields: Vec<(String, String)>,
    headings: Vec<String>,
    absent: Vec<String>,
}

fn parse(src: &str) -> (Expect, String) {
    let (head, body) = src.split_once("\n=====\n").expect("fixture needs a ===== line");
    let mut e = Expect::default();
    for line in head.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once(':').unwrap_or_else(|| panic!("bad expectation line {line:?}"));
        let v = v.strip_prefix(' ').unwrap_or(v).to_string();
        match k {
            "heading" => e.headings.push(v),
            "absent" => e.absent.push(v),
            _ => e.fields.push((k.to_string(), v)),
        }
    }
    (e, body.to_string())
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

/// Checks one fixture; returns the list of failures.
fn check(name: &str, a: &Article, e: &Expect) -> Vec<String> {
    let mut fails = Vec::new();
    let body = a.body();
    for (k, want) in &e.fields {
        let got = match k.as_str() {
            "outlet" => opt(&a.outlet),
            "title" => opt(&a.title),
            "subtitle" => opt(&a.subtitle),
            "author" => opt(&a.author),
            "published" => a.published.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            "starts" => {
                if !body.starts_with(want.as_str()) {
                    fails.push(format!("{name}: body starts {:?}, want {want:?}", &body[..body.len().min(80)]));
                }
                continue;
            }
            "ends" => {
                if !body.ends_with(want.as_str()) {
                    fails.push(format!("{name}: body ends {:?}, want {want:?}", &body[body.len().saturating_sub(80)..]));
                }
                continue;
            }
            "paragraphs" => a.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count().to_string(),
            "items" => a.blocks.iter().filter(|b| b.kind == BlockKind::ListItem).count().to_string(),
            "sentences" => a.sentences.len().to_string(),
            other => panic!("{name}: unknown expectation {other:?}"),
        };
        if &got != want {
            fails.push(format!("{name}: {k} = {got:?}, want {want:?}"));
        }
    }
    let heads: Vec<&str> = a.headings().collect();
    if heads != e.headings {
        fails.push(format!("{name}: headings {heads:?}, want {:?}", e.headings));
    }
    for bad in &e.absent {
        if body.contains(bad.as_str()) {
            fails.push(format!("{name}: body contains {bad:?}"));
        }
    }
    // Sentences never come from headings and always lie inside their block.
    for s in &a.sentences {
        let b = a.blocks[s.block];
        if b.kind == BlockKind::Heading || s.start < b.start || s.end > b.end {
            fails.push(format!("{name}: sentence {:?} outside its block", a.sentence_text(s)));
        }
    }
    fails
}

#[test]
fn text_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("fixture dir").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let mut fails = Vec::new();
    let mut n = 0;
    for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        let src = std::fs::read_to_string(f).expect("read fixture");
        let (e, text) = parse(&src);
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let arts = chancery_article::read(&name, text.as_bytes()).unwrap_or_else(|err| panic!("{name}: {err}"));
        assert_eq!(arts.len(), 1, "{name}");
        fails.extend(check(&name, &arts[0], &e));
        n += 1;
    }
    assert!(n >= 30, "expected at least 30 fixtures, found {n}");
    assert!(fails.is_empty(), "{} failures in {n} fixtures:\n{}", fails.len(), fails.join("\n"));
}
