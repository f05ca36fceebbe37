//! Fuzz target: `chancery_article::read_records` must never panic, whatever the bytes, and every
//! span it returns must lie on character boundaries inside `norm`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(records) = chancery_article::read_records("fuzz", data) {
        for a in records.into_iter().flatten() {
            for b in &a.blocks {
                assert!(b.start <= b.end && b.end <= a.norm.len());
                assert!(a.norm.is_char_boundary(b.start) && a.norm.is_char_boundary(b.end));
                let _ = a.orig(b.start, b.end);
            }
            for s in &a.sentences {
                assert!(s.start <= s.end && s.end <= a.norm.len() && s.block < a.blocks.len());
                let _ = a.sentence_text(s);
            }
            let _ = a.body();
        }
    }
});
