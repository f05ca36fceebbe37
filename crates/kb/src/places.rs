//! The gazetteer: places with coordinates, looked up by name.

use std::collections::HashMap;

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

/// Places indexed by name.
pub struct Gazetteer {
    /// All places.
    pub places: Vec<Place>,
    by_name: HashMap<String, Vec<u32>>,
}

impl Gazetteer {
    pub(crate) fn new(places: Vec<Place>) -> Self {
        let mut by_name: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, p) in places.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(p.alternates.iter()) {
                let v = by_name.entry(n.to_lowercase()).or_default();
                if !v.contains(&(i as u32)) {
                    v.push(i as u32);
                }
            }
        }
        Gazetteer { places, by_name }
    }

    /// The best place for a name: features and countries first, then the most populous;
    /// `country` (alpha-3), when given, restricts the candidates.
    pub fn lookup(&self, name: &str, country: Option<&str>) -> Option<&Place> {
        let ids = self.by_name.get(&name.to_lowercase())?;
        ids.iter()
            .map(|&i| &self.places[i as usize])
            .filter(|p| country.map_or(true, |c| p.country == c))
            .max_by_key(|p| {
                let rank = match p.kind {
                    PlaceKind::Country => 3,
                    PlaceKind::Feature => 2,
                    PlaceKind::City | PlaceKind::Admin => 1,
                };
                (p.name.eq_ignore_ascii_case(name) as u8, rank, p.population)
            })
    }

    /// Every place with this name or alternate name (any case), for callers that rank the
    /// candidates themselves.
    pub fn candidates<'g>(&'g self, name: &str) -> impl Iterator<Item = &'g Place> + 'g {
        self.by_name.get(&name.to_lowercase()).into_iter().flatten().map(move |&i| &self.places[i as usize])
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when there are no places.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}
