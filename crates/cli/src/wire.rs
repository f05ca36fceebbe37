//! The JSON Lines output contract (`chancery analyze --format jsonl`), kept apart from the domain
//! types: this module is the only place that decides field names.

use chancery_analysis::{Analysis, Event};
use chancery_article::Article;
use serde::Serialize;

/// One article as printed.
#[derive(Serialize)]
pub struct WireArticle<'a> {
    pub path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    pub url: Option<&'a str>,
    pub kind: &'static str,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
    pub author: Option<&'a str>,
    pub published: Option<String>,
    pub body: String,
    pub headings: Vec<&'a str>,
    pub sentences: usize,
    pub actors: Vec<WireActor<'a>>,
    pub events: Vec<WireEvent<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct WireActor<'a> {
    pub id: String,
    pub name: &'a str,
    pub country: Option<&'a str>,
    pub sector: Option<&'a str>,
    pub title: Option<&'a str>,
    pub kind: &'static str,
    pub mentions: Vec<WireSpan<'a>>,
}

#[derive(Serialize)]
pub struct WireSpan<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct WireSide<'a> {
    pub actor: String,
    pub name: &'a str,
    pub country: Option<&'a str>,
    pub sector: Option<&'a str>,
}

#[derive(Serialize)]
pub struct WireDate<'a> {
    pub value: Option<String>,
    pub precision: Option<&'static str>,
    pub text: &'a str,
    /// Character offsets of `text` in the article.
    pub start: usize,
    pub end: usize,
    /// Present (true) when the sentence does not date the event and the date is that of the
    /// scene, stated earlier in the same paragraph.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inherited: bool,
}

#[derive(Serialize)]
pub struct WireLocation<'a> {
    pub name: &'a str,
    pub country: &'a str,
    pub lat: f32,
    pub lon: f32,
}

#[derive(Serialize)]
pub struct WireAttribution<'a> {
    pub text: &'a str,
    pub chain: &'a [String],
}

#[derive(Serialize)]
pub struct WireEvent<'a> {
    #[serde(rename = "type")]
    pub plover: &'a str,
    pub mode: Option<&'a str>,
    pub cameo: &'a str,
    pub goldstein: f32,
    pub source: Option<WireSide<'a>>,
    pub target: Option<WireSide<'a>>,
    pub others: Vec<WireSide<'a>>,
    pub participants: &'a [String],
    pub date: Option<WireDate<'a>>,
    pub location: Option<WireLocation<'a>>,
    pub status: &'static str,
    pub attribution: Option<WireAttribution<'a>>,
    pub trigger: WireSpan<'a>,
    pub evidence: WireSpan<'a>,
    pub confidence: f32,
}

fn span<'a>(a: &'a Article, s: usize, e: usize) -> WireSpan<'a> {
    WireSpan { text: a.orig(s, e), start: a.char_offset(s), end: a.char_offset(e) }
}

fn side<'a>(an: &'a Analysis, actor: usize) -> Option<WireSide<'a>> {
    let x = an.actors.get(actor)?;
    Some(WireSide { actor: format!("a{}", actor + 1), name: &x.name, country: x.country.as_deref(), sector: x.sector.as_deref() })
}

fn event<'a>(a: &'a Article, an: &'a Analysis, e: &'a Event) -> WireEvent<'a> {
    WireEvent {
        plover: &e.plover,
        mode: e.mode.as_deref(),
        cameo: &e.cameo,
        goldstein: e.goldstein,
        source: e.source.and_then(|r| side(an, r.actor)),
        target: e.target.and_then(|r| side(an, r.actor)),
        others: e.others.iter().filter_map(|r| side(an, r.actor)).collect(),
        participants: &e.participants,
        date: e.date.as_ref().map(|d| WireDate {
            value: d.value.map(|v| match d.precision {
                Some(chancery_analysis::Precision::Year) => v.format("%Y").to_string(),
                Some(chancery_analysis::Precision::Month) => v.format("%Y-%m").to_string(),
                _ => v.to_string(),
            }),
            precision: d.precision.map(|p| p.as_str()),
            text: &d.text,
            start: a.char_offset(d.start),
            end: a.char_offset(d.end),
            inherited: e.date_inherited,
        }),
        location: e.location.as_ref().map(|l| WireLocation { name: &l.name, country: &l.country, lat: l.lat, lon: l.lon }),
        status: e.status.as_str(),
        attribution: e.attribution.as_ref().map(|at| WireAttribution { text: &at.text, chain: &at.chain }),
        trigger: span(a, e.trigger.0, e.trigger.1),
        evidence: span(a, e.evidence.0, e.evidence.1),
        confidence: e.confidence,
    }
}

/// Builds the wire form of an analysed article.
pub fn article<'a>(a: &'a Article, an: &'a Analysis) -> WireArticle<'a> {
    WireArticle {
        path: &a.path,
        id: a.id.as_deref(),
        url: a.url.as_deref(),
        kind: a.kind.map_or("text", |k| k.as_str()),
        outlet: a.outlet.as_deref(),
        title: a.title.as_deref(),
        subtitle: a.subtitle.as_deref(),
        author: a.author.as_deref(),
        published: a.published.map(|d| d.to_string()),
        body: a.body(),
        headings: a.headings().collect(),
        sentences: a.sentences.len(),
        actors: an
            .actors
            .iter()
            .enumerate()
            .map(|(i, x)| WireActor {
                id: format!("a{}", i + 1),
                name: &x.name,
                country: x.country.as_deref(),
                sector: x.sector.as_deref(),
                title: x.title.as_deref(),
                kind: match x.kind {
                    chancery_analysis::ActorKind::Person => "person",
                    chancery_analysis::ActorKind::State => "state",
                    chancery_analysis::ActorKind::Org => "org",
                    chancery_analysis::ActorKind::Group => "group",
                },
                mentions: x.mentions.iter().map(|m| span(a, m.start, m.end)).collect(),
            })
            .collect(),
        events: an.events.iter().map(|e| event(a, an, e)).collect(),
        diagnostics: a.diagnostics.iter().map(String::as_str).chain(an.diagnostics.iter().map(String::as_str)).collect(),
    }
}
