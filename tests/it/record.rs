//! The session's record never loses what was typed: notes and tried steps written on a step the walk
//! then left (Esc and another answer, restart, a search jump) reach the saved JSON and Markdown with
//! the code they were written under; reopening replays the log; a session saved again is one
//! session; a save that fails on the way out never ends in silence; the journal keeps everything
//! on disk as it happens. Plus a property test over random sessions.

use crate::common;
use proptest::prelude::*;
use signup_doctor::content::Loaded;
use signup_doctor::desk::Desk;
use signup_doctor::engine::place::Place;
use signup_doctor::engine::tree::NodeKind;
use signup_doctor::plain::{self, Input};
use signup_doctor::transcript::journal::{self, Journal};
use signup_doctor::transcript::{self, AtExit, Saver, Transcript};
use signup_doctor::wizard::session::{Effect, Msg, QuitChoice, Session};
use std::path::PathBuf;

fn loaded() -> &'static Loaded {
    common::shipped()
}

fn session() -> Session<'static> {
    Session::with_clock(loaded().tree.as_ref().unwrap(), common::fixed_clock)
}

fn saver(dir: Option<PathBuf>, fallback: Option<PathBuf>) -> Saver<'static> {
    Saver {
        build: common::shipped_build(),
        dir,
        fallback,
    }
}

/// The transcript now, and its Markdown.
fn saved(session: &Session<'_>) -> (Transcript, String) {
    let transcript = Transcript::of(session, &common::shipped_build(), common::fixed_clock());
    let markdown = transcript.markdown(&loaded().localizer).to_string();
    (transcript, markdown)
}

/// Every note text anywhere in the transcript's records (walk, stop, elsewhere).
fn recorded_notes(transcript: &Transcript) -> Vec<String> {
    let mut notes: Vec<String> = transcript.steps.iter().flat_map(|s| s.place.notes.clone()).collect();
    notes.extend(transcript.stopped_at.notes.clone());
    notes.extend(transcript.elsewhere.iter().flat_map(|a| a.place.notes.clone()));
    notes
}

#[test]
fn a_note_on_a_step_left_by_going_back_and_answering_again_is_saved_with_its_code() {
    let mut session = session();
    session.update(Msg::GoTo("2.1".into()));
    session.update(Msg::Note("customer bank is BNP".into()));
    session.update(Msg::Back);
    assert_eq!(session.update(Msg::Choose(1)), Effect::Moved);
    assert!(session.has_unsaved_work());
    let (transcript, markdown) = saved(&session);
    assert_eq!(transcript.elsewhere.len(), 1, "{:?}", transcript.elsewhere);
    assert_eq!(transcript.elsewhere[0].code, "card-declined/bank-card");
    assert_eq!(transcript.elsewhere[0].place.notes, ["customer bank is BNP"]);
    assert!(markdown.contains("## Noted on steps off the final path"), "{markdown}");
    assert!(markdown.contains("- `card-declined/bank-card` — "), "{markdown}");
    assert!(markdown.contains("   - Note: customer bank is BNP"), "{markdown}");
}

#[test]
fn a_note_written_before_a_restart_or_a_search_jump_is_saved() {
    for leave in [Msg::Restart, Msg::Jump("past-due".into())] {
        let mut session = session();
        session.update(Msg::GoTo("1.1".into()));
        session.update(Msg::Note("important note".into()));
        session.update(Msg::ToggleTried(0));
        assert_eq!(session.update(leave.clone()), Effect::Moved);
        let (transcript, markdown) = saved(&session);
        assert_eq!(recorded_notes(&transcript), ["important note"], "{leave:?}");
        assert_eq!(transcript.elsewhere[0].place.tried, [1], "{leave:?}");
        assert!(markdown.contains("important note"), "{leave:?}: {markdown}");
        assert!(markdown.contains("Tried: step 1"), "{leave:?}: {markdown}");
    }
}

#[test]
fn reopening_replays_the_log_so_every_note_and_tried_step_is_back_on_its_own_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = session();
    session.update(Msg::GoTo("2.1".into()));
    session.update(Msg::Note("on bank-card".into()));
    session.update(Msg::ToggleTried(1));
    session.update(Msg::Back);
    session.update(Msg::Choose(1));
    session.update(Msg::Note("on the prepaid fix".into()));
    let (transcript, _) = saved(&session);
    let path = transcript::save(dir.path(), &transcript, &loaded().localizer).unwrap();
    let reopened = transcript::reopen(&path, loaded().tree.as_ref().unwrap(), &loaded().localizer)
        .unwrap()
        .session;
    assert_eq!(reopened.id(), session.id());
    assert_eq!(reopened.codes(), session.codes());
    assert_eq!(reopened.notes(), session.notes());
    let bank_card = session.noted_off_walk()[0].0;
    assert_eq!(reopened.notes_at(bank_card), ["on bank-card"]);
    assert_eq!(reopened.tried_at(bank_card), [1]);
    assert!(!reopened.has_unsaved_work(), "what was saved is not unsaved");
}

#[test]
fn report_counts_a_session_saved_three_times_as_one_session() {
    let dir = tempfile::tempdir().unwrap();
    common::doctor()
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(dir.path())
        .write_stdin("1\nn one\ns\nn two\ns\nn three\ns\nq\n")
        .assert()
        .success();
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, 2, "one JSON and one Markdown file");
    let output = common::doctor().arg("report").arg(dir.path()).output().unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.starts_with("Sessions: 1\n"), "{table}");
}

#[test]
fn at_the_end_of_input_a_failed_save_goes_to_the_state_folder_and_the_exit_code_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let state = dir.path().join("state");
    let output = common::doctor()
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(blocker.join("transcripts"))
        .env("XDG_STATE_HOME", &state)
        .write_stdin("1\nn kept anyway\n")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "a save that missed its folder is not a success"
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Could not save in the usual folder"), "{stdout}");
    let kept: Vec<PathBuf> = std::fs::read_dir(state.join("signup-doctor"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(recorded_notes(&transcript::read(&kept[0]).unwrap()), ["kept anyway"]);
}

#[test]
fn when_no_folder_works_the_transcript_is_written_to_stderr_and_the_journal_stays() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let output = common::doctor()
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(blocker.join("transcripts"))
        .env("XDG_STATE_HOME", blocker.join("state"))
        .write_stdin("1\nn only copy\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("Could not save the transcript"), "{stderr}");
    assert!(
        stderr.contains("   - Note: only copy"),
        "the Markdown transcript: {stderr}"
    );
}

#[test]
fn a_signal_with_a_failing_save_hands_over_the_transcript_and_exits_128_plus_the_signal() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let saver = saver(Some(blocker.join("t")), None);
    let mut session = session();
    let mut aids = Desk::new(&loaded().localizer, Some(&saver), None);
    let inputs = [Input::Line("1".into()), Input::Line("n note".into()), Input::Signal(15)];
    let mut out = Vec::new();
    let leaving = plain::run(&mut session, &mut aids, inputs.into_iter(), &mut out).unwrap();
    assert_eq!(leaving.code, 143);
    match &leaving.saved {
        Some(AtExit::Failed { markdown, .. }) => assert!(markdown.contains("Note: note"), "{markdown}"),
        other => panic!("a failed save hands the transcript over: {other:?}"),
    }
    assert!(leaving.keeps_journal());
}

#[test]
fn in_plain_mode_an_interrupt_asks_first_and_a_second_one_saves_and_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let saver = saver(Some(dir.path().to_path_buf()), None);
    let mut session = session();
    let mut aids = Desk::new(&loaded().localizer, Some(&saver), None);
    let inputs = [Input::Line("n agent note".into()), Input::Signal(2), Input::Signal(2)];
    let mut out = Vec::new();
    let leaving = plain::run(&mut session, &mut aids, inputs.into_iter(), &mut out).unwrap();
    let shown = String::from_utf8(out).unwrap();
    assert!(shown.contains("Some notes or tried steps are not saved"), "{shown}");
    assert_eq!(leaving.code, 130);
    assert!(matches!(leaving.saved, Some(AtExit::Saved(_))), "{:?}", leaving.saved);
    // With nothing unsaved, an interrupt just leaves, as an interrupt.
    let mut quiet = self::session();
    let leaving = plain::run(&mut quiet, &mut aids, [Input::Signal(2)].into_iter(), &mut Vec::new()).unwrap();
    assert_eq!((leaving.code, leaving.saved), (130, None));
}

#[test]
fn the_quit_question_is_asked_once_and_answered_by_the_session() {
    let mut session = session();
    assert_eq!(session.update(Msg::Quit), Effect::Exit(stop(false, 0)));
    session.update(Msg::Note("x".into()));
    assert_eq!(session.update(Msg::Quit), Effect::ConfirmQuit);
    assert_eq!(session.update(Msg::QuitAnswer(QuitChoice::Stay)), Effect::Ignored);
    assert_eq!(session.update(Msg::Quit), Effect::ConfirmQuit);
    assert_eq!(
        session.update(Msg::QuitAnswer(QuitChoice::Discard)),
        Effect::Exit(stop(false, 0))
    );
    assert_eq!(session.update(Msg::EndOfInput), Effect::Exit(stop(true, 0)));
    assert_eq!(session.update(Msg::Signal(1)), Effect::Exit(stop(true, 129)));
}

fn stop(save_first: bool, code: u8) -> signup_doctor::wizard::session::Stop {
    signup_doctor::wizard::session::Stop { save_first, code }
}

#[test]
fn the_journal_holds_every_event_as_it_happens_and_replays_to_the_same_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = session();
    let mut journal = Journal::start(dir.path(), &session, &common::shipped_build()).unwrap();
    for msg in [Msg::Choose(1), Msg::Choose(0), Msg::Note("first".into()), Msg::Back] {
        session.update(msg);
        journal.sync(&session).unwrap();
    }
    let path = journal.path().to_path_buf();
    // A crash mid-write leaves half a line: it is dropped, the rest replays.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"at\":\"2026-");
    std::fs::write(&path, text).unwrap();
    let read = journal::read(&path).unwrap();
    let replayed = read.replay(loaded().tree.as_ref().unwrap()).unwrap();
    assert_eq!(replayed.log(), session.log());
    assert_eq!(replayed.notes(), session.notes());
    assert_eq!(replayed.codes(), session.codes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
    }
    // A live session's journal is locked: a new start does not offer it.
    assert!(
        journal::unfinished(dir.path()).is_empty(),
        "the running session holds it"
    );
    drop(journal);
    // A child process another test forks at this moment holds a copy of the descriptor (and so
    // the lock) until it runs its program: wait for that, briefly.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while journal::unfinished(dir.path()).is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(journal::unfinished(dir.path()), [path]);
}

/// What kind of screen a place is, as transcripts record it.
fn kind_of(session: &Session<'_>, place: Place) -> transcript::PlaceKind {
    match (place, &session.tree().node(place.node()).kind) {
        (Place::Node(_), NodeKind::Question { .. }) => transcript::PlaceKind::Question,
        (Place::Node(_), NodeKind::Fix { .. }) => transcript::PlaceKind::Fix,
        _ => transcript::PlaceKind::End,
    }
}

/// Random things a user can do, as messages.
fn any_msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        4 => (0usize..4).prop_map(Msg::Choose),
        1 => Just(Msg::Back),
        1 => (0usize..4).prop_map(Msg::BackTo),
        1 => Just(Msg::Restart),
        1 => prop::sample::select(vec!["2.1", "1.1.2", "past-due", "5.1", "8", "nope"]).prop_map(|c| Msg::Jump(c.into())),
        2 => "[a-z ]{1,12}".prop_map(Msg::Note),
        2 => (0usize..4).prop_map(Msg::ToggleTried),
        1 => Just(Msg::Language("fr".into())),
        1 => Just(Msg::Language("en".into())),
        1 => Just(Msg::Saved),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_note_and_tried_mark_reaches_the_json_and_markdown_and_replay_gives_the_same_state(
        msgs in prop::collection::vec(any_msg(), 0..40)
    ) {
        let mut session = session();
        for msg in msgs {
            session.update(msg);
        }
        let (transcript, markdown) = saved(&session);
        // Every note ever written is in the JSON records and in the Markdown.
        let mut recorded = recorded_notes(&transcript);
        recorded.sort();
        let mut written: Vec<String> = session.notes().iter().map(|n| n.text.clone()).collect();
        written.sort();
        prop_assert_eq!(recorded, written.clone());
        for note in &written {
            prop_assert!(markdown.contains(note.as_str()), "{} missing from\n{}", note, markdown);
        }
        // Every step marked tried is recorded on its place.
        for (place, _) in session.noted_places() {
            let tried: Vec<usize> = session.tried_at(place).iter().map(|s| s + 1).collect();
            let name = (
                session.tree().flow_of(place.node()).id.clone(),
                session.tree().node(place.node()).id.clone(),
            );
            let records: Vec<&transcript::PlaceRecord> = transcript
                .steps
                .iter()
                .map(|s| &s.place)
                .chain([&transcript.stopped_at])
                .chain(transcript.elsewhere.iter().map(|a| &a.place))
                .filter(|r| (r.topic.clone(), r.node.clone()) == name && r.kind == kind_of(&session, place))
                .collect();
            prop_assert!(!records.is_empty());
            for record in records {
                prop_assert_eq!(&record.tried, &tried);
            }
        }
        // Replaying the saved log gives the same state.
        let json = serde_json::to_string(&transcript).unwrap();
        let read: Transcript = serde_json::from_str(&json).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = transcript::save(dir.path(), &read, &loaded().localizer).unwrap();
        let replayed = transcript::reopen(&path, session.tree(), &loaded().localizer).unwrap().session;
        prop_assert_eq!(replayed.codes(), session.codes());
        prop_assert_eq!(replayed.place(), session.place());
        prop_assert_eq!(replayed.notes(), session.notes());
        prop_assert_eq!(replayed.lang(), session.lang());
        prop_assert_eq!(replayed.remembered(), session.remembered());
        for (place, _) in session.noted_places() {
            prop_assert_eq!(replayed.tried_at(place), session.tried_at(place));
        }
    }
}

#[test]
fn a_card_number_in_a_note_is_replaced_by_the_mark_of_the_sessions_language() {
    let dir = tempfile::tempdir().unwrap();
    common::doctor()
        .args(["--plain", "--lang", "fr", "--transcript-dir"])
        .arg(dir.path())
        .write_stdin("1\nn carte 4111 1111 1111 1111 refusée, commande 00015 00016 00017\ns\nq\n")
        .assert()
        .success();
    let json = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    assert_eq!(
        recorded_notes(&transcript::read(&json).unwrap()),
        ["carte [numéro de carte retiré] refusée, commande 00015 00016 00017"]
    );
}

/// How the terminal goes away in [`note_then_vanish`].
#[cfg(unix)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Vanish {
    /// SIGKILL to the wizard: nothing can be saved on the way out.
    Kill,
    /// The terminal's master side closed, as when a window or an SSH connection closes.
    Close,
    /// What a terminal emulator or tmux does when its window closes: SIGHUP to the wizard, then the
    /// master side closed.
    Hup,
}

/// The wizard full-screen in a pseudo-terminal with `home`'s folders: Enter on the first question,
/// then `n` and `note`, kept with Enter (or, if `draft`, still being typed); once the journal holds
/// it (as a kept note, or as the draft), the terminal vanishes `how`, the wizard still drawing.
/// Returns how the wizard ended.
#[cfg(unix)]
pub fn note_then_vanish(home: &std::path::Path, note: &str, draft: bool, how: Vanish) -> crate::pty::Exit {
    use crate::pty::{FIRST_FRAME, Terminal, WAIT};
    let mut t = Terminal::start(home, &["--lang", "en"], &[]);
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("Where are you stuck")),
        "{}",
        t.screen()
    );
    assert!(t.send(b"\r"));
    let chose = || {
        journals(home).iter().any(|j| {
            std::fs::read_to_string(j)
                .unwrap_or_default()
                .contains("\"event\":\"chose\"")
        })
    };
    assert!(t.wait_until(WAIT, |_| chose()), "the answer in the journal");
    assert!(t.send(b"n"));
    assert!(
        t.wait_until(WAIT, |t| t.screen().contains("Note on this step")),
        "{}",
        t.screen()
    );
    assert!(t.send(note.as_bytes()));
    if !draft {
        assert!(t.send(b"\r"));
    }
    // In the journal as written: a kept note, or the draft being typed.
    let journaled = || {
        journals(home).iter().any(|path| {
            journal::read(path).is_ok_and(|read| {
                if draft {
                    read.draft.as_deref() == Some(note)
                } else {
                    read.replay(loaded().tree.as_ref().unwrap())
                        .is_ok_and(|s| s.notes().iter().any(|n| n.text == note))
                }
            })
        })
    };
    assert!(t.wait_until(WAIT, |_| journaled()), "{note:?} in the journal");
    match how {
        Vanish::Kill => t.kill(),
        Vanish::Close => {
            t.close();
            t.exit()
        }
        Vanish::Hup => {
            t.signal(rustix::process::Signal::HUP);
            t.close();
            t.exit()
        }
    }
}

/// The wizard full-screen where an unfinished session was kept in `home`: y reopens it, then q and
/// s quit saving. Returns how it ended.
#[cfg(unix)]
pub fn reopen_and_save(home: &std::path::Path) -> crate::pty::Exit {
    use crate::pty::{FIRST_FRAME, Terminal, WAIT};
    let mut t = Terminal::start(home, &["--lang", "en"], &[]);
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("Type y to reopen it")),
        "{}",
        t.screen()
    );
    assert!(t.send(b"y\r"));
    assert!(
        t.wait_until(WAIT, |t| t.screen().contains("Which verification option")),
        "{}",
        t.screen()
    );
    assert!(t.send(b"q"));
    assert!(t.wait_for("Quit?"), "{}", t.screen());
    assert!(t.send(b"s"));
    t.exit()
}

/// The wizard in plain mode, in English, with `home`'s state and data folders, reading `input`.
fn plain_in(home: &std::path::Path, input: &str) -> std::process::Output {
    common::doctor()
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["--plain", "--lang", "en"])
        .write_stdin(input)
        .output()
        .unwrap()
}

/// The journals kept in `home`'s state folder.
fn journals(home: &std::path::Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(home.join("state/signup-doctor")) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "journal"))
        .collect()
}

/// Every note in the transcripts saved in `home`'s data folder.
fn saved_notes(home: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(home.join("data/signup-doctor/transcripts")) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .flat_map(|p| recorded_notes(&transcript::read(&p).unwrap()))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_note_typed_before_the_wizard_is_killed_is_on_disk_and_offered_at_the_next_start() {
    let home = common::private_home();
    let exit = note_then_vanish(&home, "kept before the kill", false, Vanish::Kill);
    assert_eq!(exit, crate::pty::Exit::Signal(9), "SIGKILL: nothing ran on the way out");
    let kept = journals(&home);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let text = std::fs::read_to_string(&kept[0]).unwrap();
    assert!(text.contains("\"text\":\"kept before the kill\""), "{text}");

    // The next start, not on a terminal, says there is one and how to reopen it.
    let output = plain_in(&home, "q\n");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("An unfinished session was kept: started ")
            && stderr.contains(", last at verification, one note."),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("--resume {}", kept[0].display())), "{stderr}");

    // On a terminal it offers to reopen it; y does, and the note is saved with the session.
    assert_eq!(reopen_and_save(&home), crate::pty::Exit::Code(0));
    assert_eq!(saved_notes(&home), ["kept before the kill"]);
    assert!(
        journals(&home).is_empty(),
        "a session that ended saved leaves no journal"
    );
}

#[cfg(unix)]
#[test]
fn a_note_typed_before_the_terminal_closes_is_never_lost() {
    let home = common::private_home();
    let exit = note_then_vanish(&home, "kept through a hangup", false, Vanish::Close);
    assert_eq!(exit, crate::pty::Exit::Code(129), "a hangup");
    // Saved on the way out, or kept in the journal if the wizard could not get that far.
    let on_disk: Vec<String> = journals(&home)
        .iter()
        .map(|j| std::fs::read_to_string(j).unwrap())
        .chain(saved_notes(&home))
        .collect();
    assert!(
        on_disk.iter().any(|t| t.contains("kept through a hangup")),
        "{on_disk:?}"
    );
}

#[test]
fn resume_takes_a_journal() {
    let home = common::private_home();
    let mut session = session();
    session.update(Msg::GoTo("card-declined/bank-card".into()));
    session.update(Msg::Note("from the journal".into()));
    let journal = Journal::start(&home, &session, &common::shipped_build()).unwrap();
    let path = journal.path().to_path_buf();
    drop(journal);
    let dir = tempfile::tempdir().unwrap();
    let output = common::doctor()
        .args(["--plain", "--lang", "en", "--resume"])
        .arg(&path)
        .arg("--transcript-dir")
        .arg(dir.path())
        .write_stdin("s\nq\n")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Code: card-declined/bank-card · 2.1"), "{stdout}");
    let json = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    assert_eq!(recorded_notes(&transcript::read(&json).unwrap()), ["from the journal"]);
}

#[test]
fn quitting_without_saving_on_purpose_leaves_no_journal_behind() {
    let home = common::private_home();
    let output = plain_in(&home, "1\nn thrown away on purpose\nq\nn\n");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        home.join("state/signup-doctor").is_dir(),
        "the journal's folder was made"
    );
    assert!(journals(&home).is_empty(), "{:?}", journals(&home));
}

#[test]
fn report_speaks_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    common::doctor()
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(dir.path())
        .write_stdin("1\nn one\ns\nq\n")
        .assert()
        .success();
    let output = common::doctor()
        .args(["report", "--lang", "fr"])
        .arg(dir.path())
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.starts_with("Sessions\u{a0}: 1\n"), "{table}");
    assert!(
        table.contains("Où se sont arrêtées les sessions non résolues"),
        "{table}"
    );
    assert!(
        table.contains("Nombre médian d’étapes jusqu’à la résolution\u{a0}: –"),
        "{table}"
    );
    let output = common::doctor()
        .args(["report", "--lang", "en"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8(output.stdout).unwrap().starts_with("Sessions: 1\n"));
}

#[test]
fn a_session_stopped_before_anything_was_done_leaves_nothing_to_offer() {
    use std::io::Read;
    let home = common::private_home();
    let mut wizard = std::process::Command::new(env!("CARGO_BIN_EXE_signup-doctor"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["--plain", "--lang", "en"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed once the first question is up, before anything was chosen or typed.
    let mut seen = Vec::new();
    let mut stdout = wizard.stdout.take().unwrap();
    let mut chunk = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("Where are you stuck?") {
        let n = stdout.read(&mut chunk).unwrap();
        assert!(n > 0, "the wizard ended early: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&chunk[..n]);
    }
    wizard.kill().unwrap();
    wizard.wait().unwrap();
    assert!(journals(&home).is_empty(), "no event, no journal made");

    // A journal with a header and no event (an earlier version made one at every start) is not
    // offered either: the next start removes it.
    let mut session = session();
    session.update(Msg::Choose(0));
    let journal = Journal::start(&home.join("state/signup-doctor"), &session, &common::shipped_build()).unwrap();
    let path = journal.path().to_path_buf();
    drop(journal);
    let header = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    std::fs::write(&path, format!("{header}\n")).unwrap();
    let output = plain_in(&home, "q\n");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("unfinished session"), "nothing to offer: {stderr}");
    assert!(journals(&home).is_empty(), "nothing typed, nothing kept");
}

#[test]
fn a_journal_folder_that_cannot_be_made_is_said_at_the_first_event_and_the_session_goes_on() {
    let home = common::private_home();
    // The state folder is a file: no journal can be made under it.
    std::fs::write(home.join("state"), "not a folder").unwrap();
    let output = plain_in(&home, "1\nq\n");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    // Said in the wizard's own output, once the first answer would have gone to the journal.
    let said = stdout.find("Unsaved work is not kept on disk as you go");
    let answered = stdout.find("Verifying my identity");
    assert!(said.is_some() && answered.is_some(), "{stdout}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}
