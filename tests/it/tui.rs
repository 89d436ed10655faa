//! The full-screen wizard through its real run loop on ratatui's `TestBackend`: key and mouse
//! sequences go in, and what is on screen comes out — choosing, going back, the language switch,
//! help, small and resized terminals, scrolling, the end screens and the selection's style.

use crate::common;

use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use signup_doctor::engine::diagnostic::Diagnostics;
use signup_doctor::engine::load::load_tree;
use signup_doctor::engine::paths::all_paths;
use signup_doctor::engine::tree::Tree;
use signup_doctor::i18n::Localizer;
use signup_doctor::source::{FileSet, Kind, SourceFile};
use signup_doctor::tui::keys::{Mode, TABLE};
use signup_doctor::tui::theme::THEME;
use signup_doctor::tui::{App, Exit};
use signup_doctor::wizard::session::Session;
use std::path::PathBuf;

/// The wizard's own messages (the agent aids' too) and terms, as every locale set needs them.
fn ui_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    for lang in ["en", "fr"] {
        for file in crate::common::WIZARD_LOCALES {
            let relative = PathBuf::from(lang).join(file);
            files.push(SourceFile {
                name: format!("locales/{}", relative.display()),
                text: std::fs::read_to_string(root().join("locales").join(&relative)).unwrap(),
                relative,
            });
        }
    }
    files
}

fn build(flows: FileSet, mut locales: FileSet) -> (Tree, Localizer) {
    locales.files.extend(ui_files());
    let mut diags = Diagnostics::default();
    let tree = load_tree(&flows, &mut diags).unwrap();
    let localizer = Localizer::load(&locales, &mut diags);
    assert!(!diags.has_errors(), "{:?}", diags.sorted());
    (tree, localizer)
}

/// `tests/fixtures/base`: root → phone (a question, a two-step fix) or help.
fn base() -> (Tree, Localizer) {
    let dir = root().join("tests/fixtures/base");
    build(
        FileSet::from_dir(&dir.join("flows"), Kind::Flows).unwrap(),
        FileSet::from_dir(&dir.join("locales"), Kind::Locales).unwrap(),
    )
}

fn file(relative: &str, text: String) -> SourceFile {
    SourceFile {
        name: relative.to_string(),
        relative: PathBuf::from(relative),
        text,
    }
}

/// A tree with a fix too long for 60×16, and an escalation end outside the support-ticket topic.
fn long() -> (Tree, Localizer) {
    let root_flow = "topic: root\ntitle: root-title\nescalation: help:start\nnodes:\n  - id: where\n    \
        question: root-where\n    answers:\n      - id: long\n        label: root-where-long\n        \
        next: long:fix\n      - id: card\n        label: root-where-card\n        next: long:card\n      \
        - id: many\n        label: root-where-many\n        next: long:many\n";
    let mut long_flow =
        String::from("topic: long\ntitle: long-title\nnodes:\n  - id: fix\n    fix: long-fix\n    steps:\n");
    for n in 1..=8 {
        long_flow.push_str(&format!(
            "      - text: long-fix-{n}\n        link: https://example.com/help/step/{n}\n"
        ));
    }
    long_flow.push_str("  - id: many\n    question: long-many\n    answers:\n");
    for n in 1..=12 {
        long_flow.push_str(&format!(
            "      - id: a{n}\n        label: long-many-{n}\n        next: done\n"
        ));
    }
    long_flow.push_str("  - id: done\n    end: resolved\n");
    long_flow.push_str(
        "  - id: card\n    question: long-card\n    answers:\n      - id: refused\n        label: long-card-refused\n        \
         next: refused\n  - id: refused\n    end: escalate\n    text: long-refused\n",
    );
    let help_flow = "topic: help\ntitle: help-title\nnodes:\n  - id: start\n    question: help-start\n    answers:\n      \
        - id: ok\n        label: help-start-ok\n        next: done\n  - id: done\n    end: resolved\n";
    let mut en = String::from(
        "root-title = Long help\nroot-where = Where?\nroot-where-long = Something long\nroot-where-card = My card\n\
         long-title = Long topic\nlong-fix = A long fix\nlong-card = What happens?\nlong-card-refused = It is refused\n\
         long-refused = The bank refuses it.\nhelp-title = Support ticket\nhelp-start = Open a ticket?\nhelp-start-ok = Yes\n",
    );
    en.push_str("root-where-many = Many answers\nlong-many = Which one?\n");
    for n in 1..=12 {
        en.push_str(&format!("long-many-{n} = Answer number {n}\n"));
    }
    for n in 1..=8 {
        en.push_str(&format!(
            "long-fix-{n} = Step {n}: do the thing that this step describes, which takes more than one line.\n"
        ));
    }
    let flows = FileSet {
        files: vec![
            file("root.yaml", root_flow.to_string()),
            file("long.yaml", long_flow),
            file("help.yaml", help_flow.to_string()),
        ],
        unreadable: Vec::new(),
    };
    let locales = FileSet {
        files: vec![file("en/long.ftl", en)],
        unreadable: Vec::new(),
    };
    build(flows, locales)
}

/// The row whose text contains `needle`.
fn row_of(terminal: &Terminal<TestBackend>, needle: &str) -> u16 {
    let screen = text(terminal);
    let found = screen.lines().position(|l| l.contains(needle));
    u16::try_from(found.unwrap_or_else(|| panic!("`{needle}` is not on screen:\n{screen}"))).unwrap()
}

/// The column where `needle` starts on its row.
fn column_of(terminal: &Terminal<TestBackend>, needle: &str) -> u16 {
    let screen = text(terminal);
    let line = screen.lines().find(|l| l.contains(needle)).unwrap();
    let bytes = line.find(needle).unwrap();
    u16::try_from(line[..bytes].chars().count()).unwrap()
}

#[test]
fn the_first_frame_shows_title_breadcrumb_question_answers_codes_and_key_hints() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    assert_eq!(app.run(&mut term, keys("")).unwrap(), Exit::EventsEnded);
    let screen = text(&term);
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines[0].starts_with(" signup-doctor › Sign-up help"), "{screen}");
    assert!(lines[0].ends_with("English"), "{screen}");
    assert_eq!(lines[1], " Start");
    assert!(screen.contains("Where are you stuck?"));
    assert!(screen.contains(" ▶ 1. Phone verification"), "{screen}");
    assert!(screen.contains("   2. I want help"), "{screen}");
    assert_eq!(lines[22], " Code: start");
    // At the first question nothing can go back or restart: no hints for those keys.
    assert_eq!(
        lines[23],
        " Enter choose  b both languages  / search  s save  y copy  ? help  q quit"
    );
}

#[test]
fn choosing_moves_on_and_the_breadcrumb_and_codes_follow() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("\n\n")).unwrap();
    let screen = text(&term);
    assert!(
        screen.contains(" Start › Phone verification › No text arrives"),
        "{screen}"
    );
    assert!(screen.contains("Get the text through"));
    assert!(screen.contains(" 2. Update your profile."), "{screen}");
    assert!(
        screen.contains("\n https://account.example.com/profile\n"),
        "links are shown in full, on a line of their own"
    );
    assert!(screen.contains("Did this solve it?"));
    assert!(screen.contains(" Code: phone/no-sms · 1.1"), "{screen}");
    assert!(last_line(&term).contains("Esc back  r restart"));
}

#[test]
fn digit_keys_choose_directly_and_a_number_with_no_answer_says_so() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("12")).unwrap();
    assert_eq!(app.session().codes().code, "phone/voip");
    app.run(&mut term, keys("<<7")).unwrap();
    assert_eq!(app.session().codes().code, "");
    assert!(
        text(&term).contains("\"7\" is not one of the choices here."),
        "{}",
        text(&term)
    );
}

#[test]
fn going_back_preselects_the_answer_given_and_choosing_it_again_restores_the_later_ones() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    // phone → no text → "No, still stuck" (lands in the help topic), then back twice.
    app.run(&mut term, keys("112<")).unwrap();
    let screen = text(&term);
    assert!(screen.contains(" ▶ 2. No, still stuck"), "{screen}");
    app.run(&mut term, [press(KeyCode::Left)]).unwrap();
    assert!(text(&term).contains(" ▶ 1. No text arrives"));
    app.run(&mut term, keys("\n")).unwrap();
    assert!(
        text(&term).contains(" ▶ 2. No, still stuck"),
        "the later answer is remembered"
    );
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(app.session().codes().code, "phone/no-sms/no");
}

#[test]
fn back_at_the_first_question_says_there_is_nothing_to_go_back_to() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(100, 24);
    app.run(&mut term, keys("<")).unwrap();
    assert!(text(&term).contains("This is the first question; there is nothing to go back to."));
    app.run(&mut term, keys("j")).unwrap();
    assert!(
        !text(&term).contains("nothing to go back to"),
        "the notice goes with the next key"
    );
}

#[test]
fn l_redraws_the_same_screen_in_the_other_language_keeping_the_selection() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("1j")).unwrap();
    app.run(&mut term, keys("l")).unwrap();
    let screen = text(&term);
    assert_eq!(app.lang(), "fr");
    assert!(screen.lines().next().unwrap().ends_with("Français"), "{screen}");
    assert!(screen.contains(" Début › Vérification par téléphone"), "{screen}");
    assert!(screen.contains("Que se passe-t-il\u{202F}?"));
    assert!(screen.contains(" ▶ 2. Mon numéro est un numéro VoIP"), "{screen}");
    assert!(last_line(&term).contains("q quitter"));
    app.run(&mut term, keys("l")).unwrap();
    assert!(text(&term).contains(" ▶ 2. My number is a VoIP number"));
}

#[test]
fn question_mark_opens_help_listing_every_key_of_the_table_and_esc_or_question_mark_closes_it() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(60, 16);
    app.run(&mut term, keys("?")).unwrap();
    let mut screen = text(&term);
    assert!(screen.contains("┌ Keys "), "{screen}");
    assert!(screen.contains("▼"), "more below: {screen}");
    // Longer than 60×16: ↓ scrolls the rest into view.
    for _ in 0..20 {
        app.run(&mut term, [press(KeyCode::Down)]).unwrap();
        screen.push_str(&text(&term));
    }
    for binding in TABLE.iter().filter(|b| b.works_in(Mode::Main)) {
        let label = signup_doctor::tui::keys::label(binding, &|id| localizer.text("en", id));
        assert!(screen.contains(&label), "help lists `{label}`:\n{screen}");
    }
    assert!(screen.contains("Move the selection"));
    assert!(screen.contains("Esc or ? closes this help."), "{screen}");
    // Under the overlay other keys do nothing.
    app.run(&mut term, keys("j\n")).unwrap();
    assert_eq!(app.session().codes().code, "");
    app.run(&mut term, keys("^")).unwrap();
    assert!(!text(&term).contains("┌ Keys "));
    app.run(&mut term, keys("??")).unwrap();
    assert!(!text(&term).contains("┌ Keys "));
    app.run(&mut term, keys("l?")).unwrap();
    assert!(text(&term).contains("┌ Touches "), "{}", text(&term));
    assert!(text(&term).contains("Échap ou ? ferme cette aide."), "{}", text(&term));
}

#[test]
fn below_60x16_a_message_says_the_terminal_is_too_small_keys_wait_and_the_screen_returns_when_it_grows() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(60, 16);
    app.run(&mut term, keys("")).unwrap();
    assert!(text(&term).contains("Where are you stuck?"));
    term.backend_mut().resize(59, 15);
    app.run(&mut term, [Event::Resize(59, 15)]).unwrap();
    let screen = text(&term);
    assert!(
        screen.contains("Too small: at least 60×16 needed (now 59×15)."),
        "{screen}"
    );
    // Issue 16: no key but q and Ctrl-C acts while nothing can be seen.
    app.run(&mut term, keys("j2\n")).unwrap();
    term.backend_mut().resize(60, 16);
    app.run(&mut term, [Event::Resize(60, 16)]).unwrap();
    assert!(text(&term).contains(" ▶ 1. Phone verification"), "{}", text(&term));
    assert_eq!(app.session().codes().code, "");
}

#[test]
fn a_resize_redraws_at_once_for_the_new_size() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(100, 30);
    app.run(&mut term, keys("1")).unwrap();
    assert_eq!(column_of(&term, "English"), 92);
    term.backend_mut().resize(72, 20);
    app.run(&mut term, [Event::Resize(72, 20)]).unwrap();
    assert_eq!(column_of(&term, "English"), 64);
    assert_eq!(row_of(&term, "Code: phone · 1"), 18);
    assert_eq!(row_of(&term, "q quit"), 19);
}

#[test]
fn a_long_fix_at_60x16_scrolls_with_page_keys_and_the_wheel_while_the_answers_stay() {
    let (tree, localizer) = long();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(60, 16);
    app.run(&mut term, keys("1")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("A long fix"), "{screen}");
    assert!(!screen.contains("Step 8"), "{screen}");
    assert!(screen.contains("▼"), "a mark says there is more below:\n{screen}");
    assert!(screen.contains(" ▶ 1. Yes, that solved it"));
    assert!(last_line(&term).contains("PgUp/PgDn scroll"), "{}", last_line(&term));
    let link = "https://example.com/help/step/1";
    assert!(
        screen.contains(&format!("\n {link}\n")),
        "links are shown in full, on a line of their own:\n{screen}"
    );

    for _ in 0..10 {
        app.run(&mut term, [press(KeyCode::PageDown)]).unwrap();
    }
    let screen = text(&term);
    assert!(screen.contains("Step 8"), "{screen}");
    assert!(screen.contains("Did this solve it?"), "{screen}");
    assert!(screen.contains("▲"), "{screen}");
    assert!(
        screen.contains(" ▶ 1. Yes, that solved it"),
        "the answers stay put:\n{screen}"
    );

    app.run(&mut term, vec![press(KeyCode::PageUp); 10]).unwrap();
    assert!(text(&term).contains("A long fix"));
    app.run(&mut term, [mouse(MouseEventKind::ScrollDown, 10, 5)]).unwrap();
    assert!(!text(&term).contains("A long fix"), "the wheel scrolls");
    app.run(&mut term, [mouse(MouseEventKind::ScrollUp, 10, 5)]).unwrap();
    assert!(text(&term).contains("A long fix"));
}

#[test]
fn answers_that_do_not_fit_at_60x16_follow_the_selection_with_marks_for_the_rest() {
    let (tree, localizer) = long();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(60, 16);
    app.run(&mut term, keys("3")).unwrap();
    let screen = text(&term);
    assert!(screen.contains(" ▶  1. Answer number 1"), "{screen}");
    assert!(!screen.contains("Answer number 12"), "{screen}");
    assert!(
        screen.lines().any(|l| l.contains("Answer number") && l.ends_with('▼')),
        "{screen}"
    );
    app.run(&mut term, keys(&"j".repeat(11))).unwrap();
    let screen = text(&term);
    assert!(screen.contains(" ▶ 12. Answer number 12"), "{screen}");
    assert!(!screen.contains("Answer number 1\n"), "{screen}");
    assert!(
        screen.lines().any(|l| l.contains("Answer number") && l.ends_with('▲')),
        "{screen}"
    );
    app.run(&mut term, keys("\n")).unwrap();
    assert_eq!(app.session().codes().code, "many/a12");
}

#[test]
fn a_resolved_end_shows_its_closing_line_and_restart_and_quit() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("111")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("Solved. Glad that worked."), "{screen}");
    assert!(screen.contains("Press r to start again or q to quit."));
    assert!(!screen.contains("▶"), "no answers to select");
    let hints = last_line(&term);
    assert!(hints.contains("r restart") && hints.contains("q quit"), "{hints}");
    assert!(!hints.contains("choose") && !hints.contains("move"), "{hints}");
    app.run(&mut term, keys("r")).unwrap();
    assert!(text(&term).contains("Where are you stuck?"));
}

#[test]
fn an_escalation_end_leads_into_the_support_ticket_topic() {
    let (tree, localizer) = long();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("21")).unwrap();
    let screen = text(&term);
    assert!(
        screen.contains("This needs a person at a support desk that can act on it."),
        "{screen}"
    );
    assert!(screen.contains("The bank refuses it."));
    assert!(screen.contains(" ▶ 1. Open a support request"), "{screen}");
    app.run(&mut term, keys("\n")).unwrap();
    let screen = text(&term);
    assert!(screen.lines().next().unwrap().contains("Support ticket"), "{screen}");
    assert!(screen.contains("Open a ticket?"));
    assert!(screen.contains("Code: card/refused/ticket · 2.1.1"), "{screen}");
}

#[test]
fn clicking_an_answer_chooses_it_and_clicking_a_breadcrumb_goes_back_to_it() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    let y = row_of(&term, "Phone verification");
    app.run(&mut term, [click(20, y)]).unwrap();
    let y = row_of(&term, "My number is a VoIP number");
    app.run(&mut term, [click(8, y)]).unwrap();
    assert_eq!(app.session().codes().code, "phone/voip");
    // The breadcrumb: Start › Phone verification › My number is a VoIP number.
    let x = column_of(&term, "Phone verification ›");
    app.run(&mut term, [click(x + 2, 1)]).unwrap();
    assert_eq!(app.session().codes().code, "phone");
    assert!(
        text(&term).contains(" ▶ 2. My number is a VoIP number"),
        "the later answer is kept"
    );
    app.run(&mut term, [click(2, 1)]).unwrap();
    assert_eq!(app.session().codes().code, "");
    assert!(text(&term).contains(" ▶ 1. Phone verification"));
    app.run(&mut term, [click(40, 0), click(50, 22)]).unwrap();
    assert_eq!(app.session().codes().code, "", "clicks elsewhere do nothing");
}

#[test]
fn the_selected_answer_is_marked_by_a_symbol_and_by_the_highlight_style() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("j")).unwrap();
    let y = row_of(&term, "▶ 2. I want help");
    let buffer = term.backend().buffer();
    let cell = &buffer[(1, y)];
    assert_eq!(cell.symbol(), "▶");
    assert_eq!(Some(cell.bg), THEME.selected.bg);
    assert!(cell.modifier.contains(Modifier::BOLD));
    let other = &buffer[(1, y - 1)];
    assert_ne!(
        Some(other.bg),
        THEME.selected.bg,
        "only the selected row is highlighted"
    );
    assert_eq!(app.selected(), 1);
}

#[test]
fn without_colour_nothing_is_coloured_and_the_selection_still_shows() {
    let (tree, localizer) = base();
    let theme = THEME.without_colour();
    let mut app = App::new(Session::new(&tree), &localizer, "en", theme);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("1?")).unwrap();
    let buffer = term.backend().buffer();
    assert!(
        buffer
            .content
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
    app.run(&mut term, keys("?")).unwrap();
    let y = row_of(&term, "▶ 1. No text arrives");
    assert!(term.backend().buffer()[(1, y)].modifier.contains(Modifier::REVERSED));
}

/// Leaving with nothing to save, with this exit code.
fn quit(code: u8) -> Exit {
    Exit::Left(signup_doctor::transcript::Leaving { code, saved: None })
}

#[test]
fn q_and_ctrl_c_quit_and_key_releases_do_nothing() {
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(app.run(&mut term, [Event::Key(release)]).unwrap(), Exit::EventsEnded);
    assert_eq!(app.run(&mut term, keys("q1")).unwrap(), quit(0));
    assert_eq!(app.session().codes().code, "", "nothing after q is read");
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(
        app.run(&mut term, [ctrl_c]).unwrap(),
        quit(130),
        "an interrupt exits 130"
    );
}

#[test]
fn a_resumed_walk_preselects_nothing_new_and_shows_its_code() {
    let (tree, localizer) = base();
    let session = Session::at_code(&tree, "1.1").unwrap();
    let mut app = App::new(session, &localizer, "fr", THEME);
    let mut term = terminal(60, 16);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("Code\u{a0}: phone/no-sms · 1.1"), "{screen}");
    assert!(screen.contains("Le problème est-il résolu\u{202F}?"), "{screen}");
}

/// Every screen of the built-in tree, in both languages, at the smallest full size: all the
/// wizard's own messages exist, and the codes and key hints are on screen.
#[test]
fn every_built_in_screen_draws_at_60x16_in_both_languages() {
    let loaded = signup_doctor::content::load(Default::default()).unwrap();
    let tree = loaded.tree.as_ref().unwrap();
    let mut codes = std::collections::BTreeSet::new();
    for path in all_paths(tree) {
        let parts: Vec<&str> = path.codes.short.split('.').collect();
        for n in 0..=parts.len() {
            codes.insert(parts[..n].join("."));
        }
    }
    // One walk to each place: the body is what varies most.
    let mut places = std::collections::HashSet::new();
    codes.retain(|code| places.insert(Session::at_code(tree, code).unwrap().place()));
    for lang in ["en", "fr"] {
        for code in &codes {
            let session = Session::at_code(tree, code).unwrap();
            let mut app = App::new(session, &loaded.localizer, lang, THEME);
            let mut term = terminal(60, 16);
            app.run(&mut term, keys("")).unwrap();
            let screen = text(&term);
            assert!(!screen.contains("[ui-"), "{lang} {code}:\n{screen}");
            let quit = if lang == "en" { "q quit" } else { "q quitter" };
            assert!(last_line(&term).contains(quit), "{lang} {code}:\n{screen}");
            let short = if code.is_empty() { "Code" } else { code.as_str() };
            assert!(
                screen.lines().nth(14).unwrap().contains(short),
                "{lang} {code}:\n{screen}"
            );
        }
    }
}

/// Issue 13, F6: a terminal with no rows or no columns (at start, or shrunk to that mid-session)
/// draws nothing rather than panicking, and the session goes on when it grows back.
#[test]
fn any_size_from_0x0_up_draws_without_panic_and_the_session_goes_on() {
    let (tree, localizer) = base();
    for (width, height) in [
        (0, 0),
        (0, 30),
        (100, 0),
        (1, 1),
        (2, 1),
        (1, 30),
        (100, 1),
        (5, 2),
        (12, 4),
        (60, 15),
    ] {
        let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
        let mut term = terminal(width, height);
        app.run(&mut term, keys("j")).unwrap();
        term.backend_mut().resize(80, 24);
        app.run(&mut term, [Event::Resize(80, 24)]).unwrap();
        // Too small for anything: the key waited.
        assert!(
            text(&term).contains(" ▶ 1. Phone verification"),
            "{width}×{height}:\n{}",
            text(&term)
        );
    }
    // Mid-session, with a note being written: down to no rows, then no columns, then back.
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("1nstill here")).unwrap();
    for (width, height) in [(100, 0), (0, 0), (0, 30), (80, 24)] {
        term.backend_mut().resize(width, height);
        app.run(&mut term, [Event::Resize(width, height)]).unwrap();
    }
    app.run(&mut term, keys(" too")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("still here too"), "{screen}");
    assert_eq!(app.run(&mut term, keys("\n")).unwrap(), Exit::EventsEnded);
    let session = app.session();
    assert_eq!(session.notes_at(session.place()), ["still here too"]);
}

/// Inputs from a pretend terminal front end that counts the suspends it is asked for.
struct Suspending {
    inputs: std::vec::IntoIter<signup_doctor::tui::Input>,
    suspended: usize,
}

impl signup_doctor::tui::EventSource for &mut Suspending {
    fn next_input(&mut self) -> std::io::Result<Option<signup_doctor::tui::Input>> {
        Ok(self.inputs.next())
    }

    fn suspend(&mut self) -> std::io::Result<bool> {
        self.suspended += 1;
        Ok(true)
    }
}

impl<'a> signup_doctor::tui::IntoEventSource for &'a mut Suspending {
    type Source = &'a mut Suspending;
    fn into_source(self) -> Self {
        self
    }
}

/// Issue 13, F10: Ctrl-Z (in any mode) and SIGTSTP ask the front end to suspend; afterwards, and
/// after a SIGCONT from outside, every cell is drawn again on a cleared screen; what was being
/// typed is still there. The key shows in the help.
#[test]
fn ctrl_z_and_sigtstp_suspend_through_the_front_end_and_every_cell_is_drawn_again() {
    use signup_doctor::tui::Input;
    let (tree, localizer) = base();
    let mut app = App::new(Session::new(&tree), &localizer, "en", THEME);
    let mut term = terminal(80, 24);
    let ctrl_z = Event::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL));
    let mut inputs: Vec<Input> = keys("nkept").into_iter().map(Input::Event).collect();
    inputs.push(Input::Event(ctrl_z.clone()));
    let mut source = Suspending {
        inputs: inputs.into_iter(),
        suspended: 0,
    };
    app.run(&mut term, &mut source).unwrap();
    assert_eq!(source.suspended, 1);
    let screen = text(&term);
    assert!(
        screen.contains("Where are you stuck?") && screen.contains("kept"),
        "{screen}"
    );
    // SIGTSTP, then a SIGCONT after a stop from outside: the screen is cleared and drawn whole.
    let mut source = Suspending {
        inputs: vec![Input::Suspend, Input::Repaint].into_iter(),
        suspended: 0,
    };
    app.run(&mut term, &mut source).unwrap();
    assert_eq!(source.suspended, 1);
    assert!(text(&term).contains("Where are you stuck?"));
    // Keys still go on, and Ctrl-Z is in the help.
    app.run(&mut term, keys("\n?")).unwrap();
    let screen = text(&term);
    assert!(screen.contains("Ctrl-Z"), "{screen}");
    assert!(screen.contains("Suspend to the shell; fg comes back here"), "{screen}");
    // A list of events has no terminal to give back: Ctrl-Z only redraws.
    assert_eq!(app.run(&mut term, [ctrl_z]).unwrap(), Exit::EventsEnded);
}
