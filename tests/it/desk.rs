//! Issue 27: the agent's desk in the full-screen wizard, through its real run loop on ratatui's
//! `TestBackend` — where a save went (M2), what the escalation end says first and which keys its
//! hint line keeps at 80×24 (M2), and what the mouse may not do (M3).

use crate::common::{self, keys, shipped, terminal, text};
use signup_doctor::transcript::{AtExit, Leaving};
use signup_doctor::tui::theme::THEME;
use signup_doctor::tui::{App, Exit};
use signup_doctor::wizard::session::Session;

/// The escalation end the review reached at 80×24: card declined, bank card, no, no.
const ESCALATION: &str = "card-declined/bank-card/no/no";

/// The text inside the dialog box on screen, its lines run together, so a path the dialog wrapped
/// over two lines reads whole.
fn run_together(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| {
            let (first, last) = (l.find('│')?, l.rfind('│')?);
            (last > first).then(|| l[first + '│'.len_utf8()..last].trim())
        })
        .collect()
}

#[test]
fn after_s_the_saved_files_are_named_whole_at_80_columns_and_again_on_the_way_out() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let home = common::private_home();
    let dir = home.join("data/signup-doctor/transcripts");
    let saver = common::saver_into(loaded, dir.clone());
    let session = Session::at_code(tree, ESCALATION).unwrap().in_language("fr");
    let id = session.id().to_string();
    let mut app = App::new(session, &loaded.localizer, "fr", THEME).with_saver(&saver);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("s")).unwrap();
    let markdown = dir.join(format!("{id}.md")).display().to_string();
    let json = dir.join(format!("{id}.json")).display().to_string();
    assert!(std::path::Path::new(&markdown).is_file());
    let screen = text(&term);
    let whole = run_together(&screen);
    assert!(whole.contains(&markdown), "the .md to paste, whole:\n{screen}");
    assert!(whole.contains(&json), "{screen}");
    assert!(screen.contains("À coller dans une demande de support"), "{screen}");

    // q leaves at once (the message does not stand in the way), and the way out names both files.
    let exit = app.run(&mut term, keys("q")).unwrap();
    let Exit::Left(leaving) = exit else { panic!("{exit:?}") };
    assert!(matches!(leaving.saved, Some(AtExit::Saved(_))), "{leaving:?}");
    let (said, _) = leaving.message(&loaded.localizer, "fr").unwrap();
    assert!(said.contains(&markdown) && said.contains(&json), "{said}");
    assert_eq!(leaving.code, 0);
    let _: Leaving = leaving;
}

#[test]
fn an_escalation_end_at_80_by_24_in_french_says_first_how_to_copy_and_keeps_y_and_esc_in_its_hints() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, ESCALATION).unwrap().in_language("fr");
    let mut app = App::new(session, &loaded.localizer, "fr", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    let hints = common::last_line(&term);
    assert!(hints.contains("y copier"), "{hints}");
    assert!(hints.contains("Échap retour"), "{hints}");
    // The first words under the breadcrumb: how to get the summary out.
    let body: Vec<&str> = screen.lines().skip(4).filter(|l| !l.trim().is_empty()).collect();
    assert!(body[0].contains('y'), "{screen}");
    assert!(body[0].contains("copier le résumé"), "{screen}");
}

/// The row and column where `needle` first is on screen.
fn find(term: &ratatui::Terminal<ratatui::backend::TestBackend>, needle: &str) -> (u16, u16) {
    let screen = text(term);
    for (y, line) in screen.lines().enumerate() {
        if let Some(at) = line.find(needle) {
            let x = line[..at].chars().count();
            return (u16::try_from(y).unwrap(), u16::try_from(x).unwrap());
        }
    }
    panic!("`{needle}` is not on screen:\n{screen}");
}

#[test]
fn a_press_that_drags_or_lands_on_a_link_never_marks_a_step_tried_and_a_click_does() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, "card-declined/bank-card")
        .unwrap()
        .in_language("en");
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(100, 30);
    app.run(&mut term, keys("")).unwrap();
    let tried = |app: &App<'_>| app.session().tried_at(app.session().place()).clone();
    let down = |x, y| common::mouse(MouseEventKind::Down(MouseButton::Left), x, y);
    let drag = |x, y| common::mouse(MouseEventKind::Drag(MouseButton::Left), x, y);
    let up = |x, y| common::mouse(MouseEventKind::Up(MouseButton::Left), x, y);

    // A drag across the link line (the terminal's own selection, had Shift been held).
    let (y, x) = find(&term, "https://");
    app.run(&mut term, [down(x, y), drag(x + 5, y), drag(x + 30, y), up(x + 30, y)])
        .unwrap();
    assert!(tried(&app).is_empty(), "a drag marked {:?}", tried(&app));
    // A click on the link line: a link is for opening or copying, not for marking.
    app.run(&mut term, [down(x + 3, y), up(x + 3, y)]).unwrap();
    assert!(tried(&app).is_empty(), "a click on the link marked {:?}", tried(&app));
    // A drag starting on a step's text.
    let (y, x) = find(&term, " 1. ");
    app.run(&mut term, [down(x + 6, y), drag(x + 12, y), up(x + 12, y)])
        .unwrap();
    assert!(tried(&app).is_empty(), "a drag on a step marked {:?}", tried(&app));
    // A click (press and release in place) marks the step.
    app.run(&mut term, [down(x + 6, y), up(x + 6, y)]).unwrap();
    assert_eq!(tried(&app), [0]);
}

#[test]
fn help_says_shift_drag_selects_text_and_a_shortened_link_says_y_copies_it_whole() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, "card-declined/bank-card")
        .unwrap()
        .in_language("en");
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    assert!(
        screen.contains('…'),
        "a link too long for 80 columns is shortened:\n{screen}"
    );
    assert!(screen.contains("y copies the whole link"), "{screen}");
    app.run(&mut term, keys("?")).unwrap();
    let mut help = text(&term);
    for _ in 0..40 {
        app.run(&mut term, [common::press(crossterm::event::KeyCode::Down)])
            .unwrap();
        help.push_str(&text(&term));
    }
    assert!(help.contains("Shift"), "{help}");
}

/// Issue 27 m3: the line offering a kept session counts its tried steps, and in French says
/// « aucune note » for none (CLDR's French puts 0 with one).
#[test]
fn the_offer_of_a_kept_session_counts_tried_steps_and_says_no_note_in_french() {
    use signup_doctor::transcript::journal::Journal;
    use signup_doctor::wizard::session::Msg;
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let home = common::private_home();
    let mut session = Session::at_code(tree, "card-declined/prepaid")
        .unwrap()
        .in_language("fr");
    session.update(Msg::ToggleTried(0));
    drop(Journal::start(&home.join("state/signup-doctor"), &session, &common::shipped_build()).unwrap());
    let output = common::doctor()
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .args(["--plain", "--lang", "fr"])
        .write_stdin("q\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("arrêtée à card-declined/prepaid, aucune note, une étape essayée."),
        "{stderr}"
    );
}

/// Polish 10: in the note editor, Esc keeps the text as a draft, and its hint says so.
#[test]
fn the_note_editor_hint_says_esc_keeps_a_draft() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, "card-declined/prepaid")
        .unwrap()
        .in_language("en");
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("nhalf a note")).unwrap();
    let hints = common::last_line(&term);
    assert!(hints.contains("Esc keep as draft"), "{hints}");
    assert!(!hints.contains("cancel"), "{hints}");
}

/// Issue 27 m10: a session reopened without `--lang` keeps its language (the customer's) instead
/// of switching to the environment's: no language switch is recorded, and saving again writes
/// the Markdown in the session's language.
#[test]
fn a_reopened_session_keeps_its_language_unless_lang_is_given() {
    let home = common::private_home();
    let dir = home.join("data");
    let run = |args: &[&str], env_lang: &str, input: &str| {
        common::doctor()
            .env("XDG_STATE_HOME", home.join("state"))
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", env_lang)
            .arg("--plain")
            .args(args)
            .arg("--transcript-dir")
            .arg(&dir)
            .write_stdin(input.to_string())
            .output()
            .unwrap()
    };
    assert!(
        run(&["--lang", "fr"], "fr_FR.UTF-8", "1\nn rappel demain\ns\nq\n")
            .status
            .success()
    );
    let json = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let json_arg = json.display().to_string();
    let out = run(&["--resume", &json_arg], "en_US.UTF-8", "s\nq\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let saved = std::fs::read_to_string(&json).unwrap();
    assert!(
        !saved.contains(r#""lang": "en""#) && !saved.contains(r#""lang":"en""#),
        "{saved}"
    );
    let markdown = std::fs::read_to_string(json.with_extension("md")).unwrap();
    assert!(
        markdown.contains("rappel demain") && markdown.contains("Étapes"),
        "{markdown}"
    );
    // Asked for, it switches.
    let out = run(&["--resume", &json_arg, "--lang", "en"], "en_US.UTF-8", "s\nq\n");
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(json.with_extension("md"))
            .unwrap()
            .contains("## Steps")
    );
}

/// Issue 27 polish 7: at the smallest size (60×16) the help scrolls down to its very last line, the
/// mouse paragraph's end included.
#[test]
fn at_60x16_the_help_scrolls_down_to_its_last_line() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, "1").unwrap().in_language("en");
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(60, 16);
    app.run(&mut term, keys("?")).unwrap();
    let mut seen = text(&term);
    for _ in 0..60 {
        app.run(&mut term, [common::press(crossterm::event::KeyCode::Down)])
            .unwrap();
        seen.push_str(&text(&term));
    }
    for words in ["Mouse: click an answer", "the wheel scrolls", "y copies a link whole."] {
        assert!(seen.contains(words), "`{words}` never shown:\n{seen}");
    }
}

/// Issue 27 polish 1: a status message longer than the status bar leaves it beside the codes for
/// rows of its own above, read whole at 80 columns; the codes stay.
#[test]
fn a_long_status_message_is_read_whole_at_80_columns_and_the_code_stays() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, ESCALATION).unwrap().in_language("en");
    let mut app = App::new(session, &loaded.localizer, "en", THEME).with_clipboard(false);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("y")).unwrap();
    let screen = text(&term);
    let joined: String = screen.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("This terminal cannot take a copy to the clipboard: select the text with the mouse instead."),
        "{screen}"
    );
    assert!(!screen.contains('…'), "nothing shortened:\n{screen}");
    let status = screen.lines().rev().nth(1).unwrap();
    assert!(status.contains("Code: card-declined/bank-card/no/no"), "{status}");
}

/// Issue 27 polish 4: in the summary, a tried step that wraps hangs under its words, not its
/// dash, and a step that led into its link does not end on a dangling colon.
#[test]
fn summary_tried_steps_hang_under_their_words_and_end_without_a_dangling_colon() {
    use signup_doctor::wizard::session::Msg;
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut session = Session::at_code(tree, "card-declined/bank-card")
        .unwrap()
        .in_language("fr");
    for msg in [Msg::ToggleTried(1), Msg::ToggleTried(3), Msg::Choose(1), Msg::Choose(1)] {
        session.update(msg);
    }
    let mut app = App::new(session, &loaded.localizer, "fr", THEME);
    let mut term = terminal(80, 60);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("– Passez en revue"))
        .unwrap_or_else(|| panic!("the tried step in the summary:\n{screen}"));
    let dash = lines[at].find('–').unwrap();
    let words = lines[at][..dash].chars().count() + 2;
    let next = lines[at + 1];
    assert_eq!(
        next.chars().take_while(|c| *c == ' ').count(),
        words,
        "the wrapped row starts under the words:\n{screen}"
    );
    let item: String = lines[at..=at + 1]
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(item.ends_with("à l’inscription"), "no dangling colon: {item}\n{screen}");
}
