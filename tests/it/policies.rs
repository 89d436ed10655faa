//! Issue 26: what a key or a line means is decided once, below both front ends (the desk): the same
//! input in plain mode and in the full screen saves the same files and says the same words, copies
//! the same text, goes on in the same language, says the same when the journal fails, and leaves
//! the same way. Plain mode through its loop, the full screen through its real run loop on
//! `TestBackend`.

use crate::common::{self, keys, terminal, text};
use signup_doctor::content::Loaded;
use signup_doctor::desk::Desk;
use signup_doctor::plain::{self, Input};
use signup_doctor::transcript::journal::Journal;
use signup_doctor::transcript::{AtExit, Leaving, Saver};
use signup_doctor::tui::theme::THEME;
use signup_doctor::tui::{App, Exit};
use signup_doctor::wizard::session::Session;
use std::path::{Path, PathBuf};

fn session(loaded: &Loaded) -> Session<'_> {
    Session::new(loaded.tree.as_ref().unwrap()).in_language("en")
}

/// Plain mode reading `lines`, with `saver` and `journal`: what it wrote, how it left, the session.
fn plain_run<'l>(
    loaded: &'l Loaded,
    saver: &'l Saver<'l>,
    journal: Option<Journal>,
    lines: &[&str],
) -> (String, Leaving, Session<'l>) {
    let mut session = session(loaded);
    let mut desk = Desk::new(&loaded.localizer, Some(saver), journal);
    let inputs = lines.iter().map(|l| Input::Line((*l).to_string())).chain([Input::End]);
    let mut out = Vec::new();
    let leaving = plain::run(&mut session, &mut desk, inputs, &mut out).unwrap();
    (String::from_utf8(out).unwrap(), leaving, session)
}

/// The full screen, 120×30, after `typed` keys.
fn screen_after(app: &mut App<'_>, typed: &str) -> (String, Exit) {
    let mut term = terminal(120, 30);
    let exit = app.run(&mut term, keys(typed)).unwrap();
    (text(&term), exit)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path().extension().unwrap().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Words both front ends print or show, with the line breaks of either left out.
fn unwrapped(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn s_saves_the_same_files_in_both_front_ends() {
    let (dir, loaded) = common::base_fixture();
    let (plain_dir, tui_dir) = (dir.path().join("plain"), dir.path().join("tui"));
    let plain_saver = common::saver_into(&loaded, plain_dir.clone());
    let (out, _, plain_session) = plain_run(&loaded, &plain_saver, None, &["1", "1", "n called the bank", "s", "q"]);
    assert!(out.contains("To paste into a support request: "), "{out}");
    let tui_saver = common::saver_into(&loaded, tui_dir.clone());
    let mut app = App::new(session(&loaded), &loaded.localizer, "en", THEME).with_saver(&tui_saver);
    let (screen, _) = screen_after(&mut app, "11ncalled the bank\ns");
    assert!(screen.contains("To paste into a support request: "), "{screen}");
    assert_eq!(files_in(&plain_dir), ["json", "md"]);
    assert_eq!(files_in(&tui_dir), files_in(&plain_dir));
    for (session, folder) in [(&plain_session, &plain_dir), (app.session(), &tui_dir)] {
        assert!(!session.has_unsaved_work());
        let json = folder.join(format!("{}.json", session.id()));
        let saved = signup_doctor::transcript::read(&json).unwrap();
        assert_eq!(saved.session, session.id());
        assert_eq!(saved.code, session.codes().code);
    }
}

#[test]
fn a_failed_save_says_the_same_words_and_keeps_the_work_in_both_front_ends() {
    let (dir, loaded) = common::base_fixture();
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, "").unwrap();
    let saver = common::saver_into(&loaded, blocker.join("transcripts"));
    let (out, _, plain_session) = plain_run(&loaded, &saver, None, &["1", "1", "n called", "s"]);
    let mut app = App::new(session(&loaded), &loaded.localizer, "en", THEME).with_saver(&saver);
    let (screen, _) = screen_after(&mut app, "11ncalled\ns");
    let said_plain = out
        .lines()
        .find(|l| l.starts_with("Could not save"))
        .unwrap_or_else(|| panic!("{out}"));
    let reason = said_plain.split_once('(').map_or(said_plain, |(_, r)| r);
    assert!(
        unwrapped(&screen).contains(&unwrapped(reason).chars().take(30).collect::<String>()),
        "the same reason on the full screen:\n{screen}\nas in plain mode: {said_plain}"
    );
    assert!(plain_session.has_unsaved_work() && app.session().has_unsaved_work());
}

#[test]
fn y_copies_the_same_text_in_both_front_ends() {
    let (dir, loaded) = common::base_fixture();
    let saver = common::saver_into(&loaded, dir.path().to_path_buf());
    // An escalation end: the support request summary.
    let (out, _, plain_session) = plain_run(&loaded, &saver, None, &["1", "2", "y", "q"]);
    let mut app = App::new(session(&loaded), &loaded.localizer, "en", THEME).with_saver(&saver);
    screen_after(&mut app, "12y");
    assert_eq!(app.session().codes().code, plain_session.codes().code);
    let copied = app.copied().expect("y copied something");
    let copied = copied.replace(app.session().id(), plain_session.id());
    assert!(
        out.contains(copied.trim_end()),
        "plain mode printed:\n{out}\nthe full screen copied:\n{copied}"
    );
}

#[test]
fn l_goes_on_in_the_same_next_language_in_both_front_ends() {
    let (dir, loaded) = common::base_fixture();
    let saver = common::saver_into(&loaded, dir.path().to_path_buf());
    let (_, _, plain_session) = plain_run(&loaded, &saver, None, &["1", "l", "q"]);
    let mut app = App::new(session(&loaded), &loaded.localizer, "en", THEME).with_saver(&saver);
    screen_after(&mut app, "1l");
    assert_eq!(plain_session.lang(), "fr");
    assert_eq!(app.session().lang(), plain_session.lang());
}

#[test]
fn a_failing_journal_is_dropped_with_the_same_words_in_both_front_ends() {
    let (dir, loaded) = common::base_fixture();
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, "").unwrap();
    let saver = common::saver_into(&loaded, dir.path().join("saved"));
    let build = common::shipped_build();
    let journal = |session: &Session<'_>| Journal::start(&blocker.join("state"), session, &build).unwrap();
    let plain_journal = journal(&session(&loaded));
    let (out, _, _) = plain_run(&loaded, &saver, Some(plain_journal), &["1", "1", "q"]);
    let at = out
        .find("Unsaved work is not kept on disk")
        .unwrap_or_else(|| panic!("{out}"));
    let off = out[at..].lines().next().unwrap();
    assert_eq!(
        out.matches("Unsaved work is not kept on disk").count(),
        1,
        "said once:\n{out}"
    );
    let start = session(&loaded);
    let tui_journal = journal(&start);
    let mut app = App::new(start, &loaded.localizer, "en", THEME)
        .with_saver(&saver)
        .with_journal(Some(tui_journal));
    let (screen, _) = screen_after(&mut app, "1");
    assert!(
        unwrapped(&screen).contains(&unwrapped(off).chars().take(40).collect::<String>()),
        "{screen}"
    );
    assert!(app.take_journal().is_none(), "the full screen goes on without it");
}

#[test]
fn q_after_s_names_the_saved_file_on_the_way_out_in_both_front_ends() {
    let (dir, loaded) = common::base_fixture();
    let saver = common::saver_into(&loaded, dir.path().join("saved"));
    let (_, plain_leaving, plain_session) = plain_run(&loaded, &saver, None, &["1", "1", "n a", "s", "q"]);
    let mut app = App::new(session(&loaded), &loaded.localizer, "en", THEME).with_saver(&saver);
    let (_, exit) = screen_after(&mut app, "11na\nsqq");
    let json = |session: &Session<'_>| -> PathBuf { dir.path().join("saved").join(format!("{}.json", session.id())) };
    assert_eq!(
        plain_leaving,
        Leaving {
            code: 0,
            saved: Some(AtExit::Saved(json(&plain_session)))
        }
    );
    assert_eq!(
        exit,
        Exit::Left(Leaving {
            code: 0,
            saved: Some(AtExit::Saved(json(app.session())))
        })
    );
}
