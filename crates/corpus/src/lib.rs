//! # chancery-corpus
//!
//! The corpus stage: it owns what only many articles can tell. Syndicated copies and light
//! rewrites are linked ([`dedup`]), articles are clustered into stories ([`stories`]), the same
//! real-world event reported by several articles becomes one merged event with its sources,
//! corroboration and contradictions ([`merge`]), each party's stance on each issue is tracked over
//! time ([`positions`]), and each article and outlet gets a framing profile ([`framing`]).
//!
//! Input is a list of [`DocRecord`]s, the per-article facts kept after analysis (built with
//! [`DocRecord::from_analysis`] or loaded from the store).
//!
//! **Invariant:** the corpus stage does no IO; it is a pure function of the records.
//!
//! ```
//! use chancery_corpus::{DocRecord, build};
//! let docs: Vec<DocRecord> = Vec::new();
//! let c = build(&docs);
//! assert!(c.stories.is_empty());
//! ```

pub mod dedup;
pub mod framing;
pub mod merge;
pub mod positions;
pub mod record;
pub mod stories;

pub use record::{ActorRec, DocRecord, EventRec};

/// Everything the corpus stage computes.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Near-duplicate pairs `(i, j, similarity)` with `i < j` (indices into the records).
    pub copies: Vec<(usize, usize, f32)>,
    /// Stories.
    pub stories: Vec<stories::Story>,
    /// Merged events across articles.
    pub events: Vec<merge::MergedEvent>,
    /// Positions of parties on issues.
    pub positions: Vec<positions::Position>,
    /// Framing profile per record.
    pub framing: Vec<framing::Framing>,
}

/// Runs every corpus computation.
pub fn build(docs: &[DocRecord]) -> Corpus {
    let copies = dedup::near_duplicates(docs);
    let stories = stories::cluster(docs, &copies);
    let events = merge::merge_events(docs, &stories, &copies);
    let positions = positions::positions(docs);
    let framing = docs.iter().map(framing::profile).collect();
    Corpus { copies, stories, events, positions, framing }
}
