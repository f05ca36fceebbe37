//! The corpus commands on our own 30-article test corpus (tests/corpus): copies, stories,
//! merged events with corroboration, contradictions, a denial and a borrowed date; exports.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_chancery")
}

/// Ingests the corpus once per test process; returns the store path.
fn db() -> &'static str {
    static DB: OnceLock<String> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("chancery-corpus-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("c.db").display().to_string();
        let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
        let mut files: Vec<String> = std::fs::read_dir(&corpus)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| p.display().to_string())
            .collect();
        files.sort();
        assert_eq!(files.len(), 30);
        let out = Command::new(bin()).args(["ingest", "--db", &db]).args(&files).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        db
    })
}

fn run(args: &[&str]) -> String {
    let out = Command::new(bin()).args(args).args(["--db", db()]).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn stories() -> Vec<Value> {
    static S: OnceLock<Vec<Value>> = OnceLock::new();
    S.get_or_init(|| {
        run(&["stories"]).lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| {
            let id = l.split_whitespace().next().unwrap();
            serde_json::from_str(&run(&["story", id, "--json"])).unwrap()
        }).collect()
    })
    .clone()
}

fn ids(story: &Value) -> Vec<String> {
    story["articles"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap().to_string()).collect()
}

fn story_of(id: &str) -> Value {
    stories().into_iter().find(|s| ids(s).iter().any(|x| x == id)).unwrap_or_else(|| panic!("no story holds {id}"))
}

#[test]
fn copies_are_detected() {
    let s = story_of("a02");
    let a02 = s["articles"].as_array().unwrap().iter().find(|a| a["id"] == "a02").unwrap();
    assert_eq!(a02["copy_of"], "a01");
    let d = story_of("d02");
    let d02 = d["articles"].as_array().unwrap().iter().find(|a| a["id"] == "d02").unwrap();
    assert_eq!(d02["copy_of"], "d01");
    let c = story_of("c01");
    assert!(c["articles"].as_array().unwrap().iter().all(|a| a["copy_of"].is_null()), "no copies among the Iran articles");
}

#[test]
fn stories_group_reports_of_one_process_and_keep_processes_apart() {
    let baku = ids(&story_of("a01"));
    for id in ["a02", "a03", "a04", "a08"] {
        assert!(baku.contains(&id.to_string()), "{id} not with a01: {baku:?}");
    }
    let caucasus = ids(&story_of("b01"));
    assert!(caucasus.contains(&"b02".to_string()) && caucasus.contains(&"b03".to_string()), "{caucasus:?}");
    let iran = ids(&story_of("c01"));
    assert!(iran.contains(&"c02".to_string()) && iran.contains(&"c03".to_string()), "{iran:?}");
    let congo = ids(&story_of("d01"));
    assert!(congo.contains(&"d03".to_string()) && congo.contains(&"d04".to_string()), "{congo:?}");
    let firsts = ["a01", "b01", "c01", "d01", "e01", "f01"];
    for (i, x) in firsts.iter().enumerate() {
        for y in &firsts[i + 1..] {
            assert_ne!(story_of(x)["id"], story_of(y)["id"], "{x} and {y} share a story");
        }
    }
}

#[test]
fn the_baku_meeting_is_one_merged_event_with_every_report() {
    let s = story_of("a01");
    let ev = s["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "CONSULT" && e["sources"].as_array().unwrap().iter().any(|r| r["article"] == "a08"))
        // (a08's "Azerbaijan hosted the talks" is a hosting event of its own: the meeting is the
        // merged event with the most reports)
        .max_by_key(|e| e["sources"].as_array().unwrap().len())
        .expect("a merged meeting event reported by a08");
    let arts: Vec<&str> = ev["sources"].as_array().unwrap().iter().map(|r| r["article"].as_str().unwrap()).collect();
    for id in ["a01", "a02", "a03", "a08"] {
        assert!(arts.contains(&id), "{id} missing from {arts:?}");
    }
    // a02 is a copy of a01: it does not count as an independent outlet.
    let outlets: std::collections::BTreeSet<&str> = ev["sources"].as_array().unwrap().iter().map(|r| r["outlet"].as_str().unwrap()).collect();
    assert_eq!(ev["corroboration"].as_u64().unwrap() as usize, outlets.len() - 1, "{outlets:?}");
    // "on Saturday" (a01, published Sunday 13 July) and "on Friday" (a03) disagree.
    assert_eq!(ev["contradictions"]["date"], true);
    // The undated a08 report takes the date of a dated one, and says so.
    assert!(ev["date"].as_str().unwrap().starts_with("2025-07-1"), "{}", ev["date"]);
    assert!(!ev["date_from"].is_null());
    // Damascus denied the meeting (a04).
    assert!(arts.contains(&"a04"), "{arts:?}");
    assert_eq!(ev["contradictions"]["denial"], true);
}

#[test]
fn timeline_and_exports() {
    let t: Value = serde_json::from_str(&run(&["timeline", "--dyad", "ISR-SYR", "--json"])).unwrap();
    assert!(t["events"].as_array().unwrap().len() >= 2);
    assert!(!t["series"].as_array().unwrap().is_empty());
    let weekly = run(&["timeline", "--dyad", "syr-isr", "--weekly"]);
    assert!(weekly.contains("weekly series"), "{weekly}");
    let csv = run(&["export", "--format", "csv"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("GlobalEventID,EventDate,"), "{header}");
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() >= 20, "{} rows", rows.len());
    let jsonl = run(&["export", "--format", "jsonl"]);
    let recs: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(recs.len(), rows.len());
    assert!(recs.iter().all(|r| r["story"].is_string() && r["sources"].as_array().is_some_and(|s| !s.is_empty())));
}

#[test]
fn actors_merge_spellings_across_articles() {
    let a = run(&["actors"]);
    let line = a.lines().find(|l| l.starts_with("Ahmed al-Sharaa")).expect("al-Sharaa listed");
    assert!(line.contains("Ahmad al-Sharaa") && line.contains("Ahmed al-Sharaa"), "{line}");
    let shaibani = a.lines().find(|l| l.starts_with("Asaad al-Shaibani")).expect("al-Shaibani listed");
    assert!(shaibani.contains("al-Shibani"), "{shaibani}");
}

#[test]
fn missing_store_and_unknown_story_are_clear_errors() {
    let out = Command::new(bin()).args(["stories", "--db", "/nonexistent/dir/x.db"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such store"));
    let out = Command::new(bin()).args(["story", "nope", "--db", db()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no story"));
}
