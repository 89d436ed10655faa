//! The built-in content as the build checked it (build.rs): the same tree and screens as a full load,
//! only what a screen shows parsed, and a broken built-in flow or message still building, with
//! `check` reporting it exactly as the full load does.

use crate::common;
use fluent_bundle::FluentArgs;
use signup_doctor::content::{self, Loaded};
use signup_doctor::i18n::ui;
use signup_doctor::wizard::screen::Screen;
use signup_doctor::wizard::session::Session;
use std::path::Path;
use std::process::Command;

fn parsed(loaded: &Loaded, lang: &str) -> (usize, usize) {
    let locale = loaded.localizer.locales().find(|l| l.lang == lang).unwrap();
    locale
        .parsed_files()
        .expect("made from the checked content, parsed as needed")
}

#[test]
fn the_checked_built_in_content_is_the_tree_and_hashes_a_full_load_gives() {
    let full = content::load(Default::default()).unwrap();
    let checked = common::checked_built_in();
    assert!(checked.tree.is_some());
    assert_eq!(checked.tree, full.tree);
    assert_eq!(checked.hashes.flows(), full.hashes.flows());
    assert_eq!(checked.hashes.locales(), full.hashes.locales());
    assert_eq!(checked.localizer.languages(), full.localizer.languages());
    assert_eq!(checked.diagnostics.sorted().len(), 0);
}

#[test]
fn every_message_reads_the_same_from_the_checked_content_as_from_a_full_load() {
    let full = content::load(Default::default()).unwrap();
    let checked = common::checked_built_in();
    for locale in full.localizer.locales() {
        for id in locale.catalog.messages.keys() {
            assert_eq!(
                checked.localizer.text(&locale.lang, id),
                full.localizer.text(&locale.lang, id),
                "{}: {id}",
                locale.lang
            );
        }
    }
}

#[test]
fn a_screen_parses_no_locale_file_and_a_message_with_variables_parses_only_its_own() {
    let checked = common::checked_built_in();
    let tree = checked.tree.as_ref().unwrap();
    let session = Session::new(tree);
    let english = Screen::of(&session, &checked.localizer, "en");
    let french = Screen::of(&session, &checked.localizer, "fr");
    assert_eq!(english.topic, "Azure sign-up and billing");
    assert_eq!(french.topic, "Inscription et facturation Azure");
    // The first screen's words were formatted when the binary was built.
    assert_eq!(parsed(&checked, "en").0, 0);
    assert_eq!(parsed(&checked, "fr").0, 0);
    // A message with a variable is formatted now: its file (and what it references) is parsed.
    let mut args = FluentArgs::new();
    args.set("count", 3);
    let prompt = checked.localizer.text_with("en", ui::PROMPT, Some(&args));
    assert!(prompt.contains("1 to 3"), "{prompt}");
    let (parsed_now, files) = parsed(&checked, "en");
    assert!(
        (1..=2).contains(&parsed_now),
        "{parsed_now} of {files} English files parsed"
    );
    assert_eq!(parsed(&checked, "fr").0, 0, "French is not spoken yet");
}

/// The workspace's sources (no build output, no git, no installed node modules), copied to `to`.
fn copy_sources(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if [".git", "target", "node_modules", "fuzz"].iter().any(|n| name == *n) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_sources(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn replace_in(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} holds {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_broken_built_in_flow_and_message_still_build_and_check_reports_them_as_a_full_load_does() {
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path();
    copy_sources(common::root(), copy);
    // A flow whose answer leads nowhere, and a French message gone.
    replace_in(
        &copy.join("flows/root.yaml"),
        "next: past-due:start",
        "next: past-due:nowhere",
    );
    replace_in(
        &copy.join("locales/fr/root.ftl"),
        "root-where-hint =",
        "root-where-hint-gone =",
    );
    // Its own target folder, kept between runs (this test's cargo holds the suite's one locked).
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-built-in");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    // Dependencies unoptimised and without debug information: what is tested is the build script
    // and `check`, and a first build here takes a third of the time.
    let light = [
        "--config",
        "profile.dev.debug=false",
        "--config",
        "profile.dev.package.\"*\".opt-level=0",
    ];
    let build = Command::new(cargo)
        .args(["build", "--offline", "--locked", "--bin", "signup-doctor"])
        .args(light)
        .current_dir(copy)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let warnings = String::from_utf8_lossy(&build.stderr);
    assert!(build.status.success(), "the broken copy builds:\n{warnings}");

    // What a full load of the same files says: run from the copy, `--flows flows` names the files
    // as the built-in ones are named.
    let expected = common::doctor()
        .current_dir(copy)
        .args(["check", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    let expected_out = String::from_utf8_lossy(&expected.stdout);
    assert!(expected_out.contains("flows/root.yaml:"), "{expected_out}");
    assert!(expected_out.contains("root-where-hint"), "{expected_out}");

    let built = target.join("debug/signup-doctor");
    let check = Command::new(&built)
        .arg("check")
        .current_dir(scratch.path().parent().unwrap())
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&check.stdout), expected_out);
    assert_eq!(check.stderr, expected.stderr);
    assert_eq!(check.status.code(), expected.status.code());
    assert_eq!(check.status.code(), Some(1));
    // The build said so too: each error line of `check` is a cargo warning.
    for line in expected_out.lines().filter(|l| l.contains(": error:")) {
        assert!(
            warnings.contains(line),
            "not among the build's warnings: {line}\n{warnings}"
        );
    }
    // And the wizard on that binary refuses to start, listing the errors, as a full load does.
    let start = Command::new(&built)
        .args(["--plain", "--lang", "en"])
        .env_clear()
        .output()
        .unwrap();
    let full = common::doctor()
        .current_dir(copy)
        .args(["--plain", "--lang", "en", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    assert_eq!(start.stderr, full.stderr);
    assert_eq!(start.status.code(), full.status.code());
    assert!(String::from_utf8_lossy(&start.stderr).contains("flows/root.yaml:"));
}
