//! # chancery-analysis
//!
//! The per-article stage: it owns finding actors (mentions resolved against the knowledge base,
//! with in-article coreference), time expressions resolved against the publication date, places,
//! and events coded in PLOVER and CAMEO with status, attribution, date and place.
//!
//! **Invariant:** analysis does no IO: it takes an [`Article`] and a [`Kb`] and returns an
//! [`Analysis`].
//! **Invariant:** every fact carries byte offsets into [`Article::norm`] (which
//! [`Article::char_offset`] turns into character offsets valid in the original text).
//!
//! ```
//! let kb = chancery_kb::Kb::builtin();
//! let a = &chancery_article::read("x.txt", b"Talks\n\nSyrian officials met Marco Rubio.").unwrap()[0];
//! let an = chancery_analysis::analyze(a, kb);
//! assert!(an.actors.iter().any(|x| x.name == "Marco Rubio"));
//! ```

pub mod actors;
pub mod codes;
pub mod events;
pub mod lexicon;
pub mod places;
pub mod scene;
pub mod times;

pub use actors::{Actor, ActorKind, Mention};
pub use events::{Attribution, Event, Status};
pub use places::PlaceMention;
pub use times::{Precision, TimeExpr};

use chancery_article::Article;
use chancery_kb::Kb;

/// Everything analysis found in one article.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Actors with all their mentions.
    pub actors: Vec<Actor>,
    /// Events.
    pub events: Vec<Event>,
    /// Non-fatal notes.
    pub diagnostics: Vec<String>,
}

/// Runs every analysis stage on an article.
pub fn analyze(article: &Article, kb: &Kb) -> Analysis {
    let mut actors = actors::find_actors(article, kb);
    let mut events = events::find_events_adding_actors(article, kb, &mut actors);
    scene::inherit_dates(article, &mut events);
    Analysis { actors: actors.actors, events, diagnostics: Vec::new() }
}

/// Whether `hay` contains `needle` (ASCII lower case) ignoring ASCII case, without allocating.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    needle.is_empty() || hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}
