//! One automaton over every surface form in the knowledge base.

use crate::places::PlaceTable;
use crate::{Country, CountryForm, Org, Person, Title};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small FxHash-style hasher for the build-time maps (keys are our own data, not input).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        for &b in chunks.remainder() {
            self.write_u64(b as u64);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `HashMap`/`HashSet` hasher builder using [`FxHasher`].
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// What a surface form may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidate {
    /// A country, by index into [`crate::Kb::countries`], and how it was named.
    Country(u32, CountryForm),
    /// A person, by the index of their first office row in [`crate::Kb::people`].
    Person(u32),
    /// An organisation, by index into [`crate::Kb::orgs`].
    Org(u32),
    /// A title or role noun, by index into [`crate::Kb::titles`].
    Title(u32),
    /// A named place from `features.tsv` (region, sea, feature...), by index for
    /// [`crate::places::Gazetteer::get`]. It is in the matcher so that the longer place name
    /// wins over a country form inside it ("Latin America", "South China Sea", "Indian Ocean").
    Place(u32),
}

/// The candidates of a hit: a slice-like list stored inline up to four (most hits have one),
/// so that finding does not allocate per hit. Derefs to `[Candidate]`.
#[derive(Clone)]
pub struct Candidates {
    len: u8,
    inline: [Candidate; 4],
    more: Vec<Candidate>,
}

impl Candidates {
    fn new() -> Self {
        Candidates { len: 0, inline: [Candidate::Title(0); 4], more: Vec::new() }
    }

    fn push(&mut self, c: Candidate) {
        if self.contains(&c) {
            return;
        }
        if (self.len as usize) < 4 && self.more.is_empty() {
            self.inline[self.len as usize] = c;
            self.len += 1;
        } else {
            if self.more.is_empty() {
                self.more.extend_from_slice(&self.inline[..self.len as usize]);
            }
            self.more.push(c);
        }
    }
}

impl std::ops::Deref for Candidates {
    type Target = [Candidate];
    fn deref(&self) -> &[Candidate] {
        if self.more.is_empty() {
            &self.inline[..self.len as usize]
        } else {
            &self.more
        }
    }
}

impl std::fmt::Debug for Candidates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Candidates {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<'a> IntoIterator for &'a Candidates {
    type Item = &'a Candidate;
    type IntoIter = std::slice::Iter<'a, Candidate>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// By-value iterator over [`Candidates`].
pub struct CandidatesIntoIter {
    c: Candidates,
    i: usize,
}

impl Iterator for CandidatesIntoIter {
    type Item = Candidate;
    fn next(&mut self) -> Option<Candidate> {
        let x = self.c.get(self.i).copied();
        self.i += 1;
        x
    }
}

impl IntoIterator for Candidates {
    type Item = Candidate;
    type IntoIter = CandidatesIntoIter;
    fn into_iter(self) -> CandidatesIntoIter {
        CandidatesIntoIter { c: self, i: 0 }
    }
}

/// A surface form found in a text: byte offsets and the candidates it passed the case check for.
#[derive(Debug, Clone)]
pub struct Hit<'k> {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// What it may stand for (at least one).
    pub candidates: Candidates,
    _kb: std::marker::PhantomData<&'k ()>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Any ASCII case (titles and role nouns).
    Any,
    /// As written, or with its first letter capitalised (sentence start).
    Exact,
}

struct Form {
    text: String,
    cand: Candidate,
    case: Case,
}

pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    /// pattern id -> forms sharing that lower-cased surface.
    forms: Vec<Vec<Form>>,
    titles: HashMap<String, usize, FxBuild>,
}

impl Matcher {
    pub(crate) fn build(countries: &[Country], people: &[Person], orgs: &[Org], titles: &[Title], places: &PlaceTable) -> Matcher {
        let mut by_lc: HashMap<String, usize, FxBuild> = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut forms: Vec<Vec<Form>> = Vec::new();
        let mut add = |text: &str, cand: Candidate, case: Case| {
            let text = text.trim();
            if text.is_empty() {
                return;
            }
            let norm: String = text.chars().map(fold).collect();
            let lc = norm.to_ascii_lowercase();
            let id = match by_lc.get(&lc) {
                Some(&id) => id,
                None => {
                    patterns.push(lc.clone());
                    forms.push(Vec::new());
                    by_lc.insert(lc, patterns.len() - 1);
                    patterns.len() - 1
                }
            };
            if !forms[id].iter().any(|f| f.cand == cand && f.text == norm) {
                forms[id].push(Form { text: norm, cand, case });
            }
        };
        for (i, c) in countries.iter().enumerate() {
            let i = i as u32;
            add(&c.name, Candidate::Country(i, CountryForm::Name), Case::Exact);
            for a in &c.aliases {
                add(a, Candidate::Country(i, CountryForm::Name), Case::Exact);
            }
            for a in &c.adjectives {
                add(a, Candidate::Country(i, CountryForm::Adjective), Case::Exact);
            }
            for a in &c.capitals {
                add(a, Candidate::Country(i, CountryForm::Capital), Case::Exact);
            }
        }
        let mut first_row: HashMap<&str, u32, FxBuild> = HashMap::default();
        for (i, p) in people.iter().enumerate() {
            let idx = *first_row.entry(p.canonical.as_str()).or_insert(i as u32);
            add(&p.canonical, Candidate::Person(idx), Case::Exact);
            for a in &p.aliases {
                add(a, Candidate::Person(idx), Case::Exact);
            }
        }
        for (i, o) in orgs.iter().enumerate() {
            add(&o.canonical, Candidate::Org(i as u32), Case::Exact);
            for a in &o.aliases {
                add(a, Candidate::Org(i as u32), Case::Exact);
            }
        }
        let mut title_map = HashMap::default();
        for (i, t) in titles.iter().enumerate() {
            add(&t.phrase, Candidate::Title(i as u32), Case::Any);
            title_map.insert(t.phrase.clone(), i);
        }
        // Named places: proper names only (a lower-case alternate such as "northern Israel" is a
        // description whose country is meant, so it does not block the country form inside it).
        for &i in &places.features {
            let Some(p) = places.rows.get(i as usize) else { continue };
            for n in std::iter::once(&p.name).chain(p.alternates.iter()) {
                if n.chars().next().is_some_and(char::is_uppercase) {
                    add(n, Candidate::Place(i), Case::Exact);
                }
            }
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            Some(
                // Patterns are ASCII lower case and the text is lower-cased before the search:
                // building without `ascii_case_insensitive` is about four times faster (half the
                // transitions) and searching is no slower.
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .expect("knowledge-base automaton builds"),
            )
        };
        Matcher { ac, forms, titles: title_map }
    }

    pub(crate) fn title(&self, phrase: &str) -> Option<usize> {
        self.titles.get(phrase).copied()
    }

    pub(crate) fn find<'k>(&'k self, text: &str) -> Vec<Hit<'k>> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let bytes = text.as_bytes();
        // Raw matches that pass the word-boundary and case checks: (start, end, pattern).
        // Candidates are only collected for the leftmost-longest survivors.
        let mut raw: Vec<(usize, usize, usize)> = Vec::new();
        // ASCII lower-casing keeps every byte offset.
        let lower = text.to_ascii_lowercase();
        for m in ac.find_overlapping_iter(lower.as_str()) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if s > 0 && is_word_char_before(text, s) {
                continue;
            }
            if e < bytes.len() && is_word_char_after(text, e) {
                continue;
            }
            let found = &text[s..e];
            let pid = m.pattern().as_usize();
            if self.forms[pid].iter().any(|f| case_ok(f, found)) {
                raw.push((s, e, pid));
            }
        }
        raw.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<Hit<'k>> = Vec::with_capacity(raw.len());
        let mut last_end = 0;
        for (s, e, pid) in raw {
            if out.is_empty() || s >= last_end {
                let found = &text[s..e];
                let mut cands = Candidates::new();
                for f in self.forms[pid].iter().filter(|f| case_ok(f, found)) {
                    cands.push(f.cand);
                }
                out.push(Hit { start: s, end: e, candidates: cands, _kb: Default::default() });
                last_end = e;
            }
        }
        out
    }
}

fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
        '\u{2010}'..='\u{2015}' => '-',
        _ => c,
    }
}

fn is_word_char_before(text: &str, s: usize) -> bool {
    text[..s].chars().next_back().is_some_and(|c| c.is_alphanumeric())
}

fn is_word_char_after(text: &str, e: usize) -> bool {
    text[e..].chars().next().is_some_and(|c| c.is_alphanumeric())
}

fn case_ok(f: &Form, found: &str) -> bool {
    match f.case {
        Case::Any => true,
        Case::Exact => {
            if found == f.text {
                return true;
            }
            // Sentence-initial capitalisation of a lower-case first letter ("al-Sharaa" -> "Al-Sharaa").
            let mut fc = f.text.chars();
            let mut tc = found.chars();
            match (fc.next(), tc.next()) {
                (Some(a), Some(b)) if a.is_lowercase() && b == a.to_ascii_uppercase() => fc.as_str() == tc.as_str(),
                _ => false,
            }
        }
    }
}
