//! The per-article facts the corpus stage works on.

use chancery_analysis::Analysis;
use chancery_article::Article;
use chrono::NaiveDate;

/// An actor of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorRec {
    /// Canonical name.
    pub name: String,
    /// Country code.
    pub country: Option<String>,
    /// Sector code.
    pub sector: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Surface forms seen in the article.
    pub surfaces: Vec<String>,
    /// Number of mentions in the article.
    pub mentions: usize,
}

/// An event of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRec {
    /// PLOVER type.
    pub plover: String,
    /// CAMEO code.
    pub cameo: String,
    /// Goldstein score.
    pub goldstein: f32,
    /// Source actor name and country.
    pub source: Option<(String, Option<String>)>,
    /// Target actor name and country.
    pub target: Option<(String, Option<String>)>,
    /// Country codes of all parties.
    pub participants: Vec<String>,
    /// Resolved date, if any.
    pub date: Option<NaiveDate>,
    /// Date precision (`day`, `week`, `month`, `year`).
    pub date_precision: Option<String>,
    /// Date text ("on Thursday"), if any.
    pub date_text: Option<String>,
    /// Place name, country, lat, lon.
    pub place: Option<(String, String, f32, f32)>,
    /// Status (`asserted`, `reported`, `intended`, `hypothetical`, `denied`).
    pub status: String,
    /// Attribution chain.
    pub attribution: Vec<String>,
    /// Evidence sentence.
    pub evidence: String,
    /// Character offsets of the evidence.
    pub evidence_span: (usize, usize),
}

/// One article's facts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocRecord {
    /// Stable id (content hash or record id).
    pub id: String,
    /// Path or label.
    pub path: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Body text.
    pub body: String,
    /// Actors.
    pub actors: Vec<ActorRec>,
    /// Events.
    pub events: Vec<EventRec>,
}

impl DocRecord {
    /// Builds the record of an analysed article.
    pub fn from_analysis(id: &str, a: &Article, an: &Analysis) -> DocRecord {
        let side = |r: Option<chancery_analysis::events::Role>| {
            r.and_then(|r| an.actors.get(r.actor)).map(|x| (x.name.clone(), x.country.clone()))
        };
        DocRecord {
            id: id.to_string(),
            path: a.path.clone(),
            outlet: a.outlet.clone(),
            url: a.url.clone(),
            title: a.title.clone(),
            published: a.published,
            body: a.body(),
            actors: an
                .actors
                .iter()
                .map(|x| {
                    let mut surfaces: Vec<String> = x.mentions.iter().map(|m| a.orig(m.start, m.end).to_string()).collect();
                    surfaces.sort();
                    surfaces.dedup();
                    ActorRec { name: x.name.clone(), country: x.country.clone(), sector: x.sector.clone(), title: x.title.clone(), surfaces, mentions: x.mentions.len() }
                })
                .collect(),
            events: an
                .events
                .iter()
                .map(|e| EventRec {
                    plover: e.plover.clone(),
                    cameo: e.cameo.clone(),
                    goldstein: e.goldstein,
                    source: side(e.source),
                    target: side(e.target),
                    participants: e.participants.clone(),
                    date: e.date.as_ref().and_then(|d| d.value),
                    date_precision: e.date.as_ref().and_then(|d| d.precision).map(|p| p.as_str().to_string()),
                    date_text: e.date.as_ref().map(|d| d.text.clone()),
                    place: e.location.as_ref().map(|l| (l.name.clone(), l.country.clone(), l.lat, l.lon)),
                    status: e.status.as_str().to_string(),
                    attribution: e.attribution.as_ref().map(|x| x.chain.clone()).unwrap_or_default(),
                    evidence: a.orig(e.evidence.0, e.evidence.1).to_string(),
                    evidence_span: (a.char_offset(e.evidence.0), a.char_offset(e.evidence.1)),
                })
                .collect(),
        }
    }

    /// The two countries most mentioned in the article (by actor mentions), sorted.
    pub fn main_dyad(&self) -> Option<(String, String)> {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for a in &self.actors {
            if let Some(c) = a.country.as_deref().filter(|c| !c.contains(':')) {
                *counts.entry(c).or_default() += a.mentions.max(1);
            }
        }
        let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if v.len() < 2 {
            return None;
        }
        let (a, b) = (v[0].0.to_string(), v[1].0.to_string());
        Some(if a < b { (a, b) } else { (b, a) })
    }

    /// The outlet, or a stand-in derived from the URL host or the path.
    pub fn outlet_key(&self) -> String {
        if let Some(o) = &self.outlet {
            return o.to_lowercase().replace(' ', "");
        }
        if let Some(u) = &self.url {
            let host = u.split("//").nth(1).unwrap_or(u).split('/').next().unwrap_or("");
            return host.trim_start_matches("www.").to_string();
        }
        format!("path:{}", self.path)
    }
}
