//! Places of events: "in Antalya, Turkey", "hosted in Azerbaijan", "on Mount Hermon".
//!
//! [`find_places`] scans a text (usually one sentence) for **locative phrases**: a cue
//! ("in", "at", "on", "near", "outside", "from", "to", "hosted in", "the Syrian side of", "north
//! of", ...) followed by a proper name, and geocodes the name with the gazetteer
//! ([`chancery_kb::places::Gazetteer::lookup`]). A name without a cue is not a place here: a
//! capital standing for its government ("Damascus said") is an actor, not a location.
//!
//! What it understands after the cue:
//! - a trailing ", Country" or ", State" disambiguates ("in Antalya, Turkey", "in Damascus,
//!   Maryland"); a trailing place that is not a country or state starts a list ("in Riyadh,
//!   Doha and Cairo": three places, same cue);
//! - direction adjectives ("in northern Syria" -> Syria), descriptors ("in the Turkish resort of
//!   Antalya", "the Syrian capital, Damascus", "the town of Quneitra"; a demonym there restricts
//!   the country), possessives ("in Syria's Idlib province" -> Idlib in Syria);
//! - multi-word names with Arabic particles ("Deir ez-Zor", "Ras al-Ain"), the longest prefix the
//!   gazetteer knows wins ("in the Gaza Strip" -> the feature when the gazetteer has it);
//! - venues: "at the White House" is the White House in Washington ([`PlaceMention::venue`]);
//! - country names are places too (via the gazetteer's country rows, or the knowledge base's
//!   country aliases such as "U.S." mapped to the country's gazetteer row).
//!
//! Each mention says how it was introduced ([`PlaceMention::cue`], [`PlaceMention::role`]) so
//! callers can take only event locations ([`PlaceRole::In`]) and not origins ("from Damascus")
//! or destinations ("flew to Riyadh"). "on" only introduces named features ("on Mount Hermon"),
//! not topics ("talks on Syria"). Names the knowledge base knows as people or organisations
//! ("spoke to Rubio") are not places.

use chancery_kb::{Candidate, CountryForm, Kb, Place, PlaceKind};
use std::cell::RefCell;

/// How a place was introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRole {
    /// Where something happens: "in", "at", "on", "inside", "across", "hosted in", "side of".
    In,
    /// Close to it: "near", "outside", "north of", "the outskirts of", "off".
    Near,
    /// Where something comes from: "from".
    From,
    /// Where something goes: "to", "into", "toward".
    To,
}

impl PlaceRole {
    /// Lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceRole::In => "in",
            PlaceRole::Near => "near",
            PlaceRole::From => "from",
            PlaceRole::To => "to",
        }
    }
}

/// A place mentioned in text and geocoded.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Byte offset of the start of the name (the cue is not included).
    pub start: usize,
    /// Byte offset one past the end (a disambiguating ", Country" is included).
    pub end: usize,
    /// Name as in the gazetteer.
    pub name: String,
    /// Country code.
    pub country: String,
    /// Latitude.
    pub lat: f32,
    /// Longitude.
    pub lon: f32,
    /// Kind of place.
    pub kind: PlaceKind,
    /// The cue, lower case ("in", "at", "near", "from", "hosted in", "side of", "north of").
    pub cue: &'static str,
    /// How the cue relates the place to what happens.
    pub role: PlaceRole,
    /// The place hosts what happens ("hosted in Azerbaijan", "talks held in Riyadh", "hosted by
    /// Qatar", "at the White House").
    pub host: bool,
    /// The venue named in the text when the place was found through it ("White House").
    pub venue: Option<&'static str>,
    /// For "the Syrian side of Mount Hermon": the country whose side is meant.
    pub side: Option<String>,
}

/// Venues that stand for the city they are in: (venue, city, country). Facts written by the
/// chancery developers.
const VENUES: &[(&str, &str, &str)] = &[
    ("White House", "Washington", "USA"),
    ("Oval Office", "Washington", "USA"),
    ("Pentagon", "Washington", "USA"),
    ("Capitol", "Washington", "USA"),
    ("Capitol Hill", "Washington", "USA"),
    ("State Department", "Washington", "USA"),
    ("Kremlin", "Moscow", "RUS"),
    ("Elysee", "Paris", "FRA"),
    ("Elysee Palace", "Paris", "FRA"),
    ("Élysée", "Paris", "FRA"),
    ("Élysée Palace", "Paris", "FRA"),
    ("Downing Street", "London", "GBR"),
    ("Knesset", "Jerusalem", "ISR"),
    ("Great Hall of the People", "Beijing", "CHN"),
    ("Zhongnanhai", "Beijing", "CHN"),
    ("Bundestag", "Berlin", "DEU"),
    ("Chancellery", "Berlin", "DEU"),
    ("Dolmabahce Palace", "Istanbul", "TUR"),
    ("Mar-a-Lago", "Palm Beach", "USA"),
    ("Camp David", "Thurmont", "USA"),
    ("People's Palace", "Damascus", "SYR"),
    ("Al-Yamamah Palace", "Riyadh", "SAU"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum W {
    None,
    /// A single-word cue and its role.
    Cue(&'static str, PlaceRole),
    The,
    Of,
    And,
    /// northern, southern, ... (skipped before a name)
    Direction,
    /// north, south, east, west, northeast... ("north of")
    Compass(&'static str),
    /// city, town, province, capital, ...
    Descriptor,
    Side,
    Outskirts,
    /// hosted, held, host, hosts, hosting
    Host,
    By,
    /// al, el, ez, ad, bin, de, ... (inside names)
    Particle,
    /// Capitalised words that are never places here (months, weekdays, pronouns).
    Stop,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    w: W,
    cap: bool,
    /// First token of a sentence.
    sent: bool,
}

fn classify(w: &str) -> W {
    let mut buf = [0u8; 16];
    if w.len() > 16 || !w.is_ascii() {
        return W::None;
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        // already lower case (most words): no copy
        return classify_lower(w);
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    classify_lower(std::str::from_utf8(&buf[..w.len()]).unwrap_or(""))
}

/// [`classify`] of a lower-case ASCII word.
fn classify_lower(l: &str) -> W {
    match l {
        "in" => W::Cue("in", PlaceRole::In),
        "at" => W::Cue("at", PlaceRole::In),
        "on" => W::Cue("on", PlaceRole::In),
        "inside" => W::Cue("inside", PlaceRole::In),
        "within" => W::Cue("within", PlaceRole::In),
        "across" => W::Cue("across", PlaceRole::In),
        "through" => W::Cue("through", PlaceRole::In),
        "throughout" => W::Cue("throughout", PlaceRole::In),
        "near" => W::Cue("near", PlaceRole::Near),
        "outside" => W::Cue("outside", PlaceRole::Near),
        "off" => W::Cue("off", PlaceRole::Near),
        "around" => W::Cue("around", PlaceRole::Near),
        "from" => W::Cue("from", PlaceRole::From),
        "to" => W::Cue("to", PlaceRole::To),
        "into" => W::Cue("into", PlaceRole::To),
        "toward" => W::Cue("toward", PlaceRole::To),
        "towards" => W::Cue("towards", PlaceRole::To),
        "the" => W::The,
        "of" => W::Of,
        "and" | "or" => W::And,
        "northern" | "southern" | "eastern" | "western" | "central" | "northeastern" | "northwestern" | "southeastern" | "southwestern" | "north-eastern" | "north-western" | "south-eastern" | "south-western" | "coastal" | "rural" | "occupied" | "downtown" => W::Direction,
        "north" => W::Compass("north of"),
        "south" => W::Compass("south of"),
        "east" => W::Compass("east of"),
        "west" => W::Compass("west of"),
        "northeast" => W::Compass("northeast of"),
        "northwest" => W::Compass("northwest of"),
        "southeast" => W::Compass("southeast of"),
        "southwest" => W::Compass("southwest of"),
        "city" | "town" | "village" | "province" | "region" | "capital" | "resort" | "port" | "area" | "district" | "governorate" | "state" | "county" | "island" | "enclave" | "neighbourhood" | "neighborhood" | "suburb" | "camp" | "crossing" | "city-state" | "emirate" | "kingdom" | "republic" => W::Descriptor,
        "side" => W::Side,
        "outskirts" => W::Outskirts,
        "hosted" | "held" | "host" | "hosts" | "hosting" | "convened" => W::Host,
        "by" => W::By,
        "al" | "el" | "ez" | "ad" | "as" | "ash" | "ar" | "an" | "az" | "bin" | "ibn" | "de" | "del" | "da" | "di" | "du" | "la" | "le" | "les" | "sur" | "am" | "upon" => W::Particle,
        "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "i" | "he" | "she" | "it" | "we" | "they" | "this" | "that" | "his" | "her" | "its" | "their" | "our" | "a" | "english" | "arabic" | "hebrew" | "french" | "god" | "order" | "part" | "total" | "addition" | "fact" | "response" | "return" | "turn" | "all" | "general" | "particular" | "recent" | "early" | "late" | "mid" => W::Stop,
        _ => W::None,
    }
}

fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let mut start: Option<usize> = None;
    let mut prev_end = 0usize;
    let push = |s: usize, e: usize, out: &mut Vec<Tok>, prev_end: &mut usize| {
        let w = &text[s..e];
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let sent = match out.last() {
            None => true,
            Some(p) => {
                let gap = &text[*prev_end..s];
                gap.contains('\n') || (gap.bytes().any(|c| matches!(c, b'.' | b'!' | b'?')) && cap && (p.e - p.s > 1 || !gap.starts_with('.')) && !matches!(&text[p.s..p.e], "Mr" | "Mrs" | "Dr" | "St" | "Mt" | "Gen" | "Ft"))
            }
        };
        out.push(Tok { s, e, w: classify(w), cap, sent });
        *prev_end = e;
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(s, i, out, &mut prev_end);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), out, &mut prev_end);
    }
}

thread_local! {
    static TOKS: RefCell<Vec<Tok>> = const { RefCell::new(Vec::new()) };
}

/// Capitalised words that may follow a place name without being part of it.
fn is_suffix(w: &str) -> bool {
    matches!(w, "Province" | "Governorate" | "Region" | "District" | "County" | "Oblast" | "Prefecture" | "Municipality" | "Department" | "City" | "Countryside")
}

/// Single capitalised words that the gazetteer knows as some small place but that name no
/// place in news text on their own.
fn is_generic(w: &str) -> bool {
    matches!(
        w,
        "University" | "College" | "School" | "North" | "South" | "East" | "West" | "Central" | "Center" | "Centre" | "Union" | "State" | "City" | "Park" | "Church" | "Street" | "Set" | "Spring" | "Summer" | "Winter" | "Autumn" | "Fall" | "Asia" | "Europe" | "Africa" | "Oceania" | "Antarctica" | "Middle" | "Home" | "Office" | "Court" | "Hospital" | "Airport" | "Station" | "Square" | "Hall" | "Harbor" | "Harbour" | "Bay" | "Beach" | "Lake" | "River" | "Mount" | "Valley" | "Hills" | "Independence" | "Liberty" | "Freedom" | "Victory" | "Unity" | "Progress" | "Commerce" | "Enterprise" | "Surprise" | "Mobile" | "Reading" | "Police" | "Bar" | "Nice" | "Split" | "Of" | "Young" | "Allen" | "Carmen"
    )
}

/// Particles that join the next capitalised word across a space ("Ras al Ain", "Abu Dhabi" has
/// none); the others ("as", "an", "ad") only join with a hyphen ("as-Suwayda").
fn particle_before_space(w: &str) -> bool {
    matches!(w, "al" | "el" | "bin" | "ibn" | "de" | "del" | "du" | "la" | "le" | "les" | "da" | "di")
}

/// A cue found before a name.
#[derive(Clone, Copy)]
struct Cue {
    cue: &'static str,
    role: PlaceRole,
    host: bool,
    side: Option<(usize, usize)>,
}

struct Scan<'a> {
    text: &'a str,
    t: &'a [Tok],
    kb: &'a Kb,
}

impl<'a> Scan<'a> {
    fn w(&self, i: usize) -> W {
        self.t.get(i).map_or(W::None, |t| t.w)
    }
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.t.len() {
            return "";
        }
        &self.text[self.t[i - 1].e..self.t[i].s]
    }
    fn hyphen(&self, i: usize) -> bool {
        matches!(self.gap(i), "-" | "\u{2010}" | "\u{2011}")
    }
    fn space(&self, i: usize) -> bool {
        matches!(self.gap(i), " " | "  " | "\u{a0}" | "\t")
    }
    fn word(&self, i: usize) -> &'a str {
        &self.text[self.t[i].s..self.t[i].e]
    }
    /// A token that can be part of a name: capitalised, or an acronym piece.
    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap && t.w != W::Stop)
    }

    /// The tokens of a proper name starting at `j`: returns the index one past its last token.
    fn name_end(&self, j: usize) -> Option<usize> {
        let n = self.t.len();
        if j >= n || !self.cap(j) || self.t[j].w == W::Stop {
            return None;
        }
        let mut k = j + 1;
        let mut words = 1;
        while k < n && words < 7 && !self.t[k].sent {
            let g = self.gap(k);
            let t = self.t[k];
            let joined = matches!(g, "-" | "\u{2010}" | "\u{2011}");
            let apos = matches!(g, "'" | "\u{2019}");
            let next_joins = k + 1 < n && (matches!(self.gap(k + 1), "-" | "\u{2010}" | "\u{2011}") || (self.space(k + 1) && self.cap(k + 1) && particle_before_space(self.word(k))));
            if t.cap && t.w != W::Stop && (self.space(k) || joined) {
                k += 1;
            } else if apos && self.word(k) != "s" && !t.cap {
                // "Ma'arrat"
                k += 1;
            } else if !t.cap && (t.w == W::Particle || joined) && (self.space(k) || joined) && next_joins {
                // "Ras al-Ain", "Deir ez-Zor", "Mar-a-Lago"
                k += 1;
            } else if joined && !t.cap {
                // "Deir ez-Zor" ends on a hyphenated lower-case piece only when capitalised
                break;
            } else if t.w == W::Of && self.space(k) && k + 1 < n && self.space(k + 1) && self.cap(k + 1) {
                k += 1;
            } else if t.w == W::The && !t.cap && self.space(k) && k + 1 < n && self.space(k + 1) && self.cap(k + 1) && self.w(k - 1) == W::Of {
                // "Great Hall of the People"
                k += 1;
            } else {
                break;
            }
            words += 1;
        }
        // never end on a particle, "of" or "the"
        while k > j + 1 && matches!(self.w(k - 1), W::Of | W::Particle | W::The) && !self.t[k - 1].cap {
            k -= 1;
        }
        Some(k)
    }

    /// Byte end of a name whose last token is `b - 1` (a final period of "U.S." included).
    fn end_byte(&self, b: usize) -> usize {
        let t = self.t[b - 1];
        if b >= 2 && t.e - t.s == 1 && t.cap && self.gap(b - 1) == "." && self.text[t.e..].starts_with('.') {
            t.e + 1
        } else {
            t.e
        }
    }

    fn span(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.t[a].s..self.end_byte(b)]
    }

    /// The country code a demonym or country name stands for ("Syrian" -> SYR).
    fn country_of(&self, s: &str, adjective: bool) -> Option<&'a str> {
        if let Some(h) = self.kb.find_whole(s) {
            for c in &h.candidates {
                if let Candidate::Country(i, form) = c {
                    if (adjective && *form == CountryForm::Adjective) || (!adjective && *form == CountryForm::Name) {
                        return Some(self.kb.countries[*i as usize].iso3.as_str());
                    }
                }
            }
        }
        None
    }

    /// Geocodes a name: the venue table, then the gazetteer, corrected by what the knowledge
    /// base knows about the name: a country alias ("U.S.", "America") is the country, a
    /// national capital is that city ("Washington" is not Washington, England), and a person or
    /// organisation ("Rubio") is no place.
    fn geocode(&self, name: &str, country: Option<&str>) -> Option<(&'a Place, Option<&'static str>)> {
        let gz = &self.kb.places;
        if let Some(&(v, city, cc)) = VENUES.iter().find(|(v, _, _)| v.eq_ignore_ascii_case(name)) {
            if country.is_none_or(|c| c == cc) {
                if let Some(p) = gz.lookup(city, Some(cc)) {
                    return Some((p, Some(v)));
                }
            }
        }
        // short upper-case names ("US", "PA", "U.K.") only through the country aliases
        let short_caps = name.len() <= 4 && name.bytes().all(|c| c.is_ascii_uppercase() || c == b'.');
        let g = if short_caps { None } else { self.best(name, country) };
        if let Some(p) = g {
            if matches!(p.kind, PlaceKind::Country | PlaceKind::Feature) {
                return Some((p, None));
            }
        }
        let (mut country_name, mut capital_of, mut actor) = (None, None, false);
        if let Some(h) = self.kb.find_whole(name) {
            for c in &h.candidates {
                match c {
                    Candidate::Country(i, CountryForm::Name) => country_name = Some(*i as usize),
                    Candidate::Country(i, CountryForm::Capital) => capital_of = Some(*i as usize),
                    Candidate::Person(_) | Candidate::Org(_) => actor = true,
                    _ => {}
                }
            }
        }
        if let Some(i) = country_name {
            let c = &self.kb.countries[i];
            let cc = c.iso3.as_str();
            if country.is_none_or(|x| x == cc) {
                if let Some(p) = std::iter::once(&c.name).chain(c.aliases.iter()).find_map(|n| gz.lookup(n, Some(cc)).filter(|p| p.kind == PlaceKind::Country)) {
                    return Some((p, None));
                }
            }
        }
        if let Some(i) = capital_of {
            let cc = self.kb.countries[i].iso3.as_str();
            if country.is_none_or(|x| x == cc) {
                if let Some(p) = gz.lookup(name, Some(cc)) {
                    return Some((p, None));
                }
            }
        }
        if actor {
            return None;
        }
        // "New York": the state's name is also the name people use for a city of millions
        if let Some(p) = g {
            if p.kind == PlaceKind::Admin && name.len() < 40 {
                let mut buf = String::with_capacity(name.len() + 5);
                buf.push_str(name);
                buf.push_str(" City");
                if let Some(c) = gz.lookup(&buf, Some(p.country.as_str())).filter(|c| c.kind == PlaceKind::City && c.population >= 1_000_000) {
                    return Some((c, None));
                }
            }
        }
        g.map(|p| (p, None))
    }

    /// The best gazetteer candidate for a name in a locative phrase: countries, then features,
    /// then first-level divisions (which carry no population: "Virginia" is the state, not the
    /// South African town; "Oregon" is the state, listed as "Oregon State"), then cities; within
    /// a kind the exact name before alternate names, then the largest population.
    fn best(&self, name: &str, country: Option<&str>) -> Option<&'a Place> {
        self.kb.places.candidates(name).filter(|p| country.is_none_or(|c| p.country == c)).max_by_key(|p| {
            let rank = match p.kind {
                PlaceKind::Country => 4,
                PlaceKind::Feature => 3,
                PlaceKind::Admin => 2,
                PlaceKind::City => 1,
            };
            (rank, p.name.eq_ignore_ascii_case(name) as u8, p.population)
        })
    }

    /// Ends after `b` that take one or two lower-case words after a capitalised name, for
    /// gazetteer names such as "Rafah crossing", "Donetsk region", "Jabalia refugee camp".
    fn lower_ends(&self, b: usize) -> impl Iterator<Item = usize> + '_ {
        let ok = |i: usize| i < self.t.len() && !self.t[i].cap && !self.t[i].sent && self.space(i) && matches!(self.t[i].w, W::None | W::Descriptor);
        let one = ok(b);
        let two = one && ok(b + 1);
        [two.then_some(b + 2), one.then_some(b + 1)].into_iter().flatten()
    }

    /// Geocodes the name tokens `a..b`, trying first the forms the gazetteer may hold with more
    /// words: with the modifiers before it ("southern Lebanon", starting in `starts`), with
    /// lower-case words after it ("Rafah crossing"), then the name itself or a prefix
    /// ([`Self::longest`]), then with "the" ("the Gulf"). Returns (start, end, place, venue).
    fn resolve(&self, starts: std::ops::Range<usize>, the_idx: Option<usize>, a: usize, b: usize, country: Option<&str>) -> Option<(usize, usize, &'a Place, Option<&'static str>)> {
        for s in starts.filter(|&s| s < a) {
            for e in self.lower_ends(b).chain(std::iter::once(b)) {
                if let Some((p, v)) = self.geocode(self.span(s, e), country) {
                    return Some((s, e, p, v));
                }
            }
        }
        for e in self.lower_ends(b) {
            if let Some((p, v)) = self.geocode(self.span(a, e), country) {
                return Some((a, e, p, v));
            }
        }
        if let Some((k, p, v)) = self.longest(a, b, country) {
            return Some((a, k, p, v));
        }
        let t = the_idx?;
        self.geocode(self.span(t, b), country).map(|(p, v)| (t, b, p, v))
    }

    /// The longest name `a..k` that geocodes, where `k` is the end of the name tokens `b` or a
    /// place suffix follows ("Idlib Province"): a known prefix of a longer name ("University" of
    /// "University of Iceland", "Thomson" of "Thomson Reuters") is not taken.
    fn longest(&self, a: usize, b: usize, country: Option<&str>) -> Option<(usize, &'a Place, Option<&'static str>)> {
        let mut k = b;
        while k > a {
            let ok_end = !matches!(self.w(k - 1), W::Of | W::Particle | W::The) || self.t[k - 1].cap;
            let ok_rest = k == b || is_suffix(self.word(k));
            let generic = k == a + 1 && is_generic(self.word(a));
            if ok_end && ok_rest && !generic {
                if let Some((p, v)) = self.geocode(self.span(a, k), country) {
                    return Some((k, p, v));
                }
            }
            k -= 1;
        }
        None
    }

    /// Acronyms written with periods ("U.S.", "U.K.") starting at token `j`: the end token.
    fn dotted(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < self.t.len() && self.t[k].e - self.t[k].s == 1 && self.t[k].cap && self.text[self.t[k].e..].starts_with('.') && (k == j || self.gap(k) == ".") {
            k += 1;
        }
        (k >= j + 2).then_some(k)
    }

    /// Skips what may stand between a cue and a name: "the", direction adjectives ("northern",
    /// "northwest") and compound adjectives ("Israeli-occupied", "rebel-held", "war-torn").
    fn skip_modifiers(&self, mut j: usize) -> usize {
        let n = self.t.len();
        if j < n && self.w(j) == W::The && !self.t[j].cap {
            j += 1;
        }
        loop {
            if j + 1 < n && matches!(self.w(j), W::Direction | W::Compass(_)) && !self.t[j].cap && self.space(j + 1) {
                j += 1;
            } else if j + 2 < n && self.hyphen(j + 1) && !self.t[j + 1].cap && self.space(j + 2) && (self.cap(j + 2) || matches!(self.w(j + 2), W::Direction | W::Compass(_))) {
                j += 2;
            } else {
                return j;
            }
        }
    }

    /// Parses the place after a cue whose last token is `c`; pushes mentions; returns the index
    /// after the last token used.
    fn after_cue(&self, c: usize, cue: Cue, out: &mut Vec<PlaceMention>) -> Option<usize> {
        let n = self.t.len();
        let mut j = c + 1;
        if j >= n || !(self.space(j) || self.gap(j) == "\n") || self.t[j].sent {
            return None;
        }
        let mut country: Option<&str> = None;
        let the_idx = (self.w(j) == W::The && !self.t[j].cap).then_some(j);
        let pre = if the_idx.is_some() { j + 1 } else { j };
        j = self.skip_modifiers(j);
        let mods_end = j;
        // descriptor: "the Turkish resort of Antalya", "the Syrian capital, Damascus"
        {
            let mut k = j;
            let mut adj: Option<&str> = None;
            while k < n && k < j + 4 && self.w(k) != W::Descriptor && (self.space(k) || self.hyphen(k)) && (self.t[k].cap || self.w(k) == W::Direction || self.w(k) == W::None) && !self.t[k].sent {
                if self.t[k].cap {
                    adj = adj.or_else(|| self.country_of(self.word(k), true));
                }
                k += 1;
            }
            if k < n && self.w(k) == W::Descriptor && !self.t[k].cap && (k == j || adj.is_some() || k > j) && k + 1 < n {
                let after = if self.w(k + 1) == W::Of && self.space(k + 1) {
                    Some(k + 2)
                } else if matches!(self.gap(k + 1), ", " | " ") && self.cap(k + 1) {
                    Some(k + 1)
                } else {
                    None
                };
                if let Some(a) = after {
                    if a < n && self.cap(a) {
                        j = a;
                        country = adj;
                    }
                }
            }
        }
        if j >= n {
            return None;
        }
        let (a, b) = if let Some(e) = self.dotted(j) { (j, e) } else { (j, self.name_end(j)?) };
        let starts = if j == mods_end { pre..mods_end } else { a..a };
        let found = self.resolve(starts, the_idx, a, b, country);
        // ", Country" / ", State" after the name disambiguates it
        if b < n && matches!(self.gap(b), ", " | ",") && self.cap(b) && found.is_none_or(|f| matches!(f.2.kind, PlaceKind::City | PlaceKind::Admin) && f.1 == b && f.0 == a) {
            if let Some(tb) = self.dotted(b).or_else(|| self.name_end(b)) {
                if let Some((tp, _)) = self.geocode(self.span(b, tb), None) {
                    // "Antalya, Turkey", "Austin, Texas", "Virginia, South Africa"; not two states
                    if tp.kind == PlaceKind::Country || (tp.kind == PlaceKind::Admin && found.is_none_or(|f| f.2.kind == PlaceKind::City)) {
                        let cc = tp.country.as_str();
                        return match self.longest(a, b, Some(cc)) {
                            Some((k, p, v)) if k == b => {
                                if !self.acceptable(cue, p, false) {
                                    return None;
                                }
                                self.push(out, a, tb, p, v, cue);
                                Some(tb)
                            }
                            // an unknown place in a known country: the country, named at the tail
                            _ => {
                                if cue.cue == "on" {
                                    return None;
                                }
                                self.push(out, b, tb, tp, None, cue);
                                Some(tb)
                            }
                        };
                    }
                }
            }
        }
        let (s0, k, place, venue) = found?;
        if !self.acceptable(cue, place, k == s0 + 1 && venue.is_none()) {
            return None;
        }
        // "Syria's Idlib province": the inner place
        if place.kind == PlaceKind::Country && k + 1 < n && matches!(self.gap(k), "'" | "\u{2019}") && self.word(k) == "s" && self.space(k + 1) {
            if let Some(b2) = self.name_end(k + 1) {
                if let Some((_, k2, p2, v2)) = self.resolve(k + 1..k + 1, None, k + 1, b2, Some(place.country.as_str())) {
                    if p2.kind != PlaceKind::Country {
                        self.push(out, k + 1, k2, p2, v2, cue);
                        return Some(k2);
                    }
                }
            }
        }
        self.push(out, s0, k, place, venue, cue);
        // lists: "in Riyadh, Doha and Cairo", "in Syria and Lebanon"
        let mut last = k;
        loop {
            let mut q = last;
            if q < n && matches!(self.gap(q), ", " | " ") && self.w(q) == W::And && !self.t[q].cap {
                q += 1;
            } else if !(q < n && self.gap(q) == ", ") {
                break;
            } else if self.w(q) == W::And && !self.t[q].cap {
                q += 1;
            }
            if q >= n || !(self.space(q) || self.gap(q) == ", ") || self.t[q].sent {
                break;
            }
            q = self.skip_modifiers(q);
            if q >= n {
                break;
            }
            let Some(qb) = self.dotted(q).or_else(|| self.name_end(q)) else { break };
            let Some((qk, qp, qv)) = self.longest(q, qb, None) else { break };
            if qk != qb || !self.acceptable(cue, qp, qk == q + 1 && qv.is_none()) {
                break;
            }
            self.push(out, q, qk, qp, qv, cue);
            last = qk;
        }
        Some(last)
    }

    /// Rules a found name out: "on" with anything but a feature ("talks on Syria"), and a
    /// one-word town of under 100,000 people after "to", "from" or "at", where it is more often
    /// a person or a company ("spoke to Taylor", "a letter from Obama", "at Warwick").
    fn acceptable(&self, cue: Cue, p: &Place, single: bool) -> bool {
        if cue.cue == "on" && p.kind != PlaceKind::Feature {
            return false;
        }
        !(single && p.kind == PlaceKind::City && p.population < 100_000 && (matches!(cue.role, PlaceRole::To | PlaceRole::From) || cue.cue == "at"))
    }

    fn push(&self, out: &mut Vec<PlaceMention>, a: usize, b: usize, p: &Place, venue: Option<&'static str>, cue: Cue) {
        let side = cue.side.and_then(|(s, e)| self.country_of(&self.text[s..e], true)).map(String::from);
        out.push(PlaceMention {
            start: self.t[a].s,
            end: self.end_byte(b),
            name: p.name.clone(),
            country: p.country.clone(),
            lat: p.lat,
            lon: p.lon,
            kind: p.kind,
            cue: cue.cue,
            role: cue.role,
            host: cue.host || venue.is_some(),
            venue,
            side,
        });
    }

    /// Is token `i` the last token of a cue? Returns the cue.
    fn cue_at(&self, i: usize) -> Option<Cue> {
        let t = self.t[i];
        let prev_host = i >= 1 && self.w(i - 1) == W::Host && self.space(i) && !t.sent;
        match t.w {
            W::Cue(c, role) => {
                if c == "in" && prev_host {
                    let cue = if self.word(i - 1).eq_ignore_ascii_case("held") { "held in" } else { "hosted in" };
                    return Some(Cue { cue, role, host: true, side: None });
                }
                Some(Cue { cue: c, role, host: false, side: None })
            }
            W::By if prev_host => Some(Cue { cue: "hosted by", role: PlaceRole::In, host: true, side: None }),
            W::Of if i >= 1 && self.space(i) => match self.w(i - 1) {
                W::Side => {
                    let side = (i >= 2 && self.t[i - 2].cap && self.space(i - 1)).then(|| (self.t[i - 2].s, self.t[i - 2].e));
                    Some(Cue { cue: "side of", role: PlaceRole::In, host: false, side })
                }
                W::Outskirts => Some(Cue { cue: "outskirts of", role: PlaceRole::Near, host: false, side: None }),
                W::Compass(c) if !self.t[i - 1].cap => Some(Cue { cue: c, role: PlaceRole::Near, host: false, side: None }),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Finds the places that locative phrases in `text` name and geocodes them with the knowledge
/// base's gazetteer. Offsets are byte offsets into `text`.
pub fn find_places(text: &str, kb: &Kb) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    if kb.places.is_empty() {
        return out;
    }
    TOKS.with(|cell| {
        let Ok(mut toks) = cell.try_borrow_mut() else { return };
        tokenize(text, &mut toks);
        let sc = Scan { text, t: &toks, kb };
        let mut i = 0;
        while i < toks.len() {
            // only a cue followed by a capitalised word can start a place
            if toks.get(i + 1).is_some_and(|n| n.cap || matches!(n.w, W::The | W::Direction | W::Compass(_)) || sc.hyphen(i + 2)) {
                if let Some(cue) = sc.cue_at(i) {
                    if let Some(next) = sc.after_cue(i, cue, &mut out) {
                        i = next;
                        continue;
                    }
                }
            }
            i += 1;
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTRIES: &str = "iso3\tname\taliases\tadjectives\tcapitals\tsource
SYR\tSyria\tSyrian Arab Republic\tSyrian|Syrians\tDamascus\ttest
USA\tUnited States\tU.S.|US|USA|America|United States of America\tAmerican|Americans\tWashington\ttest
ISR\tIsrael\t\tIsraeli|Israelis\tJerusalem\ttest
TUR\tTurkey\tTürkiye|Turkiye\tTurkish|Turks\tAnkara\ttest
SAU\tSaudi Arabia\tKingdom of Saudi Arabia\tSaudi|Saudis\tRiyadh\ttest
AZE\tAzerbaijan\t\tAzerbaijani\tBaku\ttest
PSE\tPalestine\tState of Palestine\tPalestinian|Palestinians\tRamallah\ttest
LBN\tLebanon\t\tLebanese\tBeirut\ttest
LBY\tLibya\t\tLibyan|Libyans\tTripoli\ttest
RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow\ttest
QAT\tQatar\t\tQatari|Qataris\tDoha\ttest
EGY\tEgypt\t\tEgyptian|Egyptians\tCairo\ttest
GEO\tGeorgia\t\tGeorgian|Georgians\tTbilisi\ttest
ZAF\tSouth Africa\t\tSouth African\tPretoria\ttest
VEN\tVenezuela\t\tVenezuelan\tCaracas\ttest
FRA\tFrance\t\tFrench\tParis\ttest
NLD\tNetherlands\tHolland\tDutch\tAmsterdam\ttest
ARE\tUnited Arab Emirates\tUAE|U.A.E.\tEmirati|Emiratis\tAbu Dhabi\ttest
SGP\tSingapore\t\tSingaporean\tSingapore\ttest
PHL\tPhilippines\t\tFilipino\tManila\ttest
TZA\tTanzania\t\tTanzanian\tDodoma\ttest
BFA\tBurkina Faso\t\tBurkinabe\tOuagadougou\ttest
";

    const PLACES: &str = "name\talternates\tcountry\tlat\tlon\tpopulation\tkind\tsource
Syria\t\tSYR\t33.51\t36.29\t17000000\tcountry\ttest
Damascus\tDamaskus\tSYR\t33.51\t36.29\t1569394\tcity\ttest
Damascus\t\tUSA\t39.29\t-77.20\t15257\tcity\ttest
Aleppo\tHalab\tSYR\t36.20\t37.16\t1602264\tcity\ttest
Idlib\t\tSYR\t35.93\t36.63\t128840\tcity\ttest
Quneitra\t\tSYR\t33.13\t35.82\t4300\tcity\ttest
Deir ez-Zor\tDeir ez Zor|Deir al-Zour\tSYR\t35.34\t40.14\t242565\tcity\ttest
Ras al-Ain\tRas al-Ayn\tSYR\t36.85\t40.07\t29347\tcity\ttest
United States\tUSA\tUSA\t38.90\t-77.04\t327000000\tcountry\ttest
Washington\tWashington DC\tUSA\t38.90\t-77.04\t689545\tcity\ttest
Washington\t\tGBR\t54.90\t-1.52\t67085\tcity\ttest
United Kingdom\t\tGBR\t51.51\t-0.13\t66000000\tcountry\ttest
Palm Beach\t\tUSA\t26.71\t-80.04\t8900\tcity\ttest
Thurmont\t\tUSA\t39.62\t-77.41\t6800\tcity\ttest
Georgia\t\tUSA\t33.35\t-83.89\t0\tadmin\ttest
Maryland\t\tUSA\t39.00\t-76.70\t0\tadmin\ttest
Virginia\t\tUSA\t38.13\t-77.64\t0\tadmin\ttest
West Virginia\t\tUSA\t38.6\t-80.6\t0\tadmin\ttest
Oklahoma\t\tUSA\t35.5\t-97.5\t0\tadmin\ttest
Oregon State\tOregon\tUSA\t44.71\t-122.58\t0\tadmin\ttest
Oregon\t\tUSA\t41.64\t-83.49\t20102\tcity\ttest
Portland\t\tUSA\t45.52\t-122.68\t632309\tcity\ttest
Oklahoma City\t\tUSA\t35.47\t-97.52\t631346\tcity\ttest
New York\t\tUSA\t41.2\t-74.2\t0\tadmin\ttest
New York City\tNew York|NYC\tUSA\t40.71\t-74.01\t8175133\tcity\ttest
South Africa\t\tZAF\t-25.75\t28.19\t57000000\tcountry\ttest
Virginia\t\tZAF\t-28.10\t26.87\t122502\tcity\ttest
Israel\t\tISR\t31.77\t35.22\t9000000\tcountry\ttest
Jerusalem\t\tISR\t31.77\t35.22\t800000\tcity\ttest
Tel Aviv\tTel Aviv-Yafo\tISR\t32.08\t34.78\t430000\tcity\ttest
Turkey\tTürkiye\tTUR\t39.92\t32.85\t82000000\tcountry\ttest
Antalya\tAntalia\tTUR\t36.91\t30.70\t1335002\tcity\ttest
Ankara\t\tTUR\t39.92\t32.85\t3500000\tcity\ttest
Istanbul\t\tTUR\t41.01\t28.95\t14000000\tcity\ttest
Saudi Arabia\t\tSAU\t24.69\t46.72\t33000000\tcountry\ttest
Riyadh\tRiyad\tSAU\t24.69\t46.72\t4205961\tcity\ttest
Jeddah\t\tSAU\t21.49\t39.19\t2867446\tcity\ttest
Azerbaijan\t\tAZE\t40.38\t49.89\t9900000\tcountry\ttest
Baku\t\tAZE\t40.38\t49.89\t2351300\tcity\ttest
Palestine\t\tPSE\t31.90\t35.20\t5000000\tcountry\ttest
Gaza\tGaza City\tPSE\t31.50\t34.47\t410000\tcity\ttest
Lebanon\t\tLBN\t33.89\t35.50\t6800000\tcountry\ttest
Beirut\t\tLBN\t33.89\t35.50\t1916100\tcity\ttest
Tripoli\t\tLBN\t34.43\t35.84\t229398\tcity\ttest
Libya\t\tLBY\t32.89\t13.19\t6700000\tcountry\ttest
Tripoli\t\tLBY\t32.89\t13.19\t1302947\tcity\ttest
Russia\t\tRUS\t55.75\t37.62\t144000000\tcountry\ttest
Moscow\t\tRUS\t55.75\t37.62\t10381222\tcity\ttest
Qatar\t\tQAT\t25.29\t51.53\t2700000\tcountry\ttest
Doha\t\tQAT\t25.29\t51.53\t344939\tcity\ttest
Egypt\t\tEGY\t30.04\t31.24\t98000000\tcountry\ttest
Cairo\t\tEGY\t30.04\t31.24\t7734614\tcity\ttest
Georgia\tSakartvelo\tGEO\t41.69\t44.83\t3700000\tcountry\ttest
Tbilisi\t\tGEO\t41.69\t44.83\t1049498\tcity\ttest
Venezuela\t\tVEN\t10.49\t-66.88\t28000000\tcountry\ttest
Rubio\t\tVEN\t7.70\t-72.36\t62000\tcity\ttest
France\t\tFRA\t48.85\t2.35\t66000000\tcountry\ttest
Paris\t\tFRA\t48.85\t2.35\t2138551\tcity\ttest
Netherlands\t\tNLD\t52.37\t4.89\t17000000\tcountry\ttest
The Hague\tDen Haag\tNLD\t52.08\t4.30\t474292\tcity\ttest
United Arab Emirates\t\tARE\t24.45\t54.38\t9600000\tcountry\ttest
Abu Dhabi\t\tARE\t24.45\t54.38\t603492\tcity\ttest
University\t\tUSA\t28.07\t-82.43\t41000\tcity\ttest
Thomson\t\tSGP\t1.35\t103.83\t20000\tcity\ttest
Asia\t\tPHL\t13.9\t121.1\t20000\tcity\ttest
Usa River\tUSA\tTZA\t-3.37\t36.85\t20000\tcity\ttest
Pa\tPA\tBFA\t11.55\t-3.26\t20000\tcity\ttest
North Salt Lake\tNorth\tUSA\t40.85\t-111.9\t20000\tcity\ttest
Idlib Province\t\tSYR\t35.8\t36.6\t0\tadmin\ttest
";

    const FEATURES: &str = "name\talternates\tcountry\tlat\tlon\tpopulation\tkind\tsource
South Lebanon\tsouthern Lebanon\tLBN\t33.27\t35.4\t\tfeature\ttest
Rafah crossing\tRafah border crossing\tPSE\t31.25\t34.26\t\tfeature\ttest
Persian Gulf\tGulf|the Gulf\tIRN\t26.0\t52.0\t\tfeature\ttest
English Channel\tthe Channel\tGBR\t50.2\t-0.9\t\tfeature\ttest
Mount Hermon\tJabal al-Shaykh|Hermon\tSYR\t33.416\t35.857\t\tfeature\ttest
Golan Heights\tGolan\tSYR\t33.0\t35.75\t\tfeature\ttest
Gaza Strip\t\tPSE\t31.42\t34.36\t\tfeature\ttest
Strait of Hormuz\t\tIRN\t26.57\t56.25\t\tfeature\ttest
Red Sea\t\tEGY\t20.0\t38.0\t\tfeature\ttest
";

    const PEOPLE: &str = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource
Marco Rubio\tRubio\tUSA\tGOV\tSecretary of State\t2025-01-21\t\ttest
";

    const ORGS: &str = "canonical\taliases\tcountry\tsector\tkind\tsource
United Nations\tUN|U.N.\tIGO:UN\tIGO\tigo\ttest
";

    fn kb() -> &'static Kb {
        static KB: std::sync::OnceLock<Kb> = std::sync::OnceLock::new();
        KB.get_or_init(|| {
            let countries = format!("{COUNTRIES}IRN\tIran\t\tIranian|Iranians\tTehran\ttest\nGBR\tUnited Kingdom\tUK|U.K.|Britain|England\tBritish\tLondon\ttest\n");
            Kb::from_files([("countries.tsv", countries.as_str()), ("places.tsv", PLACES), ("features.tsv", FEATURES), ("people_test.tsv", PEOPLE), ("orgs.tsv", ORGS)])
                .expect("test knowledge base parses")
        })
    }

    /// Renders a mention as `cue text=name/COUNTRY` plus ` host`, ` venue:V`, ` side:C`.
    fn render(text: &str, p: &PlaceMention) -> String {
        let mut s = format!("{} {}={}/{}", p.cue, &text[p.start..p.end], p.name, p.country);
        if p.host {
            s.push_str(" host");
        }
        if let Some(v) = p.venue {
            s.push_str(&format!(" venue:{v}"));
        }
        if let Some(c) = &p.side {
            s.push_str(&format!(" side:{c}"));
        }
        s
    }

    /// Runs the finder on `text` with the test knowledge base and compares the rendered mentions.
    fn check(text: &str, expected: &[&str]) {
        let got: Vec<String> = find_places(text, kb()).iter().map(|p| render(text, p)).collect();
        assert_eq!(got, expected, "\ntext: {text}");
    }

    #[test]
    fn cities_and_countries() {
        check("Rubio met Shaibani in Antalya, Turkey, on Thursday.", &["in Antalya, Turkey=Antalya/TUR"]);
        check("The ministers met in Riyadh.", &["in Riyadh=Riyadh/SAU"]);
        check("The ministers met in Damascus.", &["in Damascus=Damascus/SYR"]);
        check("The ministers met in Damascus, Maryland.", &["in Damascus, Maryland=Damascus/USA"]);
        check("The ministers met in Washington.", &["in Washington=Washington/USA"]);
        check("The ministers met in Washington, England.", &["in Washington, England=Washington/GBR"]);
        check("The ministers met in England.", &["in England=United Kingdom/GBR"]);
        check("Storms hit Virginia.", &[]);
        check("Storms hit towns in Virginia.", &["in Virginia=Virginia/USA"]);
        check("The council met in New York.", &["in New York=New York City/USA"]);
        check("Storms hit towns in Oklahoma.", &["in Oklahoma=Oklahoma/USA"]);
        check("A cat went missing in Portland, Oregon, last year.", &["in Portland, Oregon=Portland/USA"]);
        check("Wildfires spread in Oregon.", &["in Oregon=Oregon State/USA"]);
        check("Storms hit towns in Virginia, South Africa.", &["in Virginia, South Africa=Virginia/ZAF"]);
        check("Storms hit West Virginia, Oklahoma and Maryland.", &[]);
        check("Storms hit towns in West Virginia, Oklahoma and Maryland.", &["in West Virginia=West Virginia/USA", "in Oklahoma=Oklahoma/USA", "in Maryland=Maryland/USA"]);
        check("Troops were deployed in the USA.", &["in USA=United States/USA"]);
        check("Strikes hit Idlib in Idlib Province.", &["in Idlib Province=Idlib Province/SYR"]);
        check("Strikes hit targets in Aleppo Province.", &["in Aleppo=Aleppo/SYR"]);
        check("The ministers met in Syria.", &["in Syria=Syria/SYR"]);
        check("In Syria, the ministers met.", &["in Syria=Syria/SYR"]);
        check("The ministers met in Tripoli, Libya.", &["in Tripoli, Libya=Tripoli/LBY"]);
        check("The ministers met in Tripoli, Lebanon.", &["in Tripoli, Lebanon=Tripoli/LBN"]);
        check("The ministers met in Tripoli.", &["in Tripoli=Tripoli/LBY"]);
        check("The ministers met in Tel Aviv.", &["in Tel Aviv=Tel Aviv/ISR"]);
        check("The ministers met in The Hague.", &["in The Hague=The Hague/NLD"]);
        check("The ministers met in Den Haag.", &["in Den Haag=The Hague/NLD"]);
        check("Clashes erupted in Deir ez-Zor.", &["in Deir ez-Zor=Deir ez-Zor/SYR"]);
        check("Clashes erupted in Ras al-Ain.", &["in Ras al-Ain=Ras al-Ain/SYR"]);
        check("Clashes erupted in Gaza City.", &["in Gaza City=Gaza/PSE"]);
        check("The talks were held in Georgia.", &["held in Georgia=Georgia/GEO host"]);
        check("The talks took place in Smallville, Turkey.", &["in Turkey=Turkey/TUR"]);
        check("Aid reached Aleppo in Syria.", &["in Syria=Syria/SYR"]);
        check("Troops were deployed in the U.S. after the vote.", &["in U.S.=United States/USA"]);
        check("Troops were deployed in the US after the vote.", &["in US=United States/USA"]);
        check("Leaders gathered in the UAE.", &["in UAE=United Arab Emirates/ARE"]);
        check("Leaders gathered in Türkiye.", &["in Türkiye=Turkey/TUR"]);
        check("Leaders gathered in Halab.", &["in Halab=Aleppo/SYR"]);
    }

    #[test]
    fn hosts_and_venues() {
        check("The summit was hosted in Azerbaijan.", &["hosted in Azerbaijan=Azerbaijan/AZE host"]);
        check("Talks hosted by Qatar resumed.", &["hosted by Qatar=Qatar/QAT host"]);
        check("Talks were held in Baku last month.", &["held in Baku=Baku/AZE host"]);
        check("Trump received Sharaa at the White House.", &["at White House=Washington/USA host venue:White House"]);
        check("The envoy was received at the Kremlin.", &["at Kremlin=Moscow/RUS host venue:Kremlin"]);
        check("They dined at Mar-a-Lago.", &["at Mar-a-Lago=Palm Beach/USA host venue:Mar-a-Lago"]);
        check("Talks at Camp David collapsed.", &["at Camp David=Thurmont/USA host venue:Camp David"]);
        check("The White House said talks would continue.", &[]);
        check("The meeting took place at the Elysee Palace.", &["at Elysee Palace=Paris/FRA host venue:Elysee Palace"]);
        check("Shaibani arrived in Paris on Wednesday for talks at the Elysee Palace.", &["in Paris=Paris/FRA", "at Elysee Palace=Paris/FRA host venue:Elysee Palace"]);
        check("The envoy met officials at the State Department.", &["at State Department=Washington/USA host venue:State Department"]);
    }

    #[test]
    fn features() {
        check("Israeli troops remain on Mount Hermon.", &["on Mount Hermon=Mount Hermon/SYR"]);
        check("Troops hold the Syrian side of Mount Hermon.", &["side of Mount Hermon=Mount Hermon/SYR side:SYR"]);
        check("Troops hold the Israeli side of Mount Hermon.", &["side of Mount Hermon=Mount Hermon/SYR side:ISR"]);
        check("Israel expanded its presence in the Golan Heights.", &["in Golan Heights=Golan Heights/SYR"]);
        check("Strikes hit targets in the Gaza Strip.", &["in Gaza Strip=Gaza Strip/PSE"]);
        check("Tankers crossed the Strait of Hormuz.", &[]);
        check("A tanker was seized in the Strait of Hormuz.", &["in Strait of Hormuz=Strait of Hormuz/IRN"]);
        check("Ships were attacked in the Red Sea.", &["in Red Sea=Red Sea/EGY"]);
        check("A ship was hit off the Red Sea coast.", &["off Red Sea=Red Sea/EGY"]);
    }

    #[test]
    fn near_and_directions() {
        check("Strikes hit near Gaza City.", &["near Gaza City=Gaza/PSE"]);
        check("Strikes hit outside Damascus.", &["outside Damascus=Damascus/SYR"]);
        check("Strikes hit north of Damascus.", &["north of Damascus=Damascus/SYR"]);
        check("Strikes hit 20 km southwest of Aleppo.", &["southwest of Aleppo=Aleppo/SYR"]);
        check("Strikes hit the outskirts of Idlib.", &["outskirts of Idlib=Idlib/SYR"]);
        check("Strikes hit positions in northern Syria.", &["in Syria=Syria/SYR"]);
        check("Strikes hit positions in southern Lebanon.", &["in southern Lebanon=South Lebanon/LBN"]);
        check("Strikes hit positions in eastern Lebanon.", &["in Lebanon=Lebanon/LBN"]);
        check("Aid trucks queued at the Rafah crossing.", &["at Rafah crossing=Rafah crossing/PSE"]);
        check("Aid trucks queued at the Rafah border crossing on Monday.", &["at Rafah border crossing=Rafah crossing/PSE"]);
        check("Tankers were seized in the Gulf.", &["in Gulf=Persian Gulf/IRN"]);
        check("Migrants drowned in the Channel.", &["in the Channel=English Channel/GBR"]);
        check("Aid arrived in Damascus said officials.", &["in Damascus=Damascus/SYR"]);
        check("Strikes hit positions in North Korea.", &[]);
        check("Fighting spread across Syria.", &["across Syria=Syria/SYR"]);
        check("Quakes hit southern Turkey.", &[]);
        check("Quakes hit towns in southern Turkey and northwest Syria.", &["in Turkey=Turkey/TUR", "in Syria=Syria/SYR"]);
        check("Troops stayed on Mount Hermon and in the Golan Heights.", &["on Mount Hermon=Mount Hermon/SYR", "in Golan Heights=Golan Heights/SYR"]);
        check("Troops stayed in Syria and the Golan Heights.", &["in Syria=Syria/SYR", "in Golan Heights=Golan Heights/SYR"]);
        check("Strikes hit positions in northwest Syria.", &["in Syria=Syria/SYR"]);
        check("Settlers moved into the Israeli-occupied Golan Heights.", &["into Golan Heights=Golan Heights/SYR"]);
        check("Shelling continued in rebel-held Idlib.", &["in Idlib=Idlib/SYR"]);
        check("Tanks were seen in Kurdish-held northeast Syria.", &["in Syria=Syria/SYR"]);
        check("Ships sailed through the Strait of Hormuz.", &["through Strait of Hormuz=Strait of Hormuz/IRN"]);
        check("Aid reached war-torn Syria.", &[]);
        check("Aid arrived in war-torn Syria.", &["in Syria=Syria/SYR"]);
        check("Trump spoke in Washington, D.C., on Monday.", &["in Washington=Washington/USA"]);
        check("Fighting spread throughout Lebanon.", &["throughout Lebanon=Lebanon/LBN"]);
        check("Fighting raged inside Gaza.", &["inside Gaza=Gaza/PSE"]);
    }

    #[test]
    fn descriptors_and_possessives() {
        check("They met in the Turkish resort of Antalya.", &["in Antalya=Antalya/TUR"]);
        check("They met in the Syrian capital, Damascus.", &["in Damascus=Damascus/SYR"]);
        check("They met in the Syrian capital Damascus.", &["in Damascus=Damascus/SYR"]);
        check("They met in the town of Quneitra.", &["in Quneitra=Quneitra/SYR"]);
        check("They met in the northern city of Aleppo.", &["in Aleppo=Aleppo/SYR"]);
        check("They met in the Lebanese city of Tripoli.", &["in Tripoli=Tripoli/LBN"]);
        check("Clashes erupted in the Druze-majority city of Quneitra.", &["in Quneitra=Quneitra/SYR"]);
        check("Strikes hit Syria's Idlib province.", &[]);
        check("Strikes hit targets in Syria's Idlib province.", &["in Idlib province=Idlib Province/SYR"]);
        check("Strikes hit targets in Syria's north.", &["in Syria=Syria/SYR"]);
        check("Strikes hit targets in Idlib province.", &["in Idlib province=Idlib Province/SYR"]);
        check("Strikes hit targets in Aleppo province.", &["in Aleppo=Aleppo/SYR"]);
    }

    #[test]
    fn origins_and_destinations() {
        check("The envoy flew from Damascus to Riyadh.", &["from Damascus=Damascus/SYR", "to Riyadh=Riyadh/SAU"]);
        check("Rubio travelled to Turkey.", &["to Turkey=Turkey/TUR"]);
        check("Troops moved into Syria.", &["into Syria=Syria/SYR"]);
        check("Convoys headed toward Aleppo.", &["toward Aleppo=Aleppo/SYR"]);
        check("Refugees returned from Lebanon.", &["from Lebanon=Lebanon/LBN"]);
        let r = find_places("A convoy left from Damascus.", kb());
        assert_eq!(r[0].role, PlaceRole::From);
        let r = find_places("Talks took place in Riyadh.", kb());
        assert_eq!((r[0].role, r[0].kind), (PlaceRole::In, PlaceKind::City));
        let r = find_places("A convoy crossed into Syria.", kb());
        assert_eq!((r[0].role, r[0].kind), (PlaceRole::To, PlaceKind::Country));
    }

    #[test]
    fn lists() {
        check("Envoys visited Riyadh, Doha and Cairo.", &[]);
        check("Envoys met in Riyadh, Doha and Cairo.", &["in Riyadh=Riyadh/SAU", "in Doha=Doha/QAT", "in Cairo=Cairo/EGY"]);
        check("Protests erupted in Syria and Lebanon.", &["in Syria=Syria/SYR", "in Lebanon=Lebanon/LBN"]);
        check("Protests erupted in Syria, Lebanon, and Egypt.", &["in Syria=Syria/SYR", "in Lebanon=Lebanon/LBN", "in Egypt=Egypt/EGY"]);
        check("Protests erupted in Syria and Rubio said so.", &["in Syria=Syria/SYR"]);
        check("Protests erupted in Syria and Shaibani said so.", &["in Syria=Syria/SYR"]);
    }

    #[test]
    fn not_places() {
        check("Damascus said it would respond.", &[]);
        check("Washington and Moscow agreed to talk.", &[]);
        check("Talks on Syria resumed.", &[]);
        check("The talks focused on Syria.", &[]);
        check("Shaibani spoke to Rubio by phone.", &[]);
        check("A letter came from Thurmont.", &[]);
        check("A letter came from Quneitra, Syria.", &["from Quneitra, Syria=Quneitra/SYR"]);
        check("A convoy drove from Quneitra to Damascus.", &["to Damascus=Damascus/SYR"]);
        check("A convoy was shelled in Quneitra.", &["in Quneitra=Quneitra/SYR"]);
        check("The decision came in March.", &[]);
        check("The envoy arrived on Thursday.", &[]);
        check("The ministers met in private.", &[]);
        check("He said it in English.", &[]);
        check("Officials in Damascus's orbit disagreed.", &["in Damascus=Damascus/SYR"]);
        check("Pressure from the United Nations grew.", &[]);
        check("The envoy met officials at the UN.", &[]);
        check("", &[]);
        check("in", &[]);
        check("in the", &[]);
        check("In Syria", &["in Syria=Syria/SYR"]);
        check("She studied at the University of Iceland.", &[]);
        check("She studied at University.", &[]);
        check("The report came from Thomson Reuters.", &[]);
        check("Growth slowed in Asia.", &[]);
        check("Fighting resumed in the North.", &[]);
        check("He lives in Pittsburgh, PA.", &[]);
        check("He lives in PA.", &[]);
    }

    #[test]
    fn offsets_are_bytes() {
        let text = "Talks — hosted in Türkiye’s Antalya — ended.";
        let got = find_places(text, kb());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(&text[got[0].start..got[0].end], "Antalya");
        assert_eq!(got[0].country, "TUR");
    }

    /// The built-in knowledge base and gazetteer on the phrases event coding needs most.
    #[test]
    fn builtin_gazetteer() {
        let kb = Kb::builtin();
        let cases: &[(&str, &str, &str)] = &[
            ("Rubio met Shaibani in Antalya, Turkey, on Thursday.", "Antalya", "TUR"),
            ("Trump met Sharaa in Riyadh.", "Riyadh", "SAU"),
            ("The talks were hosted in Azerbaijan.", "Azerbaijan", "AZE"),
            ("Israeli forces hold the Syrian side of Mount Hermon.", "Mount Hermon", "SYR"),
            ("Sharaa was received at the White House.", "Washington", "USA"),
            ("The envoys met in Washington.", "Washington", "USA"),
            ("The envoys met in Damascus.", "Damascus", "SYR"),
            ("Troops withdrew from positions in Syria.", "Syria", "SYR"),
            ("Strikes hit targets near Gaza City.", "Gaza", "PSE"),
            ("Protests spread in the U.S. on Sunday.", "United States", "USA"),
        ];
        for (text, name, country) in cases {
            let got = find_places(text, kb);
            let last = got.last().unwrap_or_else(|| panic!("nothing in {text:?}"));
            assert_eq!((last.name.as_str(), last.country.as_str()), (*name, *country), "{text}");
        }
    }

    #[test]
    fn empty_gazetteer_finds_nothing() {
        let kb = Kb::from_files([("countries.tsv", COUNTRIES)]).unwrap();
        assert!(find_places("They met in Damascus.", &kb).is_empty());
    }
}
