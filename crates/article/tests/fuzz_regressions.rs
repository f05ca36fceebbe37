//! Inputs the fuzzer (`fuzz/`, target `read`) once crashed on: each file under
//! `tests/fixtures/fuzz/` must read without panicking, with every span on character boundaries.

use std::path::Path;

fn check(name: &str, bytes: &[u8]) {
    let Ok(records) = chancery_article::read_records(name, bytes) else { return };
    for a in records.into_iter().flatten() {
        for b in &a.blocks {
            assert!(b.start <= b.end && b.end <= a.norm.len(), "{name}: block out of range");
            assert!(a.norm.is_char_boundary(b.start) && a.norm.is_char_boundary(b.end), "{name}: block not on char boundary");
        }
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= a.norm.len() && s.block < a.blocks.len(), "{name}: bad sentence");
            let _ = a.sentence_text(s);
        }
        let _ = a.body();
    }
}

#[test]
fn fuzz_regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).expect("fuzz fixture dir") {
        let p = e.expect("entry").path();
        let bytes = std::fs::read(&p).expect("read");
        check(&p.display().to_string(), &bytes);
        n += 1;
    }
    assert!(n >= 1);
}

/// The first crash: a separator scan in date/byline lines sliced inside a multi-byte character.
#[test]
fn meta_line_with_multibyte_garbage() {
    check("inline", "By Jane Roe\n\nThe U.S. envo\u{2021}\u{df}'\u{161}\u{2039}\u{df}\". Ames | on Jan. 5.\n".as_bytes());
    check("inline2", "\u{2022}\u{b7}| - -- \u{e9}\u{2022}x | 2024\n\nText here.".as_bytes());
}
