//! Snapshots of every path in every shipped language, enumerated from the engine (never a hand-written
//! list): the plain `walk` text of each path, and every full-screen screen along it at 80×24, so any
//! change to a flow or a translation shows up as a reviewed diff. Snapshot files are named after the
//! path code and language.

mod common;

use ratatui::crossterm::event::Event;
use signup_doctor::app::{self, Loaded};
use signup_doctor::engine::paths::{TreePath, all_paths};
use signup_doctor::engine::source::{FileSet, Kind};
use signup_doctor::engine::tree::{NodeKind, Tree};
use signup_doctor::i18n::Localizer;
use signup_doctor::i18n::check::SHIPPED;
use signup_doctor::plain::write_walk;
use signup_doctor::session::{Effect, Msg, Session};
use signup_doctor::tui::App;
use signup_doctor::tui::theme::THEME;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

const WALK_DIR: &str = "tests/snapshots/walk";
const TUI_DIR: &str = "tests/snapshots/tui";

fn built_in() -> Loaded {
    let loaded = app::load(Default::default()).unwrap();
    assert!(!loaded.diagnostics.has_errors(), "the shipped tree checks clean");
    loaded
}

/// The path code in a form every filesystem accepts: `verification/no-sms/no` → `verification__no-sms__no`.
fn file_stem(path: &TreePath, lang: &str) -> String {
    format!("{}.{lang}", path.codes.code.replace('/', "__"))
}

fn walk_text(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> String {
    let mut out = Vec::new();
    write_walk(&mut out, &mut Session::new(tree), code, localizer, lang).unwrap();
    String::from_utf8(out).unwrap()
}

/// The full-screen wizard opened at `code`, drawn once at 80×24, as text.
fn full_screen(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> String {
    // A fixed clock: escalation ends show when the session started.
    let mut session = Session::with_clock(tree, || jiff::Timestamp::from_second(1_790_000_000).unwrap());
    assert_eq!(session.update(Msg::GoTo(code.to_string())), Effect::Moved);
    let mut app = App::new(session, localizer, lang, THEME);
    let mut terminal = common::terminal(80, 24);
    app.run(&mut terminal, Vec::<Event>::new()).unwrap();
    common::text(&terminal)
}

fn settings(dir: &str) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

#[test]
fn every_path_walks_as_its_snapshot_in_every_language() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    settings(WALK_DIR).bind(|| {
        for path in all_paths(tree) {
            for lang in SHIPPED {
                let text = walk_text(tree, &loaded.localizer, lang, &path.codes.code);
                insta::assert_snapshot!(file_stem(&path, lang), text);
            }
        }
    });
}

#[test]
fn every_full_screen_along_every_path_draws_as_its_snapshot() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    // Paths share their beginnings: draw each screen once.
    let mut drawn: HashMap<(String, &str), String> = HashMap::new();
    settings(TUI_DIR).bind(|| {
        for path in all_paths(tree) {
            for lang in SHIPPED {
                let parts: Vec<&str> = path.codes.code.split('/').filter(|p| !p.is_empty()).collect();
                let mut screens = Vec::new();
                for depth in 0..=parts.len() {
                    let prefix = parts[..depth].join("/");
                    let screen = drawn
                        .entry((prefix.clone(), lang))
                        .or_insert_with(|| full_screen(tree, &loaded.localizer, lang, &prefix));
                    let title = if prefix.is_empty() { "start" } else { prefix.as_str() };
                    screens.push(format!("── {title} ──\n{screen}"));
                }
                insta::assert_snapshot!(file_stem(&path, lang), screens.join("\n\n"));
            }
        }
    });
}

#[test]
fn no_snapshot_is_left_that_no_path_produces() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    let expected: BTreeSet<String> = all_paths(tree)
        .iter()
        .flat_map(|p| SHIPPED.iter().map(move |lang| format!("{}.snap", file_stem(p, lang))))
        .collect();
    for dir in [WALK_DIR, TUI_DIR] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|name| name.ends_with(".snap"))
            .collect();
        let stale: Vec<&String> = on_disk.difference(&expected).collect();
        assert!(
            stale.is_empty(),
            "snapshots in {} no path produces any more (delete them): {stale:?}",
            dir.display()
        );
    }
}

/// The nodes a path shows, including its last place.
fn nodes_shown(tree: &Tree, path: &TreePath) -> Vec<usize> {
    let mut session = Session::new(tree);
    let mut shown = vec![session.place().node().0];
    for &(_, answer) in &path.steps {
        session.update(Msg::Choose(answer));
        shown.push(session.place().node().0);
    }
    shown
}

#[test]
fn changing_one_message_changes_exactly_the_paths_that_show_it() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    // A step message of the shared bank checks fix, reached from several topics.
    let node = tree.find("card-declined", "bank-checks").unwrap();
    let NodeKind::Fix { steps, .. } = &tree.node(node).kind else {
        panic!("bank-checks is a fix")
    };
    let message = steps[0].text.id.clone();

    let mut locales = FileSet::built_in(Kind::Locales);
    let file = locales
        .files
        .iter_mut()
        .find(|f| f.relative.starts_with("fr") && f.text.contains(&format!("\n{message} =")))
        .unwrap();
    file.text = file
        .text
        .replace(&format!("\n{message} ="), &format!("\n{message} = CHANGED"));
    let changed = Localizer::load(&locales, &mut Default::default());

    let mut differ = BTreeSet::new();
    let mut show = BTreeSet::new();
    for path in all_paths(tree) {
        for lang in SHIPPED {
            let before = walk_text(tree, &loaded.localizer, lang, &path.codes.code);
            let after = walk_text(tree, &changed, lang, &path.codes.code);
            if before != after {
                differ.insert((path.codes.code.clone(), *lang));
            }
        }
        if nodes_shown(tree, &path).contains(&node.0) {
            show.insert((path.codes.code.clone(), "fr"));
        }
    }
    assert!(!show.is_empty());
    assert_eq!(
        differ, show,
        "exactly the French paths through bank-checks render differently"
    );
}

#[test]
fn the_readme_capture_is_the_committed_full_screen_snapshot() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let snapshot = std::fs::read_to_string(root.join(TUI_DIR).join("verification__no-sms__yes.en.snap")).unwrap();
    let screen = snapshot
        .split("── verification/no-sms ──\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n── ").next())
        .expect("the snapshot holds the verification/no-sms screen");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let capture = readme
        .split("<!-- capture:verification/no-sms start -->\n```text\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```\n<!-- capture:verification/no-sms end -->").next())
        .expect("README.md holds the capture between its markers");
    assert_eq!(
        capture, screen,
        "README.md's capture differs from the snapshot: copy the snapshot's screen"
    );
}
