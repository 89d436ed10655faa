//! The flow files' JSON Schema: `flows/schema.json` is exactly what the Rust types generate, every
//! flow file names it in its `yaml-language-server` modeline, and `check` rejects each broken flow
//! the schema rejects, so an editor's red squiggle means `check` would complain (the schema's side,
//! with a JSON Schema validator, is in tests/outside).
//!
//! `INSTA_UPDATE=always cargo test --locked` rewrites `flows/schema.json` with every other stored
//! expectation (tests/it/golden.rs); so does `cargo run -- schema > flows/schema.json`.

use crate::schema_cases::{HELP, ROOT, broken};
use serde_json::Value;
use signup_doctor::engine::format::schema::flow_schema_json;
use std::path::{Path, PathBuf};

const MODELINE: &str = "# yaml-language-server: $schema=schema.json";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn flow_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_committed_schema_is_the_one_the_rust_types_generate() {
    let path = repo().join("flows/schema.json");
    let generated = flow_schema_json().unwrap();
    crate::golden::assert_file(&path, &generated);
    let printed = crate::common::doctor().arg("schema").output().unwrap();
    assert!(printed.status.success());
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), generated);
    let schema: Value = serde_json::from_str(&generated).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
}

#[test]
fn every_flow_file_names_the_schema_on_its_first_line() {
    let files = flow_files(&repo().join("flows"));
    assert!(files.len() > 5);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(text.lines().next(), Some(MODELINE), "{}", file.display());
    }
}

/// The messages the flows of [`ROOT`] and [`HELP`] name.
const MESSAGES: &str = "t-root = Root\nt-where = Where?\nt-where-help = Help\nt-help = Help\nt-start = Start\nt-start-one = One\nt-start-two = Two\nt-hint = Hint\n";

/// `check` on the root and `help` as given, with the shipped locales plus the messages they name.
fn check_help(help: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir(&flows).unwrap();
    std::fs::write(flows.join("root.yaml"), ROOT).unwrap();
    std::fs::write(flows.join("help.yaml"), help).unwrap();
    for lang in ["en", "fr"] {
        let locale = dir.path().join("locales").join(lang);
        std::fs::create_dir_all(&locale).unwrap();
        for entry in std::fs::read_dir(repo().join("locales").join(lang)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), locale.join(entry.file_name())).unwrap();
        }
        // French typesets its question mark after a narrow no-break space.
        let messages = if lang == "fr" {
            MESSAGES.replace("Where?", "Where\u{202f}?")
        } else {
            MESSAGES.to_string()
        };
        std::fs::write(locale.join("test.ftl"), messages).unwrap();
    }
    let output = crate::common::doctor()
        .args(["check", "--flows"])
        .arg(&flows)
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .output()
        .unwrap();
    (output.status.code(), String::from_utf8(output.stdout).unwrap())
}

/// What the JSON Schema rejects (tests/outside/schema.rs), `check` rejects too: an editor's red
/// squiggle means `check` would complain.
#[test]
fn check_rejects_each_broken_flow_the_schema_rejects() {
    for (what, yaml) in broken() {
        assert_ne!(yaml, HELP, "{what}: the replacement applies");
        let (code, out) = check_help(&yaml);
        assert_eq!(code, Some(1), "check accepts {what}: {out}");
    }
    let (code, out) = check_help(HELP);
    assert_eq!(code, Some(0), "the unbroken build checks clean: {out}");
}
