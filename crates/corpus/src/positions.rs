//! Positions: for each issue (the Golan Heights, normalisation, sanctions, ...), each party's
//! stance over time with its evidence, from REQUEST, DEMAND, REJECT, AGREE, SUPPORT, CONCEDE,
//! DISAPPROVE and ACCUSE events whose sentence names the issue.

use crate::DocRecord;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use std::sync::OnceLock;

/// An issue from `data/lexicon/issues.tsv`.
#[derive(Debug, Clone)]
pub struct Issue {
    /// Key (`golan`).
    pub key: String,
    /// Readable name.
    pub name: String,
}

/// What a party wants on an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// Supports, agrees, accepts.
    Supports,
    /// Rejects, refuses, opposes.
    Opposes,
    /// Demands or asks for.
    Demands,
}

impl Stance {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Demands => "demands",
        }
    }
}

/// One party's stance on one issue, as stated in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    /// Issue key.
    pub issue: String,
    /// Issue name.
    pub issue_name: String,
    /// The party: country code, or actor name when it has none.
    pub party: String,
    /// Actor who stated it.
    pub actor: String,
    /// Stance.
    pub stance: Stance,
    /// Status of the underlying event.
    pub status: String,
    /// Event date, else publication date of the article.
    pub date: Option<NaiveDate>,
    /// Record index.
    pub doc: usize,
    /// Event index in that record.
    pub event: usize,
    /// Evidence sentence.
    pub evidence: String,
}

/// A compiled issues table.
pub struct Issues {
    issues: Vec<Issue>,
    ac: AhoCorasick,
    pattern_issue: Vec<usize>,
}

const ISSUES_TSV: &str = include_str!("../../../data/lexicon/issues.tsv");

fn issues() -> &'static Issues {
    static I: OnceLock<Issues> = OnceLock::new();
    I.get_or_init(|| parse_issues(ISSUES_TSV).expect("issues.tsv is valid (tested)"))
}

/// Parses an issues table: `key  name  patterns(|)` per line.
pub fn parse_issues(src: &str) -> Result<Issues, String> {
    let mut issues = Vec::new();
    let mut pats = Vec::new();
    let mut pattern_issue = Vec::new();
    for (n, line) in src.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 3 || c[0].is_empty() || c[2].is_empty() {
            return Err(format!("issues.tsv:{}: expected key, name, patterns", n + 1));
        }
        if issues.iter().any(|i: &Issue| i.key == c[0]) {
            return Err(format!("issues.tsv:{}: duplicate key {}", n + 1, c[0]));
        }
        for p in c[2].split('|').filter(|p| !p.is_empty()) {
            pats.push(p.to_lowercase());
            pattern_issue.push(issues.len());
        }
        issues.push(Issue { key: c[0].into(), name: c[1].into() });
    }
    let ac = AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).build(&pats).map_err(|e| e.to_string())?;
    Ok(Issues { issues, ac, pattern_issue })
}

/// The issues a sentence talks about (keys, deduplicated, in text order).
pub fn issues_in(text: &str) -> Vec<&'static Issue> {
    let is = issues();
    let mut out: Vec<&Issue> = Vec::new();
    for m in is.ac.find_iter(text) {
        let b = text.as_bytes();
        let before_ok = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
        let after_ok = m.end() >= b.len() || !b[m.end()].is_ascii_alphanumeric() || b[m.end()] == b's';
        if !(before_ok && after_ok) {
            continue;
        }
        let i = &is.issues[is.pattern_issue[m.pattern().as_usize()]];
        if !out.iter().any(|x| x.key == i.key) {
            out.push(i);
        }
    }
    out
}

fn stance_of(plover: &str) -> Option<Stance> {
    Some(match plover {
        "AGREE" | "SUPPORT" | "CONCEDE" | "COOPERATE" => Stance::Supports,
        "REJECT" | "DISAPPROVE" | "ACCUSE" | "THREATEN" | "SANCTION" => Stance::Opposes,
        "REQUEST" | "DEMAND" => Stance::Demands,
        _ => return None,
    })
}

/// Every stance found in the records, by issue, party and date.
pub fn positions(docs: &[DocRecord]) -> Vec<Position> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for (ei, e) in d.events.iter().enumerate() {
            let Some(stance) = stance_of(&e.plover) else { continue };
            if e.status == "hypothetical" {
                continue;
            }
            let Some((actor, country)) = e.source.clone() else { continue };
            let stance = if e.status == "denied" {
                match stance {
                    Stance::Supports => Stance::Opposes,
                    s => s,
                }
            } else {
                stance
            };
            for issue in issues_in(&e.evidence) {
                out.push(Position {
                    issue: issue.key.clone(),
                    issue_name: issue.name.clone(),
                    party: country.clone().unwrap_or_else(|| actor.clone()),
                    actor: actor.clone(),
                    stance,
                    status: e.status.clone(),
                    date: e.date.or(d.published),
                    doc: di,
                    event: ei,
                    evidence: e.evidence.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| a.issue.cmp(&b.issue).then(a.party.cmp(&b.party)).then(a.date.cmp(&b.date)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn builtin_issues_parse() {
        assert!(issues().issues.len() >= 10);
    }
    #[test]
    fn finds_issues() {
        let keys = |t: &str| issues_in(t).iter().map(|i| i.key.as_str()).collect::<Vec<_>>();
        assert_eq!(keys("Ministers discussed the Golan Heights and sanctions relief."), vec!["golan", "sanctions"]);
        assert_eq!(keys("A normalization deal under the Abraham Accords"), vec!["normalization"]);
        assert_eq!(keys("The weather was fine."), Vec::<&str>::new());
    }
    #[test]
    fn bad_tables_are_errors() {
        assert!(parse_issues("key\tname\tpatterns\nx\tX\n").is_err());
        assert!(parse_issues("key\tname\tpatterns\nx\tX\ta\nx\tY\tb\n").is_err());
    }
}
