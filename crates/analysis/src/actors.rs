//! Actors: mentions found with the knowledge-base automaton and title/demonym patterns,
//! resolved to who they are, and merged within the article (coreference).

use chancery_article::Article;
use chancery_kb::Kb;

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A state or its government (country name, capital metonym).
    State,
    /// A named organisation.
    Org,
    /// An unnamed group ("Israeli officials", "Syrian forces").
    Group,
}

/// One mention of an actor: byte offsets into [`Article::norm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Index of the sentence holding it, if inside one.
    pub sentence: Option<usize>,
}

/// An actor of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Canonical name.
    pub name: String,
    /// Country code (ISO alpha-3 or prefixed like `IGO:UN`).
    pub country: Option<String>,
    /// Sector code (GOV, MIL, ...).
    pub sector: Option<String>,
    /// Title, for people.
    pub title: Option<String>,
    /// Kind.
    pub kind: ActorKind,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// Actors of an article plus an index of mentions in text order.
#[derive(Debug, Clone, Default)]
pub struct ActorSet {
    /// The actors.
    pub actors: Vec<Actor>,
    /// `(start, end, actor index)` of every mention, sorted by start.
    pub index: Vec<(usize, usize, usize)>,
}

impl ActorSet {
    /// Mentions whose span lies inside `start..end`, in text order: `(start, end, actor)`.
    pub fn within(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let i = self.index.partition_point(|m| m.0 < start);
        self.index[i..].iter().copied().take_while(move |m| m.0 < end).filter(move |m| m.1 <= end)
    }
}

/// Finds and resolves the actors of an article.
pub fn find_actors(article: &Article, kb: &Kb) -> ActorSet {
    let _ = (article, kb);
    ActorSet::default()
}
