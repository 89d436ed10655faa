//! Nothing typed is lost, even with two windows, a crash mid-note, or a broken journal next to good
//! ones (issue 22, problems 1, 2, 7 and 10): one process writes a journal, only ever appending; a
//! second one is refused, or gets a session and a journal of its own; a note being typed is in the
//! journal as it is typed; every kept session is offered on its own; a reopened record never writes
//! over another session's saved files; any stopping signal saves first (problem 11), and so does
//! plain mode whose output goes away (13), or whose input is not UTF-8 (6). Real processes, real files; pseudo-terminals where the user
//! meets it on one (tests/it/pty.rs).

use crate::common;
use signup_doctor::transcript::journal::{self, Journal};
use signup_doctor::wizard::session::{Msg, Session};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn tree() -> &'static signup_doctor::engine::tree::Tree {
    common::shipped().tree.as_ref().unwrap()
}

/// The wizard in plain mode, in English, in `home`'s folders, reading what the test writes.
fn plain_child(home: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_signup-doctor"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .args(["--plain", "--lang", "en"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The wizard in plain mode reading `input` to its end; its output.
fn plain_run(home: &Path, args: &[&str], input: &str) -> std::process::Output {
    common::doctor()
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["--plain", "--lang", "en"])
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap()
}

/// The journals in `home`'s state folder.
fn journals(home: &Path) -> Vec<PathBuf> {
    journal::kept(&home.join("state/signup-doctor"))
}

/// Every note the journals in `home` hold, read as the wizard reads them (a broken one fails).
fn journal_notes(home: &Path) -> Vec<String> {
    let mut notes = Vec::new();
    for path in journals(home) {
        let read = journal::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let session = read.replay(tree()).unwrap();
        notes.extend(session.notes().iter().map(|n| n.text.clone()));
        notes.extend(read.draft);
    }
    notes
}

/// Waits until `what` holds (checked every few milliseconds), at most 10 s; true if it did.
fn wait_for(mut what: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if what() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    what()
}

fn type_line(child: &mut Child, line: &str) {
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(line.as_bytes()).unwrap();
    stdin.write_all(b"\n").unwrap();
    stdin.flush().unwrap();
}

/// Cases loss-two-processes-one-journal, loss-two-writers-corrupt, loss-second-resume-ends-first:
/// while a session runs, `--resume` of its journal is refused (exit 2, saying why), so the one
/// writer's notes are all there, whole, after it is killed, and the journal reopens.
#[test]
fn a_journal_a_running_session_writes_is_refused_to_a_second_process() {
    let home = common::private_home();
    let mut a = plain_child(&home, &[]);
    type_line(&mut a, "2");
    type_line(&mut a, "1");
    type_line(&mut a, "n note A1");
    assert!(
        wait_for(|| journal_notes(&home) == ["note A1"]),
        "A's first note in its journal"
    );
    let path = journals(&home).remove(0);

    let long = "long note from B ".repeat(20);
    let b = plain_run(
        &home,
        &["--resume", path.to_str().unwrap()],
        &format!("n {long}\nq\ny\n"),
    );
    let stderr = String::from_utf8_lossy(&b.stderr);
    assert_eq!(b.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("open in another signup-doctor window"),
        "says why: {stderr}"
    );

    type_line(&mut a, "n A2");
    assert!(
        wait_for(|| journal_notes(&home) == ["note A1", "A2"]),
        "{:?}",
        journal_notes(&home)
    );
    a.kill().unwrap();
    a.wait().unwrap();
    assert_eq!(journals(&home), std::slice::from_ref(&path), "one journal, still there");

    // Free now: it reopens, and both of A's notes are saved with it.
    let output = plain_run(&home, &["--resume", path.to_str().unwrap()], "s\nq\n");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let saved = std::fs::read_to_string(
        home.join("data/signup-doctor/transcripts")
            .join(format!("{}.json", path.file_stem().unwrap().to_str().unwrap())),
    )
    .unwrap();
    assert!(saved.contains("note A1") && saved.contains("A2"), "{saved}");
}

/// A reopened journal is written on after its last whole line: a line cut short by a crash goes,
/// the events after it are appended, and the journal still reads back whole.
#[test]
fn a_reopened_journal_goes_on_after_its_last_whole_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = Session::new(tree());
    let mut journal = Journal::start(dir.path(), &session, &common::shipped_build()).unwrap();
    session.update(Msg::Choose(1));
    session.update(Msg::Note("before the crash".into()));
    journal.sync(&session).unwrap();
    let path = journal.path().to_path_buf();
    drop(journal);
    let mut file = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
    file.write_all(b"{\"at\":\"2026-12-0").unwrap();
    drop(file);

    let reopened = journal::reopen(&path, tree()).unwrap();
    assert!(
        matches!(
            journal::reopen(&path, tree()),
            Err(journal::ReopenError::Claim(journal::ClaimError::Busy))
        ),
        "held by the first reopening"
    );
    let mut session = reopened.session;
    let mut journal = Journal::resume(reopened.claimed, &reopened.read, &session, &common::shipped_build()).unwrap();
    session.update(Msg::Note("after the crash".into()));
    journal.sync(&session).unwrap();
    drop(journal);
    let read = journal::read(&path).unwrap();
    let notes: Vec<String> = read
        .replay(tree())
        .unwrap()
        .notes()
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(notes, ["before the crash", "after the crash"]);
}

/// Case loss-two-starts-reopen-same: after a crash, two wizards start at once. The kept session is
/// offered to the first only (it holds it while asking); the second starts a session of its own.
/// Both notes end on disk, in journals that read back.
#[cfg(unix)]
#[test]
fn two_starts_never_reopen_the_same_kept_session() {
    use crate::pty::{Exit, FIRST_FRAME, Terminal, WAIT};
    let home = common::private_home();
    // The kept session: a first answer, then a crash.
    let mut crashed = plain_child(&home, &[]);
    type_line(&mut crashed, "1");
    assert!(wait_for(|| !journals(&home).is_empty()));
    crashed.kill().unwrap();
    crashed.wait().unwrap();

    // Two windows: the first is offered the kept session and waits at the question; the second
    // starts meanwhile.
    let offer = "Type y to reopen it";
    let mut a = Terminal::start(&home, &["--lang", "en"], &[]);
    assert!(
        a.wait_until(FIRST_FRAME, |t| t.screen().contains(offer)),
        "{}",
        a.screen()
    );
    let mut b = Terminal::start(&home, &["--lang", "en"], &[]);
    let b_started = b.wait_until(FIRST_FRAME, |t| {
        t.screen().contains(offer) || t.screen().contains("Where are you stuck")
    });
    assert!(b_started, "{}", b.screen());
    assert!(
        !b.screen().contains(offer),
        "the second start is not offered the same session"
    );
    // Each goes on and adds a note.
    assert!(b.send(b"\r"));
    assert!(a.send(b"y\r"));
    for (t, note) in [(&mut a, "note from terminal A"), (&mut b, "note from terminal B")] {
        assert!(t.wait_for("Which verification option"), "{}", t.screen());
        assert!(t.send(b"n"));
        assert!(t.wait_for("Note on this step"), "{}", t.screen());
        assert!(t.send(note.as_bytes()) && t.send(b"\r"));
    }
    let both = |notes: Vec<String>| {
        notes.iter().any(|n| n == "note from terminal A") && notes.iter().any(|n| n == "note from terminal B")
    };
    assert!(
        a.wait_until(WAIT, |_| both(journal_notes(&home))),
        "{:?}",
        journal_notes(&home)
    );
    assert_eq!((a.kill(), b.kill()), (Exit::Signal(9), Exit::Signal(9)));
    let mut notes = journal_notes(&home);
    notes.sort();
    assert_eq!(notes, ["note from terminal A", "note from terminal B"]);
    assert_eq!(journals(&home).len(), 2, "a journal each");
}

/// Cases loss-draft-sigkill and loss-draft-closed-pty: a note typed but not kept yet (no Enter)
/// is in the journal as it is typed; the next start counts it, and reopening keeps it as a note.
#[cfg(unix)]
#[test]
fn a_note_being_typed_survives_a_kill_or_a_closed_terminal() {
    use crate::pty::Exit;
    use crate::record::{Vanish, note_then_vanish, reopen_and_save};
    for (how, exit) in [
        (Vanish::Kill, Exit::Signal(9)),
        (Vanish::Close, Exit::Code(129)),
        (Vanish::Hup, Exit::Code(129)),
    ] {
        let home = common::private_home();
        let note = format!("customer will call back at 5pm ({how:?})");
        assert_eq!(note_then_vanish(&home, &note, true, how), exit, "{how:?}");
        let kept: Vec<String> = journal_notes(&home).into_iter().chain(saved_notes(&home)).collect();
        assert!(kept.contains(&note), "{how:?}: {kept:?}");
        if how != Vanish::Kill {
            // Issue 27 m1: a closed terminal (its window closed: the master side gone, with or
            // without a SIGHUP first) saves like a hangup — the transcript, with the note being
            // typed, and no journal left to offer.
            assert_eq!(saved_notes(&home), std::slice::from_ref(&note), "{how:?}");
            assert!(journals(&home).is_empty(), "{how:?}");
        }
        if how == Vanish::Kill {
            let output = plain_run(&home, &[], "q\n");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.contains("one note"), "{stderr}");
            assert_eq!(reopen_and_save(&home), Exit::Code(0));
            assert_eq!(saved_notes(&home), [note]);
            assert!(journals(&home).is_empty());
        }
    }
}

/// Every note in the transcripts saved in `home`'s data folder.
fn saved_notes(home: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(home.join("data/signup-doctor/transcripts")) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .flat_map(|p| {
            let transcript = signup_doctor::transcript::read(&p).unwrap();
            let session = Session::replay(
                tree(),
                &transcript.session,
                transcript.started,
                "en",
                signup_doctor::transcript::record::to_events(&transcript.log, tree()).unwrap(),
            )
            .unwrap();
            session.notes().iter().map(|n| n.text.clone()).collect::<Vec<_>>()
        })
        .collect()
}

/// Cases jr-broken-newest-hides-older and fs-journal-full-first-event: an empty journal (left by a
/// full disk) and a broken one, both newer than a good one, hide nothing: the broken one is named,
/// the empty one removed, and the good one offered.
#[test]
fn a_broken_or_empty_journal_never_hides_the_other_kept_sessions() {
    let home = common::private_home();
    let dir = home.join("state/signup-doctor");
    let mut session = Session::new(tree());
    session.update(Msg::Choose(0));
    session.update(Msg::Note("the good one".into()));
    let journal = Journal::start(&dir, &session, &common::shipped_build()).unwrap();
    let good = journal.path().to_path_buf();
    drop(journal);
    let later = std::time::SystemTime::now() + Duration::from_mins(1);
    let empty = dir.join("29991231T000000Z-ffffff.journal");
    let broken = dir.join("29991231T000001Z-aaaaaa.journal");
    std::fs::write(&empty, "").unwrap();
    std::fs::write(&broken, "not a journal\n").unwrap();
    for path in [&empty, &broken] {
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(later)
            .unwrap();
    }

    let output = plain_run(&home, &[], "q\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("A kept session cannot be reopened: ") && stderr.contains("29991231T000001Z-aaaaaa.journal:1"),
        "the broken one is named: {stderr}"
    );
    assert!(stderr.contains("An unfinished session was kept"), "{stderr}");
    assert!(stderr.contains(&format!("--resume {}", good.display())), "{stderr}");
    assert!(!empty.exists(), "nothing kept in it: removed");
    assert!(broken.exists(), "a broken one is left for a person to look at");
}

/// Case tr-session-id-collision: a transcript edited to claim another session's id goes on as a
/// session of its own; the other session's files stay as they were. A session's own transcript,
/// reopened, still replaces its own files.
#[test]
fn a_reopened_record_never_writes_over_another_sessions_files() {
    let home = common::private_home();
    let transcripts = home.join("data/signup-doctor/transcripts");
    let victim = plain_run(&home, &[], "1\nn victim note\ns\nq\n");
    assert!(victim.status.success());
    let other = plain_run(&home, &[], "2\nn other note\ns\nq\n");
    assert!(other.status.success());
    let mut saved: Vec<PathBuf> = std::fs::read_dir(&transcripts)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    saved.sort();
    let by_note = |note: &str| {
        saved
            .iter()
            .find(|p| std::fs::read_to_string(p).unwrap().contains(note))
            .unwrap()
            .clone()
    };
    let (victim, other) = (by_note("victim note"), by_note("other note"));
    let victim_id = victim.file_stem().unwrap().to_str().unwrap().to_string();
    let before = std::fs::read_to_string(&victim).unwrap();

    let mut value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&other).unwrap()).unwrap();
    value["session"] = serde_json::Value::from(victim_id.clone());
    let evil = home.join("evil.json");
    std::fs::write(&evil, value.to_string()).unwrap();
    let output = plain_run(&home, &["--resume", evil.to_str().unwrap()], "n evil note\ns\nq\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("goes on as a session of its own"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        before,
        "the victim's record is untouched"
    );
    let count = std::fs::read_dir(&transcripts)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|e| e == "json"))
        .count();
    assert_eq!(count, 3, "the reopened record saved as a session of its own");

    // The victim's own record, reopened from where it was saved, is its own: saved over itself.
    let output = plain_run(&home, &["--resume", victim.to_str().unwrap()], "n second visit\ns\nq\n");
    assert!(output.status.success());
    assert!(!String::from_utf8_lossy(&output.stderr).contains("of its own"));
    let after = std::fs::read_to_string(&victim).unwrap();
    assert!(
        after.contains("victim note") && after.contains("second visit"),
        "{after}"
    );
}

/// Review 2026-12b M1: in French the offer said « s pour la supprimer », and `s` deleted a kept
/// session with its notes — where `s` saves everywhere else. On a real terminal, `s` (or `d`) now
/// keeps the session; only the whole word deletes it.
#[cfg(unix)]
#[test]
fn a_kept_session_is_deleted_only_by_the_whole_word_never_by_s() {
    use crate::pty::{FIRST_FRAME, Terminal};
    let home = common::private_home();
    let mut crashed = plain_child(&home, &[]);
    type_line(&mut crashed, "1");
    type_line(&mut crashed, "n une note importante");
    assert!(wait_for(|| journal_notes(&home) == ["une note importante"]));
    crashed.kill().unwrap();
    crashed.wait().unwrap();
    // On a real terminal in French: the offer, the answer typed, then the first question.
    let answer = |word: &str| {
        let mut t = Terminal::start(&home, &["--lang", "fr"], &[("LANG", "fr_FR.UTF-8")]);
        assert!(
            t.wait_until(FIRST_FRAME, |t| t.screen().contains("Tapez o pour la rouvrir")),
            "{}",
            t.screen()
        );
        assert!(t.send(word.as_bytes()) && t.send(b"\r"));
        assert!(t.wait_for("Où se situe le blocage"), "{}", t.screen());
        t.kill();
    };
    for slip in ["s", "d"] {
        answer(slip);
        assert_eq!(
            journal_notes(&home),
            ["une note importante"],
            "`{slip}` keeps the session and its note"
        );
    }
    answer("supprimer");
    assert!(journal_notes(&home).is_empty(), "the whole word deletes it");
}

/// Problem 11 in plain mode: SIGQUIT (like every stopping signal that can be caught) saves the
/// unsaved note first, and exits 128 + 3.
#[test]
fn sigquit_in_plain_mode_saves_first() {
    let home = common::private_home();
    let mut wizard = plain_child(&home, &[]);
    type_line(&mut wizard, "1");
    type_line(&mut wizard, "n kept through SIGQUIT");
    assert!(wait_for(|| journal_notes(&home) == ["kept through SIGQUIT"]));
    // Input stays open until it has exited (`wait` would close it first, and the end of input
    // could then win the race with the signal).
    let input = wizard.stdin.take();
    let killed = Command::new("kill")
        .args(["-QUIT", &wizard.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = wizard.wait().unwrap();
    drop(input);
    assert_eq!(status.code(), Some(131));
    assert_eq!(saved_notes(&home), ["kept through SIGQUIT"]);
}

/// Problem 13 (case loss-plain-pipe-closes-midway): plain mode's output pipe closes mid-session.
/// It saved nothing and exited 0; now it saves first and exits as SIGPIPE would, 141.
#[test]
fn plain_mode_whose_output_goes_away_saves_first_and_exits_141() {
    use std::io::Read;
    let home = common::private_home();
    let mut wizard = Command::new(env!("CARGO_BIN_EXE_signup-doctor"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["--plain", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    type_line(&mut wizard, "2");
    type_line(&mut wizard, "1");
    type_line(&mut wizard, "n written before the output closed");
    assert!(wait_for(|| journal_notes(&home) == ["written before the output closed"]));
    let mut stdout = wizard.stdout.take().unwrap();
    let mut first = [0u8; 16];
    assert!(stdout.read(&mut first).unwrap() > 0);
    drop(stdout);
    type_line(&mut wizard, "t 1");
    type_line(&mut wizard, "1");
    let output = wizard.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(141), "{stderr}");
    assert!(stderr.contains("To paste into a support request: "), "{stderr}");
    assert_eq!(saved_notes(&home), ["written before the output closed"]);
}

/// Problem 6 in plain mode (case fs-stdin-invalid-utf8): under `fr_FR.ISO-8859-1` a note typed as
/// Latin-1 is kept whole, and the answer after it is read (an invalid byte ended the input before).
#[test]
fn plain_mode_reads_latin_1_typed_under_a_latin_1_locale() {
    let home = common::private_home();
    let output = common::doctor()
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LANG", "fr_FR.ISO-8859-1")
        .args(["--plain", "--lang", "en"])
        .write_stdin(b"2\n1\nn caf\xe9 au lait, client rappelle demain\n1\n".to_vec())
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(saved_notes(&home), ["café au lait, client rappelle demain"]);
}

/// Problem 9 (case fs-stdin-devzero): one endless line is read with a bound: the wizard's memory
/// stays flat while it reads 64 MB of a line that never ends, and the line after it is acted on.
#[test]
fn plain_mode_reads_an_endless_line_in_bounded_memory() {
    let home = common::private_home();
    let mut wizard = plain_child(&home, &[]);
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..64 {
        wizard.stdin.as_mut().unwrap().write_all(&chunk).unwrap();
    }
    type_line(&mut wizard, "");
    // Still running (it waits for a line): its peak so far covers reading the long one.
    let pid = wizard.id();
    let peak = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().ok())
        });
    type_line(&mut wizard, "q");
    drop(wizard.stdin.take());
    let status = wizard.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    if let Some(peak) = peak {
        assert!(
            peak < 32 * 1024,
            "peak resident memory {peak} kB while reading a 64 MB line"
        );
    }
}

/// Problem 6 on a terminal (case tty-latin1-typed): under `fr_FR.ISO-8859-1` the full screen could
/// not read what was typed (its key reader takes UTF-8 only: `café ok` was kept as `cafok`). On such
/// a terminal the wizard says so and asks line by line, reading the locale's character set: every
/// character typed is kept.
#[test]
fn a_latin_1_terminal_keeps_every_character_typed() {
    let home = common::private_home();
    let mut t = crate::pty::Terminal::start(
        &home,
        &["--lang", "en", "--agent-lang", "en"],
        &[("LANG", "fr_FR.ISO-8859-1")],
    );
    assert!(
        t.wait_for("UTF-8"),
        "the terminal is told why it gets lines:\n{}",
        t.screen()
    );
    assert!(t.send(b"2\r"));
    assert!(t.send(b"1\r"));
    assert!(t.send(b"n caf\xe9 ok, d\xe9j\xe0 rappel\xe9\r"));
    assert!(t.send(b"1\r"));
    assert!(t.wait_for("Solved."), "{}", t.screen());
    assert!(t.send(b"q\r"));
    assert!(t.wait_for("Type y to save"), "{}", t.screen());
    assert!(t.send(b"y\r"));
    assert_eq!(t.exit(), crate::pty::Exit::Code(0), "{}", t.screen());
    assert_eq!(saved_notes(&home), ["café ok, déjà rappelé"]);
}
