//! `check` on one fixture per kind of problem: each overlays a small valid tree
//! (`tests/fixtures/base`) and must print exactly its `expected.txt` — file, line, column, message.

use std::fs;
use std::path::Path;

/// A scratch copy of the base tree, the wizard's own messages, and the fixture's files over them.
pub fn scratch_tree(fixture: Option<&str>) -> tempfile::TempDir {
    let dir = crate::common::scratch_base();
    if let Some(name) = fixture {
        crate::common::copy_tree(
            &crate::common::root().join("tests/fixtures/check").join(name),
            dir.path(),
        );
    }
    dir
}

/// The day `check` takes as today in these fixtures.
const TODAY: &str = "2026-12-07";

fn check(fixture: Option<&str>) -> (String, i32) {
    let dir = scratch_tree(fixture);
    let output = crate::common::doctor()
        .current_dir(dir.path())
        // The day fixes are dated against: the same findings every day the suite runs.
        .env("SIGNUP_DOCTOR_TODAY", TODAY)
        .args(["check", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    (String::from_utf8(output.stdout).unwrap(), output.status.code().unwrap())
}

fn assert_fixture(name: &str) {
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
        .join("expected.txt");
    let (stdout, code) = check(Some(name));
    crate::golden::assert_file(&expected_path, &stdout);
    let expected = fs::read_to_string(&expected_path).unwrap();
    let wants_errors = expected.lines().any(|l| l.contains(": error: "));
    assert_eq!(code, i32::from(wants_errors), "exit code for fixture `{name}`");
}

#[test]
fn the_base_fixture_is_clean() {
    assert_eq!(check(None), ("0 errors, 0 warnings\n".to_string(), 0));
}

#[test]
fn yaml_syntax_errors_point_at_the_broken_line() {
    assert_fixture("yaml-syntax");
}

#[test]
fn unknown_fields_are_named_with_their_position() {
    assert_fixture("unknown-field");
}

#[test]
fn missing_fields_are_named() {
    assert_fixture("missing-field");
}

#[test]
fn values_of_the_wrong_type_are_reported() {
    assert_fixture("wrong-type");
}

#[test]
fn duplicate_yaml_keys_are_reported() {
    assert_fixture("duplicate-key");
}

#[test]
fn duplicate_node_ids_are_reported_with_the_first_definition() {
    assert_fixture("duplicate-id");
}

#[test]
fn targets_that_do_not_exist_are_reported() {
    assert_fixture("missing-target");
}

#[test]
fn nodes_no_path_reaches_are_reported() {
    assert_fixture("unreachable");
}

#[test]
fn loops_with_no_way_out_are_reported() {
    assert_fixture("dead-end");
}

#[test]
fn questions_without_answers_are_reported() {
    assert_fixture("no-answers");
}

#[test]
fn duplicate_answer_ids_are_reported() {
    assert_fixture("duplicate-answer");
}

#[test]
fn ids_that_are_not_kebab_case_are_reported() {
    assert_fixture("not-kebab-case");
}

#[test]
fn messages_missing_from_a_locale_point_at_the_flow_that_uses_them() {
    assert_fixture("missing-message");
}

#[test]
fn fluent_syntax_errors_point_at_their_line() {
    assert_fixture("fluent-syntax");
}

#[test]
fn messages_whose_variables_differ_between_locales_are_reported() {
    assert_fixture("variables-differ");
}

#[test]
fn unused_messages_are_warnings_and_exit_zero() {
    assert_fixture("unused-message");
}

#[test]
fn every_problem_in_every_file_is_reported_not_just_the_first() {
    assert_fixture("several-at-once");
}

#[test]
fn a_way_into_the_support_request_topic_that_skips_the_escalation_end_is_warned_of() {
    assert_fixture("escalation-shortcut");
}

#[test]
fn french_typography_defects_are_errors_where_they_stand() {
    assert_fixture("french-typography");
}

#[test]
fn links_to_retired_hosts_and_overlong_links_are_warned_of() {
    assert_fixture("links");
}

#[test]
fn escalations_without_a_desk_and_contacts_recorded_as_solved_are_refused() {
    // Every escalation names a channel; a step that sends the customer to a desk (its link) makes
    // its fix a hand-off; a contact can never end resolved; unknown and unused desks are named.
    assert_fixture("channels");
}

#[test]
fn numbers_links_addresses_and_commands_that_differ_between_languages_are_errors_naming_both_places() {
    // "4 minutes" became "9 minutes" in French only; a link, an address and a phone number moved
    // too. Locale forms pass (`1,5 Go` for `1.5 GB`, `1 000` for `1,000`, `24 heures ouvrées` for
    // `24 business hours`), and so does a link the translation marks `localised:`.
    assert_fixture("facts-differ");
}

#[test]
fn fixes_verified_long_ago_are_warned_of_and_bad_or_future_dates_refused() {
    // Today is 2026-12-07 and root.yaml sets 180 days: 2026-05-01 is too old, 2026-06-10 fresh
    // (180 days); 2027-01-10 is in the future, 2026-02-30 no date; a source may stand without a date
    // (`again`: not yet checked against a current page), and both belong only on a fix.
    assert_fixture("verified");
}

#[test]
fn a_translation_older_than_its_english_is_warned_of_naming_both_places() {
    // The English `phone-sms-wait` gained "then ask for a call instead"; the French still records
    // the hash of the English it was made from. `help-done` has no record in a file that keeps them.
    assert_fixture("stale-translation");
}

#[test]
fn marking_translations_reviewed_clears_the_warnings_and_only_those_named() {
    let dir = scratch_tree(Some("stale-translation"));
    let reviewed = |ids: &[&str]| {
        let output = crate::common::doctor()
            .current_dir(dir.path())
            .args(["reviewed", "--locales", "locales"])
            .args(ids)
            .output()
            .unwrap();
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
            output.status.code(),
        )
    };
    let check_now = || {
        let output = crate::common::doctor()
            .current_dir(dir.path())
            .env("SIGNUP_DOCTOR_TODAY", TODAY)
            .args(["check", "--flows", "flows", "--locales", "locales"])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    // An id English lacks is refused, and nothing is written.
    let (_, stderr, code) = reviewed(&["phone-sms-wait", "no-such-message"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("no English message `no-such-message` in locales/en"),
        "{stderr}"
    );
    assert!(check_now().ends_with("0 errors, 2 warnings\n"));

    assert_eq!(
        reviewed(&["phone-sms-wait"]),
        (
            "1 message marked reviewed in 1 file\n".to_string(),
            String::new(),
            Some(0)
        )
    );
    let after = check_now();
    assert!(!after.contains("phone-sms-wait"), "{after}");
    assert!(after.ends_with("0 errors, 1 warning\n"), "{after}");
    assert_eq!(reviewed(&["help-done"]).0, "1 message marked reviewed in 1 file\n");
    assert_eq!(check_now(), "0 errors, 0 warnings\n");
    assert_eq!(reviewed(&["help-done"]).0, "0 messages marked reviewed in 0 files\n");
}
