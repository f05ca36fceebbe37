//! Test helpers: a fixture knowledge base and a tiny actor finder (until the real one lands,
//! the golden event tests use this; it only knows names, capitals, demonym + role noun and
//! title + name sequences).
#![allow(dead_code)]

use chancery_analysis::actors::{Actor, ActorKind, ActorSet, Mention};
use chancery_article::Article;
use chancery_kb::{Candidate, CountryForm, Kb, TitleKind};
use std::sync::OnceLock;

/// The built-in knowledge base plus the test fixtures in `tests/fixtures/kb`.
pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        Kb::with_overrides([
            ("countries.tsv", include_str!("../fixtures/kb/countries.tsv")),
            ("people_test.tsv", include_str!("../fixtures/kb/people_test.tsv")),
            ("orgs.tsv", include_str!("../fixtures/kb/orgs.tsv")),
            ("titles.tsv", include_str!("../fixtures/kb/titles.tsv")),
            ("places.tsv", include_str!("../fixtures/kb/places.tsv")),
        ])
        .expect("fixture knowledge base parses")
    })
}

/// An article made of a title line and `body`, published on `published` (YYYY-MM-DD or "-").
pub fn article(body: &str, published: &str) -> Article {
    let mut a = Article::from_text("golden.txt", format!("Golden test\n\n{body}\n"));
    a.published = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    a
}

/// A tiny actor finder for tests.
pub fn simple_actors(a: &Article, kb: &Kb) -> ActorSet {
    let hits: Vec<_> = kb.find(&a.norm).collect();
    let mut set = ActorSet::default();
    let mut keys: Vec<String> = Vec::new();
    let mut add = |set: &mut ActorSet, key: String, name: String, country: Option<String>, sector: Option<String>, kind: ActorKind, s: usize, e: usize| {
        let idx = match keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                keys.push(key);
                set.actors.push(Actor { name, country, sector, title: None, kind, mentions: Vec::new() });
                set.actors.len() - 1
            }
        };
        set.actors[idx].mentions.push(Mention { start: s, end: e, sentence: None });
        set.index.push((s, e, idx));
    };
    let adjacent = |e: usize, s: usize| s >= e && a.norm[e..s].chars().all(|c| c == ' ');
    let mut i = 0;
    while i < hits.len() {
        let h = &hits[i];
        let c0 = h.candidates[0];
        // [Adjective] [Title]* [Person]
        let mut j = i;
        let mut country_adj: Option<usize> = None;
        if let Candidate::Country(ci, CountryForm::Adjective) = c0 {
            country_adj = Some(ci as usize);
            j += 1;
        }
        let mut titles = Vec::new();
        while j < hits.len() && (j == i || adjacent(hits[j - 1].end, hits[j].start)) {
            match hits[j].candidates.iter().find(|c| matches!(c, Candidate::Title(_))) {
                Some(Candidate::Title(t)) => {
                    titles.push(*t as usize);
                    j += 1;
                }
                _ => break,
            }
        }
        let person = (j < hits.len() && (j == i || adjacent(hits[j - 1].end, hits[j].start)))
            .then(|| hits[j].candidates.iter().find_map(|c| if let Candidate::Person(p) = c { Some(*p as usize) } else { None }))
            .flatten();
        if let Some(p) = person {
            let row = &kb.people[p];
            add(&mut set, format!("p:{}", row.canonical), row.canonical.clone(), Some(row.country.clone()), Some(row.sector.clone()), ActorKind::Person, h.start, hits[j].end);
            i = j + 1;
            continue;
        }
        if let Some(ci) = country_adj {
            if let Some(&t) = titles.last() {
                let tt = &kb.titles[t];
                let iso = kb.countries[ci].iso3.clone();
                if tt.kind == TitleKind::Group {
                    add(&mut set, format!("g:{iso}:{}", tt.sector), format!("{} {}", kb.countries[ci].name, tt.canonical), Some(iso), Some(tt.sector.clone()), ActorKind::Group, h.start, hits[j - 1].end);
                } else {
                    add(&mut set, format!("s:{iso}"), kb.countries[ci].name.clone(), Some(iso), Some("GOV".into()), ActorKind::State, h.start, hits[j - 1].end);
                }
                i = j;
                continue;
            }
            // a bare demonym is not an actor here (the event stage resolves demonyms in role
            // positions itself)
            i += 1;
            continue;
        }
        match c0 {
            Candidate::Country(ci, form) => {
                let c = &kb.countries[ci as usize];
                let _ = form;
                add(&mut set, format!("s:{}", c.iso3), c.name.clone(), Some(c.iso3.clone()), Some("GOV".into()), ActorKind::State, h.start, h.end);
            }
            Candidate::Org(oi) => {
                let o = &kb.orgs[oi as usize];
                add(&mut set, format!("o:{}", o.canonical), o.canonical.clone(), Some(o.country.clone()), Some(o.sector.clone()), ActorKind::Org, h.start, h.end);
            }
            Candidate::Person(p) => {
                let row = &kb.people[p as usize];
                add(&mut set, format!("p:{}", row.canonical), row.canonical.clone(), Some(row.country.clone()), Some(row.sector.clone()), ActorKind::Person, h.start, h.end);
            }
            _ => {}
        }
        i += 1;
    }
    set.index.sort();
    set
}
