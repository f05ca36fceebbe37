//! The human-readable `text` report.

use chancery_analysis::Analysis;
use chancery_article::Article;
use std::fmt::Write;

/// A readable report of one article.
pub fn text(a: &Article, an: &Analysis) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "== {}", a.path);
    let field = |s: &mut String, k: &str, v: Option<&str>| {
        if let Some(v) = v {
            let _ = writeln!(s, "{k:>10}: {v}");
        }
    };
    field(&mut s, "outlet", a.outlet.as_deref());
    field(&mut s, "title", a.title.as_deref());
    field(&mut s, "subtitle", a.subtitle.as_deref());
    field(&mut s, "author", a.author.as_deref());
    field(&mut s, "published", a.published.map(|d| d.to_string()).as_deref());
    let _ = writeln!(s, "{:>10}: {} blocks, {} sentences", "body", a.blocks.len(), a.sentences.len());
    for h in a.headings() {
        let _ = writeln!(s, "{:>10}: {h}", "heading");
    }
    if !an.actors.is_empty() {
        let _ = writeln!(s, "    actors:");
        for (i, x) in an.actors.iter().enumerate() {
            let _ = writeln!(
                s,
                "      a{:<3} {:<30} {:<8} {:<4} {} ({} mentions)",
                i + 1,
                x.name,
                x.country.as_deref().unwrap_or("-"),
                x.sector.as_deref().unwrap_or("-"),
                x.title.as_deref().unwrap_or(""),
                x.mentions.len()
            );
        }
    }
    if !an.events.is_empty() {
        let _ = writeln!(s, "    events:");
        for e in &an.events {
            let name = |r: Option<chancery_analysis::events::Role>| r.and_then(|r| an.actors.get(r.actor)).map_or("-", |x| x.name.as_str());
            let _ = writeln!(s, "      {:<10} {:<5} {} -> {} [{}]", e.plover, e.cameo, name(e.source), name(e.target), e.status.as_str());
            let _ = writeln!(s, "          \"{}\"", a.orig(e.evidence.0, e.evidence.1));
        }
    }
    for d in &a.diagnostics {
        let _ = writeln!(s, "      note: {d}");
    }
    s
}
