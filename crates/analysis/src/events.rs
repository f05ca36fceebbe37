//! Events: predicates (verbal and nominal) from the lexicon, roles, status, attribution,
//! date and place, coded in PLOVER and CAMEO.
//!
//! Per sentence of the article (on [`Article::norm`]):
//! 1. tokens (words, possessive `'s`, punctuation; quotes are dropped; lower-case hyphen
//!    compounds stay one word, a dash never joins) and the actor mentions of the sentence; a
//!    demonym in a role position ("the *Iranian* proposal") stands for its state
//!    ([`find_events_adding_actors`] adds that state to the actors when needed);
//! 2. clauses: `;`/`:`, `, but`, `while`/`whereas`/`although`/`because`/`until`, a sentence-initial
//!    subordinate clause ("After X, ..."), conditional `if`/`unless`, complement/relative
//!    `that`/`which`/`who` and dash or bracket parentheticals; roles do not cross a clause
//!    boundary, except that a relative clause without a subject takes its antecedent;
//! 3. attribution: "according to X", reporting clauses ("X said", "X told Y", ", said X"),
//!    "reportedly"; their words are excluded from roles (the reporter is not a party), and the
//!    speaker's own act ("X said it had ...") stays asserted;
//! 4. triggers: lexicon matches, longest first (ties: more literal words), no overlap; a
//!    trigger inside the complement of an earlier complement-taking trigger ("urged X to *meet*
//!    Y", "accused X of *attacking*") is content, not an event; a bare infinitive ("to meet") is
//!    an event only under an intent marker ("wants to meet": intended); a verb form after a
//!    determiner is a noun ("the strikes");
//! 5. roles: verbal = subject (left, with coordination, shared-span groups, pronouns, relative
//!    antecedents, "they"/"the two sides" = the latest pair, participles after a comma take the
//!    previous predicate's subject) and object (right, skipping locative, "including/through/via"
//!    phrases and reporting clauses; a "that"-complement's subject for demand/warn verbs);
//!    passive = by-agent and subject; nominal = possessive/premodifier and
//!    "with/between/on/of/involving" phrases; mediators and hosts ("mediated by", "hosted by")
//!    become other participants; an attack or seizure "in X" with no other target targets X's
//!    state, a withdrawal "from X" too;
//! 6. status (denied > hypothetical > intended > reported > asserted) from the verb group and,
//!    for nouns, the clause predicate ("is not on the table", "would be"); a denial covers its
//!    complement; "X will not withdraw/negotiate/release" is a refusal (REJECT, stated);
//! 7. date: the nearest time expression of the clause ([`crate::times::find_times`], never the
//!    publication date); place: an "in/at/near" place of the clause
//!    ([`crate::places::find_places`]) or, for attacks, a gazetteer place in object position;
//! 8. discourse: duplicates in a sentence merge (a noun restating a verb); an answer
//!    (AGREE/REJECT/CONCEDE/RETREAT) with no target answers the latest request or threat aimed at
//!    its source, a counter-attack the latest attack on it; opposing clauses of one sentence
//!    ("While X demanded ..., Y insists ...") are each other's targets; "reiterated this position"
//!    repeats the previous position-taking event; intended cooperation is coded AGREE (PLOVER
//!    rule);
//! 9. output is dyadic: a source with a country, and a target, except for protests and
//!    mobilisations; symmetric types (CONSULT, AGREE, COOPERATE) need two parties.
//!
//! Attribution from a previous sentence is inherited only by a sentence that has none of its
//! own, whose event has the same source actor as the previous sentence's event and which says
//! "also" ("According to the readout, X welcomed ... X also urged ..."): a deliberately narrow
//! continuation rule.

use crate::actors::{ActorKind, ActorSet};
use crate::codes::Codes;
use crate::lexicon::{Entry, Lexicon, Match, Pos};
use crate::{places::PlaceMention, times::TimeExpr};
use chancery_article::Article;
use chancery_kb::Kb;

/// Epistemic status of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Stated as fact by the article.
    Asserted,
    /// Reported on someone else's word ("reportedly", "officials said").
    Reported,
    /// Intended or planned ("wants to", "will").
    Intended,
    /// Hypothetical or conditional ("would", "could", "if").
    Hypothetical,
    /// Denied or negated.
    Denied,
}

impl Status {
    /// Lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Asserted => "asserted",
            Status::Reported => "reported",
            Status::Intended => "intended",
            Status::Hypothetical => "hypothetical",
            Status::Denied => "denied",
        }
    }
}

/// Who says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The text that carries the attribution ("U.S. and Israeli officials told Axios").
    pub text: String,
    /// Byte span of that text in [`Article::norm`].
    pub span: (usize, usize),
    /// The chain of sources, outermost first ("Axios", "U.S. and Israeli officials").
    pub chain: Vec<String>,
}

/// A participant of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    /// Index into the article's actors.
    pub actor: usize,
    /// Byte span of the mention that fills the role (for a pronoun: the pronoun).
    pub span: (usize, usize),
}

/// An event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// PLOVER event type (`CONSULT`).
    pub plover: String,
    /// PLOVER mode, if any (`visit`).
    pub mode: Option<String>,
    /// CAMEO code (`044`).
    pub cameo: String,
    /// Goldstein score of the CAMEO code.
    pub goldstein: f32,
    /// Source actor.
    pub source: Option<Role>,
    /// Target actor.
    pub target: Option<Role>,
    /// Other participants (mediators, hosts, extra parties).
    pub others: Vec<Role>,
    /// Country codes of every party.
    pub participants: Vec<String>,
    /// The event's own date (offsets into [`Article::norm`]).
    pub date: Option<TimeExpr>,
    /// Where it happened.
    pub location: Option<PlaceMention>,
    /// Status.
    pub status: Status,
    /// Attribution.
    pub attribution: Option<Attribution>,
    /// Index of the sentence that states it.
    pub sentence: usize,
    /// Byte span of the evidence (the sentence).
    pub evidence: (usize, usize),
    /// Byte span of the predicate.
    pub trigger: (usize, usize),
    /// Confidence in 0..1.
    pub confidence: f32,
    /// True when the target was not stated in the sentence but inferred from the discourse
    /// (an answer to a request, an opposing clause, a repeated position).
    pub implicit_target: bool,
    /// True when the sentence does not date the event and `date` is the date of the scene it is
    /// told in: an earlier dated event of the same paragraph ([`crate::scene`]).
    pub date_inherited: bool,
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Poss,
    Comma,
    Semi,
    Colon,
    Dash,
    Hyphen,
    Open,
    Close,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    k: Tk,
}

/// `w` copied into `buf`, or "" when it is longer than `buf` (callers compare it only with
/// shorter words).
fn short_copy<'b>(w: &str, buf: &'b mut [u8; 16]) -> &'b str {
    let Some(dst) = buf.get_mut(..w.len()) else { return "" };
    dst.copy_from_slice(w.as_bytes());
    std::str::from_utf8(dst).unwrap_or("")
}

/// The character at byte `i` of `t` (ASCII fast path; `i` is a char boundary below `t.len()`).
#[inline]
fn char_at(t: &str, i: usize) -> char {
    match t.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b as char,
        _ => t[i..].chars().next().unwrap_or(' '),
    }
}

/// Tokenises a sentence (`t` = normalised text, `orig` = original text of the same span, used
/// only to tell a dash from a hyphen).
fn tokenize(t: &str, orig: &str) -> Vec<Tok> {
    let b = t.as_bytes();
    // the original character at a byte offset of `t` (only dashes are ever asked for); when the
    // two texts have the same length they are byte-aligned, otherwise a per-sentence map
    let orig_map: Vec<(usize, char)> = if orig.len() == t.len() {
        Vec::new()
    } else {
        t.char_indices().map(|(i, _)| i).zip(orig.chars()).filter(|(i, _)| b[*i] == b'-').collect()
    };
    let orig_char_at = |i: usize| -> char {
        if orig.len() == t.len() {
            orig[i..].chars().next().unwrap_or('-')
        } else {
            orig_map.binary_search_by_key(&i, |x| x.0).map_or('-', |k| orig_map[k].1)
        }
    };
    let mut out = Vec::with_capacity(t.len() / 4);
    let mut i = 0;
    let is_w = |c: char| c.is_alphanumeric();
    while i < b.len() {
        let c = char_at(t, i);
        let cl = c.len_utf8();
        if is_w(c) {
            let s = i;
            let mut j = i;
            while j < b.len() {
                if b[j].is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let d = char_at(t, j);
                if is_w(d) {
                    j += d.len_utf8();
                    continue;
                }
                // thousands separators ("5,000 troops" is one word, not a clause break)
                if d == ',' && j + 3 < b.len() + 1 && b[s..j].iter().all(|c| c.is_ascii_digit() || *c == b',') && b.get(j + 1..j + 4).is_some_and(|x| x.iter().all(|c| c.is_ascii_digit())) && !b.get(j + 4).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                    continue;
                }
                // U.S. / U.N. style abbreviations, decimal points.
                if d == '.' && j + 1 < b.len() && (b[j + 1] as char).is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                if d == '.' && j >= 1 && (b[j - 1] as char).is_ascii_uppercase() && (j < 2 || b[j - 2] == b'.') {
                    j += 1;
                    continue;
                }
                // lower-case hyphenated compounds stay one word (sit-in, cease-fire, test-fired)
                if d == '-'
                    && j + 1 < b.len()
                    && (b[j + 1] as char).is_ascii_lowercase()
                    && j > s
                    && (b[j - 1] as char).is_ascii_lowercase()
                    && t[s..j].chars().next().is_some_and(|c| c.is_lowercase())
                    && orig_char_at(j) == '-'
                {
                    j += 1;
                    continue;
                }
                // Inner apostrophe (Sa'ar, didn't) but not the possessive 's.
                if d == '\'' && j + 1 < b.len() && (b[j + 1] as char).is_alphanumeric() {
                    let poss = (b[j + 1] == b's' || b[j + 1] == b'S') && (j + 2 >= b.len() || !(b[j + 2] as char).is_alphanumeric());
                    if !poss {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            out.push(Tok { s, e: j, k: Tk::Word });
            i = j;
            continue;
        }
        let k = match c {
            '\'' => {
                if i + 1 < b.len() && (b[i + 1] == b's' || b[i + 1] == b'S') && (i + 2 >= b.len() || !(b[i + 2] as char).is_alphanumeric()) && !out.is_empty() {
                    out.push(Tok { s: i, e: i + 2, k: Tk::Poss });
                    i += 2;
                    continue;
                }
                if i > 0 && b[i - 1] == b's' && (i + 1 >= b.len() || b[i + 1] == b' ') {
                    // plural possessive ("allies' talks")
                    out.push(Tok { s: i, e: i + 1, k: Tk::Poss });
                    i += 1;
                    continue;
                }
                None
            }
            '"' => None,
            ',' => Some(Tk::Comma),
            ';' => Some(Tk::Semi),
            ':' => Some(Tk::Colon),
            '(' | '[' => Some(Tk::Open),
            ')' | ']' => Some(Tk::Close),
            '-' => {
                let spaced = (i > 0 && b[i - 1] == b' ') || (i + 1 < b.len() && b[i + 1] == b' ');
                let oc = orig_char_at(i);
                if spaced || oc == '\u{2014}' || oc == '\u{2013}' || (i + 1 < b.len() && b[i + 1] == b'-') {
                    Some(Tk::Dash)
                } else {
                    Some(Tk::Hyphen)
                }
            }
            c if c.is_whitespace() => None,
            _ => Some(Tk::Other),
        };
        if let Some(k) = k {
            // collapse "--"
            if k == Tk::Dash && out.last().is_some_and(|l: &Tok| l.k == Tk::Dash && l.e == i) {
                out.last_mut().unwrap().e = i + cl;
            } else {
                out.push(Tok { s: i, e: i + cl, k });
            }
        }
        i += cl;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Word lists

const REPORT_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "noted", "stated", "confirmed", "claimed", "wrote", "acknowledged", "explained",
    "reported", "disclosed", "revealed", "insisted", "argued", "asserted", "maintained", "testified", "tweeted", "posted", "announced",
];
const REPORT_NOUNS: &[&str] = &[
    "officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson", "diplomats", "diplomat", "readout",
    "statement", "ministry", "office", "people", "person", "aides", "aide", "he", "she", "they", "report", "reports", "media",
    "agency", "minister", "president", "analysts", "observers", "witnesses", "residents", "activists", "it", "negotiators", "heads",
    "head", "team", "teams", "leaders", "leader", "government", "army", "military", "police", "commander", "mediators", "council",
    "envoy", "prosecutors", "investigators", "television", "newspaper", "sides", "both", "we", "i", "spokesmen",
];
const NEG_WORDS: &[&str] = &["not", "never", "neither", "nor", "without"];
const HYP_WORDS: &[&str] = &["would", "could", "might", "may", "should", "if", "unless", "whether", "possible", "potential", "possibly", "hypothetical", "prospective", "perhaps"];
const INTENT_HEADS: &[&str] = &[
    "plan", "plans", "planned", "planning", "want", "wants", "wanted", "aim", "aims", "aimed", "seek", "seeks", "sought", "seeking", "hope",
    "hopes", "hoped", "hoping", "intend", "intends", "intended", "expected", "set", "scheduled", "due", "poised", "ready", "prepared",
    "willing", "going", "wish", "wishes", "eager", "keen", "preparing", "prepares", "expects", "expect", "tries", "trying", "try", "tried",
    "attempt", "attempts", "efforts", "effort", "bid", "is", "are",
];
const INTENT_WORDS: &[&str] = &["will", "shall", "upcoming", "planned", "proposed", "forthcoming", "scheduled", "next", "future", "expected"];
const SKIP_PREPS: &[&str] = &["in", "at", "near", "including", "through", "via", "by", "during", "under", "like", "despite", "after", "before", "since", "as", "outside", "inside", "among", "amid", "without", "except", "besides", "behind"];
const BE_AUX: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"];
const ADVERBS: &[&str] = &[
    "reportedly", "also", "further", "previously", "recently", "later", "then", "already", "again", "allegedly", "repeatedly", "historically",
    "now", "still", "once", "formally", "officially", "publicly", "quietly", "secretly", "reportedly", "just", "jointly", "separately",
    "briefly", "personally", "directly", "indirectly", "first", "finally", "eventually", "subsequently", "apparently", "initially", "strongly",
    "sharply", "firmly", "openly", "has", "have", "had", "did", "does", "do", "soon", "swiftly", "quickly", "immediately", "effectively",
];
const ROLE_NOUNS: &[&str] = &[
    "envoy", "special", "counterpart", "ambassador", "minister", "foreign", "defense", "defence", "prime", "president", "leader", "spokesman",
    "spokeswoman", "spokesperson", "representative", "chief", "commander", "adviser", "advisor", "top", "senior", "deputy", "secretary",
    "negotiator", "emissary", "aide", "head", "delegation", "delegate",
];
const PREPS: &[&str] = &["on", "of", "in", "with", "against", "at", "to", "from", "by", "for", "into", "between", "near", "over", "about", "toward", "towards"];
const PRON_PERSON: &[&str] = &["he", "she", "his", "her", "him"];
const PRON_OTHER: &[&str] = &["they", "their", "its", "it", "them"];
const IRREG_PART: &[&str] = &[
    "met", "held", "seen", "given", "struck", "hit", "shot", "taken", "beaten", "made", "brought", "sent", "won", "drawn", "told", "sought",
    "fought", "caught", "led", "built", "put", "set", "cut", "frozen", "broken", "overrun", "overthrown", "blown", "withdrawn", "freed",
];

/// Heads of a noun phrase naming the two parties of the latest pair after "both", "two" or
/// "either" ("both sides", "the two countries", "either government").
const PAIR_HEADS: &[&str] = &["sides", "countries", "leaders", "governments", "neighbours", "neighbors", "parties", "delegations", "militaries", "armies", "men", "ministers"];
/// Singular heads after "either" ("either side", "either country").
const PAIR_HEADS_ONE: &[&str] = &["side", "country", "party", "government"];

/// Nouns naming a claim or an offer that a later clause answers in apposition ("..., a charge
/// Kyiv rejected", "..., a claim Beirut disputes", "..., a proposal the ruling party rejected").
const CLAIM_NOUNS: &[&str] = &[
    "charge", "charges", "claim", "claims", "accusation", "accusations", "allegation", "allegations", "assertion", "proposal", "condition",
    "demand", "offer", "request", "account", "version", "characterisation", "characterization", "description",
];

/// The claim noun of an apposition that the verb at `t0` answers: ", a|an [word] CLAIM <subject
/// of at most five words> <verb>" with no comma or clause word in between.
fn claim_apposition(s: &Sent, t0: usize) -> Option<usize> {
    let mut k = t0;
    while k > 0 && t0 - k < 8 {
        k -= 1;
        let t = s.toks[k];
        if t.k != Tk::Word && t.k != Tk::Poss && t.k != Tk::Hyphen {
            return None;
        }
        let w = s.w(k);
        if matches!(w, "which" | "that") && k > 0 && is_in(s.w(k - 1), CLAIM_NOUNS) {
            continue;
        }
        if matches!(w, "which" | "that" | "who" | "and" | "but" | "said" | "says") {
            return None;
        }
        if is_in(w, CLAIM_NOUNS) {
            // the subject of the verb sits between the noun (and "which"/"that") and the verb
            if k + 1 >= t0 || k + 2 == t0 && matches!(s.w(k + 1), "which" | "that") {
                return None;
            }
            let det = (k.saturating_sub(2)..k).rev().find(|&x| matches!(s.w(x), "a" | "an"))?;
            return (det > 0 && s.toks[det - 1].k == Tk::Comma && (det + 1..k).all(|x| s.toks[x].k == Tk::Word)).then_some(k);
        }
    }
    None
}

/// Whether tokens `k`, `k + 1` are a pair noun phrase ("both sides", "the *two* countries",
/// "either country"): `Some(true)` for "either" (each party on its own), `Some(false)` for the
/// pair together.
fn pair_np(s: &Sent, k: usize) -> Option<bool> {
    let (d, h) = (s.w(k), s.w(k + 1));
    match d {
        "both" | "two" if is_in(h, PAIR_HEADS) => Some(false),
        "either" if is_in(h, PAIR_HEADS) || is_in(h, PAIR_HEADS_ONE) => Some(true),
        _ => None,
    }
}

fn is_in(w: &str, list: &[&str]) -> bool {
    list.contains(&w)
}

// ---------------------------------------------------------------------------------------------
// Per-sentence working state

struct Sent<'a> {
    /// Absolute byte offset of the sentence in `norm`.
    base: usize,
    /// Normalised sentence text.
    text: &'a str,
    /// Lower-cased copy (same byte offsets).
    lower: String,
    toks: Vec<Tok>,
    /// Mention index covering each token.
    ment_at: Vec<Option<u16>>,
    /// Mentions: (first token, end token, actor, abs start, abs end).
    ments: Vec<(usize, usize, usize, usize, usize)>,
    /// Clause id per token.
    cl: Vec<u16>,
    /// Parent of each clause (nested clauses: relative, parenthetical).
    parent: Vec<Option<u16>>,
    /// First token of each clause.
    cstart: Vec<usize>,
    /// Clause opened by a relative pronoun / "that".
    crel: Vec<bool>,
    /// Conditional clause ("if", "unless").
    ccond: Vec<bool>,
    /// Token lies in an attribution phrase.
    in_attr: Vec<bool>,
    /// Sibling boundaries (token index where a new sibling clause starts).
    sib: Vec<usize>,
    /// Token spans of demonym mentions added by this stage.
    weak: Vec<(usize, usize)>,
}

impl<'a> Sent<'a> {
    /// Sorts mentions by position and rebuilds the token index.
    fn ments_sorted(&mut self) {
        self.ments.sort_by_key(|m| (m.0, m.1));
        self.ment_at.iter_mut().for_each(|x| *x = None);
        for (mi, m) in self.ments.iter().enumerate() {
            for x in m.0..m.1 {
                if self.ment_at[x].is_none() {
                    self.ment_at[x] = Some(mi as u16);
                }
            }
        }
    }
    fn w(&self, k: usize) -> &str {
        match self.toks.get(k) {
            Some(t) if t.k == Tk::Word => &self.lower[t.s..t.e],
            Some(t) if t.k == Tk::Hyphen => "-",
            Some(t) if t.k == Tk::Poss => "'s",
            _ => "",
        }
    }
    fn abs(&self, k0: usize, k1: usize) -> (usize, usize) {
        (self.base + self.toks[k0].s, self.base + self.toks[k1 - 1].e)
    }
    fn orig_text(&self, k0: usize, k1: usize) -> &str {
        &self.text[self.toks[k0].s..self.toks[k1 - 1].e]
    }
    /// True when token `k` belongs to clause `c` itself (not a nested one).
    fn in_clause(&self, k: usize, c: u16) -> bool {
        self.cl[k] == c
    }
    /// True when token `k` is in a clause nested (at any depth) inside `c`.
    fn nested_in(&self, k: usize, c: u16) -> bool {
        let mut x = self.cl[k];
        while let Some(p) = self.parent[x as usize] {
            if p == c {
                return true;
            }
            x = p;
        }
        false
    }
    /// Tokens of clause `c` (skipping nested clauses) from `from` going left.
    fn left_in_clause(&self, from: usize, c: u16) -> impl Iterator<Item = usize> + '_ {
        (0..from).rev().take_while(move |&k| self.in_clause(k, c) || self.nested_in(k, c)).filter(move |&k| self.in_clause(k, c))
    }
    fn right_in_clause(&self, from: usize, c: u16) -> impl Iterator<Item = usize> + '_ {
        (from..self.toks.len()).take_while(move |&k| self.in_clause(k, c) || self.nested_in(k, c)).filter(move |&k| self.in_clause(k, c))
    }
}

/// Whether ", and" at token `k` opens a new clause with its own subject: an actor (or "the two
/// countries", "both sides") followed, after at most three auxiliaries or adverbs, by a trigger
/// ("X struck A, and Y bombed B"; not "X met A, B, and C").
fn and_new_subject(s: &Sent, k: usize, trig_first: &[usize]) -> bool {
    let n = s.toks.len();
    let mut j = k + 1;
    if j < n && matches!(s.w(j), "the" | "its" | "their") && s.ment_at.get(j).copied().flatten().is_none() {
        j += 1;
    }
    let subj_end = if let Some(m) = s.ment_at.get(j).copied().flatten() {
        // the last mention of a run ("Kenyan President William Ruto" may be two mentions)
        let mut e = s.ments[m as usize].1;
        while let Some(m2) = s.ment_at.get(e).copied().flatten() {
            e = s.ments[m2 as usize].1;
        }
        e
    } else if pair_np(s, j) == Some(false) {
        j + 2
    } else {
        return false;
    };
    let mut x = subj_end;
    for _ in 0..4 {
        if trig_first.contains(&x) {
            return true;
        }
        let w = s.w(x);
        if !(is_in(w, ADVERBS) || matches!(w, "will" | "would" | "is" | "are" | "was" | "were" | "also" | "later" | "then")) {
            return false;
        }
        x += 1;
    }
    false
}

fn build_clauses(s: &mut Sent, trig_first: &[usize]) {
    let n = s.toks.len();
    s.cl = vec![0; n];
    s.parent = vec![None];
    s.cstart = vec![0];
    s.crel = vec![false];
    s.ccond = vec![false];
    let mut cur: u16 = 0;
    let mut stack: Vec<(u16, Tk)> = Vec::new(); // open nested clauses: (parent, closer kind)
    let initial_sub = matches!(s.w(0), "after" | "before" | "while" | "although" | "though" | "when" | "since" | "because" | "if" | "unless" | "as" | "once" | "whereas" | "until");
    let mut in_initial = initial_sub;
    let new_clause = |s: &mut Sent, parent: Option<u16>, start: usize, rel: bool, cond: bool| -> u16 {
        s.parent.push(parent);
        s.cstart.push(start);
        s.crel.push(rel);
        s.ccond.push(cond);
        (s.parent.len() - 1) as u16
    };
    if initial_sub && matches!(s.w(0), "if" | "unless") {
        s.ccond[0] = true;
    }
    let mut k = 0;
    let mut wbuf = [0u8; 16];
    while k < n {
        let t = s.toks[k];
        // a copy on the stack (no allocation per token): it is only compared with short words
        let w = short_copy(s.w(k), &mut wbuf);
        let prev_comma = k > 0 && s.toks[k - 1].k == Tk::Comma;
        match t.k {
            Tk::Semi | Tk::Colon => {
                stack.clear();
                in_initial = false;
                cur = new_clause(s, None, k + 1, false, false);
                s.sib.push(k);
                s.cl[k] = cur;
                k += 1;
                continue;
            }
            Tk::Dash | Tk::Open => {
                if t.k == Tk::Dash && stack.last().is_some_and(|x| x.1 == Tk::Dash) {
                    let (p, _) = stack.pop().unwrap();
                    s.cl[k] = cur;
                    cur = p;
                    k += 1;
                    continue;
                }
                let p = cur;
                cur = new_clause(s, Some(p), k + 1, false, false);
                stack.push((p, if t.k == Tk::Dash { Tk::Dash } else { Tk::Close }));
                s.cl[k] = p;
                k += 1;
                continue;
            }
            Tk::Close => {
                if stack.last().is_some_and(|x| x.1 == Tk::Close) {
                    let (p, _) = stack.pop().unwrap();
                    cur = p;
                }
                s.cl[k] = cur;
                k += 1;
                continue;
            }
            Tk::Comma => {
                // a relative clause ", who ...," closes at the next comma
                if stack.last().is_some_and(|x| x.1 == Tk::Comma) {
                    let (p, _) = stack.pop().unwrap();
                    s.cl[k] = cur;
                    cur = p;
                    k += 1;
                    continue;
                }
                if in_initial {
                    in_initial = false;
                    s.cl[k] = cur;
                    cur = new_clause(s, None, k + 1, false, false);
                    s.sib.push(k + 1);
                    k += 1;
                    continue;
                }
            }
            Tk::Word => {
                let sib_word = matches!(w, "but" | "while" | "whereas" | "although" | "though" | "yet");
                let subordinator = matches!(w, "while" | "whereas" | "although" | "because" | "until") && k > 0;
                if (sib_word && (prev_comma || (w == "but" && k > 0))) || subordinator || (w == "and" && (prev_comma || k > 0 && s.toks[k - 1].k == Tk::Word && s.ment_at[k - 1].is_none() && !trig_first.iter().any(|&f| f + 1 == k)) && and_new_subject(s, k, trig_first)) {
                    stack.clear();
                    cur = new_clause(s, None, k, false, false);
                    s.sib.push(k);
                } else if matches!(w, "if" | "unless") && k > 0 {
                    cur = new_clause(s, None, k, false, true);
                    s.sib.push(k);
                } else if prev_comma && subject_parenthetical(s, k, s.cstart[cur as usize], &trig_first) {
                    // "Israel, backed by the United States, struck Iran", "Iran, with Russian
                    // help, ...": a parenthetical between a clause's subject and its verb is a
                    // nested clause closed by the next comma
                    let p = cur;
                    cur = new_clause(s, Some(p), k, true, false);
                    stack.push((p, Tk::Comma));
                } else if matches!(w, "who" | "which" | "whom" | "whose") && k > 0 {
                    let p = cur;
                    cur = new_clause(s, Some(p), k, true, false);
                    if prev_comma {
                        stack.push((p, Tk::Comma));
                    }
                } else if w == "that" && k > 1 && s.w(k - 1) == "and" && s.toks[k - 2].k == Tk::Comma && s.crel[cur as usize] {
                    // "said that A ..., and that B ...": a second complement beside the first
                    let p = s.parent[cur as usize];
                    cur = new_clause(s, p, k, true, false);
                } else if w == "that" && k > 0 && !matches!(s.w(k - 1), "of" | "in" | "on" | "at" | "with" | "for" | "about" | "like" | "from" | "by" | "to" | "and" | "so" | "such" | "than" | "after" | "before") {
                    // complement or relative "that": a new clause (not a sibling boundary for
                    // complement scope)
                    let p = cur;
                    cur = new_clause(s, Some(p), k, true, false);
                }
            }
            _ => {}
        }
        s.cl[k] = cur;
        k += 1;
    }
}

/// Whether token `k`, right after a comma, opens a parenthetical between a clause's subject and
/// its verb: the comma follows an actor mention that starts the clause (after at most a
/// determiner), `k` is a participle ("backed", "acting", "shaken") or one of a few prepositions
/// ("with", "despite", "under"), and a later comma closes the phrase before a trigger.
fn subject_parenthetical(s: &Sent, k: usize, clause_start: usize, trig_first: &[usize]) -> bool {
    if k < 2 || s.ment_at[k - 2].is_none() {
        return false;
    }
    let m = s.ments[s.ment_at[k - 2].unwrap() as usize];
    if m.1 != k - 1 || !(m.0 == clause_start || m.0 == clause_start + 1 && matches!(s.w(clause_start), "the" | "The")) {
        return false;
    }
    let w = s.w(k);
    let opener = (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && w.chars().all(|c| c.is_ascii_lowercase()))
        || is_in(w, IRREG_PART)
        || matches!(w, "with" | "despite" | "under" | "amid" | "along");
    if !opener || trig_first.contains(&k) && !w.ends_with("ed") {
        return false;
    }
    // the closing comma, then a trigger soon after it
    let n = s.toks.len();
    let mut j = k + 1;
    while j < n && j < k + 12 && !matches!(s.toks[j].k, Tk::Comma | Tk::Semi | Tk::Colon | Tk::Dash) {
        j += 1;
    }
    j < n && s.toks[j].k == Tk::Comma && trig_first.iter().any(|&f| f > j && f <= j + 4)
}

fn find_attributions(s: &mut Sent, triggers: &[Match]) -> (Vec<(usize, usize, Vec<String>)>, bool) {
    let n = s.toks.len();
    s.in_attr = vec![false; n];
    let mut out = Vec::new();
    let mut reported = false;
    let in_trigger = |k: usize| triggers.iter().any(|m| k >= m.first && k < m.end);
    let strip = |x: &str| -> String {
        let x = x.trim().trim_matches(|c: char| c == ',' || c == '"');
        for d in ["a ", "an ", "the ", "A ", "An ", "The "] {
            if let Some(r) = x.strip_prefix(d) {
                return r.trim().to_string();
            }
        }
        x.to_string()
    };
    for k in 0..n {
        let w = s.w(k);
        if matches!(w, "reportedly" | "allegedly" | "purportedly" | "reputedly") {
            reported = true;
        }
        // "according to X"
        if w == "according" && s.w(k + 1) == "to" {
            let mut j = k + 2;
            while j < n && j < k + 14 && !matches!(s.toks[j].k, Tk::Comma | Tk::Semi | Tk::Colon | Tk::Dash) && !matches!(s.w(j), "that" | "who") {
                j += 1;
            }
            if j > k + 2 {
                let src = strip(s.orig_text(k + 2, j));
                for x in k..j {
                    s.in_attr[x] = true;
                }
                out.push((k, j, vec![src]));
                reported = true;
            }
            continue;
        }
        if !is_in(w, REPORT_VERBS) || in_trigger(k) || (k > 0 && s.w(k - 1) == "to") {
            continue;
        }
        // subject NP to the left, starting at the sentence start or after a comma/quote break
        let mut j = k;
        while j > 0 && k - j < 9 {
            let t = s.toks[j - 1];
            if matches!(t.k, Tk::Word | Tk::Poss | Tk::Hyphen) && !matches!(s.w(j - 1), "that" | "which" | "who") {
                j -= 1;
            } else {
                break;
            }
        }
        // an appositive subject ("The EU force, EUFOR, said"): the name between the commas
        // speaks, and the whole subject is the reporting clause
        let mut appos_from: Option<usize> = None;
        if j == k && k >= 2 && s.toks[k - 1].k == Tk::Comma {
            let mut a = k - 1;
            while a > 0 && k - 1 - a < 6 && matches!(s.toks[a - 1].k, Tk::Word | Tk::Poss | Tk::Hyphen) {
                a -= 1;
            }
            if a < k - 1 && a >= 2 && s.toks[a - 1].k == Tk::Comma && (a..k - 1).any(|x| s.ment_at[x].is_some()) {
                let mut h = a - 1;
                while h > 0 && a - 1 - h < 8 && matches!(s.toks[h - 1].k, Tk::Word | Tk::Poss | Tk::Hyphen) {
                    h -= 1;
                }
                if h == 0 && h < a - 1 && !(h..a - 1).any(|x| in_trigger(x) || is_in(s.w(x), REPORT_VERBS)) {
                    appos_from = Some(h);
                    j = a;
                }
            }
        }
        let at_break = j == 0 || matches!(s.toks[j - 1].k, Tk::Comma | Tk::Dash | Tk::Semi | Tk::Colon) || s.toks[j - 1].e + 1 < s.toks[j].s && s.text[s.toks[j - 1].e..s.toks[j].s].contains('"');
        // (with an appositive, the name's words end before the comma)
        let k_np = if appos_from.is_some() { k - 1 } else { k };
        let np_ok = j < k_np
            && (j..k_np).any(|x| s.ment_at[x].is_some() || is_in(s.w(x), REPORT_NOUNS))
            && !(j..k_np).any(in_trigger)
            && s.toks[k_np - 1].k != Tk::Poss;
        if at_break && np_ok {
            // drop a leading adverb/complementizer
            let mut np0 = j;
            while np0 < k_np && matches!(s.w(np0), "but" | "and" | "as" | "reportedly") {
                np0 += 1;
            }
            let mut end = k + 1;
            let mut chain = Vec::new();
            let speaker = strip(s.orig_text(np0, k_np));
            let np0 = appos_from.unwrap_or(np0);
            if matches!(w, "told" | "tells") {
                let mut o = k + 1;
                while o < n && o < k + 6 && s.toks[o].k == Tk::Word && !matches!(s.w(o), "that" | "on" | "in" | "last" | "this" | "during") {
                    o += 1;
                }
                if o > k + 1 {
                    let obj = strip(s.orig_text(k + 1, o));
                    if obj.chars().next().is_some_and(|c| c.is_uppercase()) {
                        chain.push(obj);
                    }
                    end = o;
                }
            }
            if !matches!(speaker.to_ascii_lowercase().as_str(), "he" | "she" | "they" | "it") || chain.is_empty() {
                chain.push(speaker);
            }
            for x in np0..end {
                s.in_attr[x] = true;
            }
            out.push((np0, end, chain));
            reported = true;
            continue;
        }
        // inverted ", said X."
        if k > 0 && s.toks[k - 1].k == Tk::Comma && matches!(w, "said" | "says" | "added" | "noted" | "wrote" | "told") {
            let mut o = k + 1;
            while o < n && matches!(s.toks[o].k, Tk::Word | Tk::Poss | Tk::Hyphen) {
                o += 1;
            }
            // (not a clause of its own: ", said it was deploying troops to X")
            let clause_like = (k + 1..o).any(|x| matches!(s.w(x), "was" | "were" | "is" | "are" | "would" | "will" | "had" | "has" | "have" | "could" | "should" | "can" | "must" | "did" | "that"))
                || (o > k + 2 && matches!(s.w(k + 1), "it" | "he" | "she" | "they" | "we" | "i"));
            if o > k + 1 && !clause_like && (k + 1..o).any(|x| s.ment_at[x].is_some() || is_in(s.w(x), REPORT_NOUNS)) {
                let speaker = strip(s.orig_text(k + 1, o));
                for x in k..o {
                    s.in_attr[x] = true;
                }
                out.push((k, o, vec![speaker]));
                reported = true;
            }
        }
    }
    (out, reported)
}

// ---------------------------------------------------------------------------------------------
// Candidates

#[derive(Debug, Clone)]
struct Cand {
    plover: String,
    mode: Option<String>,
    cameo: String,
    t0: usize,
    t1: usize,
    cid: u16,
    src: Option<Role>,
    tgt: Option<Role>,
    others: Vec<Role>,
    status: Status,
    date: Option<TimeExpr>,
    location: Option<PlaceMention>,
    implicit: bool,
    nominal: bool,
    /// Parent event (index in this sentence's candidates) for a relative clause on its trigger.
    merge_into: Option<usize>,
    /// With `merge_into`: the source of this reduced participle joins the parent's others.
    attach: bool,
    anaphor: bool,
    attr: Option<usize>,
    /// Extra participants of a multilateral event (actor indices).
    multi: Vec<Role>,
    /// Coordinated further sources of a one-way event ("France and Germany condemned X").
    co_src: Vec<Role>,
    /// Coordinated further targets of a one-way event ("X struck Syria and Lebanon").
    co_tgt: Vec<Role>,
    /// The object is a group that names no actor ("accused Western countries of ..."): the
    /// event has no target, and none is filled in from context.
    unnamed_tgt: bool,
    /// The object scan stopped at a coordinated predicate ("condemned the attacks and accused
    /// X of ...").
    obj_cut: bool,
}

/// Article-level memory across sentences.
#[derive(Default)]
struct Memory {
    /// Recent actor mentions in text order: (actor, abs start, abs end).
    recent: Vec<(usize, usize, usize)>,
    /// Events of the last sentences: (sentence index, event index in output).
    last_events: Vec<(usize, usize)>,
    /// The two parties of the latest two-party event ("the two sides", "they").
    last_dyad: Option<(Role, Role)>,
    /// Sentence of `last_dyad`.
    last_dyad_sentence: usize,
    /// The first two-party event of the article between two countries (the story's pair).
    story_dyad: Option<(Role, Role)>,
    /// Attribution and source actor of the previous sentence's events.
    prev_attr: Option<(Attribution, Option<usize>)>,
}

/// Finds the events of an article among the given actors. Parties named only by a demonym
/// ("the *Iranian* proposal", "*Israeli* airstrikes") are not actors of the set: use
/// [`find_events_adding_actors`] to keep them; here such roles are left empty.
pub fn find_events(article: &Article, kb: &Kb, actors: &ActorSet) -> Vec<Event> {
    let mut work = actors.clone();
    let n = actors.actors.len();
    let mut evs = find_events_adding_actors(article, kb, &mut work);
    for e in &mut evs {
        e.source = e.source.filter(|r| r.actor < n);
        e.target = e.target.filter(|r| r.actor < n);
        e.others.retain(|r| r.actor < n);
    }
    evs
}

/// Finds the events of an article. A party named only by a demonym in a role position ("the
/// *Iranian* proposal", "*Israeli* airstrikes", "*Pakistani* and Indian troops") becomes a
/// mention of that country's state actor, which is added to `actors` when the article has none.
pub fn find_events_adding_actors(article: &Article, kb: &Kb, actors: &mut ActorSet) -> Vec<Event> {
    let orig_len = actors.actors.len();
    let mut new_index: Vec<(usize, usize, usize)> = Vec::new();
    let found = actors.take_kb_found(kb, &article.norm);
    let mut out = find_events_inner(article, kb, &found, actors, &mut new_index);
    actors.put_kb_found(found);
    // register used demonym mentions, drop unused new actors
    let mut used = vec![false; actors.actors.len()];
    for &(_, _, a) in &new_index {
        used[a] = true;
    }
    // A new actor that fills a role is kept, with the role's span as its mention.
    for e in &out {
        for r in e.source.iter().chain(e.target.iter()).chain(e.others.iter()) {
            if r.actor >= orig_len && r.actor < used.len() && !used[r.actor] {
                used[r.actor] = true;
                new_index.push((r.span.0, r.span.1, r.actor));
            }
        }
    }
    new_index.sort();
    new_index.dedup();
    let mut remap: Vec<usize> = (0..actors.actors.len()).collect();
    let mut next = orig_len;
    for i in orig_len..actors.actors.len() {
        if used[i] {
            remap[i] = next;
            next += 1;
        } else {
            remap[i] = usize::MAX;
        }
    }
    let mut keep = 0;
    let mut i = 0;
    actors.actors.retain(|_| {
        let k = i < orig_len || used[i];
        i += 1;
        keep += k as usize;
        k
    });
    for (st, en, a) in new_index {
        let a = remap[a];
        if a == usize::MAX {
            continue;
        }
        actors.actors[a].mentions.push(crate::actors::Mention { start: st, end: en, sentence: article.sentences.iter().position(|s| s.start <= st && en <= s.end) });
        actors.index.push((st, en, a));
    }
    for x in &mut actors.actors {
        x.mentions.sort_by_key(|m| m.start);
    }
    actors.index.sort();
    let fix = |r: &mut Role| r.actor = remap[r.actor];
    for e in &mut out {
        if let Some(r) = e.source.as_mut() {
            fix(r);
        }
        if let Some(r) = e.target.as_mut() {
            fix(r);
        }
        for r in &mut e.others {
            fix(r);
        }
    }
    out
}

/// The article's state actor of `country`, added (without mentions) when the article has none.
fn state_actor(actors: &mut ActorSet, country: &chancery_kb::Country) -> usize {
    if let Some(a) = actors.actors.iter().position(|x| x.kind == ActorKind::State && x.country.as_deref() == Some(country.iso3.as_str())) {
        return a;
    }
    actors.actors.push(crate::actors::Actor {
        name: country.name.clone(),
        country: Some(country.iso3.clone()),
        sector: None,
        title: None,
        kind: ActorKind::State,
        mentions: Vec::new(),
    });
    actors.actors.len() - 1
}

fn find_events_inner(article: &Article, kb: &Kb, found: &chancery_kb::Found, actors: &mut ActorSet, new_index: &mut Vec<(usize, usize, usize)>) -> Vec<Event> {
    let lex = Lexicon::builtin();
    let codes = Codes::builtin();
    let mut out: Vec<Event> = Vec::new();
    let mut mem = Memory::default();
    for (si, sent) in article.sentences.iter().enumerate() {
        let (ss, se) = (sent.start, sent.end);
        if ss >= se || se > article.norm.len() {
            continue;
        }
        let text = &article.norm[ss..se];
        let orig = article.orig(ss, se);
        let toks = tokenize(text, orig);
        if toks.is_empty() {
            continue;
        }
        let mut s = Sent {
            base: ss,
            text,
            lower: text.to_ascii_lowercase(),
            ment_at: vec![None; toks.len()],
            toks,
            ments: Vec::new(),
            cl: Vec::new(),
            parent: Vec::new(),
            cstart: Vec::new(),
            crel: Vec::new(),
            ccond: Vec::new(),
            in_attr: Vec::new(),
            sib: Vec::new(),
            weak: Vec::new(),
        };
        // a dateline ("CITY, Country (Outlet) - ") names where the report was filed, not a party
        let dl = dateline_end(text);
        for (ms, me, a) in actors.within(ss, se) {
            if me <= ss + dl {
                continue;
            }
            let (rs, re) = (ms - ss, me - ss);
            let k0 = s.toks.iter().position(|t| t.e > rs);
            let k1 = s.toks.iter().rposition(|t| t.s < re);
            if let (Some(k0), Some(k1)) = (k0, k1) {
                if k0 <= k1 {
                    let mi = s.ments.len() as u16;
                    s.ments.push((k0, k1 + 1, a, ms, me));
                    for x in k0..=k1 {
                        if s.ment_at[x].is_none() {
                            s.ment_at[x] = Some(mi);
                        }
                    }
                }
            }
        }
        // triggers
        let n = s.toks.len();
        let mut raw: Vec<Match> = Vec::new();
        {
            let word = |k: usize| -> Option<&str> {
                match s.toks.get(k) {
                    Some(t) if t.k == Tk::Word => Some(&s.lower[t.s..t.e]),
                    Some(t) if t.k == Tk::Hyphen => Some("-"),
                    _ => None,
                }
            };
            let hard = |k: usize| s.toks.get(k).is_none_or(|t| matches!(t.k, Tk::Semi | Tk::Colon));
            for i in 0..n {
                if s.ment_at[i].is_some() {
                    continue;
                }
                lex.matches_at(i, n, word, hard, &mut raw);
            }
        }
        let literal = |m: &Match| lex.entries[m.entry as usize].slots.iter().filter(|x| matches!(x, crate::lexicon::Slot::Words(_))).count();
        raw.sort_by(|a, b| (b.end - b.first).cmp(&(a.end - a.first)).then(literal(b).cmp(&literal(a))).then(a.first.cmp(&b.first)));
        let mut trig: Vec<Match> = Vec::new();
        for m in raw {
            // a participle right after a determiner is an adjective ("the disputed islands",
            // "an agreed framework"), not a verb
            if lex.entries[m.entry as usize].pos == Pos::Verb && s.w(m.first).ends_with("ed") && m.first > 0 && matches!(s.w(m.first - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
                continue;
            }
            // "called <something> reckless" is a verdict; "called for/on ..." is an appeal: a
            // gap after "call" never starts with its particle
            let gap_after_verb = matches!(lex.entries[m.entry as usize].slots.get(1), Some(crate::lexicon::Slot::Gap(_)));
            if gap_after_verb && s.w(m.first).starts_with("call") && matches!(s.w(m.first + 1), "for" | "on" | "upon" | "off" | "in" | "up" | "out" | "back" | "to" | "at" | "it") {
                continue;
            }
            if trig.iter().all(|t| m.end <= t.first || m.first >= t.end) {
                trig.push(m);
            }
        }
        trig.sort_by_key(|m| m.first);
        if trig.is_empty() {
            // no predicate: nothing to code; keep the mentions for pronouns
            for m in &s.ments {
                mem.recent.push((m.2, m.3, m.4));
            }
            if mem.recent.len() > 64 {
                let cut = mem.recent.len() - 64;
                mem.recent.drain(..cut);
            }
            continue;
        }
        // demonyms in modifier position that are not mentions ("the Iranian proposal")
        let mut weak: Vec<(usize, usize, usize)> = Vec::new();
        for h in kb.find_within(found, &article.norm, ss, se) {
            let Some(ci) = h.candidates.iter().find_map(|c| match c {
                chancery_kb::Candidate::Country(i, chancery_kb::CountryForm::Adjective) => Some(*i as usize),
                _ => None,
            }) else {
                continue;
            };
            let (Some(k0), Some(k1)) = (s.toks.iter().position(|t| t.s == h.start), s.toks.iter().rposition(|t| t.e == h.end)) else { continue };
            if (k0..=k1).any(|x| s.ment_at[x].is_some()) || !text[h.start..].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            if h.end <= dl {
                continue;
            }
            let Some(country) = kb.countries.get(ci) else { continue };
            let a = state_actor(actors, country);
            let mi = s.ments.len() as u16;
            s.ments.push((k0, k1 + 1, a, ss + h.start, ss + h.end));
            weak.push((ss + h.start, ss + h.end, a));
            s.weak.push((k0, k1 + 1));
            for x in k0..=k1 {
                s.ment_at[x] = Some(mi);
            }
        }
        s.ments_sorted();
        // event places stand for their country when an attack has no other target
        let places = crate::places::find_places(text, kb);
        let mut place_actor: Vec<(usize, usize, usize)> = Vec::new();
        let mut from_actor: Vec<(usize, usize, usize)> = Vec::new();
        for p in &places {
            // "near" a town is in its country ("the camp near El Fasher"); near a country or a
            // sea it is not ("a tanker near Oman")
            let near_town = p.role == crate::places::PlaceRole::Near && (matches!(p.kind, chancery_kb::PlaceKind::City | chancery_kb::PlaceKind::Admin) || p.cue == "around");
            if !(matches!(p.role, crate::places::PlaceRole::In | crate::places::PlaceRole::From) || near_town) || p.country.is_empty() || p.end <= dl || name_goes_on(text, p.end) {
                continue;
            }
            let Some(country) = kb.country(&p.country) else { continue };
            let a = state_actor(actors, country);
            if p.role == crate::places::PlaceRole::From {
                from_actor.push((ss + p.start, ss + p.end, a));
            } else {
                place_actor.push((ss + p.start, ss + p.end, a));
            }
            weak.push((ss + p.start, ss + p.end, a));
        }
        // a place in object position of an attack or seizure ("pounded Beirut's southern
        // suburbs", "attacked the town of Cabaret") stands for its country, like "in X"
        for m in &trig {
            if matches!(lex.entries[m.entry as usize].plover.as_str(), "ASSAULT" | "COERCE") && lex.entries[m.entry as usize].pos == Pos::Verb && m.end < n {
                if let Some(p) = object_place(&s, kb, m.end) {
                    if let Some(country) = kb.country(&p.country) {
                        let a = state_actor(actors, country);
                        place_actor.push((p.start, p.end, a));
                        weak.push((p.start, p.end, a));
                    }
                }
            }
        }
        // the states of the sentence's non-state parties, for internal acts (below)
        for mi in 0..s.ments.len() {
            let a = s.ments[mi].2;
            if actors.actors[a].kind != ActorKind::State {
                if let Some(country) = actors.actors[a].country.as_deref().and_then(|cc| kb.country(cc)) {
                    state_actor(actors, country);
                }
            }
        }
        let actors: &ActorSet = actors;
        let trig_first: Vec<usize> = trig.iter().map(|m| m.first).collect();
        build_clauses(&mut s, &trig_first);
        let (attrs, sent_reported) = find_attributions(&mut s, &trig);
        let trig_spans: Vec<(usize, usize)> = trig.iter().map(|m| (m.first, m.end)).collect();
        let times = crate::times::find_times(text, article.published);

        let mut cands: Vec<Cand> = Vec::new();
        // complement scope: tokens after a ctl trigger up to the next sibling boundary
        let mut ctl_until: usize = 0;
        let mut ctl_from: usize = usize::MAX;
        let mut ctl_cid: u16 = 0;
        for m in &trig {
            let e: &Entry = &lex.entries[m.entry as usize];
            if s.in_attr[m.first] {
                continue;
            }
            let cid = s.cl[m.first];
            // embedded in an earlier complement-taking trigger?
            // (the complement of a trigger inside a relative clause ends with that clause:
            // "X, which was not invited, condemned the meeting")
            // (", urging X to ...", ", warning that ...": a participle clause is an act of its own)
            let participle_after_comma = e.pos == Pos::Verb && s.w(m.first).ends_with("ing") && m.first > 0 && s.toks[m.first - 1].k == Tk::Comma;
            // (a reporting verb coordinated after the complement starts a new statement: "accused X
            // of ... and said China would fight", ", and Egypt's ministry said Cairo stood with")
            let new_statement = m.first >= ctl_from && (ctl_from..m.first).any(|k| is_in(s.w(k), REPORT_VERBS) && (s.in_attr[k] || s.w(k.saturating_sub(1)) == "and"));
            let embedded = m.first >= ctl_from && m.first < ctl_until && !participle_after_comma && !new_statement && claim_apposition(&s, m.first).is_none() && (cid == ctl_cid || s.nested_in(m.first, ctl_cid)) && {
                // coordinated finite verb ("accused X of Y and launched strikes") stays an event
                let prev = s.w(m.first.saturating_sub(1));
                !(prev == "and" && s.w(m.first).ends_with("ed") && e.pos == Pos::Verb)
            };
            if e.frame.ctl {
                ctl_cid = cid;
                ctl_from = m.end;
                ctl_until = s.sib.iter().copied().find(|&b| b > m.first).unwrap_or(n);
            }
            if embedded {
                continue;
            }
            let mut c = Cand {
                plover: e.plover.clone(),
                mode: e.mode.clone(),
                cameo: e.cameo.clone(),
                t0: m.first,
                t1: m.end,
                cid,
                src: None,
                tgt: None,
                others: Vec::new(),
                status: Status::Asserted,
                date: None,
                location: None,
                implicit: false,
                nominal: e.pos == Pos::Noun,
                merge_into: None,
                attach: false,
                anaphor: e.frame.anaphor,
                attr: None,
                multi: Vec::new(),
                co_src: Vec::new(),
                co_tgt: Vec::new(),
                unnamed_tgt: false,
                obj_cut: false,
            };
            // a verb form right after a determiner is a noun ("the strikes were a warning")
            if e.pos == Pos::Verb && m.first > 0 && matches!(s.w(m.first - 1), "the" | "a" | "an" | "these" | "those" | "this" | "its" | "their" | "his" | "her" | "our") {
                continue;
            }
            // ... and so is one right after "by" unless it is a gerund ("spoke by phone", "hit
            // by strikes"; not "by attacking")
            if e.pos == Pos::Verb && m.first > 0 && s.w(m.first - 1) == "by" && !s.w(m.first).ends_with("ing") {
                continue;
            }
            // bare infinitive: event only under an intent marker
            let mut infinitive_intent = false;
            if e.pos == Pos::Verb && m.first > 0 && s.w(m.first - 1) == "to" {
                let lo = m.first.saturating_sub(4);
                if (lo..m.first - 1).any(|k| is_in(s.w(k), INTENT_HEADS) && !matches!(s.w(k), "is" | "are") || (matches!(s.w(k), "is" | "are" | "was" | "were") && k + 2 == m.first)) {
                    infinitive_intent = true;
                } else if matches!(s.w(m.first - 2), "continued" | "continues" | "continue" | "continuing") {
                    // "continued to bomb": the act goes on
                } else {
                    continue;
                }
            }
            roles(&s, &mut c, e, actors, &mem, &cands, &trig_spans);
            // "a ceasefire between X and Y" is an act only when it takes effect or holds ("...
            // took effect", "... has held since"), not when it is talked about
            if c.nominal && c.plover == "RETREAT" && s.w(c.t1.saturating_sub(1)) == "between" {
                let took_effect = (c.t1..(c.t1 + 10).min(n))
                    .take_while(|&k| s.toks[k].k != Tk::Comma && !trig_spans.iter().any(|t| t.0 == k))
                    .any(|k| matches!(s.w(k), "took" | "takes" | "take" | "came" | "comes" | "went" | "goes" | "began" | "begins" | "held" | "holds" | "holding") && !matches!(s.w(k + 1), "talks" | "place"));
                if !took_effect {
                    continue;
                }
            }
            // "left ECOWAS": only leaving an organisation is coded
            if e.frame.org && !c.tgt.and_then(|r| country(actors, r.actor)).is_some_and(|x| x.starts_with("IGO:")) {
                continue;
            }
            // the speaker's own act ("KFOR said it had increased patrols", "X said Kyiv would not
            // withdraw") is the speaker's event, not hearsay
            let own = c.src.is_some_and(|r| {
                let rc = country(actors, r.actor);
                let src_state = actors.actors.get(r.actor).is_some_and(|x| x.kind == ActorKind::State);
                s.ments.iter().any(|m| {
                    s.in_attr[m.0]
                        && (m.2 == r.actor
                            || (src_state && rc.is_some() && country(actors, m.2) == rc && actors.actors.get(m.2).is_some_and(|x| x.kind == ActorKind::Person)))
                })
            }) && !s.toks.iter().any(|t| t.k == Tk::Word && matches!(&s.lower[t.s..t.e], "reportedly" | "allegedly"));
            // (a claim answered in apposition is the writer's statement: "X said ..., a claim
            // Beirut disputed")
            let appos = c.plover == "REJECT" && claim_apposition(&s, c.t0).is_some();
            status(&s, &mut c, e, (sent_reported || s.in_attr.iter().any(|&x| x)) && !own && !appos);
            if infinitive_intent && matches!(c.status, Status::Asserted | Status::Reported) {
                c.status = Status::Intended;
            }
            // attribution: the phrase of this sentence, if any (outside the clause is fine)
            if !attrs.is_empty() {
                c.attr = Some(0);
            }
            // date: nearest time expression in the clause
            c.date = nearest_time(&s, &times, c.t0, c.t1, cid, c.nominal);
            let object = matches!(c.plover.as_str(), "ASSAULT" | "COERCE" | "MOBILIZE" | "PROTEST") && !c.nominal;
            // a visit (or a stated intent to visit) or a deployment happens where it goes:
            // "flew to Baghdad" (even "... after the talks in Geneva"), "will travel to Moscow",
            // "visited Georgetown", "deployed troops to Juba"
            let moves = matches!(c.cameo.as_str(), "042" | "036") || c.plover == "MOBILIZE";
            c.location = moves.then(|| destination(&s, kb, &places, c.t0, c.t1, cid)).flatten().or_else(|| find_location(&s, kb, &places, c.t0, c.t1, cid, object));
            if c.tgt.is_none() && c.plover == "RETREAT" && c.mode.as_deref() == Some("withdraw") {
                // "withdraw from southern Lebanon": the country left is the target
                let sc = c.src.and_then(|r| country(actors, r.actor));
                if let Some(p) = places.iter().find(|p| p.role == crate::places::PlaceRole::From && s.toks.iter().position(|t| t.e > p.start).is_some_and(|k| k >= c.t0 && s.in_clause(k, cid))) {
                    if let Some(&(ps, pe, pa)) = from_actor.iter().find(|x| x.0 == ss + p.start) {
                        if sc.is_some() && country(actors, pa) != sc {
                            c.tgt = Some(Role { actor: pa, span: (ps, pe) });
                        }
                    }
                }
            }
            // drills or patrols "around Taiwan" are aimed at it
            if c.tgt.is_none() && c.plover == "MOBILIZE" && !c.nominal {
                if let Some(l) = c.location.as_ref().filter(|l| l.cue == "around") {
                    let sc = c.src.and_then(|r| country(actors, r.actor));
                    if let Some(&(ps, pe, pa)) = place_actor.iter().find(|x| x.0 == l.start) {
                        if sc.is_some() && country(actors, pa) != sc {
                            c.tgt = Some(Role { actor: pa, span: (ps, pe) });
                        }
                    }
                }
            }
            if c.tgt.is_none() && matches!(c.plover.as_str(), "ASSAULT" | "COERCE") {
                if let Some(l) = &c.location {
                    let sc = c.src.and_then(|r| country(actors, r.actor));
                    if let Some(&(ps, pe, pa)) = place_actor.iter().find(|x| x.0 <= l.start && l.end <= x.1.max(l.end) && x.0 >= l.start.saturating_sub(0)) {
                        let non_state = c.src.and_then(|r| actors.actors.get(r.actor)).is_some_and(|x| matches!(x.sector.as_deref(), Some("REB" | "INS" | "SEP" | "OPP" | "UAF" | "CRM")));
                        if sc.is_some() && (country(actors, pa) != sc || non_state) {
                            c.tgt = Some(Role { actor: pa, span: (ps, pe) });
                        }
                    }
                }
            }
            cands.push(c);
        }

        // relative clause on an event: merge into the parent
        let mut drop = vec![false; cands.len()];
        for i in 0..cands.len() {
            if let Some(p) = cands[i].merge_into {
                if p < i && !drop[p] {
                    let ch = cands[i].clone();
                    let par = &mut cands[p];
                    if ch.attach {
                        for r in ch.src.iter().chain(ch.others.iter()) {
                            if !par.others.iter().any(|o| o.actor == r.actor) && par.src.is_none_or(|x| x.actor != r.actor) && par.tgt.is_none_or(|x| x.actor != r.actor) {
                                par.others.push(*r);
                            }
                        }
                        if par.location.is_none() {
                            par.location = ch.location;
                        }
                    } else {
                        if par.tgt.is_none() {
                            par.tgt = ch.tgt;
                        }
                        // "The meeting was hosted / co-organised by X": X takes part
                        if ch.plover == "CONSULT" && matches!(ch.cameo.as_str(), "043" | "045") {
                            if let Some(r) = ch.src {
                                if par.src.is_none_or(|x| x.actor != r.actor) && !par.others.iter().any(|o| o.actor == r.actor) {
                                    par.others.push(r);
                                }
                            }
                        }
                    }
                    drop[i] = true;
                }
            }
        }
        // duplicates in the sentence (same type, compatible parties)
        for i in 0..cands.len() {
            if drop[i] {
                continue;
            }
            for j in i + 1..cands.len() {
                if drop[j] || cands[j].plover != cands[i].plover || cands[j].status != cands[i].status && cands[j].nominal == cands[i].nominal {
                    continue;
                }
                let sc = |c: &Cand| c.src.and_then(|r| country(actors, r.actor));
                let tc = |c: &Cand| c.tgt.and_then(|r| country(actors, r.actor));
                let compat = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
                let (si_, ti_, sj_, tj_) = (sc(&cands[i]), tc(&cands[i]), sc(&cands[j]), tc(&cands[j]));
                let sym = matches!(cands[i].plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE");
                let direct = compat(si_, sj_) && compat(ti_, tj_) && (si_.is_some() && si_ == sj_ || ti_.is_some() && ti_ == tj_);
                let crossed = sym && compat(si_, tj_) && compat(ti_, sj_) && (si_.is_some() && si_ == tj_ || ti_.is_some() && ti_ == sj_);
                // a participle clause elaborating the act ("boarded the boats, seizing rifles and
                // injuring a sailor") is the same event when the dyad is the same
                let participle = !cands[j].nominal && s.w(cands[j].t0).ends_with("ing") && cands[j].t0 > 0 && matches!(s.toks[cands[j].t0 - 1].k, Tk::Comma) || s.w(cands[j].t0.saturating_sub(1)) == "and" && s.w(cands[j].t0).ends_with("ing");
                let same_dyad = si_.is_some() && si_ == sj_ && ti_.is_some() && ti_ == tj_;
                let same = (direct || crossed) && (cands[i].nominal || cands[j].nominal || cands[i].cameo == cands[j].cameo || (participle && same_dyad));
                let src_same = false;
                if same || (src_same && (cands[j].tgt.is_none() || cands[i].tgt.is_none())) {
                    // keep i, fold j in
                    let cj = cands[j].clone();
                    let ci = &mut cands[i];
                    if ci.tgt.is_none() {
                        ci.tgt = cj.tgt;
                    }
                    if ci.src.is_none() {
                        ci.src = cj.src;
                    }
                    for o in cj.others.into_iter().chain(cj.multi) {
                        if !ci.others.iter().any(|x| x.actor == o.actor) {
                            ci.others.push(o);
                        }
                    }
                    if ci.date.is_none() {
                        ci.date = cj.date;
                    }
                    if ci.location.is_none() {
                        ci.location = cj.location;
                    }
                    drop[j] = true;
                }
            }
        }
        let mut kept: Vec<Cand> = cands.into_iter().zip(drop).filter(|(_, d)| !d).map(|(c, _)| c).collect();
        // "condemned the attacks and accused X of ...": coordinated acts of one kind by one
        // source share the target the second one names
        for i in 0..kept.len() {
            if !kept[i].obj_cut || kept[i].tgt.is_some() {
                continue;
            }
            let (pl, sa) = (kept[i].plover.clone(), kept[i].src.map(|r| r.actor));
            if let Some(t) = kept.iter().skip(i + 1).find(|o| o.plover == pl && sa.is_some() && o.src.map(|r| r.actor) == sa && o.tgt.is_some()).and_then(|o| o.tgt) {
                kept[i].tgt = Some(t);
            }
        }

        // opposing clauses of one sentence are each other's targets
        let position_types = ["REQUEST", "REJECT", "ACCUSE", "THREATEN", "CONCEDE", "AGREE"];
        // a clause coordinated by ", and" with its own subject adds an act; it does not answer
        // the other clause
        let and_clause = |cid: u16| s.w(s.cstart[cid as usize]) == "and";
        for i in 0..kept.len() {
            if kept[i].tgt.is_some() || kept[i].unnamed_tgt || !position_types.contains(&kept[i].plover.as_str()) {
                continue;
            }
            let Some(si_src) = kept[i].src else { continue };
            let ci = country(actors, si_src.actor);
            let other = kept.iter().enumerate().find(|(j, o)| {
                *j != i && o.cid != kept[i].cid && !and_clause(o.cid) && !and_clause(kept[i].cid) && position_types.contains(&o.plover.as_str()) && o.src.is_some_and(|r| country(actors, r.actor) != ci && country(actors, r.actor).is_some())
            });
            if let Some((_, o)) = other {
                let r = o.src.unwrap();
                kept[i].tgt = Some(r);
                kept[i].implicit = true;
            }
        }

        // discourse: anaphors, answers
        // two-party acts of this sentence between two countries (for third parties below)
        let sent_dyads: Vec<(Role, Role, u16)> = kept
            .iter()
            .filter_map(|c| match (c.src, c.tgt) {
                (Some(a), Some(b)) if country(actors, a.actor).is_some() && country(actors, b.actor).is_some() && country(actors, a.actor) != country(actors, b.actor) => Some((a, b, c.cid)),
                _ => None,
            })
            .collect();
        let mut final_events: Vec<Event> = Vec::new();
        for mut c in kept {
            let src_c = c.src.and_then(|r| country(actors, r.actor));
            if c.anaphor {
                // the most recent position-taking event of the last two sentences
                let ante = mem
                    .last_events
                    .iter()
                    .rev()
                    .filter(|(s0, _)| si - s0 <= 2)
                    .map(|(_, ei)| &out[*ei])
                    .chain(final_events.iter().rev())
                    .filter(|ev| position_types.contains(&ev.plover.as_str()) || ev.plover == "SUPPORT")
                    .max_by_key(|ev| (ev.source.and_then(|r| country(actors, r.actor)) == src_c && src_c.is_some(), ev.sentence, ev.trigger.0))
                    .cloned();
                let Some(a) = ante else { continue };
                c.plover = a.plover.clone();
                c.mode = a.mode.clone();
                c.cameo = a.cameo.clone();
                if c.tgt.is_none() {
                    c.tgt = a.target;
                    c.implicit = true;
                }
            }
            if c.tgt.is_none() && c.plover == "ASSAULT" {
                if let Some(sc) = src_c {
                    let hit = mem
                        .last_events
                        .iter()
                        .rev()
                        .filter(|(s0, _)| si - s0 <= 2)
                        .map(|(_, ei)| &out[*ei])
                        .chain(final_events.iter().rev())
                        .find(|ev| ev.plover == "ASSAULT" && ev.target.and_then(|r| country(actors, r.actor)) == Some(sc));
                    if let Some(r) = hit.and_then(|ev| ev.source) {
                        c.tgt = Some(r);
                        c.implicit = true;
                    }
                }
            }
            if c.tgt.is_none() && matches!(c.plover.as_str(), "AGREE" | "REJECT" | "CONCEDE" | "RETREAT") {
                if let Some(sc) = src_c {
                    let req = mem
                        .last_events
                        .iter()
                        .rev()
                        .filter(|(s0, _)| si - s0 <= 2)
                        .map(|(_, ei)| &out[*ei])
                        .find(|ev| matches!(ev.plover.as_str(), "REQUEST" | "THREATEN") && ev.target.and_then(|r| country(actors, r.actor)) == Some(sc));
                    if let Some(r) = req.and_then(|ev| ev.source) {
                        c.tgt = Some(r);
                        c.implicit = true;
                    }
                }
            }
            // a reaction to an earlier act named by a definite noun ("condemned the attack",
            // "rejected the accusation", "welcomed the move"): the target is the actor of the
            // latest event (this sentence or the last two) by another country
            // reciprocal acts of two coordinated parties ("X and Y each released prisoners",
            // "X and Y accused each other"): each is the other's target
            if c.tgt.is_none()
                && c.co_src.len() == 1
                && !c.nominal
                && !matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE")
                && ((c.t0.saturating_sub(2)..c.t0).any(|k| matches!(s.w(k), "each" | "both" | "mutually")) || (s.w(c.t1) == "each" && s.w(c.t1 + 1) == "other") || (s.w(c.t1) == "one" && s.w(c.t1 + 1) == "another"))
            {
                if let Some(a) = c.src {
                    let b = c.co_src[0];
                    if country(actors, a.actor).is_some() && country(actors, b.actor).is_some() && country(actors, a.actor) != country(actors, b.actor) {
                        c.tgt = Some(b);
                        c.co_tgt = vec![a];
                    }
                }
            }
            // a withdrawal or release without a named counterpart ("Israel will pull its troops
            // back", "Washington would halt its bombing campaign", "hostages would be freed") is
            // toward the party the source was last paired with (this sentence or the last four)
            // (also a mobilisation or attack "in response")
            let in_response = (c.t1..s.toks.len()).take_while(|&k| s.in_clause(k, c.cid) || s.nested_in(k, c.cid)).any(|k| s.w(k) == "in" && matches!(s.w(k + 1), "response" | "retaliation"));
            let partner_of = |sc: &str| -> Option<Role> {
                let other_side = |a: Role, b: Role| -> Option<Role> {
                    if country(actors, a.actor) == Some(sc) && country(actors, b.actor).is_some_and(|x| x != sc) {
                        Some(b)
                    } else if country(actors, b.actor) == Some(sc) && country(actors, a.actor).is_some_and(|x| x != sc) {
                        Some(a)
                    } else {
                        None
                    }
                };
                final_events
                    .iter()
                    .rev()
                    .chain(out.iter().rev().take_while(|ev| si - ev.sentence <= 4))
                    // (the pair of a conflict or a deal, not an appeal to a third party)
                    .filter(|ev| !ev.implicit_target && matches!(ev.plover.as_str(), "ASSAULT" | "COERCE" | "THREATEN" | "ACCUSE" | "REJECT" | "SANCTION" | "RETREAT" | "AGREE" | "CONCEDE" | "MOBILIZE"))
                    .find_map(|ev| match (ev.source, ev.target) {
                        (Some(a), Some(b)) => other_side(a, b),
                        _ => None,
                    })
                    .or_else(|| mem.story_dyad.and_then(|(a, b)| other_side(a, b)))
            };
            if c.tgt.is_none() && !c.nominal && c.status != Status::Denied && (c.plover == "RETREAT" && c.cameo != "0871" || in_response && matches!(c.plover.as_str(), "MOBILIZE" | "ASSAULT")) {
                if let Some(r) = src_c.and_then(|sc| partner_of(sc)) {
                    c.tgt = Some(r);
                    c.implicit = true;
                }
            }
            // a ceasefire declared by one side ("X announced a ceasefire") is toward the latest
            // other party named before
            // (its own: "a/its ceasefire"; "announced the truce" may report others' truce)
            if c.tgt.is_none() && !c.nominal && c.plover == "RETREAT" && c.cameo == "0871" && (c.t0 + 1..c.t1).any(|k| matches!(s.w(k), "a" | "an" | "its" | "their" | "own")) {
                if let Some(sa) = c.src {
                    if let Some(r) = mem.recent.iter().rev().find(|r| r.0 != sa.actor && country(actors, r.0).is_some()) {
                        c.tgt = Some(Role { actor: r.0, span: (r.1, r.2) });
                        c.implicit = true;
                    }
                }
            }
            // an act addressed to unnamed parties stands without a target
            let mut reaction = c.unnamed_tgt && c.tgt.is_none();
            // "X congratulated Y. Z also welcomed the result": the same act by another party,
            // marked "also", shares the target of that act told in this or the previous sentence
            // (also "announced sanctions of their own", "imposed similar measures")
            let repeated = (c.t0.saturating_sub(3)..c.t0).any(|k| s.w(k) == "also")
                || (s.w(c.t1) == "of" && matches!(s.w(c.t1 + 1), "their" | "its" | "his" | "her") && s.w(c.t1 + 2) == "own")
                || (c.t0..c.t1).any(|k| s.w(k) == "similar");
            if c.tgt.is_none() && !c.unnamed_tgt && !c.nominal && repeated {
                if let Some(sa) = c.src {
                    let same_act = final_events.iter().rev().chain(out.iter().rev().take_while(|ev| si - ev.sentence <= 1)).find(|ev| {
                        ev.plover == c.plover && ev.source.is_some_and(|r| r.actor != sa.actor) && ev.target.is_some_and(|t| t.actor != sa.actor && country(actors, t.actor).is_some() && country(actors, t.actor) != src_c)
                    });
                    if let Some(t) = same_act.and_then(|ev| ev.target) {
                        c.tgt = Some(t);
                        c.implicit = true;
                    }
                }
            }
            // "X would fight to the end if Y insisted ...": a threat is aimed at the subject of
            // its condition
            if c.tgt.is_none() && !c.unnamed_tgt && c.plover == "THREATEN" && !c.nominal {
                let sc = src_c;
                let cond = (c.t1..s.toks.len())
                    .filter(|&k| matches!(s.w(k), "if" | "unless") && s.ccond[s.cl[k] as usize])
                    .find_map(|k| (k + 1..(k + 4).min(s.toks.len())).find_map(|x| s.ment_at[x]).map(|m| m as usize));
                if let Some(m) = cond {
                    if sc.is_some() && country(actors, s.ments[m].2).is_some_and(|x| Some(x) != sc) {
                        c.tgt = Some(role_of(&s, m));
                    }
                }
            }
            // an appeal to unnamed parties ("urged all sides to ...", "called on countries to ...")
            // is an event without a recipient
            // (the addressees may sit in the pattern's gap: "urged all sides to return to talks")
            let gap_appeal = c.t1 > c.t0 + 2 && appeals_to_unnamed(&s, c.t0 + 1);
            if c.tgt.is_none() && !c.nominal && c.plover == "REQUEST" && (appeals_to_unnamed(&s, c.t1) || gap_appeal) {
                reaction = true;
                // "all sides"/"all parties" of a conflict told before: each party of the latest
                // pair (else the story's pair) when the speaker is a third party; else the latest
                // party of another country named in the previous sentences
                let from = if gap_appeal { c.t0 + 1 } else { c.t1 };
                if let (Some(sc), true) = (src_c, (from..(from + 4).min(s.toks.len())).any(|k| matches!(s.w(k), "sides" | "parties" | "factions"))) {
                    let third = mem.last_dyad.or(mem.story_dyad).filter(|(a, b)| country(actors, a.actor) != Some(sc) && country(actors, b.actor) != Some(sc));
                    if let Some((a, b)) = third {
                        c.tgt = Some(a);
                        c.co_tgt = vec![b];
                        c.implicit = true;
                    } else if let Some(r) = mem.recent.iter().rev().find(|r| country(actors, r.0).is_some_and(|x| x != sc)) {
                        c.tgt = Some(Role { actor: r.0, span: (r.1, r.2) });
                        c.implicit = true;
                    }
                }
            }
            if c.tgt.is_none() && !c.nominal && !c.unnamed_tgt && matches!(c.plover.as_str(), "ACCUSE" | "REJECT" | "SUPPORT") && (reacts_to_act(&s, c.t1) || reacts_to_act(&s, c.t0 + 1)) {
                reaction = true;
                if let (Some(sa), Some(_)) = (c.src, src_c) {
                    // an act of the named kind anywhere before ("the move", "the decision": a
                    // policy act, not an attack or a meeting); else any act of the last four
                    // sentences
                    let kind = act_kind(&s, c.t1).or_else(|| act_kind(&s, c.t0 + 1));
                    let other = |ev: &&Event| ev.source.is_some_and(|r| r.actor != sa.actor && country(actors, r.actor).is_some());
                    let fits_kind = |t: &str, ev: &Event| if t == "POLICY" { !matches!(ev.plover.as_str(), "ASSAULT" | "CONSULT") } else { ev.plover == t };
                    // for attacks, an act by another country is preferred ("Damascus condemned the
                    // raids": the foreign raids, not a clash between Syrian parties reported in between)
                    let sc = country(actors, sa.actor);
                    let foreign = |ev: &&Event| other(ev) && ev.source.and_then(|r| country(actors, r.actor)) != sc;
                    // (the act must belong to the reacting party's story: an accusation rejected
                    // was aimed at it; an act of no named kind was aimed at it or told in this
                    // sentence or the one before)
                    let aimed = |ev: &&Event| ev.target.and_then(|r| country(actors, r.actor)) == sc;
                    let ante = kind
                        .filter(|t| *t == "ASSAULT")
                        .and_then(|t| final_events.iter().rev().chain(out.iter().rev().take_while(|ev| si - ev.sentence <= 4)).filter(foreign).find(|ev| fits_kind(t, ev)))
                        .or_else(|| kind.filter(|t| *t == "ACCUSE").and_then(|t| final_events.iter().rev().chain(out.iter().rev()).filter(foreign).filter(aimed).find(|ev| fits_kind(t, ev))))
                        .or_else(|| kind.filter(|t| *t != "ACCUSE").and_then(|t| final_events.iter().rev().chain(out.iter().rev()).filter(other).find(|ev| fits_kind(t, ev))))
                        .or_else(|| {
                            if kind == Some("ACCUSE") {
                                return None;
                            }
                            final_events
                                .iter()
                                .rev()
                                .chain(out.iter().rev().take_while(|ev| si - ev.sentence <= 4))
                                .filter(foreign)
                                .find(|ev| ev.sentence + 1 >= si || aimed(ev))
                        });
                    if let Some(r) = ante.and_then(|ev| ev.source) {
                        c.tgt = Some(r);
                        c.implicit = true;
                    }
                }
            }
            // the same actor is not its own target
            if let (Some(a), Some(b)) = (c.src, c.tgt) {
                if a.actor == b.actor {
                    c.tgt = None;
                }
            }
            // "X will not / would not withdraw, negotiate, release ...": a refusal (REJECT), stated
            if c.status == Status::Denied && matches!(c.plover.as_str(), "RETREAT" | "CONCEDE" | "AGREE" | "CONSULT" | "SUPPORT" | "COOPERATE" | "AID") && !c.nominal {
                let future_neg = (c.t0.saturating_sub(4)..c.t0).any(|k| matches!(s.w(k), "will" | "would" | "won't" | "wouldn't" | "cannot" | "can't" | "refuse" | "refuses" | "refused"))
                    && (c.t0.saturating_sub(4)..c.t0).any(|k| matches!(s.w(k), "not" | "never" | "won't" | "wouldn't" | "cannot" | "can't"));
                if future_neg {
                    let (code, mode) = match c.plover.as_str() {
                        "CONSULT" => ("125", Some("meet")),
                        "RETREAT" | "CONCEDE" => ("124", Some("change")),
                        "AID" | "COOPERATE" => ("121", Some("assist")),
                        _ => ("120", None),
                    };
                    c.plover = "REJECT".into();
                    c.cameo = code.into();
                    c.mode = mode.map(String::from);
                    c.status = if sent_reported || !attrs.is_empty() { Status::Reported } else { Status::Asserted };
                    if c.tgt.is_none() {
                        if let Some(sc) = src_c {
                            let req = mem
                                .last_events
                                .iter()
                                .rev()
                                .filter(|(s0, _)| si - s0 <= 2)
                                .map(|(_, ei)| &out[*ei])
                                .find(|ev| matches!(ev.plover.as_str(), "REQUEST" | "THREATEN") && ev.target.and_then(|r| country(actors, r.actor)) == Some(sc));
                            // else the source's latest adversary ("would not return to the
                            // negotiating table")
                            // (only for a subject of the refusal's own clause)
                            let own_subject = c.src.and_then(|r| s.toks.iter().position(|t| s.base + t.s >= r.span.0)).is_some_and(|k| s.cl[k] == c.cid);
                            // (first the party its own side addressed earlier in the sentence: "X
                            // accused the government of ... and said the group would not disarm")
                            let addressed = final_events.iter().rev().find(|ev| !ev.implicit_target && matches!(ev.plover.as_str(), "ACCUSE" | "REJECT" | "THREATEN" | "REQUEST") && ev.source.and_then(|r| country(actors, r.actor)) == Some(sc)).and_then(|ev| ev.target);
                            if let Some(r) = addressed.or_else(|| req.and_then(|ev| ev.source)).or_else(|| if own_subject { partner_of(sc) } else { None }) {
                                c.tgt = Some(r);
                                c.implicit = true;
                            }
                        }
                    }
                }
            }
            // intended cooperation is coded AGREE (PLOVER)
            if c.status == Status::Intended {
                let agree = match c.plover.as_str() {
                    "CONSULT" => Some("036"),
                    "SUPPORT" => Some("032"),
                    "COOPERATE" => Some("031"),
                    "AID" => Some("033"),
                    _ => None,
                };
                if let Some(code) = agree {
                    c.plover = "AGREE".into();
                    c.cameo = code.into();
                    c.mode = None;
                }
            }
            // a mediated, hosted or brokered meeting or deal whose parties the clause does not
            // name ("The deal was mediated by Qatar", "talks mediated by Washington", "in a
            // ceremony hosted by X"): its parties are those of this sentence's two-party act,
            // else of the latest one, else of the story's first one
            if matches!(c.plover.as_str(), "CONSULT" | "AGREE") && (matches!(c.cameo.as_str(), "045" | "043") || (c.nominal && !c.others.is_empty())) {
                let mut roles: Vec<Role> = c.src.iter().chain(c.tgt.iter()).chain(c.others.iter()).copied().collect();
                let mut cs: Vec<&str> = roles.iter().filter_map(|r| country(actors, r.actor)).collect();
                cs.sort_unstable();
                cs.dedup();
                // the meeting of this sentence is already coded ("talks between X and Y,
                // mediated by Z"): the mediation is part of it
                let coded = c.plover == "CONSULT" && final_events.iter().any(|ev| ev.plover == "CONSULT" && ev.participants.len() >= 2);
                if coded && cs.len() < 2 {
                    continue;
                }
                if cs.len() < 2 {
                    // (an act of another clause of the sentence is not the meeting's: "After Qatar
                    // hosted the talks, Israel released prisoners")
                    let related = |a: u16, b: u16| {
                        let up = |mut x: u16, y: u16| loop {
                            if x == y {
                                break true;
                            }
                            match s.parent[x as usize] {
                                Some(p) => x = p,
                                None => break false,
                            }
                        };
                        up(a, b) || up(b, a)
                    };
                    let clause_of = |ev: &Event| s.toks.iter().position(|t| s.base + t.s >= ev.trigger.0).map(|k| s.cl[k]);
                    // only a third party mediates or hosts the pair (an appeal by the host to one
                    // party is not the pair: "would host talks ... and urged X to join them")
                    let third = |d: &(Role, Role)| !cs.iter().any(|x| Some(*x) == country(actors, d.0.actor) || Some(*x) == country(actors, d.1.actor));
                    let dyad = final_events
                        .iter()
                        .rev()
                        .filter(|ev| clause_of(ev).is_some_and(|x| related(x, c.cid)))
                        .filter_map(|ev| match (ev.source, ev.target) {
                            (Some(a), Some(b)) if country(actors, a.actor).is_some() && country(actors, b.actor).is_some() && country(actors, a.actor) != country(actors, b.actor) => Some((a, b)),
                            _ => None,
                        })
                        .find(third)
                        .or_else(|| sent_dyads.iter().map(|d| (d.0, d.1, d.2)).find(|d| related(d.2, c.cid) && third(&(d.0, d.1))).map(|d| (d.0, d.1)))
                        .or(mem.last_dyad.filter(third))
                        .or(mem.story_dyad.filter(third));
                    if let Some((a, b)) = dyad {
                        for r in [a, b] {
                            let rc = country(actors, r.actor);
                            if !roles.iter().any(|x| country(actors, x.actor) == rc) {
                                roles.push(r);
                            }
                        }
                        c.src = roles.first().copied();
                        c.tgt = roles.get(1).copied();
                        c.others = roles.iter().skip(2).copied().collect();
                        c.implicit = true;
                    }
                }
            }
            // a symmetric act whose first party is missing ("following discussions with both
            // sides"): the first named party leads
            if c.src.is_none() && matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
                if let Some(t) = c.tgt {
                    if let Some(o) = c.others.first().copied() {
                        c.src = Some(t);
                        c.tgt = Some(o);
                        c.others.remove(0);
                    }
                }
            }
            // CONSULT at a place outside both parties' countries: third location
            if c.plover == "CONSULT" && c.cameo == "040" && !c.nominal {
                if let Some(l) = &c.location {
                    let pc = party_countries(&c, actors);
                    if pc.len() >= 2 && !pc.iter().any(|x| *x == l.country) {
                        c.cameo = "044".into();
                        c.mode = Some("third-party".into());
                    }
                }
            }
            // a domestic party addressing "the government" / "the authorities" right after the
            // verb ("accused the government of ...", "urged the authorities to ..."): the target is
            // its own state, not a party named later in the complement
            if !c.nominal && matches!(c.plover.as_str(), "ACCUSE" | "REQUEST" | "REJECT" | "THREATEN" | "SUPPORT") && s.w(c.t1) == "the" && matches!(s.w(c.t1 + 1), "government" | "authorities" | "cabinet" | "regime" | "parliament" | "legislature") && s.ment_at.get(c.t1 + 1).is_some_and(|m| m.is_none()) {
                if let Some(sr) = c.src {
                    let sa = &actors.actors[sr.actor];
                    if sa.kind != ActorKind::State && !sa.country.as_deref().is_some_and(|x| x.starts_with("IGO:")) {
                        let st = sa.country.as_deref().and_then(|cc| actors.actors.iter().position(|x| x.kind == ActorKind::State && x.country.as_deref() == Some(cc)));
                        if let Some(a) = st {
                            let (st0, en0) = s.abs(c.t1, c.t1 + 2);
                            c.tgt = Some(Role { actor: a, span: (st0, en0) });
                            c.implicit = false;
                        }
                    }
                }
            }
            // acts that are internal by nature (a protest or strike with no addressee, a
            // resignation, martial law or a curfew imposed or lifted) are aimed at the state of the
            // source's own country: domestic events are coded X->X
            let conditional = (c.t0.saturating_sub(4)..c.t0).any(|k| matches!(s.w(k), "until" | "unless" | "if" | "before"));
            if c.tgt.is_none() && matches!(c.status, Status::Asserted | Status::Reported) && !c.nominal && !conditional {
                let internal = match c.plover.as_str() {
                    // a protest at an embassy or consulate addresses the foreign state
                    "PROTEST" => !(0..s.toks.len()).any(|k| matches!(s.w(k), "embassy" | "embassies" | "consulate" | "consulates")),
                    "RETREAT" => matches!(c.cameo.as_str(), "0831" | "0813" | "0814"),
                    "COERCE" => matches!(c.cameo.as_str(), "1721" | "1722" | "1723" | "1724"),
                    _ => false,
                };
                if let (true, Some(sr)) = (internal, c.src) {
                    let sa = &actors.actors[sr.actor];
                    if sa.kind != ActorKind::State || c.plover != "PROTEST" {
                        let st = sa.country.as_deref().and_then(|cc| actors.actors.iter().position(|x| x.kind == ActorKind::State && x.country.as_deref() == Some(cc)));
                        if let Some(a) = st {
                            if a != sr.actor {
                                c.tgt = Some(Role { actor: a, span: sr.span });
                                c.implicit = true;
                            }
                        }
                    }
                }
            }
            let mut parts: Vec<String> = Vec::new();
            for r in c.src.iter().chain(c.tgt.iter()).chain(c.others.iter()).chain(c.multi.iter()) {
                if let Some(cc) = country(actors, r.actor) {
                    if !parts.iter().any(|p| p == cc) {
                        parts.push(cc.to_string());
                    }
                }
            }
            let mut others = c.others.clone();
            for r in &c.multi {
                if c.src.is_none_or(|x| x.actor != r.actor) && c.tgt.is_none_or(|x| x.actor != r.actor) && !others.iter().any(|o| o.actor == r.actor) {
                    others.push(*r);
                }
            }
            // emission rules
            let n_parties = {
                let mut v: Vec<usize> = c.src.iter().chain(c.tgt.iter()).chain(others.iter()).map(|r| r.actor).collect();
                v.sort_unstable();
                v.dedup();
                v.len()
            };
            let symmetric = matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE");
            let material_conflict = matches!(c.plover.as_str(), "ASSAULT" | "COERCE" | "SANCTION" | "MOBILIZE" | "PROTEST" | "RETREAT");
            if n_parties == 0 {
                continue;
            }
            if symmetric && n_parties < 2 {
                continue;
            }
            if c.nominal && n_parties < 2 && !material_conflict {
                continue;
            }
            if c.src.is_none() && c.tgt.is_none() {
                continue;
            }
            // dyadic output: every event has a source, and a target unless it is a protest or a
            // mobilisation (one-sided by nature)
            if c.src.and_then(|r| country(actors, r.actor)).is_none() || (c.tgt.is_none() && (others.is_empty() || !symmetric) && !reaction && !matches!(c.plover.as_str(), "PROTEST" | "MOBILIZE")) {
                continue;
            }
            // verbal acts need a speaker
            if c.src.is_none() && matches!(c.plover.as_str(), "SUPPORT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "AGREE" | "CONCEDE") {
                continue;
            }
            // verbal cooperation and verbal conflict are dyadic: no recipient, no event
            if c.tgt.is_none() && others.is_empty() && !reaction && matches!(c.plover.as_str(), "SUPPORT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN") {
                continue;
            }
            let attribution = match c.attr {
                Some(_) => {
                    let (a0, a1, chain) = &attrs[0];
                    let (st, en) = s.abs(*a0, *a1);
                    let mut ch: Vec<String> = article.outlet.iter().cloned().collect();
                    ch.extend(chain.iter().cloned());
                    Some(Attribution { text: article.norm[st..en].to_string(), span: (st, en), chain: ch })
                }
                None => {
                    // narrow continuation: "X also ..." after a sentence attributed with X as source
                    match &mem.prev_attr {
                        Some((pa, Some(psrc))) if c.src.is_some_and(|r| r.actor == *psrc) && (c.t0.saturating_sub(3)..c.t0).any(|k| s.w(k) == "also") => {
                            if c.status == Status::Asserted {
                                c.status = Status::Reported;
                            }
                            Some(pa.clone())
                        }
                        _ => None,
                    }
                }
            };
            let g = codes.cameo(&c.cameo).map_or(0.0, |x| x.goldstein);
            let mut conf: f32 = if c.nominal { 0.75 } else { 0.85 };
            if c.tgt.is_none() {
                conf -= 0.15;
            }
            if c.implicit {
                conf -= 0.2;
            }
            if c.src.is_none() {
                conf -= 0.1;
            }
            let (ts, te) = s.abs(c.t0, c.t1);
            let ev = Event {
                plover: c.plover,
                mode: c.mode,
                cameo: c.cameo,
                goldstein: g,
                source: c.src,
                target: c.tgt,
                others,
                participants: parts,
                date: c.date,
                location: c.location,
                status: c.status,
                attribution,
                sentence: si,
                evidence: (ss, se),
                trigger: (ts, te),
                confidence: conf.clamp(0.05, 0.99),
                implicit_target: c.implicit,
                date_inherited: false,
            };
            // one-way events distribute over coordinated sources and targets ("Mali, Burkina
            // Faso and Niger left ECOWAS": three events; "X struck Syria and Lebanon": two)
            let srcs: Vec<Option<Role>> = std::iter::once(ev.source).chain(c.co_src.iter().map(|r| Some(*r))).collect();
            let tgts: Vec<Option<Role>> = std::iter::once(ev.target).chain(c.co_tgt.iter().map(|r| Some(*r))).collect();
            let mut copies: Vec<Event> = Vec::new();
            for (i, sr) in srcs.iter().enumerate() {
                for (j, tr) in tgts.iter().enumerate() {
                    if i == 0 && j == 0 {
                        continue;
                    }
                    let (Some(a), b) = (sr, tr) else { continue };
                    if b.is_some_and(|b| b.actor == a.actor || country(actors, b.actor) == country(actors, a.actor)) {
                        continue;
                    }
                    if b.is_none() && !matches!(ev.plover.as_str(), "PROTEST" | "MOBILIZE") && !(reaction && ev.target.is_none()) {
                        continue;
                    }
                    let mut e2 = ev.clone();
                    e2.source = Some(*a);
                    e2.target = *b;
                    e2.others.retain(|o| o.actor != a.actor && b.is_none_or(|b| b.actor != o.actor));
                    if let Some(s0) = ev.source {
                        if !e2.others.iter().any(|o| o.actor == s0.actor) && s0.actor != a.actor {
                            e2.others.push(s0);
                        }
                    }
                    copies.push(e2);
                }
            }
            final_events.push(ev);
            final_events.extend(copies);
        }
        for ev in &final_events {
            for r in ev.source.iter().chain(ev.target.iter()).chain(ev.others.iter()) {
                if weak.iter().any(|w| w.0 == r.span.0 && w.1 == r.span.1 && w.2 == r.actor) && !new_index.iter().any(|x| x.0 == r.span.0) {
                    new_index.push((r.span.0, r.span.1, r.actor));
                }
            }
        }
        // memory
        let new_prev = final_events.iter().find_map(|e| e.attribution.clone().map(|a| (a, e.source.map(|r| r.actor))));
        if new_prev.is_some() || !final_events.is_empty() {
            mem.prev_attr = new_prev;
        }
        // (a pair filled in from context is no new evidence of who the parties are)
        for ev in final_events.iter().filter(|ev| !ev.implicit_target) {
            if let (Some(a), Some(b)) = (ev.source, ev.target) {
                if country(actors, a.actor) != country(actors, b.actor) {
                    mem.last_dyad = Some((a, b));
                    mem.last_dyad_sentence = si;
                    if mem.story_dyad.is_none() {
                        mem.story_dyad = Some((a, b));
                    }
                }
            }
        }
        for ev in final_events {
            mem.last_events.push((si, out.len()));
            out.push(ev);
        }
        mem.last_events.retain(|(s0, _)| si - s0 <= 2);
        if si >= mem.last_dyad_sentence + 3 {
            mem.last_dyad = None;
        }
        for m in &s.ments {
            mem.recent.push((m.2, m.3, m.4));
        }
        if mem.recent.len() > 64 {
            let cut = mem.recent.len() - 64;
            mem.recent.drain(..cut);
        }
    }
    out
}

/// Nouns that name an earlier act when they are the object of a reaction verb
/// ("condemned *the attack*", "rejected *the accusation*").
const ACT_NOUNS: &[&str] = &[
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "shelling", "raid", "raids", "blast", "explosion", "killing", "killings",
    "move", "moves", "decision", "step", "steps", "action", "actions", "measure", "measures", "announcement", "law", "exercises", "drills", "demolition", "deployment",
    "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "remarks", "comments", "statement", "threat", "threats",
    "meeting", "conference", "summit", "vote", "resolution", "truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "plan", "proposal", "offer",
    "sanctions", "seizure", "arrest", "arrests", "expulsion", "withdrawal", "incursion", "invasion", "offensive", "operation", "test", "launch", "provocation",
    "incursions", "patrol", "patrols", "exercise", "declaration",
];

/// Whether the object right after token `t1` is a definite noun naming an act ("the attack",
/// "this week's strikes", "the latest move").
fn reacts_to_act(s: &Sent, t1: usize) -> bool {
    if !matches!(s.w(t1), "the" | "this" | "that" | "these" | "those" | "its" | "their") {
        return false;
    }
    (t1 + 1..(t1 + 5).min(s.toks.len())).take_while(|&k| matches!(s.toks[k].k, Tk::Word | Tk::Hyphen | Tk::Poss)).any(|k| is_in(s.w(k), ACT_NOUNS))
}

/// The event type an act noun after token `t1` names, when it is specific ("the attack":
/// ASSAULT, "the accusation": ACCUSE, "the drills": MOBILIZE).
fn act_kind(s: &Sent, t1: usize) -> Option<&'static str> {
    (t1 + 1..(t1 + 5).min(s.toks.len())).take_while(|&k| matches!(s.toks[k].k, Tk::Word | Tk::Hyphen | Tk::Poss)).find_map(|k| match s.w(k) {
        "attack" | "attacks" | "strike" | "strikes" | "airstrike" | "airstrikes" | "bombing" | "bombings" | "shelling" | "raid" | "raids" | "blast" | "explosion" | "killing" | "killings" | "incursion" | "incursions" | "invasion" | "offensive" | "demolition" | "seizure" => Some("ASSAULT"),
        "accusation" | "accusations" | "allegation" | "allegations" | "charge" | "charges" | "claim" | "claims" => Some("ACCUSE"),
        "exercises" | "exercise" | "drills" | "deployment" | "patrol" | "patrols" => Some("MOBILIZE"),
        "sanctions" | "expulsion" => Some("SANCTION"),
        "meeting" | "conference" | "summit" | "talks" => Some("CONSULT"),
        "move" | "moves" | "decision" | "step" | "steps" | "measure" | "measures" | "law" | "announcement" | "declaration" => Some("POLICY"),
        "threat" | "threats" => Some("THREATEN"),
        _ => None,
    })
}

/// Whether the words after token `t1` name unnamed addressees of an appeal ("all parties",
/// "all sides", "countries", "Western allies", "the international community").
fn appeals_to_unnamed(s: &Sent, t1: usize) -> bool {
    let mut k = t1;
    // the pattern may end with "on"/"upon" ("called on"); skip determiners and one modifier
    while k < s.toks.len() && k < t1 + 3 && matches!(s.w(k), "all" | "the" | "both" | "other" | "its" | "their" | "western" | "regional" | "fellow" | "member" | "warring" | "international" | "donor") {
        k += 1;
    }
    matches!(s.w(k), "parties" | "sides" | "countries" | "nations" | "states" | "allies" | "partners" | "community" | "governments" | "donors" | "factions")
}

/// Whether the words at token `k` name a group of unnamed parties ("Western countries", "some
/// foreign governments", "outside powers"): a modifier that picks no one out, then a plural
/// group noun, and no actor mention among them.
fn unnamed_group_at(s: &Sent, k: usize) -> bool {
    let mut k = k;
    // "what he called foreign dictation": the speaker's characterisation
    if s.w(k) == "what" && matches!(s.w(k + 1), "he" | "she" | "it" | "they" | "we") && matches!(s.w(k + 2), "called" | "calls" | "termed" | "terms" | "described") {
        k += if s.w(k + 3) == "as" { 4 } else { 3 };
    }
    let mut j = k;
    if matches!(s.w(j), "the" | "some" | "certain" | "several" | "other" | "many") {
        j += 1;
    }
    // "asked its partners to ...": the source's own unnamed partners
    if matches!(s.w(k), "its" | "their") && matches!(s.w(k + 1), "partners" | "allies" | "donors" | "neighbours" | "neighbors") {
        return true;
    }
    // "the West"
    if s.w(k) == "the" && s.w(j) == "west" && s.ment_at.get(j).copied().flatten().is_none() && !matches!(s.w(j + 1), "bank") {
        return true;
    }
    let mut modified = matches!(s.w(k), "some" | "certain" | "several" | "other" | "many");
    let mut foreign = false;
    while j < s.toks.len() && j < k + 3 && matches!(s.w(j), "western" | "foreign" | "outside" | "external" | "hostile" | "unnamed" | "unidentified" | "certain" | "other" | "unspecified") {
        modified = true;
        foreign |= matches!(s.w(j), "western" | "foreign" | "outside" | "external");
        j += 1;
    }
    if !modified || !(k..=j).all(|x| s.ment_at.get(x).copied().flatten().is_none()) || s.toks.get(j).is_none_or(|t| t.k != Tk::Word) {
        return false;
    }
    let group = |w: &str| {
        matches!(
            w,
            "countries" | "governments" | "powers" | "nations" | "states" | "capitals" | "actors" | "mercenaries" | "agents" | "donors" | "partners" | "allies" | "players" | "forces" | "officials" | "diplomats" | "media" | "sponsors" | "backers" | "services"
        )
    };
    // (one more modifier: "foreign intelligence services"); a foreign or Western thing of no
    // named party ("foreign interference", "Western attempts to ...") has no addressee either
    group(s.w(j)) || (s.ment_at.get(j + 1).copied().flatten().is_none() && group(s.w(j + 1))) || foreign
}

fn country(actors: &ActorSet, a: usize) -> Option<&str> {
    actors.actors.get(a).and_then(|x| x.country.as_deref())
}

fn party_countries<'x>(c: &Cand, actors: &'x ActorSet) -> Vec<&'x str> {
    let mut v: Vec<&str> = Vec::new();
    for r in c.src.iter().chain(c.tgt.iter()).chain(c.others.iter()).chain(c.multi.iter()) {
        if let Some(cc) = country(actors, r.actor) {
            if !v.contains(&cc) {
                v.push(cc);
            }
        }
    }
    v
}

fn role_of(s: &Sent, mi: usize) -> Role {
    let m = s.ments[mi];
    Role { actor: m.2, span: (m.3, m.4) }
}

/// Resolves a pronoun at token `k`: the nearest earlier actor of a fitting kind, in this
/// sentence first, then in the memory of previous sentences.
fn resolve_pronoun(s: &Sent, k: usize, actors: &ActorSet, mem: &Memory) -> Option<Role> {
    resolve_pronoun_excluding(s, k, actors, mem, None)
}

/// The nearest actor before token `k` that `fits`: in this sentence first, then in the memory of
/// previous sentences; the role's span is token `k` (the pronoun or description).
fn nearest_fitting(s: &Sent, k: usize, mem: &Memory, fits: impl Fn(usize) -> bool) -> Option<Role> {
    let span = s.abs(k, k + 1);
    for mi in (0..s.ments.len()).rev() {
        let m = s.ments[mi];
        if m.1 <= k && fits(m.2) {
            return Some(Role { actor: m.2, span });
        }
    }
    mem.recent.iter().rev().find(|r| fits(r.0)).map(|r| Role { actor: r.0, span })
}

/// [`resolve_pronoun`] skipping one actor (an object pronoun does not refer to the subject).
fn resolve_pronoun_excluding(s: &Sent, k: usize, actors: &ActorSet, mem: &Memory, exclude: Option<usize>) -> Option<Role> {
    let w = s.w(k);
    let person = is_in(w, PRON_PERSON);
    if !person && !is_in(w, PRON_OTHER) {
        return None;
    }
    let fits = |a: usize| Some(a) != exclude && actors.actors.get(a).is_some_and(|x| (x.kind == ActorKind::Person) == person);
    nearest_fitting(s, k, mem, fits)
}

/// The speaker (a mention of a reporting clause) of a verb at token `t0` coordinated by "and"
/// after the speaker's reported complement: the verb is a bare past form and the complement's
/// verb group is marked ("had refused", "would not", "was"), so the verb parallels the reporting
/// verb ("X said Y had refused ... and urged Z"), not the complement's.
fn speaker_of_coordinated(s: &Sent, t0: usize, actors: &ActorSet) -> Option<usize> {
    if t0 < 4 || s.w(t0 - 1) != "and" {
        return None;
    }
    let w = s.w(t0);
    if !(w.ends_with("ed") || is_in(w, IRREG_PART)) {
        return None;
    }
    let v = (0..t0 - 1).rev().take_while(|&k| !matches!(s.toks[k].k, Tk::Semi | Tk::Colon | Tk::Dash | Tk::Open | Tk::Close)).find(|&k| s.in_attr[k] && is_in(s.w(k), REPORT_VERBS))?;
    let comp: Vec<usize> = (v + 1..t0 - 1).filter(|&k| !s.in_attr[k]).collect();
    // the complement has its own verb group, marked by an auxiliary or a copula
    let marked = comp.iter().any(|&k| matches!(s.w(k), "had" | "has" | "have" | "would" | "will" | "was" | "were" | "is" | "are" | "could" | "might" | "may"));
    if comp.len() < 3 || !marked {
        return None;
    }
    // the speaker: the mention of the reporting clause nearest before its verb (not a place:
    // "speaking in Tirana, said"), else the sentence's subject before a participle clause
    // ("X, speaking in Tirana, said")
    let mut k = v;
    while k > 0 && s.in_attr[k - 1] {
        k -= 1;
        if let Some(m) = s.ment_at[k] {
            let m = m as usize;
            if s.ments[m].0 > 0 && matches!(s.w(s.ments[m].0 - 1), "in" | "at" | "from" | "near") {
                continue;
            }
            return country(actors, s.ments[m].2).is_some().then_some(m);
        }
    }
    if k >= 2 && s.toks[k - 1].k == Tk::Comma && s.w(k).ends_with("ing") {
        let m = s.ment_at[0].or_else(|| if s.w(0) == "the" { s.ment_at[1] } else { None })? as usize;
        let mut e = s.ments[m].1;
        while let Some(m2) = s.ment_at.get(e).copied().flatten() {
            e = s.ments[m2 as usize].1;
        }
        if e + 1 == k && country(actors, s.ments[m].2).is_some() {
            return Some(m);
        }
    }
    None
}

/// Mentions coordinated with mention `mi` to its right ("X, Y and Z").
fn coordinated_right(s: &Sent, mi: usize, c: u16) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = mi;
    loop {
        let end = s.ments[cur].1;
        let mut k = end;
        let mut saw_link = false;
        while k < s.toks.len() && (s.in_clause(k, c) || s.nested_in(k, c)) {
            let t = s.toks[k];
            if t.k == Tk::Comma || matches!(s.w(k), "and" | "both" | "as" | "well" | "or" | "the") {
                saw_link |= t.k == Tk::Comma || matches!(s.w(k), "and" | "as" | "or");
                k += 1;
                continue;
            }
            break;
        }
        match s.ment_at.get(k).copied().flatten() {
            Some(nm) if saw_link && nm as usize != cur && !s.in_attr[k] && (s.in_clause(k, c) || s.nested_in(k, c)) => {
                out.push(nm as usize);
                cur = nm as usize;
            }
            _ => break,
        }
    }
    out
}

/// Mentions coordinated with mention `mi` to its left ("X and Y met").
fn coordinated_left(s: &Sent, mi: usize, c: u16) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = mi;
    loop {
        let start = s.ments[cur].0;
        if start == 0 {
            break;
        }
        let mut k = start;
        let mut saw_link = false;
        while k > 0 && s.in_clause(k - 1, c) {
            if s.toks[k - 1].k == Tk::Comma || matches!(s.w(k - 1), "and" | "both" | "as" | "well" | "the") {
                saw_link |= s.toks[k - 1].k == Tk::Comma || s.w(k - 1) == "and";
                k -= 1;
                continue;
            }
            break;
        }
        if k == 0 || !saw_link {
            break;
        }
        match s.ment_at[k - 1] {
            Some(nm) if s.ments[nm as usize].1 == k && !s.in_attr[k - 1] => {
                out.push(nm as usize);
                cur = nm as usize;
            }
            _ => break,
        }
    }
    out.reverse();
    out
}

/// Other mentions with exactly the span of mention `mi` ("Pakistani and Indian troops" is one
/// span for two actors).
fn same_span(s: &Sent, mi: usize) -> Vec<usize> {
    let m = s.ments[mi];
    (0..s.ments.len()).filter(|&j| j != mi && s.ments[j].0 == m.0 && s.ments[j].1 == m.1 && s.ments[j].2 != m.2).collect()
}

/// Skips "X's title Y" to the head Y.
fn head_of(s: &Sent, mi: usize) -> usize {
    let end = s.ments[mi].1;
    if s.toks.get(end).is_some_and(|t| t.k == Tk::Poss) {
        for k in end + 1..(end + 5).min(s.toks.len()) {
            if let Some(nm) = s.ment_at[k] {
                return nm as usize;
            }
            let t = s.toks[k];
            let cap = t.k == Tk::Word && s.text[t.s..].chars().next().is_some_and(|c| c.is_uppercase());
            if !(cap || is_in(s.w(k), ROLE_NOUNS)) {
                break;
            }
        }
    }
    mi
}

fn roles(s: &Sent, c: &mut Cand, e: &Entry, actors: &ActorSet, mem: &Memory, prev: &[Cand], all_trig: &[(usize, usize)]) {
    let later_triggers: Vec<usize> = all_trig.iter().map(|t| t.0).filter(|&f| f > c.t0).collect();
    let cid = c.cid;
    let n = s.toks.len();
    let ment_starting = |k: usize| -> Option<usize> { s.ment_at.get(k).copied().flatten().map(|m| m as usize) };
    // ---- left side
    let mut left: Option<usize> = None;
    let mut dyad_other: Option<Role> = None;
    let mut left_pron: Option<Role> = None;
    let participle_clause = !c.nominal && s.w(c.t0).ends_with("ing") && c.t0 > 0 && s.toks[c.t0 - 1].k == Tk::Comma;
    if participle_clause {
        if let Some(p) = prev.iter().rev().find(|p| !p.nominal && p.t1 < c.t0) {
            left_pron = p.src;
        }
    }
    // "X said Y had refused ... and urged Z", "X told the council that the fighting was ... and
    // accused Y": a verbal act coordinated after a reported complement is the speaker's
    let speaker = if !c.nominal && !participle_clause && matches!(c.plover.as_str(), "REQUEST" | "ACCUSE" | "REJECT" | "SUPPORT" | "THREATEN") {
        speaker_of_coordinated(s, c.t0, actors)
    } else {
        None
    };
    if speaker.is_some() {
        left = speaker;
    }
    if !c.nominal && !participle_clause && speaker.is_none() {
        for k in s.left_in_clause(c.t0, cid) {
            if s.in_attr[k] {
                continue;
            }
            // a nominal event is the subject ("Israeli airstrikes on Syria killed ..."): the
            // verb elaborates it
            let comma_and = c.t0 >= 2 && s.w(c.t0 - 1) == "and" && s.toks[c.t0 - 2].k == Tk::Comma;
            // (not the object of an earlier verb: "condemned the attacks and accused X")
            let object_of_verb = |p: &Cand| s.w(c.t0.saturating_sub(1)) == "and" && prev.iter().any(|q| !q.nominal && q.cid == cid && q.t1 <= p.t0);
            if let Some((pi, p)) = prev.iter().enumerate().rev().find(|(_, p)| p.nominal && p.cid == cid && k >= p.t0 && k < p.t1 && !comma_and && !object_of_verb(p)) {
                left_pron = p.src;
                c.merge_into = Some(pi);
                break;
            }
            if (is_in(s.w(k), REPORT_VERBS) && !s.in_attr[k]) || all_trig.iter().any(|&(f, e2)| k >= f && k < e2 && f != c.t0) {
                // coordinated predicates share the subject ("accused X of Y and asked Z to ...")
                // (the trigger met may be an object noun inside the first predicate's complement:
                // "condemned the raids and accused X": the latest verb of the clause before it)
                if s.w(c.t0.saturating_sub(1)) == "and" {
                    if let Some(p) = prev.iter().rev().find(|p| !p.nominal && k >= p.t0 && k < p.t1).or_else(|| prev.iter().rev().find(|p| !p.nominal && p.cid == cid && p.t1 <= k)) {
                        left_pron = p.src;
                    }
                }
                break;
            }
            if let Some(m) = ment_starting(k) {
                let st = s.ments[m].0;
                // the object of an earlier verb in the clause is not this verb's subject (but the
                // subject of a claim apposition is: "accused X of Y, a charge Kyiv rejected"; and a
                // reporting verb in between starts a new statement: "accused X of ... and said
                // China would ...")
                let appos = claim_apposition(s, c.t0).is_some_and(|cn| st > cn);
                if let Some(p) = prev.iter().rev().find(|p| !p.nominal && p.cid == cid && p.t1 <= st && !appos && !(p.t1..st).any(|x| is_in(s.w(x), REPORT_VERBS))) {
                    if s.w(c.t0.saturating_sub(1)) == "and" {
                        left_pron = p.src;
                    }
                    break;
                }
                let governed = st > 0 && is_in(s.w(st - 1), PREPS) && prev.iter().any(|p| p.nominal && p.cid == cid && p.t0 < st);
                if governed {
                    continue;
                }
                // "the U.S. embassy in Sarajevo called ...", "Police in Nairobi fired ...",
                // "Protesters outside the embassy in Baghdad ...": a place modifying the subject
                // is not it
                let locative = st >= 2 && matches!(s.w(st - 1), "in" | "at" | "near" | "outside") && (st.saturating_sub(5)..st - 1).any(|x| s.ment_at[x].is_some() && s.in_clause(x, cid));
                if locative {
                    continue;
                }
                left = Some(m);
                break;
            }
            let plural_np = k > 0
                && pair_np(s, k - 1) == Some(false)
                && (k < 2 || matches!(s.w(k - 2), "the" | "" | "from" | "of") || s.cstart[cid as usize] + 1 >= k || claim_apposition(s, c.t0) == Some(k - 2));
            if c.t0 - k <= 3 && (s.w(k) == "they" || plural_np) {
                if let Some((a, b)) = mem.last_dyad.or(mem.story_dyad.filter(|_| plural_np)) {
                    left_pron = Some(a);
                    dyad_other = Some(b);
                    break;
                }
            }
            if s.toks[k].k == Tk::Word && (is_in(s.w(k), PRON_PERSON) || matches!(s.w(k), "they" | "it")) && c.t0 - k <= 4 {
                left_pron = resolve_pronoun(s, k, actors, mem);
                break;
            }
        }
        if left.is_none() && left_pron.is_none() && c.t0 >= 2 && s.w(c.t0 - 1) == "and" && s.toks[c.t0 - 2].k == Tk::Comma && s.w(c.t0).ends_with("ed") {
            // "X said ..., and urged Y": a past verb coordinated with the report verb shares its
            // subject (the speaker)
            if let Some(v) = s.left_in_clause(c.t0, cid).find(|&k| s.in_attr[k] && is_in(s.w(k), REPORT_VERBS)) {
                let mut k = v;
                while k > 0 && s.in_attr[k - 1] {
                    k -= 1;
                    if let Some(m) = ment_starting(k) {
                        left = Some(m);
                        break;
                    }
                }
            }
        }
        if left.is_none() && left_pron.is_none() && s.crel[cid as usize] {
            // relative clause: antecedent = event trigger or mention right before the clause
            let st = s.cstart[cid as usize];
            if st > 0 {
                if let Some((pi, p)) = prev.iter().enumerate().rev().find(|(_, p)| p.t1 + 1 >= st && p.t1 <= st) {
                    left_pron = p.src;
                    c.merge_into = Some(pi);
                } else {
                    for k in (0..st).rev().take(3) {
                        if let Some(m) = ment_starting(k) {
                            left = Some(m);
                            break;
                        }
                    }
                }
            }
        }
    } else {
        // nominal: possessive, premodifier, hyphen compound
        let mut k = c.t0;
        let mut steps = 0;
        while k > 0 && steps < 6 {
            k -= 1;
            steps += 1;
            if !s.in_clause(k, cid) || s.in_attr[k] {
                break;
            }
            let t = s.toks[k];
            match t.k {
                Tk::Poss => {
                    if k > 0 {
                        if let Some(m) = ment_starting(k - 1) {
                            left = Some(m);
                        }
                    }
                    break;
                }
                Tk::Hyphen => continue,
                Tk::Word => {
                    if let Some(m) = ment_starting(k) {
                        left = Some(m);
                        break;
                    }
                    let w = s.w(k);
                    if matches!(w, "his" | "her" | "their" | "its") {
                        left_pron = resolve_pronoun(s, k, actors, mem);
                        break;
                    }
                    if matches!(w, "with" | "of" | "by" | "to" | "and" | "in" | "on" | "for" | "that" | "which" | "who" | "between" | "from" | "at" | "into" | "against" | "the" | "a" | "an" | "this" | "these" | "those" | "any" | "no") {
                        break;
                    }
                }
                _ => break,
            }
        }
    }
    // a shared span stands for coordinated actors: the first is the head
    if let Some(m) = left {
        let first = (0..s.ments.len()).find(|&j| s.ments[j].0 == s.ments[m].0 && s.ments[j].1 == s.ments[m].1).unwrap_or(m);
        left = Some(first);
    }
    let mut src: Option<Role> = left.map(|m| role_of(s, m)).or(left_pron);
    let mut src_coord: Vec<usize> = left.map(|m| coordinated_left(s, m, cid)).unwrap_or_default();
    let left_shared: Vec<usize> = left.map(|m| same_span(s, m)).unwrap_or_default();
    // hyphen compound "Israel-Syria talks": two premodifier countries
    if c.nominal {
        if let Some(m) = left {
            let st = s.ments[m].0;
            if st >= 2 && s.toks[st - 1].k == Tk::Hyphen {
                if let Some(m0) = ment_starting(st - 2) {
                    src_coord.push(m0);
                }
            }
        }
    }
    // ---- passive / reversed
    let first_word = s.w(c.t0);
    let participle = first_word.ends_with("ed") || is_in(first_word, IRREG_PART);
    let mut passive = false;
    if !c.nominal && participle {
        let mut k = c.t0;
        let mut hops = 0;
        while k > 0 && hops < 3 {
            k -= 1;
            hops += 1;
            let w = s.w(k);
            if is_in(w, BE_AUX) {
                passive = true;
                break;
            }
            if !is_in(w, ADVERBS) && !matches!(w, "not" | "never") {
                break;
            }
        }
    }
    let by_agent = |from: usize| -> Option<usize> {
        for k in s.right_in_clause(from, cid) {
            if s.w(k) == "by" || (e.frame.rev && s.w(k) == "from") {
                for k2 in k + 1..(k + 4).min(n) {
                    if let Some(m) = ment_starting(k2) {
                        return Some(m);
                    }
                }
            }
        }
        None
    };
    // (a reduced relative is the participle alone before "by": "talks mediated by X"; in "held
    // talks by phone" the trigger has its own object and "by" is the means, not an agent)
    let reduced = !c.nominal && participle && ((c.t1 == c.t0 + 1 && s.w(c.t1) == "by") || s.w(c.t0 + 1) == "by") && !passive;
    if reduced {
        // the modified noun phrase must be right before ("Israel, backed by X"); otherwise the
        // participle modifies a non-actor noun
        let adjacent = left.is_some_and(|m| s.ments[m].1 + 2 >= c.t0);
        if !adjacent {
            left = None;
            src = None;
        }
        // "talks (, reportedly) mediated by X": attach X to the event it modifies
        if let Some(pi) = prev.iter().rposition(|p| p.t1 <= c.t0 && p.t1 + 10 >= c.t0 && (p.cid == cid || s.nested_in(c.t0, p.cid))) {
            // a mediation or hosting next to an act of another kind ("agreed ..., in a ceremony
            // hosted by X", "released prisoners in an exchange mediated by X") is a meeting of
            // its own
            if !(matches!(c.cameo.as_str(), "045" | "043") && c.plover == "CONSULT" && prev[pi].plover != "CONSULT") {
                c.merge_into = Some(pi);
                c.attach = true;
            }
        }
    }
    // ---- right side
    let mut right: Option<usize> = None;
    let mut obj_pron_at: Option<usize> = None;
    // "both sides", "the two governments", "either country": the latest pair (else the story's
    // pair); a one-way act toward it is one event per party
    let mut obj_dyad: Option<(Role, Role)> = None;
    if !e.frame.notgt {
        let mut skip = false;
        let mut loc_skip = false;
        let mut right_first: Option<usize> = None;
        let mut obj_pron: Option<usize> = None;
        let mut loc_skipped: Option<usize> = None;
        let scan_from = if c.nominal { c.t1 } else { c.t0 + 1 };
        for k in s.right_in_clause(scan_from, cid) {
            if s.in_attr[k] {
                continue;
            }
            if s.toks[k].k == Tk::Comma && matches!(s.w(k + 1), "including" | "which" | "who" | "while" | "but" | "saying" | "adding" | "stating" | "citing" | "according") {
                break;
            }
            if s.toks[k].k == Tk::Comma && matches!(s.w(k + 1), "and" | "or") && later_triggers.iter().any(|&f| f > k) {
                break;
            }
            if k >= c.t1 && is_in(s.w(k), REPORT_VERBS) {
                break;
            }
            // "rejected the vote and reaffirmed its support for X": the object ends where a
            // coordinated predicate begins
            if k > c.t1 && s.w(k - 1) == "and" && s.w(k).ends_with("ed") && later_triggers.contains(&k) {
                c.obj_cut = right.is_none();
                break;
            }
            // "freed hostages in exchange for Palestinian prisoners": the other side's share is
            // not the target
            if k >= c.t1 && s.w(k) == "exchange" && s.w(k.saturating_sub(1)) == "in" && s.w(k + 1) == "for" {
                break;
            }
            // "accused Western countries of ...", "warned foreign governments": the addressee is a
            // group that names no actor; the act has no target (not a party named further on)
            if right.is_none() && !skip && !c.nominal && (k == c.t0 + 1 || k == c.t1) && matches!(c.plover.as_str(), "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT" | "REQUEST") && unnamed_group_at(s, k) {
                c.unnamed_tgt = true;
                break;
            }
            if let Some(m) = ment_starting(k) {
                // a party without a country cannot be coded; look further
                if country(actors, s.ments[m].2).is_none() {
                    continue;
                }
                // "called the patrol a violation of Japan's sovereignty": the complainant's own
                // country whose rights were violated is not the accused
                let me = s.ments[m].1;
                if c.plover == "ACCUSE"
                    && k >= c.t1.saturating_sub(1)
                    && s.toks.get(me).is_some_and(|t| t.k == Tk::Poss)
                    && matches!(s.w(me + 1), "sovereignty" | "territory" | "airspace" | "waters" | "integrity" | "borders" | "border" | "soil")
                    && src.is_some_and(|r| country(actors, r.actor) == country(actors, s.ments[m].2))
                {
                    continue;
                }
                if skip && loc_skip && loc_skipped.is_none() {
                    loc_skipped = Some(m);
                }
                if !skip {
                    right = Some(head_of(s, m));
                    right_first = Some(m);
                    break;
                }
                continue;
            }
            if right.is_none()
                && !skip
                && k >= c.t1
                && !c.nominal
                && matches!(c.plover.as_str(), "ASSAULT" | "COERCE")
                && matches!(s.w(k), "its" | "their")
                && k <= c.t1 + 2
                && s.toks.get(k + 1).is_some_and(|t| t.k == Tk::Word)
            {
                // "struck several of its bases": the owner is the target
                obj_pron = Some(k);
                break;
            }
            // (also in the pattern's gap: "urged both governments to return to talks")
            if let (true, Some(either)) = (right.is_none() && !skip && k > c.t0, pair_np(s, k)) {
                if either || k <= c.t1 + 2 {
                    obj_dyad = mem.last_dyad.or(mem.story_dyad);
                    break;
                }
            }
            if right.is_none() && !skip && k >= c.t1 && matches!(s.w(k), "them" | "him" | "her") && k <= c.t1 + 1 {
                obj_pron = Some(k);
                break;
            }
            if s.toks[k].k == Tk::Word {
                let w = s.w(k);
                let directional = w == "at" && matches!(c.plover.as_str(), "ASSAULT" | "THREATEN");
                if k + 1 == c.t1 && k > c.t0 {
                    // the pattern's own final preposition introduces the target
                    skip = false;
                } else if is_in(w, SKIP_PREPS) && !directional {
                    skip = true;
                    loc_skip = matches!(w, "in" | "at" | "near" | "inside");
                } else if matches!(w, "with" | "on" | "against" | "to" | "of" | "from" | "for" | "between" | "into" | "about" | "toward" | "towards" | "over" | "involving" | "that") {
                    skip = false;
                }
            }
            if c.nominal && k > c.t1 + 6 {
                break;
            }
        }
        // nominal: roles only from the phrase right after the trigger (with/between/of/on...)
        if c.nominal {
            if let Some(m0) = right_first {
                let st = s.ments[m0].0;
                let np_word = |k: usize| {
                    let t = s.toks[k];
                    (t.k == Tk::Word && s.text[t.s..].chars().next().is_some_and(|c| c.is_uppercase())) || t.k == Tk::Hyphen
                };
                // ("talks in Malaysia between X and Y": a place may come first)
                let gap_ok = (c.t1..st).all(|k| matches!(s.w(k), "the" | "a" | "an" | "with" | "between" | "on" | "against" | "of" | "to" | "involving" | "by" | "into" | "and" | "both" | "for") || np_word(k) || s.w(k) == "in" && np_word(k + 1)) && st <= c.t1 + 5;
                let ends_prep = matches!(s.w(c.t1 - 1), "with" | "between" | "on" | "against" | "of" | "to" | "involving" | "into" | "for" | "by")
                    || (c.t1..st).any(|k| matches!(s.w(k), "with" | "between" | "on" | "against" | "of" | "to" | "involving" | "into"));
                if !(gap_ok && ends_prep) {
                    right = None;
                }
            }
        }
        obj_pron_at = obj_pron;
        // an attack or seizure "in Pakistan" with no other target is aimed at that country
        if right.is_none() && obj_pron.is_none() && matches!(c.plover.as_str(), "ASSAULT" | "COERCE") {
            if let Some(m) = loc_skipped {
                let sc = left.and_then(|l| country(actors, s.ments[l].2));
                if country(actors, s.ments[m].2) != sc {
                    right = Some(m);
                }
            }
        }
    }
    let mut tgt_pron: Option<Role> = None;
    if let Some(k) = obj_pron_at {
        let exclude = src.map(|r| r.actor);
        tgt_pron = resolve_pronoun_excluding(s, k, actors, mem, exclude);
    }
    // "warned (last month) that X ...", not "opposes any deal that ..."
    let that_at = (c.t0..=(c.t1 + 3).min(n.saturating_sub(1)))
        .find(|&k| s.w(k) == "that")
        .filter(|&k| k < c.t1 || !(c.t1..k).any(|x| matches!(s.w(x), "any" | "a" | "an" | "the" | "this" | "every" | "no")));
    if right.is_none() && e.frame.ctl && !c.nominal && that_at.is_some() {
        let from = that_at.map_or(c.t1, |k| k + 1);
        let sc = src.and_then(|r| country(actors, r.actor));
        for k in from..(from + 12).min(n) {
            if s.in_attr[k] || matches!(s.toks[k].k, Tk::Comma | Tk::Semi) || matches!(s.w(k), "who" | "which" | "that" | "whom") {
                break;
            }
            // "warned that it would not trade with either country": the pair told before
            if pair_np(s, k).is_some() {
                obj_dyad = mem.last_dyad.or(mem.story_dyad);
                break;
            }
            if let Some(m) = ment_starting(k) {
                // "warned that Israel would strike if Hezbollah ...": the speaker's own side is
                // not the addressee
                if country(actors, s.ments[m].2).is_none() || country(actors, s.ments[m].2) == sc {
                    continue;
                }
                right = Some(head_of(s, m));
                break;
            }
        }
    }
    if c.nominal && left.is_none() && left_pron.is_none() {
        let mut k = c.t1;
        while k < n && k < c.t1 + 6 && s.in_clause(k, cid) {
            if s.w(k) == "by" && !(k > 0 && s.w(k - 1).ends_with("ed")) {
                for k2 in k + 1..(k + 5).min(n) {
                    if let Some(m) = ment_starting(k2) {
                        src = Some(role_of(s, m));
                        break;
                    }
                }
                break;
            }
            k += 1;
        }
    }
    if let Some(m) = right {
        let first = (0..s.ments.len()).find(|&j| s.ments[j].0 == s.ments[m].0 && s.ments[j].1 == s.ments[m].1).unwrap_or(m);
        right = Some(first);
    }
    let mut right_coord: Vec<usize> = right.map(|m| same_span(s, m)).unwrap_or_default();
    right_coord.extend(right.map(|m| coordinated_right(s, m, cid)).unwrap_or_default());
    // ---- assign
    let mut tgt: Option<Role> = right.map(|m| role_of(s, m)).or(tgt_pron);
    // "the two leaders signed a declaration asking X", "the two neighbours committed to respect
    // Ethiopia's ...": the pair are the parties of a symmetric act, an object is a third party
    let mut pair_third: Option<Role> = None;
    if let (Some(o), true) = (dyad_other, e.frame.sym || matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE")) {
        if tgt.is_some_and(|t| t.actor != o.actor) {
            pair_third = tgt.filter(|t| src.is_none_or(|sr| country(actors, sr.actor) != country(actors, t.actor)) && country(actors, o.actor) != country(actors, t.actor));
            tgt = None;
        }
    }
    if tgt.is_none() {
        if let Some(o) = dyad_other {
            if e.frame.sym || matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE" | "ASSAULT") {
                tgt = Some(o);
            }
        }
    }
    let mut dyad_extra: Option<Role> = None;
    if tgt.is_none() {
        if let Some((a, b)) = obj_dyad {
            // (the pair filled in from context is no new evidence of who the parties are)
            c.implicit = true;
            let sa = src.and_then(|r| country(actors, r.actor));
            if sa.is_some() && country(actors, a.actor) == sa {
                tgt = Some(b);
            } else if sa.is_some() && country(actors, b.actor) == sa {
                tgt = Some(a);
            } else {
                tgt = Some(a);
                dyad_extra = Some(b);
            }
        }
    }
    let mut others: Vec<Role> = pair_third.into_iter().collect();
    if passive || reduced || e.frame.rev {
        let agent = by_agent(c.t0 + 1);
        let agent_role = agent.map(|m| role_of(s, m));
        if e.frame.rev && !passive {
            // "received aid from X": subject is the target
            let subj = src;
            src = agent_role;
            tgt = subj;
        } else {
            let subj = src;
            src = agent_role;
            if tgt.is_some_and(|t| agent_role.is_some_and(|a| a.actor == t.actor)) {
                tgt = None;
            }
            if subj.is_some() {
                tgt = subj;
            }
        }
    }
    if !passive && !reduced && !e.frame.rev {
        // coordinated subjects
        if !src_coord.is_empty() || !left_shared.is_empty() {
            let mut all: Vec<Role> = src_coord.iter().map(|&x| role_of(s, x)).collect();
            if let Some(sr) = src {
                all.push(sr);
            }
            all.extend(left_shared.iter().map(|&x| role_of(s, x)));
            others.clear();
            src = all.first().copied();
            let sym_type = e.frame.sym || matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE");
            if sym_type && all.len() >= 2 {
                // "X and Y agreed/met ...": the pair are the parties, an object is a third party
                if let Some(t) = tgt {
                    others.push(t);
                }
                tgt = all.get(1).copied();
                others.extend(all.iter().skip(2).copied());
            } else {
                others.extend(all.iter().skip(1).copied());
                c.co_src.extend(all.iter().skip(1).copied());
            }
        }
    }
    let symmetric = e.frame.sym || matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE");
    for x in right_coord {
        let r = role_of(s, x);
        if src.is_none() && c.nominal && tgt.is_some() && others.is_empty() {
            // "talks between X and Y": X is the source when nothing else is
            src = tgt;
            tgt = Some(r);
            continue;
        }
        // "X spoke to A and B by phone": one call each
        if c.cameo == "041" && !c.nominal && src.is_some() && tgt.is_some() && src_coord.is_empty() {
            c.co_tgt.push(r);
            continue;
        }
        if !symmetric && !e.frame.multi {
            c.co_tgt.push(r);
        }
        others.push(r);
    }
    if let Some(b) = dyad_extra {
        others.push(b);
        // a one-way act toward the pair is one event per party
        if !e.frame.sym && !matches!(c.plover.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
            c.co_tgt.push(b);
        }
    }
    // attachments: "mediated/brokered/hosted/facilitated by X", "involving X", "X-brokered"
    let mut k = c.t1;
    while k < n && (s.in_clause(k, cid) || s.nested_in(k, cid)) {
        let w = s.w(k);
        if matches!(w, "mediated" | "brokered" | "hosted" | "facilitated" | "sponsored" | "organized" | "organised" | "arranged") && s.w(k + 1) == "by" {
            for k2 in k + 2..(k + 5).min(n) {
                if let Some(m) = ment_starting(k2) {
                    let r = role_of(s, m);
                    if src.is_none_or(|x| x.actor != r.actor) && !others.iter().any(|o| o.actor == r.actor) {
                        others.push(r);
                    }
                    break;
                }
            }
        }
        if w == "involving" {
            for k2 in k + 1..(k + 4).min(n) {
                if let Some(m) = ment_starting(k2) {
                    let r = role_of(s, m);
                    if !others.iter().any(|o| o.actor == r.actor) {
                        others.push(r);
                    }
                    break;
                }
            }
        }
        k += 1;
    }
    if c.t0 >= 2 && s.toks[c.t0 - 1].k == Tk::Hyphen && s.w(c.t0) == "brokered" {
        if let Some(m) = ment_starting(c.t0 - 2) {
            let r = role_of(s, m);
            others.push(r);
            if src.is_some_and(|x| x.actor == r.actor) {
                src = None;
            }
        }
    }
    // multilateral: every actor of the sentence outside attribution
    if e.frame.multi {
        for (mi, m) in s.ments.iter().enumerate() {
            if s.in_attr[m.0] {
                continue;
            }
            let r = role_of(s, mi);
            if !c.multi.iter().any(|x| x.actor == r.actor) {
                c.multi.push(r);
            }
        }
        if src.is_none() {
            src = others.first().copied().or(tgt).or(c.multi.first().copied());
        }
        let sa = src.map(|r| r.actor);
        let sc = sa.and_then(|a| country(actors, a));
        if tgt.is_none() || tgt.map(|r| r.actor) == sa {
            tgt = c.multi.iter().find(|r| Some(r.actor) != sa && country(actors, r.actor) != sc).copied();
        }
    }
    if let (Some(sr), Some(m)) = (src, right) {
        let mm = s.ments[m];
        if s.weak.contains(&(mm.0, mm.1)) && country(actors, sr.actor) == country(actors, mm.2) && tgt.is_some_and(|t| t.actor == mm.2) {
            tgt = None;
            // "barred American airlines from flying to X": the party after the pattern's final
            // preposition
            if mm.0 < c.t1 && c.t1 >= 1 && is_in(s.w(c.t1 - 1), PREPS) {
                if let Some(m2) = s.right_in_clause(c.t1, cid).take(4).find_map(|k| ment_starting(k)) {
                    if country(actors, s.ments[m2].2).is_some_and(|x| Some(x) != country(actors, sr.actor)) {
                        tgt = Some(role_of(s, head_of(s, m2)));
                    }
                }
            }
        }
    }
    // a claim answered in apposition ("Russia accused Ukraine of X, a charge Kyiv rejected"):
    // the author of the claim (the source of the sentence's latest earlier event) is the target;
    // a pair subject ("a charge both countries rejected") is both parties
    if tgt.is_none() && !c.nominal && c.plover == "REJECT" {
        if let Some(cn) = claim_apposition(s, c.t0) {
            let fits = |r: &Role| country(actors, r.actor).is_some() && src.is_none_or(|x| x.actor != r.actor);
            // (else the speaker who reported the claim: "X said ..., a claim Beirut disputed")
            let claim = prev.iter().rev().find(|p| p.t1 <= cn);
            let author = claim.and_then(|p| p.src.filter(fits)).or_else(|| (0..cn).rev().filter(|&k| s.in_attr[k]).find_map(|k| ment_starting(k).map(|m| role_of(s, m))).filter(fits));
            if let Some(a) = author {
                tgt = Some(a);
                if dyad_other.is_some() {
                    // "X accuses Y of helping Z, a charge both countries reject": the pair are
                    // the accused (the claim's target and another party named in the claim)
                    let accused = claim.and_then(|p| p.tgt).filter(|t| country(actors, t.actor) != country(actors, a.actor));
                    let ac = accused.and_then(|t| country(actors, t.actor));
                    let other = claim.and_then(|p| {
                        (p.t1..cn).filter_map(|k| ment_starting(k).map(|m| role_of(s, m))).find(|r| country(actors, r.actor).is_some_and(|x| Some(x) != ac && Some(x) != country(actors, a.actor)))
                    });
                    if let (Some(x), Some(y)) = (accused, other) {
                        src = Some(x);
                        c.co_src.push(y);
                    } else {
                        tgt = None;
                    }
                }
            }
        }
    }
    // symmetric verbs with coordinated subject only ("X and Y met")
    others.retain(|o| src.is_none_or(|x| x.actor != o.actor) && tgt.is_none_or(|x| x.actor != o.actor));
    c.src = src;
    c.tgt = tgt;
    c.others = others;
}

fn status(s: &Sent, c: &mut Cand, e: &Entry, reported: bool) {
    let cid = c.cid;
    // window: clause tokens before the trigger back to the subject (or clause start)
    let mut window: Vec<usize> = Vec::new();
    for k in s.left_in_clause(c.t0, cid) {
        if s.ment_at[k].is_some() && !c.nominal {
            break;
        }
        // ", and urged ...": what precedes belongs to the previous coordinate
        if s.w(k) == "and" && k > 0 && s.toks[k - 1].k == Tk::Comma && !c.nominal {
            break;
        }
        window.push(k);
        if window.len() >= 12 {
            break;
        }
    }
    if c.nominal {
        window.truncate(4);
    }
    let mut neg = false;
    let mut hyp = s.ccond[cid as usize];
    let mut intent = false;
    for &k in &window {
        let w = s.w(k);
        if w == "not" && s.w(k + 1) == "only" {
            continue;
        }
        if w == "not" || w == "never" || w.ends_with("n't") || w == "no" || is_in(w, NEG_WORDS) {
            neg = true;
        }
        if is_in(w, HYP_WORDS) {
            hyp = true;
        }
        if is_in(w, INTENT_WORDS) || w.ends_with("'ll") {
            intent = true;
        }
        // "<intent head> to" anywhere in the window
        if is_in(w, INTENT_HEADS) && !matches!(w, "is" | "are") && s.w(k + 1) == "to" {
            intent = true;
        }
    }
    // inside the trigger (gap words), unless the pattern carries the negation itself
    if !e.frame.neg {
        for k in c.t0..c.t1 {
            let w = s.w(k);
            if w == "not" || w == "never" || w.ends_with("n't") || w == "no" {
                neg = true;
            }
        }
    }
    // nouns: the clause predicate after the trigger ("is not on the table", "would be")
    let reduced = !c.nominal && s.w(c.t1) == "by";
    if c.nominal || reduced {
        let right: Vec<usize> = s.right_in_clause(c.t1, cid).take(25).collect();
        for (i, &k) in right.iter().enumerate() {
            let w = s.w(k);
            if i < 10 && (matches!(w, "not" | "never") || w.ends_with("n't")) {
                neg = true;
            }
            if matches!(w, "would" | "could" | "might" | "may") && right.get(i + 1).is_some_and(|&k2| matches!(s.w(k2), "be" | "take" | "have" | "require" | "mark" | "happen" | "come")) {
                hyp = true;
            }
        }
    }
    // "X denied that ...", "X denied meeting Y": the complement of a denial
    for k in 0..c.t0 {
        if matches!(s.w(k), "denied" | "denies" | "deny" | "denying") && !(c.t0..c.t1).contains(&k) {
            // "X denied that ... and said (that) Y ...": the second report is not denied
            if (k + 1..c.t0).any(|x| s.w(x) == "and" && is_in(s.w(x + 1), REPORT_VERBS)) {
                continue;
            }
            let dc = s.cl[k];
            let comp = s.crel[cid as usize] && s.parent[cid as usize] == Some(dc) && s.cstart[cid as usize] > k;
            if comp || (dc == cid && c.t0 <= k + 2) {
                neg = true;
            }
        }
    }
    c.status = if neg {
        Status::Denied
    } else if hyp {
        Status::Hypothetical
    } else if intent {
        Status::Intended
    } else if reported {
        Status::Reported
    } else {
        Status::Asserted
    };
}

/// The time expression of the clause nearest to the trigger. An attributive time ("the 1974
/// disengagement agreement", "the 2015 nuclear deal") dates the thing its noun names, not the
/// event: it is skipped unless it modifies the event's own noun ("his June meeting", "Thursday's
/// talks").
fn nearest_time(s: &Sent, times: &[TimeExpr], t0: usize, t1: usize, cid: u16, nominal: bool) -> Option<TimeExpr> {
    let mut best: Option<(usize, &TimeExpr)> = None;
    for t in times {
        let Some(k) = s.toks.iter().position(|x| x.e > t.start) else { continue };
        if !(s.in_clause(k, cid) || s.nested_in(k, cid)) || t.value.is_none() && t.text.is_empty() {
            continue;
        }
        if t.attributive {
            let kend = s.toks.iter().rposition(|x| x.s < t.end).unwrap_or(k);
            let own_noun = nominal && kend < t0 && t0 - kend <= 3 && (kend + 1..t0).all(|x| s.toks[x].k != Tk::Comma);
            // "in a surprise December offensive", "during his June visit": the phrase dates the event
            let adverbial = (k.saturating_sub(3)..k).rev().find(|&x| !matches!(s.w(x), "a" | "an" | "the" | "his" | "her" | "its" | "their" | "surprise" | "brief" | "short")).is_some_and(|x| matches!(s.w(x), "in" | "during"));
            if !own_noun && !adverbial {
                continue;
            }
        }
        let d = if k < t0 { t0 - k } else { k.saturating_sub(t1 - 1) };
        if best.is_none_or(|b| d < b.0) {
            best = Some((d, t));
        }
    }
    best.map(|(_, t)| {
        let mut t = t.clone();
        t.start += s.base;
        t.end += s.base;
        t
    })
}

/// The place of an event: a locative phrase of its clause found by
/// [`crate::places::find_places`] ("in Antalya, Turkey", "hosted in Azerbaijan"), the first one
/// after the trigger, else the last one before it; origins ("from X") and destinations ("to X")
/// are not event places. For an attack, seizure or deployment without one, a gazetteer place in
/// object position ("shelled Kherson") is its place.
fn find_location(s: &Sent, kb: &Kb, places: &[PlaceMention], t0: usize, t1: usize, cid: u16, object: bool) -> Option<PlaceMention> {
    let n = s.toks.len();
    let tok_of = |b: usize| s.toks.iter().position(|t| t.e > b);
    let mut found: Vec<(usize, &PlaceMention)> = Vec::new();
    for p in places {
        if !matches!(p.role, crate::places::PlaceRole::In | crate::places::PlaceRole::Near) {
            continue;
        }
        let Some(k) = tok_of(p.start) else { continue };
        if (s.in_clause(k, cid) || s.nested_in(k, cid)) && !s.in_attr[k] {
            found.push((k, p));
        }
    }
    let pick = found.iter().find(|(k, _)| *k >= t1).or_else(|| found.iter().rev().find(|(k, _)| *k < t0)).map(|(_, p)| {
        let mut p = (*p).clone();
        p.start += s.base;
        p.end += s.base;
        p
    });
    if pick.is_some() || !object || t1 >= n || !s.in_clause(t1, cid) {
        return pick;
    }
    object_place(s, kb, t1)
}

/// The place a visit or deployment goes to: the first "to/into" place of the clause within a few
/// words after the trigger ("flew to Baghdad", "deployed special forces to Juba"), else the
/// trigger's object when it is a place name, even one that also names a government ("visited
/// Georgetown").
fn destination(s: &Sent, kb: &Kb, places: &[PlaceMention], t0: usize, t1: usize, cid: u16) -> Option<PlaceMention> {
    let tok_of = |b: usize| s.toks.iter().position(|t| t.e > b);
    for p in places {
        if p.role != crate::places::PlaceRole::To {
            continue;
        }
        let Some(k) = tok_of(p.start) else { continue };
        if k + 1 >= t1 && k <= t1 + 6 && (s.in_clause(k, cid) || s.nested_in(k, cid)) && !s.in_attr[k] {
            let mut p = p.clone();
            p.start += s.base;
            p.end += s.base;
            return Some(p);
        }
    }
    if s.w(t0).starts_with("visit") && t1 < s.toks.len() && s.in_clause(t1, cid) {
        return object_place_with(s, kb, t1, true);
    }
    None
}

/// Words that may follow a place name inside a longer capitalised name of a site in that place.
const PLACE_GENERIC: &[&str] = &[
    "airport", "international", "city", "province", "governorate", "region", "district", "port", "harbour", "harbor", "camp", "base", "valley", "strip", "border", "crossing", "refinery", "university", "hospital", "stadium", "square", "bridge", "dam",
];

/// Whether the proper name ending at byte `end` of `text` goes on with a further capitalised word
/// that is not a generic site word ("Adan Yabaal", "Aden" would be the wrong place).
fn name_goes_on(text: &str, end: usize) -> bool {
    let rest = &text[end.min(text.len())..];
    let Some(r) = rest.strip_prefix(' ') else { return false };
    let w: String = r.chars().take_while(|c| c.is_alphanumeric()).collect();
    if !w.chars().next().is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    let l = w.to_ascii_lowercase();
    !(is_in(&l, PLACE_GENERIC)
        || matches!(l.as_str(), "on" | "in" | "and" | "the" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december"))
}

/// Byte length of a dateline opening the sentence ("KAZAN, Russia (Wire) - ", "DUBAI/ADEN,
/// July 10 (Wire) - ", "THE HAGUE (Wire) - "), or 0: an all-capitals first word, no word in
/// lower case before the dash outside parentheses, at most 12 words.
fn dateline_end(text: &str) -> usize {
    let head: String = text.chars().take_while(|c| c.is_alphabetic() || *c == '/' || *c == '.').collect();
    if head.chars().filter(|c| c.is_alphabetic()).count() < 3 || head.chars().any(|c| c.is_lowercase()) {
        return 0;
    }
    let Some(d) = text.find(" - ").filter(|&d| d < 120) else { return 0 };
    let pre = &text[..d];
    let mut depth = 0i32;
    let mut words = 0;
    for w in pre.split(' ') {
        let starts_paren = w.starts_with('(');
        if starts_paren {
            depth += 1;
        }
        words += 1;
        if depth == 0 && w.trim_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(|c| c.is_lowercase()) {
            return 0;
        }
        if w.ends_with(')') {
            depth -= 1;
        }
    }
    if words > 12 {
        return 0;
    }
    d + 3
}

/// A place in object position right after token `t1` ("shelled Kherson", "pounded Beirut's
/// southern suburbs", "attacked the town of Cabaret", "struck northern Gaza"): a capitalised run
/// that the gazetteer knows and that is not an actor mention. Offsets are absolute.
fn object_place(s: &Sent, kb: &Kb, t1: usize) -> Option<PlaceMention> {
    object_place_with(s, kb, t1, false)
}

/// [`object_place`]; `mentions` lets the name be an actor mention too (a capital that is also a
/// metonym for its government).
fn object_place_with(s: &Sent, kb: &Kb, t1: usize, mentions: bool) -> Option<PlaceMention> {
    let n = s.toks.len();
    let mut a = t1;
    if matches!(s.w(a), "the" | "a" | "an") {
        a += 1;
    }
    if matches!(s.w(a), "northern" | "southern" | "eastern" | "western" | "central" | "north" | "south" | "east" | "west" | "northeastern" | "northwestern" | "southeastern" | "southwestern") {
        a += 1;
    }
    if matches!(s.w(a), "town" | "city" | "village" | "villages" | "district" | "region" | "province" | "port" | "capital" | "suburb" | "suburbs" | "outskirts" | "camp" | "island" | "border" | "area") && s.w(a + 1) == "of" {
        a += 2;
    }
    let mut b = a;
    while b < n && b < a + 4 {
        let t = s.toks[b];
        let cap = t.k == Tk::Word && s.text[t.s..].chars().next().is_some_and(|c| c.is_uppercase());
        if cap && (mentions || s.ment_at[b].is_none()) {
            b += 1;
        } else {
            break;
        }
    }
    let mut e = b;
    while e > a {
        // "the town of Adan Yabaal" is not Aden: a prefix of a longer name only counts when
        // the rest is a generic word ("Damascus International Airport", "Gaza Strip")
        if e < b && !is_in(s.w(e), PLACE_GENERIC) {
            e -= 1;
            continue;
        }
        let name = s.orig_text(a, e);
        if let Some(p) = kb.places.lookup(name, None) {
            let (st, en) = s.abs(a, e);
            return Some(PlaceMention {
                start: st,
                end: en,
                name: p.name.clone(),
                country: p.country.clone(),
                lat: p.lat,
                lon: p.lon,
                kind: p.kind,
                cue: "",
                role: crate::places::PlaceRole::In,
                host: false,
                venue: None,
                side: None,
            });
        }
        e -= 1;
    }
    None
}
