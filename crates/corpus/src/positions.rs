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
    /// True when the issue was named in the preceding text (heading or earlier sentence of
    /// the paragraph before) rather than in the evidence sentence itself ("its full return").
    pub from_context: bool,
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

/// Phrases that refer back to something named earlier.
const ANAPHORA: &[&str] = &["such", "this position", "that position", "these goals", "the goals", "its full", "the territory", "the plan", "the proposal", "the idea", "the deal", "the issue", "this issue", "the demand", "the request", "the move", "this step", "the step"];

fn contains_word(hay: &str, needle: &str) -> bool {
    let h = hay.to_ascii_lowercase();
    h.match_indices(needle).any(|(i, _)| {
        let b = h.as_bytes();
        (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && (i + needle.len() >= b.len() || !b[i + needle.len()].is_ascii_alphanumeric())
    })
}

/// The text just before `evidence` in `body`: the rest of its paragraph before it, or when it
/// opens a paragraph, the paragraph (or heading) before. Empty when the evidence is not found.
pub fn context_before<'a>(body: &'a str, evidence: &str) -> &'a str {
    let Some(pos) = body.find(evidence) else { return "" };
    let para_start = body[..pos].rfind("\n\n").map_or(0, |i| i + 2);
    if body[para_start..pos].trim().len() > 10 {
        // Only the sentence right before, not the whole paragraph.
        let before = body[para_start..pos].trim_end();
        let sent_start = before[..before.len().saturating_sub(1)].rfind(['.', '!', '?']).map_or(para_start, |i| para_start + i + 1);
        return &body[sent_start..pos];
    }
    let prev_start = body[..para_start.saturating_sub(2)].rfind("\n\n").map_or(0, |i| i + 2);
    &body[prev_start..pos]
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
            let own = issues_in(&e.evidence);
            // The preceding text counts when the sentence names no issue, or refers back to one
            // ("such goals", "this position", "the territory").
            let refers_back = ANAPHORA.iter().any(|a| contains_word(&e.evidence, a));
            let mut found = own.clone();
            if own.is_empty() || refers_back {
                for i in issues_in(context_before(&d.body, &e.evidence)) {
                    if !found.iter().any(|x| x.key == i.key) {
                        found.push(i);
                    }
                }
            }
            for issue in found {
                let from_context = !own.iter().any(|x| x.key == issue.key);
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
                    from_context,
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
    fn context_names_the_issue() {
        let body = "Talks resumed.\n\nThe Golan Heights: an old dispute\n\nSyria has long demanded its full return. Others disagree.";
        assert_eq!(context_before(body, "Syria has long demanded its full return."), "The Golan Heights: an old dispute\n\n");
        let body2 = "Ministers discussed sanctions relief. They agreed to continue.";
        assert_eq!(context_before(body2, "They agreed to continue."), "Ministers discussed sanctions relief. ");
        let body3 = "Ministers met. They discussed sanctions relief at length. The envoy agreed.";
        assert_eq!(context_before(body3, "The envoy agreed."), " They discussed sanctions relief at length. ");
        assert_eq!(context_before(body, "not there"), "");
    }

    #[test]
    fn bad_tables_are_errors() {
        assert!(parse_issues("key\tname\tpatterns\nx\tX\n").is_err());
        assert!(parse_issues("key\tname\tpatterns\nx\tX\ta\nx\tY\tb\n").is_err());
    }
}
