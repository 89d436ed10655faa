//! The session as a pure state machine over a small tree (`tests/fixtures/base`): choosing, going
//! back with later answers kept, restarting, jumping to a code, and outcomes.

use signup_doctor::engine::diagnostic::Diagnostics;
use signup_doctor::engine::load::load_tree;
use signup_doctor::engine::paths::{PathEnd, all_paths, parse_code};
use signup_doctor::engine::tree::{Outcome, Tree};
use signup_doctor::source::{FileSet, Kind};
use signup_doctor::wizard::session::{Effect, Msg, Session};
use std::path::Path;

fn base_tree() -> Tree {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base/flows");
    let files = FileSet::from_dir(&dir, Kind::Flows).unwrap();
    let mut diags = Diagnostics::default();
    let tree = load_tree(&files, &mut diags).unwrap();
    assert!(!diags.has_errors(), "{:?}", diags.sorted());
    tree
}

fn node_name(session: &Session<'_>) -> String {
    session.tree().qualified_name(session.place().node())
}

#[test]
fn choosing_answers_moves_to_the_next_screen_and_an_escalation_end_on_to_the_help_topic() {
    let tree = base_tree();
    let mut session = Session::new(&tree);
    assert_eq!(node_name(&session), "root:where");
    assert_eq!(session.update(Msg::Choose(0)), Effect::Moved);
    assert_eq!(node_name(&session), "phone:start");
    session.update(Msg::Choose(0));
    assert_eq!(node_name(&session), "phone:sms");
    // "No" on the fix leads to the escalation end, whose one choice leads on to the help topic.
    session.update(Msg::Choose(1));
    assert_eq!(node_name(&session), "phone:to-help");
    session.update(Msg::Choose(0));
    assert_eq!(node_name(&session), "help:start");
    assert_eq!(session.codes().code, "phone/no-sms/no/ticket");
    assert_eq!(session.codes().short, "1.1.2.1-U");
}

#[test]
fn a_choice_that_does_not_exist_changes_nothing() {
    let tree = base_tree();
    let mut session = Session::new(&tree);
    assert_eq!(session.update(Msg::Choose(7)), Effect::Ignored);
    assert_eq!(session.update(Msg::Back), Effect::Ignored);
    assert_eq!(node_name(&session), "root:where");
}

#[test]
fn going_back_keeps_later_answers_and_the_same_answer_restores_them() {
    let tree = base_tree();
    let mut session = Session::new(&tree);
    for answer in [0, 0, 1] {
        session.update(Msg::Choose(answer));
    }
    session.update(Msg::Back);
    session.update(Msg::Back);
    assert_eq!(node_name(&session), "phone:start");
    assert_eq!(session.remembered(), Some(0), "the answer given before is preselected");
    session.update(Msg::Choose(0));
    assert_eq!(node_name(&session), "phone:sms");
    assert_eq!(session.remembered(), Some(1), "the later answer is still remembered");
}

#[test]
fn a_different_answer_after_going_back_forgets_the_later_ones() {
    let tree = base_tree();
    let mut session = Session::new(&tree);
    for answer in [0, 0, 1] {
        session.update(Msg::Choose(answer));
    }
    session.update(Msg::Back);
    session.update(Msg::Back);
    session.update(Msg::Choose(1));
    assert_eq!(session.outcome(), Some(Outcome::StartOver));
    session.update(Msg::Back);
    session.update(Msg::Choose(0));
    assert_eq!(session.remembered(), None);
}

#[test]
fn a_fix_answered_yes_ends_resolved() {
    let tree = base_tree();
    let session = Session::at_code(&tree, "phone/no-sms/yes").unwrap();
    assert_eq!(session.outcome(), Some(Outcome::Resolved));
    assert!(tree.choices(session.place()).is_empty());
}

#[test]
fn restart_forgets_the_answers_but_keeps_the_notes_in_the_record() {
    let tree = base_tree();
    let mut session = Session::at_code(&tree, "1.1").unwrap();
    session.update(Msg::Note("said before the restart".into()));
    session.update(Msg::Restart);
    assert_eq!(node_name(&session), "root:where");
    assert!(session.answers().is_empty());
    assert_eq!(session.remembered(), None);
    assert_eq!(session.notes().len(), 1, "a note is the agent's record, not an answer");
    assert!(session.has_unsaved_work());
}

#[test]
fn codes_in_either_form_land_on_the_same_place() {
    let tree = base_tree();
    let long = Session::at_code(&tree, "phone/no-sms/no").unwrap();
    let short = Session::at_code(&tree, "1.1.2").unwrap();
    let mixed = Session::at_code(&tree, "phone/1/no").unwrap();
    assert_eq!(long.place(), short.place());
    assert_eq!(long.place(), mixed.place());
    assert_eq!(short.codes().code, "phone/no-sms/no");
}

#[test]
fn a_code_that_does_not_fit_names_its_first_bad_part() {
    let tree = base_tree();
    let error = parse_code(&tree, "phone/no-call/yes").unwrap_err();
    assert!(
        matches!(&error, signup_doctor::engine::paths::CodeError::NoFit { index: 2, part, .. } if part == "no-call"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "part 2 `no-call` does not fit: the answers there are no-sms (1), voip (2)"
    );
    let error = parse_code(&tree, "1.2.1").unwrap_err();
    assert_eq!(
        error.to_string(),
        "part 3 `1` does not fit: the walk has already ended there"
    );
}

#[test]
fn an_escalation_end_offers_the_way_on_to_the_ticket_topic_and_go_to_moves_there() {
    let tree = base_tree();
    let mut session = Session::new(&tree);
    assert_eq!(session.update(Msg::GoTo("help/no".into())), Effect::Moved);
    // help:done is an escalate end inside the escalation topic: no way on from there.
    assert_eq!(session.outcome(), Some(Outcome::Escalate));
    assert!(tree.choices(session.place()).is_empty());
    assert!(matches!(
        session.update(Msg::GoTo("help/maybe".into())),
        Effect::BadCode(_)
    ));
    assert_eq!(
        session.codes().code,
        "help/no",
        "a bad code leaves the walk where it was"
    );
}

#[test]
fn every_path_from_the_root_to_an_end_is_listed_once() {
    let tree = base_tree();
    let paths: Vec<(String, String, &str)> = all_paths(&tree)
        .into_iter()
        .map(|p| (p.codes.code, p.codes.short, p.end.as_str()))
        .collect();
    let expected = [
        ("phone/no-sms/yes", "1.1.1-A", "resolved"),
        ("phone/no-sms/no", "1.1.2-M", "escalate"),
        ("phone/voip", "1.2-F", "start-over"),
        ("help/yes", "2.1-Y", "resolved"),
        ("help/no", "2.2-K", "escalate"),
    ];
    let expected: Vec<(String, String, &str)> = expected
        .iter()
        .map(|(c, s, o)| (c.to_string(), s.to_string(), *o))
        .collect();
    assert_eq!(paths, expected);
    assert!(all_paths(&tree).iter().all(|p| p.end != PathEnd::Loop));
}

#[test]
fn back_to_a_breadcrumb_goes_back_several_answers_keeping_the_later_ones() {
    let tree = base_tree();
    let mut session = Session::new(&tree);
    for answer in [0, 0, 1] {
        session.update(Msg::Choose(answer));
    }
    assert_eq!(
        session.update(Msg::BackTo(3)),
        Effect::Ignored,
        "depth 3 is where the walk stands"
    );
    assert_eq!(session.update(Msg::BackTo(1)), Effect::Moved);
    assert_eq!(node_name(&session), "phone:start");
    assert_eq!(session.answers().len(), 1);
    assert_eq!(session.remembered(), Some(0));
    session.update(Msg::Choose(0));
    assert_eq!(session.remembered(), Some(1), "the later answer is still remembered");
    assert_eq!(session.update(Msg::BackTo(0)), Effect::Moved);
    assert_eq!(node_name(&session), "root:where");
    assert_eq!(session.update(Msg::BackTo(5)), Effect::Ignored);
}
