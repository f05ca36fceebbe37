//! The predicate lexicon (`data/lexicon/predicates.tsv`, format in `data/README.md`): verbal and
//! nominal event patterns with their PLOVER type, mode and CAMEO code, compiled into a
//! token-level automaton (patterns indexed by their first word; every alternative of the first
//! slot is a key) that is run over the lower-cased tokens of a sentence.

use crate::codes::Codes;
use std::sync::OnceLock;

/// Part of speech of a predicate pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// A verb phrase ("met with", "launched airstrikes on").
    Verb,
    /// A noun phrase ("talks between", "decision to lift sanctions on").
    Noun,
}

/// One slot of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// One word, any of these (lower case).
    Words(Vec<String>),
    /// Zero to `n` arbitrary words.
    Gap(u8),
}

/// Role-frame flags of an entry (column `frame`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Frame {
    /// Symmetric: coordinated subjects ("X and Y met") are source and target.
    pub sym: bool,
    /// Takes a complement: later triggers in its clause are the content, not events.
    pub ctl: bool,
    /// The pattern carries its own negation ("insisted ... will not"): not a denial.
    pub neg: bool,
    /// Multilateral: every actor of the sentence is a participant.
    pub multi: bool,
    /// Refers back to the previous event ("reiterated this position").
    pub anaphor: bool,
    /// Reversed roles: the subject is the target and the source follows "from"/"by".
    pub rev: bool,
    /// No target is looked for after the trigger.
    pub notgt: bool,
    /// The target must be an international organisation ("left ECOWAS"): no event otherwise.
    pub org: bool,
}

/// A lexicon entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// PLOVER type.
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// Verbal or nominal.
    pub pos: Pos,
    /// The slots.
    pub slots: Vec<Slot>,
    /// Role frame.
    pub frame: Frame,
    /// Line number in the file (1-based).
    pub line: usize,
}

/// Why the lexicon does not parse.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LexiconError {
    /// A line has the wrong number of columns.
    #[error("line {0}: expected 6 tab-separated columns")]
    Columns(usize),
    /// Unknown PLOVER type, mode or CAMEO code, or a CAMEO code whose root does not fit.
    #[error("line {0}: {1}")]
    Code(usize, String),
    /// A malformed pattern or frame.
    #[error("line {0}: bad pattern or frame: {1}")]
    Pattern(usize, String),
}

/// The compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    /// Entries in file order.
    pub entries: Vec<Entry>,
    by_first: crate::actors::FnvMap<String, Vec<u32>>,
    /// Per first byte, a bit per length (1..=63; 0 stands for longer words) of the keys of
    /// `by_first`: most words are rejected without hashing.
    shapes: [u64; 256],
}

fn shape_bit(w: &str) -> u64 {
    1u64 << if w.len() < 64 { w.len() } else { 0 }
}

/// A match of an entry over a token sequence: token indices `first..last+1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Entry index.
    pub entry: u32,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
}

const PREDICATES_TSV: &str = include_str!("../../../data/lexicon/predicates.tsv");

impl Lexicon {
    /// The built-in lexicon, compiled once.
    pub fn builtin() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| Lexicon::parse(PREDICATES_TSV, Codes::builtin()).expect("built-in lexicon is valid (lexicon tests)"))
    }

    /// The built-in file's text.
    pub fn builtin_text() -> &'static str {
        PREDICATES_TSV
    }

    /// Parses a lexicon file, checking every code against the code tables.
    pub fn parse(text: &str, codes: &Codes) -> Result<Lexicon, LexiconError> {
        let mut entries = Vec::new();
        let header_skipped = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')).skip(1);
        for (ln, line) in header_skipped {
            let ln = ln + 1;
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 6 {
                return Err(LexiconError::Columns(ln));
            }
            let (plover, mode, cameo, pos, pattern, frame) = (c[0].trim(), c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim(), c[5].trim());
            if !codes.is_type(plover) {
                return Err(LexiconError::Code(ln, format!("unknown PLOVER type {plover:?}")));
            }
            if !mode.is_empty() && !codes.is_mode(plover, mode) {
                return Err(LexiconError::Code(ln, format!("{mode:?} is not a mode of {plover}")));
            }
            if codes.cameo(cameo).is_none() {
                return Err(LexiconError::Code(ln, format!("unknown CAMEO code {cameo:?}")));
            }
            let pos = match pos {
                "v" => Pos::Verb,
                "n" => Pos::Noun,
                _ => return Err(LexiconError::Pattern(ln, format!("pos {pos:?} (want v or n)"))),
            };
            let mut slots = Vec::new();
            for tok in pattern.split_whitespace() {
                if let Some(n) = tok.strip_prefix('*') {
                    let n: u8 = if n.is_empty() { 3 } else { n.parse().map_err(|_| LexiconError::Pattern(ln, tok.into()))? };
                    slots.push(Slot::Gap(n));
                } else {
                    let alts: Vec<String> = tok.split('/').filter(|s| !s.is_empty()).map(|s| s.to_ascii_lowercase()).collect();
                    if alts.is_empty() {
                        return Err(LexiconError::Pattern(ln, tok.into()));
                    }
                    slots.push(Slot::Words(alts));
                }
            }
            if !matches!(slots.first(), Some(Slot::Words(_))) || !matches!(slots.last(), Some(Slot::Words(_))) {
                return Err(LexiconError::Pattern(ln, "a pattern starts and ends with a word".into()));
            }
            let mut fr = Frame::default();
            for f in frame.split(',').map(str::trim).filter(|f| !f.is_empty() && *f != "-") {
                match f {
                    "sym" => fr.sym = true,
                    "ctl" => fr.ctl = true,
                    "neg" => fr.neg = true,
                    "multi" => fr.multi = true,
                    "anaphor" => fr.anaphor = true,
                    "rev" => fr.rev = true,
                    "notgt" => fr.notgt = true,
                    "org" => fr.org = true,
                    _ => return Err(LexiconError::Pattern(ln, format!("frame flag {f:?}"))),
                }
            }
            entries.push(Entry {
                plover: plover.to_string(),
                mode: (!mode.is_empty()).then(|| mode.to_string()),
                cameo: cameo.to_string(),
                pos,
                slots,
                frame: fr,
                line: ln,
            });
        }
        let mut by_first: crate::actors::FnvMap<String, Vec<u32>> = Default::default();
        for (i, e) in entries.iter().enumerate() {
            if let Some(Slot::Words(ws)) = e.slots.first() {
                for w in ws {
                    by_first.entry(w.clone()).or_default().push(i as u32);
                }
            }
        }
        let mut shapes = [0u64; 256];
        for w in by_first.keys() {
            if let Some(&f) = w.as_bytes().first() {
                shapes[f as usize] |= shape_bit(w);
            }
        }
        Ok(Lexicon { entries, by_first, shapes })
    }

    /// Every match starting at token `i`. `word(k)` gives the lower-case word of token `k`
    /// (None for tokens that are not words: they never match and stop gaps when `hard`).
    /// Gaps are filled lazily (shortest first), one match per entry.
    pub fn matches_at<'w>(&self, i: usize, n: usize, word: impl Fn(usize) -> Option<&'w str> + Copy, hard: impl Fn(usize) -> bool + Copy, out: &mut Vec<Match>) {
        let Some(w) = word(i) else { return };
        let Some(&f) = w.as_bytes().first() else { return };
        if self.shapes[f as usize] & shape_bit(w) == 0 {
            return;
        }
        let Some(ids) = self.by_first.get(w) else { return };
        for &id in ids {
            let e = &self.entries[id as usize];
            if let Some(end) = match_slots(&e.slots[1..], i + 1, n, word, hard) {
                out.push(Match { entry: id, first: i, end });
            }
        }
    }
}

/// Matches slots from token `k`; returns one past the last matched token.
fn match_slots<'w>(slots: &[Slot], k: usize, n: usize, word: impl Fn(usize) -> Option<&'w str> + Copy, hard: impl Fn(usize) -> bool + Copy) -> Option<usize> {
    let Some(first) = slots.first() else { return Some(k) };
    match first {
        Slot::Words(ws) => {
            let w = word(k)?;
            if ws.iter().any(|x| x == w) {
                match_slots(&slots[1..], k + 1, n, word, hard)
            } else {
                None
            }
        }
        Slot::Gap(g) => {
            for j in k..=k + *g as usize {
                if let Some(end) = match_slots(&slots[1..], j, n, word, hard) {
                    return Some(end);
                }
                if j >= n || hard(j) {
                    return None;
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_is_valid_and_broad() {
        let lex = Lexicon::parse(PREDICATES_TSV, Codes::builtin()).expect("lexicon parses");
        assert!(lex.entries.len() >= 600, "{} patterns", lex.entries.len());
        let codes = Codes::builtin();
        for t in codes.plover.iter().filter(|r| r.mode.is_none()) {
            let n = lex.entries.iter().filter(|e| e.plover == t.plover).count();
            assert!(n >= 10, "{}: only {n} patterns", t.plover);
            assert!(lex.entries.iter().any(|e| e.plover == t.plover && e.pos == Pos::Verb), "{} has no verbal pattern", t.plover);
        }
        assert!(lex.entries.iter().filter(|e| e.pos == Pos::Noun).count() >= 100);
    }

    #[test]
    fn no_duplicate_patterns() {
        let lex = Lexicon::builtin();
        let mut seen = std::collections::HashMap::new();
        for e in &lex.entries {
            let key = format!("{:?} {:?}", e.pos, e.slots);
            if let Some(l) = seen.insert(key.clone(), e.line) {
                panic!("pattern on line {} repeats line {l}: {key}", e.line);
            }
        }
    }

    #[test]
    fn bad_lines_are_errors() {
        let c = Codes::builtin();
        let h = "type\tmode\tcameo\tpos\tpattern\tframe\n";
        assert_eq!(Lexicon::parse(&format!("{h}FIGHT\t\t190\tv\tfight\t-\n"), c).unwrap_err(), LexiconError::Code(2, "unknown PLOVER type \"FIGHT\"".into()));
        assert!(matches!(Lexicon::parse(&format!("{h}ASSAULT\tvisit\t190\tv\tattack\t-\n"), c), Err(LexiconError::Code(2, _))));
        assert!(matches!(Lexicon::parse(&format!("{h}ASSAULT\t\t999\tv\tattack\t-\n"), c), Err(LexiconError::Code(2, _))));
        assert!(matches!(Lexicon::parse(&format!("{h}ASSAULT\t\t190\tx\tattack\t-\n"), c), Err(LexiconError::Pattern(2, _))));
        assert!(matches!(Lexicon::parse(&format!("{h}ASSAULT\t\t190\tv\t* attack\t-\n"), c), Err(LexiconError::Pattern(2, _))));
        assert!(matches!(Lexicon::parse(&format!("{h}ASSAULT\t\t190\tv\tattack\tbogus\n"), c), Err(LexiconError::Pattern(2, _))));
        assert_eq!(Lexicon::parse(&format!("{h}ASSAULT\t\t190\tv\tattack\n"), c).unwrap_err(), LexiconError::Columns(2));
    }

    fn run(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let c = Codes::builtin();
        let lex = Lexicon::parse(&format!("type\tmode\tcameo\tpos\tpattern\tframe\nCONSULT\t\t040\tv\t{pattern}\t-\n"), c).unwrap();
        let words: Vec<&str> = text.split(' ').collect();
        let mut out = Vec::new();
        for i in 0..words.len() {
            lex.matches_at(i, words.len(), |k| words.get(k).copied().filter(|w| *w != ";"), |k| words.get(k).is_none_or(|w| *w == ";"), &mut out);
        }
        out.first().map(|m| (m.first, m.end))
    }

    #[test]
    fn matching_alternatives_and_gaps() {
        assert_eq!(run("meet/met with", "rubio met with haddad"), Some((1, 3)));
        assert_eq!(run("held * talks with", "they held talks with x"), Some((1, 4)));
        assert_eq!(run("held * talks with", "they held direct high-level talks with x"), Some((1, 6)));
        assert_eq!(run("held * talks with", "they held a b c d talks with x"), None);
        assert_eq!(run("held *6 talks with", "they held a b c d talks with x"), Some((1, 8)));
        assert_eq!(run("held * talks", "they held ; talks"), None);
        assert_eq!(run("met with", "they met x"), None);
    }
}
