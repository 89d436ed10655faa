//! Helpers shared by the full-screen tests: events to type and click, a `TestBackend` terminal, and
//! the screen read back as text.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The wizard's own locale files (its messages, the agent aids', the journal's, and the terms),
/// which every set of locales needs beside a tree's own messages.
pub const WIZARD_LOCALES: [&str; 4] = ["ui.ftl", "agent.ftl", "journal.ftl", "terms.ftl"];

/// Copies [`WIZARD_LOCALES`] of every built-in language into `locales` (`locales/LANG/FILE`).
pub fn copy_wizard_locales(locales: &Path) {
    for lang in ["en", "fr"] {
        std::fs::create_dir_all(locales.join(lang)).unwrap();
        for file in WIZARD_LOCALES {
            std::fs::copy(
                root().join("locales").join(lang).join(file),
                locales.join(lang).join(file),
            )
            .unwrap();
        }
    }
}

pub fn press(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Keys as typed: `\n` Enter, `<` Backspace, `^` Esc, `↑` Up, anything else that character.
pub fn keys(typed: &str) -> Vec<Event> {
    typed
        .chars()
        .map(|c| match c {
            '\n' => press(KeyCode::Enter),
            '<' => press(KeyCode::Backspace),
            '^' => press(KeyCode::Esc),
            '↑' => press(KeyCode::Up),
            c => press(KeyCode::Char(c)),
        })
        .collect()
}

pub fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

pub fn click(column: u16, row: u16) -> Event {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

/// The left button let go: with [`click`] before it at the same cell, a whole click.
pub fn release(column: u16, row: u16) -> Event {
    mouse(MouseEventKind::Up(MouseButton::Left), column, row)
}

pub fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).unwrap()
}

/// The screen as text, one line per row, trailing spaces trimmed.
pub fn text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut lines = Vec::new();
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

pub fn last_line(terminal: &Terminal<TestBackend>) -> String {
    text(terminal).lines().last().unwrap_or_default().to_string()
}

/// The binary, with no language or plain-mode switch from the environment, and its own fresh folders for journals and
/// transcripts (`XDG_STATE_HOME`, `XDG_DATA_HOME`), so no test reads or leaves anything in the
/// user's home.
pub fn doctor() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("signup-doctor").unwrap();
    let home = private_home();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LC_CTYPE")
        .env_remove("LANGUAGE")
        .env_remove("LANG")
        .env_remove("SIGNUP_DOCTOR_PLAIN")
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"));
    cmd
}

/// A new, empty folder under the test build's scratch folder.
pub fn private_home() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("home-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The shipped flows and locales, loaded once per test thread.
pub fn shipped() -> &'static signup_doctor::content::Loaded {
    thread_local! {
        static LOADED: &'static signup_doctor::content::Loaded =
            Box::leak(Box::new(signup_doctor::content::load(Default::default()).unwrap()));
    }
    LOADED.with(|loaded| *loaded)
}

/// The shipped flows and locales in their committed checked form, as the binary opens them at start.
pub fn checked_built_in() -> signup_doctor::content::Loaded {
    let bytes = signup_doctor::built_in::checked().expect("src/built_in.bin holds the checked form");
    signup_doctor::content::open(Default::default(), Some(bytes)).unwrap()
}

/// What transcripts record of the shipped build.
pub fn shipped_build() -> signup_doctor::transcript::Build<'static> {
    signup_doctor::transcript::Build {
        localizer: &shipped().localizer,
        hashes: &shipped().hashes,
    }
}

/// A fixed clock, so times in transcripts and ticket summaries do not move.
pub fn fixed_clock() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_790_000_000).unwrap()
}

/// A scratch folder holding `tests/fixtures/base` (root → phone: a question, a two-step fix; or
/// help: a fix, then an escalation end), `flows/` and `locales/`, with the wizard's own messages
/// beside its own.
pub fn scratch_base() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&root().join("tests/fixtures/base"), dir.path());
    copy_wizard_locales(&dir.path().join("locales"));
    dir
}

/// Copies the files under `from` into `to`, folders and all (a fixture's `expected.txt` aside).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else if entry.file_name() != "expected.txt" {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// [`scratch_base`], loaded as the program loads `--flows` and `--locales`, from the scratch folder
/// the caller keeps.
pub fn base_fixture() -> (tempfile::TempDir, signup_doctor::content::Loaded) {
    let dir = scratch_base();
    let (flows, locales) = (dir.path().join("flows"), dir.path().join("locales"));
    let loaded = signup_doctor::content::load(signup_doctor::content::Sources {
        flows: Some(&flows),
        locales: Some(&locales),
    })
    .unwrap();
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics.sorted());
    (dir, loaded)
}

/// A saver of `loaded`'s build into `dir`, with no fallback folder.
pub fn saver_into(
    loaded: &signup_doctor::content::Loaded,
    dir: std::path::PathBuf,
) -> signup_doctor::transcript::Saver<'_> {
    signup_doctor::transcript::Saver {
        build: signup_doctor::transcript::Build {
            localizer: &loaded.localizer,
            hashes: &loaded.hashes,
        },
        dir: Some(dir),
        fallback: None,
    }
}
