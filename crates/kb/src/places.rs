//! The gazetteer: places with coordinates, looked up by name.
//!
//! The built-in `places.tsv` (tens of thousands of rows) is validated by the tidy tests and parsed
//! only on the first lookup, so loading the knowledge base does not pay for it; rows from
//! `features.tsv` and from user files are parsed (and validated) when the knowledge base is built.

use std::sync::OnceLock;

/// What kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A populated place.
    City,
    /// A first-level administrative division.
    Admin,
    /// A country (centroid or capital coordinates).
    Country,
    /// A natural or named feature (mountain, region, strait, crossing...).
    Feature,
}

impl PlaceKind {
    /// Parses `city`, `admin`, `country` or `feature`.
    pub fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "city" => PlaceKind::City,
            "admin" => PlaceKind::Admin,
            "country" => PlaceKind::Country,
            "feature" => PlaceKind::Feature,
            _ => return None,
        })
    }
}

/// A place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Name.
    pub name: String,
    /// Alternate names.
    pub alternates: Vec<String>,
    /// Country code.
    pub country: String,
    /// Latitude.
    pub lat: f32,
    /// Longitude.
    pub lon: f32,
    /// Population (0 when unknown).
    pub population: u64,
    /// Kind.
    pub kind: PlaceKind,
}

/// Place rows as the parser hands them over.
pub(crate) struct PlaceTable {
    /// Rows parsed when the knowledge base is built (`features.tsv`, user files), keyed uniquely
    /// by (name, country).
    pub rows: Vec<Place>,
    /// Indices into `rows` of the rows that came from a `features.tsv` (named features,
    /// regions and seas that go into the matcher).
    pub features: Vec<u32>,
    /// The built-in `places.tsv`, parsed on first use (its rows come after `rows`; a row whose
    /// (name, country) is already in `rows` is skipped, so earlier rows keep their index).
    pub deferred: Option<&'static str>,
}

/// Places indexed by name.
///
/// Indices (as in [`crate::Candidate::Place`]) run over the eagerly parsed rows first, then the
/// built-in gazetteer rows.
pub struct Gazetteer {
    eager: Vec<Place>,
    deferred: Option<&'static str>,
    full: OnceLock<Full>,
}

/// Number of buckets of [`Full::buckets`] (top 16 bits of a hash).
const BUCKETS: usize = 1 << 16;

struct Full {
    /// Rows of the deferred file (indices `eager.len()..`).
    extra: Vec<Place>,
    /// (hash of a lower-cased name, place index), sorted.
    index: Vec<(u64, u32)>,
    /// `buckets[k]`: the first entry of `index` whose hash has top 16 bits `>= k` (so that a
    /// search looks at one bucket only).
    buckets: Vec<u32>,
}

impl Gazetteer {
    pub(crate) fn new(t: PlaceTable) -> Self {
        let g = Gazetteer { eager: t.rows, deferred: t.deferred, full: OnceLock::new() };
        if g.deferred.is_none() {
            // Nothing to defer: build the (small) index now.
            let _ = g.full();
        }
        g
    }

    fn full(&self) -> &Full {
        self.full.get_or_init(|| {
            let extra = match self.deferred {
                Some(src) => parse_deferred(src, &self.eager),
                None => Vec::new(),
            };
            let mut index: Vec<(u64, u32)> = Vec::with_capacity((self.eager.len() + extra.len()) * 2);
            for (i, p) in self.eager.iter().chain(extra.iter()).enumerate() {
                for n in std::iter::once(&p.name).chain(p.alternates.iter()) {
                    index.push((name_hash(n), i as u32));
                }
            }
            index.sort_unstable();
            index.dedup();
            let mut buckets = Vec::with_capacity(BUCKETS + 1);
            let mut j = 0;
            for k in 0..=BUCKETS as u64 {
                while j < index.len() && index[j].0 >> 48 < k {
                    j += 1;
                }
                buckets.push(j as u32);
            }
            Full { extra, index, buckets }
        })
    }

    /// The place with this index (see [`crate::Candidate::Place`]).
    pub fn get(&self, idx: u32) -> Option<&Place> {
        let i = idx as usize;
        if i < self.eager.len() {
            return self.eager.get(i);
        }
        self.full().extra.get(i - self.eager.len())
    }

    /// Every place, in index order.
    pub fn iter(&self) -> impl Iterator<Item = &Place> + '_ {
        self.eager.iter().chain(self.full().extra.iter())
    }

    /// The best place for a name: features and countries first, then the most populous;
    /// `country` (alpha-3), when given, restricts the candidates.
    pub fn lookup(&self, name: &str, country: Option<&str>) -> Option<&Place> {
        self.named(name)
            .filter(|p| country.map_or(true, |c| p.country == c))
            .filter(|p| std::iter::once(&p.name).chain(p.alternates.iter()).any(|n| same_lowercase(n, name)))
            .max_by_key(|p| {
                let rank = match p.kind {
                    PlaceKind::Country => 3,
                    PlaceKind::Feature => 2,
                    PlaceKind::City | PlaceKind::Admin => 1,
                };
                (p.name.eq_ignore_ascii_case(name) as u8, rank, p.population)
            })
    }

    /// Every place with this name or alternate name (any case), in index order, for callers
    /// that rank the candidates themselves.
    pub fn candidates<'g>(&'g self, name: &str) -> impl Iterator<Item = &'g Place> + 'g {
        let lc = name.to_lowercase();
        self.named(name).filter(move |p| std::iter::once(&p.name).chain(p.alternates.iter()).any(|n| same_lowercase(n, &lc)))
    }

    /// The places whose name hash equals that of `name` (a superset of the matches).
    fn named<'g>(&'g self, name: &str) -> impl Iterator<Item = &'g Place> + 'g {
        let full = self.full();
        let h = name_hash(name);
        let top = (h >> 48) as usize;
        let (lo, hi) = (full.buckets[top] as usize, full.buckets[top + 1] as usize);
        let from = lo + full.index[lo..hi].partition_point(|&(k, _)| k < h);
        full.index[from..hi].iter().take_while(move |&&(k, _)| k == h).filter_map(move |&(_, i)| self.get(i))
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.eager.len() + self.full().extra.len()
    }

    /// True when there are no places.
    pub fn is_empty(&self) -> bool {
        self.eager.is_empty() && (self.deferred.is_none() || self.full().extra.is_empty())
    }
}

/// FxHash-style hash of the lower-cased name (no allocation).
fn name_hash(s: &str) -> u64 {
    let mix = |h: u64, c: char| (h.rotate_left(5) ^ c as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    let mut h: u64 = 0;
    for c in s.chars() {
        if c.is_ascii() {
            h = mix(h, c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                h = mix(h, l);
            }
        }
    }
    h
}

fn same_lowercase(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// Parses the built-in gazetteer (validated by the tidy tests; a malformed row is skipped).
fn parse_deferred(src: &'static str, eager: &[Place]) -> Vec<Place> {
    let taken: std::collections::HashSet<(&str, &str), crate::matcher::FxBuild> = eager.iter().map(|p| (p.name.as_str(), p.country.as_str())).collect();
    let mut out = Vec::with_capacity(src.len() / 60);
    let mut header = false;
    for line in src.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header {
            header = true;
            continue;
        }
        let mut c = line.split('\t').map(str::trim);
        let (Some(name), Some(alts), Some(country), Some(lat), Some(lon), Some(pop), Some(kind)) = (c.next(), c.next(), c.next(), c.next(), c.next(), c.next(), c.next()) else {
            continue;
        };
        let (Ok(lat), Ok(lon), Some(kind)) = (lat.parse::<f32>(), lon.parse::<f32>(), PlaceKind::parse(kind)) else {
            continue;
        };
        if name.is_empty() || taken.contains(&(name, country)) {
            continue;
        }
        let population = pop.parse().unwrap_or(0);
        out.push(Place { name: name.into(), alternates: crate::parse::list(alts), country: country.into(), lat, lon, population, kind });
    }
    out
}
