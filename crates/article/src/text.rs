//! Plain and scraped text: residue removal, metadata lines, paragraphs and headings.
//! (Baseline; replaced by the full cleaner.)

use crate::{Article, Block, BlockKind};

/// Lays out `a.norm` into body blocks and fills metadata found in the text.
pub fn layout(a: &mut Article) {
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in a.norm.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            let lead = line.len() - line.trim_start().len();
            blocks.push(Block { kind: BlockKind::Paragraph, start: pos + lead, end: pos + lead + t.len() });
        }
        pos += line.len();
    }
    if blocks.len() > 1 {
        let t = blocks.remove(0);
        a.title = Some(a.orig(t.start, t.end).to_string());
    }
    a.blocks = blocks;
}
