//! `report` for a support lead (issue 28): a folder read file by file, a window of days, versions
//! of the tree side by side, the steps agents flagged, outcomes drawn as bars, JSON for every figure.

use crate::common::{self, shipped, shipped_build};
use jiff::Timestamp;
use serde_json::Value;
use signup_doctor::transcript::{self, Transcript};
use signup_doctor::wizard::session::{Msg, Session};
use std::path::Path;

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// A transcript of the walk `code` (answers from the root), started at `started`, recording
/// `flows_hash` as the tree it ran on; `aids` act on the last place before saving.
fn transcript(code: &str, started: &str, flows_hash: &str, aids: &[Msg]) -> Transcript {
    let tree = shipped().tree.as_ref().unwrap();
    let mut session = Session::at_code(tree, code).unwrap();
    for msg in aids {
        session.update(msg.clone());
    }
    let mut t = Transcript::of(&session, &shipped_build(), at(started));
    t.started = at(started);
    t.flows_hash = flows_hash.to_string();
    t
}

fn save(dir: &Path, t: &Transcript) {
    transcript::save(dir, t, &shipped().localizer).unwrap();
}

fn report_json(dir: &Path, args: &[&str]) -> Value {
    let output = common::doctor()
        .arg("report")
        .arg(dir)
        .args(args)
        .arg("--json")
        .env("SIGNUP_DOCTOR_TODAY", "2026-12-07")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn report_text(dir: &Path, args: &[&str]) -> String {
    let output = common::doctor()
        .arg("report")
        .arg(dir)
        .args(args)
        .env("SIGNUP_DOCTOR_TODAY", "2026-12-07")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_later_save_of_a_session_under_another_name_replaces_the_earlier_one_once() {
    let dir = tempfile::tempdir().unwrap();
    let early = transcript("card-declined/bank-card/no", "2026-05-01T10:00:00Z", "f1", &[]);
    save(dir.path(), &early);
    // The same session, later and resolved, copied in under another name; and an older copy.
    let mut later = transcript("card-declined/bank-card/yes", "2026-05-01T10:00:00Z", "f1", &[]);
    later.session.clone_from(&early.session);
    later.saved = at("2026-05-01T11:00:00Z");
    std::fs::write(dir.path().join("copy.json"), serde_json::to_string(&later).unwrap()).unwrap();
    let mut older = later.clone();
    older.saved = at("2026-04-01T11:00:00Z");
    older.outcome = None;
    std::fs::write(dir.path().join("old-copy.json"), serde_json::to_string(&older).unwrap()).unwrap();
    let report = report_json(dir.path(), &[]);
    assert_eq!(report["sessions"], 1, "{report:#}");
    assert_eq!(report["by_topic"]["card-declined"]["resolved"], 1, "{report:#}");
    assert!(
        report["by_topic"]["card-declined"].get("unfinished").is_none(),
        "{report:#}"
    );
    assert_eq!(
        report["unresolved_stopped_at"],
        Value::Array(vec![]),
        "taken back out: {report:#}"
    );
}

#[test]
fn since_and_until_count_sessions_by_the_day_they_started_both_ends_included() {
    let dir = tempfile::tempdir().unwrap();
    for started in [
        "2026-02-28T23:59:00Z",
        "2026-03-01T00:00:00Z",
        "2026-03-31T23:59:00Z",
        "2026-04-01T00:00:00Z",
        "2026-11-20T09:00:00Z",
    ] {
        save(
            dir.path(),
            &transcript("card-declined/bank-card/yes", started, "f1", &[]),
        );
    }
    let march = report_json(dir.path(), &["--since", "2026-03-01", "--until", "2026-03-31"]);
    assert_eq!(
        (march["sessions"].as_u64(), march["outside_window"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(march["window"]["since"], "2026-03-01");
    // Relative to SIGNUP_DOCTOR_TODAY (2026-12-07): 30 days back is 2026-11-07.
    let recent = report_json(dir.path(), &["--since", "30d"]);
    assert_eq!(recent["sessions"], 1);
    assert_eq!(recent["window"]["since"], "2026-11-07");
    let table = report_text(dir.path(), &["--until", "12w"]);
    assert!(table.starts_with("Sessions: 4\n"), "{table}");
    assert!(
        table.contains("Sessions started from … to 2026-09-14; 1 outside that left out"),
        "{table}"
    );
}

#[test]
fn a_since_that_is_not_a_day_is_a_usage_error_that_says_which_forms_work() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["--since", "last-tuesday"][..],
            "neither a day (YYYY-MM-DD) nor a time ago (30d, 12w, 6m, 1y)",
        ),
        (&["--since", "2026-02-30"][..], "`2026-02-30` is neither a day"),
        (
            &["--since", "2026-05-01", "--until", "2026-04-01"][..],
            "is after --until",
        ),
    ] {
        let output = common::doctor()
            .arg("report")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}

#[test]
fn by_version_puts_each_trees_sessions_side_by_side_named_by_the_day_first_seen() {
    let dir = tempfile::tempdir().unwrap();
    // Before the rewrite, the card-country fix mostly failed; after it, it mostly works.
    for (i, code) in ["no", "no", "no", "yes"].iter().enumerate() {
        let started = format!("2026-03-0{}T10:00:00Z", i + 2);
        save(
            dir.path(),
            &transcript(&format!("card-declined/bank-card/{code}"), &started, "old", &[]),
        );
    }
    for (i, code) in ["yes", "yes", "yes", "no"].iter().enumerate() {
        let started = format!("2026-10-1{}T10:00:00Z", i + 1);
        save(
            dir.path(),
            &transcript(&format!("card-declined/bank-card/{code}"), &started, "new", &[]),
        );
    }
    let report = report_json(dir.path(), &["--by", "version"]);
    let groups = report["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2, "{report:#}");
    assert_eq!(groups[0]["name"], "2026-03-02 · 0.1.0");
    assert_eq!(groups[0]["first_seen"], "2026-03-02");
    assert_eq!(groups[0]["last_seen"], "2026-03-05");
    assert_eq!(groups[0]["flows_hash"], "old");
    assert_eq!(groups[1]["name"], "2026-10-11 · 0.1.0");
    let fix = |g: &Value| {
        let f = g["fixes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["node"] == "card-declined:card-country")
            .unwrap()
            .clone();
        (f["solved"].as_u64().unwrap(), f["failed"].as_u64().unwrap())
    };
    assert_eq!((fix(&groups[0]), fix(&groups[1])), ((1, 3), (3, 1)));
    let table = report_text(dir.path(), &["--by", "version"]);
    assert!(
        table.contains("By version of the tree (named by the day it was first seen)"),
        "{table}"
    );
    let row = table
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("card-declined:card-country"))
        .unwrap();
    assert!(row.contains("25% / 4") && row.contains("75% / 4"), "{table}");
    assert!(row.find("25% / 4") < row.find("75% / 4"), "older version first: {row}");
    let months = report_json(dir.path(), &["--by", "month"]);
    let names: Vec<&str> = months["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["2026-03", "2026-10"]);
}

#[test]
fn report_lists_the_most_flagged_steps_with_their_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let flag = |reason: &str| Msg::Flag(reason.to_string());
    save(
        dir.path(),
        &transcript(
            "card-declined/bank-card",
            "2026-05-01T10:00:00Z",
            "f",
            &[flag("portal button renamed")],
        ),
    );
    save(
        dir.path(),
        &transcript(
            "card-declined/bank-card",
            "2026-05-02T10:00:00Z",
            "f",
            &[flag("portal button renamed")],
        ),
    );
    save(
        dir.path(),
        &transcript("card-declined/bank-card", "2026-05-03T10:00:00Z", "f", &[flag("")]),
    );
    save(
        dir.path(),
        &transcript("card-declined", "2026-05-04T10:00:00Z", "f", &[flag("asks too much")]),
    );
    let report = report_json(dir.path(), &[]);
    let flagged = report["flagged"].as_array().unwrap();
    assert_eq!(flagged[0]["node"], "card-declined:card-country", "{report:#}");
    assert_eq!(flagged[0]["count"], 3);
    assert_eq!(flagged[0]["reasons"][0]["reason"], "portal button renamed");
    assert_eq!(flagged[0]["reasons"][0]["count"], 2);
    assert_eq!(
        flagged[0]["reasons"].as_array().unwrap().len(),
        1,
        "a flag without a reason lists none"
    );
    assert_eq!(flagged[1]["count"], 1);
    let table = report_text(dir.path(), &[]);
    assert!(
        table.contains("Steps agents flagged as wrong or out of date\n"),
        "{table}"
    );
    assert!(table.contains("     2 × “portal button renamed”"), "{table}");
}

#[test]
fn outcomes_per_topic_are_bars_in_ascii_under_a_locale_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    save(
        dir.path(),
        &transcript("card-declined/bank-card/yes", "2026-05-01T10:00:00Z", "f", &[]),
    );
    save(
        dir.path(),
        &transcript("card-declined/bank-card/no", "2026-05-02T10:00:00Z", "f", &[]),
    );
    let table = report_text(dir.path(), &[]);
    let bars = table.split("Outcomes per topic\n").nth(1).unwrap();
    let row = bars.lines().next().unwrap();
    assert!(
        row.contains(&format!("{}{}", "█".repeat(20), "·".repeat(20))),
        "{table}"
    );
    assert!(!table.contains('\u{1b}'), "no colour when the output is not a terminal");
    let output = common::doctor()
        .arg("report")
        .arg(dir.path())
        .env("LANG", "fr_FR.ISO-8859-1")
        .args(["--lang", "fr"])
        .output()
        .unwrap();
    let ascii = String::from_utf8(output.stdout).unwrap();
    assert!(ascii.is_ascii(), "{ascii}");
    assert!(
        ascii.contains(&format!("{}{}", "#".repeat(20), ".".repeat(20))),
        "{ascii}"
    );
    assert!(ascii.contains("Issues par sujet"), "{ascii}");
}

#[test]
fn plain_mode_f_flags_the_step_in_the_journal_the_transcript_json_and_markdown_and_report_counts_it() {
    let home = common::private_home();
    let dir = home.join("transcripts");
    let output = common::doctor()
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(&dir)
        .env("XDG_STATE_HOME", home.join("state"))
        // Root → card declined → bank card: the card-country fix; flag it twice, then save.
        .write_stdin("2\n1\nf portal \u{1b}[2Jbutton renamed 4111 1111 1111 1111\nf\ns\nq\n")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert_eq!(
        stdout.matches("Step flagged as wrong or out of date.").count(),
        2,
        "{stdout}"
    );
    let json_path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    let flags = &json["stopped_at"]["flags"];
    let reason = flags[0].as_str().unwrap();
    assert!(!reason.contains('\u{1b}') && !reason.contains("4111"), "{reason:?}");
    assert!(
        reason.starts_with("portal") && reason.ends_with("[card number removed]"),
        "{reason:?}"
    );
    assert_eq!(flags[1], "");
    assert!(json["log"].as_array().unwrap().iter().any(|e| e["event"] == "flag"));
    let markdown = std::fs::read_to_string(json_path.with_extension("md")).unwrap();
    assert!(
        markdown.contains("- Flagged as wrong or out of date: portal"),
        "{markdown}"
    );
    // Reopened, the flags are back on their step.
    let reopened = transcript::reopen(&json_path, shipped().tree.as_ref().unwrap(), &shipped().localizer).unwrap();
    let session = reopened.session;
    assert_eq!(session.flags_at(session.place()).len(), 2);
    let report = report_json(&dir, &[]);
    assert_eq!(report["flagged"][0]["node"], "card-declined:card-country");
    assert_eq!(report["flagged"][0]["count"], 2);
}

#[test]
fn every_figure_of_the_table_is_in_the_json() {
    let dir = tempfile::tempdir().unwrap();
    save(
        dir.path(),
        &transcript("card-declined/bank-card/yes", "2026-05-01T10:00:00Z", "f", &[]),
    );
    std::fs::write(dir.path().join("broken.json"), "{").unwrap();
    let output = common::doctor()
        .arg("report")
        .arg(dir.path())
        .args(["--json", "--since", "2026-01-01", "--by", "version"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "an unreadable file still exits 1");
    assert!(String::from_utf8_lossy(&output.stderr).contains("broken.json:1:"));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    for key in [
        "sessions",
        "window",
        "outside_window",
        "unreadable",
        "by_topic",
        "by_channel",
        "unresolved_stopped_at",
        "failed_fixes",
        "flagged",
        "median_steps_to_resolution",
        "by",
        "groups",
    ] {
        assert!(report.get(key).is_some(), "{key} missing: {report:#}");
    }
    assert_eq!(report["unreadable"], 1);
}

/// Issue 27 m7: a report is in one language whatever the transcripts were saved in — its
/// outcomes named in it (`confiée`… in French, the ids in English), each step by the tree's words in
/// it, and an escalation end by its own words, never the line every escalation begins with.
#[test]
fn report_speaks_one_language_with_outcomes_named_and_ends_by_their_own_words() {
    let dir = tempfile::tempdir().unwrap();
    let tree = shipped().tree.as_ref().unwrap();
    for (i, code) in ["card-declined/bank-card/no/no", "verification"]
        .into_iter()
        .enumerate()
    {
        let session = Session::at_code(tree, code).unwrap().in_language("fr");
        let mut t = Transcript::of(&session, &shipped_build(), at("2026-12-01T10:00:00Z"));
        t.session = format!("20261201T100000Z-00000{i}");
        save(dir.path(), &t);
    }
    let english = report_text(dir.path(), &["--lang", "en"]);
    assert!(
        english.contains("card-declined:no-fix  The card is still refused after the bank checks"),
        "{english}"
    );
    assert!(!english.contains("This needs a person"), "{english}");
    assert!(
        !english.contains("Ce cas") && !english.contains("Recevez"),
        "no French in English:\n{english}"
    );
    assert!(
        english.contains("resolved  handed-over  escalate  start-over  unfinished"),
        "{english}"
    );
    let french = report_text(dir.path(), &["--lang", "fr"]);
    assert!(
        french.contains("résolue") && french.contains("confiée") && french.contains("inachevée"),
        "{french}"
    );
    assert!(
        !french.contains("handed-over") && !french.contains("unfinished"),
        "{french}"
    );
    assert!(
        french.contains("La carte est toujours refusée après les vérifications"),
        "{french}"
    );
    // The JSON keeps the ids.
    let json = report_json(dir.path(), &["--lang", "fr"]);
    assert_eq!(json["by_topic"]["card-declined"]["escalate"], 1, "{json}");
}

/// Issue 27 polish 3: a French transcript names its outcome in French, as `report` does; the JSON
/// keeps the id.
#[test]
fn a_french_transcript_names_its_outcome_in_french() {
    let tree = shipped().tree.as_ref().unwrap();
    let session = Session::at_code(tree, "card-declined/bank-card/no/no")
        .unwrap()
        .in_language("fr");
    let t = Transcript::of(&session, &shipped_build(), at("2026-12-01T10:00:00Z"));
    let md = t.markdown(&shipped().localizer).to_string();
    assert!(md.contains("- Résultat\u{a0}: escaladée\n"), "{md}");
    assert!(!md.contains("escalate"), "{md}");
    assert_eq!(serde_json::to_value(&t).unwrap()["outcome"], "escalate");
}

/// Issue 27 polish 2: a transcript that stopped at an escalation end names it by its own words,
/// not by the line every escalation begins with.
#[test]
fn a_transcript_stopped_at_an_escalation_names_the_end_by_its_own_words() {
    let tree = shipped().tree.as_ref().unwrap();
    let session = Session::at_code(tree, "card-declined/bank-card/no/no")
        .unwrap()
        .in_language("en");
    let t = Transcript::of(&session, &shipped_build(), at("2026-12-01T10:00:00Z"));
    let md = t.markdown(&shipped().localizer).to_string();
    let stopped = md.lines().find(|l| l.starts_with("Stopped at")).expect("the stop");
    assert!(
        stopped.contains("The card is still refused after the bank checks."),
        "{md}"
    );
    assert!(!md.contains("This needs a person"), "{md}");
}
