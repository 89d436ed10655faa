//! Issue 16: what a person carries out of the full screen. `y` copies what the screen is for (the
//! ticket summary, a step's link, the fix, else the transcript) and the status bar says what; the
//! front end gets the text after the frame, to send as OSC 52.

use crate::common;

use common::*;
use crossterm::event::KeyCode;
use signup_doctor::content::Loaded;
use signup_doctor::engine::tree::Tree;
use signup_doctor::transcript::Saver;
use signup_doctor::tui::theme::THEME;
use signup_doctor::tui::{App, Exit};
use signup_doctor::wizard::session::Session;

fn base() -> (tempfile::TempDir, Loaded) {
    crate::common::base_fixture()
}

fn tree(loaded: &Loaded) -> &Tree {
    loaded.tree.as_ref().unwrap()
}

fn saver<'a>(loaded: &'a Loaded, dir: &tempfile::TempDir) -> Saver<'a> {
    crate::common::saver_into(loaded, dir.path().join("saved"))
}

#[test]
fn y_at_an_escalation_end_copies_the_ticket_summary_and_says_so() {
    let (dir, loaded) = base();
    let saver = saver(&loaded, &dir);
    let session = Session::at_code(tree(&loaded), "phone/no-sms/no").unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME).with_saver(&saver);
    let mut term = terminal(100, 30);
    let mut sent = Vec::new();
    app.run_with(&mut term, keys("y"), |_, drawn| {
        sent.extend(drawn.copy.map(str::to_string));
        Ok(())
    })
    .unwrap();
    assert_eq!(sent.len(), 1, "sent once, after the frame");
    let copied = &sent[0];
    assert!(copied.starts_with("Support request summary\n"), "{copied}");
    assert!(copied.contains("Desk: Billing support"), "{copied}");
    assert!(copied.contains("Problem summary: Sign-up problem"), "{copied}");
    assert_eq!(app.copied(), Some(copied.as_str()));
    assert!(
        text(&term).contains("Support request summary in English sent to the terminal's clipboard."),
        "{}",
        text(&term)
    );
}

#[test]
fn y_on_a_fix_copies_the_link_of_the_step_under_the_cursor_else_the_fix() {
    let (dir, loaded) = base();
    let saver = saver(&loaded, &dir);
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME).with_saver(&saver);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("11y")).unwrap();
    let fix = app.copied().unwrap().to_string();
    assert!(fix.contains("1. Wait up to"), "{fix}");
    assert!(fix.contains("https://account.example.com/profile"), "{fix}");
    // On step 2, which has a link: the link alone.
    app.run(&mut term, keys("↑y")).unwrap();
    assert_eq!(app.step(), Some(1));
    assert_eq!(app.copied(), Some("https://account.example.com/profile"));
    assert!(
        text(&term).contains("Link sent to the terminal's clipboard: https://"),
        "{}",
        text(&term)
    );
}

#[test]
fn y_elsewhere_copies_the_transcript_as_markdown() {
    let (dir, loaded) = base();
    let saver = saver(&loaded, &dir);
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "fr", THEME).with_saver(&saver);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("1y")).unwrap();
    let copied = app.copied().unwrap();
    assert!(copied.starts_with("# "), "{copied}");
    assert!(copied.contains("phone"), "{copied}");
    assert!(
        text(&term).contains("Transcription (Markdown) envoyée"),
        "{}",
        text(&term)
    );
    assert!(!dir.path().join("saved").exists(), "copying saves nothing");
}

#[test]
fn y_is_in_the_hint_line_and_the_help() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(120, 30);
    app.run(&mut term, keys("")).unwrap();
    assert!(last_line(&term).contains("y copy"), "{}", last_line(&term));
    app.run(&mut term, keys("?")).unwrap();
    assert!(text(&term).contains("Copy to the clipboard"), "{}", text(&term));
}

#[test]
fn plain_y_prints_what_the_full_screen_copies() {
    let run = |code: &str| {
        let output = doctor()
            .args(["--lang", "en", "--plain", "--resume", code])
            .write_stdin("y\n")
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let end = run("2.1.2.2");
    assert_eq!(end.matches("Support request summary").count(), 2, "{end}");
    let first = run("1");
    assert!(first.contains("# signup-doctor transcript"), "{first}");
}

#[test]
fn a_link_wider_than_the_screen_is_shortened_in_the_middle_with_its_whole_target_kept() {
    let loaded = common::shipped();
    let session = Session::at_code(tree(loaded), "support-ticket/portal/no/no-role").unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(60, 30);
    let mut links = Vec::new();
    app.run_with(&mut term, keys(""), |_, drawn| {
        links = drawn.links.to_vec();
        Ok(())
    })
    .unwrap();
    let url = "https://learn.microsoft.com/azure/azure-portal/supportability/how-to-create-azure-support-request";
    let spot = links
        .iter()
        .find(|l| l.url == url)
        .expect("the portal link is on screen");
    assert!(
        spot.text.contains('…') && spot.text.starts_with("https://learn.microsoft"),
        "{spot:?}"
    );

    assert!(spot.text.ends_with("support-request"), "{spot:?}");
    assert_eq!(spot.x, 1, "from the first column of the body");
    let screen = text(&term);
    assert!(screen.contains(&format!(" {}", spot.text)), "{screen}");
    // `y` on that step copies the whole address.
    app.run(&mut term, keys("↑↑↑↑↑↑↑↑↑↑")).unwrap();
    let step = app.step().unwrap();
    app.run(&mut term, keys("y")).unwrap();
    assert!(app.copied().unwrap().starts_with("https://"), "step {step}");
}

#[test]
fn key_names_are_in_the_users_language_in_the_hints_and_the_help() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "fr", THEME);
    let mut term = terminal(200, 40);
    app.run(&mut term, keys("11")).unwrap();
    let hints = last_line(&term);
    for hint in ["Entrée choisir", "Échap retour", "Espace essayé"] {
        assert!(hints.contains(hint), "`{hint}` in {hints}");
    }
    assert!(!hints.contains("Enter") && !hints.contains("Space"), "{hints}");
    app.run(&mut term, keys("?")).unwrap();
    let help = text(&term);
    for keys in ["Entrée → 1–9", "Pg préc/Pg suiv", "Début Fin", "q Ctrl-C"] {
        assert!(help.contains(keys), "`{keys}` in the help:\n{help}");
    }
}

#[test]
fn the_hint_line_always_keeps_help_save_and_quit_and_shows_b() {
    let (_dir, loaded) = base();
    for lang in ["en", "fr"] {
        let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, lang, THEME);
        for (typed, columns) in [("", 60), ("1", 60), ("11", 60), ("", 80), ("11", 80), ("1", 100)] {
            let mut term = terminal(columns, 24);
            app.run(&mut term, keys(&format!("r{typed}"))).unwrap();
            let hints = last_line(&term);
            let want: &[&str] = if lang == "en" {
                &["? help", "s save", "q quit"]
            } else {
                &["? aide", "s enregistrer", "q quitter"]
            };
            for hint in want {
                assert!(
                    hints.contains(hint),
                    "{lang} {typed:?} at {columns}: `{hint}` in {hints}"
                );
            }
        }
    }
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    assert!(last_line(&term).contains("b both languages"), "{}", last_line(&term));
}

#[test]
fn home_and_end_go_to_the_first_and_the_last_answer() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, [press(KeyCode::End)]).unwrap();
    assert_eq!(app.selected(), 1);
    assert!(text(&term).contains("▶ 2. I want help"), "{}", text(&term));
    app.run(&mut term, [press(KeyCode::Home)]).unwrap();
    assert_eq!(app.selected(), 0);
    // On a fix, from a step too: End is the last answer.
    app.run(&mut term, keys("11↑")).unwrap();
    assert!(app.step().is_some());
    app.run(&mut term, [press(KeyCode::End)]).unwrap();
    assert_eq!((app.step(), app.selected()), (None, 1));
}

#[test]
fn a_message_that_says_any_key_closes_on_q_without_quitting() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME)
        .with_changed_steps(vec![(1, "root:where".to_string())]);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    assert!(text(&term).contains("Press any key to close this."), "{}", text(&term));
    assert_eq!(app.run(&mut term, keys("q")).unwrap(), Exit::EventsEnded);
    assert!(!text(&term).contains("Press any key"), "{}", text(&term));
    assert!(text(&term).contains("Where are you stuck?"));
    assert!(!last_line(&term).contains("q quit  Esc close"));
}

#[test]
fn while_too_small_the_needed_size_is_always_readable_and_keys_wait() {
    let (_dir, loaded) = base();
    for lang in ["en", "fr"] {
        for (columns, rows) in [(40, 12), (20, 5), (12, 4), (59, 16)] {
            let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, lang, THEME);
            let mut term = terminal(columns, rows);
            app.run(&mut term, keys("2n")).unwrap();
            let screen = text(&term);
            assert!(screen.contains("60×16"), "{lang} {columns}×{rows}:\n{screen}");
            assert_eq!(app.session().codes().code, "", "no step taken unseen");
        }
    }
    // q still quits.
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(30, 8);
    assert!(matches!(app.run(&mut term, keys("q")).unwrap(), Exit::Left(_)));
}

fn plain(args: &[&str], typed: &str) -> (String, String) {
    let output = doctor().arg("--plain").args(args).write_stdin(typed).output().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn plain_prompts_go_to_standard_error_when_standard_output_is_not_a_terminal() {
    let (out, err) = plain(&["--lang", "en"], "q\n");
    assert!(out.contains("Where are you stuck?"), "{out}");
    assert!(!out.contains("Type a number"), "{out}");
    // As many numbers as the root question has answers, whatever topics the tree has.
    let shipped = tree(common::shipped());
    let answers = shipped.choices(shipped.start()).len();
    assert!(err.contains(&format!("Type a number from 1 to {answers}")), "{err}");
    assert!(out.ends_with("Goodbye.\n"), "{out}");
}

#[test]
fn plain_shows_the_ticket_summary_before_the_single_answer_and_never_1_to_1() {
    let (out, err) = plain(&["--lang", "en", "--resume", "2.1.2.2"], "q\n");
    let summary = out.find("Support request summary").expect("the summary");
    let answer = out.find("  [1] ").expect("the answer");
    assert!(summary < answer, "{out}");
    assert!(!err.contains("1–1") && !out.contains("1–1"), "{err}");
    assert!(err.contains("Type 1 to go on"), "{err}");
}

#[test]
fn plain_marks_tried_steps_switches_language_and_lists_its_commands() {
    let (out, _) = plain(&["--lang", "en"], "?\n1\n1\nt 2\nl\nt 2\np\nq\nn\n");
    assert!(out.contains("t N     mark step N of a fix as tried"), "{out}");
    assert!(out.contains("Step 2 marked as tried."), "{out}");
    assert!(
        out.contains("Recevez le SMS de vérification"),
        "the screen again in French: {out}"
    );
    assert!(out.contains("Étape 2 n’est plus marquée comme essayée."), "{out}");
    // The breadcrumb only on `p`.
    assert_eq!(out.matches(" › ").count(), 2, "{out}");
    assert!(out.contains("Début › La vérification"), "{out}");
}

#[test]
fn under_a_locale_that_is_not_utf8_plain_mode_and_walk_write_ascii() {
    for locale in ["C", "fr_FR.ISO-8859-1"] {
        let output = doctor()
            .env("LC_ALL", locale)
            .args(["--plain", "--lang", "fr", "--resume", "2.1"])
            .write_stdin("?\nq\n")
            .output()
            .unwrap();
        assert!(output.stdout.is_ascii(), "{}", String::from_utf8_lossy(&output.stdout));
        assert!(output.stderr.is_ascii(), "{}", String::from_utf8_lossy(&output.stderr));
        let out = String::from_utf8(output.stdout).unwrap();
        assert!(out.contains("Ma carte"), "{out}");
        let walk = doctor()
            .env("LC_ALL", locale)
            .args(["walk", "--lang", "fr", "2.1"])
            .output()
            .unwrap();
        assert!(walk.stdout.is_ascii(), "{}", String::from_utf8_lossy(&walk.stdout));
        assert!(
            String::from_utf8(walk.stdout).unwrap().contains(" > "),
            "the breadcrumb separator"
        );
    }
    let utf8 = doctor()
        .env("LC_ALL", "fr_FR.UTF-8")
        .args(["walk", "--lang", "fr", "2.1"])
        .output()
        .unwrap();
    assert!(!utf8.stdout.is_ascii());
}

#[test]
fn the_focused_tried_step_keeps_every_cell_readable() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    // Step 1 marked tried, then the cursor back on it.
    app.run(&mut term, keys("11↑↑ ↑")).unwrap();
    assert_eq!(app.step(), Some(0));
    let screen = text(&term);
    let y = screen.lines().position(|l| l.contains("1. Wait up to")).unwrap();
    let buffer = term.backend().buffer();
    for x in 1..20 {
        let cell = &buffer[(x, u16::try_from(y).unwrap())];
        assert_ne!(
            cell.fg,
            cell.bg,
            "cell {x} `{}` drawn in the highlight's colour",
            cell.symbol()
        );
    }
}

#[test]
fn language_fr_is_honoured_as_gettext_does() {
    let walk = |env: &[(&str, &str)]| {
        let output = doctor().envs(env.iter().copied()).args(["walk", "1"]).output().unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(walk(&[("LANGUAGE", "fr"), ("LANG", "en_US.UTF-8")]).contains("Où se situe le blocage"));
    assert!(!walk(&[("LANGUAGE", "fr"), ("LANG", "C")]).contains("Où se situe le blocage"));
}

#[test]
fn on_a_long_fix_the_question_stays_with_its_answers() {
    let loaded = common::shipped();
    let session = Session::at_code(tree(loaded), "past-due/disabled/paid/ticket/portal").unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME);
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("")).unwrap();
    let screen = text(&term);
    let question = screen
        .lines()
        .position(|l| l.contains("Is your support request created?"))
        .expect(&screen);
    let answer = screen
        .lines()
        .position(|l| l.contains("1. Yes, the request is created"))
        .unwrap();
    assert_eq!(question + 1, answer, "{screen}");
    assert_eq!(
        screen.matches("Is your support request created?").count(),
        1,
        "{screen}"
    );
}

#[test]
fn reopening_a_transcript_says_what_was_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let saved = doctor()
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(dir.path())
        .write_stdin("1\ns\nq\n")
        .output()
        .unwrap();
    assert!(saved.status.success());
    let json = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let output = doctor()
        .args(["--plain", "--lang", "en", "--resume"])
        .arg(&json)
        .write_stdin("q\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let name = json.file_name().unwrap().to_string_lossy().to_string();
    assert!(stderr.contains(&format!("Reopened {name}, saved 20")), "{stderr}");
}

#[test]
fn the_full_screen_opens_with_what_was_reopened_in_the_status_bar() {
    let (_dir, loaded) = base();
    let mut app = App::new(Session::new(tree(&loaded)), &loaded.localizer, "en", THEME)
        .with_notice(Some("Reopened a.json, saved 2026-12-01 18:46 UTC.".to_string()));
    let mut term = terminal(100, 24);
    app.run(&mut term, keys("")).unwrap();
    assert!(
        text(&term).contains("Reopened a.json, saved 2026-12-01"),
        "{}",
        text(&term)
    );
}

#[test]
fn on_a_terminal_without_the_clipboard_sequence_y_says_so_and_sends_nothing() {
    let (_dir, loaded) = base();
    let session = Session::at_code(tree(&loaded), "phone/no-sms/no").unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME).with_clipboard(false);
    let mut term = terminal(100, 30);
    let mut sent = Vec::new();
    app.run_with(&mut term, keys("y"), |_, drawn| {
        sent.extend(drawn.copy.map(str::to_string));
        Ok(())
    })
    .unwrap();
    assert!(sent.is_empty(), "no OSC 52 for the Linux console: {sent:?}");
    assert!(
        text(&term).contains("This terminal cannot take a copy to the clipboard"),
        "{}",
        text(&term)
    );
}

/// Issue 27 polish 6: plain mode under `LANG=C` writes French quotes as English ones, with no
/// space inside.
#[test]
fn plain_mode_in_ascii_writes_french_quotes_against_their_words() {
    let output = crate::common::doctor()
        .args(["--lang", "fr", "--plain", "--resume", "1"])
        .env("LANG", "C")
        .write_stdin("q\n")
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.is_ascii(), "{out}");
    assert!(
        out.contains("J'ai choisi \"Envoyer un message texte\" (Send text message)"),
        "{out}"
    );
}

/// Issue 27 polish 9: plain mode says the whole prompt once, then a short one (again whole after
/// an empty line, which is no complaint); two answers read « 1 ou 2 »; `t N` where there is no
/// step says so.
#[test]
fn plain_prompt_is_whole_once_then_short_and_an_empty_line_asks_again() {
    let output = crate::common::doctor()
        .args(["--lang", "fr", "--plain", "--resume", "2.1.2.2"])
        .write_stdin("t 1\n\n?\nq\n")
        .output()
        .unwrap();
    let prompts = String::from_utf8(output.stderr).unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    let whole = "Tapez 1 pour continuer, b pour revenir";
    assert_eq!(
        prompts.matches(whole).count(),
        2,
        "first, and after the empty line:\n{prompts}"
    );
    assert_eq!(
        prompts.matches("Choix (1, b, q, «\u{a0}?\u{a0}»)\u{a0}:").count(),
        2,
        "{prompts}"
    );
    assert!(out.contains("Il n’y a pas d’étape à marquer ici"), "{out}");
    assert!(!out.contains("«  »") && !out.contains("ne fait pas partie"), "{out}");
    let two = crate::common::doctor()
        .args(["--lang", "fr", "--plain", "--resume", "2.1"])
        .write_stdin("q\n")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(two.stderr)
            .unwrap()
            .contains("Tapez 1 ou 2, b pour revenir")
    );
}

/// Issue 27 polish 12: a transcript copied (`y`) before any save does not claim to be saved: it
/// says when it was copied; a saved one still says "Saved".
#[test]
fn a_transcript_copied_before_any_save_says_copied_not_saved() {
    let output = crate::common::doctor()
        .args(["--lang", "en", "--plain", "--resume", "1"])
        .write_stdin("y\nq\n")
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("# signup-doctor transcript"), "{out}");
    assert!(out.contains("- Copied (not a save): "), "{out}");
    assert!(!out.contains("- Saved: "), "{out}");
}
