//! The built-in tree's screens are its committed snapshot, made by the same code as the `snapshot`
//! command ([`signup_doctor::snapshot`]): `tests/snapshots/tree` is exactly what
//! `signup-doctor snapshot tests/snapshots/tree --update` writes — every distinct screen once, plain
//! and full screen, per topic and language, the tickets, and the paths list (see that module). After
//! a change to the flows or locales, `cargo run -- snapshot tests/snapshots/tree` shows every changed
//! file's diff at once, and `--update` (or the one command that updates every stored expectation, [`crate::golden::UPDATE`]) accepts them.
//!
//! Besides: a few whole frames at 80×24 (`snapshots/layout/*.snap`, insta), breadcrumb, code and
//! fold included, since the tree's snapshot marks those.

use crate::common;
use ratatui::crossterm::event::Event;
use signup_doctor::engine::paths::{PathEnd, all_paths, shortest_walk_to};
use signup_doctor::engine::tree::{NodeKind, Outcome, Tree};
use signup_doctor::i18n::Localizer;
use signup_doctor::snapshot::{self, Change, Snapshot};
use signup_doctor::source::{FileSet, Kind};
use signup_doctor::tui::App;
use signup_doctor::tui::theme::THEME;
use signup_doctor::wizard::session::{Effect, Msg, Session};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const TREE_DIR: &str = "tests/snapshots/tree";
const LAYOUT_DIR: &str = "tests/snapshots/layout";

fn dir(relative: &str) -> PathBuf {
    common::root().join(relative)
}

/// Every file of the snapshot, by name.
fn files(tree: &Tree, localizer: &Localizer) -> BTreeMap<String, String> {
    Snapshot::new(tree, localizer, snapshot::DEFAULT_WIDTH)
        .files()
        .map(|f| (f.name, f.text))
        .collect()
}

#[test]
fn every_screen_of_the_built_in_tree_is_its_committed_snapshot() {
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let bless = crate::golden::updating();
    let mut changes = Vec::new();
    let snapshot = Snapshot::new(tree, &loaded.localizer, snapshot::DEFAULT_WIDTH);
    snapshot::compare(&dir(TREE_DIR), snapshot.files(), bless, |change| {
        changes.push(match change {
            Change::Changed { diff, .. } => diff.clone(),
            Change::New { name, .. } => format!("new file: {name}\n"),
            Change::Removed { name } => format!("removed file: {name}\n"),
        });
    })
    .unwrap();
    assert!(
        bless || changes.is_empty(),
        "{}\n{TREE_DIR} differs from the tree (above); if that is meant, accept it with \
         `cargo run -- snapshot {TREE_DIR} --update` (or every stored expectation with `{}`)",
        changes.join("\n"),
        crate::golden::UPDATE
    );
}

#[test]
fn the_snapshot_command_finds_the_committed_snapshot_up_to_date() {
    let output = common::doctor()
        .args(["snapshot", TREE_DIR])
        .current_dir(common::root())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(
        out.starts_with(&format!("snapshot: {TREE_DIR} matches the tree (")),
        "{out}"
    );
}

/// The screens of a file, by their header line.
fn sections(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for section in text.split("\n\n── ") {
        let section = section.trim_start_matches("── ");
        let (header, body) = section.split_once('\n').unwrap_or((section, ""));
        out.insert(header.to_string(), body.to_string());
    }
    out
}

#[test]
fn every_screen_a_path_meets_is_the_one_stored_for_its_place() {
    // Screens are stored per place, drawn after the shortest walk there: that holds only if no
    // other walk to the place draws it differently (but for what is marked, and the tickets).
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let snapshot = Snapshot::new(tree, &loaded.localizer, snapshot::DEFAULT_WIDTH);
    let mut seen = BTreeSet::new();
    for path in all_paths(tree) {
        assert_ne!(path.end, PathEnd::Loop, "{} comes back on itself", path.codes.code);
        for depth in 0..=path.steps.len() {
            let answers: Vec<usize> = path.steps[..depth].iter().map(|&(_, a)| a).collect();
            let place = if let Some(&(place, _)) = path.steps.get(depth) {
                place
            } else {
                let &(last, answer) = path.steps.last().unwrap();
                tree.choose(last, answer).unwrap()
            };
            if !seen.insert(answers.clone()) {
                continue;
            }
            let shortest: Vec<usize> = shortest_walk_to(tree, place)
                .unwrap()
                .steps
                .iter()
                .map(|&(_, a)| a)
                .collect();
            for lang in ["en", "fr"] {
                let (plain, full) = snapshot.screens(&answers, lang);
                let (plain_there, full_there) = snapshot.screens(&shortest, lang);
                assert_eq!(plain, plain_there, "{} ({lang})", path.codes.code);
                if tree.outcome(place) != Some(Outcome::Escalate) {
                    assert_eq!(full, full_there, "{} ({lang})", path.codes.code);
                }
            }
        }
    }
}

#[test]
fn every_node_but_jumps_has_its_screens_and_every_escalating_path_its_ticket() {
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let files = files(tree, &loaded.localizer);
    let headers: Vec<&str> = files
        .values()
        .flat_map(|text| text.lines().filter(|l| l.starts_with("── ")))
        .collect();
    for node in 0..tree.nodes.len() {
        let id = signup_doctor::engine::tree::NodeId(node);
        if matches!(tree.node(id).kind, NodeKind::Jump { .. }) {
            continue;
        }
        let name = format!("── plain · {} ", tree.qualified_name(id));
        assert!(headers.iter().any(|h| h.starts_with(&name)), "no screen of {name}");
    }
    let escalating = all_paths(tree)
        .into_iter()
        .filter(|p| p.end == PathEnd::Outcome(Outcome::Escalate))
        .count();
    for lang in ["en", "fr"] {
        let tickets = sections(&files[&format!("tickets.{lang}.txt")]);
        assert_eq!(tickets.len(), escalating, "{lang}");
    }
    let listed = files["paths.txt"].lines().count();
    assert_eq!(listed, all_paths(tree).len());
}

/// The shipped locales with `CHANGED` put before the value of message `id` in language `lang`.
fn with_changed_message(id: &str, lang: &str) -> Localizer {
    let mut locales = FileSet::built_in(Kind::Locales);
    let file = locales
        .files
        .iter_mut()
        .find(|f| f.relative.starts_with(lang) && f.text.contains(&format!("\n{id} =")))
        .unwrap_or_else(|| panic!("{lang} defines {id}"));
    file.text = file.text.replace(&format!("\n{id} ="), &format!("\n{id} = CHANGED"));
    Localizer::load(&locales, &mut Default::default())
}

/// The screens (file, header) that read differently under `changed` than under the shipped texts.
fn screens_that_differ(
    tree: &Tree,
    before: &BTreeMap<String, String>,
    changed: &Localizer,
) -> BTreeSet<(String, String)> {
    let after = files(tree, changed);
    assert_eq!(after.keys().collect::<Vec<_>>(), before.keys().collect::<Vec<_>>());
    let mut differ = BTreeSet::new();
    for (file, text) in before {
        let (was, now) = (sections(text), sections(&after[file]));
        for (header, screen) in &was {
            if now.get(header) != Some(screen) {
                differ.insert((file.clone(), header.clone()));
            }
        }
    }
    differ
}

#[test]
fn changing_one_step_of_a_shared_fix_changes_exactly_its_two_screens() {
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    // A step of the shared bank checks fix, reached from several topics.
    let node = tree.find("card-declined", "bank-checks").unwrap();
    let NodeKind::Fix { steps, .. } = &tree.node(node).kind else {
        panic!("bank-checks is a fix")
    };
    let before = files(tree, &loaded.localizer);
    let differ = screens_that_differ(tree, &before, &with_changed_message(&steps[0].text.id, "fr"));
    let name = tree.qualified_name(node);
    let expected = BTreeSet::from([
        ("screens/card-declined.fr.txt".to_string(), format!("plain · {name} ──")),
        (
            "screens/card-declined.fr.txt".to_string(),
            format!("full screen · {name} ──"),
        ),
    ]);
    assert_eq!(differ, expected);
}

#[test]
fn changing_the_root_question_rewrites_at_most_two_files_of_its_language() {
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let NodeKind::Question { text, .. } = &tree.node(tree.root).kind else {
        panic!("the root is a question")
    };
    let before = files(tree, &loaded.localizer);
    let differ = screens_that_differ(tree, &before, &with_changed_message(&text.id, "en"));
    let files: BTreeSet<&str> = differ.iter().map(|(file, _)| file.as_str()).collect();
    assert!(files.contains("screens/root.en.txt") && files.len() <= 2, "{files:?}");
    assert!(files.iter().all(|f| f.ends_with(".en.txt")), "{files:?}");
}

#[test]
fn the_built_in_content_as_the_build_checked_it_draws_every_screen_as_a_full_load_does() {
    let full = common::shipped();
    let checked = common::checked_built_in();
    assert_eq!(checked.tree, full.tree);
    let tree = full.tree.as_ref().unwrap();
    let from_full = files(tree, &full.localizer);
    let from_checked = files(tree, &checked.localizer);
    assert_eq!(from_checked.len(), from_full.len());
    for (file, text) in &from_full {
        assert!(
            from_checked.get(file) == Some(text),
            "{file}: a screen differs between the full load and the checked content"
        );
    }
}

use crate::common::fixed_clock;

fn session_at<'t>(tree: &'t Tree, code: &str) -> Session<'t> {
    // A fixed id too: summaries name the session.
    let mut session = Session::with_clock(tree, fixed_clock).with_id("20260910T135320Z-5a1e00");
    assert_eq!(session.update(Msg::GoTo(code.to_string())), Effect::Moved, "{code}");
    session
}

/// The full-screen wizard opened at `code`, drawn once, as text.
fn full_screen(tree: &Tree, localizer: &Localizer, lang: &str, code: &str, width: u16, height: u16) -> String {
    let mut app = App::new(session_at(tree, code), localizer, lang, THEME);
    let mut terminal = common::terminal(width, height);
    app.run(&mut terminal, Vec::<Event>::new()).unwrap();
    common::text(&terminal)
}

fn settings(dir: &str) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(common::root().join(dir));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// The `.snap` files in a folder.
fn snapshot_files(relative: &str) -> BTreeSet<String> {
    std::fs::read_dir(dir(relative))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|name| name.ends_with(".snap"))
        .collect()
}

/// Whole frames as a user sees them at 80×24, breadcrumb, code and fold included.
const LAYOUTS: [(&str, &str, &str); 4] = [
    ("start.en", "en", ""),
    ("fix.verification__no-sms.en", "en", "verification/no-sms"),
    ("deep-fix.fr", "fr", "verification/no-sms/no/no"),
    ("escalation.en", "en", "verification/no-sms/no/no/no"),
];

#[test]
fn whole_frames_at_80x24_are_their_snapshots() {
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    settings(LAYOUT_DIR).bind(|| {
        for (name, lang, code) in LAYOUTS {
            insta::assert_snapshot!(name, full_screen(tree, &loaded.localizer, lang, code, 80, 24));
        }
    });
    let produced: BTreeSet<String> = LAYOUTS.iter().map(|(name, ..)| format!("{name}.snap")).collect();
    assert_eq!(
        snapshot_files(LAYOUT_DIR),
        produced,
        "only the listed layouts are stored"
    );
}

#[test]
fn the_readme_capture_is_the_full_screen_as_drawn() {
    let loaded = common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let screen = full_screen(tree, &loaded.localizer, "en", "verification/no-sms", 80, 24);
    crate::golden::assert_block(
        &common::root().join("README.md"),
        "<!-- capture:verification/no-sms start -->\n```text\n",
        "\n```\n<!-- capture:verification/no-sms end -->",
        screen.trim_end_matches('\n'),
    );
}
