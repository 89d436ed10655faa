//! What installers put in place: `completions SHELL` scripts that really complete (bash is driven
//! through its completion function, as pressing Tab does) and `man`, a page groff formats without a
//! single warning. The bash test runs by default (bash is part of every Linux and macOS base
//! system, found there when the `PATH` does not name it; where it is missing the test says so and
//! is skipped, except under `CI=true`). The groff
//! test needs `groff` (Debian: groff-base), which `.ci/setup` installs, and is ignored unless asked for.

use std::io::Write;
use std::process::Stdio;

fn doctor(args: &[&str]) -> String {
    let output = crate::common::doctor().args(args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// What bash offers on Tab after `line` (words split on spaces; a trailing space starts a new word).
fn bash_complete(bash: &std::path::Path, script: &str, line: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("signup-doctor.bash");
    std::fs::write(&path, script).unwrap();
    let driver = r#"
source "$1"
function=$(complete -p signup-doctor | sed -E 's/.*-F ([^ ]+).*/\1/')
read -r -a COMP_WORDS <<< "$2"
[[ "$2" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$2"
COMP_POINT=${#COMP_LINE}
"$function" signup-doctor "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let output = std::process::Command::new(bash)
        .args(["-c", driver, "bash"])
        .arg(&path)
        .arg(line)
        .output()
        .expect("cannot run bash");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_commands_options_and_their_values() {
    let Some(bash) = crate::tools::bash() else {
        return;
    };
    let bash_complete = |script: &str, line: &str| bash_complete(&bash, script, line);
    let script = doctor(&["completions", "bash"]);
    assert_eq!(bash_complete(&script, "signup-doctor wa"), ["walk"]);
    assert_eq!(bash_complete(&script, "signup-doctor gr"), ["graph"]);
    assert_eq!(bash_complete(&script, "signup-doctor --la"), ["--lang"]);
    assert_eq!(
        bash_complete(&script, "signup-doctor graph --format "),
        ["dot", "mermaid"]
    );
    assert!(bash_complete(&script, "signup-doctor graph --").contains(&"--topic".to_string()));
    assert!(bash_complete(&script, "signup-doctor completions ").contains(&"powershell".to_string()));
    assert_eq!(bash_complete(&script, "signup-doctor sc"), ["schema"]);
    // Issue 27 m9: the languages built in, for the wizard and for any command.
    assert_eq!(bash_complete(&script, "signup-doctor --lang "), ["en", "fr"]);
    assert_eq!(bash_complete(&script, "signup-doctor walk --lang f"), ["fr"]);
}

#[test]
fn zsh_fish_and_powershell_scripts_name_every_command_in_their_own_syntax() {
    for (shell, marker, long) in [
        ("zsh", "#compdef signup-doctor", "--"),
        ("fish", "complete -c signup-doctor", "-l "),
        ("powershell", "Register-ArgumentCompleter", "--"),
    ] {
        let script = doctor(&["completions", shell]);
        assert!(script.contains(marker), "{shell}");
        for word in ["walk", "paths", "check", "graph", "schema"] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
        for option in ["lang", "format", "topic"] {
            assert!(
                script.contains(&format!("{long}{option}")),
                "{shell} script lacks {option}"
            );
        }
    }
    let output = crate::common::doctor().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
#[ignore = "needs groff: run with `cargo test -- --include-ignored` (CI does)"]
fn the_man_page_formats_cleanly_and_documents_every_command() {
    if !crate::tools::available(
        "groff",
        &["--version"],
        "groff: `apt-get install groff-base` (or `bash .ci/setup`)",
    ) {
        return;
    }
    let page = doctor(&["man"]);
    assert!(page.lines().any(|l| l.starts_with(".TH signup-doctor 1")), "{page}");
    let mut groff = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run groff (Debian: apt-get install groff-base, as .ci/run does)");
    groff.stdin.take().unwrap().write_all(page.as_bytes()).unwrap();
    let output = groff.wait_with_output().unwrap();
    let warnings = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && warnings.trim().is_empty(),
        "groff: {warnings}"
    );
    let text = String::from_utf8(output.stdout).unwrap();
    for heading in ["NAME", "SYNOPSIS", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"] {
        assert!(text.lines().any(|l| l.trim() == heading), "no {heading} in:\n{text}");
    }
    for command in ["check", "paths", "walk", "graph", "completions", "man", "schema"] {
        assert!(
            text.lines().any(|l| l.trim() == command),
            "no section for `{command}` in:\n{text}"
        );
        assert!(text.contains(&format!("signup-doctor {command}")), "{command}");
    }
    for option in ["--lang", "--flows", "--locales", "--plain", "--format", "--topic"] {
        assert!(text.contains(option), "{option} is not documented");
    }
    // Issue 27 m8: what the README says the page documents.
    assert!(text.lines().any(|l| l.trim() == "FILES"), "no FILES in:\n{text}");
    for documented in [
        "128",
        "129",
        "130",
        "143",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "HOME",
        "NO_COLOR",
        "LANGUAGE",
        "signup-doctor/transcripts",
        ".journal",
    ] {
        assert!(
            text.contains(documented),
            "`{documented}` is not in the man page:\n{text}"
        );
    }
}
