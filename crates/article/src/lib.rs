//! # chancery-article
//!
//! The first stage of chancery: it owns everything between the bytes a user hands us and a clean
//! [`Article`]: decoding, input-kind detection (plain text, HTML, JSON, JSON Lines), removal of
//! page residue, recovery of metadata (outlet, title, subtitle, author, publication date),
//! paragraphs, headings and sentences. Every piece carries byte offsets into [`Article::norm`],
//! a char-for-char normalised copy of the decoded text; [`Article::char_offset`] turns them into
//! the character offsets of the output contract (valid in the original text too) and
//! [`Article::orig`] gives the original text of a span.
//!
//! **Invariant:** this crate does no IO; callers hand it bytes and a label.
//! **Invariant:** broken input is a [`ReadError`] or a diagnostic, never a panic.
//!
//! ```
//! let arts = chancery_article::read("demo.txt", b"Talks Resume\n\nThe two ministers met on Monday in Geneva. They agreed to meet again.\n").unwrap();
//! let a = &arts[0];
//! assert_eq!(a.title.as_deref(), Some("Talks Resume"));
//! assert_eq!(a.sentences.len(), 2);
//! assert_eq!(a.sentence_text(&a.sentences[0]), "The two ministers met on Monday in Geneva.");
//! ```

pub mod decode;
pub mod detect;
pub mod json;
pub mod meta;
pub mod normalize;
pub mod segment;
pub mod text;
pub mod tokens;
pub mod html;

use chrono::NaiveDate;

/// What kind of input an article came from (detected by content, not by file extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Plain or scraped text.
    Text,
    /// An HTML page.
    Html,
    /// A JSON object with `text` or `html`.
    Json,
    /// One line of a JSON Lines file.
    JsonLines,
}

/// The role of a block of body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Ordinary running text.
    Paragraph,
    /// A section heading inside the body (not a sentence).
    Heading,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// A block quotation.
    Quote,
}

/// A block of body text: `start..end` are byte offsets into [`Article::norm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// A sentence: byte offsets into [`Article::norm`] and the index of its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index into [`Article::blocks`].
    pub block: usize,
}

/// A clean article.
///
/// `text` is the decoded document text that offsets point into (for plain text: the file as
/// decoded; for JSON: the record's `text`; for HTML: the extracted main text). `norm` is a copy
/// of `text` in which typographic quotes, apostrophes, dashes and odd spaces are replaced by
/// ASCII ones **character for character**, so character offsets agree between the two;
/// analysis reads `norm`, output shows `text`.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// The label given by the caller (usually the path as given on the command line).
    pub path: String,
    /// Record id (JSON `id`) if any.
    pub id: Option<String>,
    /// Source URL if known.
    pub url: Option<String>,
    /// Publishing outlet.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Subtitle / dek.
    pub subtitle: Option<String>,
    /// Author or byline.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Input kind.
    pub kind: Option<InputKind>,
    /// Decoded text that all offsets point into.
    pub text: String,
    /// Char-aligned normalised copy of `text` (same char count, same char positions).
    pub norm: String,
    /// Body blocks (paragraphs, headings, list items), in order, excluding residue and metadata lines.
    pub blocks: Vec<Block>,
    /// Sentences of non-heading blocks.
    pub sentences: Vec<Sentence>,
    /// Non-fatal notes on what the reader did or could not do.
    pub diagnostics: Vec<String>,
    /// When `norm` and `text` differ in byte length: for each byte offset of `norm` (and one
    /// past the end), the byte offset of the same position in `text`.
    norm_to_text: Vec<u32>,
    /// Char count of `norm` before every 256-byte block (empty when `norm` is ASCII).
    char_blocks: Vec<u32>,
}

impl InputKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Html => "html",
            InputKind::Json => "json",
            InputKind::JsonLines => "jsonl",
        }
    }
}

impl Article {
    /// Builds an article from already-decoded text with all derived fields filled in
    /// (normalised copy, blocks, metadata from the text, sentences).
    pub fn from_text(path: &str, text: String) -> Article {
        let mut a = Article { path: path.to_string(), kind: Some(InputKind::Text), ..Default::default() };
        a.set_text(text);
        text::layout(&mut a);
        segment::segment_article(&mut a);
        a
    }

    /// Replaces the text and recomputes the normalised copy (blocks and sentences are cleared).
    pub fn set_text(&mut self, text: String) {
        self.norm = normalize::normalize(&text);
        self.norm_to_text.clear();
        if self.norm.len() != text.len() {
            let mut map = Vec::with_capacity(self.norm.len() + 1);
            let mut ti = text.char_indices();
            for nc in self.norm.chars() {
                let (tpos, _) = ti.next().expect("normalisation keeps char count");
                for _ in 0..nc.len_utf8() {
                    map.push(tpos as u32);
                }
            }
            map.push(text.len() as u32);
            self.norm_to_text = map;
        }
        self.char_blocks.clear();
        if !self.norm.is_ascii() {
            let b = self.norm.as_bytes();
            let mut count = 0u32;
            for (i, &x) in b.iter().enumerate() {
                if i % 256 == 0 {
                    self.char_blocks.push(count);
                }
                if (x as i8) >= -0x40 {
                    count += 1;
                }
            }
        }
        self.text = text;
        self.blocks.clear();
        self.sentences.clear();
    }

    /// The body: body blocks joined by blank lines.
    pub fn body(&self) -> String {
        let mut s = String::with_capacity(self.text.len());
        for b in &self.blocks {
            if !s.is_empty() {
                s.push_str("\n\n");
            }
            s.push_str(self.orig(b.start, b.end));
        }
        s
    }

    /// Texts of the heading blocks (original spelling).
    pub fn headings(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter(|b| b.kind == BlockKind::Heading).map(|b| self.orig(b.start, b.end))
    }

    /// Byte offset in `text` of a byte offset in `norm`.
    pub fn to_text_offset(&self, norm_byte: usize) -> usize {
        if self.norm_to_text.is_empty() {
            norm_byte.min(self.text.len())
        } else {
            self.norm_to_text[norm_byte.min(self.norm.len())] as usize
        }
    }

    /// Original text of a span given in `norm` byte offsets.
    pub fn orig(&self, start: usize, end: usize) -> &str {
        &self.text[self.to_text_offset(start)..self.to_text_offset(end)]
    }

    /// Original text of a sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        self.orig(s.start, s.end)
    }

    /// Normalised text of a sentence (what analysis reads).
    pub fn sentence_norm(&self, s: &Sentence) -> &str {
        &self.norm[s.start..s.end]
    }

    /// Character offset (Unicode scalar values) of a byte offset into `norm`; the same
    /// character offset is valid in `text`.
    pub fn char_offset(&self, norm_byte: usize) -> usize {
        let byte = norm_byte.min(self.norm.len());
        if self.char_blocks.is_empty() {
            return byte;
        }
        let byte = floor_char_boundary(&self.norm, byte);
        let block = (byte / 256).min(self.char_blocks.len() - 1);
        let base = self.char_blocks[block] as usize;
        let from = block * 256;
        base + self.norm.as_bytes()[from..byte].iter().filter(|&&x| (x as i8) >= -0x40).count()
    }
}

/// The largest char boundary `<= i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Why an input could not be read at all. Each names what is wrong; the caller adds the path.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReadError {
    /// Zero bytes, or only whitespace.
    #[error("empty input")]
    Empty,
    /// Looks like a binary file (NUL bytes or many control characters).
    #[error("binary content ({0})")]
    Binary(String),
    /// JSON that does not parse.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A JSON record without usable `text` or `html`.
    #[error("JSON record has no non-empty \"text\" or \"html\" field")]
    NoText,
    /// The document has no readable text after extraction.
    #[error("no readable text found")]
    NoContent,
}

/// One result per record: a file yields one, a JSON Lines file one per line.
pub type Record = Result<Article, RecordError>;

/// A failed record inside a multi-record input.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{where_}: {error}")]
pub struct RecordError {
    /// Where in the input ("line 3").
    pub where_: String,
    /// What went wrong.
    pub error: ReadError,
}

/// Reads one input (decoded and detected by content). A JSON Lines file yields one record per
/// line; bad lines are errors for that line only.
pub fn read_records(path: &str, bytes: &[u8]) -> Result<Vec<Record>, ReadError> {
    let decode::Decoded { text, note } = decode::decode(bytes)?;
    let kind = detect::detect(&text);
    let mut recs = match kind {
        InputKind::Text => vec![Ok(Article::from_text(path, text))],
        InputKind::Html => vec![html::read_html(path, &text).map_err(|e| RecordError { where_: "document".into(), error: e })],
        InputKind::Json => json::read_json_document(path, &text),
        InputKind::JsonLines => json::read_json_lines(path, &text),
    };
    if let Some(n) = note {
        for a in recs.iter_mut().flatten() {
            a.diagnostics.push(n.clone());
        }
    }
    Ok(recs)
}

/// Reads one input and returns its articles, failing on the first bad record.
/// Convenience for single-document inputs; batch callers use [`read_records`].
pub fn read(path: &str, bytes: &[u8]) -> Result<Vec<Article>, ReadError> {
    let recs = read_records(path, bytes)?;
    let mut out = Vec::with_capacity(recs.len());
    for r in recs {
        out.push(r.map_err(|e| e.error)?);
    }
    Ok(out)
}

/// Decompresses gzip input (magic bytes `1f 8b`); other input is returned as is.
pub fn gunzip_if_needed(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, ReadError> {
    use std::io::Read;
    if bytes.len() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .take(512 << 20)
            .read_to_end(&mut out)
            .map_err(|e| ReadError::Binary(format!("corrupt gzip data: {e}")))?;
        Ok(std::borrow::Cow::Owned(out))
    } else {
        Ok(std::borrow::Cow::Borrowed(bytes))
    }
}

#[cfg(test)]
mod offset_tests {
    use super::*;

    #[test]
    fn char_offsets_match_a_naive_count() {
        for text in ["plain ascii text", "Sa\u{2019}ar met \u{201c}al-Shara\u{201d} \u{2014} \u{00e9}t\u{00e9} \u{1F600} ok", &"\u{00e9}a\u{2019}".repeat(300), &"x".repeat(512)] {
            let mut a = Article::default();
            a.set_text(text.to_string());
            for (i, _) in a.norm.char_indices().chain(std::iter::once((a.norm.len(), ' '))) {
                assert_eq!(a.char_offset(i), a.norm[..i].chars().count(), "{text:?} at {i}");
            }
        }
    }
}
