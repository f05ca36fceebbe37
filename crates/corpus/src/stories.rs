//! Stories: articles reporting the same process or event, across outlets and days, clustered by
//! shared actors, countries, places, event types, time and text similarity (TF-IDF cosine).

use crate::DocRecord;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A story: a cluster of articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Stable id: derived from the smallest member id.
    pub id: String,
    /// Member indices into the records, in input order.
    pub docs: Vec<usize>,
    /// A readable label: the main dyad and the most telling words.
    pub label: String,
    /// Country codes most involved, most frequent first.
    pub countries: Vec<String>,
    /// First and last publication date of the members, when known.
    pub span: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

/// Similarity above which two articles belong to the same story.
pub const STORY_THRESHOLD: f32 = 0.32;

const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "that", "this", "these", "those", "it", "its", "their", "his", "her", "they", "he", "she", "we", "i", "you", "not", "but", "which", "who", "will", "would",
    "could", "said", "says", "also", "after", "before", "into", "than", "more", "about", "over", "such", "between", "new", "other", "some", "any", "all", "can",
    "may", "while", "during", "since", "one", "two", "first", "last", "year", "years", "according", "including", "there", "them", "what", "when", "where", "why",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weeks", "month", "months", "day", "days", "today", "yesterday",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "officials", "official", "told",
];

struct Features {
    terms: HashMap<String, f32>,
    norm: f32,
    people: BTreeSet<String>,
    countries: BTreeSet<String>,
    places: BTreeSet<String>,
    types: BTreeSet<String>,
    dyad: Option<(String, String)>,
    dyads: BTreeSet<(String, String)>,
}

fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| w.len() > 2 && !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
}

fn features(docs: &[DocRecord]) -> Vec<Features> {
    let mut df: HashMap<String, u32> = HashMap::new();
    let tfs: Vec<HashMap<String, u32>> = docs
        .iter()
        .map(|d| {
            let mut tf: HashMap<String, u32> = HashMap::new();
            let title = d.title.as_deref().unwrap_or("");
            for t in tokens(title).chain(tokens(title)).chain(tokens(&d.body)) {
                *tf.entry(t).or_default() += 1;
            }
            for t in tf.keys() {
                *df.entry(t.clone()).or_default() += 1;
            }
            tf
        })
        .collect();
    let n = docs.len().max(1) as f32;
    docs.iter()
        .zip(tfs)
        .map(|(d, tf)| {
            let terms: HashMap<String, f32> = tf
                .into_iter()
                .map(|(t, c)| {
                    let idf = ((n + 1.0) / (*df.get(&t).unwrap_or(&1) as f32 + 0.5)).ln().max(0.1);
                    (t, (1.0 + (c as f32).ln()) * idf)
                })
                .collect();
            let norm = terms.values().map(|v| v * v).sum::<f32>().sqrt().max(1e-6);
            Features {
                terms,
                norm,
                people: d.actors.iter().filter(|a| a.title.is_some() || a.surfaces.iter().any(|s| s.contains(' '))).map(|a| a.name.clone()).collect(),
                countries: d.actors.iter().filter_map(|a| a.country.clone()).filter(|c| !c.contains(':')).collect(),
                places: d.events.iter().filter_map(|e| e.place.as_ref().map(|p| p.0.clone())).collect(),
                types: d.events.iter().map(|e| e.plover.clone()).collect(),
                dyad: d.main_dyad(),
                dyads: d
                    .events
                    .iter()
                    .filter_map(|e| {
                        let s = e.source.as_ref()?.1.clone()?;
                        let t = e.target.as_ref()?.1.clone()?;
                        (s != t && !s.contains(':') && !t.contains(':')).then(|| if s < t { (s, t) } else { (t, s) })
                    })
                    .collect(),
            }
        })
        .collect()
}

fn jac<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let i = a.intersection(b).count() as f32;
    i / (a.len() + b.len()) as f32 * 2.0 // Dice: friendlier to sets of different sizes
}

fn cosine(a: &Features, b: &Features) -> f32 {
    let (small, large) = if a.terms.len() < b.terms.len() { (a, b) } else { (b, a) };
    let dot: f32 = small.terms.iter().filter_map(|(t, w)| large.terms.get(t).map(|v| v * w)).sum();
    dot / (a.norm * b.norm)
}

/// Similarity of two articles in 0..1.
fn similarity(da: &DocRecord, db: &DocRecord, a: &Features, b: &Features) -> f32 {
    let same_dyad = a.dyad.is_some() && a.dyad == b.dyad;
    let mut s = if same_dyad { 0.15 } else { 0.0 };
    s += 0.15 * jac(&a.dyads, &b.dyads);
    s += 0.45 * cosine(a, b) + 0.25 * jac(&a.people, &b.people) + 0.15 * jac(&a.countries, &b.countries) + 0.05 * jac(&a.places, &b.places) + 0.10 * jac(&a.types, &b.types);
    if let (Some(x), Some(y)) = (da.published, db.published) {
        let days = (x - y).num_days().abs();
        if days > 45 {
            s *= 0.5;
        } else if days > 14 {
            s *= 0.8;
        }
    }
    s
}

fn find(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

/// Clusters records into stories; copies always share a story.
pub fn cluster(docs: &[DocRecord], copies: &[(usize, usize, f32)]) -> Vec<Story> {
    let f = features(docs);
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    let union = |p: &mut Vec<usize>, i: usize, j: usize| {
        let (a, b) = (find(p, i), find(p, j));
        if a != b {
            p[a.max(b)] = a.min(b);
        }
    };
    for &(i, j, _) in copies {
        union(&mut parent, i, j);
    }
    // Candidate pairs: articles sharing a person or one of their 25 heaviest terms.
    let mut keys: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, x) in f.iter().enumerate() {
        let mut top: Vec<(&String, &f32)> = x.terms.iter().collect();
        top.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
        for (t, _) in top.into_iter().take(25) {
            keys.entry(format!("t:{t}")).or_default().push(i);
        }
        for p in &x.people {
            keys.entry(format!("p:{p}")).or_default().push(i);
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for v in keys.values() {
        if v.len() > 2000 {
            continue;
        }
        for (x, &i) in v.iter().enumerate() {
            for &j in &v[x + 1..] {
                pairs.insert((i.min(j), i.max(j)));
            }
        }
    }
    // Average-linkage agglomeration: strongest pairs first; two clusters join only when their
    // members are, on average, similar enough (single linkage would chain unrelated stories).
    let mut sim: HashMap<(usize, usize), f32> = HashMap::new();
    for (i, j) in pairs {
        let s = similarity(&docs[i], &docs[j], &f[i], &f[j]);
        if s > 0.05 {
            sim.insert((i, j), s);
        }
    }
    if std::env::var_os("CHANCERY_DEBUG_STORIES").is_some() {
        let mut v: Vec<_> = sim.iter().collect();
        v.sort_by(|a, b| b.1.total_cmp(a.1));
        for ((i, j), s) in v.into_iter().take(80) {
            eprintln!("{:.3} {} {} cos={:.3}", s, docs[*i].path, docs[*j].path, cosine(&f[*i], &f[*j]));
        }
    }
    let mut order: Vec<((usize, usize), f32)> = sim.iter().map(|(k, v)| (*k, *v)).filter(|(_, v)| *v >= STORY_THRESHOLD).collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..docs.len() {
        let r = find(&mut parent, i);
        members.entry(r).or_default().push(i);
    }
    for ((i, j), _) in order {
        let (ra, rb) = (find(&mut parent, i), find(&mut parent, j));
        if ra == rb {
            continue;
        }
        let (ma, mb) = (&members[&ra], &members[&rb]);
        let mut total = 0.0;
        let mut n = 0usize;
        for &x in ma.iter().take(60) {
            for &y in mb.iter().take(60) {
                total += sim.get(&(x.min(y), x.max(y))).copied().unwrap_or(0.0);
                n += 1;
            }
        }
        if n > 0 && total / n as f32 >= STORY_THRESHOLD * 0.6 {
            let (keep, gone) = (ra.min(rb), ra.max(rb));
            parent[gone] = keep;
            let moved = members.remove(&gone).unwrap_or_default();
            members.entry(keep).or_default().extend(moved);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..docs.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().map(|members| story_of(docs, &f, members)).collect()
}

fn story_of(docs: &[DocRecord], f: &[Features], members: Vec<usize>) -> Story {
    let mut countries: HashMap<&str, usize> = HashMap::new();
    let mut terms: HashMap<&str, f32> = HashMap::new();
    for &i in &members {
        for c in &f[i].countries {
            *countries.entry(c).or_default() += 1;
        }
        for (t, w) in &f[i].terms {
            *terms.entry(t).or_default() += w;
        }
    }
    let mut cs: Vec<(&str, usize)> = countries.into_iter().collect();
    cs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut ts: Vec<(&str, f32)> = terms.into_iter().collect();
    ts.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    let countries: Vec<String> = cs.iter().take(4).map(|c| c.0.to_string()).collect();
    let label = format!("{}: {}", if countries.is_empty() { "-".to_string() } else { countries.join("-") }, ts.iter().take(5).map(|t| t.0).collect::<Vec<_>>().join(", "));
    let dates: Vec<chrono::NaiveDate> = members.iter().filter_map(|&i| docs[i].published).collect();
    let span = dates.iter().min().zip(dates.iter().max()).map(|(a, b)| (*a, *b));
    let min_id = members.iter().map(|&i| docs[i].id.as_str()).min().unwrap_or("");
    let id = format!("s{:012x}", crate::dedup::mix(min_id.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))) >> 16);
    Story { id, docs: members, label, countries, span }
}
