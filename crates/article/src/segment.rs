//! Sentence splitting inside blocks. (Baseline; replaced by the full splitter.)

use crate::{Article, BlockKind, Sentence};

/// Fills `a.sentences` from the non-heading blocks.
pub fn segment_article(a: &mut Article) {
    let mut out = Vec::new();
    for (bi, b) in a.blocks.iter().enumerate() {
        if b.kind == BlockKind::Heading {
            continue;
        }
        for (s, e) in split(&a.norm[b.start..b.end]) {
            out.push(Sentence { start: b.start + s, end: b.start + e, block: bi });
        }
    }
    a.sentences = out;
}

/// Sentence spans (byte offsets, trimmed) of a block of normalised text.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b'.' | b'!' | b'?') && (i + 1 == b.len() || b[i + 1] == b' ' || b[i + 1] == b'\n') {
            push_trimmed(text, start, i + 1, &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(text, start, b.len(), &mut out);
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let seg = &text[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if s + lead < e - trail {
        out.push((s + lead, e - trail));
    }
}
