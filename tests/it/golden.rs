//! Stored expectations that are plain files, not insta snapshots: flows/schema.json, README.md's
//! generated blocks (the root diagram, the full-screen capture), the `check` fixtures'
//! `expected.txt` and the built-in content's checked form (src/built_in.bin). They follow insta's switch, so one command updates every stored expectation,
//! screens included: [`UPDATE`]. Any other run fails on a difference, naming that command.

use std::path::Path;
use std::sync::Mutex;

/// The one command that rewrites every stored expectation that differs (insta's snapshots and the
/// files here); `git diff` then shows what changed. `cargo insta test --accept` does the same.
pub const UPDATE: &str = "INSTA_UPDATE=always cargo test --locked";

/// Several tests rewrite blocks of one README.md: one at a time.
static WRITING: Mutex<()> = Mutex::new(());

/// True when this run updates what it finds different (insta's `INSTA_UPDATE=always`, which
/// `cargo insta test --accept` sets too).
pub fn updating() -> bool {
    std::env::var("INSTA_UPDATE").is_ok_and(|v| v == "always")
}

/// Asserts `path` holds exactly `expected`, or writes it there when [`updating`].
pub fn assert_file(path: &Path, expected: &str) {
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    if stored == expected {
        return;
    }
    if updating() {
        let _one = WRITING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        std::fs::write(path, expected).unwrap();
        return;
    }
    panic!(
        "{} differs from what the code produces:\n--- stored\n{stored}\n+++ produced\n{expected}\n\
         To update every stored expectation, run `{UPDATE}` and review `git diff`.",
        path.display()
    );
}

/// Asserts the binary file `path` holds exactly `expected`, or writes it there when [`updating`].
pub fn assert_bytes(path: &Path, expected: &[u8]) {
    let stored = std::fs::read(path).unwrap_or_default();
    if stored == expected {
        return;
    }
    if updating() {
        std::fs::write(path, expected).unwrap();
        return;
    }
    panic!(
        "{} ({} bytes) differs from what the code produces ({} bytes).\n\
         To update every stored expectation, run `{UPDATE}` and review `git diff`.",
        path.display(),
        stored.len(),
        expected.len()
    );
}

/// Asserts the block of `path` from the line `start` to the line `end` (both kept) holds exactly
/// `body`, or writes it there when [`updating`].
pub fn assert_block(path: &Path, start: &str, end: &str, body: &str) {
    let _one = WRITING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let text = std::fs::read_to_string(path).unwrap();
    let (Some(from), Some(to)) = (text.find(start), text.find(end)) else {
        panic!("{} has no block between `{start}` and `{end}`", path.display());
    };
    let inside = &text[from + start.len()..to];
    if inside == body {
        return;
    }
    if updating() {
        std::fs::write(path, format!("{}{body}{}", &text[..from + start.len()], &text[to..])).unwrap();
        return;
    }
    panic!(
        "{}: the block after `{start}` differs from what the code produces:\n--- stored\n{inside}\n\
         +++ produced\n{body}\nTo update every stored expectation, run `{UPDATE}` and review `git diff`.",
        path.display()
    );
}
