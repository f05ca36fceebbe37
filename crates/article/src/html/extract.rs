//! Main-content extraction: drops page furniture (navigation, footers, share bars, related links,
//! comments, cookie banners, hidden elements), scores containers by the running text they hold
//! (a Readability-style score: paragraphs of some length, commas, link density), picks the best
//! container plus its content-bearing siblings, and lays the result out as blocks.
//!
//! All passes are linear over the node arena: nodes are stored in document order with parents
//! before children, so bottom-up sums are a reverse loop and top-down flags a forward loop.

use super::dom::{decode_entities, push_collapsed, Dom, Tag, NONE};
use crate::BlockKind;

/// One block of extracted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutBlock {
    /// Role.
    pub kind: BlockKind,
    /// Text, whitespace collapsed, trimmed, never empty, no newlines.
    pub text: String,
}

/// Words in class/id values that mark page furniture.
const NEGATIVE: &[&str] = &[
    "share", "sharing", "sharebar", "social", "socials", "related", "relatedposts", "comment", "comments",
    "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
    "subscription", "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adslot",
    "adunit", "dfp", "sponsor", "sponsored", "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb",
    "breadcrumbs", "footer", "masthead", "banner", "popup", "modal", "overlay", "recommended",
    "recommendations", "recirc", "trending", "popular", "mostread", "outbrain", "taboola", "signup",
    "login", "pagination", "pager", "toolbar", "widget", "tags", "tagcloud", "taglist", "byline",
    "dateline", "timestamp", "print", "skip", "caption", "credit", "copyright",
    "readmore", "morestories", "authorbio", "bio", "author", "meta", "postmeta", "entrymeta", "rating",
    "tools", "utility", "paywall", "donate", "donation", "subnav", "topbar", "header",
    "newsletters", "follow", "player", "video", "gallery", "slideshow", "carousel", "teaser", "teasers",
    "infobox", "alert", "flash", "noprint", "sronly", "visuallyhidden", "screenreader",
];

/// Words in class/id values that mark article text.
const POSITIVE: &[&str] = &[
    "article", "articlebody", "body", "content", "entry", "entrycontent", "post", "postbody", "postcontent",
    "story", "storybody", "text", "main", "blog", "prose", "richtext", "body-text", "articletext",
];

fn class_words(s: &str, mut f: impl FnMut(&[u8]) -> bool) -> bool {
    // Whole words split on non-alphanumerics (lower-cased), and also each class joined without
    // separators ("share-bar" -> "sharebar", "article__body" -> "articlebody").
    for class in s.split_ascii_whitespace() {
        let mut joined = [0u8; 32];
        let mut jl = 0;
        let mut parts = 0;
        for w in class.as_bytes().split(|c| !c.is_ascii_alphanumeric()) {
            if w.is_empty() || w.len() > 24 {
                continue;
            }
            parts += 1;
            let mut buf = [0u8; 24];
            for (k, c) in w.iter().enumerate() {
                buf[k] = c.to_ascii_lowercase();
            }
            if f(&buf[..w.len()]) {
                return true;
            }
            for &c in &buf[..w.len()] {
                if jl < 32 {
                    joined[jl] = c;
                    jl += 1;
                }
            }
        }
        if parts > 1 && jl < 32 && f(&joined[..jl]) {
            return true;
        }
    }
    false
}

/// Class/id names (joined, lower-cased) of containers that hold exactly an article's body.
const ARTICLE_BODY: &[&str] = &[
    "articlebody", "articlecontent", "articletext", "entrycontent", "postcontent", "postbody", "storybody",
    "storycontent", "storytext", "articlebodytext", "bodytext", "postentry", "singlecontent", "contentbody",
    "bodycopy", "articlecopy", "storycopy",
];

/// Headings that open the furniture after an article (lower-case prefixes), in a few languages.
const TAIL_HEADINGS: &[&str] = &[
    "related", "you may also like", "you might also like", "you may like", "you might like", "more from",
    "more stories", "more news", "recommended", "read more", "read next", "also read", "more on this",
    "most read", "most popular", "trending", "latest news", "latest stories", "comments", "leave a comment",
    "leave a reply", "share this", "join the conversation", "sign up for", "subscribe to",
    "você pode gostar", "leia também", "veja também", "te puede interesar", "lee también", "lesen sie auch",
    "mehr zum thema", "à lire aussi", "vous aimerez aussi", "sur le même sujet", "potrebbe interessarti", "leggi anche",
];

/// Tail headings that never introduce article text (cut whatever follows, however long).
const ALWAYS_TAIL: &[&str] = &[
    "comments", "leave a comment", "leave a reply", "join the conversation", "you may also like",
    "you might also like", "you may like", "você pode gostar", "vous aimerez aussi", "te puede interesar",
    "potrebbe interessarti",
];

/// Drops a trailing "Related stories"/"Comments" heading and everything after it.
fn cut_tail(blocks: &mut Vec<OutBlock>) {
    let n = blocks.len();
    for k in 1..n {
        let b = &blocks[k];
        if b.kind != BlockKind::Heading || b.text.len() > 60 {
            continue;
        }
        let lower = b.text.to_lowercase();
        let head: usize = blocks[..k].iter().map(|b| b.text.len()).sum();
        let tail: usize = blocks[k..].iter().map(|b| b.text.len()).sum();
        let always = ALWAYS_TAIL.iter().any(|h| lower.starts_with(h));
        if always || (tail < head && TAIL_HEADINGS.iter().any(|h| lower.starts_with(h))) {
            blocks.truncate(k);
            return;
        }
    }
}

fn is_article_body(dom: &Dom, i: u32, words: &[&'static [u8]]) -> bool {
    if dom.attr(i, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articleBody")) {
        return true;
    }
    let l = look(dom, i);
    [l.class, l.id].into_iter().flatten().any(|v| v.len() <= 400 && has_word(v, words))
}

/// A sorted list of lower-case words for binary search.
type WordList = Vec<&'static [u8]>;

fn sorted(list: &'static [&'static str]) -> Vec<&'static [u8]> {
    let mut v: Vec<&'static [u8]> = list.iter().map(|s| s.as_bytes()).collect();
    v.sort_unstable();
    v
}

fn has_word(s: &str, list: &[&'static [u8]]) -> bool {
    class_words(s, |w| list.binary_search(&w).is_ok())
}

/// The attributes the extractor looks at, read in one pass.
#[derive(Default)]
struct Looked<'s> {
    class: Option<&'s str>,
    id: Option<&'s str>,
    style: Option<&'s str>,
    role: Option<&'s str>,
    hidden: bool,
    aria_hidden: bool,
}

fn look<'s>(dom: &Dom<'s>, i: u32) -> Looked<'s> {
    let mut l = Looked::default();
    let n = &dom.nodes[i as usize];
    for at in &dom.attrs[n.a as usize..n.b as usize] {
        let name = &dom.src.as_bytes()[at.name.0 as usize..at.name.1 as usize];
        let value = &dom.src[at.value.0 as usize..at.value.1 as usize];
        if name.eq_ignore_ascii_case(b"class") {
            l.class = Some(value);
        } else if name.eq_ignore_ascii_case(b"id") {
            l.id = Some(value);
        } else if name.eq_ignore_ascii_case(b"style") {
            l.style = Some(value);
        } else if name.eq_ignore_ascii_case(b"role") {
            l.role = Some(value);
        } else if name.eq_ignore_ascii_case(b"hidden") {
            l.hidden = true;
        } else if name.eq_ignore_ascii_case(b"aria-hidden") {
            l.aria_hidden = value.eq_ignore_ascii_case("true");
        }
    }
    l
}

/// The class/id weight of an element: -1 furniture, +1 article text, 0 neither.
fn class_weight(l: &Looked, neg: &[&'static [u8]], pos: &[&'static [u8]]) -> i32 {
    let mut w = 0;
    for v in [l.class, l.id].into_iter().flatten() {
        if v.len() > 400 {
            continue;
        }
        if has_word(v, neg) || v.split_ascii_whitespace().any(|c| matches!(c, "hidden" | "hide" | "d-none" | "is-hidden" | "visually-hidden" | "sr-only")) {
            w -= 1;
        }
        if has_word(v, pos) {
            w += 1;
        }
    }
    w
}

fn hidden(l: &Looked) -> bool {
    if l.hidden || l.aria_hidden {
        return true;
    }
    if let Some(st) = l.style {
        let b = st.as_bytes();
        if memchr::memmem::find(b, b"none").is_some() || memchr::memmem::find(b, b"hidden").is_some() {
            let compact: String = st.chars().filter(|c| !c.is_whitespace()).take(200).collect::<String>().to_ascii_lowercase();
            if compact.contains("display:none") || compact.contains("visibility:hidden") {
                return true;
            }
        }
    }
    if let Some(r) = l.role {
        let r = r.trim();
        for x in ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search"] {
            if r.eq_ignore_ascii_case(x) {
                return true;
            }
        }
    }
    false
}

/// Counts over the text under each node.
#[derive(Clone, Copy, Default)]
struct Stat {
    /// Non-space characters (approx.: bytes of non-space text).
    chars: u32,
    /// Characters inside links.
    link: u32,
    /// Commas.
    commas: u32,
}

/// Extracts the main text of a parsed page as blocks.
pub fn extract(dom: &Dom) -> Vec<OutBlock> {
    let n = dom.nodes.len();
    if n <= 1 {
        return Vec::new();
    }
    static NEG: std::sync::OnceLock<(WordList, WordList)> = std::sync::OnceLock::new();
    let (neg, pos) = NEG.get_or_init(|| (sorted(NEGATIVE), sorted(POSITIVE)));
    static STRONG: std::sync::OnceLock<Vec<&'static [u8]>> = std::sync::OnceLock::new();
    let strong_words = STRONG.get_or_init(|| sorted(ARTICLE_BODY));
    // 1. Structural drops (tags, hidden) top-down; inside-link flag.
    let mut hard = vec![false; n];
    let mut in_link = vec![false; n];
    let mut weight = vec![0i8; n];
    for i in 1..n {
        let node = &dom.nodes[i];
        let p = node.parent as usize;
        if hard[p] {
            hard[i] = true;
            continue;
        }
        in_link[i] = in_link[p] || node.tag == Tag::A;
        if node.tag == Tag::Text {
            continue;
        }
        use Tag::*;
        let drop = matches!(
            node.tag,
            Head | Title | Meta | Link | Script | Style | Noscript | Template | Svg | Math | Iframe | Object | Embed
                | Canvas | Video | Audio | Nav | Footer | Aside | Button | Input | Select | Option | Textarea
                | Label | Dialog | Menu | Figcaption | Figure | Picture | Img | Map | Header
        );
        if drop {
            hard[i] = true;
            continue;
        }
        // Hidden elements are dropped with the class-based furniture (a soft drop), since some
        // pages ship their whole article in a hidden element that a script reveals.
        let l = look(dom, i as u32);
        weight[i] = if hidden(&l) { -2 } else { class_weight(&l, neg, pos) as i8 };
    }
    // 2. Bottom-up text statistics (ignoring hard-dropped nodes).
    let stat = stats(dom, &hard, &in_link);
    let total = stat[0].chars.max(1);
    let stat_hard = stat;
    let stat = &stat_hard;
    // 3. Soft drops: furniture by class/id, unless the element holds most of the page's prose.
    let mut dropped = hard.clone();
    for i in 1..n {
        if dropped[i] {
            continue;
        }
        let p = dom.nodes[i].parent as usize;
        if dropped[p] {
            dropped[i] = true;
            continue;
        }
        if weight[i] < 0 && !matches!(dom.nodes[i].tag, Tag::Body | Tag::Html | Tag::Main) {
            let s = stat[i];
            let dense_prose = weight[i] == -1 && s.chars > total / 3 && s.link * 4 < s.chars && s.chars > 500;
            if !dense_prose {
                dropped[i] = true;
            }
        }
    }
    // Recompute stats without the soft drops; if they removed most of the prose, they were wrong.
    let mut stat = stats(dom, &dropped, &in_link);
    let prose = |st: &[Stat]| st[0].chars.saturating_sub(st[0].link);
    if prose(&stat) * 4 < prose(&stat_hard) {
        dropped = hard.clone();
        stat = stat_hard;
    }
    // 4. Paragraph scores to ancestors.
    let mut score = vec![0f32; n];
    let mut scored = vec![false; n];
    for i in 1..n {
        if dropped[i] {
            continue;
        }
        let node = &dom.nodes[i];
        if node.tag == Tag::Text {
            // Loose text in a container that also holds blocks counts as a paragraph of its own.
            let p = node.parent;
            if in_link[i] || p == NONE || is_paragraph(dom, p) || !matches!(dom.nodes[p as usize].tag, Tag::Div | Tag::Section | Tag::Article | Tag::Main | Tag::Td | Tag::Center | Tag::Font | Tag::Body) {
                continue;
            }
        } else if !is_paragraph(dom, i as u32) {
            continue;
        }
        let s = stat[i];
        if s.chars < 25 || s.link * 2 > s.chars {
            continue;
        }
        let ps = 1.0 + s.commas.min(20) as f32 + (s.chars as f32 / 100.0).min(3.0);
        let mut anc = node.parent;
        let mut level = 0;
        while anc != NONE && anc != 0 && level < 5 {
            let a = anc as usize;
            if !scored[a] {
                scored[a] = true;
                score[a] += init_score(dom.nodes[a].tag) + 25.0 * weight[a] as f32;
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[a] += ps / div;
            anc = dom.nodes[a].parent;
            level += 1;
        }
    }
    // Tuning aid: CHANCERY_DEBUG_EXTRACT=1 prints the chosen containers (and DBG_NODE's ancestry).
    let debug = std::env::var_os("CHANCERY_DEBUG_EXTRACT").is_some();
    let mut best = NONE;
    let mut best_score = 0f32;
    for i in 1..n {
        if !scored[i] || dropped[i] {
            continue;
        }
        let s = stat[i];
        let ld = if s.chars > 0 { s.link as f32 / s.chars as f32 } else { 0.0 };
        let f = score[i] * (1.0 - ld);
        score[i] = f;
        if f > best_score {
            best_score = f;
            best = i as u32;
        }
    }
    if debug {
        if let Some(k) = std::env::var("DBG_NODE").ok().and_then(|v| v.parse::<u32>().ok()) {
            let mut a = k;
            while a != NONE {
                eprintln!("  node {a} {:?} chars={} link={} dropped={} hard={} weight={}", dom.nodes[a as usize].tag, stat[a as usize].chars, stat[a as usize].link, dropped[a as usize], hard[a as usize], weight[a as usize]);
                a = dom.nodes[a as usize].parent;
            }
        }
    }
    if best == NONE {
        // No paragraphs: take the body (or the document) whole.
        best = dom.nodes.iter().position(|x| x.tag == Tag::Body).map_or(0, |p| p as u32);
        return layout(dom, &[best], &dropped, &in_link);
    }
    // Climb while the parent holds much more prose than the candidate (content split in columns)
    // or the candidate is an only child.
    // Climb to the highest ancestor whose extra text (over the best candidate) has a low link
    // density: articles split into sections, columns or tabs come back whole. A strong article
    // container (an <article>, <main>, or an "article-body" class) is not left for a parent that
    // adds much.
    let mut top = best;
    let st = stat[best as usize];
    let mut cur = best;
    loop {
        let strong = matches!(dom.nodes[cur as usize].tag, Tag::Article | Tag::Main) || is_article_body(dom, cur, strong_words);
        let strong_top = strong && cur == top;
        let p = dom.nodes[cur as usize].parent;
        if p == NONE || p == 0 || dropped[p as usize] || matches!(dom.nodes[p as usize].tag, Tag::Body | Tag::Html) {
            break;
        }
        let sp = stat[p as usize];
        let cur_chars = stat[cur as usize].chars;
        if strong_top && (sp.chars - cur_chars) as f32 > cur_chars as f32 * 0.2 {
            break;
        }
        let added = sp.chars - st.chars;
        let added_link = sp.link - st.link;
        if added == 0 || (added_link as f32 <= added as f32 * CLIMB_LINK_DENSITY && sp.link as f32 <= sp.chars as f32 * CLIMB_LINK_DENSITY) {
            top = p;
        }
        cur = p;
    }
    if debug {
        for (name, k) in [("best", best), ("top", top)] {
            eprintln!("{name} {k} {:?} class={:?} id={:?} score={} chars={} link={}", dom.nodes[k as usize].tag, dom.attr(k, "class"), dom.attr(k, "id"), score[k as usize], stat[k as usize].chars, stat[k as usize].link);
        }
        let mut a = dom.nodes[top as usize].parent;
        while a != NONE {
            eprintln!("  anc {a} {:?} class={:?} chars={} link={} dropped={} hard={}", dom.nodes[a as usize].tag, dom.attr(a, "class").map(|c| c.chars().take(60).collect::<String>()), stat[a as usize].chars, stat[a as usize].link, dropped[a as usize], hard[a as usize]);
            a = dom.nodes[a as usize].parent;
        }
    }
    // 5. Siblings that carry prose join the content.
    let mut parts = Vec::new();
    let threshold = (best_score * 0.2).max(10.0);
    let parent = dom.nodes[top as usize].parent;
    if parent != NONE {
        for c in dom.children(parent) {
            if c == top {
                parts.push(c);
                continue;
            }
            if dropped[c as usize] {
                continue;
            }
            let s = stat[c as usize];
            let ld = if s.chars > 0 { s.link as f32 / s.chars as f32 } else { 1.0 };
            let ok = (scored[c as usize] && score[c as usize] >= threshold)
                || (dom.nodes[c as usize].tag == Tag::P && ((s.chars > 80 && ld < 0.25) || (s.chars > 0 && ld == 0.0 && s.commas > 0 && s.chars > 30)));
            if ok {
                parts.push(c);
            }
        }
    } else {
        parts.push(top);
    }
    let mut out = layout(dom, &parts, &dropped, &in_link);
    cut_tail(&mut out);
    out
}

/// Bottom-up text statistics of every node, ignoring dropped nodes.
fn stats(dom: &Dom, dropped: &[bool], in_link: &[bool]) -> Vec<Stat> {
    let n = dom.nodes.len();
    let mut stat = vec![Stat::default(); n];
    for i in (1..n).rev() {
        if dropped[i] {
            continue;
        }
        let node = &dom.nodes[i];
        if node.tag == Tag::Text {
            let raw = dom.raw_text(i as u32);
            let mut c = 0u32;
            let mut commas = 0u32;
            for &b in raw.as_bytes() {
                if !b.is_ascii_whitespace() && !(0x80..0xC0).contains(&b) {
                    c += 1;
                }
                if b == b',' {
                    commas += 1;
                }
            }
            stat[i] = Stat { chars: c, link: if in_link[i] { c } else { 0 }, commas };
        }
        let s = stat[i];
        let p = node.parent as usize;
        stat[p].chars += s.chars;
        stat[p].link += s.link;
        stat[p].commas += s.commas;
    }
    stat
}

/// Largest link density of the text a climb to the parent may add.
const CLIMB_LINK_DENSITY: f32 = 0.1;

fn init_score(t: Tag) -> f32 {
    use Tag::*;
    match t {
        Div | Article | Main | Section => 5.0,
        Pre | Td | Blockquote => 3.0,
        Address | Ol | Ul | Dl | Dd | Dt | Li | Form => -3.0,
        H1 | H2 | H3 | H4 | H5 | H6 | Th => -5.0,
        _ => 0.0,
    }
}

/// Elements that count as one paragraph of text for scoring.
fn is_paragraph(dom: &Dom, i: u32) -> bool {
    let t = dom.nodes[i as usize].tag;
    match t {
        Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote | Tag::Dd => true,
        Tag::Div | Tag::Section | Tag::Article | Tag::Span | Tag::Font | Tag::Center => {
            // A container with direct text and no block children acts as a paragraph.
            let mut has_text = false;
            for c in dom.children(i) {
                let ct = dom.nodes[c as usize].tag;
                if ct == Tag::Text {
                    if !dom.raw_text(c).trim().is_empty() {
                        has_text = true;
                    }
                } else if ct.is_block() && ct != Tag::Br {
                    return false;
                }
            }
            has_text && t != Tag::Span
        }
        _ => false,
    }
}

/// Lays out the kept subtrees as blocks.
fn layout(dom: &Dom, parts: &[u32], dropped: &[bool], in_link: &[bool]) -> Vec<OutBlock> {
    let mut out: Vec<OutBlock> = Vec::new();
    let mut cur = String::new();
    let mut cur_link = 0usize;
    let mut cur_kind = BlockKind::Paragraph;
    // Stack of (node, kind) for block ancestors, to know the kind of the text being added and to
    // flush at block ends. Iterative walk with explicit exit events.
    for &root in parts {
        let mut stack: Vec<(u32, BlockKind)> = Vec::new();
        let mut it = dom.descendants(root);
        while let Some(i) = it.next() {
            let node = dom.node(i);
            // Close blocks that ended (we left their subtree).
            while let Some(&(top, _)) = stack.last() {
                if is_ancestor(dom, top, i) {
                    break;
                }
                stack.pop();
                flush(&mut out, &mut cur, &mut cur_link, cur_kind);
            }
            if dropped[i as usize] {
                it.skip_children();
                continue;
            }
            if node.tag == Tag::Text {
                let t = decode_entities(dom.raw_text(i));
                let before = cur.len();
                push_collapsed(&mut cur, &t);
                if in_link[i as usize] {
                    cur_link += cur.len() - before;
                }
                cur_kind = stack.iter().rev().map(|x| x.1).find(|k| *k != BlockKind::Paragraph).unwrap_or(BlockKind::Paragraph);
                continue;
            }
            if node.tag.is_block() || node.tag == Tag::Br {
                flush(&mut out, &mut cur, &mut cur_link, cur_kind);
                if node.tag == Tag::Br || node.tag == Tag::Hr {
                    continue;
                }
                let kind = match node.tag {
                    t if t.is_heading() => BlockKind::Heading,
                    Tag::Li | Tag::Dd | Tag::Dt => BlockKind::ListItem,
                    Tag::Blockquote => BlockKind::Quote,
                    _ => BlockKind::Paragraph,
                };
                stack.push((i, kind));
            }
        }
        flush(&mut out, &mut cur, &mut cur_link, cur_kind);
    }
    out
}

fn is_ancestor(dom: &Dom, anc: u32, mut d: u32) -> bool {
    // Nodes are in document order; a subtree is a contiguous index range, so walk up only while
    // the index is larger than the candidate ancestor.
    while d != NONE && d > anc {
        d = dom.nodes[d as usize].parent;
    }
    d == anc
}

fn flush(out: &mut Vec<OutBlock>, cur: &mut String, cur_link: &mut usize, kind: BlockKind) {
    let t = cur.trim();
    if !t.is_empty() {
        let len = t.len();
        let link_heavy = *cur_link * 10 > len * 6;
        if !link_heavy || (kind == BlockKind::Paragraph && len > 400 && *cur_link * 10 < len * 9) {
            out.push(OutBlock { kind, text: t.to_string() });
        }
    }
    cur.clear();
    *cur_link = 0;
}
