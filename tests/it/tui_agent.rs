//! The support agent's aids in the full-screen wizard, through its real run loop on ratatui's
//! `TestBackend`: the bilingual view side by side and stacked, search and its jump by the shortest
//! path, notes (redacted, on their step, kept across resizes), tried steps, saving (and a failing
//! save that keeps everything), the question before quitting with unsaved work, the ticket summary
//! on an escalation end, the changed-steps message of a reopened transcript, and the new keys in
//! the hint line and the help.

use crate::common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use signup_doctor::content::Loaded;
use signup_doctor::engine::tree::Tree;
use signup_doctor::transcript::{AtExit, Leaving, Saver};
use signup_doctor::tui::theme::THEME;
use signup_doctor::tui::{App, EventSource, Exit, Input, IntoEventSource};
use signup_doctor::wizard::session::Session;
use std::path::PathBuf;

fn base() -> (tempfile::TempDir, Loaded) {
    crate::common::base_fixture()
}

fn tree(loaded: &Loaded) -> &Tree {
    loaded.tree.as_ref().unwrap()
}

fn saver(loaded: &Loaded, dir: PathBuf) -> Saver<'_> {
    crate::common::saver_into(loaded, dir)
}

/// Leaving with nothing to save, with this exit code.
fn quit(code: u8) -> Exit {
    Exit::Left(Leaving { code, saved: None })
}

/// Left with this exit code, after saving on the way out.
fn saved_and_left(exit: Exit, code: u8) {
    match exit {
        Exit::Left(Leaving {
            code: left,
            saved: Some(AtExit::Saved(_)),
        }) => assert_eq!(left, code),
        other => panic!("expected a save, then exit {code}: {other:?}"),
    }
}

/// The row and column (in characters) where `needle` first is.
fn find(terminal: &Terminal<TestBackend>, needle: &str) -> (u16, u16) {
    let screen = text(terminal);
    for (y, line) in screen.lines().enumerate() {
        if let Some(at) = line.find(needle) {
            let x = line[..at].chars().count();
            return (u16::try_from(y).unwrap(), u16::try_from(x).unwrap());
        }
    }
    panic!("`{needle}` is not on screen:\n{screen}");
}

fn place_name(app: &App<'_>) -> String {
    let session = app.session();
    session.tree().qualified_name(session.place().node())
}

#[test]
fn b_shows_both_languages_side_by_side_when_wide_and_stacked_when_narrow() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(120, 30);
    app.run(&mut term, keys("1b")).unwrap();
    assert!(app.bilingual());
    let (customer, left) = find(&term, "English · customer");
    // The agent speaks the customer's language: the other pane is headed by its name alone.
    let (agent, right) = find(&term, "│ Français");
    assert_eq!(customer, agent, "side by side:\n{}", text(&term));
    assert!(right > left + 50);
    assert_eq!(
        find(&term, "What happens?").0,
        find(&term, "Que se passe-t-il\u{202F}?").0
    );
    // The selection moves in both; a click on the agent's side chooses there too.
    app.run(&mut term, keys("j")).unwrap();
    assert!(text(&term).contains("▶ 2. My number is a VoIP number"));
    assert!(text(&term).contains("▶ 2. Mon numéro est un numéro VoIP"));
    let (y, x) = find(&term, "Aucun SMS n’arrive");
    app.run(&mut term, [click(x + 2, y)]).unwrap();
    assert_eq!(app.session().codes().code, "phone/no-sms");
    assert!(text(&term).contains("Recevoir le SMS"), "{}", text(&term));

    // Narrower than 100 columns: the agent's language goes under the customer's.
    term.backend_mut().resize(80, 24);
    app.run(&mut term, [Event::Resize(80, 24)]).unwrap();
    let (customer, _) = find(&term, "English · customer");
    let (agent, x) = find(&term, "Français");
    assert!(agent > customer + 3 && x == 1, "stacked:\n{}", text(&term));
    assert!(find(&term, "Get the text through").0 < agent);
    assert!(find(&term, "Recevoir le SMS").0 > agent);

    app.run(&mut term, keys("b")).unwrap();
    assert!(!app.bilingual());
    assert!(!text(&term).contains("Recevoir le SMS"), "b again returns");
}

#[test]
fn search_finds_by_text_and_by_id_and_enter_lands_on_the_shortest_path() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("/")).unwrap();
    assert!(text(&term).contains("┌ Search"), "{}", text(&term));
    assert!(last_line(&term).contains("Esc cancel"), "{}", last_line(&term));
    // A step's text, whatever the case: the help topic's fix, reached from the root in one answer
    // (and in three through the phone topic).
    app.run(&mut term, keys("PORTAL")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("1 step"), "{screen}");
    // Named by the screen's title, not its id (issue 27 polish 13).
    assert!(screen.contains("▶ Support ticket › Open a ticket"), "{screen}");
    assert!(screen.contains("Open the portal."), "{screen}");
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(place_name(&app), "help:start");
    let screen = text(&term);
    assert!(screen.contains(" Start › I want help"), "{screen}");
    assert!(screen.contains("Code: help · 2"), "{screen}");

    // By id, after typing and erasing; the jump replaces the walk so far.
    app.run(&mut term, keys("/sms<<<phone:sms")).unwrap();
    assert!(text(&term).contains("Get the text through"), "{}", text(&term));
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(app.session().codes().code, "phone/no-sms");
    assert!(text(&term).contains(" Start › Phone verification › No text arrives"));
    assert!(text(&term).contains("Code: phone/no-sms · 1.1"));

    // Several results: ↓ selects, Esc cancels without moving.
    app.run(&mut term, keys("/phone")).unwrap();
    assert!(text(&term).contains("steps"), "{}", text(&term));
    app.run(&mut term, [press(KeyCode::Down)]).unwrap();
    app.run(&mut term, keys("^")).unwrap();
    assert_eq!(app.session().codes().code, "phone/no-sms");
    // A click on a result goes there too.
    app.run(&mut term, keys("/phone")).unwrap();
    let (y, x) = find(&term, "Phone verification › Let's start again");
    app.run(&mut term, [click(x + 3, y)]).unwrap();
    assert_eq!(place_name(&app), "phone:voip");
    assert!(text(&term).contains("Code: phone/voip · 1.2"), "{}", text(&term));
    app.run(&mut term, keys("/zzz")).unwrap();
    assert!(text(&term).contains("Nothing matches \"zzz\"."), "{}", text(&term));

    // In French, without accents.
    app.run(&mut term, keys("^l/numero")).unwrap();
    assert!(
        text(&term).contains("Vérification par téléphone › Que se passe-t-il"),
        "{}",
        text(&term)
    );
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(place_name(&app), "phone:start");
    assert!(text(&term).contains("Code\u{a0}: phone · 1"), "{}", text(&term));
}

#[test]
fn a_note_with_a_card_number_shows_redacted_on_its_step_and_survives_resizes() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("11ncard 4111 1111")).unwrap();
    assert!(text(&term).contains("┌ Note on this step"), "{}", text(&term));
    assert!(text(&term).contains("Card numbers are removed before the note is kept."));
    // Too small for a moment, then bigger: what was typed is all there.
    term.backend_mut().resize(50, 10);
    app.run(&mut term, [Event::Resize(50, 10)]).unwrap();
    term.backend_mut().resize(100, 30);
    app.run(&mut term, [Event::Resize(100, 30)]).unwrap();
    app.run(&mut term, keys(" 1111 1111 refused, q and j are text"))
        .unwrap();
    assert!(
        text(&term).contains("card 4111 1111 1111 1111 refused"),
        "{}",
        text(&term)
    );
    app.run(&mut term, keys("\n")).unwrap();
    let expected = "card [card number removed] refused, q and j are text";
    let screen = text(&term);
    assert!(screen.contains(&format!("Note: {expected}")), "{screen}");
    assert!(!screen.contains("4111"), "{screen}");
    assert!(screen.contains("Note added to this step."));
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), [expected]);

    // Another step has its own notes; Esc drops what was typed.
    app.run(&mut term, keys("<")).unwrap();
    assert!(!text(&term).contains("Note:"));
    app.run(&mut term, keys("nnot kept^")).unwrap();
    assert!(app.session().notes_at(app.session().place()).is_empty());
    app.run(&mut term, keys("1")).unwrap();
    assert!(text(&term).contains(&format!("Note: {expected}")), "back on its step");
}

#[test]
fn f_flags_the_step_with_a_short_reason_and_esc_flags_nothing() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("11f")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("┌ Flag this step as wrong or out of date"), "{screen}");
    assert!(screen.contains("Why, in a few words (optional)."), "{screen}");
    app.run(&mut term, keys("portal button renamed, q is text\n")).unwrap();
    assert!(
        text(&term).contains("Step flagged as wrong or out of date."),
        "{}",
        text(&term)
    );
    let session = app.session();
    assert_eq!(session.flags_at(session.place()), ["portal button renamed, q is text"]);
    assert!(session.has_unsaved_work(), "a flag is work to save");
    app.run(&mut term, keys("fnot this one^")).unwrap();
    assert_eq!(app.session().flags().len(), 1, "Esc flags nothing");
}

/// Issue 22, problem 12 (cases tty-editor-invisibles, tty-paste-escapes-note): invisible
/// characters typed or pasted into the note or the search — tag characters, interlinear
/// annotation marks, bidi controls — never reach the screen as they are typed, and line and
/// paragraph separators show as spaces (the kept note and the files were already clean).
#[test]
fn the_live_note_and_search_show_no_invisible_character() {
    let (_dir, loaded) = base();
    let invisible = ['\u{E0041}', '\u{E007F}', '\u{FFF9}', '\u{FFFB}', '\u{202E}', '\u{200B}'];
    let typed: String = [
        'a',
        invisible[0],
        invisible[1],
        invisible[2],
        '\u{2028}',
        invisible[3],
        invisible[4],
        invisible[5],
        'b',
        '\u{2029}',
        'c',
    ]
    .into_iter()
    .collect();
    let pasted = Event::Paste(typed.clone());
    for opening in ["1n", "/"] {
        let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
        let mut term = terminal(80, 24);
        app.run(&mut term, keys(opening)).unwrap();
        app.run(&mut term, keys(&typed)).unwrap();
        app.run(&mut term, [pasted.clone()]).unwrap();
        let screen = text(&term);
        assert!(screen.contains("a b c"), "{opening}: {screen}");
        for c in invisible.iter().chain(&['\u{2028}', '\u{2029}']) {
            assert!(!screen.contains(*c), "{opening}: U+{:04X} on screen", u32::from(*c));
        }
    }
}

/// Issue 22, problem 15 (case flow-question-chain-5k): on a chain of 5,000 questions the search
/// opens with one walk over the tree (not one per node), finds the deepest question by its id, and
/// Enter lands there by the whole chain. How long it takes: BENCHMARKS.md.
#[test]
fn search_on_a_5000_question_chain_finds_the_deepest_and_jumps_there() {
    let (dir, _) = base();
    let mut yaml = String::from(
        "topic: phone\ntitle: phone-title\nnodes:\n  - id: start\n    question: phone-start\n    answers:\n      - id: no-sms\n        label: phone-start-no-sms\n        next: q1\n",
    );
    let (mut en, mut fr) = (
        String::from("chain-on = Go on\n"),
        String::from("chain-on = Continuer\n"),
    );
    for n in 1..5000 {
        let next = if n == 4999 {
            "done".to_string()
        } else {
            format!("q{}", n + 1)
        };
        yaml.push_str(&format!(
            "  - id: q{n}\n    question: chain-q{n}\n    answers:\n      - id: on\n        label: chain-on\n        next: {next}\n"
        ));
        en.push_str(&format!("chain-q{n} = Chain question {n}\n"));
        fr.push_str(&format!("chain-q{n} = Question {n} de la chaîne\n"));
    }
    yaml.push_str("  - id: done\n    end: start-over\n    text: phone-voip\n");
    std::fs::write(dir.path().join("flows/phone.yaml"), yaml).unwrap();
    std::fs::write(dir.path().join("locales/en/chain.ftl"), en).unwrap();
    std::fs::write(dir.path().join("locales/fr/chain.ftl"), fr).unwrap();
    let (flows, locales) = (dir.path().join("flows"), dir.path().join("locales"));
    let loaded = signup_doctor::content::load(signup_doctor::content::Sources {
        flows: Some(&flows),
        locales: Some(&locales),
    })
    .unwrap();
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics.sorted());
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("/phone:q4999")).unwrap();
    assert!(text(&term).contains("Chain question 4999"), "{}", text(&term));
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(place_name(&app), "phone:q4999");
    assert_eq!(
        app.session().answers().len(),
        5000,
        "the root, the start, then 4,998 questions"
    );
}

#[test]
fn space_marks_the_step_under_the_cursor_as_tried_and_it_shows() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("11 ")).unwrap();
    assert!(
        text(&term).contains("Select a step with ↑, then press Space."),
        "{}",
        text(&term)
    );
    // ↑ from the first answer goes to the last step; Space marks it and moves on.
    app.run(&mut term, keys("↑↑")).unwrap();
    assert_eq!(app.step(), Some(0));
    assert!(text(&term).contains("▶ 1. Wait up to"), "{}", text(&term));
    app.run(&mut term, keys(" ")).unwrap();
    assert_eq!(app.step(), Some(1));
    let session = app.session();
    assert_eq!(session.tried_at(session.place()), [0]);
    let (y, x) = find(&term, "✓ 1. Wait up to");
    let cell = &term.backend().buffer()[(x, y)];
    assert_eq!(Some(cell.fg), THEME.tried.fg, "the mark has the tried style");
    assert!(session.has_unsaved_work());
    assert!(last_line(&term).contains("Space tried"), "{}", last_line(&term));
    // Enter on a step marks it too; a click on a step (press, then release in place) toggles it.
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(app.session().tried_at(app.session().place()), [0, 1]);
    let (y, _) = find(&term, "Wait up to");
    app.run(&mut term, [click(10, y), release(10, y)]).unwrap();
    assert_eq!(app.session().tried_at(app.session().place()), [1]);
    assert!(text(&term).contains("✓ 2. Update your profile."), "{}", text(&term));
    // Down past the last step is back on the answers: Enter chooses again.
    app.run(&mut term, keys("jj\n")).unwrap();
    assert_eq!(app.session().codes().code, "phone/no-sms/yes");
}

#[test]
fn s_saves_and_a_failing_save_says_why_and_keeps_the_notes() {
    let (dir, loaded) = base();
    let out = dir.path().join("transcripts");
    let good = saver(&loaded, out.clone());
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME).with_saver(&good);
    let mut term = terminal(100, 24);
    app.run(&mut term, keys("11ncalled the bank\ns")).unwrap();
    assert!(text(&term).contains("Saved to "), "{}", text(&term));
    assert!(!app.session().has_unsaved_work());
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let id = app.session().id();
    assert!(
        names.iter().all(|n| n.starts_with(id)),
        "named after the session: {names:?}"
    );

    // The folder is a file: the save fails, says why, and keeps everything.
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, "").unwrap();
    let bad = saver(&loaded, blocker.join("transcripts"));
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "fr", THEME).with_saver(&bad);
    app.run(&mut term, keys("11ncarte refusée\ns")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("┌ Non enregistrée"), "{screen}");
    assert!(screen.contains("Impossible d’enregistrer la transcription"), "{screen}");
    assert!(screen.contains("blocker"), "the reason names the folder:\n{screen}");
    assert!(screen.contains("Rien n’est perdu"), "{screen}");
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), ["carte refusée"]);
    assert!(session.has_unsaved_work());
    // The dialog offers another folder (here the current one): replace it and Enter saves there.
    let offered = std::env::current_dir().unwrap().display().to_string();
    // The folder field is above the words that point to it (issue 27 polish 8).
    let row_of = |needle: &str| screen.lines().position(|l| l.contains(needle));
    let field = row_of(&offered[offered.len().saturating_sub(12)..]).expect("the folder offered");
    let pointer = row_of("dossier ci-dessus").expect("the words pointing to the folder");
    assert!(field < pointer, "{screen}");
    let elsewhere = dir.path().join("elsewhere");
    let typed = format!("{}{}\n", "<".repeat(offered.chars().count()), elsewhere.display());
    app.run(&mut term, keys(&typed)).unwrap();
    assert!(!text(&term).contains("┌ Non enregistrée"), "{}", text(&term));
    assert!(!app.session().has_unsaved_work());
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 2, "JSON and Markdown");
    assert_eq!(
        app.session().codes().code,
        "phone/no-sms",
        "typing went to the folder, not the walk"
    );
}

#[test]
fn esc_in_the_note_editor_keeps_the_text_as_a_draft_that_n_brings_back() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("1nhalf-typed thought^")).unwrap();
    assert!(
        text(&term).contains("Note kept as a draft: n opens it again."),
        "{}",
        text(&term)
    );
    assert!(app.session().notes().is_empty(), "a draft is not a note yet");
    app.run(&mut term, keys("n and more\n")).unwrap();
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), ["half-typed thought and more"]);
}

#[test]
fn quitting_with_unsaved_work_asks_first() {
    let (dir, loaded) = base();
    let good = saver(&loaded, dir.path().join("out"));
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME).with_saver(&good);
    let mut term = terminal(80, 24);
    assert_eq!(app.run(&mut term, keys("11↑ q")).unwrap(), Exit::EventsEnded);
    let screen = text(&term);
    assert!(screen.contains("┌ Quit?"), "{screen}");
    assert!(screen.contains("Some notes or tried steps are not saved."));
    assert!(screen.contains("s    Save the transcript, then quit"), "{screen}");
    assert!(screen.contains("q    Quit without saving"), "{screen}");
    assert!(screen.contains("Esc  Stay and keep working"), "{screen}");
    assert_eq!(last_line(&term), " s save and quit  q quit without saving  Esc stay");
    // Stay, then ask again with Ctrl-C while writing a note: saving keeps the note too.
    app.run(&mut term, keys("^")).unwrap();
    assert!(!text(&term).contains("┌ Quit?"));
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let mut events = keys("nhalf a note");
    events.push(ctrl_c.clone());
    assert_eq!(app.run(&mut term, events).unwrap(), Exit::EventsEnded);
    assert!(text(&term).contains("┌ Quit?"), "{}", text(&term));
    app.run(&mut term, keys("^")).unwrap();
    assert!(
        text(&term).contains("half a note"),
        "the note being written went to its step"
    );
    // A second Ctrl-C at the question saves and leaves as an interrupt.
    app.run(&mut term, [ctrl_c.clone()]).unwrap();
    saved_and_left(
        app.run(&mut term, [ctrl_c.clone(), press(KeyCode::Char('s'))]).unwrap(),
        130,
    );
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), ["half a note"]);
    assert!(!session.has_unsaved_work());
    assert_eq!(std::fs::read_dir(dir.path().join("out")).unwrap().count(), 2);

    // Quit without saving; and with nothing unsaved, q just quits.
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    assert_eq!(app.run(&mut term, keys("nx\nqq")).unwrap(), quit(0));
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    assert_eq!(app.run(&mut term, keys("q")).unwrap(), quit(0));
}

#[test]
fn an_escalation_end_shows_the_ticket_summary_in_each_language_shown() {
    let (_dir, loaded) = base();
    let session = Session::at_code(tree(&loaded), "phone/no-sms/no/ticket/no").unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(140, 50);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("Call support."), "{screen}");
    assert!(screen.contains("Support request summary"), "{screen}");
    assert!(
        screen.contains("Desk: Billing support"),
        "the desk it goes to: {screen}"
    );
    assert!(screen.contains("Problem summary: Sign-up problem"), "{screen}");
    assert!(
        screen.contains("Details: Where are you stuck? → Phone verification"),
        "{screen}"
    );
    assert!(screen.contains("         What happens? → No text arrives"), "{screen}");
    assert!(!screen.contains("Résumé de la demande de support"));
    app.run(&mut term, keys("b")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("Résumé de la demande de support"), "{screen}");
    assert!(screen.contains("Service\u{a0}: Support de facturation"), "{screen}");
    assert_ne!(
        find(&term, "Support request summary").1,
        find(&term, "Résumé de la demande de support").1,
        "side by side, one summary per language"
    );
}

#[test]
fn a_reopened_transcript_whose_steps_changed_opens_on_a_message_saying_which() {
    let (_dir, loaded) = base();
    let session = Session::at_code(tree(&loaded), "1.1").unwrap();
    let changed = vec![(2, "phone:sms".to_string())];
    let mut app = App::new(session, &loaded.localizer, "en", THEME).with_changed_steps(changed);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("┌ Transcript reopened"), "{screen}");
    assert!(screen.contains("The flows or texts changed since this transcript was saved:"));
    assert!(screen.contains("step 2 (phone:sms) now reads differently"), "{screen}");
    app.run(&mut term, keys("1")).unwrap();
    assert!(!text(&term).contains("┌ Transcript reopened"));
    assert_eq!(
        app.session().codes().code,
        "phone/no-sms",
        "the key only closed the message"
    );
}

#[test]
fn the_hint_line_and_the_help_list_the_new_keys_in_both_languages() {
    let (_dir, loaded) = base();
    let session = Session::at_code(tree(&loaded), "1.1").unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(200, 40);
    app.run(&mut term, keys("")).unwrap();
    let hints = last_line(&term);
    for hint in ["b both languages", "/ search", "Space tried", "n note", "s save"] {
        assert!(hints.contains(hint), "`{hint}` in {hints}");
    }
    app.run(&mut term, keys("?")).unwrap();
    let screen = text(&term);
    for line in [
        "b            Show the tree's words in both languages: the",
        "/            Search every step by its words (in both languages",
        "Space        Mark the selected step of a fix as tried",
        "n            Write a note on this step",
        "s            Save the transcript (Markdown, JSON)",
    ] {
        assert!(screen.contains(line), "`{line}` in help:\n{screen}");
    }
    assert!(screen.contains("Click a step of a fix to mark it tried"));
    app.run(&mut term, keys("?l")).unwrap();
    let hints = last_line(&term);
    for hint in [
        "b deux langues",
        "/ chercher",
        "Espace essayé",
        "n note",
        "s enregistrer",
    ] {
        assert!(hints.contains(hint), "`{hint}` in {hints}");
    }
    app.run(&mut term, keys("?")).unwrap();
    assert!(text(&term).contains("Marquer comme essayée l’étape choisie"));
    // At the smallest size the help still lists every key, and how to close it.
    let mut small = terminal(60, 16);
    app.run(&mut small, keys("")).unwrap();
    let mut screen = text(&small);
    for _ in 0..20 {
        app.run(&mut small, [press(KeyCode::Down)]).unwrap();
        screen.push_str(&text(&small));
    }
    for key in ["b ", "/ ", "Espace", "n ", "s ", "y "] {
        assert!(
            screen.lines().any(|l| l.starts_with(&format!(" │ {key}"))),
            "{key}:\n{screen}"
        );
    }
    assert!(screen.contains("Échap ou ? ferme cette aide."), "{screen}");
}

/// Inputs as the terminal front end gives them: events, then a signal.
struct Inputs(std::vec::IntoIter<Input>);

impl EventSource for Inputs {
    fn next_input(&mut self) -> std::io::Result<Option<Input>> {
        Ok(self.0.next())
    }
}

impl IntoEventSource for Inputs {
    type Source = Inputs;
    fn into_source(self) -> Inputs {
        self
    }
}

#[test]
fn a_signal_stops_the_wizard_saving_unsaved_work_first() {
    let (dir, loaded) = base();
    let out = dir.path().join("out");
    let good = saver(&loaded, out.clone());
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME).with_saver(&good);
    let mut term = terminal(80, 24);
    let mut inputs: Vec<Input> = keys("11ntyped, not kept yet").into_iter().map(Input::Event).collect();
    inputs.push(Input::Signal(1));
    saved_and_left(app.run(&mut term, Inputs(inputs.into_iter())).unwrap(), 129);
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), ["typed, not kept yet"]);
    assert!(!session.has_unsaved_work());
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 2);
}

/// Issue 13, F4: a paste is text where text is typed — its line breaks (CR, as terminals send them,
/// or LF) become spaces — and nothing anywhere else: never keys.
#[test]
fn a_paste_is_text_in_the_note_and_the_search_and_ignored_elsewhere() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    // On the wizard itself a paste is not keys: no quit, no restart, no move.
    let paste = |text: &str| Event::Paste(text.to_string());
    app.run(&mut term, keys("1")).unwrap();
    assert_eq!(app.run(&mut term, [paste("q\rr\r2\r")]).unwrap(), Exit::EventsEnded);
    assert_eq!(place_name(&app), "phone:start");
    let mut events = keys("n");
    events.push(paste("line one\rq\r\nline two\tend"));
    events.extend(keys("\n"));
    assert_eq!(app.run(&mut term, events).unwrap(), Exit::EventsEnded);
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), ["line one q line two end"]);
    let mut events = keys("/");
    events.push(paste("phone\r"));
    app.run(&mut term, events).unwrap();
    assert!(text(&term).contains("phone"), "{}", text(&term));
    assert!(!text(&term).contains("Nothing matches"), "{}", text(&term));
}

/// Issue 13, F12: a 1 MB paste is one event: it fills the note up to its limit at once and the
/// status bar says the rest was left out; a character typed past the limit says so too.
#[test]
fn a_huge_paste_is_cut_to_the_note_limit_and_the_status_bar_says_so() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    let huge = "abcdefghij".repeat(100_000);
    let mut events = keys("n");
    events.push(Event::Paste(huge));
    app.run(&mut term, events).unwrap();
    let status = text(&term).lines().nth(22).unwrap_or_default().to_string();
    assert!(status.contains("Too long: 2000 characters kept"), "{status}");
    app.run(&mut term, keys("\n")).unwrap();
    let session = app.session();
    let notes = session.notes_at(session.place());
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].chars().count(), 2000);
    assert!(notes[0].starts_with("abcdefghijabc"));
    // Typing: the character past the limit is refused, and the status bar says why.
    let mut events = keys("n");
    events.push(Event::Paste("x".repeat(1999)));
    events.extend(keys("yz"));
    app.run(&mut term, events).unwrap();
    let status = text(&term).lines().nth(22).unwrap_or_default().to_string();
    assert!(status.contains("Too long: 2000 characters kept"), "{status}");
    app.run(&mut term, keys("\n")).unwrap();
    let session = app.session();
    assert_eq!(session.notes_at(session.place())[1], format!("{}y", "x".repeat(1999)));
}

/// The French notice keeps French typography (a no-break space before the colon).
#[test]
fn the_too_long_notice_reads_in_french_too() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "fr", THEME);
    let mut term = terminal(80, 24);
    let mut events = keys("n");
    events.push(Event::Paste("a".repeat(3000)));
    app.run(&mut term, events).unwrap();
    let status = text(&term).lines().nth(22).unwrap_or_default().to_string();
    assert!(status.contains("Trop long\u{a0}: 2000 caractères gardés"), "{status}");
}

#[test]
fn the_bilingual_view_marks_a_translation_older_than_its_english_and_says_what_the_mark_means() {
    let (dir, _) = base();
    // The French answer records an English text that is not today's: it is older.
    let fr = dir.path().join("locales/fr/base.ftl");
    let text = std::fs::read_to_string(&fr).unwrap();
    let text = text.replace("phone-start-voip =", "# en: 00000000\nphone-start-voip =");
    std::fs::write(&fr, text).unwrap();
    let loaded = signup_doctor::content::load(signup_doctor::content::Sources {
        flows: Some(&dir.path().join("flows")),
        locales: Some(&dir.path().join("locales")),
    })
    .unwrap();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(120, 30);
    app.run(&mut term, keys("1")).unwrap();
    assert!(!text_has(&term, "⚠"), "one view: no mark");
    app.run(&mut term, keys("b")).unwrap();
    let screen = crate::common::text(&term);
    assert!(screen.contains("2. ⚠ Mon numéro est un numéro VoIP"), "{screen}");
    assert!(
        screen.contains("1. Aucun SMS n’arrive"),
        "an up-to-date translation is not marked:\n{screen}"
    );
    assert!(screen.contains("Français · ⚠ English changed since"), "{screen}");
    assert!(
        !screen.contains("customer · ⚠"),
        "English is never older than itself:\n{screen}"
    );
    // In French alone, the customer's screen shows the words only.
    app.run(&mut term, keys("bl")).unwrap();
    assert!(text_has(&term, "2. Mon numéro est un numéro VoIP") && !text_has(&term, "⚠"));
}

fn text_has(terminal: &Terminal<TestBackend>, needle: &str) -> bool {
    crate::common::text(terminal).contains(needle)
}
