//! Scene dates: an event the text does not date takes the date of the scene it is told in.
//!
//! News reports tell one scene over several sentences and date it once: "Ruto met Tshisekedi in
//! Nairobi on Thursday. The two leaders signed a trade protocol." Both acts happened on
//! Thursday, though only the first sentence says so. An expert coder dates the second act by the
//! first; this pass does the same, conservatively:
//!
//! - only inside one paragraph, from the nearest earlier event (in an earlier sentence) whose
//!   date the text states and resolves;
//! - only for acts told as past facts: status asserted or reported, a verbal trigger in the
//!   simple past ("signed", "met"); not the past perfect ("had agreed": an act before the scene),
//!   the present perfect or present ("has urged", "accuses": habitual or ongoing), a modal or
//!   future form, or a nominal trigger;
//! - never from the publication date: the date is the earlier expression itself, its text and
//!   offsets included, and the event is marked [`Event::date_inherited`].

use crate::events::{Event, Status};
use chancery_article::Article;

/// Dates undated past-tense events from the latest dated event earlier in the same paragraph.
pub fn inherit_dates(article: &Article, events: &mut [Event]) {
    let text = article.norm.as_str();
    let block_of = |e: &Event| article.sentences.get(e.sentence).map(|s| s.block);
    // events come in sentence order; keep the latest dated event of the current paragraph
    let mut scene: Option<(usize, usize, usize)> = None; // (block, sentence, index into events)
    for i in 0..events.len() {
        let Some(block) = block_of(&events[i]) else { continue };
        if scene.is_some_and(|(b, _, _)| b != block) {
            scene = None;
        }
        let e = &events[i];
        if let Some(d) = &e.date {
            if d.value.is_some() && !d.attributive && !e.date_inherited {
                scene = Some((block, e.sentence, i));
            }
            continue;
        }
        let Some((_, ssent, si)) = scene else { continue };
        if ssent >= e.sentence || !matches!(e.status, Status::Asserted | Status::Reported) {
            continue;
        }
        if !past_trigger(text, e.trigger.0, e.trigger.1) {
            continue;
        }
        let d = events[si].date.clone();
        events[i].date = d;
        events[i].date_inherited = true;
    }
}

/// Whether the trigger `text[t0..t1]` is a verb in the simple past: a past form with no
/// "has"/"have"/"had" (perfect), future/modal auxiliary or negation right before it.
fn past_trigger(text: &str, t0: usize, t1: usize) -> bool {
    let trig = &text[t0..t1.min(text.len())];
    let first = trig.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    if first.len() < 2 || !is_past_form(first) {
        return false;
    }
    // the two words before the trigger: "has urged", "have also agreed", "will have met"
    let before = &text[..t0];
    for w in before.split(|c: char| !c.is_ascii_alphabetic() && c != '\'').rev().filter(|w| !w.is_empty()).take(2) {
        if matches!(w.to_ascii_lowercase().as_str(), "has" | "have" | "had" | "having" | "will" | "would" | "could" | "may" | "might" | "should" | "must" | "can" | "to" | "be" | "being" | "been" | "is" | "are" | "not" | "never") {
            return false;
        }
    }
    true
}

/// Simple-past (or past participle) form of a verb: a regular "-ed" form or a common irregular.
fn is_past_form(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    if l.len() > 3 && l.ends_with("ed") && !matches!(l.as_str(), "need" | "speed" | "feed" | "breed" | "bleed" | "seed" | "heed" | "proceed" | "succeed" | "exceed") {
        return true;
    }
    matches!(
        l.as_str(),
        "met" | "held" | "said" | "told" | "sent" | "struck" | "hit" | "shot" | "fought" | "led" | "left" | "took" | "gave"
            | "made" | "began" | "won" | "lost" | "fled" | "flew" | "drove" | "threw" | "broke" | "spoke" | "stood" | "swore"
            | "wrote" | "sought" | "brought" | "bought" | "caught" | "kept" | "paid" | "sold" | "built" | "cut" | "put"
            | "set" | "beat" | "overran" | "ran" | "seized" | "withdrew" | "undertook" | "overtook" | "forbade" | "froze"
            | "laid" | "spent" | "lent" | "dealt" | "rose" | "fell" | "shook" | "stole" | "chose" | "bore" | "tore" | "slew"
            | "upheld" | "withheld" | "understood" | "came" | "went" | "saw" | "got" | "found" | "heard" | "knew"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms() {
        for w in ["signed", "met", "had", "withdrew", "Struck"] {
            assert_eq!(is_past_form(w), w != "had", "{w}");
        }
        for w in ["signs", "meets", "need", "exceed", "urge"] {
            assert!(!is_past_form(w), "{w}");
        }
    }

    #[test]
    fn auxiliaries_block_inheritance() {
        let t = "Kenya has urged calm. Kenya urged calm. Kenya will have met them. Kenya had agreed.";
        let at = |w: &str, nth: usize| {
            let s = t.match_indices(w).nth(nth).unwrap().0;
            (s, s + w.len())
        };
        let (a, b) = at("urged", 0);
        assert!(!past_trigger(t, a, b));
        let (a, b) = at("urged", 1);
        assert!(past_trigger(t, a, b));
        let (a, b) = at("met", 0);
        assert!(!past_trigger(t, a, b));
        let (a, b) = at("agreed", 0);
        assert!(!past_trigger(t, a, b));
    }
}
