//! # chancery-kb
//!
//! The knowledge base: what chancery knows about countries (names, adjectives, capitals used as
//! metonyms), people (date-aware offices), organisations, titles and role nouns, and places. It
//! owns the data files' format (see `data/README.md`), their parsing and validation, and the
//! trie that finds every known surface form in a text in one pass over its word starts
//! ([`Kb::scan`] keeps a text's occurrences so that any part of it is answered without a new search).
//!
//! **Invariant:** this crate does no IO: the built-in data is compiled in, and user overrides are
//! handed over as `(file name, contents)` pairs by the caller.
//!
//! ```
//! let kb = chancery_kb::Kb::builtin();
//! let text = "Syrian officials met in Damascus.";
//! let hits: Vec<_> = kb.find(text).collect();
//! assert!(hits.iter().any(|h| &text[h.start..h.end] == "Damascus"));
//! ```

mod parse;
mod matcher;
pub mod places;

pub use matcher::{Candidate, Candidates, CandidatesIntoIter, Found, Hit};
pub use parse::KbError;
pub use places::{Place, PlaceKind};

use chrono::NaiveDate;
use std::sync::OnceLock;

/// How a country is referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountryForm {
    /// Its name or a short form ("Syria", "U.S.").
    Name,
    /// An adjective or demonym ("Syrian", "Syrians").
    Adjective,
    /// A capital or seat standing for the government ("Damascus").
    Capital,
}

/// A country or territory.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (or `XKX` for Kosovo).
    pub iso3: String,
    /// Canonical English short name.
    pub name: String,
    /// Other names and short forms.
    pub aliases: Vec<String>,
    /// Adjectives and demonyms.
    pub adjectives: Vec<String>,
    /// Capitals and seats used for the government.
    pub capitals: Vec<String>,
}

/// One office held by a person (a person with several offices has several rows).
#[derive(Debug, Clone)]
pub struct Person {
    /// Canonical name ("Ahmed al-Sharaa").
    pub canonical: String,
    /// Other spellings and forms.
    pub aliases: Vec<String>,
    /// Country code of the office.
    pub country: String,
    /// Sector code of the office.
    pub sector: String,
    /// Title of the office ("President").
    pub title: String,
    /// Start of the office.
    pub from: Option<NaiveDate>,
    /// End of the office (None = still in office).
    pub to: Option<NaiveDate>,
}

/// An organisation.
#[derive(Debug, Clone)]
pub struct Org {
    /// Canonical name.
    pub canonical: String,
    /// Other names and acronyms.
    pub aliases: Vec<String>,
    /// Country code, or a prefixed code (`IGO:UN`).
    pub country: String,
    /// Sector code.
    pub sector: String,
    /// Kind (`igo`, `military`, `media`, ...).
    pub kind: String,
}

/// What a title phrase is used as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// Precedes or follows a name ("foreign minister").
    Title,
    /// A plural role noun after a demonym ("officials", "forces").
    Group,
    /// A singular role noun used for coreference ("leader").
    Role,
}

/// A title or role noun and the sector it implies.
#[derive(Debug, Clone)]
pub struct Title {
    /// The phrase, lower case ("foreign minister").
    pub phrase: String,
    /// Sector code.
    pub sector: String,
    /// Canonical display form ("Foreign Minister").
    pub canonical: String,
    /// How it is used.
    pub kind: TitleKind,
}

/// The compiled knowledge base.
pub struct Kb {
    /// Countries, in file order.
    pub countries: Vec<Country>,
    /// Office rows.
    pub people: Vec<Person>,
    /// Organisations.
    pub orgs: Vec<Org>,
    /// Titles and role nouns.
    pub titles: Vec<Title>,
    /// Places for geocoding.
    pub places: places::Gazetteer,
    matcher: matcher::Matcher,
    /// Office rows of each canonical person name.
    by_person: std::collections::HashMap<String, Vec<u32>>,
    /// Office rows of each country code.
    by_country: std::collections::HashMap<String, Vec<u32>>,
    /// Index into `countries` of each code (the first row with it).
    by_iso3: std::collections::HashMap<String, u32, matcher::FxBuild>,
    /// Indices into `orgs` of each country code, ascending.
    orgs_by_country: std::collections::HashMap<String, Vec<u32>, matcher::FxBuild>,
    /// Each office title (ASCII lower case) borne by two or more people who all hold it for one
    /// country without a prefixed code, with that country ("deputy secretary of state": USA).
    sole_title_country: std::collections::HashMap<String, String, matcher::FxBuild>,
}

/// Built-in data files, compiled into the binary: `(file name, contents)`.
pub static BUILTIN_FILES: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../../data/kb/countries.tsv")),
    ("orgs.tsv", include_str!("../../../data/kb/orgs.tsv")),
    ("titles.tsv", include_str!("../../../data/kb/titles.tsv")),
    ("people_americas_europe.tsv", include_str!("../../../data/kb/people_americas_europe.tsv")),
    ("people_mena_africa.tsv", include_str!("../../../data/kb/people_mena_africa.tsv")),
    ("people_asia_pacific.tsv", include_str!("../../../data/kb/people_asia_pacific.tsv")),
    ("features.tsv", include_str!("../../../data/kb/features.tsv")),
    ("places.tsv", include_str!("../../../data/gazetteer/places.tsv")),
];

impl Kb {
    /// The built-in knowledge base, compiled once per process.
    pub fn builtin() -> &'static Kb {
        static KB: OnceLock<Kb> = OnceLock::new();
        KB.get_or_init(|| Kb::from_files(BUILTIN_FILES.iter().map(|(n, c)| (*n, *c))).expect("built-in knowledge base is valid (tidy tests)"))
    }

    /// Builds a knowledge base from the built-in files followed by user files (same names and
    /// columns); later rows with the same key replace earlier ones.
    pub fn with_overrides<'a>(extra: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Kb, KbError> {
        let all: Vec<(&str, &str)> = BUILTIN_FILES.iter().map(|(n, c)| (*n, *c)).chain(extra).collect();
        Kb::from_files(all)
    }

    /// Builds a knowledge base from `(file name, contents)` pairs. The file name decides the
    /// table (`countries.tsv`, `orgs.tsv`, `titles.tsv`, `people*.tsv`, `features.tsv`, `places.tsv`).
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Kb, KbError> {
        let tables = parse::parse_files(files)?;
        let matcher = matcher::Matcher::build(&tables.countries, &tables.people, &tables.orgs, &tables.titles, &tables.places);
        let mut by_person: std::collections::HashMap<String, Vec<u32>> = Default::default();
        let mut by_country: std::collections::HashMap<String, Vec<u32>> = Default::default();
        for (i, p) in tables.people.iter().enumerate() {
            by_person.entry(p.canonical.clone()).or_default().push(i as u32);
            by_country.entry(p.country.clone()).or_default().push(i as u32);
        }
        let mut by_iso3: std::collections::HashMap<String, u32, matcher::FxBuild> = Default::default();
        for (i, c) in tables.countries.iter().enumerate() {
            by_iso3.entry(c.iso3.clone()).or_insert(i as u32);
        }
        let mut orgs_by_country: std::collections::HashMap<String, Vec<u32>, matcher::FxBuild> = Default::default();
        for (i, o) in tables.orgs.iter().enumerate() {
            orgs_by_country.entry(o.country.clone()).or_default().push(i as u32);
        }
        // title -> (country, or None once a second country or a prefixed code is seen; two people)
        let mut titles_seen: std::collections::HashMap<String, (Option<&str>, &str, bool), matcher::FxBuild> = Default::default();
        for p in &tables.people {
            let ok = !p.country.contains(':');
            let e = titles_seen.entry(p.title.to_ascii_lowercase()).or_insert((ok.then_some(p.country.as_str()), p.canonical.as_str(), false));
            if !ok || e.0.is_some_and(|c| c != p.country) {
                e.0 = None;
            }
            e.2 |= e.1 != p.canonical;
        }
        let sole_title_country = titles_seen.into_iter().filter(|(_, v)| v.2).filter_map(|(t, v)| Some((t, v.0?.to_string()))).collect();
        Ok(Kb {
            sole_title_country,
            orgs_by_country,
            by_person,
            by_country,
            by_iso3,
            countries: tables.countries,
            people: tables.people,
            orgs: tables.orgs,
            titles: tables.titles,
            places: places::Gazetteer::new(tables.places),
            matcher,
        })
    }

    /// Every known surface form in `text`, leftmost-longest, on word boundaries, with the
    /// candidates each could stand for.
    pub fn find<'k, 't>(&'k self, text: &'t str) -> impl Iterator<Item = Hit<'k>> + 't
    where
        'k: 't,
    {
        self.matcher.find(text).into_iter()
    }

    /// The hit of [`Kb::find`] that spans all of `text`, if any (searched from its start only).
    pub fn find_whole<'k>(&'k self, text: &str) -> Option<Hit<'k>> {
        self.matcher.find_whole(text)
    }

    /// Every surface-form occurrence of `text` before the leftmost-longest choice, to answer
    /// [`Kb::find_within`] for any part of the text without searching again.
    pub fn scan(&self, text: &str) -> Found {
        // (`find` is `scan` then the leftmost-longest choice.)
        self.matcher.scan(text)
    }

    /// Exactly what `self.find(&text[start..end])` gives (offsets relative to `start`), from the
    /// occurrences `found` that [`Kb::scan`] made of the whole `text`, without searching again
    /// (unless a character just outside the part is a word character). `found` must come from
    /// this very `text` (check once with [`Found::is_for`]); one from a text of another length is
    /// ignored, one from another text of the same length gives wrong hits (a debug assertion).
    /// Panics if `start..end` is not a valid slice of `text`.
    pub fn find_within<'k>(&'k self, found: &Found, text: &str, start: usize, end: usize) -> impl Iterator<Item = Hit<'k>> {
        self.matcher.find_within(found, text, start, end).into_iter()
    }

    /// The country with this code (the first row with it).
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.by_iso3.get(code).and_then(|&i| self.countries.get(i as usize))
    }

    /// The index into [`Kb::countries`] of the first row with this code.
    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.by_iso3.get(code).map(|&i| i as usize)
    }

    /// The office rows of a canonical person name.
    pub fn offices<'k>(&'k self, canonical: &str) -> impl Iterator<Item = &'k Person> + 'k {
        self.by_person.get(canonical).map_or(&[][..], |v| &v[..]).iter().map(move |&i| &self.people[i as usize])
    }

    /// Indices into [`Kb::people`] of the office rows of a country code (`SYR`, `IGO:UN`).
    pub fn office_rows_of_country(&self, code: &str) -> &[u32] {
        self.by_country.get(code).map_or(&[][..], |v| &v[..])
    }

    /// Indices into [`Kb::orgs`] of the organisations of a country code (`SYR`, `IGO:UN`), in
    /// file order.
    pub fn org_rows_of_country(&self, code: &str) -> &[u32] {
        self.orgs_by_country.get(code).map_or(&[][..], |v| &v[..])
    }

    /// The country of an office title that only that country's office holders bear in the
    /// knowledge base (at least two people, none under a prefixed code): "Deputy Secretary of
    /// State" gives `USA`. Case is ignored.
    pub fn sole_country_of_title(&self, title: &str) -> Option<&str> {
        if title.bytes().any(|b| b.is_ascii_uppercase()) {
            self.sole_title_country.get(&title.to_ascii_lowercase()).map(String::as_str)
        } else {
            self.sole_title_country.get(title).map(String::as_str)
        }
    }

    /// The office a person held on `date` (or, without a date, the most recent one).
    /// A person whose offices all ended before `date` gets their last office, which the caller
    /// can tell from [`Person::to`].
    pub fn office_on(&self, canonical: &str, date: Option<NaiveDate>) -> Option<&Person> {
        let mut best: Option<&Person> = None;
        for p in self.offices(canonical) {
            if let Some(d) = date {
                let started = p.from.map_or(true, |f| f <= d);
                let not_ended = p.to.map_or(true, |t| t >= d);
                if started && not_ended {
                    return Some(p);
                }
            }
            best = match best {
                None => Some(p),
                Some(b) => Some(if later_office(p, b, date) { p } else { b }),
            };
        }
        best
    }

    /// The index into [`Kb::titles`] of a title or role noun, by its lower-case phrase.
    pub fn title_index(&self, phrase: &str) -> Option<usize> {
        self.matcher.title(phrase)
    }

    /// A title or role noun by its lower-case phrase.
    pub fn title(&self, phrase: &str) -> Option<&Title> {
        self.matcher.title(phrase).map(|i| &self.titles[i])
    }
}

fn later_office(a: &Person, b: &Person, date: Option<NaiveDate>) -> bool {
    // Without a date: prefer an open office, then the latest start.
    // With a date outside every office: prefer the office closest before the date.
    let key = |p: &Person| {
        let open = p.to.is_none();
        let start = p.from.unwrap_or(NaiveDate::MIN);
        (date.map_or(open, |d| p.from.map_or(true, |f| f <= d)), open, start)
    };
    key(a) > key(b)
}
