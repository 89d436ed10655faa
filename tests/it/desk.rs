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
