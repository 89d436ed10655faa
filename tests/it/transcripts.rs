//! Transcripts, journals, the environment and the command line as hostile input: whatever a
//! transcript or journal holds, `report` and `--resume` print no escape sequence and no invisible
//! character; FIFOs and devices are refused at once; relative XDG folders are ignored; every argument
//! echoed back is sanitised.

use crate::common::{fixed_clock, shipped_build};
use serde_json::Value;
use signup_doctor::content::Loaded;
use signup_doctor::transcript::journal::{self, Journal};
use signup_doctor::transcript::{self, Transcript};
use signup_doctor::wizard::session::{Msg, Session};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Escapes (OSC 52 clipboard, OSC 0 title, clear screen), C1 CSI/OSC/ST, DEL, bidi override and
/// isolate, zero-width space, word joiner, BOM, a tag character, a line separator and a newline
/// followed by what would look like a line of its own.
const PAYLOAD: &str = "A\u{1b}]52;c;cHduZWQ=\u{7}B\u{1b}]0;PWNEDTITLE\u{7}C\u{1b}[2J\u{1b}[H\u{9b}31m\u{9d}0;C1\u{9c}\u{7f}D\u{202e}E\u{2066}F\u{200b}G\u{2060}H\u{feff}I\u{e0041}J\u{2028}K\nFORGED line";

/// Panics if `text` holds a control character (newline aside) or an invisible format character.
fn assert_clean(what: &str, text: &str) {
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c,
                '\u{00AD}' | '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
                | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{E0000}'..='\u{E007F}');
        assert!(!bad, "{what}: U+{:04X} reached the output: {text:?}", c as u32);
    }
}

fn loaded() -> &'static Loaded {
    crate::common::shipped()
}

/// A session at `code` with a note on where it stopped.
fn session_at(code: &str) -> Session<'static> {
    let mut session = Session::at_code(loaded().tree.as_ref().unwrap(), code).unwrap();
    session.update(Msg::Note("placeholder".into()));
    session
}

/// Saves a transcript of `session` in `dir`, as `name`, after `edit` changed its JSON.
fn save_edited(dir: &Path, name: &str, session: &Session<'_>, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let transcript = Transcript::of(session, &shipped_build(), fixed_clock());
    let mut json = serde_json::to_value(&transcript).unwrap();
    edit(&mut json);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    path
}

/// Appends the payload to every string under a key in `keys` (and to every note).
fn poison(value: &mut Value, keys: &[&str]) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(s) if keys.contains(&key.as_str()) => s.push_str(PAYLOAD),
                    Value::Array(notes) if key == "notes" => {
                        for note in notes {
                            if let Value::String(s) = note {
                                s.push_str(PAYLOAD);
                            }
                        }
                    }
                    _ => poison(v, keys),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| poison(v, keys)),
        _ => {}
    }
}

/// Every free-text field a transcript has; what `report` reads (places, answers) included.
const EVERY_TEXT: &[&str] = &[
    "program",
    "version",
    "session",
    "lang",
    "flows_hash",
    "locales_hash",
    "code",
    "short",
    "topic",
    "node",
    "text",
    "answer",
    "answer_text",
    "fingerprint",
    "label",
    "value",
    "place",
];

/// The fields `--resume` reads that do not have to name something in the flows.
const FREE_TEXT: &[&str] = &[
    "program",
    "version",
    "session",
    "lang",
    "fingerprint",
    "text",
    "answer_text",
    "label",
    "value",
];

fn plain() -> assert_cmd::Command {
    let mut cmd = crate::common::doctor();
    cmd.args(["--plain", "--lang", "en"]).timeout(Duration::from_secs(20));
    cmd
}

fn all_output(output: &std::process::Output) -> String {
    let mut text = String::from_utf8_lossy(&output.stdout).to_string();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    text
}

/// Every string in a JSON document, decoded.
fn strings(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::String(s) => found.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, found)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            found.push(k.clone());
            strings(v, found);
        }),
        _ => {}
    }
}

#[test]
fn report_prints_no_escape_from_any_transcript_field_in_the_table_or_the_json() {
    let dir = tempfile::tempdir().unwrap();
    // The topic from the first answer, then from where the session stopped.
    let session = session_at("card-declined/bank-card/no");
    save_edited(dir.path(), "a.json", &session, |json| poison(json, EVERY_TEXT));
    save_edited(dir.path(), "b.json", &session, |json| {
        poison(json, EVERY_TEXT);
        json["session"] = Value::String("another-session".into());
        json["steps"][0]["topic"] = Value::String(format!("x{PAYLOAD}"));
        // A flag's reason, and the tree's version (its hashes and the program's name a group).
        json["stopped_at"]["flags"] = Value::Array(vec![Value::String(format!("r{PAYLOAD}"))]);
    });
    let table = crate::common::doctor()
        .args(["report", "--by", "version"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(table.status.code(), Some(0), "{}", all_output(&table));
    let text = all_output(&table);
    assert_clean("report", &text);
    assert!(text.contains("Sessions: 2"), "{text}");
    assert!(
        !text.lines().any(|l| l.starts_with("FORGED")),
        "one line per row: {text}"
    );
    assert!(
        text.contains("A]52;c;cHduZWQ=B]0;PWNEDTITLEC[2J[H31m0;C1DEFGHIJ K FORGED line"),
        "{text}"
    );

    let json = crate::common::doctor()
        .args(["report", "--json", "--by", "version"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0));
    let raw = String::from_utf8(json.stdout).unwrap();
    assert_clean("report --json", &raw);
    let mut found = Vec::new();
    strings(&serde_json::from_str(&raw).unwrap(), &mut found);
    for s in found {
        assert_clean("a string in report --json", &s);
        assert!(!s.contains('\n'), "each field is one line: {s:?}");
    }
}

#[test]
fn resume_in_plain_mode_prints_no_escape_from_a_transcripts_notes_or_texts() {
    let dir = tempfile::tempdir().unwrap();
    // An escalation end: the ticket summary shows the notes.
    let session = session_at("past-due/declined/admin/no/no/no");
    let path = save_edited(dir.path(), "evil.json", &session, |json| {
        poison(json, FREE_TEXT);
        for event in json["log"].as_array_mut().unwrap() {
            if event["event"] == "note" {
                for key in ["text", "code"] {
                    let poisoned = format!("{}{PAYLOAD}", event[key].as_str().unwrap());
                    event[key] = Value::String(poisoned);
                }
            }
        }
    });
    let out = plain()
        .arg("--transcript-dir")
        .arg(dir.path().join("again"))
        .arg("--resume")
        .arg(&path)
        .write_stdin("n another\ns\nq\n")
        .output()
        .unwrap();
    let text = all_output(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_clean("--resume", &text);
    assert!(
        text.contains("Note: placeholderA]52;c;cHduZWQ=B]0;PWNEDTITLE"),
        "{text}"
    );
    // Saved again: the payload does not travel on in the new transcript.
    let again: Vec<PathBuf> = std::fs::read_dir(dir.path().join("again"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(again.len(), 2, "{again:?}");
    for file in again {
        let saved = std::fs::read_to_string(&file).unwrap();
        assert_clean(&file.display().to_string(), &saved);
        if file.extension().unwrap() == "json" {
            let mut found = Vec::new();
            strings(&serde_json::from_str(&saved).unwrap(), &mut found);
            for s in &found {
                assert_clean("a string in the saved JSON", s);
            }
        }
    }
}

#[test]
fn resume_of_a_journal_prints_no_escape_from_its_header_or_notes() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_at("past-due/declined/admin/no/no/no");
    let journal = Journal::start(dir.path(), &session, &shipped_build()).unwrap();
    let path = journal.path().to_path_buf();
    drop(journal);
    let lines: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|line| {
            let mut value: Value = serde_json::from_str(line).unwrap();
            if value.get("journal").is_some() {
                poison(&mut value, &["program", "version", "session", "lang", "flows_hash"]);
            } else if value["event"] == "note" {
                poison(&mut value, &["text", "code"]);
            }
            value.to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = plain()
        .arg("--resume")
        .arg(&path)
        .write_stdin("q\nn\n")
        .output()
        .unwrap();
    let text = all_output(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_clean("--resume x.journal", &text);
    assert!(text.contains("Note: placeholderA]52;c;cHduZWQ="), "{text}");
}

/// A regular, readable transcript (so a folder holds at least one).
fn good_transcript(dir: &Path) -> PathBuf {
    save_edited(dir, "good.json", &session_at("card-declined/bank-card/yes"), |_| {})
}

/// A named pipe at `path` (mkfifo(3)).
#[cfg(unix)]
fn mkfifo(path: &Path) {
    rustix::fs::mkfifoat(rustix::fs::CWD, path, rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR).unwrap();
}

/// `--resume NAME` (in `dir`) stops at once with exit 2: not a regular file.
fn refused_at_once(dir: &std::path::Path, name: &str) {
    let out = plain()
        .current_dir(dir)
        .args(["--resume", name])
        .write_stdin("q\n")
        .output()
        .unwrap();
    let text = all_output(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains(&format!("{name}: not a regular file")), "{text}");
}

/// Beside what is in `dir`, one good transcript: `report` reads it alone, and ends.
fn report_reads_only_the_regular_transcript(dir: &std::path::Path) {
    good_transcript(dir);
    let report = crate::common::doctor()
        .arg("report")
        .arg(dir)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(report.status.code(), Some(0), "{}", all_output(&report));
    assert!(String::from_utf8_lossy(&report.stdout).contains("Sessions: 1"));
}

#[cfg(unix)]
#[test]
fn resume_of_a_fifo_is_refused_at_once_with_exit_2_and_report_skips_it() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["fifo.json", "fifo.journal"] {
        mkfifo(&dir.path().join(name));
        refused_at_once(dir.path(), name);
    }
    report_reads_only_the_regular_transcript(dir.path());
}

#[cfg(unix)]
#[test]
fn resume_of_a_link_to_a_device_is_refused_at_once_with_exit_2_and_report_skips_it() {
    let dir = tempfile::tempdir().unwrap();
    for (name, device) in [
        ("zero.json", "/dev/zero"),
        ("urandom.json", "/dev/urandom"),
        ("zero.journal", "/dev/zero"),
    ] {
        std::os::unix::fs::symlink(device, dir.path().join(name)).unwrap();
        refused_at_once(dir.path(), name);
    }
    report_reads_only_the_regular_transcript(dir.path());
}

#[test]
fn the_bounded_reader_takes_regular_files_only_and_at_most_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.json");
    std::fs::write(&big, vec![b' '; 2049]).unwrap();
    let error = transcript::store::read_bounded(&big, 2048).unwrap_err();
    assert!(error.to_string().contains("limit"), "{error}");
    assert_eq!(transcript::store::read_bounded(&big, 4096).unwrap().len(), 2049);
    #[cfg(unix)]
    {
        let error = transcript::store::read_bounded(Path::new("/dev/zero"), 2048).unwrap_err();
        assert_eq!(error.to_string(), "not a regular file");
    }
}

#[test]
fn resume_of_a_folder_is_an_error_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("x.json")).unwrap();
    for folder in [dir.path().to_path_buf(), dir.path().join("x.json")] {
        let out = plain()
            .arg("--resume")
            .arg(&folder)
            .write_stdin("q\n")
            .output()
            .unwrap();
        let text = all_output(&out);
        assert_eq!(out.status.code(), Some(2), "{text}");
        assert!(text.contains("a folder, not a transcript or a path code"), "{text}");
    }
}

#[test]
fn a_transcript_with_a_byte_order_mark_is_read_by_resume_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = good_transcript(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    assert!(transcript::read(&path).is_ok());
    let out = plain().arg("--resume").arg(&path).write_stdin("q\n").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", all_output(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Code: card-declined/bank-card/yes"));
    let report = crate::common::doctor().arg("report").arg(dir.path()).output().unwrap();
    assert_eq!(report.status.code(), Some(0), "{}", all_output(&report));
    assert!(String::from_utf8_lossy(&report.stdout).contains("Sessions: 1"));
}

#[test]
fn report_names_a_transcript_with_an_unknown_outcome_as_unreadable_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    good_transcript(dir.path());
    save_edited(
        dir.path(),
        "odd.json",
        &session_at("card-declined/bank-card/no/no"),
        |json| json["outcome"] = Value::String("exploded".into()),
    );
    let out = crate::common::doctor().arg("report").arg(dir.path()).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stderr.contains("odd.json:") && stderr.contains("not a transcript: unknown variant `exploded`"),
        "{stderr}"
    );
    assert!(stdout.contains("Sessions: 1"), "{stdout}");
}

#[test]
fn report_error_lines_stay_one_line_whatever_the_file_is_called() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a\nsignup-doctor: forged\u{1b}]0;t\u{7}\u{202e}.json";
    std::fs::write(dir.path().join(name), "{").unwrap();
    let out = crate::common::doctor().arg("report").arg(dir.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_clean("report's error line", &stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn report_aligns_its_columns_by_display_width() {
    let dir = tempfile::tempdir().unwrap();
    good_transcript(dir.path());
    save_edited(
        dir.path(),
        "wide.json",
        &session_at("card-declined/bank-card/no/no"),
        |json| {
            json["session"] = Value::String("wide".into());
            json["steps"][0]["answer"] = Value::String("請求書の問題".into());
        },
    );
    let out = crate::common::doctor().arg("report").arg(dir.path()).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = table
        .lines()
        .skip_while(|l| !l.starts_with("topic"))
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(rows.len(), 3, "{table}");
    let width = |line: &str| signup_doctor::text::Safe::new(line).width();
    assert!(rows.iter().all(|r| width(r) == width(rows[0])), "{table}");
    assert!(rows.iter().any(|r| r.starts_with("請求書の問題  ")), "{table}");
}

#[test]
fn relative_xdg_folders_and_home_are_ignored() {
    let env = |data: Option<&'static str>, home: Option<&'static str>| {
        move |key: &str| match key {
            "XDG_DATA_HOME" | "XDG_STATE_HOME" => data.map(str::to_string),
            "HOME" => home.map(str::to_string),
            _ => None,
        }
    };
    assert_eq!(transcript::default_dir(env(Some("rel/data"), Some("relhome"))), None);
    assert_eq!(journal::default_dir(env(Some("rel/state"), Some("relhome"))), None);
    assert_eq!(
        transcript::default_dir(env(Some("rel/data"), Some("/home/u"))),
        Some(PathBuf::from("/home/u/.local/share/signup-doctor/transcripts"))
    );
    assert_eq!(
        journal::default_dir(env(Some("rel"), Some("/home/u"))),
        Some(PathBuf::from("/home/u/.local/state/signup-doctor"))
    );
    assert_eq!(
        transcript::default_dir(env(Some("/x"), Some("relhome"))),
        Some(PathBuf::from("/x/signup-doctor/transcripts"))
    );
    // The binary: nothing lands under the current folder; the notes come out on standard error.
    let cwd = tempfile::tempdir().unwrap();
    let out = plain()
        .current_dir(cwd.path())
        .env("XDG_DATA_HOME", "rel/data")
        .env("XDG_STATE_HOME", "rel/state")
        .env("HOME", "relhome")
        .write_stdin("1\nn kept note\ns\n")
        .output()
        .unwrap();
    let text = all_output(&out);
    assert!(text.contains("no folder for transcripts"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("kept note"), "{text}");
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert_eq!(
        std::fs::read_dir(cwd.path()).unwrap().count(),
        0,
        "nothing written here"
    );
}

#[test]
fn arguments_echoed_back_are_sanitised_by_every_command_and_by_clap() {
    assert_eq!(arguments_echoed_back(), 13);
}

fn arguments_echoed_back() -> usize {
    let dir = tempfile::tempdir().unwrap();
    let p = PAYLOAD;
    // (arguments, exit code, whether clap itself answers)
    let cases: Vec<(Vec<String>, i32, bool)> = vec![
        (vec!["walk".into(), p.into()], 1, false),
        (vec!["--resume".into(), p.into()], 1, false),
        (vec!["--resume".into(), format!("{p}.json")], 2, false),
        (vec!["--resume".into(), format!("{p}.journal")], 2, false),
        (vec!["--lang".into(), p.into(), "walk".into(), "1".into()], 2, false),
        (vec!["graph".into(), "--topic".into(), p.into()], 1, false),
        (vec!["report".into(), p.into()], 2, false),
        (vec!["--flows".into(), p.into(), "check".into()], 2, false),
        (vec!["--locales".into(), p.into(), "check".into()], 2, false),
        // clap's own errors: an unknown subcommand, an unknown flag, bad values.
        (vec![p.into()], 2, true),
        (vec![format!("--{p}")], 2, true),
        (vec!["completions".into(), p.into()], 2, true),
        (vec!["graph".into(), "--format".into(), p.into()], 2, true),
    ];
    for (args, code, clap) in &cases {
        let out = crate::common::doctor()
            .current_dir(dir.path())
            .args(args)
            .write_stdin("q\n")
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let text = all_output(&out);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {text}");
        assert_clean(&format!("{args:?}"), &text);
        if *clap {
            assert!(text.starts_with("error: "), "{args:?}: {text}");
        } else {
            assert!(
                text.contains(" FORGED line"),
                "{args:?} still names the argument: {text}"
            );
            assert_eq!(text.lines().count(), 1, "{args:?}: one line, no forged one: {text}");
        }
    }
    cases.len()
}

#[test]
fn typed_input_folders_from_the_environment_and_saved_files_hold_no_escape() {
    let home = crate::common::private_home();
    let data = home.join(format!("data{PAYLOAD}"));
    let out = crate::common::doctor()
        .arg("--plain")
        .env("XDG_DATA_HOME", &data)
        .env("LANG", PAYLOAD)
        .env("TERM", PAYLOAD)
        .write_stdin(format!("{PAYLOAD}\n1\nn {PAYLOAD}\ns\nq\n"))
        .output()
        .unwrap();
    let text = all_output(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_clean("plain mode", &text);
    assert!(text.contains("To paste into a support request: "), "{text}");
    let folder = data.join("signup-doctor/transcripts");
    let saved: Vec<PathBuf> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(saved.len(), 2);
    for file in saved {
        let content = std::fs::read_to_string(&file).unwrap();
        assert_clean(&file.display().to_string(), &content);
        assert!(content.contains("cHduZWQ=B"), "{content}");
    }
}

#[test]
fn an_unfinished_journal_with_a_hostile_name_is_offered_with_a_clean_path() {
    let home = crate::common::private_home();
    let folder = home.join("state/signup-doctor");
    std::fs::create_dir_all(&folder).unwrap();
    let session = session_at("card-declined/bank-card/no");
    let journal = Journal::start(&folder, &session, &shipped_build()).unwrap();
    let (from, good) = (journal.path().to_path_buf(), folder.join(format!("x{PAYLOAD}.journal")));
    drop(journal);
    std::fs::rename(&from, &good).unwrap();
    let broken = folder.join(format!("y{PAYLOAD}.journal"));
    let offer = || {
        let out = plain()
            .env("XDG_STATE_HOME", home.join("state"))
            .write_stdin("q\n")
            .output()
            .unwrap();
        let text = all_output(&out);
        assert_clean("the unfinished-session offer", &text);
        assert!(text.contains("cHduZWQ=B"), "the path is named: {text}");
        text
    };
    assert!(offer().contains("--resume"), "how to reopen it");
    std::fs::remove_file(&good).unwrap();
    std::fs::write(&broken, format!("{PAYLOAD}\n")).unwrap();
    offer();
}
