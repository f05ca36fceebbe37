//! HTML pages: main-content extraction and metadata.
//!
//! [`read_html`] parses the page with the small forgiving parser in [`dom`], reads the metadata
//! ([`meta`]: JSON-LD, OpenGraph, `<meta>`, `<time>`, bylines) and extracts the main text
//! ([`extract`]) laid out as blocks (paragraphs, headings, list items, quotes) separated by blank
//! lines in [`Article::text`].

pub mod dom;
pub mod extract;
pub mod meta;

use crate::{Article, Block, InputKind, ReadError};

/// Reads an HTML page into an article whose text is the extracted main content.
pub fn read_html(path: &str, html: &str) -> Result<Article, ReadError> {
    let d = dom::Dom::parse(html);
    let pm = meta::page_meta(&d);
    let mut blocks = extract::extract(&d);
    // The headline repeated at the top of the body is metadata, not body text.
    if let (Some(first), Some(title)) = (blocks.first(), pm.title.as_deref()) {
        if first.kind == crate::BlockKind::Heading && same_text(&first.text, title) {
            blocks.remove(0);
        }
    }
    if blocks.is_empty() {
        return Err(ReadError::NoContent);
    }
    let mut text = String::with_capacity(blocks.iter().map(|b| b.text.len() + 2).sum());
    for (k, b) in blocks.iter().enumerate() {
        if k > 0 {
            text.push_str("\n\n");
        }
        text.push_str(&b.text);
    }
    let mut a = Article { path: path.to_string(), kind: Some(InputKind::Html), ..Default::default() };
    a.set_text(text);
    // Block offsets in `norm`: blocks never contain newlines, and normalisation keeps newlines.
    let mut pos = 0;
    let mut out = Vec::with_capacity(blocks.len());
    for (k, seg) in a.norm.split("\n\n").enumerate() {
        if let Some(b) = blocks.get(k) {
            out.push(Block { kind: b.kind, start: pos, end: pos + seg.len() });
        }
        pos += seg.len() + 2;
    }
    a.blocks = out;
    a.title = pm.title;
    a.author = pm.author;
    a.published = pm.published;
    a.outlet = pm.outlet;
    a.url = pm.url;
    a.subtitle = pm.description.filter(|d| is_dek(d, a.blocks.first().map(|b| a.orig(b.start, b.end)).unwrap_or(""), a.title.as_deref()));
    crate::segment::segment_article(&mut a);
    Ok(a)
}

fn norm_words(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !o.is_empty() {
            o.push(' ');
        }
        o.extend(w.chars().flat_map(char::to_lowercase));
    }
    o
}

fn same_text(a: &str, b: &str) -> bool {
    norm_words(a) == norm_words(b)
}

/// A description is a dek when it is not just the start of the first paragraph or the title.
fn is_dek(desc: &str, first_block: &str, title: Option<&str>) -> bool {
    let d = norm_words(desc.trim_end_matches(['.', '\u{2026}']).trim_end_matches("..."));
    if d.len() < 20 || d.len() > 400 {
        return false;
    }
    if title.is_some_and(|t| norm_words(t) == d) {
        return false;
    }
    !norm_words(first_block).starts_with(&d)
}
