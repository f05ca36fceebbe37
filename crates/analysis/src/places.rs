//! Places of events: "in Antalya, Turkey", "hosted in Azerbaijan", "on Mount Hermon".

/// A place mentioned in text and geocoded.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Name as in the gazetteer.
    pub name: String,
    /// Country code.
    pub country: String,
    /// Latitude.
    pub lat: f32,
    /// Longitude.
    pub lon: f32,
}
