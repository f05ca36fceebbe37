//! Framing: how evaluative or slanted an article is: loaded vocabulary (positive and negative),
//! intensifiers, hedges, and how much it leans on attributed sources, per 100 words; and a
//! side-by-side comparison of outlets on the same story.

use crate::DocRecord;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

const FRAMING_TSV: &str = include_str!("../../../data/lexicon/framing.tsv");

/// Word classes of the framing lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Positively loaded ("historic", "bold").
    Positive,
    /// Negatively loaded ("brutal", "reckless").
    Negative,
    /// Intensifier ("deeply", "utterly").
    Intensifier,
    /// Hedge ("reportedly", "preliminary").
    Hedge,
}

struct Lexicon {
    ac: AhoCorasick,
    classes: Vec<Class>,
}

/// Parses the framing lexicon (`word  class`).
fn parse(src: &str) -> Result<Lexicon, String> {
    let mut words = Vec::new();
    let mut classes = Vec::new();
    let mut header = true;
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if header {
            header = false;
            continue;
        }
        let (w, c) = line.split_once('\t').ok_or_else(|| format!("framing.tsv:{}: expected word<TAB>class", n + 1))?;
        let class = match c.trim() {
            "evaluative_positive" => Class::Positive,
            "evaluative_negative" => Class::Negative,
            "intensifier" => Class::Intensifier,
            "hedge" => Class::Hedge,
            other => return Err(format!("framing.tsv:{}: unknown class {other:?}", n + 1)),
        };
        if words.contains(&w.to_lowercase()) {
            return Err(format!("framing.tsv:{}: duplicate word {w:?}", n + 1));
        }
        words.push(w.to_lowercase());
        classes.push(class);
    }
    let ac = AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).build(&words).map_err(|e| e.to_string())?;
    Ok(Lexicon { ac, classes })
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| parse(FRAMING_TSV).expect("framing.tsv is valid (tested)"))
}

/// The framing profile of one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Framing {
    /// Words in the body.
    pub words: usize,
    /// Positively loaded words.
    pub positive: usize,
    /// Negatively loaded words.
    pub negative: usize,
    /// Intensifiers.
    pub intensifiers: usize,
    /// Hedges.
    pub hedges: usize,
    /// Share of events that carry an attribution (0..1), None without events.
    pub sourced: Option<f32>,
    /// Evaluative score: loaded words and intensifiers per 100 words.
    pub evaluative: f32,
    /// Slant: (positive - negative) / (positive + negative), in -1..1; 0 when none.
    pub slant: f32,
    /// Example loaded words, in text order (at most 12).
    pub examples: Vec<String>,
}

/// Computes the framing profile of a record from its body and events.
pub fn profile(d: &DocRecord) -> Framing {
    let lex = lexicon();
    let text = &d.body;
    let b = text.as_bytes();
    let words = text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').filter(|w| !w.is_empty()).count();
    let mut f = Framing { words, ..Default::default() };
    for m in lex.ac.find_iter(text) {
        let ok_before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
        let ok_after = m.end() >= b.len() || !b[m.end()].is_ascii_alphanumeric();
        if !(ok_before && ok_after) {
            continue;
        }
        match lex.classes[m.pattern().as_usize()] {
            Class::Positive => f.positive += 1,
            Class::Negative => f.negative += 1,
            Class::Intensifier => f.intensifiers += 1,
            Class::Hedge => f.hedges += 1,
        }
        if matches!(lex.classes[m.pattern().as_usize()], Class::Positive | Class::Negative) && f.examples.len() < 12 {
            f.examples.push(text[m.start()..m.end()].to_lowercase());
        }
    }
    let per100 = |n: usize| if words == 0 { 0.0 } else { n as f32 * 100.0 / words as f32 };
    f.evaluative = per100(f.positive + f.negative) + 0.5 * per100(f.intensifiers);
    let loaded = (f.positive + f.negative) as f32;
    f.slant = if loaded > 0.0 { (f.positive as f32 - f.negative as f32) / loaded } else { 0.0 };
    if !d.events.is_empty() {
        f.sourced = Some(d.events.iter().filter(|e| !e.attribution.is_empty()).count() as f32 / d.events.len() as f32);
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    fn doc(body: &str) -> DocRecord {
        DocRecord { body: body.into(), ..Default::default() }
    }
    #[test]
    fn lexicon_parses() {
        parse(FRAMING_TSV).unwrap();
        assert!(parse("word\tclass\nx\tweird\n").is_err());
        assert!(parse("word\tclass\nx\thedge\nX\thedge\n").is_err());
    }
    #[test]
    fn loaded_text_scores_higher() {
        let loaded = profile(&doc("In a historic and bold move, the visionary minister delivered a stunning breakthrough, a truly remarkable triumph."));
        let plain = profile(&doc("The minister met his counterpart on Monday. Officials said preliminary talks could resume next month."));
        assert!(loaded.evaluative > plain.evaluative * 3.0, "{loaded:?} {plain:?}");
        assert!(loaded.slant > 0.9);
        assert!(plain.hedges >= 2, "{plain:?}");
    }
    #[test]
    fn negative_slant() {
        let f = profile(&doc("The brutal and reckless regime carried out a horrific massacre."));
        assert!(f.slant < -0.9, "{f:?}");
        assert_eq!(f.examples, vec!["brutal", "reckless", "regime", "horrific", "massacre"]);
    }
    #[test]
    fn word_boundaries() {
        let f = profile(&doc("The strongbox held a historically minor document."));
        assert_eq!(f.positive, 0, "{f:?}");
    }
}
