//! Parsing and validation of the TSV data files.

use crate::matcher::FxBuild;
use crate::places::{Place, PlaceKind, PlaceTable};
use crate::{Country, Org, Person, Title, TitleKind};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// A data file that does not parse or breaks a rule.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KbError {
    /// A line is malformed.
    #[error("{file}:{line}: {msg}")]
    Line {
        /// File name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// A file name that no table uses.
    #[error("{0}: unknown knowledge-base file (expected countries.tsv, orgs.tsv, titles.tsv, people*.tsv, features.tsv or places.tsv)")]
    UnknownFile(String),
}

/// Sector codes accepted in the data.
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "SPY", "REB", "OPP", "UAF", "JUD", "LEG", "PTY", "COP", "MED", "JRN", "CVL", "BUS", "IGO", "NGO", "REF", "EDU", "HLH", "ELI", "CRM", "LAB", "REL", "INS", "SEP", "AGR", "ENV", "MNC", "HRI", "ETH", "NON",
];

pub(crate) struct Tables {
    pub countries: Vec<Country>,
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
    pub titles: Vec<Title>,
    pub places: PlaceTable,
}

pub(crate) fn list(s: &str) -> Vec<String> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` picks the last day of a partial date.
pub fn parse_kb_date(s: &str, end: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => NaiveDate::from_ymd_opt(y, if end { 12 } else { 1 }, if end { 31 } else { 1 }),
        2 => {
            let m: u32 = parts[1].parse().ok()?;
            if end {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
            } else {
                NaiveDate::from_ymd_opt(y, m, 1)
            }
        }
        3 => NaiveDate::from_ymd_opt(y, parts[1].parse().ok()?, parts[2].parse().ok()?),
        _ => None,
    }
}

struct Rows<'a> {
    file: &'a str,
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
    header_seen: bool,
    ncols: usize,
}

impl<'a> Rows<'a> {
    fn new(file: &'a str, content: &'a str, ncols: usize) -> Self {
        Rows { file, lines: content.lines().enumerate(), header_seen: false, ncols }
    }
    fn err(&self, line: usize, msg: impl Into<String>) -> KbError {
        KbError::Line { file: self.file.to_string(), line, msg: msg.into() }
    }
}

impl<'a> Iterator for Rows<'a> {
    type Item = Result<(usize, Vec<&'a str>), KbError>;
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (i, line) = self.lines.next()?;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if !self.header_seen {
                self.header_seen = true;
                continue;
            }
            let mut cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.len() > self.ncols {
                return Some(Err(self.err(i + 1, format!("{} columns, expected {}", cols.len(), self.ncols))));
            }
            if cols.len() + 1 < self.ncols {
                return Some(Err(self.err(i + 1, format!("{} columns, expected {} (the last, source, may be left out)", cols.len(), self.ncols))));
            }
            cols.resize(self.ncols, "");
            return Some(Ok((i + 1, cols)));
        }
    }
}

fn check_sector(rows: &Rows, line: usize, s: &str) -> Result<(), KbError> {
    if SECTORS.contains(&s) {
        Ok(())
    } else {
        Err(rows.err(line, format!("invalid sector code {s:?}")))
    }
}

fn check_code(rows: &Rows, line: usize, c: &str) -> Result<(), KbError> {
    let ok = if let Some((prefix, rest)) = c.split_once(':') {
        matches!(prefix, "IGO" | "NGO" | "MNC" | "REB" | "UAF" | "INT") && !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
    } else {
        c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())
    };
    if ok {
        Ok(())
    } else {
        Err(rows.err(line, format!("invalid country code {c:?} (ISO alpha-3 or PREFIX:NAME)")))
    }
}

pub(crate) fn parse_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Tables, KbError> {
    let mut t = Tables { countries: vec![], people: vec![], orgs: vec![], titles: vec![], places: PlaceTable { rows: vec![], features: vec![], deferred: None } };
    let mut country_idx: HashMap<String, usize, FxBuild> = HashMap::default();
    let mut org_idx: HashMap<String, usize, FxBuild> = HashMap::default();
    let mut title_idx: HashMap<String, usize, FxBuild> = HashMap::default();
    let mut person_idx: HashMap<(String, String, Option<NaiveDate>), usize, FxBuild> = HashMap::default();
    let mut place_idx: HashMap<(String, String), usize, FxBuild> = HashMap::default();
    let builtin_places = crate::BUILTIN_FILES.iter().find(|(n, _)| *n == "places.tsv").map(|(_, c)| *c);
    let mut pending_codes: Vec<(String, usize, String)> = Vec::new();
    for (name, content) in files {
        let base = name.rsplit('/').next().unwrap_or(name);
        // Keys repeated inside one file are errors; across files (user overrides) they replace.
        let mut seen_here: HashSet<String, FxBuild> = Default::default();
        let mut dup = |rows: &Rows, line: usize, key: String| -> Result<(), KbError> {
            if !seen_here.insert(key.clone()) {
                return Err(rows.err(line, format!("duplicate key {key:?}")));
            }
            Ok(())
        };
        if base == "countries.tsv" {
            let rows = Rows::new(base, content, 6);
            for r in Rows::new(base, content, 6) {
                let (line, c) = r?;
                if c[0].len() != 3 || !c[0].bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(rows.err(line, format!("invalid alpha-3 code {:?}", c[0])));
                }
                if c[1].is_empty() {
                    return Err(rows.err(line, "empty name"));
                }
                dup(&rows, line, c[0].to_string())?;
                let row = Country { iso3: c[0].into(), name: c[1].into(), aliases: list(c[2]), adjectives: list(c[3]), capitals: list(c[4]) };
                match country_idx.get(c[0]) {
                    Some(&i) => t.countries[i] = row,
                    None => {
                        country_idx.insert(c[0].into(), t.countries.len());
                        t.countries.push(row);
                    }
                }
            }
        } else if base == "orgs.tsv" {
            let rows = Rows::new(base, content, 6);
            for r in Rows::new(base, content, 6) {
                let (line, c) = r?;
                if c[0].is_empty() {
                    return Err(rows.err(line, "empty name"));
                }
                check_code(&rows, line, c[2])?;
                check_sector(&rows, line, c[3])?;
                dup(&rows, line, c[0].to_string())?;
                pending_codes.push((base.to_string(), line, c[2].to_string()));
                let row = Org { canonical: c[0].into(), aliases: list(c[1]), country: c[2].into(), sector: c[3].into(), kind: c[4].into() };
                match org_idx.get(c[0]) {
                    Some(&i) => t.orgs[i] = row,
                    None => {
                        org_idx.insert(c[0].into(), t.orgs.len());
                        t.orgs.push(row);
                    }
                }
            }
        } else if base == "titles.tsv" {
            let rows = Rows::new(base, content, 5);
            for r in Rows::new(base, content, 5) {
                let (line, c) = r?;
                let phrase = c[0].to_lowercase();
                if phrase.is_empty() {
                    return Err(rows.err(line, "empty phrase"));
                }
                check_sector(&rows, line, c[1])?;
                let kind = match c[3] {
                    "title" | "" => TitleKind::Title,
                    "group" => TitleKind::Group,
                    "role" => TitleKind::Role,
                    k => return Err(rows.err(line, format!("invalid kind {k:?} (title, group or role)"))),
                };
                dup(&rows, line, phrase.clone())?;
                let canonical = if c[2].is_empty() { c[0].to_string() } else { c[2].to_string() };
                let row = Title { phrase: phrase.clone(), sector: c[1].into(), canonical, kind };
                match title_idx.get(&phrase) {
                    Some(&i) => t.titles[i] = row,
                    None => {
                        title_idx.insert(phrase, t.titles.len());
                        t.titles.push(row);
                    }
                }
            }
        } else if base.starts_with("people") && base.ends_with(".tsv") {
            let rows = Rows::new(base, content, 8);
            for r in Rows::new(base, content, 8) {
                let (line, c) = r?;
                if c[0].is_empty() {
                    return Err(rows.err(line, "empty name"));
                }
                check_code(&rows, line, c[2])?;
                check_sector(&rows, line, c[3])?;
                pending_codes.push((base.to_string(), line, c[2].to_string()));
                let from = if c[5].is_empty() { None } else { Some(parse_kb_date(c[5], false).ok_or_else(|| rows.err(line, format!("bad from date {:?}", c[5])))?) };
                let to = if c[6].is_empty() { None } else { Some(parse_kb_date(c[6], true).ok_or_else(|| rows.err(line, format!("bad to date {:?}", c[6])))?) };
                if let (Some(f), Some(tt)) = (from, to) {
                    if tt < f {
                        return Err(rows.err(line, "office ends before it starts"));
                    }
                }
                dup(&rows, line, format!("{}|{}|{:?}", c[0], c[4], from))?;
                let row = Person { canonical: c[0].into(), aliases: list(c[1]), country: c[2].into(), sector: c[3].into(), title: c[4].into(), from, to };
                let key = (c[0].to_string(), c[4].to_string(), from);
                match person_idx.get(&key) {
                    Some(&i) => t.people[i] = row,
                    None => {
                        person_idx.insert(key, t.people.len());
                        t.people.push(row);
                    }
                }
            }
        } else if base == "places.tsv" && builtin_places.is_some_and(|b| std::ptr::eq(b, content)) {
            // The built-in gazetteer (validated by the tidy tests) is parsed on first lookup.
            t.places.deferred = builtin_places;
        } else if base == "features.tsv" || base == "places.tsv" {
            let rows = Rows::new(base, content, 8);
            for r in Rows::new(base, content, 8) {
                let (line, c) = r?;
                if c[0].is_empty() {
                    return Err(rows.err(line, "empty name"));
                }
                let lat: f32 = c[3].parse().map_err(|_| rows.err(line, format!("bad latitude {:?}", c[3])))?;
                let lon: f32 = c[4].parse().map_err(|_| rows.err(line, format!("bad longitude {:?}", c[4])))?;
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    return Err(rows.err(line, "coordinates out of range"));
                }
                let population: u64 = if c[5].is_empty() { 0 } else { c[5].parse().map_err(|_| rows.err(line, format!("bad population {:?}", c[5])))? };
                let kind = PlaceKind::parse(c[6]).ok_or_else(|| rows.err(line, format!("invalid place kind {:?}", c[6])))?;
                check_code(&rows, line, c[2])?;
                pending_codes.push((base.to_string(), line, c[2].to_string()));
                let key = (c[0].to_string(), c[2].to_string());
                dup(&rows, line, format!("{}|{}", c[0], c[2]))?;
                let row = Place { name: c[0].into(), alternates: list(c[1]), country: c[2].into(), lat, lon, population, kind };
                let is_feature = base == "features.tsv";
                match place_idx.get(&key) {
                    Some(&i) => {
                        t.places.rows[i] = row;
                        if is_feature && !t.places.features.contains(&(i as u32)) {
                            t.places.features.push(i as u32);
                        }
                    }
                    None => {
                        place_idx.insert(key, t.places.rows.len());
                        if is_feature {
                            t.places.features.push(t.places.rows.len() as u32);
                        }
                        t.places.rows.push(row);
                    }
                }
            }
        } else {
            return Err(KbError::UnknownFile(name.to_string()));
        }
    }
    // Plain alpha-3 codes used by people, orgs and places must be countries we know.
    if !t.countries.is_empty() {
        for (file, line, code) in pending_codes {
            if !code.contains(':') && !country_idx.contains_key(&code) {
                return Err(KbError::Line { file, line, msg: format!("country code {code:?} is not in countries.tsv") });
            }
        }
    }
    Ok(t)
}
