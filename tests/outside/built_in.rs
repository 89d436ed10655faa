//! A broken built-in flow and message still build (build.rs prints each finding as a cargo warning
//! and embeds nothing), and the binary's `check` then reports them exactly as a full load of the same
//! files does, and its wizard refuses to start. A nested `cargo build` of a copy of the workspace,
//! which is why it is here and not in the default `cargo test`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .canonicalize()
        .unwrap()
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
    copy_sources(&repo(), copy);
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
    let built = target.join("debug/signup-doctor");
    let expected = Command::new(&built)
        .current_dir(copy)
        .env_clear()
        .args(["check", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    let expected_out = String::from_utf8_lossy(&expected.stdout);
    assert!(expected_out.contains("flows/root.yaml:"), "{expected_out}");
    assert!(expected_out.contains("root-where-hint"), "{expected_out}");

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
    let full = Command::new(&built)
        .current_dir(copy)
        .env_clear()
        .args(["--plain", "--lang", "en", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    assert_eq!(start.stderr, full.stderr);
    assert_eq!(start.status.code(), full.status.code());
    assert!(String::from_utf8_lossy(&start.stderr).contains("flows/root.yaml:"));
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
