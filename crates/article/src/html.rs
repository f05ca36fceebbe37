//! HTML pages: main-content extraction and metadata. (Baseline; replaced by the full extractor.)

use crate::{Article, InputKind, ReadError};

/// Reads an HTML page into an article whose text is the extracted main content.
pub fn read_html(path: &str, html: &str) -> Result<Article, ReadError> {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    if out.trim().is_empty() {
        return Err(ReadError::NoContent);
    }
    let mut a = Article::from_text(path, out);
    a.kind = Some(InputKind::Html);
    Ok(a)
}
