//! Outside programs some tests run: Graphviz's `dot`, `groff`, Node.js with the Mermaid parser.
//! Those tests are `#[ignore]`d, so the default `cargo test` needs only Rust and its last line
//! counts them ("N ignored"); `cargo test -- --include-ignored` runs them. `bash`, which every base
//! system has, is the exception: its test runs by default, and finds it where systems install it
//! when the `PATH` does not name it (a `PATH` of only Rust). Where a program is missing, a test that
//! needs it is skipped with one line naming the program and how to get it; under `CI=true` a
//! missing program fails the test instead, so CI (which runs them all) always runs every parser.
//! `bash .ci/setup` installs them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// True when `program` runs (`program ARGS` exits 0). When it does not, says so on the terminal
/// (uncaptured, so `cargo test` shows it) and returns false — or panics under `CI=true`.
pub fn available(program: &str, args: &[&str], how_to_get: &str) -> bool {
    runs(Path::new(program), args) || missing(&format!("`{program}`"), how_to_get)
}

/// Whether `program ARGS` exits 0.
fn runs(program: &Path, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The bash to drive: the `PATH`'s, else the one the base system installs; `None` (after saying so,
/// or failing under `CI=true`) when there is none.
pub fn bash() -> Option<PathBuf> {
    const INSTALLED: [&str; 4] = [
        "/bin/bash",
        "/usr/bin/bash",
        "/usr/local/bin/bash",
        "/opt/homebrew/bin/bash",
    ];
    let found = std::iter::once("bash")
        .chain(INSTALLED)
        .map(Path::new)
        .find(|program| runs(program, &["--version"]))
        .map(Path::to_path_buf);
    if found.is_none() {
        missing("`bash`", "bash: `apt-get install bash`");
    }
    found
}

/// True when Node.js and the Mermaid parser (`npm ci --prefix tests/mermaid`) are both here.
pub fn mermaid() -> bool {
    let how = "install Node.js, then `npm ci --prefix tests/mermaid` (or `bash .ci/setup`)";
    if !available("node", &["--version"], how) {
        return false;
    }
    let installed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mermaid/node_modules/mermaid/package.json");
    installed.is_file() || missing("the Mermaid parser (tests/mermaid/node_modules)", how)
}

/// Reports a missing program: a skip line, or under `CI=true` a failure.
fn missing(what: &str, how_to_get: &str) -> bool {
    let test = std::thread::current().name().unwrap_or("a test").to_string();
    assert!(
        !std::env::var("CI").is_ok_and(|v| v == "true" || v == "1"),
        "{test} needs {what}, which is missing, and CI=true allows no skip: {how_to_get}"
    );
    // Written past the test harness's capture, so the skip shows in a passing run.
    let _ = writeln!(std::io::stderr(), "skipped {test}: needs {what}: {how_to_get}");
    false
}
