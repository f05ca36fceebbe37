//! The expectation notation shared by the actor tests: `"Name|CTRY|SEC|Title"` (empty = none,
//! `*` = any), `"mention => Name|CTRY|SEC|Title"` (`[x]` marks the part of a longer context that
//! must be covered), `"!Name"` (no such actor), `"!mention =>"` (nothing found there).

use chancery_analysis::actors::ActorSet;
use chancery_article::Article;
use chrono::NaiveDate;

/// An article with a headline, `text` as its body and an optional publication date.
pub fn article(text: &str, date: Option<&str>) -> Article {
    let mut a = Article::from_text("t.txt", format!("Test headline\n\n{text}\n"));
    a.published = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
    a
}

/// The actors found, one line each, for failure messages.
pub fn show(a: &Article, set: &ActorSet) -> String {
    let mut s = String::new();
    for (i, x) in set.actors.iter().enumerate() {
        let ms: Vec<&str> = x.mentions.iter().map(|m| &a.norm[m.start..m.end]).collect();
        s.push_str(&format!("  a{i}: {}|{}|{}|{} {:?} {:?}\n", x.name, x.country.as_deref().unwrap_or(""), x.sector.as_deref().unwrap_or(""), x.title.as_deref().unwrap_or(""), x.kind, ms));
    }
    s
}

/// Offset and length of a mention written `context [mention] context` (or just `mention`).
pub fn locate(text: &str, m: &str) -> (usize, usize) {
    let m = m.trim();
    let plain = m.replace(['[', ']'], "");
    let p = text.find(&plain).unwrap_or_else(|| panic!("{plain:?} not in text"));
    match (m.find('['), m.find(']')) {
        (Some(a), Some(b)) => (p + a, b - a - 1),
        _ => (p, plain.len()),
    }
}

/// True when the actor matches `Name|CTRY|SEC|Title`.
pub fn fields_match(x: &chancery_analysis::Actor, spec: &str) -> bool {
    let f: Vec<&str> = spec.split('|').map(str::trim).collect();
    let eq = |want: Option<&&str>, got: Option<&str>| match want {
        None | Some(&"*") => true,
        Some(&"") => got.is_none(),
        Some(w) => got == Some(*w),
    };
    eq(f.first(), Some(x.name.as_str())) && eq(f.get(1), x.country.as_deref()) && eq(f.get(2), x.sector.as_deref()) && eq(f.get(3), x.title.as_deref())
}

/// Asserts every expectation on the actors found in `a`.
pub fn expect(a: &Article, set: &ActorSet, text: &str, date: Option<&str>, expected: &[&str]) {
    for e in expected {
        let ok = if let Some(rest) = e.strip_prefix('!') {
            if let Some((m, _)) = rest.split_once("=>") {
                let (p, l) = locate(&a.norm, m);
                !set.index.iter().any(|x| x.0 < p + l && p < x.1)
            } else {
                !set.actors.iter().any(|x| x.name == rest)
            }
        } else if let Some((m, spec)) = e.split_once("=>") {
            let (p, l) = locate(&a.norm, m);
            set.index.iter().any(|x| x.0 <= p && x.1 >= p + l && fields_match(&set.actors[x.2], spec.trim()))
        } else {
            set.actors.iter().any(|x| fields_match(x, e))
        };
        assert!(ok, "expected {e:?} for {text:?} (date {date:?}); got:\n{}", show(a, set));
    }
}
