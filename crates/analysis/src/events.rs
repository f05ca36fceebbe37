//! Events: predicates (verbal and nominal) from the lexicon, roles, status, attribution,
//! date and place, coded in PLOVER and CAMEO.

use crate::actors::ActorSet;
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
    /// Byte span of the mention that fills the role.
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
    /// The event's own date.
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
}

/// Finds the events of an article.
pub fn find_events(article: &Article, kb: &Kb, actors: &ActorSet) -> Vec<Event> {
    let _ = (article, kb, actors);
    Vec::new()
}
