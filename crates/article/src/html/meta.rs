//! Page metadata: JSON-LD (`NewsArticle`, `Article`, `@graph` arrays...), OpenGraph and other
//! `<meta>` tags, `<link rel=canonical>`, `<time datetime>`, byline elements and the `<title>`.

use super::dom::{decode_entities, Dom, Tag, NONE};
use chrono::NaiveDate;
use serde_json::Value;

/// What the page says about itself. Every field is cleaned text or `None`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// Headline.
    pub title: Option<String>,
    /// Description (may or may not be a dek).
    pub description: Option<String>,
    /// Author(s), comma-separated.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Site / publisher name.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
    "scholarlyarticle", "techarticle", "report", "liveblogposting", "posting", "advertisercontentarticle",
    "satiricalarticle", "medicalscholarlyarticle", "discussionforumposting", "askpublicnewsarticle",
];

#[derive(Default)]
struct Found {
    ld_title: Option<String>,
    ld_author: Option<String>,
    ld_date: Option<NaiveDate>,
    ld_publisher: Option<String>,
    ld_description: Option<String>,
    ld_url: Option<String>,
    ld_site: Option<String>,
    metas: Vec<(String, String)>,
    title_tag: Option<String>,
    h1: Option<String>,
    canonical: Option<String>,
    time_published: Option<NaiveDate>,
    time_any: Option<NaiveDate>,
    byline: Option<String>,
    date_text: Option<NaiveDate>,
    date_alone: Option<NaiveDate>,
    ld_page_author: Option<String>,
    date_furniture: Option<NaiveDate>,
    by_date: Option<NaiveDate>,
    author_link: Option<String>,
    by_text: Option<String>,
    ld_author_ids: Vec<String>,
    persons: Vec<(String, String)>,
    label_author: Option<String>,
    posted_date: Option<NaiveDate>,
    updated_date: Option<NaiveDate>,
    line_author: Option<String>,
    line_date: Option<NaiveDate>,
}

/// Collects the metadata of a parsed page.
pub fn page_meta(dom: &Dom) -> PageMeta {
    let mut f = Found::default();
    let mut it = dom.descendants(0);
    let mut in_body_article = false;
    while let Some(i) = it.next() {
        let node = dom.node(i);
        match node.tag {
            Tag::Meta => {
                let key = dom.attr(i, "property").or_else(|| dom.attr(i, "name")).or_else(|| dom.attr(i, "itemprop")).or_else(|| dom.attr(i, "http-equiv"));
                let val = dom.attr(i, "content").or_else(|| dom.attr(i, "datetime"));
                if let (Some(k), Some(v)) = (key, val) {
                    let v = clean(&decode_entities(v));
                    if !v.is_empty() && f.metas.len() < 400 {
                        f.metas.push((k.trim().to_ascii_lowercase(), v));
                    }
                }
            }
            Tag::Link
                if f.canonical.is_none() && dom.attr(i, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                    if let Some(h) = dom.attr(i, "href") {
                        let h = h.trim();
                        if h.starts_with("http") {
                            f.canonical = Some(decode_entities(h).into_owned());
                        }
                    }
                }
            Tag::Title => {
                if f.title_tag.is_none() && !inside(dom, i, Tag::Svg) {
                    let t = clean(&dom.text_of(i));
                    if !t.is_empty() {
                        f.title_tag = Some(t);
                    }
                }
                it.skip_children();
            }
            Tag::Script => {
                if dom.attr(i, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")) {
                    let mut s = String::new();
                    for c in dom.children(i) {
                        if dom.node(c).tag == Tag::Text {
                            s.push_str(dom.raw_text(c));
                        }
                    }
                    json_ld(&s, &mut f);
                }
                it.skip_children();
            }
            Tag::Style | Tag::Template | Tag::Noscript => it.skip_children(),
            Tag::H1
                if f.h1.is_none() => {
                    let t = clean(&dom.text_of(i));
                    if t.len() > 3 {
                        f.h1 = Some(t);
                    }
                }
            Tag::Article => in_body_article = true,
            Tag::Time => {
                let dt = dom.attr(i, "datetime").and_then(crate::meta::parse_date).or_else(|| {
                    let t = dom.text_of(i);
                    crate::meta::parse_date(&t)
                });
                if let Some(d) = dt {
                    let attrs = format!(
                        "{} {} {}",
                        dom.attr(i, "itemprop").unwrap_or(""),
                        dom.attr(i, "class").unwrap_or(""),
                        dom.attr(i, "pubdate").map(|_| "pubdate").unwrap_or("")
                    )
                    .to_ascii_lowercase();
                    let parent_cls = parent_class(dom, i, 3);
                    if f.time_published.is_none()
                        && (attrs.contains("datepublished") || attrs.contains("publish") || attrs.contains("pubdate") || parent_cls.contains("publish") || parent_cls.contains("byline") || parent_cls.contains("dateline"))
                        && !attrs.contains("modif") && !attrs.contains("update") && !after_update_label(dom, i)
                    {
                        f.time_published = Some(d);
                    }
                    let updated = attrs.contains("modif") || attrs.contains("update") || after_update_label(dom, i);
                    if updated {
                        f.updated_date = f.updated_date.or(Some(d));
                    } else {
                        if inside_furniture(dom, i) {
                            f.date_furniture = f.date_furniture.or(Some(d));
                        } else if f.time_any.is_none() {
                            f.time_any = Some(d);
                        }
                    }
                }
            }
            _ => {}
        }
        if node.tag != Tag::Text && f.date_text.is_none() && !matches!(node.tag, Tag::Meta | Tag::Link | Tag::Time | Tag::Script | Tag::Style) {
            if let Some(c) = dom.attr(i, "class").or_else(|| dom.attr(i, "itemprop")) {
                let c = c.to_ascii_lowercase();
                if c.len() < 200 && (c.contains("date") || c.contains("publish") || c.contains("posted") || c.contains("byline") || c.contains("meta") || c.contains("author")) && !c.contains("update") && !c.contains("modif") {
                    let t = dom.text_of(i);
                    let tl = t.to_ascii_lowercase();
                    let updated = tl.contains("updated") || tl.contains("modified") || after_update_label(dom, i);
                    if t.len() < 200 && updated {
                        if let Some(d) = find_date(&t) {
                            f.updated_date = f.updated_date.or(Some(d));
                        }
                    } else if t.len() < 200 {
                        if let Some(d) = find_date(&t) {
                            if inside_furniture(dom, i) {
                                f.date_furniture = f.date_furniture.or(Some(d));
                            } else {
                                f.date_text = Some(d);
                            }
                        }
                    }
                }
            }
        }
        if f.date_alone.is_none()
            && matches!(node.tag, Tag::P | Tag::Span | Tag::Div | Tag::Small | Tag::Em | Tag::Li | Tag::Strong | Tag::B | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Dd | Tag::Td)
        {
            // An element holding nothing but a date ("December 15, 2025", maybe with a calendar
            // icon or a reading time), as under many headlines.
            if let Some(d) = short_date(dom, i) {
                if after_update_label(dom, i) {
                    f.updated_date = f.updated_date.or(Some(d));
                } else if !inside_furniture(dom, i) {
                    f.date_alone = Some(d);
                }
            }
        }
        if f.posted_date.is_none() && matches!(node.tag, Tag::P | Tag::Span | Tag::Div | Tag::Li | Tag::Small | Tag::Em) {
            // "Posted on 15/12/2025 at 19:00 by ...", "Published March 3, 2024".
            if let Some(c) = dom.children(i).find(|&c| dom.node(c).tag == Tag::Text && !dom.raw_text(c).trim().is_empty()) {
                let first = dom.raw_text(c).trim_start();
                let lower = first.get(..first.len().min(24)).unwrap_or("").to_ascii_lowercase();
                if ["posted on", "published", "first published", "originally published", "date published", "posted:", "date:"].iter().any(|p| lower.starts_with(p)) {
                    let t = dom.text_of(i);
                    if t.len() < 160 && !inside_furniture(dom, i) {
                        let t = t.to_ascii_lowercase();
                        // Only the part before any "updated" mention.
                        let t = t.split("updated").next().unwrap_or("");
                        if let Some(d) = find_date(t) {
                            f.posted_date = Some(d);
                        }
                    }
                }
            }
        }
        if node.tag == Tag::A && f.author_link.is_none() {
            if let Some(h) = dom.attr(i, "href") {
                let h = h.to_ascii_lowercase();
                if (h.contains("/author/") || h.contains("/authors/") || h.contains("/writers/") || h.contains("/staff/")) && !inside_furniture(dom, i) {
                    let t = dom.text_of(i);
                    if let Some(a) = clean_author(&t).filter(|a| looks_like_name(a)) {
                        f.author_link = Some(a);
                    }
                }
            }
        }
        if f.by_text.is_none() && matches!(node.tag, Tag::P | Tag::Span | Tag::Div | Tag::Li | Tag::Address | Tag::Em | Tag::Strong) {
            if let Some(c) = dom.children(i).find(|&c| dom.node(c).tag == Tag::Text && !dom.raw_text(c).trim().is_empty()) {
                let first = decode_entities(dom.raw_text(c).trim_start()).replace('\u{a0}', " ");
                let lower = first.get(..first.len().min(12)).unwrap_or("").to_ascii_lowercase();
                // A lone "By" before a link is left to `labelled_author`, which reads only the link.
                let alone = matches!(lower.trim(), "by" | "written by");
                if lower.starts_with("by ") || lower.starts_with("written by") || alone {
                    let t = dom.text_of(i);
                    if alone && t.len() < 120 && f.by_date.is_none() && !inside_furniture(dom, i) {
                        f.by_date = find_date(&t);
                    } else if !alone && t.len() < 120 && !inside_furniture(dom, i) {
                        if let Some(a) = clean_author(&t).filter(|a| looks_like_name(a)) {
                            f.by_text = Some(a);
                            f.by_date = find_date(&t);
                        }
                    }
                }
            }
        }
        if f.line_author.is_none() && matches!(node.tag, Tag::P | Tag::Div | Tag::Span) {
            // "Ana Berg | Senior Writer | July 2, 2025": a name and a date in one separated line.
            let fc = node.first_child;
            if fc != NONE && fc == node.last_child && dom.node(fc).tag == Tag::Text && dom.raw_text(fc).len() < 120 {
                let t = clean(&decode_entities(dom.raw_text(fc)));
                let parts: Vec<&str> = t.split(" | ").map(str::trim).collect();
                if (2..=4).contains(&parts.len()) && !inside_furniture(dom, i) {
                    let date = parts[1..].iter().find_map(|p| crate::meta::parse_date(p));
                    let name_ok = {
                        let ws: Vec<&str> = parts[0].split_whitespace().collect();
                        (2..=4).contains(&ws.len()) && ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                    };
                    if let (Some(d), true) = (date, name_ok) {
                        if let Some(a) = clean_author(parts[0]).filter(|a| looks_like_name(a)) {
                            f.line_author = Some(a);
                            f.line_date = Some(d);
                        }
                    }
                }
            }
        }
        if f.label_author.is_none() {
            if let Some(a) = labelled_author(dom, i) {
                f.label_author = Some(a);
            }
        }
        if node.tag != Tag::Text && f.byline.is_none() && node.tag != Tag::Meta && node.tag != Tag::Link {
            if let Some(b) = byline(dom, i) {
                f.byline = Some(b);
            }
        }
    }
    let _ = in_body_article;
    choose(f)
}

/// Words that label the author's name written in the next sibling ("Author", "Written by",
/// "Contributors:", a lone "By" before a link).
const AUTHOR_LABELS: &[&str] = &[
    "by", "author", "authors", "written by", "article by", "words by", "story by", "posted by", "contributor",
    "contributors", "writer", "reporter", "reported by", "text by", "byline",
];

/// A name written right after an author label: `<div>Author</div><div>Ana Berg</div>`,
/// `<strong>Contributors:</strong> Ana Berg`, `By <a href=...>Ana Berg</a>`.
fn labelled_author(dom: &Dom, i: u32) -> Option<String> {
    let node = dom.node(i);
    let label = match node.tag {
        Tag::Text => dom.raw_text(i),
        Tag::Span | Tag::Div | Tag::P | Tag::Strong | Tag::B | Tag::Em | Tag::Small | Tag::Dt | Tag::Th | Tag::Td | Tag::Label
        | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 => {
            let fc = node.first_child;
            if fc == NONE || fc != node.last_child || dom.node(fc).tag != Tag::Text {
                return None;
            }
            dom.raw_text(fc)
        }
        _ => return None,
    };
    if label.len() > 40 {
        return None;
    }
    let l = decode_entities(label).replace('\u{a0}', " ");
    let l = clean(&l).trim_end_matches(':').trim().to_ascii_lowercase();
    if !AUTHOR_LABELS.contains(&l.as_str()) {
        return None;
    }
    let mut n = node.next;
    let mut k = 0;
    while n != NONE && k < 4 {
        let nn = dom.node(n);
        k += 1;
        match nn.tag {
            Tag::Text => {
                let t = decode_entities(dom.raw_text(n)).replace('\u{a0}', " ");
                if !t.trim().is_empty() {
                    return clean_author(&t).filter(|a| looks_like_name(a) && !inside_furniture(dom, i));
                }
            }
            Tag::Script | Tag::Style | Tag::Svg | Tag::Img | Tag::Br => {}
            _ => {
                let t = first_line(dom, n);
                if !t.is_empty() {
                    return clean_author(&t).filter(|a| looks_like_name(a) && !inside_furniture(dom, i));
                }
            }
        }
        n = nn.next;
    }
    None
}

/// Whether the text just before `i` (earlier siblings, or those of its parent) says "Updated" /
/// "Modified": the date in `i` is then not the publication date.
fn after_update_label(dom: &Dom, i: u32) -> bool {
    let mut cur = i;
    for _ in 0..2 {
        let p = dom.node(cur).parent;
        if p == NONE {
            return false;
        }
        let mut before = String::new();
        for c in dom.children(p) {
            if c == cur {
                break;
            }
            if dom.node(c).tag == Tag::Text {
                before.push_str(dom.raw_text(c));
            } else if !matches!(dom.node(c).tag, Tag::Script | Tag::Style | Tag::Svg) {
                before.push_str(&first_line(dom, c));
            }
            if before.len() > 200 {
                return false;
            }
        }
        let b = before.to_ascii_lowercase();
        let b = b.trim_end();
        if b.ends_with("updated") || b.ends_with("updated:") || b.ends_with("updated on") || b.ends_with("modified") || b.ends_with("modified:") || b.ends_with("modified on") || b.ends_with("last updated on:") {
            return true;
        }
        if !b.trim().is_empty() {
            return false;
        }
        cur = p;
    }
    false
}

/// The date in an element holding only a short date text (icons and line breaks allowed).
fn short_date(dom: &Dom, i: u32) -> Option<NaiveDate> {
    let mut t = String::new();
    for c in dom.children(i) {
        match dom.node(c).tag {
            Tag::Text => {
                t.push_str(dom.raw_text(c));
                t.push(' ');
                if t.len() > 80 {
                    return None;
                }
            }
            Tag::Svg | Tag::I | Tag::Img | Tag::Br => {}
            _ => return None,
        }
    }
    let t = decode_entities(t.trim()).replace('\u{a0}', " ");
    let t = clean(&t);
    if !(6..=60).contains(&t.len()) || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let l = t.to_lowercase();
    if l.contains("updat") || l.contains("modif") || l.contains('\u{a9}') || l.contains("(c)") || l.contains("copyright") {
        return None;
    }
    if let Some(d) = crate::meta::parse_date(&t) {
        return Some(d);
    }
    // The date followed by short furniture ("December 18, 2025 · 3 min read").
    let words = t.split_whitespace().count();
    if words <= 8 { find_date(&t) } else { None }
}

fn inside(dom: &Dom, mut i: u32, tag: Tag) -> bool {
    while i != NONE {
        if dom.node(i).tag == tag {
            return true;
        }
        i = dom.node(i).parent;
    }
    false
}

fn inside_furniture(dom: &Dom, mut i: u32) -> bool {
    let mut k = 0;
    while i != NONE && k < 30 {
        let t = dom.node(i).tag;
        if matches!(t, Tag::Aside | Tag::Footer | Tag::Nav) {
            return true;
        }
        // Page-wide layout classes ("has-sidebar", "comments-open" on <body>) say nothing about
        // the element itself.
        if !matches!(t, Tag::Body | Tag::Html) {
            if let Some(c) = dom.attr(i, "class") {
                let c = c.to_ascii_lowercase();
                let hit = c.split_whitespace().any(|w| {
                    !(w.starts_with("has-") || w.starts_with("no-") || w.starts_with("with-") || w.starts_with("without-") || w.starts_with("comments-"))
                        && (w.contains("related") || w.contains("comment") || w.contains("sidebar"))
                });
                if hit {
                    return true;
                }
            }
        }
        i = dom.node(i).parent;
        k += 1;
    }
    false
}

fn parent_class(dom: &Dom, i: u32, levels: usize) -> String {
    let mut s = String::new();
    let mut p = dom.node(i).parent;
    for _ in 0..levels {
        if p == NONE {
            break;
        }
        if let Some(c) = dom.attr(p, "class") {
            s.push_str(&c.to_ascii_lowercase());
            s.push(' ');
        }
        p = dom.node(p).parent;
    }
    s
}

/// A byline element: `rel=author`, `itemprop=author`, class/id naming an author or byline.
fn byline(dom: &Dom, i: u32) -> Option<String> {
    let rel = dom.attr(i, "rel").is_some_and(|r| r.eq_ignore_ascii_case("author"));
    let itemprop = dom.attr(i, "itemprop").is_some_and(|r| r.eq_ignore_ascii_case("author") || r.eq_ignore_ascii_case("creator"));
    let cls = dom.attr(i, "class").unwrap_or("");
    let cls_hit = cls.len() < 200 && {
        let l = cls.to_ascii_lowercase();
        l.split(|c: char| c.is_whitespace()).any(|w| {
            matches!(w, "author" | "byline" | "author-name" | "authorname" | "byline__name" | "byline-name" | "author__name" | "post-author" | "entry-author" | "article-author" | "fn" | "author-link" | "byline__author" | "contributor" | "c-byline__author" | "author-name-link")
                || (w.contains("author") && w.contains("name"))
                || ((w.ends_with("-author") || w.ends_with("_author")) && !w.starts_with("has") && !w.starts_with("co"))
                || (w.contains("byline") && (w.contains("name") || w.contains("author")))
        })
    };
    if !(rel || itemprop || cls_hit) {
        return None;
    }
    if inside_furniture(dom, i) {
        return None;
    }
    // itemprop=author may wrap a Person with itemprop=name inside.
    let mut text = None;
    if itemprop {
        for d in dom.descendants(i) {
            if d != i && dom.attr(d, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("name")) {
                text = dom.attr(d, "content").map(|s| s.to_string()).or_else(|| Some(dom.text_of(d)));
                break;
            }
        }
    }
    let text = text.unwrap_or_else(|| first_line(dom, i));
    clean_author(&text)
}

/// Cleans an author string: strips "By", "Written by", trailing roles and dates; rejects URLs and
/// long sentences.
pub fn clean_author(s: &str) -> Option<String> {
    let mut t = clean(s);
    for pre in ["written by ", "posted by ", "story by ", "words by ", "reported by ", "by: ", "by ", "author: ", "authors: ", "von ", "par ", "por "] {
        if t.len() > pre.len() && t.as_bytes()[..pre.len()].eq_ignore_ascii_case(pre.as_bytes()) {
            t = t[pre.len()..].trim().to_string();
        }
    }
    // "Posted byAna Berg": a label glued to the name.
    for pre in ["posted by", "written by", "authored by"] {
        if t.len() > pre.len() && t.as_bytes()[..pre.len()].eq_ignore_ascii_case(pre.as_bytes()) {
            t = t[pre.len()..].trim_start_matches([':', ' ']).trim().to_string();
        }
    }
    // Cut at a separator that starts other byline material.
    for sep in [" \u{22c5} ", " &sdot;", " | ", " - ", " \u{2014} ", " \u{2013} ", " \u{b7} ", " \u{2022} ", "\n", " on ", " Updated", " Published", " Posted"] {
        if let Some(p) = t.find(sep) {
            if p > 2 {
                t.truncate(p);
            }
        }
    }
    // "Recipe by Ana Berg", "Guide by Ana Berg": a one-word kind of piece before "by".
    {
        let mut ws = t.splitn(3, ' ');
        if let (Some(_), Some(by), Some(rest)) = (ws.next(), ws.next(), ws.next()) {
            if by.eq_ignore_ascii_case("by") && rest.chars().next().is_some_and(char::is_uppercase) {
                t = rest.to_string();
            }
        }
    }
    let t = cut_role(t.trim()).trim_end_matches([',', ';', ':', '|']).trim().to_string();
    if t.is_empty() || t.len() > 100 || t.starts_with("http") || t.contains('@') && !t.contains(' ') || t.contains("://") {
        return None;
    }
    let words = t.split_whitespace().count();
    if words > 12 || t.chars().filter(|c| c.is_ascii_digit()).count() > 4 {
        return None;
    }
    if !t.chars().next().is_some_and(|c| c.is_alphabetic()) {
        return None;
    }
    if matches!(t.to_ascii_lowercase().as_str(), "the author" | "author" | "posted by" | "written by" | "by" | "admin" | "administrator" | "unknown") {
        return None;
    }
    Some(t)
}

/// Collapses whitespace and trims.
pub fn clean(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    super::dom::push_collapsed(&mut o, s);
    let t = o.trim();
    if t.len() == o.len() {
        o
    } else {
        t.to_string()
    }
}

fn json_ld(s: &str, f: &mut Found) {
    let s = s.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
    let v: Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(_) => {
            // Some pages put raw newlines or control characters in strings: retry with them replaced.
            let fixed: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            match serde_json::from_str(&fixed) {
                Ok(v) => v,
                Err(_) => return,
            }
        }
    };
    // Iterative walk over objects and arrays (bounded).
    let mut stack: Vec<(&Value, usize)> = vec![(&v, 0)];
    let mut seen = 0;
    while let Some((x, depth)) = stack.pop() {
        seen += 1;
        if seen > 2000 || depth > 12 {
            continue;
        }
        match x {
            Value::Array(a) => {
                for y in a.iter().rev() {
                    stack.push((y, depth + 1));
                }
            }
            Value::Object(o) => {
                let types = type_names(o.get("@type"));
                if types.iter().any(|t| t == "person") {
                    if let (Some(id), Some(name)) = (o.get("@id").and_then(Value::as_str), o.get("name").and_then(Value::as_str)) {
                        if f.persons.len() < 50 {
                            f.persons.push((id.to_string(), name.to_string()));
                        }
                    }
                }
                if types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                    article_object(o, f);
                } else if types.iter().any(|t| t == "website") {
                    if f.ld_site.is_none() {
                        f.ld_site = o.get("name").and_then(Value::as_str).map(clean).filter(|s| !s.is_empty());
                    }
                } else if types.iter().any(|t| t == "webpage") && f.ld_date.is_none() && o.get("author").is_some() && f.ld_author.is_none() && f.ld_author_ids.is_empty() {
                    // A WebPage carrying the authorship the article object lacks (or there is none).
                    if let Some(a) = o.get("author") {
                        let mut names = Vec::new();
                        author_names(a, &mut names);
                        if names.is_empty() {
                            let refs: Vec<&Value> = match a {
                                Value::Array(xs) => xs.iter().collect(),
                                x => vec![x],
                            };
                            for r in refs.into_iter().take(10) {
                                if let Some(id) = r.get("@id").and_then(Value::as_str) {
                                    f.ld_author_ids.push(id.to_string());
                                }
                            }
                        } else {
                            f.ld_page_author = Some(names.join(", "));
                        }
                    }
                    if let Some(d) = o.get("datePublished").and_then(Value::as_str).and_then(crate::meta::parse_date) {
                        f.ld_date = Some(d);
                    }
                } else if types.iter().any(|t| t == "webpage") && f.ld_date.is_none() {
                    // WebPage objects sometimes carry the dates instead of the article.
                    if let Some(d) = o.get("datePublished").and_then(Value::as_str).and_then(crate::meta::parse_date) {
                        f.ld_date = Some(d);
                    }
                }
                for key in ["@graph", "mainEntity", "itemListElement", "hasPart"] {
                    if let Some(y) = o.get(key) {
                        stack.push((y, depth + 1));
                    }
                }
            }
            _ => {}
        }
    }
}

fn type_names(t: Option<&Value>) -> Vec<String> {
    match t {
        Some(Value::String(s)) => vec![s.rsplit('/').next().unwrap_or(s).to_ascii_lowercase()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(|s| s.rsplit('/').next().unwrap_or(s).to_ascii_lowercase()).collect(),
        _ => Vec::new(),
    }
}

fn article_object(o: &serde_json::Map<String, Value>, f: &mut Found) {
    if f.ld_title.is_none() {
        f.ld_title = o.get("headline").or_else(|| o.get("name")).and_then(Value::as_str).map(|s| clean(&decode_entities(s))).filter(|s| !s.is_empty());
    }
    if f.ld_author.is_none() {
        if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
            let mut names = Vec::new();
            author_names(a, &mut names);
            names.dedup();
            if !names.is_empty() {
                f.ld_author = Some(names.join(", "));
            } else {
                // Authors given by reference to a Person elsewhere in the @graph.
                let refs: Vec<&Value> = match a {
                    Value::Array(xs) => xs.iter().collect(),
                    x => vec![x],
                };
                for r in refs.into_iter().take(10) {
                    if let Some(id) = r.get("@id").and_then(Value::as_str) {
                        f.ld_author_ids.push(id.to_string());
                    }
                }
            }
        }
    }
    if f.ld_date.is_none() {
        f.ld_date = o.get("datePublished").or_else(|| o.get("dateCreated")).and_then(Value::as_str).and_then(crate::meta::parse_date);
    }
    if f.ld_publisher.is_none() {
        f.ld_publisher = match o.get("publisher") {
            Some(Value::Object(p)) => p.get("name").and_then(Value::as_str).map(|s| clean(&decode_entities(s))),
            Some(Value::Array(a)) => a.first().and_then(|p| p.get("name")).and_then(Value::as_str).map(|s| clean(&decode_entities(s))),
            Some(Value::String(s)) if !s.starts_with("http") && !s.starts_with('#') => Some(clean(s)),
            _ => None,
        }
        .filter(|s| !s.is_empty());
    }
    if f.ld_description.is_none() {
        f.ld_description = o.get("description").and_then(Value::as_str).map(|s| clean(&decode_entities(s))).filter(|s| !s.is_empty());
    }
    if f.ld_url.is_none() {
        f.ld_url = o.get("url").and_then(Value::as_str).filter(|s| s.starts_with("http")).map(str::to_string).or_else(|| match o.get("mainEntityOfPage") {
            Some(Value::String(s)) if s.starts_with("http") => Some(s.clone()),
            Some(Value::Object(m)) => m.get("@id").and_then(Value::as_str).filter(|s| s.starts_with("http")).map(str::to_string),
            _ => None,
        });
    }
}

fn author_names(a: &Value, out: &mut Vec<String>) {
    match a {
        Value::String(s) => {
            if let Some(n) = clean_author(&decode_entities(s)) {
                out.push(n);
            }
        }
        Value::Array(xs) => {
            for x in xs.iter().take(10) {
                author_names(x, out);
            }
        }
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                match n {
                    Value::String(s) => {
                        if let Some(n) = clean_author(&decode_entities(s)) {
                            out.push(n);
                        }
                    }
                    Value::Array(_) => {
                        // name lists one level deep only
                        if let Value::Array(xs) = n {
                            for x in xs.iter().take(10).filter_map(Value::as_str) {
                                if let Some(n) = clean_author(x) {
                                    out.push(n);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn meta_get<'a>(f: &'a Found, keys: &[&str]) -> Option<&'a str> {
    for k in keys {
        if let Some((_, v)) = f.metas.iter().find(|(mk, _)| mk == k) {
            return Some(v.as_str());
        }
    }
    None
}

fn choose(f: Found) -> PageMeta {
    let mut m = PageMeta::default();
    let host = f.canonical.as_deref().or(meta_get(&f, &["og:url"])).and_then(|u| u.split("://").nth(1)).and_then(|r| r.split('/').next()).map(|h| h.to_ascii_lowercase());
    let og_title0 = meta_get(&f, &["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline"]).map(str::to_string);
    m.outlet = meta_get(&f, &["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone"])
        .map(str::to_string)
        .or(f.ld_publisher.clone())
        .or(f.ld_site.clone());
    let og_title = og_title0.clone();
    // A page-wide <h1> (blog name, logo, section) shares no word with any metadata title.
    let h1_unrelated = f.h1.as_deref().is_some_and(|h1| {
        let metas: Vec<&str> = [f.ld_title.as_deref(), og_title0.as_deref(), f.title_tag.as_deref()].into_iter().flatten().collect();
        !metas.is_empty() && metas.iter().all(|t| !shares_word(t, h1))
    });
    let h1_ok = if h1_unrelated { None } else { f.h1.clone() };
    m.title = f.ld_title.clone().or(og_title).or(h1_ok).or(f.title_tag.clone()).map(|t| strip_site(&t, m.outlet.as_deref(), host.as_deref()));
    // The visible headline (the first <h1> of the page) is what readers see; metadata titles
    // often carry SEO variants or the site name. Prefer it unless it looks like a logo or a
    // section name.
    if let Some(h1) = &f.h1 {
        let h1 = strip_site(h1, m.outlet.as_deref(), host.as_deref());
        let words = h1.split_whitespace().count();
        let is_site = m.outlet.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(&h1));
        if words >= 3 && h1.len() <= 300 && !is_site && !h1_unrelated {
            m.title = Some(h1);
        }
    }
    m.description = f.ld_description.clone().or_else(|| meta_get(&f, &["og:description", "description", "twitter:description", "dc.description"]).map(str::to_string));
    let meta_author = meta_get(&f, &["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:creator:name", "citation_author", "cxenseparse:author"])
        .and_then(clean_author);
    let ld_ref_author = {
        let names: Vec<String> = f
            .ld_author_ids
            .iter()
            .filter_map(|id| f.persons.iter().find(|(pid, _)| pid == id))
            .filter_map(|(_, n)| clean_author(n))
            .collect();
        if names.is_empty() { None } else { Some(names.join(", ")) }
    };
    // Ghost and others: `twitter:label1 = "Written by"`, `twitter:data1 = name`.
    let labelled_meta = f.metas.iter().find_map(|(k, v)| {
        let n = k.strip_prefix("twitter:label")?;
        let v = v.to_ascii_lowercase();
        if !(v == "written by" || v == "author" || v == "by") {
            return None;
        }
        let key = format!("twitter:data{n}");
        f.metas.iter().find(|(k2, _)| *k2 == key).and_then(|(_, d)| clean_author(d))
    });
    let meta_author = meta_author.or(labelled_meta);
    let citation: Vec<&str> = f.metas.iter().filter(|(k, _)| k == "citation_author").map(|(_, v)| v.as_str()).take(20).collect();
    let meta_author = if citation.len() > 1 { Some(citation.join(", ")) } else { meta_author };
    m.author = f.ld_author.clone().or(ld_ref_author).or(f.ld_page_author.clone()).or(meta_author).or(f.byline.clone()).or(f.by_text.clone()).or(f.label_author.clone()).or(f.line_author.clone()).or(f.author_link.clone());
    // An organisation or account name in the metadata ("Site Admin", "Harbour News") gives way to
    // a person named in a visible byline.
    if m.author.as_deref().is_some_and(|a| org_like(a, m.outlet.as_deref())) {
        let visible = [&f.byline, &f.by_text, &f.label_author, &f.author_link]
            .into_iter()
            .flatten()
            .find(|a| !org_like(a, m.outlet.as_deref()) && a.split_whitespace().count() >= 2);
        if let Some(v) = visible {
            m.author = Some(v.clone());
        }
    }
    m.published = f
        .ld_date
        .or_else(|| {
            meta_get(&f, &[
                "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued",
                "dcterms.created", "dcterms.date", "dc.date.created", "article.published", "published_time",
                "release_date", "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date",
                "original-publish-date", "displaydate", "date.available", "og:pubdate",
            ])
            .and_then(crate::meta::parse_date)
        })
        .or(f.time_published)
        .or_else(|| {
            let u = f.canonical.as_deref().or(meta_get(&f, &["og:url"]))?;
            url_date(u)
        })
        .or(f.posted_date)
        .or(f.line_date)
        .or(f.time_any)
        .or(f.date_text)
        .or(f.by_date)
        .or(f.date_alone)
        .or(f.date_furniture)
        .or(f.updated_date);
    m.url = f.canonical.clone().or_else(|| meta_get(&f, &["og:url", "twitter:url"]).map(str::to_string)).or(f.ld_url.clone());
    m
}

/// Whether two titles share a content word (4+ letters, case-insensitive).
fn shares_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect()
    };
    let wa = words(a);
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return true;
    }
    wb.iter().any(|w| wa.contains(w))
}

/// An author string naming an organisation, a team or an account rather than a person.
fn org_like(a: &str, outlet: Option<&str>) -> bool {
    // (Not "equals the site name": personal sites are named after their authors.)
    let _ = outlet;
    let l = a.to_lowercase();
    l.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(w, "admin" | "administrator" | "team" | "news" | "staff" | "foundation" | "editorial" | "editors" | "media" | "inc" | "llc" | "ltd" | "group" | "company" | "webmaster" | "desk")
    }) || (!a.contains(' ') && a.chars().skip(1).any(char::is_uppercase) && !a.contains('-'))
}

/// Words that start a job title after a name ("Ana Berg Senior Reporter").
const ROLE_WORDS: &[&str] = &[
    "former", "senior", "staff", "contributing", "deputy", "associate", "editor", "reporter", "writer", "correspondent",
    "columnist", "founder", "co-founder", "ceo", "contributor", "managing", "executive", "chief", "lead", "freelance",
    "expert", "specialist", "journalist", "producer", "head", "director",
];

/// Cuts a job title written after a name: "Ana Berg Senior Reporter", "Ana Berg, Security Expert".
fn cut_role(t: &str) -> &str {
    let mut end = t.len();
    let mut count = 0;
    for (pos, w) in t.split_whitespace().map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w)) {
        count += 1;
        let lw = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        if count >= 3 && ROLE_WORDS.contains(&lw.as_str()) {
            end = pos;
            break;
        }
    }
    let head = &t[..end];
    // "Ana Berg, Home- and Digital-Security Expert": the segment after the first comma is a role.
    if let Some(c) = head.find(", ") {
        let rest = &t[c + 2..];
        let first_seg = rest.split(", ").next().unwrap_or("");
        let has_role = first_seg.split_whitespace().any(|w| ROLE_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase().as_str()));
        if has_role && head[..c].split_whitespace().count() >= 2 {
            return head[..c].trim();
        }
    }
    head.trim().trim_end_matches([',', ';', '|', '-']).trim()
}

/// Strips a trailing or leading " | Site" / " - Site" from a title.
fn strip_site(t: &str, site: Option<&str>, host: Option<&str>) -> String {
    // Titles may carry several trailers ("Headline | Section | Site"): strip them one by one.
    let mut cur = t.trim().to_string();
    for _ in 0..3 {
        let next = strip_site_once(&cur, site, host);
        if next == cur || next.is_empty() {
            break;
        }
        cur = next;
    }
    cur
}

fn strip_site_once(t: &str, site: Option<&str>, host: Option<&str>) -> String {
    let t = t.trim();
    let squash = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{b7} ", " \u{bb} ", " \u{2022} "] {
        if let Some(p) = t.rfind(sep) {
            let tail = t[p + sep.len()..].trim();
            let matches_site = site.is_some_and(|s| {
                let (a, b) = (tail.to_lowercase(), s.to_lowercase());
                a == b || a.contains(&b) || b.contains(&a)
            });
            // The site's name spelled in its host name ("Artlyst" on artlyst.com).
            let in_host = host.is_some_and(|h| {
                let squashed: String = tail.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
                squashed.len() >= 3 && h.contains(&squashed)
            });
            // A short trailer after " | " behind a headline of several words is a section or site.
            let short_trailer = sep == " | " && tail.split_whitespace().count() <= 4 && tail.len() < 40 && t[..p].split_whitespace().count() >= 4;
            if matches_site || in_host || short_trailer {
                return t[..p].trim().to_string();
            }
        }
        if let Some(p) = t.find(sep) {
            let head = t[..p].trim();
            let sq = squash(head);
            let head_is_site = site.is_some_and(|s| head.eq_ignore_ascii_case(s)) || host.is_some_and(|h| sq.len() >= 4 && (h.contains(&sq) || squash(h).contains(&sq)));
            if head_is_site && t[p + sep.len()..].split_whitespace().count() >= 3 {
                return t[p + sep.len()..].trim().to_string();
            }
        }
    }
    t.to_string()
}

/// A date in a URL path: `/2024/05/12/`, `/2024-05-12/`, `/20240512/`.
pub fn url_date(u: &str) -> Option<NaiveDate> {
    let b = u.as_bytes();
    let mut i = 0;
    while i + 10 <= b.len() {
        if b[i] == b'/' && b[i + 1..i + 5].iter().all(u8::is_ascii_digit) && (b[i + 1] == b'1' || b[i + 1] == b'2') {
            let y: i32 = u[i + 1..i + 5].parse().ok()?;
            let rest = &b[i + 5..];
            if rest.len() >= 6 && (rest[0] == b'/' || rest[0] == b'-') && rest[1..3].iter().all(u8::is_ascii_digit) && rest[3] == rest[0] && rest[4..6].iter().all(u8::is_ascii_digit) {
                let m: u32 = u[i + 6..i + 8].parse().ok()?;
                let d: u32 = u[i + 9..i + 11].parse().ok()?;
                if (1990..=2100).contains(&y) {
                    if let Some(dt) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some(dt);
                    }
                }
            }
        }
        i += 1;
    }
    None
}

/// The first full date written inside a short text ("Published March 3, 2024 by ...").
fn find_date(t: &str) -> Option<NaiveDate> {
    if let Some(d) = crate::meta::parse_date(t) {
        return Some(d);
    }
    // Try windows of up to five words starting at each word.
    let words: Vec<&str> = t.split_whitespace().collect();
    for i in 0..words.len() {
        for len in (2..=5).rev() {
            if i + len <= words.len() {
                let w = words[i..i + len].join(" ");
                if let Some(d) = crate::meta::parse_date(&w) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// A plausible personal or team name: 1-6 words, starting with a capital, no sentence punctuation.
fn looks_like_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=6).contains(&words)
        && s.chars().next().is_some_and(char::is_uppercase)
        && !s.contains(['!', '?', ':'])
        && !matches!(s.to_ascii_lowercase().as_str(), "admin" | "the author" | "author" | "staff" | "posted by" | "by")
}

/// The text under `i` up to the first block boundary after some text (a name, not the role or
/// date on the next line).
fn first_line(dom: &Dom, i: u32) -> String {
    let mut s = String::new();
    let mut it = dom.descendants(i);
    while let Some(d) = it.next() {
        let n = dom.node(d);
        if n.tag == Tag::Text {
            super::dom::push_collapsed(&mut s, &decode_entities(dom.raw_text(d)));
        } else if matches!(n.tag, Tag::Script | Tag::Style | Tag::Noscript | Tag::Template | Tag::Svg) {
            it.skip_children();
        } else if d != i && (n.tag.is_block() || n.tag == Tag::Br) && !s.trim().is_empty() {
            break;
        }
        if s.len() > 300 {
            break;
        }
    }
    clean(&s)
}
