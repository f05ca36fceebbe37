//! Plain and scraped text: residue removal, metadata lines, paragraphs, headings and list items.
//!
//! Scraped pages arrive as text with the page furniture still in it. [`layout`] reads `a.norm`
//! line by line and decides, from the shape of each line and its position, what it is:
//!
//! - **Header** (everything before the first real paragraph): navigation bullets (`• Home`),
//!   breadcrumbs (`Home > World > Europe`), the title, an optional dek (subtitle), date lines
//!   (`Published 12 May 2024`, a date glued to the outlet name `June 3, 2025Daily Planet`), bylines
//!   (`By Jane Roe`, `Jane Roe, Staff Writer`, `Planet Desk Editor`), image placeholders
//!   (`Cover Image`, `Photo: ...`), lone outlet names. Metadata is taken from these lines and the
//!   lines are left out of the body.
//! - **Body**: paragraphs (hard-wrapped lines are joined), section headings (short title-cased
//!   lines without final punctuation that are followed by more text), list items. Residue inside
//!   and after the body is dropped: calls to action (`Share this story`, `Subscribe to ...`,
//!   `Sign up ...`, `Follow us ...`, `Read more: ...`, `Advertisement`, `Click here ...`), cookie
//!   notices, copyright lines, social-network button rows and handles, "Related articles" lists,
//!   tags, the title or dek repeated, and short non-sentence lines after the last paragraph. A
//!   call to action glued as the last sentence(s) of a paragraph is cut off.
//!
//! Every rule is about the *shape* of a line (length, capitalisation, punctuation, position,
//! repetition) or a general phrasing used by many sites; none names a particular site.
//! The work is linear in the input: per-line checks look at a bounded prefix of long lines.

use crate::meta::parse_date;
use crate::{Article, Block, BlockKind};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Lines longer than this (bytes) are always body text: residue lines are short.
const SHORT: usize = 300;

#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    /// A blank line (or the start of the text) comes before this line.
    blank_before: bool,
}

/// What a line was found to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Ordinary text.
    Text,
    /// A bullet line; the payload is the byte offset (in the line) where the item text starts.
    Bullet(usize),
    /// A breadcrumb trail.
    Breadcrumb,
    /// A navigation word or button ("Menu", "Home", "Skip to content").
    Nav,
    /// An image placeholder or caption credit.
    Image,
    /// A call to action, cookie notice, advertisement label.
    Cta,
    /// A copyright line.
    Copyright,
    /// Social buttons or handles.
    Social,
    /// The header of a related-articles list (what follows it is dropped too).
    Related,
    /// Tags / topics line.
    Tags,
    /// A job title on its own ("Staff Writer").
    RoleOnly,
    /// A date / byline line (parsed again when metadata is collected).
    Meta,
}

impl Kind {
    fn is_residue(self) -> bool {
        !matches!(self, Kind::Text | Kind::Bullet(_))
    }
}

/// Metadata found in one line; spans are byte offsets in the line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct MetaLine {
    date: Option<NaiveDate>,
    author: Option<(usize, usize)>,
    outlet: Option<(usize, usize)>,
    /// A job title was seen ("Staff Writer").
    role: bool,
}

/// Lays out `a.norm` into body blocks and fills metadata found in the text (outlet, title,
/// subtitle, author, published).
pub fn layout(a: &mut Article) {
    let norm = a.norm.as_str();
    let (lines, kinds) = units(norm);
    let lt = |l: &Line| &norm[l.start..l.end];
    let n = lines.len();

    // Keys of short lines, to find repeated titles.
    let mut counts: HashMap<String, usize> = HashMap::new();
    let keys: Vec<Option<String>> = lines
        .iter()
        .zip(&kinds)
        .map(|(l, k)| {
            let t = lt(l);
            if t.len() > SHORT {
                return None;
            }
            let t = match k {
                Kind::Bullet(off) => &t[*off..],
                _ => t,
            };
            let key = key_of(t);
            if key.is_empty() {
                return None;
            }
            *counts.entry(key.clone()).or_default() += 1;
            Some(key)
        })
        .collect();

    // ---- Header ----
    let mut residue = vec![false; n];
    let mut title: Option<usize> = None;
    let mut dek: Option<usize> = None;
    let mut outlet: Option<(usize, usize)> = None; // norm byte span
    let mut outlet_weak: Option<(usize, usize)> = None;
    let mut author: Option<(usize, usize)> = None;
    let mut author_weak: Option<(usize, usize)> = None;
    let mut published: Option<NaiveDate> = None;
    let mut bullets: Vec<usize> = Vec::new();
    let mut body_start = n;
    let mut i = 0;
    let mut residue_since_title = false;
    while i < n {
        let l = lines[i];
        let t = lt(&l);
        match kinds[i] {
            Kind::Bullet(_) if title.is_none() || !is_paragraph(t) => {
                bullets.push(i);
                residue[i] = true;
                residue_since_title = true;
            }
            Kind::Breadcrumb => {
                residue[i] = true;
                if outlet_weak.is_none() {
                    let seg = first_segment(t);
                    if !is_nav_word(seg.0, t) && is_name_like(&t[seg.0..seg.1]) {
                        outlet_weak = Some((l.start + seg.0, l.start + seg.1));
                    }
                }
            }
            Kind::Meta => {
                residue[i] = true;
                residue_since_title = true;
                if let Some(m) = parse_meta(t) {
                    published = published.or(m.date);
                    if author.is_none() {
                        author = m.author.map(|(s, e)| (l.start + s, l.start + e));
                    }
                    if outlet.is_none() {
                        outlet = m.outlet.map(|(s, e)| (l.start + s, l.start + e));
                    }
                }
            }
            Kind::RoleOnly => {
                residue[i] = true;
                residue_since_title = true;
                // "Jane Roe\nStaff Writer": the line before is the author.
                if author.is_none() && i > 0 && residue[i - 1] && kinds[i - 1] == Kind::Text {
                    let p = lines[i - 1];
                    if is_person_like(lt(&p)) {
                        author = Some((p.start, p.end));
                    }
                }
            }
            Kind::Copyright => {
                residue[i] = true;
            }
            k if k.is_residue() => {
                residue[i] = true;
                residue_since_title = true;
            }
            _ => {
                // Text (or a long bullet after the title).
                if let Some(role_author) = role_line(t).filter(|_| title.is_some() || i + 1 < n) {
                    residue[i] = true;
                    residue_since_title = true;
                    if author.is_none() {
                        author = Some((l.start + role_author.0, l.start + role_author.1));
                    }
                } else if title.is_none() {
                    if is_paragraph(t) || !is_title_like(t) {
                        body_start = i;
                        break;
                    }
                    // An outlet name line before the real title?
                    let next = next_text(&kinds, &lines, norm, i + 1);
                    if let Some(j) = next {
                        let nt = lt(&lines[j]);
                        let repeated_next = keys[j].as_ref().is_some_and(|k| counts[k] > 1);
                        let repeated_here = keys[i].as_ref().is_some_and(|k| counts[k] > 1);
                        if is_name_like(t)
                            && word_count(t) <= 4
                            && !repeated_here
                            && is_title_like(nt)
                            && !is_paragraph(nt)
                            && (title_case_ratio(nt) >= 0.6 || repeated_next)
                            && word_count(nt) > word_count(t)
                        {
                            residue[i] = true;
                            if outlet_weak.is_none() {
                                outlet_weak = Some((l.start, l.end));
                            }
                            i += 1;
                            continue;
                        }
                    }
                    title = Some(i);
                    residue[i] = true;
                    residue_since_title = false;
                } else if title.is_some() && keys[i].is_some() && keys[i] == title.and_then(|x| keys[x].clone()) {
                    residue[i] = true;
                } else if dek.is_none() && !residue_since_title && is_dek(i, &kinds, &lines, norm) {
                    dek = Some(i);
                    residue[i] = true;
                } else if is_paragraph(t) {
                    body_start = i;
                    break;
                } else {
                    // A short line between the title and the body: an outlet or author name, a
                    // kicker, a label.
                    residue[i] = true;
                    residue_since_title = true;
                    if t.len() <= 60 && is_name_like(t) {
                        if is_person_like(t) && !looks_like_outlet(t) {
                            if author_weak.is_none() {
                                author_weak = Some((l.start, l.end));
                            }
                        } else if outlet_weak.is_none() && plausible_outlet(t) {
                            outlet_weak = Some((l.start, l.end));
                        }
                    }
                }
            }
        }
        i += 1;
    }
    if body_start == n {
        // No paragraph found: everything after the title (and dek) that is not residue is body.
        body_start = dek.or(title).map(|x| x + 1).unwrap_or(0);
        for r in residue.iter_mut().skip(body_start) {
            *r = false;
        }
        for j in body_start..n {
            if kinds[j].is_residue() {
                residue[j] = true;
            }
        }
    }

    // Outlet from the navigation bullets: the first item that is neither a generic navigation
    // word nor the title.
    let title_key = title.and_then(|t| keys[t].clone());
    if outlet.is_none() && outlet_weak.is_none() {
        for &b in &bullets {
            let l = lines[b];
            let off = match kinds[b] {
                Kind::Bullet(o) => o,
                _ => 0,
            };
            let item = &lt(&l)[off..];
            if keys[b] == title_key || is_nav_text(item) || !is_name_like(item) || word_count(item) > 4 {
                continue;
            }
            outlet_weak = Some((l.start + off, l.end));
            break;
        }
    }
    // Copyright holder as a last resort.
    if outlet.is_none() && outlet_weak.is_none() {
        for (j, l) in lines.iter().enumerate() {
            if kinds[j] == Kind::Copyright {
                if let Some((s, e)) = copyright_holder(lt(l)) {
                    outlet_weak = Some((l.start + s, l.start + e));
                    break;
                }
            }
        }
    }
    // "Talks Resume in Geneva | Daily Planet": the outlet's name after the headline.
    let mut title_span = title.map(|t| (lines[t].start, lines[t].end));
    if let Some((ts, te)) = title_span {
        if let Some((cut, os, oe)) = title_suffix(&norm[ts..te]) {
            title_span = Some((ts, ts + cut));
            if outlet.is_none() && outlet_weak.is_none() {
                outlet_weak = Some((ts + os, ts + oe));
            }
        }
    }
    let outlet = outlet.or(outlet_weak);
    let mut author = author.or(author_weak);

    // ---- Body ----
    let dek_key = dek.and_then(|d| keys[d].clone());
    let outlet_key = outlet.map(|(s, e)| key_of(&norm[s..e]));
    let mut items: Vec<Item> = Vec::new();
    let mut j = body_start;
    while j < n {
        let l = lines[j];
        let t = lt(&l);
        let k = kinds[j];
        if residue[j] && j < body_start {
            j += 1;
            continue;
        }
        // Repeated title / dek / outlet name.
        if keys[j].is_some() && (keys[j] == title_key || keys[j] == dek_key || (keys[j] == outlet_key && !is_paragraph(t))) {
            j += 1;
            continue;
        }
        match k {
            Kind::Related => {
                // Drop the list that follows: short lines until the next real paragraph.
                j += 1;
                while j < n {
                    let u = lt(&lines[j]);
                    if matches!(kinds[j], Kind::Text) && is_paragraph(u) && !is_title_like(u) {
                        break;
                    }
                    if matches!(kinds[j], Kind::Bullet(_)) && is_paragraph(u) && word_count(u) >= 15 {
                        break;
                    }
                    j += 1;
                }
                continue;
            }
            Kind::Meta => {
                if let Some(m) = parse_meta(t) {
                    published = published.or(m.date);
                    if author.is_none() {
                        author = m.author.map(|(s, e)| (l.start + s, l.start + e));
                    }
                }
                j += 1;
                continue;
            }
            Kind::Bullet(off) => {
                let item = &t[off..];
                if is_nav_text(item) || is_cta(item) || is_social(item) {
                    j += 1;
                    continue;
                }
                items.push(Item { start: l.start + off, end: l.end, kind: ItemKind::List, sentence: is_paragraph(item) || ends_sentence(item) });
            }
            Kind::Text => {
                if let Some((s, e)) = byline_in_body(t) {
                    author = author.or(Some((l.start + s, l.start + e)));
                    j += 1;
                    continue;
                }
                if is_heading_like(t) {
                    items.push(Item { start: l.start, end: l.end, kind: ItemKind::Heading, sentence: false });
                } else {
                    items.push(Item { start: l.start, end: l.end, kind: ItemKind::Para, sentence: is_paragraph(t) || ends_sentence(t) });
                }
            }
            _ => {}
        }
        j += 1;
    }

    // Headings only count when body text follows; after the last sentence-like paragraph only
    // sentence-like items survive (what follows the story is page furniture).
    let last_real = items.iter().rposition(|it| it.kind == ItemKind::Para && it.sentence);
    let mut blocks = Vec::with_capacity(items.len());
    for (idx, it) in items.iter().enumerate() {
        let after_last = last_real.is_none_or(|lr| idx > lr);
        if after_last && (it.kind == ItemKind::Heading || !it.sentence) && last_real.is_some() {
            continue;
        }
        let kind = match it.kind {
            ItemKind::Para => BlockKind::Paragraph,
            ItemKind::List => BlockKind::ListItem,
            ItemKind::Heading => {
                if last_real.is_none() {
                    BlockKind::Paragraph
                } else {
                    BlockKind::Heading
                }
            }
        };
        let mut end = it.end;
        if kind == BlockKind::Paragraph {
            end = cut_trailing_cta(norm, it.start, it.end);
            if end <= it.start {
                continue;
            }
        }
        blocks.push(Block { kind, start: it.start, end });
    }

    let span = |s: usize, e: usize| a.orig(s, e).trim().to_string();
    let title_s = title_span.map(|(s, e)| span(s, e));
    let dek_s = dek.map(|d| {
        let l = lines[d];
        span(l.start, l.end)
    });
    let outlet_s = outlet.map(|(s, e)| span(s, e)).filter(|s| !s.is_empty());
    let author_s = author.map(|(s, e)| span(s, e)).filter(|s| !s.is_empty());
    a.title = title_s;
    a.subtitle = dek_s;
    a.outlet = outlet_s;
    a.author = author_s;
    a.published = published;
    a.blocks = blocks;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Para,
    Heading,
    List,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    start: usize,
    end: usize,
    kind: ItemKind,
    /// Reads as running text (ends like a sentence, or is long).
    sentence: bool,
}

/// Lines, with hard-wrapped continuation lines merged into their paragraph, and their kinds.
fn units(norm: &str) -> (Vec<Line>, Vec<Kind>) {
    let raw = split_lines(norm);
    let mut lines: Vec<Line> = Vec::with_capacity(raw.len());
    let mut kinds: Vec<Kind> = Vec::with_capacity(raw.len());
    let mut merged = false;
    for l in raw {
        let t = &norm[l.start..l.end];
        let k = classify(t);
        if let (Some(p), Some(pk)) = (lines.last_mut(), kinds.last()) {
            if *pk == Kind::Text && k == Kind::Text && !l.blank_before && can_join(&norm[p.start..p.end], t) {
                p.end = l.end;
                merged = true;
                continue;
            }
        }
        if merged {
            let p = lines.last().expect("merged into a line");
            let pk = classify(&norm[p.start..p.end]);
            *kinds.last_mut().expect("kind of merged line") = pk;
            merged = false;
        }
        lines.push(l);
        kinds.push(k);
    }
    if merged {
        let p = lines.last().expect("merged into a line");
        *kinds.last_mut().expect("kind of merged line") = classify(&norm[p.start..p.end]);
    }
    (lines, kinds)
}

/// Trimmed non-blank lines with byte offsets.
fn split_lines(norm: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank = true;
    for raw in norm.split_inclusive('\n') {
        let t = raw.trim();
        if t.is_empty() {
            blank = true;
        } else {
            let lead = raw.len() - raw.trim_start().len();
            out.push(Line { start: pos + lead, end: pos + lead + t.len(), blank_before: blank });
            blank = false;
        }
        pos += raw.len();
    }
    out
}

/// The next line of kind `Text` at or after `from`, skipping residue.
fn next_text(kinds: &[Kind], lines: &[Line], norm: &str, from: usize) -> Option<usize> {
    let _ = (lines, norm);
    (from..kinds.len()).find(|&j| kinds[j] == Kind::Text)
}

// ---------------------------------------------------------------------------------------------
// Line shape

/// Lower-case alphanumerics only: the identity of a line for repetition checks.
fn key_of(t: &str) -> String {
    // Same as `t.chars().filter(char::is_alphanumeric).flat_map(char::to_lowercase)`, with an
    // ASCII fast path.
    let mut k = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                k.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            k.extend(c.to_lowercase());
        }
    }
    k
}

fn word_count(t: &str) -> usize {
    t.split_whitespace().take(1000).count()
}

/// Words that stay lower-case in a title-cased line.
const SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
    "vs", "vs.", "into", "over", "amid", "after", "per", "via", "up", "off", "out", "its", "is", "are", "be",
];

/// Fraction of the non-small words that start with an upper-case letter or a digit.
fn title_case_ratio(t: &str) -> f32 {
    let mut n = 0;
    let mut up = 0;
    for w in t.split_whitespace().take(40) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else { continue };
        if SMALL.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            continue;
        }
        n += 1;
        if c.is_uppercase() || c.is_numeric() {
            up += 1;
        }
    }
    if n == 0 {
        0.0
    } else {
        up as f32 / n as f32
    }
}

/// The last character that is not a closing quote or bracket.
fn last_significant(t: &str) -> Option<char> {
    t.trim_end_matches(|c: char| matches!(c, '"' | '\'' | ')' | ']') || c.is_whitespace()).chars().next_back()
}

fn ends_sentence(t: &str) -> bool {
    matches!(last_significant(t), Some('.' | '!' | '?'))
}

fn starts_upper(t: &str) -> bool {
    t.trim_start_matches(['"', '\'', '(', '['])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Running text: long, or a sentence of some length.
fn is_paragraph(t: &str) -> bool {
    if t.len() > SHORT {
        return true;
    }
    let w = word_count(t);
    if w <= 15 && matches!(last_significant(t), Some('?' | '!')) && title_case_ratio(t) >= 0.6 {
        return false;
    }
    w >= 20 || (ends_sentence(t) && w >= 6 && !t.ends_with("...")) || (w >= 8 && t.contains(". "))
}

/// Could be a headline: short, no final period (or very short), not a list of sentences.
fn is_title_like(t: &str) -> bool {
    if t.len() > 250 {
        return false;
    }
    let w = word_count(t);
    if w == 0 || w > 30 || !starts_upper(t) {
        return false;
    }
    match last_significant(t) {
        Some(',' | ';' | ':') => false,
        Some('.') => w <= 12 && title_case_ratio(t) >= 0.6,
        _ => true,
    }
}

/// A section heading: a short title-cased (or very short) line without final punctuation.
fn is_heading_like(t: &str) -> bool {
    if t.len() > 120 || !starts_upper(t) {
        return false;
    }
    let w = word_count(t);
    if w == 0 || w > 14 {
        return false;
    }
    if t.contains(". ") || t.matches(", ").count() >= 2 || t.contains(",\"") || t.contains(",'") {
        return false;
    }
    // A heading does not end with a function word (a wrapped line does).
    let last_word = t.rsplit(char::is_whitespace).next().unwrap_or("");
    if w > 1 && ["a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that", "as", "its", "their", "his", "her", "said", "says", "told", "added"].contains(&last_word) {
        return false;
    }
    let last = last_significant(t);
    if matches!(last, Some('.' | ',' | ';' | ':' | '-')) {
        return false;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).take(200).collect();
    let all_caps = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    let tc = title_case_ratio(t);
    if matches!(last, Some('?' | '!')) {
        return tc >= 0.75 || all_caps;
    }
    tc >= 0.6 || all_caps || w <= 6
}

/// Looks like a proper name (outlet or person): 1-6 capitalised words, no sentence punctuation.
fn is_name_like(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.len() > 60 || ends_sentence(t) || t.contains(':') || t.contains(',') {
        return false;
    }
    let mut n = 0;
    for w in t.split_whitespace() {
        n += 1;
        if n > 6 {
            return false;
        }
        let Some(c) = w.chars().next() else { continue };
        let small = matches!(w.to_ascii_lowercase().as_str(), "of" | "the" | "and" | "&" | "de" | "al" | "la" | "el" | "on" | "for");
        if !(c.is_uppercase() || c.is_numeric() || small) {
            return false;
        }
    }
    n > 0
}

/// Words that mark an outlet rather than a person.
const OUTLET_WORDS: &[&str] = &[
    "news", "times", "post", "report", "daily", "journal", "herald", "tribune", "press", "media", "network", "today",
    "observer", "monitor", "gazette", "chronicle", "agency", "tv", "radio", "online", "wire", "review", "insider",
    "weekly", "magazine", "telegraph", "express", "star", "mail", "sun", "globe", "world", "live", "digest",
    "dispatch", "bulletin", "courier", "standard", "independent", "guardian", "planet", "eye", "watch", "blog",
];

fn looks_like_outlet(t: &str) -> bool {
    let ws: Vec<&str> = t.split_whitespace().collect();
    if ws.len() == 1 {
        return true;
    }
    ws.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        OUTLET_WORDS.contains(&w.as_str()) || w.ends_with(".com") || w.ends_with(".net") || w.ends_with(".org")
    })
}

/// Splits "Headline | Outlet" / "Headline - Daily Outlet": returns the headline's end and the
/// outlet's span (bytes in `t`).
fn title_suffix(t: &str) -> Option<(usize, usize, usize)> {
    for sep in [" | ", " - ", " -- ", " :: "] {
        let Some(p) = t.rfind(sep) else { continue };
        let head = t[..p].trim_end();
        let tail = t[p + sep.len()..].trim();
        if word_count(head) < 3 || tail.is_empty() || !is_name_like(tail) || word_count(tail) > 4 {
            continue;
        }
        if sep == " | " || looks_like_outlet(tail) && word_count(tail) >= 2 || plausible_outlet(tail) && word_count(tail) == 1 {
            let os = p + sep.len() + (t[p + sep.len()..].len() - t[p + sep.len()..].trim_start().len());
            return Some((head.len(), os, os + tail.len()));
        }
    }
    None
}

/// A lone line that may name the outlet: several words with an outlet word ("Daily Planet"), or
/// one word written like a brand (`HarborGazette`, `planet.example`), not a common button word.
fn plausible_outlet(t: &str) -> bool {
    let w = word_count(t);
    if w >= 2 {
        return looks_like_outlet(t);
    }
    let inner_cap = t.chars().skip(1).any(char::is_uppercase) && t.chars().any(char::is_lowercase);
    inner_cap || t.contains('.')
}

/// 2-4 capitalised words, none of them an outlet word: probably a person's name.
fn is_person_like(t: &str) -> bool {
    let w = word_count(t);
    (2..=4).contains(&w) && is_name_like(t) && !looks_like_outlet(t)
}

// ---------------------------------------------------------------------------------------------
// Residue phrasings (general, used by many sites)

/// Navigation words that are never an outlet or a title.
const NAV: &[&str] = &[
    "home", "homepage", "menu", "search", "news", "world", "posts", "post", "latest", "latest news", "login", "log in",
    "sign in", "register", "subscribe", "skip to content", "skip to main content", "skip navigation", "categories",
    "category", "sections", "trending", "live", "video", "videos", "podcasts", "podcast", "opinion", "politics",
    "business", "sport", "sports", "tech", "technology", "science", "health", "culture", "contact", "contact us",
    "about", "about us", "topics", "more", "close", "share", "print", "email", "blog", "articles", "article",
    "newsletters", "newsletter", "middle east", "europe", "africa", "asia", "americas", "us", "uk", "analysis",
    "features", "feature", "breaking", "breaking news", "top stories", "lifestyle", "entertainment", "economy",
    "world news", "international", "region", "regions", "back", "next", "previous", "toggle navigation", "open menu",
    "main menu", "edition", "español", "français", "english", "arabic", "diplomacy", "defense", "defence", "security",
    "markets", "tags", "archive", "archives", "editorial", "editorials", "columns", "photos", "gallery", "multimedia",
    "weather", "local", "national", "nation", "climate", "travel", "explore", "all news", "watch", "listen", "jobs",
    "save", "bookmark", "follow", "comment", "print article", "share article", "font size", "text size",
];

fn is_nav_text(t: &str) -> bool {
    let l = t.trim().trim_end_matches(['>', '|', '/']).trim().to_lowercase();
    NAV.contains(&l.as_str())
}

fn is_nav_word(_start: usize, t: &str) -> bool {
    let seg = first_segment(t);
    is_nav_text(&t[seg.0..seg.1])
}

/// Lines starting with these (lower-case) are calls to action, notices or labels.
const CTA_PREFIXES: &[&str] = &[
    "share this", "share on ", "share via", "share:", "share article", "share the story", "subscribe to", "subscribe now",
    "subscribe for", "subscribe and", "subscribe today", "sign up", "signup", "follow us", "follow our", "follow the latest",
    "follow @", "like us on", "join us on", "join our", "read more", "read also", "also read", "read next", "read the full",
    "see also", "continue reading", "keep reading", "advertisement", "sponsored", "promoted", "click here", "tap here",
    "download our", "download the", "get the app", "get our", "get the latest", "don't miss", "do not miss",
    "we use cookies", "this website uses cookies", "this site uses cookies", "by continuing to", "by using this",
    "accept all", "accept cookies", "cookie policy", "cookie settings", "manage cookies", "privacy policy",
    "terms of use", "terms of service", "terms and conditions", "leave a comment", "leave a reply", "comments",
    "add a comment", "post a comment", "print this", "email this", "back to top", "scroll to top", "loading",
    "listen to this article", "listen to article", "watch:", "watch the", "watch now", "support our", "support us",
    "support independent", "donate", "become a member", "become a subscriber", "already a subscriber",
    "you have reached", "you've reached", "to continue reading", "log in to", "sign in to", "create an account",
    "register to", "enable javascript", "javascript is", "your browser", "report an error", "send us a tip",
    "have a tip", "got a tip", "want more", "enjoyed this", "liked this", "if you enjoyed", "for more news",
    "for more stories", "for the latest", "stay informed", "stay up to date", "stay updated", "never miss",
    "get breaking news", "get alerts", "turn on notifications", "more from", "more stories", "more on this",
    "you may also like", "you might also like", "we recommend", "recommended for you", "trending now", "most read",
    "most popular", "popular now", "editor's picks", "editors' picks", "top stories", "related:",
];

/// Headers introducing a list of links to other articles.
const RELATED: &[&str] = &[
    "related articles", "related stories", "related posts", "related news", "related coverage", "related content",
    "related", "related:", "read more", "read more:", "more stories", "more news", "more from", "more on this story",
    "more on this topic", "you may also like", "you might also like", "recommended", "recommended stories",
    "recommended for you", "most read", "most popular", "popular stories", "trending", "trending now",
    "latest stories", "latest news", "top stories", "see also", "also read", "also on", "more in", "in other news",
    "editor's picks", "what to read next", "read next", "keep reading", "further reading", "more coverage",
];

fn lower_prefix(t: &str, max: usize) -> String {
    t[..crate::floor_char_boundary(t, max)].to_lowercase()
}

/// A call to action, cookie notice, advertisement label or similar.
fn is_cta(t: &str) -> bool {
    if t.len() > SHORT {
        return false;
    }
    let cut = crate::floor_char_boundary(t, 120);
    let lower = t[..cut].to_lowercase();
    let l = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@');
    // (first bytes compared before the whole prefix: most lines start with no prefix's letter)
    let first = l.as_bytes().first().copied();
    if CTA_PREFIXES.iter().any(|p| p.as_bytes().first().copied() == first && l.starts_with(p)) {
        // "Comments" alone or "Comments (3)"; but not "Comments by the minister were..."
        if l.starts_with("comments") && word_count(t) > 3 {
            return false;
        }
        if l.starts_with("loading") && word_count(t) > 2 {
            return false;
        }
        if (l.starts_with("donate") || l.starts_with("promoted") || l.starts_with("sponsored")) && word_count(t) > 8 {
            return false;
        }
        return true;
    }
    // Phrases found anywhere: only in a line that is a single sentence (a paragraph that ends with
    // one is handled by `cut_trailing_cta`).
    // The cheap phrase test runs first: splitting into sentences is only needed when it passes.
    // A short line is lower-cased once, above.
    let whole;
    let full = if cut == t.len() {
        lower.as_str()
    } else {
        whole = t.to_lowercase();
        whole.as_str()
    };
    let phrase = (full.contains("cookie") && (full.contains("accept") || full.contains("consent") || full.contains("we use") || full.contains("uses cookies")))
        || full.contains("newsletter") && (full.contains("subscribe") || full.contains("sign up") || full.contains("inbox"))
        || ((full.ends_with("min read") || full.ends_with("minute read") || full.ends_with("mins read")) && word_count(t) <= 4)
        || full == "ad"
        || full == "ads";
    phrase && crate::segment::split(t).len() <= 1
}

fn is_image(t: &str) -> bool {
    if t.len() > 200 {
        return false;
    }
    let l = t.to_lowercase();
    let l = l.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']') || c.is_whitespace());
    for p in ["image caption", "media caption", "image source", "video caption", "image:", "image credit", "image source", "photo:", "photo credit", "photo by", "photograph:", "photograph by",
        "picture:", "pictured:", "caption:", "credit:", "illustration:", "illustration by", "file photo", "(file photo",
        "video:", "gallery:", "photos:", "images:", "source: getty", "getty images", "image via", "photo via", "graphic:"]
    {
        if l.starts_with(p) {
            return true;
        }
    }
    if word_count(t) <= 12 && (l.contains("getty images") || l.contains("/ afp") || l.contains("via reuters") || l.ends_with("/ reuters") || l.contains("photo credit") || l.contains("(photo:") || l.contains("(image:")) {
        return true;
    }
    // "Cover Image", "Featured image", "Main photo", "Image", "Photo 1 of 5"
    let ws: Vec<&str> = l.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 4 {
        return false;
    }
    let media = ["image", "images", "photo", "photos", "picture", "pictures", "video", "illustration", "thumbnail", "img", "gallery", "graphic"];
    let mods = ["cover", "featured", "feature", "header", "lead", "main", "hero", "top", "article", "banner", "file", "stock", "1", "2", "3", "of", "open", "view", "enlarge", "expand", "play", "more"];
    ws.iter().any(|w| media.contains(w)) && ws.iter().all(|w| media.contains(w) || mods.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
}

fn is_copyright(t: &str) -> bool {
    if t.len() > SHORT {
        return false;
    }
    let l = t.to_lowercase();
    l.starts_with('\u{a9}') || l.starts_with("copyright") || l.starts_with("(c) ") || l.contains("all rights reserved") || l.starts_with("all content")
}

/// Holder of a copyright line: "© 2025 Daily Planet. All rights reserved." -> "Daily Planet".
fn copyright_holder(t: &str) -> Option<(usize, usize)> {
    let mut s = 0;
    let b = t.as_bytes();
    // skip symbol / word "copyright" / "(c)", years and separators
    let lower = t.to_ascii_lowercase();
    for p in ["copyright", "(c)", "\u{a9}"] {
        if lower[s..].starts_with(p) {
            s += p.len();
        }
        while s < b.len() && (b[s] == b' ') {
            s += 1;
        }
    }
    if lower[s..].starts_with('\u{a9}') {
        s += '\u{a9}'.len_utf8();
    }
    while s < b.len() && (b[s].is_ascii_digit() || matches!(b[s], b' ' | b'-' | b',')) {
        s += 1;
    }
    let rest = &t[s..];
    let mut e = rest.find(['.', '|', ',']).unwrap_or(rest.len());
    if let Some(p) = rest.to_ascii_lowercase().find("all rights") {
        e = e.min(p);
    }
    let name = rest[..e].trim();
    if name.is_empty() || !is_name_like(name) {
        return None;
    }
    let off = s + (rest[..e].len() - rest[..e].trim_start().len());
    Some((off, off + name.len()))
}

const SOCIAL: &[&str] = &[
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "instagram", "youtube", "tiktok", "email",
    "e-mail", "print", "copy", "link", "copy link", "share", "pinterest", "messenger", "threads", "bluesky", "mastodon",
    "tweet", "flipboard", "sms", "mail", "comment", "comments", "save", "bookmark", "gift", "article",
];

fn is_social(t: &str) -> bool {
    if t.len() > 200 {
        return false;
    }
    let tt = t.trim();
    if tt.starts_with('@') && !tt.contains(' ') {
        return true;
    }
    if (tt.starts_with("http://") || tt.starts_with("https://") || tt.starts_with("www.")) && !tt.contains(' ') {
        return true;
    }
    let l = tt.to_lowercase();
    let ws: Vec<&str> = l.split(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '/' | '\u{2022}' | '\u{b7}')).filter(|w| !w.is_empty()).collect();
    !ws.is_empty() && ws.len() <= 10 && ws.iter().all(|w| SOCIAL.contains(&w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        && ws.iter().any(|w| !matches!(*w, "x" | "link" | "copy" | "save" | "gift" | "article" | "comment" | "mail"))
}

fn is_tags(t: &str) -> bool {
    if t.len() > SHORT {
        return false;
    }
    let l = lower_prefix(t, 40);
    ["tags:", "tags ", "topics:", "filed under", "categories:", "category:", "posted in", "keywords:", "related topics", "more about:"]
        .iter()
        .any(|p| l.starts_with(p))
}

fn is_related_header(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    let l = t.trim().trim_end_matches([':', '.', '>', '\u{bb}', '-']).trim().to_lowercase();
    RELATED.contains(&l.as_str()) || RELATED.iter().any(|r| l.starts_with(r) && l.len() <= r.len() + 20 && l[r.len()..].starts_with(' ') && !ends_sentence(t) && title_case_ratio(t) >= 0.5 && word_count(t) <= 5)
}

/// Bullet characters that start navigation or list lines.
fn bullet_len(t: &str) -> Option<usize> {
    let c = t.chars().next()?;
    let is_bullet = matches!(c, '\u{2022}' | '\u{b7}' | '\u{25aa}' | '\u{25cf}' | '\u{25e6}' | '\u{2023}' | '\u{2043}' | '\u{25a0}' | '\u{25a1}' | '\u{2219}' | '\u{27a2}' | '\u{25ba}' | '\u{bb}' | '\u{203a}');
    if is_bullet {
        let rest = &t[c.len_utf8()..];
        let sp = rest.len() - rest.trim_start().len();
        return if rest.trim().is_empty() { None } else { Some(c.len_utf8() + sp) };
    }
    if matches!(c, '-' | '*' | '+') && t[1..].starts_with(' ') && t.len() > 2 {
        return Some(2);
    }
    // "1. ", "12) ", "a) ", "(a) "
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() && i < 3 && b[i].is_ascii_digit() {
        i += 1;
    }
    if i > 0 && i + 1 < b.len() && matches!(b[i], b'.' | b')') && b[i + 1] == b' ' {
        return Some(i + 2);
    }
    if b.len() > 4 && b[0] == b'(' && b[1].is_ascii_alphanumeric() && b[2] == b')' && b[3] == b' ' {
        return Some(4);
    }
    if b.len() > 3 && b[0].is_ascii_lowercase() && b[1] == b')' && b[2] == b' ' {
        return Some(3);
    }
    None
}

/// Breadcrumb separators.
/// (`»` is normalised to `"`, so ` " ` separates crumbs too.)
const CRUMBS: &[&str] = &[" > ", " / ", " \u{bb} ", " \u{203a} ", " >> ", " :: ", " \" "];

fn is_breadcrumb(t: &str) -> bool {
    if t.len() > 200 || ends_sentence(t) {
        return false;
    }
    for sep in CRUMBS {
        let segs: Vec<&str> = t.split(sep).collect();
        if segs.len() >= 2 && segs.iter().all(|s| !s.trim().is_empty() && word_count(s) <= 6) {
            let nav = segs.iter().any(|s| is_nav_text(s));
            let titled = segs.iter().all(|s| starts_upper(s.trim()));
            if nav || (titled && segs.len() >= 3) {
                return true;
            }
        }
    }
    false
}

fn first_segment(t: &str) -> (usize, usize) {
    let mut e = t.len();
    for sep in CRUMBS {
        if let Some(p) = t.find(sep) {
            e = e.min(p);
        }
    }
    (0, e)
}

/// Role words of a byline ("Staff Writer", "Senior Correspondent").
const ROLE_HEADS: &[&str] = &[
    "editor", "editors", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "contributor",
    "contributors", "columnist", "staff", "desk", "team", "newsroom", "bureau", "analyst", "journalist", "author",
    "producer", "researcher",
];
const ROLE_MODS: &[&str] = &[
    "senior", "chief", "staff", "contributing", "political", "diplomatic", "foreign", "deputy", "managing", "news",
    "web", "digital", "associate", "special", "international", "security", "defence", "defense", "affairs", "world",
    "middle", "east", "europe", "a", "our", "the", "executive", "editorial", "online", "investigative", "guest",
    "freelance", "regional", "national", "global", "economics", "business", "politics", "head", "of", "and", "&",
];

fn lower_words(t: &str) -> Vec<String> {
    t.split_whitespace().take(12).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&').to_lowercase()).filter(|w| !w.is_empty()).collect()
}

fn is_role_only(t: &str) -> bool {
    if t.len() > 60 || ends_sentence(t) {
        return false;
    }
    let ws = lower_words(t);
    !ws.is_empty() && ws.len() <= 5 && ROLE_HEADS.contains(&ws[ws.len() - 1].as_str()) && ws.iter().all(|w| ROLE_HEADS.contains(&w.as_str()) || ROLE_MODS.contains(&w.as_str()))
}

/// "Jane Roe, Staff Writer" -> "Jane Roe"; "Planet Desk Editor" -> the whole line.
fn role_line(t: &str) -> Option<(usize, usize)> {
    if t.len() > 80 || ends_sentence(t) || is_role_only(t) {
        return None;
    }
    if let Some(c) = t.find(',') {
        let (name, role) = (&t[..c], &t[c + 1..]);
        if is_role_only(role.trim()) && is_name_like(name) {
            return Some((0, name.trim_end().len()));
        }
        return None;
    }
    let ws = lower_words(t);
    if ws.len() < 2 || ws.len() > 5 || !is_name_like(t) {
        return None;
    }
    if ROLE_HEADS.contains(&ws[ws.len() - 1].as_str()) && !ROLE_HEADS.contains(&ws[0].as_str()) && !ROLE_MODS.contains(&ws[0].as_str()) {
        return Some((0, t.len()));
    }
    None
}

/// A byline line inside the body ("By Jane Roe"): returns the name span.
fn byline_in_body(t: &str) -> Option<(usize, usize)> {
    if t.len() > 80 {
        return None;
    }
    let m = parse_meta(t)?;
    if m.author.is_some() && m.outlet.is_none() && m.date.is_none() {
        return m.author;
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Date and byline lines

const DATE_LABELS: &[&str] = &[
    "first published on", "first published:", "first published", "last updated on", "last updated:", "last updated",
    "published on", "published:", "published", "updated on", "updated:", "updated", "posted on", "posted:", "posted",
    "date:", "dated", "on",
];

/// Byte offset just past a date that starts `s` (after an optional label and weekday), and the date.
fn date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let b = s.as_bytes();
    // ISO 2025-06-30 (time optional)
    if b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-' {
        let d = parse_date(&s[..10])?;
        let mut e = 10;
        if e < b.len() && b[e] == b'T' {
            e += 1;
            while e < b.len() && (b[e].is_ascii_digit() || matches!(b[e], b':' | b'.' | b'+' | b'-' | b'Z')) {
                e += 1;
            }
        }
        return Some((d, extend_time(s, e)));
    }
    // Find a 4-digit year within the first 48 bytes.
    let lim = b.len().min(48);
    let mut i = 0;
    while i + 4 <= b.len() && i < lim {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()) && (i + 4 == b.len() || !b[i + 4].is_ascii_digit()) {
            let y = &s[i..i + 4];
            if y.starts_with("19") || y.starts_with("20") {
                let cand = &s[..i + 4];
                if word_count(cand) <= 7 && cand.chars().next().is_some_and(|c| c.is_alphanumeric()) {
                    if let Some(d) = parse_date(cand) {
                        return Some((d, extend_time(s, i + 4)));
                    }
                }
                return None;
            }
        }
        i += 1;
    }
    None
}

/// Extends a date end over a following time ("10:31", "10:31 AM GMT", ", 3:04 p.m. ET").
fn extend_time(s: &str, mut e: usize) -> usize {
    let b = s.as_bytes();
    let save = e;
    let mut j = e;
    while j < b.len() && matches!(b[j], b' ' | b',') {
        j += 1;
    }
    if s[j..].to_ascii_lowercase().starts_with("at ") {
        j += 3;
    }
    let ds = j;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if j == ds || j - ds > 2 || j >= b.len() || b[j] != b':' {
        return save;
    }
    j += 1;
    while j < b.len() && (b[j].is_ascii_digit() || b[j] == b':') {
        j += 1;
    }
    e = j;
    // am/pm and a time zone
    loop {
        let mut k = e;
        while k < b.len() && b[k] == b' ' {
            k += 1;
        }
        let w_end = s[k..].find(|c: char| c.is_whitespace() || c == ',' || c == '|').map(|p| k + p).unwrap_or(s.len());
        let w = s[k..w_end].to_ascii_lowercase();
        if matches!(w.as_str(), "am" | "pm" | "a.m." | "p.m." | "gmt" | "utc" | "et" | "est" | "edt" | "bst" | "cet" | "cest" | "pt" | "pst" | "pdt" | "ist" | "msk" | "ast" | "eet" | "eest")
            || (w.starts_with("gmt") || w.starts_with("utc")) && w.len() <= 9
            || w.starts_with('(') && w.ends_with(')') && w.len() <= 7
        {
            e = w_end;
        } else {
            break;
        }
    }
    e
}

/// Reading time, relative times, bare times: ignorable parts of a date line.
fn is_time_noise(t: &str) -> bool {
    let l = t.trim().to_lowercase();
    if l.is_empty() {
        return true;
    }
    let ws: Vec<&str> = l.split_whitespace().collect();
    ws.len() <= 6
        && ws.iter().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '.'));
            w.is_empty()
                || w.chars().all(|c| c.is_ascii_digit() || c == ':')
                || matches!(w, "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "et" | "est" | "edt" | "bst" | "cet" | "min" | "mins" | "minute" | "minutes" | "read" | "hour" | "hours" | "ago" | "day" | "days" | "updated" | "at" | "reading" | "time" | "seconds" | "second")
        })
}

/// "Published 3 hours ago", "Updated 12:40 GMT", "5 min read": a time line without a date.
fn is_relative_time_line(t: &str) -> bool {
    let l = lower_prefix(t, 60);
    for lab in DATE_LABELS {
        if *lab != "on" && l.starts_with(lab) {
            let rest = &l[lab.len()..];
            return !rest.trim().is_empty() && is_time_noise(rest) && rest.chars().any(|c| c.is_ascii_digit());
        }
    }
    false
}

/// Parses a date / byline line: `June 30, 2025Daily Planet`, `By Jane Roe | 3 May 2024`,
/// `Published: 12 May 2024 10:31 GMT`, `Posted on June 3, 2025 by Jane Roe`.
fn parse_meta(t: &str) -> Option<MetaLine> {
    if t.len() > 200 || t.is_empty() {
        return None;
    }
    let mut m = MetaLine::default();
    let mut names: Vec<(usize, usize)> = Vec::new();
    // Pieces split on separators.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let b = t.as_bytes();
    let mut s = 0;
    let mut i = 0;
    while i < b.len() {
        // Byte-wise comparisons: `i` may sit inside a multi-byte character.
        let rest = &b[i..];
        let sep_len = if rest[0] == b'|' {
            1
        } else if rest.starts_with("\u{2022}".as_bytes()) || rest.starts_with("\u{b7}".as_bytes()) {
            if rest.starts_with("\u{2022}".as_bytes()) {
                3
            } else {
                2
            }
        } else if rest.starts_with(b" -- ") {
            4
        } else if rest.starts_with(b" - ") {
            3
        } else {
            0
        };
        if sep_len > 0 {
            pieces.push((s, i));
            i += sep_len;
            s = i;
        } else {
            i += 1;
        }
    }
    pieces.push((s, b.len()));
    for (ps, pe) in pieces {
        parse_piece(t, ps, pe, &mut m, &mut names, 0)?;
    }
    // "Jane Roe | Staff Writer": the name next to a job title is the author.
    if m.author.is_none() && m.role && !names.is_empty() && is_person_like(&t[names[0].0..names[0].1]) {
        m.author = Some(names.remove(0));
    }
    if m.date.is_none() && m.author.is_none() {
        return None;
    }
    if m.outlet.is_none() {
        m.outlet = names.first().copied();
    }
    Some(m)
}

fn trim_span(t: &str, s: usize, e: usize) -> (usize, usize) {
    let p = &t[s..e];
    let lead = p.len() - p.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '|')).len();
    let trail = p.len() - p.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '|')).len();
    if s + lead >= e - trail {
        (s, s)
    } else {
        (s + lead, e - trail)
    }
}

/// One separator-delimited piece of a meta line. `None` = this is not a meta line.
fn parse_piece(t: &str, ps: usize, pe: usize, m: &mut MetaLine, names: &mut Vec<(usize, usize)>, depth: u8) -> Option<()> {
    let (s, e) = trim_span(t, ps, pe);
    if s == e || depth > 3 {
        return Some(());
    }
    let p = &t[s..e];
    let lower = p.to_ascii_lowercase();
    // "By Jane Roe" / "Written by Jane Roe" / "Words by"
    for lab in ["by ", "written by ", "words by ", "reporting by ", "story by ", "text by ", "author: ", "authors: ", "author "] {
        if lower.starts_with(lab) {
            let rest_s = s + lab.len();
            // "By Jane Roe on June 3, 2025" / "By Jane Roe, Staff Writer"
            let rest = &t[rest_s..e];
            let mut name_e = e;
            if let Some(sc) = t[rest_s..e].find(';') {
                name_e = rest_s + sc;
            }
            if let Some(on) = rest[..name_e - rest_s].to_ascii_lowercase().find(" on ") {
                if date_prefix(&rest[on + 4..]).is_some() {
                    parse_piece(t, rest_s + on + 4, e, m, names, depth + 1)?;
                    name_e = rest_s + on;
                }
            }
            if let Some(c) = t[rest_s..name_e].find(',') {
                let after = t[rest_s + c + 1..name_e].trim();
                if is_role_only(after) || after.is_empty() || date_prefix(after).is_some() || is_name_like(after) && looks_like_outlet(after) {
                    if let Some((d, _)) = date_prefix(after) {
                        m.date = m.date.or(Some(d));
                    } else if is_name_like(after) && looks_like_outlet(after) && !is_role_only(after) {
                        let (os, oe) = trim_span(t, rest_s + c + 1, name_e);
                        names.push((os, oe));
                    }
                    name_e = rest_s + c;
                }
            }
            let (ns, ne) = trim_span(t, rest_s, name_e);
            let name = &t[ns..ne];
            if ns == ne || name.len() > 80 || !starts_upper(name) || ends_sentence(name) && !name.ends_with("Jr.") {
                return None;
            }
            if word_count(name) > 8 {
                return None;
            }
            m.author = m.author.or(Some((ns, ne)));
            return Some(());
        }
    }
    // Strip a date label.
    let mut ds = s;
    for lab in DATE_LABELS {
        if lower.starts_with(lab) && lower[lab.len()..].starts_with(|c: char| c == ' ' || c.is_ascii_digit()) || (lab.ends_with(':') && lower.starts_with(lab)) {
            ds = s + lab.len();
            while ds < e && t.as_bytes()[ds] == b' ' {
                ds += 1;
            }
            break;
        }
    }
    // Weekday "Monday, June 30, 2025" is handled by parse_date.
    if let Some((d, de)) = date_prefix(&t[ds..e]) {
        m.date = m.date.or(Some(d));
        let rest_s = ds + de;
        let (rs, re) = trim_span(t, rest_s, e);
        if rs == re {
            return Some(());
        }
        let rest = &t[rs..re];
        let rl = rest.to_ascii_lowercase();
        if rl.starts_with("by ") {
            return parse_piece(t, rs, re, m, names, depth + 1);
        }
        if is_time_noise(rest) {
            return Some(());
        }
        if is_name_like(rest) {
            names.push((rs, re));
            return Some(());
        }
        return None;
    }
    if ds != s {
        // A label without a date ("Updated 3 hours ago").
        return if is_time_noise(&t[ds..e]) { Some(()) } else { None };
    }
    if is_time_noise(p) {
        return Some(());
    }
    if is_role_only(p) {
        m.role = true;
        return Some(());
    }
    if is_name_like(p) {
        names.push((s, e));
        return Some(());
    }
    None
}

/// Classifies one line by its own text.
fn classify(t: &str) -> Kind {
    if t.len() > SHORT {
        return Kind::Text;
    }
    if is_copyright(t) {
        return Kind::Copyright;
    }
    if let Some(off) = bullet_len(t) {
        let item = &t[off..];
        if is_cta(item) || is_social(item) {
            return Kind::Cta;
        }
        return Kind::Bullet(off);
    }
    if is_breadcrumb(t) {
        return Kind::Breadcrumb;
    }
    if is_related_header(t) {
        return Kind::Related;
    }
    if is_tags(t) {
        return Kind::Tags;
    }
    if is_copyright(t) {
        return Kind::Copyright;
    }
    if is_image(t) {
        return Kind::Image;
    }
    if is_cta(t) {
        return Kind::Cta;
    }
    if is_social(t) {
        return Kind::Social;
    }
    if is_nav_text(t) && word_count(t) <= 3 {
        return Kind::Nav;
    }
    if is_role_only(t) {
        return Kind::RoleOnly;
    }
    if t.len() <= 200 && !is_paragraph_strict(t) {
        if is_relative_time_line(t) {
            return Kind::Meta;
        }
        if let Some(m) = parse_meta(t) {
            if m.date.is_some() || m.author.is_some() {
                return Kind::Meta;
            }
        }
    }
    Kind::Text
}

/// Long enough and sentence-shaped that it cannot be a meta line.
fn is_paragraph_strict(t: &str) -> bool {
    word_count(t) >= 16
}

/// Is line `i` (right after the title) a dek?
fn is_dek(i: usize, kinds: &[Kind], lines: &[Line], norm: &str) -> bool {
    let t = &norm[lines[i].start..lines[i].end];
    let w = word_count(t);
    if !(4..=45).contains(&w) || t.len() > 350 || !starts_upper(t) {
        return false;
    }
    // A dateline lede ("GENEVA (Reuters) - ...", "GENEVA - ...") is body text.
    let first = t.split_whitespace().next().unwrap_or("");
    let first_letters = first.trim_matches(|c: char| !c.is_alphabetic());
    if first_letters.len() >= 3 && first_letters.chars().all(|c| c.is_uppercase()) && (t.contains(" - ") || t.contains("(")) {
        return false;
    }
    if crate::segment::split(t).len() > 1 {
        return false;
    }
    // Followed by residue (date, byline, image) before the next text: a dek.
    let mut j = i + 1;
    let mut residue_between = false;
    while j < kinds.len() && kinds[j] != Kind::Text {
        if matches!(kinds[j], Kind::Meta | Kind::Image | Kind::RoleOnly | Kind::Social | Kind::Nav) {
            residue_between = true;
        } else {
            return false;
        }
        j += 1;
    }
    if j >= kinds.len() {
        return false;
    }
    let nt = &norm[lines[j].start..lines[j].end];
    if residue_between || role_line(nt).is_some() {
        return true;
    }
    if !ends_sentence(t) {
        // A standfirst without a period, in sentence case.
        return w >= 6 && title_case_ratio(t) < 0.6 && is_paragraph(nt);
    }
    // Shorter than the paragraph after it, and more body follows.
    let more = (j + 1..kinds.len()).any(|k| kinds[k] == Kind::Text);
    let nw = word_count(nt);
    more && is_paragraph(nt) && (nw as f32) >= 1.3 * w as f32 && w <= 35
}

/// May line `next` continue paragraph `prev` (hard-wrapped text)?
fn can_join(prev: &str, next: &str) -> bool {
    if matches!(last_significant(prev), Some('.' | '!' | '?' | ':')) || prev.ends_with('"') {
        return false;
    }
    if bullet_len(next).is_some() {
        return false;
    }
    let last_line = prev.rsplit('\n').next().unwrap_or(prev);
    let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    if next_lower {
        return true;
    }
    if is_heading_like(last_line) && last_line.len() < 80 {
        return false;
    }
    last_line.len() >= 50 && !is_heading_like(next)
}

/// Cuts calls to action glued to the end of a paragraph ("... Share this article and sign up for
/// our daily briefing."). Returns the new end.
fn cut_trailing_cta(norm: &str, start: usize, end: usize) -> usize {
    let text = &norm[start..end];
    // Only the tail can hold them: look at the last 600 bytes.
    let tail_from = crate::floor_char_boundary(text, text.len().saturating_sub(600));
    let sents = crate::segment::split(&text[tail_from..]);
    let mut cut = None;
    for &(s, e) in sents.iter().rev() {
        let st = &text[tail_from + s..tail_from + e];
        if is_cta(st) || is_cta_sentence(st) {
            cut = Some(tail_from + s);
        } else {
            break;
        }
    }
    match cut {
        None => end,
        Some(c) => start + text[..c].trim_end().len(),
    }
}

/// Sentence-level calls to action (a subset of line prefixes that read as a sentence).
fn is_cta_sentence(s: &str) -> bool {
    let l = lower_prefix(s, 80);
    ["share this", "subscribe", "sign up", "follow us", "click here", "don't forget to", "be sure to subscribe", "like us on", "join us on", "stay tuned", "for more updates"]
        .iter()
        .any(|p| l.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(t: &str) -> Kind {
        classify(t)
    }

    #[test]
    fn line_kinds() {
        assert_eq!(kind("\u{2022} Home"), Kind::Bullet(4));
        assert_eq!(kind("Home > World > Middle East"), Kind::Breadcrumb);
        assert_eq!(kind("Cover Image"), Kind::Image);
        assert_eq!(kind("Photo credit: Jane Roe"), Kind::Image);
        assert_eq!(kind("Share this story"), Kind::Cta);
        assert_eq!(kind("Subscribe to our newsletter"), Kind::Cta);
        assert_eq!(kind("Advertisement"), Kind::Cta);
        assert_eq!(kind("Related articles"), Kind::Related);
        assert_eq!(kind("\u{a9} 2025 Daily Planet. All rights reserved."), Kind::Copyright);
        assert_eq!(kind("Facebook Twitter LinkedIn Email"), Kind::Social);
        assert_eq!(kind("@dailyplanet"), Kind::Social);
        assert_eq!(kind("Staff Writer"), Kind::RoleOnly);
        assert_eq!(kind("By Jane Roe"), Kind::Meta);
        assert_eq!(kind("June 30, 2025Harbor Gazette"), Kind::Meta);
        assert_eq!(kind("12 May 2024Daily Planet"), Kind::Meta);
        assert_eq!(kind("Published: 12 May 2024 10:31 GMT"), Kind::Meta);
        assert_eq!(kind("Tags: Syria, Israel"), Kind::Tags);
        assert_eq!(kind("Published 3 hours ago"), Kind::Meta);
        assert_eq!(kind("Updated 12:40 GMT"), Kind::Meta);
        assert_eq!(kind("Image caption, Delegates arrive in Geneva"), Kind::Image);
        assert_eq!(kind("Published reports say the talks failed"), Kind::Text);
        assert_eq!(kind("The ministers met on Monday."), Kind::Text);
        assert_eq!(kind("Talks Resume"), Kind::Text);
    }

    #[test]
    fn meta_lines() {
        fn check(t: &str, date: Option<&str>, author: Option<&str>, outlet: Option<&str>) {
            let m = parse_meta(t);
            let got = m.map(|m| (m.date.map(|d| d.to_string()), m.author.map(|(s, e)| t[s..e].to_string()), m.outlet.map(|(s, e)| t[s..e].to_string())));
            let want = if date.is_none() && author.is_none() { None } else { Some((date.map(String::from), author.map(String::from), outlet.map(String::from))) };
            assert_eq!(got, want, "{t:?}");
        }
        check("June 30, 2025Harbor Gazette", Some("2025-06-30"), None, Some("Harbor Gazette"));
        check("12 May 2024Daily Planet", Some("2024-05-12"), None, Some("Daily Planet"));
        check("2024-05-12Daily Planet", Some("2024-05-12"), None, Some("Daily Planet"));
        check("By Jane Roe", None, Some("Jane Roe"), None);
        check("By Jane Roe, Staff Writer", None, Some("Jane Roe"), None);
        check("By Jane Roe and John Doe | June 3, 2025", Some("2025-06-03"), Some("Jane Roe and John Doe"), None);
        check("Posted on June 3, 2025 by Jane Roe", Some("2025-06-03"), Some("Jane Roe"), None);
        check("By Jane Roe on June 3, 2025", Some("2025-06-03"), Some("Jane Roe"), None);
        check("Published: 12 May 2024 10:31 GMT", Some("2024-05-12"), None, None);
        check("Updated March 3, 2024 at 4:05 p.m. ET", Some("2024-03-03"), None, None);
        check("Monday, June 30, 2025", Some("2025-06-30"), None, None);
        check("Daily Planet | 12 May 2024", Some("2024-05-12"), None, Some("Daily Planet"));
        check("12 May 2024 | 4 min read", Some("2024-05-12"), None, None);
        check("2025-06-30T08:15:00Z", Some("2025-06-30"), None, None);
        check("The ministers met on June 30, 2025 in Geneva.", None, None, None);
        check("By the time talks began, everyone had left.", None, None, None);
        check("Talks Resume", None, None, None);
        check("Jane Roe | Staff Writer", None, Some("Jane Roe"), None);
        check("By Jane Roe, Daily Planet", None, Some("Jane Roe"), Some("Daily Planet"));
        check("Daily Planet | Staff", None, None, None);
        check("2025 Budget Talks Stall", None, None, None);
    }

    #[test]
    fn shapes() {
        assert!(is_heading_like("After the War: A New Map"));
        assert!(is_heading_like("Cairo Seeks Phased Truce Plan"));
        assert!(is_heading_like("Background"));
        assert!(!is_heading_like("The ministers met on Monday."));
        assert!(!is_heading_like("the talks went on"));
        assert!(!is_heading_like("\"We will fight on,\" he said"));
        assert!(!is_heading_like("Officials in Geneva said"));
        assert!(!is_heading_like("Estonia, Latvia, Lithuania"));
        assert!(is_title_like("Talks Resume in Geneva"));
        assert!(!is_title_like("The two ministers met on Monday in Geneva and agreed to meet again, officials said on Tuesday in a statement."));
        assert_eq!(title_suffix("Talks Resume in Geneva | Daily Planet"), Some((22, 25, 37)));
        assert_eq!(title_suffix("Talks Resume in Geneva - Harbor News"), Some((22, 25, 36)));
        assert_eq!(title_suffix("Talks Resume in Geneva - Again"), None);
        assert_eq!(title_suffix("Chile-Peru Talks Resume"), None);
        assert_eq!(role_line("Planet Desk Editor"), Some((0, 18)));
        assert_eq!(role_line("Jane Roe, Senior Correspondent"), Some((0, 8)));
        assert_eq!(role_line("Cairo Seeks Phased Truce Plan"), None);
        assert_eq!(copyright_holder("\u{a9} 2025 Daily Planet. All rights reserved.").map(|(s, e)| &"\u{a9} 2025 Daily Planet. All rights reserved."[s..e]), Some("Daily Planet"));
        assert_eq!(copyright_holder("Copyright 2024 Harbor News Network").map(|(s, e)| &"Copyright 2024 Harbor News Network"[s..e]), Some("Harbor News Network"));
    }

    #[test]
    fn trailing_cta_is_cut() {
        let t = "Talks will resume next week. Share this article and sign up for our daily briefing.";
        assert_eq!(&t[..cut_trailing_cta(t, 0, t.len())], "Talks will resume next week.");
        let t2 = "Talks will resume next week. Officials were hopeful.";
        assert_eq!(cut_trailing_cta(t2, 0, t2.len()), t2.len());
    }

    #[test]
    fn crlf_and_odd_whitespace() {
        let a = Article::from_text("crlf", "Talks Resume in Lima\r\n\r\nBy Ana Ruiz\r\n\r\nThe ministers met on Monday in Lima. They agreed to meet again.\r\n\r\nSubscribe to our newsletter\r\n".to_string());
        assert_eq!(a.title.as_deref(), Some("Talks Resume in Lima"));
        assert_eq!(a.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(a.body(), "The ministers met on Monday in Lima. They agreed to meet again.");
        let b = Article::from_text("nbsp", "\u{a0}\u{a0}Talks Resume\u{a0}\n\n\tThe ministers met on Monday.\u{2029}They agreed.".to_string());
        assert_eq!(b.title.as_deref(), Some("Talks Resume"));
        assert_eq!(b.sentences.len(), 2);
        let c = Article::from_text("empty", String::new());
        assert!(c.blocks.is_empty() && c.title.is_none());
        let d = Article::from_text("residue-only", "Advertisement\n\nShare this article\n".to_string());
        assert!(d.blocks.is_empty(), "{:?}", d.body());
    }

    #[test]
    fn huge_line_is_fast() {
        let s = "word ".repeat(2_000_000);
        let t = std::time::Instant::now();
        let a = Article::from_text("big", s);
        assert_eq!(a.blocks.len(), 1);
        assert!(t.elapsed().as_secs() < 10);
    }
}
