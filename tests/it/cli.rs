//! The binary as users run it: plain mode with piped answers, `walk`, `paths`, languages, exit codes.

use crate::common::doctor;
use assert_cmd::Command;

fn stdout(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_shipped_tree_checks_clean() {
    let out = stdout(doctor().arg("check"));
    assert_eq!(out.trim_end().lines().last(), Some("0 errors, 0 warnings"), "{out}");
}

#[test]
fn plain_mode_answers_a_piped_walk_and_exits_cleanly_at_end_of_input() {
    let out = stdout(doctor().args(["--plain", "--lang", "en"]).write_stdin("1\n1\n1\n"));
    assert!(out.contains("Where are you stuck?"), "{out}");
    assert!(out.contains("Code: verification/no-sms/yes · 1.1.1"), "{out}");
    assert!(out.contains("Solved. Glad that worked."), "{out}");
    assert!(out.trim_end().ends_with("Goodbye."), "{out}");
}

#[test]
fn plain_mode_reasks_on_input_that_is_not_a_choice_and_goes_back_on_b() {
    let out = stdout(
        doctor()
            .args(["--plain", "--lang", "en"])
            .write_stdin("zebra\n1\nb\nq\n"),
    );
    assert!(out.contains("\"zebra\" is not one of the choices here."), "{out}");
    assert_eq!(
        out.matches("Where are you stuck?").count(),
        2,
        "back shows the root question again: {out}"
    );
    assert!(out.trim_end().ends_with("Goodbye."), "{out}");
}

#[test]
fn plain_mode_speaks_french_from_the_environment() {
    let out = stdout(doctor().arg("--plain").env("LANG", "fr_FR.UTF-8").write_stdin("q\n"));
    assert!(out.contains("Où se situe le blocage\u{202F}?"), "{out}");
    assert!(out.contains("Au revoir."), "{out}");
}

#[test]
fn resume_opens_the_wizard_where_the_code_leads() {
    let out = stdout(
        doctor()
            .args(["--plain", "--lang", "en", "--resume", "1.1"])
            .write_stdin("q\n"),
    );
    assert!(out.contains("Code: verification/no-sms · 1.1"), "{out}");
    assert!(!out.contains("Where are you stuck?"), "{out}");
}

#[test]
fn walk_prints_every_screen_along_the_code_in_both_languages() {
    let en = stdout(doctor().args(["walk", "verification/no-sms/yes", "--lang", "en"]));
    assert_eq!(en.matches("== ").count(), 4, "root, question, fix, end: {en}");
    assert!(
        en.contains("> Chosen: [1] Verifying my identity by text message or phone call"),
        "{en}"
    );
    assert!(en.contains("Solved. Glad that worked."), "{en}");
    let fr = stdout(doctor().args(["walk", "1.1.1", "--lang", "fr"]));
    assert!(fr.contains("Problème résolu."), "{fr}");
    assert!(fr.contains("Code\u{a0}: verification/no-sms/yes · 1.1.1"), "{fr}");
}

#[test]
fn walk_and_resume_read_a_code_as_it_is_said_or_pasted() {
    let said = stdout(doctor().args(["walk", "1 1 1", "--lang", "en"]));
    let dashed = stdout(doctor().args(["walk", "1-1-1", "--lang", "en"]));
    let written = stdout(doctor().args(["walk", "1.1.1", "--lang", "en"]));
    assert_eq!(said, written);
    assert_eq!(dashed, written);
    // The French status bar's line, pasted whole (its colon follows a no-break space).
    let pasted = stdout(doctor().args(["walk", "Code\u{a0}: verification/no-sms · 1.1", "--lang", "en"]));
    assert!(pasted.contains("Code: verification/no-sms · 1.1"), "{pasted}");
    let out = stdout(
        doctor()
            .args(["--plain", "--lang", "en", "--resume", "Code: verification/no-sms · 1.1"])
            .write_stdin("q\n"),
    );
    assert!(out.contains("Code: verification/no-sms · 1.1"), "{out}");
}

#[test]
fn a_misheard_digit_with_the_check_letter_is_refused_never_another_screen() {
    // `1.1.2` read back as `1.2.2`: both are walks of the shipped tree, the letter tells them apart.
    let right = stdout(doctor().args(["walk", "verification/no-sms/no", "--lang", "en"]));
    let letter = right
        .lines()
        .rfind(|l| l.starts_with("Code:"))
        .unwrap()
        .rsplit('-')
        .next()
        .unwrap()
        .to_string();
    assert!(stdout(doctor().args(["walk", &format!("1.1.2-{letter}")])).contains("no-sms/no"));
    for wrong in [format!("1.2.2-{letter}"), format!("1 2 2 {}", letter.to_lowercase())] {
        for command in [
            vec!["walk", wrong.as_str()],
            vec!["--plain", "--resume", wrong.as_str()],
        ] {
            let output = doctor().args(&command).write_stdin("q\n").output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{command:?}: {stderr}");
            assert!(
                stderr.contains("check letter") && stderr.contains("another version of the tree"),
                "{stderr}"
            );
            assert!(
                !String::from_utf8_lossy(&output.stdout).contains("no-call"),
                "no other screen shown"
            );
        }
    }
}

#[test]
fn most_misheard_or_swapped_short_codes_of_the_shipped_tree_are_refused() {
    use signup_doctor::engine::paths::{all_paths, parse_code};
    let loaded = signup_doctor::content::load(Default::default()).unwrap();
    let tree = loaded.tree.as_ref().unwrap();
    let (mut tried, mut refused) = (0_u32, 0_u32);
    for path in all_paths(tree) {
        let (digits, letter) = path.codes.short.split_once('-').unwrap();
        let parts: Vec<&str> = digits.split('.').collect();
        let mut wrong_codes = Vec::new();
        for i in 0..parts.len() {
            for d in 1..=9 {
                if d.to_string() != parts[i] {
                    let mut other = parts.clone();
                    let d = d.to_string();
                    other[i] = &d;
                    wrong_codes.push(other.join("."));
                }
            }
            if i + 1 < parts.len() && parts[i] != parts[i + 1] {
                let mut other = parts.clone();
                other.swap(i, i + 1);
                wrong_codes.push(other.join("."));
            }
        }
        for wrong in wrong_codes {
            // Only a wrong code that is itself a walk of the tree could open another screen.
            if parse_code(tree, &wrong).is_ok() {
                tried += 1;
                refused += u32::from(parse_code(tree, &format!("{wrong}-{letter}")).is_err());
            }
        }
    }
    let share = f64::from(refused) / f64::from(tried);
    println!(
        "{refused} of {tried} misheard or swapped codes refused ({:.1}%)",
        share * 100.0
    );
    assert!(tried > 100 && share > 0.8, "{refused} of {tried}");
}

#[test]
fn walk_prints_the_support_request_summary_at_an_escalation_end_before_its_choice() {
    let en = stdout(doctor().args(["walk", "card-declined/bank-card/no/no", "--lang", "en"]));
    let summary = en.find("Support request summary").expect(&en);
    let choice = en.rfind("[1] Open a support request").expect(&en);
    assert!(summary < choice, "the summary comes before the way on: {en}");
    assert!(en.contains("  Severity: C – minimal business impact"), "{en}");
    let fr = stdout(doctor().args(["walk", "past-due/disabled/paid", "--lang", "fr"]));
    assert!(fr.contains("Résumé de la demande de support"), "{fr}");
    assert!(
        fr.contains("Gravité\u{a0}: B –") && fr.contains("raisonnablement"),
        "a disabled subscription is severity B: {fr}"
    );
}

#[test]
fn a_support_request_opened_ends_handed_over_never_resolved() {
    let en = stdout(doctor().args(["walk", "card-declined/bank-card/no/no/ticket/yes", "--lang", "en"]));
    assert!(en.contains("Is your support request created?"), "{en}");
    assert!(
        en.contains("Your request is with Azure billing support for a sign-up (no subscription yet) now."),
        "the end names the desk it went to: {en}"
    );
    assert!(!en.contains("Solved. Glad that worked."), "{en}");
    let paths = stdout(doctor().args(["paths"]));
    for line in paths.lines().filter(|l| l.starts_with("support-ticket/")) {
        assert!(
            !line.contains(" resolved"),
            "a support request path ends as resolved: {line}"
        );
    }
    assert!(
        paths.lines().any(|l| l.ends_with("handed-over  partner-center")),
        "paths name the desk of a hand-off: {paths}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(doctor().args(["paths", "--json"]))).unwrap();
    for path in json.as_array().unwrap() {
        let sent = matches!(path["outcome"].as_str(), Some("escalate" | "handed-over"));
        assert_eq!(
            path["channel"].is_string(),
            sent,
            "every escalation and hand-off names its desk, and only those: {path}"
        );
    }
}

#[test]
fn no_shipped_path_records_resolved_after_a_step_that_sends_the_customer_to_a_person() {
    use signup_doctor::engine::paths::{PathEnd, all_paths};
    use signup_doctor::engine::tree::Outcome;
    let loaded = signup_doctor::content::load(Default::default()).unwrap();
    let tree = loaded.tree.as_ref().unwrap();
    let mut contacts = 0;
    for path in all_paths(tree) {
        for &(place, answer) in &path.steps {
            let node = tree.node(place.node());
            if node.channel.is_some() && tree.choices(place)[answer].id == "yes" {
                contacts += 1;
                assert_eq!(
                    path.end,
                    PathEnd::Outcome(Outcome::HandedOver),
                    "{}: a contact answered yes is a hand-off",
                    path.codes.code
                );
            }
        }
    }
    assert!(contacts > 0, "the shipped tree has contact steps");
}

#[test]
fn the_code_the_first_question_shows_is_one_walk_and_resume_take() {
    for (lang, word) in [("en", "start"), ("fr", "début")] {
        let walk = stdout(doctor().args(["walk", word, "--lang", lang]));
        assert!(walk.contains(&format!(": {word}")), "the root shows {word}: {walk}");
        let resumed = stdout(
            doctor()
                .args(["--plain", "--lang", lang, "--resume", word])
                .write_stdin("q\n"),
        );
        assert!(resumed.contains(&format!(": {word}")), "{resumed}");
    }
}

#[test]
fn walk_with_a_code_that_does_not_fit_exits_1_naming_the_part() {
    let output = doctor().args(["walk", "verification/no-such-answer"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("part 2 `no-such-answer` does not fit"), "{stderr}");
}

#[test]
fn paths_lists_codes_short_codes_and_outcomes_and_json_agrees() {
    let text = stdout(doctor().arg("paths"));
    let first = text.lines().next().unwrap();
    let columns: Vec<&str> = first.split_whitespace().collect();
    assert_eq!(columns, ["verification/no-sms/yes", "1.1.1-R", "resolved"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(doctor().args(["paths", "--json"]))).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), text.lines().count());
    assert_eq!(list[0]["code"], "verification/no-sms/yes");
    assert_eq!(list[0]["short"], "1.1.1-R");
    assert_eq!(list[0]["outcome"], "resolved");
}

#[test]
fn every_listed_path_walks_to_its_outcome() {
    let json: serde_json::Value = serde_json::from_str(&stdout(doctor().args(["paths", "--json"]))).unwrap();
    for path in json.as_array().unwrap().iter().step_by(25) {
        let code = path["short"].as_str().unwrap();
        doctor().args(["walk", code]).assert().success();
    }
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let output = doctor().args(["paths", "--lang", "de"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("no locale `de`; available: en, fr")
    );
}

#[test]
fn a_flows_directory_that_does_not_exist_is_an_io_error() {
    let output = doctor()
        .args(["check", "--flows", "/nonexistent/flows"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("cannot read flows directory /nonexistent/flows")
    );
}

#[test]
fn broken_flows_stop_the_wizard_with_exit_1_and_point_to_check() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("root.yaml"), "topic: root\nnodes: [\n").unwrap();
    let output = doctor()
        .args(["--plain", "--flows"])
        .arg(dir.path())
        .write_stdin("q\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("root.yaml:2:8: error: unclosed bracket"), "{stderr}");
    assert!(stderr.contains("run `signup-doctor check`"), "{stderr}");
}

#[test]
fn a_flow_file_that_is_not_utf8_is_reported_at_the_bad_byte_without_cascades() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("root.yaml"), b"topic: root\ntitle: \xff\xfe\n").unwrap();
    let output = doctor().args(["check", "--flows"]).arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("root.yaml:2:8: error: cannot read file: not UTF-8 text"),
        "{stdout}"
    );
    assert!(!stdout.contains("no root flow"), "{stdout}");
}

/// Runs the binary with standard error a pipe nobody reads any more (`… 2>&1 >/dev/null | head -c0`):
/// its exit code, and standard output.
#[cfg(unix)]
fn with_stderr_closed(args: &[&str], dir: &std::path::Path) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("signup-doctor"));
    cmd.current_dir(dir)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(writer);
    let output = cmd.output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).to_string(),
    )
}

#[cfg(unix)]
#[test]
fn a_closed_standard_error_never_makes_a_panic_and_the_exit_code_still_tells() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("bad")).unwrap();
    std::fs::write(dir.path().join("bad/trunc.json"), "{\"version\": 1, \"st").unwrap();
    for (args, code) in [
        (&["report", "bad"][..], 1),
        (&["walk", "zzz"], 1),
        (&["--plain", "--resume", "bad/trunc.json"], 1),
        (&["--lang", "xx", "paths"], 2),
    ] {
        let (status, stdout) = with_stderr_closed(args, dir.path());
        assert_eq!(status, Some(code), "{args:?}: {stdout}");
    }
}

#[cfg(unix)]
#[test]
fn check_into_a_full_disk_fails_with_exit_2_and_says_why() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("signup-doctor"))
        .arg("check")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("signup-doctor: cannot write the output: No space left on device"),
        "{stderr}"
    );
}

#[test]
fn lang_takes_the_same_spellings_as_the_environment() {
    for lang in ["EN", "en_US.UTF-8", "fr_FR", "FR", "fr-CA", "fr_FR@euro"] {
        let out = stdout(doctor().args(["--plain", "--lang", lang]).write_stdin("q\n"));
        let french = lang.to_ascii_lowercase().starts_with("fr");
        let question = if french {
            "Où se situe le blocage\u{202F}?"
        } else {
            "Where are you stuck?"
        };
        assert!(out.contains(question), "{lang}: {out}");
    }
    let output = doctor().args(["paths", "--lang", "de_DE"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("no locale `de_DE`; available: en, fr")
    );
}

/// Issue 22, problem 14 (cases fs-devfull-help, fs-devfull-version): help or the version that
/// cannot be written is an output error (2, said on standard error), not a silent success.
#[test]
fn help_and_version_that_cannot_be_written_exit_2_and_say_so() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    for arg in ["--help", "--version"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_signup-doctor"))
            .arg(arg)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{arg}: {stderr}");
        assert!(stderr.contains("cannot write the output"), "{arg}: {stderr}");
    }
}

/// Issue 22, problem 14 (case arg-esc-subcommand): an argument with a line break, quoted back by
/// clap's own error, cannot forge a line of its own.
#[test]
fn an_argument_with_a_line_break_cannot_forge_a_line_of_an_error() {
    let output = doctor().arg("x\nFORGED").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("x FORGED"), "{stderr}");
    assert!(!stderr.lines().any(|l| l.starts_with("FORGED")), "{stderr}");
}

/// Issue 22, problem 14 (cases arg-huge-resume-path, arg-huge-flows-path, arg-huge-report-dir): a
/// path of 100 KB is not quoted whole: the error stays one line of at most 1,000 columns.
#[test]
fn a_huge_path_is_shortened_in_errors() {
    let huge = format!("/{}", "d/".repeat(50_000));
    for args in [
        vec!["--plain".to_string(), "--resume".into(), format!("{huge}x.json")],
        vec!["--flows".into(), huge.clone(), "check".into()],
        vec!["report".into(), huge.clone()],
    ] {
        let output = doctor().args(&args).write_stdin("").output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{}", &stderr[..stderr.len().min(300)]);
        assert!(stderr.len() < 4000, "{} bytes of error for {}", stderr.len(), args[0]);
        assert!(stderr.contains('…'), "{}", &stderr[..stderr.len().min(300)]);
    }
}

/// Issue 22, problem 14 (case tr-unreadable-nobody): `--resume` of a transcript that may not be
/// read is an I/O error (2), not a wrong record (1). (Skipped where permissions do not bind, as
/// for root.)
#[cfg(unix)]
#[test]
fn resume_of_a_transcript_that_may_not_be_read_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.json");
    std::fs::write(&path, "{}").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return;
    }
    let output = doctor()
        .args(["--plain", "--resume"])
        .arg(&path)
        .write_stdin("")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
}

#[test]
fn paths_json_gives_each_fix_on_a_path_with_the_day_it_was_verified_or_null() {
    use signup_doctor::engine::paths::all_paths;
    use signup_doctor::engine::tree::NodeKind;
    let json: serde_json::Value = serde_json::from_str(&stdout(doctor().args(["paths", "--json"]))).unwrap();
    let list = json.as_array().unwrap();
    // A path through the sign-up bank checks (checked on 2026-12-07) names them with that day.
    let bank = list
        .iter()
        .find(|p| p["code"] == "card-declined/bank-card/no/no")
        .expect("the declined card's escalation path");
    assert_eq!(bank["verified"]["card-declined:bank-checks"], "2026-12-07", "{bank}");
    assert!(bank["verified"].get("card-declined:card-country").is_some(), "{bank}");
    // A path that meets no fix has an empty map, never a missing key.
    assert!(list.iter().any(|p| p["verified"] == serde_json::json!({})));
    // Every path names exactly the fixes it goes through, each with its day or null.
    let loaded = signup_doctor::content::load(Default::default()).unwrap();
    let tree = loaded.tree.as_ref().unwrap();
    let paths = all_paths(tree);
    assert_eq!(paths.len(), list.len());
    let (mut dated, mut undated) = (0, 0);
    for (path, listed) in paths.iter().zip(list) {
        assert_eq!(listed["code"], path.codes.code.as_str());
        let mut expected = serde_json::Map::new();
        for &(place, _) in &path.steps {
            let node = tree.node(place.node());
            if matches!(node.kind, NodeKind::Fix { .. })
                && matches!(place, signup_doctor::engine::place::Place::Node(_))
            {
                let day = node.verified.as_ref().and_then(|v| v.on);
                if day.is_some() {
                    dated += 1;
                } else {
                    undated += 1;
                }
                let value = day.map_or(serde_json::Value::Null, |d| d.to_string().into());
                expected.insert(format!("{}:{}", tree.flow_of(place.node()).id, node.id), value);
            }
        }
        assert_eq!(
            listed["verified"],
            serde_json::Value::Object(expected),
            "{}",
            path.codes.code
        );
        for value in listed["verified"].as_object().unwrap().values() {
            assert!(
                value.is_null() || value.as_str().is_some_and(|d| d.len() == 10),
                "a day YYYY-MM-DD or null: {listed}"
            );
        }
    }
    assert!(
        dated > 0 && undated > 0,
        "both kinds are shown: {dated} dated, {undated} undated"
    );
}

/// A copy of a folder of the repository, files and subfolders.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn a_short_code_written_before_two_answers_were_swapped_is_refused_not_followed() {
    use signup_doctor::engine::paths::{all_paths, parse_code};
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&crate::common::root().join("flows"), &dir.path().join("flows"));
    copy_dir(&crate::common::root().join("locales"), &dir.path().join("locales"));
    // The first two answers of the first question change places: every short code under them moves.
    let root = dir.path().join("flows/root.yaml");
    let text = std::fs::read_to_string(&root).unwrap();
    let first = "      - id: verification\n        label: root-where-verification\n        next: verification:start\n";
    let second =
        "      - id: card-declined\n        label: root-where-card-declined\n        next: card-declined:start\n";
    assert!(text.contains(&format!("{first}{second}")));
    std::fs::write(
        &root,
        text.replace(&format!("{first}{second}"), &format!("{second}{first}")),
    )
    .unwrap();

    let before = signup_doctor::content::load(Default::default()).unwrap();
    let after = signup_doctor::content::load(signup_doctor::content::Sources {
        flows: Some(&dir.path().join("flows")),
        locales: Some(&dir.path().join("locales")),
    })
    .unwrap();
    assert!(!after.diagnostics.has_errors());
    let (old, new) = (before.tree.as_ref().unwrap(), after.tree.as_ref().unwrap());
    let (mut moved, mut refused) = (0_u32, 0_u32);
    for path in all_paths(old) {
        let code = &path.codes.code;
        if !(code.starts_with("verification/") || code.starts_with("card-declined/")) {
            continue;
        }
        moved += 1;
        // The ids still say what they mean; the old short code no longer leads there.
        let at = |tree: &signup_doctor::engine::tree::Tree| {
            let last = parse_code(tree, code).unwrap().last.unwrap();
            tree.qualified_name(last.node())
        };
        assert_eq!(at(new), at(old), "{code}");
        refused += u32::from(parse_code(new, &path.codes.short).is_err());
    }
    println!("{refused} of {moved} short codes from before the swap refused");
    assert!(
        moved > 10 && f64::from(refused) / f64::from(moved) > 0.8,
        "{refused} of {moved}"
    );
    // The review's example: `1.1.2` of last month's ticket, read out with its letter.
    let output = doctor()
        .args(["walk", "1.1.2-U", "--flows"])
        .arg(dir.path().join("flows"))
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("another version of the tree"));
}
