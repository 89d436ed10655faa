//! Snapshots of screens, not of paths. Every path the engine enumerates is walked in every shipped
//! language, and every screen it meets — in plain mode and full-screen — is filed under a stable id:
//! its topic and node (with the end the wizard draws, if any) and, at an escalation end, the path
//! whose answers fill its ticket summary. Each distinct screen is stored once:
//!
//! - `snapshots/screens/TOPIC.LANG.snap`: a topic's screens, plain then full-screen, node by node;
//! - `snapshots/screens/tickets.LANG.snap`: the full-screen escalation ends, one per ticket summary;
//! - `snapshots/paths.snap`: the `paths` list, so an added or changed path is a one-line diff;
//! - `snapshots/layout/*.snap`: a few whole 80×24 frames, breadcrumb and code included.
//!
//! In `screens/`, what only the path decides — the breadcrumb, the path code — is replaced by a mark,
//! and full-screen screens are drawn 80 columns wide and tall enough to hold every line, so a change
//! below the fold shows too. So a changed message rewrites only the files of the screens that show it.

use crate::common;
use ratatui::crossterm::event::Event;
use signup_doctor::content::{self, Loaded};
use signup_doctor::engine::paths::{PathEnd, all_paths};
use signup_doctor::engine::place::Place;
use signup_doctor::engine::tree::{NodeKind, Outcome, Tree};
use signup_doctor::i18n::Localizer;
use signup_doctor::i18n::check::SHIPPED;
use signup_doctor::output::plain::write_screen;
use signup_doctor::source::{FileSet, Kind};
use signup_doctor::tui::App;
use signup_doctor::tui::theme::THEME;
use signup_doctor::wizard::screen::Screen;
use signup_doctor::wizard::session::{Effect, Msg, Session};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;

const SCREENS_DIR: &str = "tests/snapshots/screens";
const LAYOUT_DIR: &str = "tests/snapshots/layout";
/// Rows of the full-screen gallery: enough for the longest screen (a ticket summary) to fit unscrolled.
const GALLERY_ROWS: u16 = 72;
/// Stands for the breadcrumb and the path code, which belong to the path, not to the screen.
const BREADCRUMB_MARK: &str = "‹breadcrumb›";
const CODE_MARK: &str = "‹path code›";

fn built_in() -> Loaded {
    let loaded = content::load(Default::default()).unwrap();
    assert!(!loaded.diagnostics.has_errors(), "the shipped tree checks clean");
    loaded
}

fn dir(relative: &str) -> PathBuf {
    common::root().join(relative)
}

/// A fixed clock: escalation ends show when the session started.
fn fixed_clock() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_790_000_000).unwrap()
}

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

/// The plain screen at `code`, with its path code and breadcrumb marked.
fn plain_screen(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> String {
    let screen = Screen::of(&session_at(tree, code), localizer, lang);
    let mut out = Vec::new();
    write_screen(&mut out, &screen, localizer, lang).unwrap();
    let mut lines: Vec<String> = String::from_utf8(out).unwrap().lines().map(str::to_string).collect();
    if !screen.breadcrumb.is_empty() {
        let codes = format!("{} · {}", screen.codes.code, screen.codes.short);
        assert!(lines[1].contains(&codes), "{code}: line 2 shows the code: {lines:?}");
        lines[1] = lines[1].replace(&codes, CODE_MARK);
        assert_eq!(
            lines[2],
            screen.breadcrumb.join(" › "),
            "{code}: line 3 is the breadcrumb"
        );
        lines[2] = BREADCRUMB_MARK.to_string();
    }
    lines.join("\n")
}

/// The full-screen screen at `code`, 80 columns wide and tall enough for all of it, with the
/// breadcrumb rows and the path code marked and the blank rows above the status line dropped.
fn gallery_screen(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> String {
    let text = full_screen(tree, localizer, lang, code, 80, GALLERY_ROWS);
    let rows: Vec<&str> = text.lines().collect();
    let crumbs_end = 1 + rows[1..]
        .iter()
        .position(|r| r.is_empty())
        .expect("a blank row below the breadcrumb");
    let (status, hints) = (rows[rows.len() - 2], rows[rows.len() - 1]);
    let mut body: Vec<&str> = rows[crumbs_end..rows.len() - 2].to_vec();
    let blank_below = body.iter().rev().take_while(|r| r.trim().is_empty()).count();
    assert!(
        blank_below > 0 && !body.iter().any(|r| r.contains('▼')),
        "{code} ({lang}) does not fit in {GALLERY_ROWS} rows: raise GALLERY_ROWS"
    );
    body.truncate(body.len() - blank_below);
    let label = status.split_once(':').map_or(status, |(label, _)| label);
    let mut out = vec![rows[0].to_string(), format!(" {BREADCRUMB_MARK}")];
    out.extend(body.iter().map(std::string::ToString::to_string));
    out.push(String::new());
    out.push(if code.is_empty() {
        status.to_string()
    } else {
        format!("{label}: {CODE_MARK}")
    });
    out.push(hints.to_string());
    out.join("\n")
}

/// Plain or full-screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    Plain,
    FullScreen,
}

/// A screen's stable id: where it stands, how it is drawn, and what else decides its content.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ScreenId {
    /// The node, by its index in the tree (the order of the flow files).
    node: usize,
    /// `→ resolved`, `→ escalate`…: the end the wizard draws after the node, if it is one.
    end: String,
    mode: Mode,
    /// At a full-screen escalation end: the path whose answers fill the ticket summary.
    ticket_for: Option<String>,
}

/// Every screen the paths meet, by file stem and id, with the first path code that met it.
#[derive(Default)]
struct Gallery {
    files: BTreeMap<String, BTreeMap<ScreenId, (String, String)>>,
    /// Screens filed under one id that differ between two paths: the id misses some context.
    clashes: Vec<String>,
}

impl Gallery {
    /// Walks every path in every shipped language and files each screen it meets.
    fn of(tree: &Tree, localizer: &Localizer) -> Gallery {
        let mut gallery = Gallery::default();
        let mut seen: HashSet<(String, &str)> = HashSet::new();
        for path in all_paths(tree) {
            assert_ne!(path.end, PathEnd::Loop, "{} comes back on itself", path.codes.code);
            for lang in SHIPPED {
                let parts: Vec<&str> = path.codes.code.split('/').filter(|p| !p.is_empty()).collect();
                for depth in 0..=parts.len() {
                    let code = parts[..depth].join("/");
                    if seen.insert((code.clone(), lang)) {
                        gallery.file(tree, localizer, lang, &code);
                    }
                }
            }
        }
        gallery
    }

    fn file(&mut self, tree: &Tree, localizer: &Localizer, lang: &str, code: &str) {
        let place = session_at(tree, code).place();
        let end = match place {
            Place::End(outcome, _) => format!(" → {}", outcome.as_str()),
            Place::Node(_) => String::new(),
        };
        let topic = &tree.flow_of(place.node()).id;
        let node = place.node().0;
        let plain = ScreenId {
            node,
            end: end.clone(),
            mode: Mode::Plain,
            ticket_for: None,
        };
        self.put(
            format!("{topic}.{lang}"),
            plain,
            plain_screen(tree, localizer, lang, code),
            code,
        );
        let escalation = tree.outcome(place) == Some(Outcome::Escalate);
        let full = ScreenId {
            node,
            end,
            mode: Mode::FullScreen,
            ticket_for: escalation.then(|| code.to_string()),
        };
        let file = if escalation {
            format!("tickets.{lang}")
        } else {
            format!("{topic}.{lang}")
        };
        self.put(file, full, gallery_screen(tree, localizer, lang, code), code);
    }

    fn put(&mut self, file: String, id: ScreenId, text: String, code: &str) {
        let screens = self.files.entry(file.clone()).or_default();
        match screens.get(&id) {
            Some((stored, first)) if *stored != text => self.clashes.push(format!(
                "{file} {id:?}: `{first}` and `{code}` draw it differently:\n{stored}\n---\n{text}"
            )),
            Some(_) => {}
            None => {
                screens.insert(id, (text, code.to_string()));
            }
        }
    }

    /// One file's content: each screen under a header naming its id.
    fn content(&self, tree: &Tree, file: &str) -> String {
        let mut sections = Vec::new();
        for (id, (text, _)) in &self.files[file] {
            let node = tree.qualified_name(signup_doctor::engine::tree::NodeId(id.node));
            let mode = match id.mode {
                Mode::Plain => "plain",
                Mode::FullScreen => "full screen",
            };
            let ticket = id
                .ticket_for
                .as_ref()
                .map(|code| format!(" · ticket after {code}"))
                .unwrap_or_default();
            sections.push(format!("── {mode} · {node}{}{ticket} ──\n{text}", id.end));
        }
        sections.join("\n\n")
    }
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

#[test]
fn every_screen_of_every_path_in_every_language_is_a_stored_screen() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    let gallery = Gallery::of(tree, &loaded.localizer);
    assert!(gallery.clashes.is_empty(), "{}", gallery.clashes.join("\n\n"));
    // Every file is compared (and each that differs left as a `.snap.new` for `cargo insta review`)
    // before the test fails, so one run shows every changed screen file.
    let mut changed = Vec::new();
    settings(SCREENS_DIR).bind(|| {
        for file in gallery.files.keys() {
            let content = gallery.content(tree, file);
            let compared = std::panic::catch_unwind(|| insta::assert_snapshot!(file.as_str(), content));
            if compared.is_err() {
                changed.push(file.clone());
            }
        }
    });
    assert!(
        changed.is_empty(),
        "{} screen files changed: {changed:?}. Review them with `cargo insta review`, or accept \
         every stored expectation with `{}`",
        changed.len(),
        crate::golden::UPDATE
    );
    // Unreferenced snapshots are rejected: every stored file is one the paths produce.
    let produced: BTreeSet<String> = gallery.files.keys().map(|f| format!("{f}.snap")).collect();
    let stale: Vec<String> = snapshot_files(SCREENS_DIR).difference(&produced).cloned().collect();
    assert!(
        stale.is_empty(),
        "snapshots no path produces any more (delete them): {stale:?}"
    );
}

#[test]
fn every_path_reaches_an_end_and_every_node_is_met() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    let gallery = Gallery::of(tree, &loaded.localizer);
    let met: BTreeSet<usize> = gallery
        .files
        .values()
        .flat_map(|s| s.keys().map(|id| id.node))
        .collect();
    for (index, node) in tree.nodes.iter().enumerate() {
        if !matches!(node.kind, NodeKind::Jump { .. }) {
            assert!(
                met.contains(&index),
                "no path shows {}",
                tree.qualified_name(node_id(index))
            );
        }
    }
}

fn node_id(index: usize) -> signup_doctor::engine::tree::NodeId {
    signup_doctor::engine::tree::NodeId(index)
}

#[test]
fn the_paths_list_is_its_snapshot() {
    let output = crate::common::doctor()
        .args(["paths", "--lang", "en"])
        .output()
        .unwrap();
    assert!(output.status.success());
    settings("tests/snapshots").bind(|| {
        insta::assert_snapshot!("paths", String::from_utf8(output.stdout).unwrap());
    });
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
    let loaded = built_in();
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

/// The screens (file, id) that read differently under `changed` than under the shipped texts.
fn screens_that_differ(tree: &Tree, before: &Gallery, changed: &Localizer) -> BTreeSet<(String, ScreenId)> {
    let after = Gallery::of(tree, changed);
    let mut differ = BTreeSet::new();
    for (file, screens) in &before.files {
        for (id, (text, _)) in screens {
            if after.files.get(file).and_then(|s| s.get(id)).map(|(t, _)| t) != Some(text) {
                differ.insert((file.clone(), id.clone()));
            }
        }
    }
    differ
}

/// The shipped locales with `text` put before the value of message `id` in language `lang`.
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

#[test]
fn changing_one_step_of_a_shared_fix_changes_exactly_its_two_screens() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    // A step of the shared bank checks fix, reached from several topics.
    let node = tree.find("card-declined", "bank-checks").unwrap();
    let NodeKind::Fix { steps, .. } = &tree.node(node).kind else {
        panic!("bank-checks is a fix")
    };
    let before = Gallery::of(tree, &loaded.localizer);
    let differ = screens_that_differ(tree, &before, &with_changed_message(&steps[0].text.id, "fr"));
    let files: BTreeSet<&str> = differ.iter().map(|(file, _)| file.as_str()).collect();
    assert_eq!(files, BTreeSet::from(["card-declined.fr"]), "{differ:?}");
    let ids: BTreeSet<(usize, Mode)> = differ.iter().map(|(_, id)| (id.node, id.mode)).collect();
    assert_eq!(ids, BTreeSet::from([(node.0, Mode::Plain), (node.0, Mode::FullScreen)]));
}

#[test]
fn changing_the_root_question_rewrites_at_most_two_files_of_its_language() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    let NodeKind::Question { text, .. } = &tree.node(tree.root).kind else {
        panic!("the root is a question")
    };
    let before = Gallery::of(tree, &loaded.localizer);
    let differ = screens_that_differ(tree, &before, &with_changed_message(&text.id, "en"));
    let files: BTreeSet<&str> = differ.iter().map(|(file, _)| file.as_str()).collect();
    assert!(files.contains("root.en") && files.len() <= 2, "{files:?}");
    assert!(files.iter().all(|f| f.ends_with(".en")), "{files:?}");
}

/// README.md's full-screen capture is the fix screen of `verification/no-sms` as drawn at 80×24 (the
/// `fix.verification__no-sms.en` layout).
#[test]
fn the_readme_capture_is_the_full_screen_as_drawn() {
    let loaded = built_in();
    let tree = loaded.tree.as_ref().unwrap();
    let screen = full_screen(tree, &loaded.localizer, "en", "verification/no-sms", 80, 24);
    crate::golden::assert_block(
        &common::root().join("README.md"),
        "<!-- capture:verification/no-sms start -->\n```text\n",
        "\n```\n<!-- capture:verification/no-sms end -->",
        screen.trim_end_matches('\n'),
    );
}

#[test]
fn the_built_in_content_as_the_build_checked_it_draws_every_screen_as_a_full_load_does() {
    let full = built_in();
    let checked = common::checked_built_in();
    assert_eq!(checked.tree, full.tree);
    let tree = full.tree.as_ref().unwrap();
    let from_full = Gallery::of(tree, &full.localizer);
    let from_checked = Gallery::of(tree, &checked.localizer);
    assert_eq!(from_checked.files.len(), from_full.files.len());
    for (file, screens) in &from_full.files {
        assert_eq!(
            from_checked.files.get(file),
            Some(screens),
            "{file}: a screen differs between the full load and the checked content"
        );
    }
}
