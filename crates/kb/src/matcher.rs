//! One automaton over every surface form in the knowledge base.

use crate::places::PlaceTable;
use crate::{Country, CountryForm, Org, Person, Title};
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
    /// Every form.
    trie: Trie,
    /// Only the forms that can match a text word starting with an ASCII lower-case letter:
    /// titles (any case) and forms written with a lower-case first letter. A form written with a
    /// capital matches only as written, so a lower-case word never needs the full trie.
    lower: Trie,
    /// The first words of the forms of `trie` and of `lower` (see [`FirstWords`]).
    first_words: FirstWords,
    lower_first_words: FirstWords,
    /// pattern id -> forms sharing that lower-cased surface.
    forms: Vec<Vec<Form>>,
    titles: HashMap<String, usize, FxBuild>,
}

/// Every surface form ASCII-lower-cased, in a byte trie. Every form starts and ends on a word
/// boundary, so the search walks the trie only from word starts (positions after a character
/// that is not alphanumeric); for most words the walk dies after a few bytes.
///
/// Layout: bytes map to classes (`class`: ASCII upper case to the class of its lower case, which
/// lower-cases the text on the fly and keeps every byte offset; bytes in no form to class 0).
/// Nodes are in depth-first order, so that a chain of single children (most of the trie) lies in
/// consecutive memory. A node with a single child (the next node) keeps its byte; one with a few
/// keeps them as edges (`child << 8 | byte`, sorted by byte); one with many (near the root) has a
/// dense row indexed by class.
struct Trie {
    class: [u8; 256],
    classes: usize,
    /// Per node: first edge, dense row or (one child) the child's byte, and
    /// `pattern id + 1 << 8 | child count` (count [`DENSE`] for a dense row; pattern id + 1 is 0
    /// when no form ends there).
    nodes: Vec<(u32, u32)>,
    edges: Vec<u32>,
    dense: Vec<u32>,
}

/// A filter over the first word of the forms of a trie: a form that occurs at a position
/// begins with the very word that begins there. The first word of a text at `s` is its longest
/// run of alphanumeric characters from `s`, or the one character at `s` when that is not
/// alphanumeric: a form found at `s` ends on a word boundary, so its own first run ends where
/// the text's does, with the same bytes up to ASCII case (and a form that begins with another
/// character begins with that very character). A bit per hash of the ASCII-lower-cased first
/// word, set for every form's: a clear bit means no walk of the trie from `s` can find anything
/// (a set bit may be a collision: the walk decides).
struct FirstWords {
    bits: Vec<u64>,
}

/// Bits of the [`FirstWords`] hash (a 8 KB table).
const FIRST_WORD_BITS: u32 = 16;

impl FirstWords {
    fn build<'a>(words: impl Iterator<Item = &'a str>) -> FirstWords {
        let mut bits = vec![0u64; (1 << FIRST_WORD_BITS) / 64];
        for w in words {
            let (h, _) = first_run(w, 0);
            bits[h / 64] |= 1 << (h % 64);
        }
        FirstWords { bits }
    }

    #[inline]
    fn may_begin(&self, h: usize) -> bool {
        self.bits[h / 64] & (1 << (h % 64)) != 0
    }
}

/// Per byte: its ASCII lower case for an ASCII letter or digit, 0 for other ASCII bytes, 0xff
/// for the bytes of multi-byte characters (decoded when met).
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            0xff
        } else if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The [`FirstWords`] hash of the first word of `text` at `s` (a character boundary, not the
/// end): the run of alphanumeric characters from `s`, or the character at `s` when that is not
/// alphanumeric; and the end of the run (`s` for the latter).
#[inline]
fn first_run(text: &str, s: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut h: u64 = 0;
    let mut i = s;
    while i < bytes.len() {
        let v = WORD_BYTE[bytes[i] as usize];
        if v == 0 {
            break;
        }
        if v != 0xff {
            h = (h.rotate_left(7) ^ v as u64).wrapping_add(0x9E37);
            i += 1;
            continue;
        }
        match text[i..].chars().next() {
            Some(c) if c.is_alphanumeric() => {
                for &x in &bytes[i..i + c.len_utf8()] {
                    h = (h.rotate_left(7) ^ x as u64).wrapping_add(0x9E37);
                }
                i += c.len_utf8();
            }
            _ => break,
        }
    }
    if i == s {
        // not a word: the character itself
        let n = text[s..].chars().next().map_or(1, char::len_utf8);
        for &x in &bytes[s..s + n] {
            h = (h.rotate_left(7) ^ x as u64).wrapping_add(0x51);
        }
    }
    ((h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FIRST_WORD_BITS)) as usize, i)
}

/// Sentinel for "no node" (node 0 is the root, never a child).
const NONE: u32 = 0;
/// Edge count of a node with a dense row.
const DENSE: u32 = 0xff;
/// Nodes with more children than this get a dense row.
const SPARSE_MAX: usize = 4;

impl Trie {
    /// A trie of the patterns whose ids `ids` lists.
    fn build(patterns: &[String], ids: impl Iterator<Item = u32>) -> Trie {
        let mut order: Vec<u32> = ids.collect();
        order.sort_unstable_by(|&a, &b| patterns[a as usize].as_bytes().cmp(patterns[b as usize].as_bytes()));
        let key = |k: usize| patterns[order[k] as usize].as_bytes();
        let mut class = [0u8; 256];
        for &i in &order {
            for &b in patterns[i as usize].as_bytes() {
                class[b as usize] = 1;
            }
        }
        // UTF-8 never uses 13 byte values, so there are at most 243 classes besides 0.
        let mut classes = 1;
        for c in class.iter_mut() {
            if *c != 0 {
                *c = classes as u8;
                classes += 1;
            }
        }
        for b in b'A'..=b'Z' {
            class[b as usize] = class[b.to_ascii_lowercase() as usize];
        }
        let mut t = Trie { class, classes, nodes: Vec::new(), edges: Vec::new(), dense: Vec::new() };
        // Depth first: (range of `order` sharing the node's prefix, depth, where the parent
        // points here: (edge or dense slot, is dense); none for the root and an only child).
        type Task = (usize, usize, usize, Option<(usize, bool)>);
        let mut stack: Vec<Task> = vec![(0, order.len(), 0, None)];
        let mut kids: Vec<(u8, usize, usize)> = Vec::new();
        while let Some((mut lo, hi, depth, parent)) = stack.pop() {
            let node = t.nodes.len() as u32;
            match parent {
                Some((slot, false)) => t.edges[slot] |= node << 8,
                Some((slot, true)) => t.dense[slot] = node,
                None => {}
            }
            // Patterns are distinct, so at most one ends here, and it sorts first.
            let mut out = 0;
            if lo < hi && key(lo).len() == depth {
                out = order[lo] + 1;
                lo += 1;
            }
            kids.clear();
            let mut k = lo;
            while k < hi {
                let b = key(k)[depth];
                let mut j = k + 1;
                while j < hi && key(j)[depth] == b {
                    j += 1;
                }
                kids.push((b, k, j));
                k = j;
            }
            let dense = kids.len() > SPARSE_MAX;
            let base = if dense { t.dense.len() } else { t.edges.len() };
            if dense {
                t.dense.resize(base + t.classes, NONE);
                t.nodes.push((base as u32, out << 8 | DENSE));
            } else if kids.len() == 1 {
                // a single child is the next node (depth first): keep its byte in place of the
                // first edge, and no edge
                t.nodes.push((kids[0].0 as u32, out << 8 | 1));
            } else {
                t.edges.extend(kids.iter().map(|k| k.0 as u32));
                t.nodes.push((base as u32, out << 8 | kids.len() as u32));
            }
            // the first child is visited next (pushed last), right after its parent
            for (i, &(b, k, j)) in kids.iter().enumerate().rev() {
                let slot = if dense {
                    Some((base + t.class[b as usize] as usize, true))
                } else if kids.len() == 1 {
                    None
                } else {
                    Some((base + i, false))
                };
                stack.push((k, j, depth + 1, slot));
            }
        }
        t
    }

    /// The child of `node` by text byte `b` (any ASCII case), or [`NONE`].
    #[inline]
    fn child(&self, node: u32, b: u8) -> u32 {
        let c = self.class[b as usize];
        if c == 0 {
            return NONE;
        }
        let (first, meta) = self.nodes[node as usize];
        let n = meta & 0xff;
        if n == DENSE {
            return self.dense[first as usize + c as usize];
        }
        let b = b.to_ascii_lowercase() as u32;
        if n == 1 {
            return if first == b { node + 1 } else { NONE };
        }
        for &e in &self.edges[first as usize..(first + n) as usize] {
            let l = e & 0xff;
            if l == b {
                return e >> 8;
            }
            if l > b {
                break;
            }
        }
        NONE
    }

    /// Pattern id + 1 of the form ending at `node`, 0 when none.
    #[inline]
    fn out(&self, node: u32) -> u32 {
        self.nodes[node as usize].1 >> 8
    }
}

/// Every surface-form occurrence of a text that passes the word-boundary and case checks, before
/// the leftmost-longest choice: made once per text ([`crate::Kb::scan`]), it answers
/// [`crate::Kb::find`] for the whole text or any part of it without searching again.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// `(start, end, pattern id)`, by start, then by end (shortest first).
    raw: Vec<(u32, u32, u32)>,
    /// Length and a hash of the text it was made from (to refuse another text).
    len: usize,
    hash: u64,
}

fn text_hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}

impl Found {
    /// Whether this was made from `text`.
    pub fn is_for(&self, text: &str) -> bool {
        self.len == text.len() && self.hash == text_hash(text)
    }
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
        let trie = Trie::build(&patterns, 0..patterns.len() as u32);
        let can_start_lower = |f: &Form| f.case == Case::Any || f.text.as_bytes()[0].is_ascii_lowercase();
        let lower = Trie::build(&patterns, (0..patterns.len() as u32).filter(|&i| forms[i as usize].iter().any(can_start_lower)));
        let first_words = FirstWords::build(patterns.iter().map(String::as_str));
        let lower_first_words = FirstWords::build((0..patterns.len()).filter(|&i| forms[i].iter().any(can_start_lower)).map(|i| patterns[i].as_str()));
        Matcher { trie, lower, first_words, lower_first_words, forms, titles: title_map }
    }

    pub(crate) fn title(&self, phrase: &str) -> Option<usize> {
        self.titles.get(phrase).copied()
    }

    /// Every occurrence of a form that starts at `s` and passes the boundary and case checks,
    /// shortest first, appended to `raw`; `s` must be a character boundary of `text`.
    #[inline]
    fn walk(&self, text: &str, s: usize, raw: &mut Vec<(u32, u32, u32)>) {
        let bytes = text.as_bytes();
        let t = if bytes[s].is_ascii_lowercase() { &self.lower } else { &self.trie };
        let mut node = t.child(0, bytes[s]);
        let mut e = s + 1;
        while node != NONE {
            let out = t.out(node);
            if out != 0 && text.is_char_boundary(e) && !(e < bytes.len() && is_word_char_after(text, e)) {
                let pid = (out - 1) as usize;
                let found = &text[s..e];
                if self.forms[pid].iter().any(|f| case_ok(f, found)) {
                    raw.push((s as u32, e as u32, pid as u32));
                }
            }
            if e >= bytes.len() {
                break;
            }
            node = t.child(node, bytes[e]);
            e += 1;
        }
    }

    /// Every occurrence that passes the word-boundary and case checks (see [`Found`]).
    pub(crate) fn scan(&self, text: &str) -> Found {
        let bytes = text.as_bytes();
        let mut raw = Vec::with_capacity(text.len() / 16); // (about one occurrence per 30 bytes of news)
        let mut i = 0;
        // Whether the character before `i` is alphanumeric.
        let mut after_word = false;
        while i < bytes.len() {
            let b = bytes[i];
            if !after_word && self.trie.class[b as usize] != 0 {
                // Walk only where some form begins with the word found there.
                let (h, run_end) = first_run(text, i);
                let words = if b.is_ascii_lowercase() { &self.lower_first_words } else { &self.first_words };
                if words.may_begin(h) {
                    self.walk(text, i, &mut raw);
                }
                if run_end > i {
                    // No form starts inside a word.
                    i = run_end;
                    after_word = true;
                    continue;
                }
            }
            if b < 0x80 {
                after_word = b.is_ascii_alphanumeric();
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                after_word = c.is_alphanumeric();
                i += c.len_utf8();
            }
        }
        Found { raw, len: text.len(), hash: text_hash(text) }
    }

    /// The hit of [`Matcher::find`] that spans the whole text, if any.
    pub(crate) fn find_whole<'k>(&'k self, text: &str) -> Option<Hit<'k>> {
        if text.is_empty() {
            return None;
        }
        let mut raw = Vec::new();
        // the longest occurrence at 0 is the first hit; only it can span the whole text
        self.walk(text, 0, &mut raw);
        raw.retain(|r| r.1 as usize == text.len());
        self.choose(&raw, text, text.len()).pop()
    }

    pub(crate) fn find<'k>(&'k self, text: &str) -> Vec<Hit<'k>> {
        let found = self.scan(text);
        self.choose(&found.raw, text, text.len())
    }

    /// What [`Matcher::find`] gives for `text[start..end]` (offsets relative to `start`), from
    /// the occurrences `found` of the whole `text`.
    pub(crate) fn find_within<'k>(&'k self, found: &Found, text: &str, start: usize, end: usize) -> Vec<Hit<'k>> {
        let sub = &text[start..end];
        // Boundaries are judged on the whole text: the same as on the part only when the
        // characters just outside it are no word characters.
        let same = found.len == text.len() && !(start > 0 && is_word_char_before(text, start)) && !(end < text.len() && is_word_char_after(text, end));
        debug_assert!(found.len != text.len() || found.is_for(text), "`found` was made from another text");
        if !same {
            return self.find(sub);
        }
        let lo = found.raw.partition_point(|r| (r.0 as usize) < start);
        let hi = lo + found.raw[lo..].partition_point(|r| (r.0 as usize) < end);
        let mut hits = self.choose(&found.raw[lo..hi], text, end);
        for h in &mut hits {
            h.start -= start;
            h.end -= start;
        }
        hits
    }

    /// The leftmost-longest choice among occurrences sorted by start then end that end by
    /// `end`, with candidates.
    fn choose<'k>(&'k self, raw: &[(u32, u32, u32)], text: &str, end: usize) -> Vec<Hit<'k>> {
        let mut out: Vec<Hit<'k>> = Vec::new();
        let mut last_end = 0;
        let mut k = 0;
        while k < raw.len() {
            // the longest occurrence at this start is the last of its run that ends in time
            let s = raw[k].0;
            let mut best = None;
            while k < raw.len() && raw[k].0 == s {
                if raw[k].1 as usize <= end {
                    best = Some(raw[k]);
                }
                k += 1;
            }
            let Some((s, e, pid)) = best else { continue };
            let (s, e, pid) = (s as usize, e as usize, pid as usize);
            if s >= last_end {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kb;

    /// The plain definition the trie search must equal: every span on word boundaries whose
    /// ASCII-lower-cased text is a form and that passes the case check, then leftmost-longest.
    fn reference(m: &Matcher, text: &str) -> Vec<(usize, usize, Vec<Candidate>)> {
        let by_lc: HashMap<String, usize> = m.forms.iter().enumerate().map(|(i, f)| (f[0].text.to_ascii_lowercase(), i)).collect();
        let longest = by_lc.keys().map(String::len).max().unwrap_or(0);
        let mut raw = Vec::new();
        for s in (0..text.len()).filter(|&s| text.is_char_boundary(s)) {
            if s > 0 && is_word_char_before(text, s) {
                continue;
            }
            for e in (s + 1..=text.len().min(s + longest)).filter(|&e| text.is_char_boundary(e)) {
                if e < text.len() && is_word_char_after(text, e) {
                    continue;
                }
                let found = &text[s..e];
                if let Some(&pid) = by_lc.get(&found.to_ascii_lowercase()) {
                    if m.forms[pid].iter().any(|f| case_ok(f, found)) {
                        raw.push((s, e, pid));
                    }
                }
            }
        }
        raw.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::new();
        let mut last_end = 0;
        for (s, e, pid) in raw {
            if s >= last_end {
                let cands = m.forms[pid].iter().filter(|f| case_ok(f, &text[s..e])).fold(Candidates::new(), |mut c, f| {
                    c.push(f.cand);
                    c
                });
                out.push((s, e, cands.to_vec()));
                last_end = e;
            }
        }
        out
    }

    fn found(m: &Matcher, text: &str) -> Vec<(usize, usize, Vec<Candidate>)> {
        m.find(text).into_iter().map(|h| (h.start, h.end, h.candidates.to_vec())).collect()
    }

    fn spans(m: &Matcher, text: &str) -> Vec<String> {
        let got = found(m, text);
        assert_eq!(got, reference(m, text), "{text:?}");
        got.iter().map(|h| text[h.0..h.1].to_string()).collect()
    }

    #[test]
    fn edge_cases_match_the_plain_definition() {
        let m = &Kb::builtin().matcher;
        // a form at the very end, and the whole text
        assert_eq!(spans(m, "talks in Syria"), ["Syria"]);
        assert_eq!(spans(m, "Syria"), ["Syria"]);
        // word boundaries next to multi-byte characters: a letter glues, a dash does not
        assert_eq!(spans(m, "éSyria Syriaé"), Vec::<String>::new());
        assert_eq!(spans(m, "\u{2014}Syria\u{2014}"), ["Syria"]);
        assert_eq!(spans(m, "«Syria»"), ["Syria"]);
        // sentence-initial capitalisation of a lower-case first letter; any case for titles only
        assert_eq!(spans(m, "SYRIA syria"), Vec::<String>::new());
        assert_eq!(spans(m, "Foreign Minister and FOREIGN MINISTER"), ["Foreign Minister", "FOREIGN MINISTER"]);
        // overlapping candidates: the longest at the leftmost start wins
        assert_eq!(spans(m, "the Syrian Foreign Minister"), ["Syrian", "Foreign Minister"]);
        assert_eq!(spans(m, "United States Secretary of State"), ["United States", "Secretary of State"]);
        // nothing at all, and empty text
        assert_eq!(spans(m, ""), Vec::<String>::new());
        assert_eq!(spans(m, "zzz qqq"), Vec::<String>::new());
    }

    /// Texts glued from real forms, odd case, separators and multi-byte letters: the trie search
    /// equals the plain definition, and `find_within` equals `find` on every part.
    #[test]
    fn random_texts_match_the_plain_definition() {
        let m = &Kb::builtin().matcher;
        let forms: Vec<&str> = m.forms.iter().flat_map(|f| f.iter().map(|x| x.text.as_str())).collect();
        let seps = [" ", " ", ", ", ". ", "-", "'", "é", "\u{2014}", "x", "\n\n", " the ", " of "];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..1 + next(8) {
                let f = forms[next(forms.len())];
                match next(6) {
                    0 => text.push_str(&f.to_ascii_uppercase()),
                    1 => text.push_str(&f.to_ascii_lowercase()),
                    // a prefix of a form: a walk that dies inside it
                    2 => text.push_str(&f[..f.char_indices().nth(f.chars().count() / 2).map_or(f.len(), |x| x.0)]),
                    _ => text.push_str(f),
                }
                text.push_str(seps[next(seps.len())]);
            }
            spans(m, &text);
            for part in text.split([',', '.', '\n']) {
                let whole = m.find_whole(part).map(|h| (h.start, h.end, h.candidates.to_vec()));
                assert_eq!(whole, found(m, part).into_iter().find(|h| h.0 == 0 && h.1 == part.len()), "{part:?}");
            }
            let all = m.scan(&text);
            let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for _ in 0..10 {
                let (mut a, mut b) = (cuts[next(cuts.len())], cuts[next(cuts.len())]);
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                let within: Vec<_> = m.find_within(&all, &text, a, b).into_iter().map(|h| (h.start, h.end, h.candidates.to_vec())).collect();
                assert_eq!(within, found(m, &text[a..b]), "{text:?} {a}..{b}");
            }
        }
        // a scan of a text of another length is not used
        let other = m.scan("Syria, Iran");
        assert!(!other.is_for("Iran and Syria") && m.scan("Iran and Syria").is_for("Iran and Syria"));
        let hits: Vec<_> = m.find_within(&other, "Iran and Syria", 0, 4).into_iter().map(|h| (h.start, h.end)).collect();
        assert_eq!(hits, [(0, 4)]);
    }
}
