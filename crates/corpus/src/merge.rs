//! Merged events: the same real-world event reported by several articles of a story becomes one
//! event with all its sources, a corroboration count of distinct outlets (copies counted once),
//! flags for contradictions, and a date borrowed from a dated report when its own is missing.

use crate::{stories::Story, DocRecord, EventRec};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// PLOVER types whose dyad is unordered.
pub const SYMMETRIC: &[&str] = &["CONSULT", "AGREE", "COOPERATE"];

/// One report of a merged event: `(record index, event index)`.
pub type Source = (usize, usize);

/// What the reports disagree on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contradictions {
    /// Reports give different dates.
    pub date: bool,
    /// Reports give different places.
    pub place: bool,
    /// Reports name different parties.
    pub participants: bool,
    /// Reports give different statuses (e.g. asserted and intended).
    pub status: bool,
    /// One report asserts the event and another denies it.
    pub denial: bool,
}

impl Contradictions {
    /// True when any flag is set.
    pub fn any(&self) -> bool {
        self.date || self.place || self.participants || self.status || self.denial
    }
}

/// A real-world event with every report of it.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedEvent {
    /// Index of the story.
    pub story: usize,
    /// PLOVER type.
    pub plover: String,
    /// CAMEO code (of the first report).
    pub cameo: String,
    /// Mean Goldstein score.
    pub goldstein: f32,
    /// Source country (or the first party of a symmetric event).
    pub source: Option<String>,
    /// Target country.
    pub target: Option<String>,
    /// Every party's country.
    pub participants: Vec<String>,
    /// Date: the reports' own, or borrowed from a dated report.
    pub date: Option<NaiveDate>,
    /// Precision of `date`.
    pub date_precision: Option<String>,
    /// When the date was borrowed: the report it came from.
    pub date_from: Option<Source>,
    /// Place name, country, lat, lon.
    pub place: Option<(String, String, f32, f32)>,
    /// The most certain status among reports (asserted > reported > intended > hypothetical > denied).
    pub status: String,
    /// Every report.
    pub sources: Vec<Source>,
    /// Distinct outlets reporting it, copies counted once.
    pub corroboration: usize,
    /// Number of articles reporting it.
    pub articles: usize,
    /// Disagreements between reports.
    pub contradictions: Contradictions,
}

fn status_rank(s: &str) -> u8 {
    match s {
        "asserted" => 4,
        "reported" => 3,
        "intended" => 2,
        "hypothetical" => 1,
        _ => 0,
    }
}

fn dyad(e: &EventRec) -> (Option<String>, Option<String>) {
    let s = e.source.as_ref().and_then(|x| x.1.clone());
    let t = e.target.as_ref().and_then(|x| x.1.clone());
    if SYMMETRIC.contains(&e.plover.as_str()) {
        let mut v = vec![s, t];
        v.sort();
        (v[0].clone(), v[1].clone())
    } else {
        (s, t)
    }
}

/// Two reports may be of the same event unless their day-precise dates lie more than a week
/// apart or both name different places and different dates.
fn compatible(a: &EventRec, b: &EventRec) -> bool {
    let day = |e: &EventRec| if e.date_precision.as_deref() == Some("day") { e.date } else { None };
    if let (Some(x), Some(y)) = (day(a), day(b)) {
        if (x - y).num_days().abs() > 7 {
            return false;
        }
        let places_differ = matches!((&a.place, &b.place), (Some(p), Some(q)) if p.0 != q.0);
        if places_differ && x != y {
            return false;
        }
    }
    if let (Some(x), Some(y)) = (a.date, b.date) {
        if (x - y).num_days().abs() > 400 {
            return false;
        }
    }
    true
}

fn find(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

/// Merges the events of each story.
pub fn merge_events(docs: &[DocRecord], stories: &[Story], copies: &[(usize, usize, f32)]) -> Vec<MergedEvent> {
    // Copy groups: each record's representative, so copies count once.
    let mut rep: Vec<usize> = (0..docs.len()).collect();
    for &(i, j, _) in copies {
        let (a, b) = (find(&mut rep, i), find(&mut rep, j));
        if a != b {
            rep[a.max(b)] = a.min(b);
        }
    }
    let mut out = Vec::new();
    for (si, story) in stories.iter().enumerate() {
        // Group candidate reports by type and dyad.
        let mut groups: BTreeMap<(String, Option<String>, Option<String>), Vec<Source>> = BTreeMap::new();
        for &d in &story.docs {
            for (ei, e) in docs[d].events.iter().enumerate() {
                let (s, t) = dyad(e);
                if s.is_none() && t.is_none() {
                    continue;
                }
                groups.entry((e.plover.clone(), s, t)).or_default().push((d, ei));
            }
        }
        for ((plover, s, t), reports) in groups {
            // Split a group into events: union reports from different articles that are
            // compatible; reports within one article stay separate unless identical in date.
            let n = reports.len();
            let mut p: Vec<usize> = (0..n).collect();
            let mut docs_of: Vec<BTreeSet<usize>> = reports.iter().map(|r| BTreeSet::from([r.0])).collect();
            for x in 0..n {
                for y in x + 1..n {
                    let (a, b) = (&docs[reports[x].0].events[reports[x].1], &docs[reports[y].0].events[reports[y].1]);
                    if reports[x].0 == reports[y].0 || !compatible(a, b) {
                        continue;
                    }
                    let (ra, rb) = (find(&mut p, x), find(&mut p, y));
                    // One report per article in each merged event.
                    if ra != rb && docs_of[ra].is_disjoint(&docs_of[rb]) {
                        let (keep, gone) = (ra.min(rb), ra.max(rb));
                        p[gone] = keep;
                        let moved = std::mem::take(&mut docs_of[gone]);
                        docs_of[keep].extend(moved);
                    }
                }
            }
            let mut parts: BTreeMap<usize, Vec<Source>> = BTreeMap::new();
            for k in 0..n {
                let r = find(&mut p, k);
                parts.entry(r).or_default().push(reports[k]);
            }
            for sources in parts.into_values() {
                out.push(merged(docs, si, &plover, s.clone(), t.clone(), sources, &mut rep));
            }
        }
    }
    out
}

fn merged(docs: &[DocRecord], story: usize, plover: &str, source: Option<String>, target: Option<String>, sources: Vec<Source>, rep: &mut [usize]) -> MergedEvent {
    let evs: Vec<&EventRec> = sources.iter().map(|&(d, e)| &docs[d].events[e]).collect();
    let mut c = Contradictions::default();
    let day_dates: BTreeSet<NaiveDate> = evs.iter().filter(|e| e.date_precision.as_deref() == Some("day")).filter_map(|e| e.date).collect();
    c.date = day_dates.len() > 1;
    let places: BTreeSet<&str> = evs.iter().filter_map(|e| e.place.as_ref().map(|p| p.0.as_str())).collect();
    c.place = places.len() > 1;
    let parts: BTreeSet<Vec<String>> = evs
        .iter()
        .map(|e| {
            let mut v = e.participants.clone();
            v.sort();
            v.dedup();
            v
        })
        .filter(|v| !v.is_empty())
        .collect();
    c.participants = parts.len() > 1;
    let statuses: BTreeSet<&str> = evs.iter().map(|e| e.status.as_str()).collect();
    c.denial = statuses.contains("denied") && (statuses.contains("asserted") || statuses.contains("reported"));
    c.status = statuses.len() > 1;
    // Date: the most precise own date; undated reports borrow it.
    let prec_rank = |p: Option<&str>| match p {
        Some("day") => 4,
        Some("week") => 3,
        Some("month") => 2,
        Some("year") => 1,
        _ => 0,
    };
    let best = sources
        .iter()
        .zip(&evs)
        .filter(|(_, e)| e.date.is_some())
        .max_by_key(|(_, e)| (prec_rank(e.date_precision.as_deref()), std::cmp::Reverse(e.date)));
    let (date, date_precision, date_from) = match best {
        Some((src, e)) => {
            let borrowed = evs.iter().any(|x| x.date.is_none());
            (e.date, e.date_precision.clone(), if borrowed { Some(*src) } else { None })
        }
        None => (None, None, None),
    };
    let status = evs.iter().map(|e| e.status.as_str()).max_by_key(|s| status_rank(s)).unwrap_or("asserted").to_string();
    let mut outlets: BTreeSet<String> = BTreeSet::new();
    let mut reps: BTreeSet<usize> = BTreeSet::new();
    for &(d, _) in &sources {
        let r = find(rep, d);
        if reps.insert(r) {
            outlets.insert(docs[d].outlet_key());
        }
    }
    let mut participants: Vec<String> = evs.iter().flat_map(|e| e.participants.iter().cloned()).collect();
    participants.sort();
    participants.dedup();
    let articles: BTreeSet<usize> = sources.iter().map(|s| s.0).collect();
    MergedEvent {
        story,
        plover: plover.to_string(),
        cameo: evs[0].cameo.clone(),
        goldstein: evs.iter().map(|e| e.goldstein).sum::<f32>() / evs.len() as f32,
        source,
        target,
        participants,
        date,
        date_precision,
        date_from,
        place: evs.iter().find_map(|e| e.place.clone()),
        status,
        corroboration: outlets.len(),
        articles: articles.len(),
        sources,
        contradictions: c,
    }
}
