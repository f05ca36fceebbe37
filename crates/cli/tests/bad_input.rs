//! Bad input, end to end with the binary: every broken input gets one line on stderr naming the
//! file and the problem, the rest of the batch still prints, the exit code is 1 when any input
//! failed and 2 for usage errors. Inputs are written to a fresh temporary directory per test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

const GOOD: &str = "Talks Resume in Oslo\n\nThe foreign ministers of Norway and Iceland met in Oslo on Monday. They agreed to meet again.\n";

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let p = std::env::temp_dir().join(format!("chancery-bad-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write temp file");
        p.display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Restore permissions so that the directory can be removed.
        #[cfg(unix)]
        if let Ok(rd) = std::fs::read_dir(&self.0) {
            use std::os::unix::fs::PermissionsExt;
            for e in rd.flatten() {
                let _ = std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o644));
            }
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chancery")).args(args).output().expect("run chancery")
}

fn analyze(paths: &[&str]) -> Output {
    let mut args = vec!["analyze", "--format", "jsonl"];
    args.extend_from_slice(paths);
    run(&args)
}

fn stdout_records(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).expect("stdout line is JSON")).collect()
}

fn stderr_lines(o: &Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stderr).lines().map(String::from).collect()
}

/// Runs `bad` followed by a good file: expects exactly one stderr line naming `bad` and containing
/// `problem`, the good record on stdout, exit code 1.
fn check(tag: &str, name: &str, bytes: &[u8], problem: &str) {
    let d = TempDir::new(tag);
    let bad = d.file(name, bytes);
    let good = d.file("good.txt", GOOD.as_bytes());
    let o = analyze(&[&bad, &good]);
    let err = stderr_lines(&o);
    assert_eq!(err.len(), 1, "{tag}: stderr {err:?}");
    assert!(err[0].contains(&bad), "{tag}: stderr does not name the file: {err:?}");
    assert!(err[0].contains(problem), "{tag}: stderr {err:?} lacks {problem:?}");
    let recs = stdout_records(&o);
    assert_eq!(recs.len(), 1, "{tag}: the good file must still print");
    assert_eq!(recs[0]["path"], good.as_str());
    assert_eq!(o.status.code(), Some(1), "{tag}: exit code");
}

#[test]
fn binary_file() {
    check("png", "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary content");
}

#[test]
fn binary_without_nul_bytes() {
    let v: Vec<u8> = (1u8..31).cycle().take(4000).collect();
    check("ctl", "controls.bin", &v, "binary content");
}

#[test]
fn random_high_bytes_are_not_text() {
    let mut x: u32 = 7;
    let v: Vec<u8> = (0..5000)
        .map(|_| {
            x = x.wrapping_mul(1103515245).wrapping_add(12345);
            0x80 | (x >> 16) as u8
        })
        .collect();
    check("rnd", "random.dat", &v, "invalid UTF-8");
}

#[test]
fn empty_and_blank_files() {
    check("empty", "empty.txt", b"", "empty input");
    check("blank", "blank.txt", b"  \n\n\t \r\n", "empty input");
}

#[test]
fn invalid_utf8_legacy_text_is_read_with_a_note() {
    // Latin-1 text is not UTF-8 but is text: it is read, with a diagnostic, exit 0.
    let d = TempDir::new("latin1");
    let p = d.file("latin1.txt", b"Talks in Gen\xe8ve\n\nThe ministers met in Gen\xe8ve on Monday. Caf\xe9 owners cheered.\n");
    let o = analyze(&[&p]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&o.stderr));
    let recs = stdout_records(&o);
    assert_eq!(recs.len(), 1);
    assert!(recs[0]["body"].as_str().unwrap_or("").contains("Gen\u{e8}ve"));
    assert!(recs[0]["diagnostics"].to_string().contains("not UTF-8"), "{}", recs[0]["diagnostics"]);
}

#[test]
fn mostly_utf8_with_bad_bytes_is_read_with_a_note() {
    let d = TempDir::new("badbytes");
    // Real UTF-8 (accents) with one bad byte early on: kept as UTF-8, the byte replaced.
    let mut v = "Talks in Gen\u{e8}ve\n\nThe ministers met in Gen\u{e8}ve on Monday. Caf\u{e9} owners cheered. ".repeat(4).into_bytes();
    v.insert(5, 0xff);
    let p = d.file("bad_bytes.txt", &v);
    let o = analyze(&[&p]);
    assert_eq!(o.status.code(), Some(0));
    let recs = stdout_records(&o);
    assert!(recs[0]["diagnostics"].to_string().contains("invalid UTF-8"), "{}", recs[0]["diagnostics"]);
    assert!(recs[0]["body"].as_str().unwrap_or("").contains("Caf\u{e9}"), "{}", recs[0]["body"]);
}

#[test]
fn missing_path() {
    let d = TempDir::new("missing");
    let good = d.file("good.txt", GOOD.as_bytes());
    let missing = d.0.join("no-such-file.txt").display().to_string();
    let o = analyze(&[&missing, &good]);
    let err = stderr_lines(&o);
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].contains(&missing) && err[0].contains("no such file"), "{err:?}");
    assert_eq!(stdout_records(&o).len(), 1);
    assert_eq!(o.status.code(), Some(1));
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let d = TempDir::new("perm");
    let locked = d.file("locked.txt", GOOD.as_bytes());
    let good = d.file("good.txt", GOOD.as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // As root, mode 000 does not stop reads: detect it and skip the "permission denied" assertion.
    let blocked = std::fs::read(&locked).is_err();
    let o = analyze(&[&locked, &good]);
    if blocked {
        let err = stderr_lines(&o);
        assert_eq!(err.len(), 1, "{err:?}");
        assert!(err[0].contains(&locked) && err[0].contains("permission denied"), "{err:?}");
        assert_eq!(stdout_records(&o).len(), 1);
        assert_eq!(o.status.code(), Some(1));
    } else {
        assert_eq!(stdout_records(&o).len(), 2, "running as root: both files are readable");
        assert_eq!(o.status.code(), Some(0));
    }
}

#[cfg(unix)]
#[test]
fn unreadable_directory_entry_keeps_the_walk_going() {
    use std::os::unix::fs::PermissionsExt;
    let d = TempDir::new("dirwalk");
    let sub = d.0.join("sub");
    std::fs::create_dir_all(&sub).expect("mkdir");
    std::fs::write(sub.join("a.txt"), GOOD).expect("write");
    std::fs::write(sub.join("b.txt"), b"").expect("write");
    std::fs::write(sub.join("c.txt"), GOOD).expect("write");
    let o = analyze(&[&d.0.display().to_string()]);
    assert_eq!(stdout_records(&o).len(), 2);
    let err = stderr_lines(&o);
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].contains("b.txt") && err[0].contains("empty input"));
    assert_eq!(o.status.code(), Some(1));
    let _ = std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755));
}

#[test]
fn json_lines_with_bad_lines() {
    let d = TempDir::new("jsonl");
    let p = d.file("batch.jsonl", b"{\"id\":\"a\",\"text\":\"The envoys met in Doha on Monday.\"}\n{broken\n{\"id\":\"c\",\"nothing\":1}\n{\"id\":\"d\",\"text\":\"They met again on Tuesday.\"}\n");
    let o = analyze(&[&p]);
    let err = stderr_lines(&o);
    assert_eq!(err.len(), 2, "{err:?}");
    assert!(err[0].contains(&p) && err[0].contains("line 2") && err[0].contains("invalid JSON"), "{err:?}");
    assert!(err[1].contains("line 3") && err[1].contains("no non-empty"), "{err:?}");
    assert_eq!(stdout_records(&o).len(), 2);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn broken_json_document() {
    check("json", "broken.json", b"{\"text\": \"The envoys met", "invalid JSON");
}

#[test]
fn deeply_nested_html() {
    let d = TempDir::new("deep");
    let depth = 100_000;
    let mut s = String::with_capacity(depth * 11 + 200);
    s.push_str("<html><body>");
    for _ in 0..depth {
        s.push_str("<div>");
    }
    s.push_str("<p>The ministers met in Oslo on Monday. They agreed to meet again.</p>");
    for _ in 0..depth {
        s.push_str("</div>");
    }
    s.push_str("</body></html>");
    let p = d.file("deep.html", s.as_bytes());
    let unclosed = d.file("unclosed.html", format!("<html><body>{}", "<span><b><i>".repeat(50_000)).as_bytes());
    let t = Instant::now();
    let o = analyze(&[&p, &unclosed]);
    assert!(o.status.code().is_some(), "killed by a signal (stack overflow?): {o:?}");
    assert!(o.status.code() != Some(101), "panicked: {}", String::from_utf8_lossy(&o.stderr));
    let recs = stdout_records(&o);
    assert!(!recs.is_empty(), "stderr: {}", String::from_utf8_lossy(&o.stderr));
    assert!(recs[0]["body"].as_str().unwrap_or("").contains("The ministers met in Oslo"), "{}", recs[0]["body"]);
    // The unclosed page has no text: an error line naming it, or an empty record.
    for l in stderr_lines(&o) {
        assert!(l.contains("unclosed.html"), "{l}");
    }
    assert!(t.elapsed().as_secs() < 60, "deep HTML took {:?}", t.elapsed());
}

/// One very long line (20 MB: the debug binary; 100 MB was measured with the release binary).
#[test]
fn huge_single_line() {
    let d = TempDir::new("huge");
    let sentence = "The foreign ministers of Norway and Iceland met in Oslo on Monday to discuss fishing quotas, officials said. ";
    let n = 20 * 1024 * 1024 / sentence.len();
    let p = d.file("huge.txt", sentence.repeat(n).as_bytes());
    let words = d.file("words.txt", "word ".repeat(4 * 1024 * 1024).as_bytes());
    let t = Instant::now();
    let o = analyze(&[&p, &words]);
    let el = t.elapsed();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&o.stderr));
    let recs = stdout_records(&o);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["sentences"].as_u64(), Some(n as u64));
    eprintln!("huge_single_line: 2 x 20 MB in {el:?}");
    assert!(el.as_secs() < 120, "too slow: {el:?}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["analyze"][..], &["analyze", "--bogus", "x"][..], &["frobnicate"][..], &[][..], &["analyze", "--format", "yaml", "x"][..]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_and_version_exit_0() {
    assert_eq!(run(&["--help"]).status.code(), Some(0));
    assert_eq!(run(&["--version"]).status.code(), Some(0));
}

#[test]
fn all_good_exit_0() {
    let d = TempDir::new("good");
    let a = d.file("a.txt", GOOD.as_bytes());
    let b = d.file("b.txt", GOOD.as_bytes());
    let o = analyze(&[&a, &b]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout_records(&o).len(), 2);
}

#[test]
fn stdin_input() {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chancery"))
        .args(["analyze", "--format", "jsonl", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut si = c.stdin.take().expect("stdin");
        si.write_all(b"").expect("write");
    }
    let o = c.wait_with_output().expect("wait");
    let err = stderr_lines(&o);
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].contains("-: empty input"), "{err:?}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn extract_reports_bad_files_too() {
    let d = TempDir::new("extract");
    let out = d.0.join("out");
    let bad = d.file("bad.html", b"\x00\x01\x02binary");
    let good = d.file("good.html", b"<html><body><p>The ministers met in Oslo on Monday.</p></body></html>");
    let o = run(&["extract", "--out", &out.display().to_string(), &bad, &good]);
    let err = stderr_lines(&o);
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].contains(&bad) && err[0].contains("binary"), "{err:?}");
    assert!(Path::new(&out).join("good.txt").exists());
    assert_eq!(o.status.code(), Some(1));
}
