//! The store survives `kill -9` during an ingest, a rerun completes it, and re-ingesting is
//! idempotent.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_chancery")
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("chancery-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write_articles(dir: &Path, n: usize) {
    let places = ["Oslo", "Geneva", "Doha", "Riyadh", "Ankara", "Cairo", "Amman", "Baku"];
    for i in 0..n {
        let p = places[i % places.len()];
        let text = format!(
            "Envoys meet in {p} (report {i})\n\nThe foreign ministers of Norway and Chile met in {p} on Tuesday for talks number {i}, officials said. \
             They agreed to meet again. Delegation {i} described the session as useful.\n"
        );
        std::fs::write(dir.join(format!("art{i:05}.txt")), text).unwrap();
    }
}

fn count(db: &Path) -> usize {
    chancery_store::Store::open(db.to_str().unwrap()).unwrap().count().unwrap()
}

#[test]
fn kill_9_leaves_a_consistent_store_and_a_rerun_completes_it() {
    let dir = tempdir("kill9");
    let arts = dir.join("articles");
    std::fs::create_dir_all(&arts).unwrap();
    let n = 1200;
    write_articles(&arts, n);
    let db = dir.join("store.db");
    let mut child = Command::new(bin())
        .args(["ingest", "--batch", "40", "--db", db.to_str().unwrap(), arts.to_str().unwrap()])
        .env("CHANCERY_INGEST_PAUSE_MS", "150")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until at least two batches are committed, then kill -9 in the middle of the run.
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        if db.exists() && count(&db) >= 80 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "ingest made no progress");
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let st = chancery_store::Store::open(db.to_str().unwrap()).unwrap();
    assert_eq!(st.integrity_check().unwrap(), "ok");
    let partial = st.count().unwrap();
    drop(st);
    assert!(partial < n, "the ingest finished before it was killed");
    assert_eq!(partial % 40, 0, "a batch was half-written: {partial} articles");

    let out = Command::new(bin()).args(["ingest", "--db", db.to_str().unwrap(), arts.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let msg = String::from_utf8_lossy(&out.stderr);
    assert!(msg.contains(&format!("{} articles added, {partial} already stored", n - partial)), "{msg}");
    assert_eq!(count(&db), n);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reingest_is_idempotent() {
    let dir = tempdir("idem");
    let arts = dir.join("articles");
    std::fs::create_dir_all(&arts).unwrap();
    write_articles(&arts, 30);
    let db = dir.join("store.db");
    for round in 0..2 {
        let out = Command::new(bin()).args(["ingest", "--db", db.to_str().unwrap(), arts.to_str().unwrap()]).output().unwrap();
        assert!(out.status.success());
        let msg = String::from_utf8_lossy(&out.stderr);
        let want = if round == 0 { "30 articles added, 0 already stored" } else { "0 articles added, 30 already stored" };
        assert!(msg.contains(want), "{msg}");
        assert_eq!(count(&db), 30);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
