//! Scene dates (`chancery_analysis::scene`): an undated past-tense act takes the date of the
//! scene stated earlier in the same paragraph. Cases written for chancery; paragraphs are
//! separated by a blank line, `|` separates paragraphs in the case text.

mod common;

/// Runs the whole analysis on `body` (paragraphs separated by `|`), published on `published`,
/// and checks the date of the event whose trigger starts with `trigger`: `want` is the expected
/// value (a prefix), `none` for no date, with `inherited` telling whether the date must be
/// marked as the scene's.
fn check(body: &str, published: &str, trigger: &str, want: &str, inherited: bool) {
    let body = body.replace(" | ", "\n\n");
    let a = common::article(&body, published);
    let an = chancery_analysis::analyze(&a, common::kb());
    let ev = an
        .events
        .iter()
        .find(|e| a.norm[e.trigger.0..e.trigger.1].starts_with(trigger))
        .unwrap_or_else(|| panic!("no event with trigger {trigger:?} in {body:?}: {:#?}", an.events.iter().map(|e| &a.norm[e.trigger.0..e.trigger.1]).collect::<Vec<_>>()));
    let got = ev.date.as_ref().and_then(|d| d.value).map(|v| v.to_string());
    match want {
        "none" => assert!(got.is_none(), "{body:?}: {trigger:?} should be undated, got {got:?}"),
        w => {
            assert!(got.as_deref().is_some_and(|g| g.starts_with(w)), "{body:?}: {trigger:?} want {w}, got {got:?}");
            assert_eq!(ev.date_inherited, inherited, "{body:?}: {trigger:?} inherited flag");
        }
    }
}

#[test]
fn simple_past_act_takes_the_scene_date() {
    check("John Mercer met Karim Haddad in Antalya on Thursday. Mercer urged Syria to expel foreign fighters.", "2025-05-16", "urged", "2025-05-15", true);
    check("Turkey and Iran agreed on March 3, 2025 to reopen the border. Turkey accused Iran of delaying the handover.", "2025-03-10", "accused", "2025-03-03", true);
    check("Israeli jets struck targets near Damascus on Monday. Syria condemned the raids.", "2025-07-16", "condemned", "2025-07-14", true);
}

#[test]
fn the_sentence_own_date_wins() {
    check("John Mercer met Karim Haddad on Thursday. Mercer urged Syria on Friday to expel foreign fighters.", "2025-05-17", "urged", "2025-05-16", false);
    check("John Mercer met Karim Haddad on Thursday.", "2025-05-17", "met", "2025-05-15", false);
}

#[test]
fn no_scene_across_paragraphs() {
    check("John Mercer met Karim Haddad in Antalya on Thursday. | Mercer urged Syria to expel foreign fighters.", "2025-05-16", "urged", "none", false);
}

#[test]
fn perfect_present_and_modal_acts_stay_undated() {
    // present perfect: habitual or ongoing
    check("John Mercer met Karim Haddad on Thursday. Washington has urged Syria to expel foreign fighters.", "2025-05-16", "urged", "none", false);
    // past perfect: an act before the scene
    check("John Mercer met Karim Haddad on Thursday. Mercer had urged Syria to expel foreign fighters.", "2025-05-16", "urged", "none", false);
    // present tense
    check("John Mercer met Karim Haddad on Thursday. Mercer urges Syria to expel foreign fighters.", "2025-05-16", "urges", "none", false);
}

#[test]
fn no_date_is_invented() {
    // nothing in the paragraph is dated: the publication date is never used
    check("John Mercer met Karim Haddad in Antalya. Mercer urged Syria to expel foreign fighters.", "2025-05-16", "urged", "none", false);
    // without a publication date a weekday does not resolve, so there is no scene date either
    check("John Mercer met Karim Haddad on Thursday. Mercer urged Syria to expel foreign fighters.", "-", "urged", "none", false);
}

#[test]
fn an_attributive_date_is_not_a_scene() {
    check("Syria said the 1974 disengagement agreement was still valid. Israel accused Syria of violating it.", "2025-05-16", "accused", "none", false);
}
