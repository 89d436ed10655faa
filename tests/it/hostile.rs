//! Untrusted flows and locales (`--flows`, `--locales`): whatever the files hold, every command answers
//! with a clear error naming the file (and line where there is one) and a non-zero exit — never a
//! panic, a hang, or an escape sequence on the terminal. One test per class of hostile input.

use crate::common::scratch_base;
use std::fs;
use std::path::Path;
use std::time::Duration;

struct Run {
    code: Option<i32>,
    out: String,
}

/// Runs a command on the scratch tree; the timeout only guards against a hang.
fn run(dir: &Path, args: &[&str]) -> Run {
    let output = crate::common::doctor()
        .current_dir(dir)
        .args(args)
        .args(["--flows", "flows", "--locales", "locales", "--lang", "en"])
        .timeout(Duration::from_secs(20))
        .write_stdin("q\n")
        .output()
        .unwrap();
    let mut out = String::from_utf8_lossy(&output.stdout).to_string();
    out.push_str(&String::from_utf8_lossy(&output.stderr));
    Run {
        code: output.status.code(),
        out,
    }
}

/// Every command refuses the tree with exit 1 and names `needle` (a file, or `file:line:col`).
fn assert_refused_everywhere(dir: &Path, needle: &str) {
    for args in [&["check"][..], &["paths"], &["walk", "1"], &["--plain"]] {
        let run = run(dir, args);
        assert_eq!(run.code, Some(1), "{args:?} exits 1: {}", run.out);
        assert!(run.out.contains(needle), "{args:?} names {needle}: {}", run.out);
        assert!(!run.out.contains("panicked"), "{}", run.out);
    }
}

#[test]
fn an_alias_bomb_is_refused_without_expanding() {
    let dir = scratch_base();
    let mut yaml = String::from(
        "topic: help\ntitle: help-title\nnodes:\n  - id: start\n    fix: help-start\n    steps: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..40 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        yaml.push_str(&format!(
            "  - id: n{i}\n    fix: help-start\n    steps: &a{i} [{refs}]\n"
        ));
    }
    fs::write(dir.path().join("flows/help.yaml"), yaml).unwrap();
    assert_refused_everywhere(dir.path(), "flows/help.yaml:");
}

#[test]
fn deep_yaml_nesting_is_refused() {
    let dir = scratch_base();
    let yaml = format!(
        "topic: help\ntitle: help-title\nnodes: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    fs::write(dir.path().join("flows/help.yaml"), yaml).unwrap();
    assert_refused_everywhere(dir.path(), "flows/help.yaml:3:");
}

#[test]
fn a_huge_flow_file_is_refused_by_its_size() {
    let dir = scratch_base();
    fs::write(
        dir.path().join("flows/help.yaml"),
        format!("# {}\n", "x".repeat(5 << 20)),
    )
    .unwrap();
    assert_refused_everywhere(
        dir.path(),
        "flows/help.yaml:1:1: error: cannot read file: larger than the 4 MiB limit for a flow",
    );
}

/// Issue 22, problem 8 (case flow-sparse-3g): a sparse 3 GB flow file and a sparse 3 GB locale
/// file are refused by their size, before they are read: `check` stays in a few megabytes (it read
/// 3 GB, taking 36 s and 3.15 GB, before). Its peak resident memory (VmHWM) is read from /proc
/// every millisecond while it runs: reading gigabytes cannot happen between two looks.
#[cfg(target_os = "linux")]
#[test]
fn a_sparse_giant_flow_or_locale_file_is_refused_before_it_is_read() {
    use std::process::{Command, Stdio};
    let dir = scratch_base();
    let giant = 3u64 << 30;
    fs::File::create(dir.path().join("flows/huge.yaml"))
        .unwrap()
        .set_len(giant)
        .unwrap();
    fs::File::create(dir.path().join("locales/en/huge.ftl"))
        .unwrap()
        .set_len(giant)
        .unwrap();
    let mut check = Command::new(env!("CARGO_BIN_EXE_signup-doctor"))
        .arg("check")
        .arg("--flows")
        .arg(dir.path().join("flows"))
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", check.id());
    let mut peak_kb = 0u64;
    while check.try_wait().unwrap().is_none() {
        let hwm = fs::read_to_string(&status).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        });
        peak_kb = peak_kb.max(hwm.unwrap_or(0));
        // The next look at its memory.
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let output = check.wait_with_output().unwrap();
    let out = String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(
        out.contains("huge.yaml:1:1: error: cannot read file: larger than the 4 MiB limit for a flow"),
        "{out}"
    );
    assert!(
        out.contains("huge.ftl:1:1: error: cannot read file: larger than the 1 MiB limit for a locale file"),
        "{out}"
    );
    assert!(peak_kb < 256 * 1024, "peak resident memory {peak_kb} kB");
}

#[test]
fn a_very_long_line_is_reported_at_its_position() {
    let dir = scratch_base();
    let yaml = format!("topic: help\ntitle: {}\nnodes: [\n", "x".repeat(2 << 20));
    fs::write(dir.path().join("flows/help.yaml"), yaml).unwrap();
    assert_refused_everywhere(dir.path(), "flows/help.yaml:3:");
}

#[test]
fn binary_bytes_and_invalid_utf8_are_reported_at_the_bad_byte() {
    let dir = scratch_base();
    fs::write(
        dir.path().join("flows/help.yaml"),
        b"topic: help\ntitle: \x00\x9f\xff\n",
    )
    .unwrap();
    assert_refused_everywhere(dir.path(), "flows/help.yaml:2:9: error: cannot read file: not UTF-8");
}

#[test]
fn control_characters_in_yaml_are_a_syntax_error_not_terminal_output() {
    let dir = scratch_base();
    fs::write(
        dir.path().join("flows/help.yaml"),
        "topic: help\ntitle: \u{1b}]0;owned\u{7}\nnodes: []\n",
    )
    .unwrap();
    let run = run(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1));
    assert!(run.out.contains("flows/help.yaml:2:"), "{}", run.out);
    assert!(
        !run.out.contains('\u{1b}') && !run.out.contains('\u{7}'),
        "{:?}",
        run.out
    );
}

#[test]
fn a_bom_and_crlf_line_ends_load_cleanly() {
    let dir = scratch_base();
    for file in ["flows/help.yaml", "locales/fr/base.ftl"] {
        let path = dir.path().join(file);
        let text = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
        fs::write(&path, format!("\u{feff}{text}")).unwrap();
    }
    let run = run(dir.path(), &["check"]);
    assert_eq!(
        (run.code, run.out.trim_end().lines().last()),
        (Some(0), Some("0 errors, 0 warnings")),
        "{}",
        run.out
    );
}

#[test]
fn deeply_nested_fluent_placeables_are_refused_before_parsing() {
    let dir = scratch_base();
    let ftl = format!("help-done = {}1{}\n", "{ ".repeat(100_000), " }".repeat(100_000));
    let path = dir.path().join("locales/fr/base.ftl");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("help-done = Appelez le support.\n", "");
    fs::write(&path, text + &ftl).unwrap();
    assert_refused_everywhere(dir.path(), "locales/fr/base.ftl:16:");
    assert!(
        run(dir.path(), &["check"])
            .out
            .contains("placeables nested more than 32 deep")
    );
}

#[test]
fn fluent_references_in_a_loop_are_reported() {
    let dir = scratch_base();
    let path = dir.path().join("locales/en/base.ftl");
    let text = fs::read_to_string(&path).unwrap().replace(
        "help-done = Call support.",
        "help-done = { help-start }\nhelp-start = { help-done }",
    );
    let text = text.replace("help-start = Open a ticket\n", "");
    fs::write(&path, text).unwrap();
    let run = run(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1), "{}", run.out);
    assert!(
        run.out
            .contains("error: `help-done` refers to itself: help-done → help-start → help-done"),
        "{}",
        run.out
    );
}

#[test]
fn a_missing_flows_directory_is_an_io_error() {
    let dir = scratch_base();
    let output = crate::common::doctor()
        .args(["check", "--flows"])
        .arg(dir.path().join("nope"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read flows directory"));
}

#[test]
fn an_empty_flows_directory_says_so() {
    let dir = scratch_base();
    fs::remove_dir_all(dir.path().join("flows")).unwrap();
    fs::create_dir(dir.path().join("flows")).unwrap();
    assert_refused_everywhere(dir.path(), "no flow files (*.yaml) found");
}

#[test]
fn a_folder_named_like_a_flow_file_is_reported() {
    let dir = scratch_base();
    fs::remove_file(dir.path().join("flows/help.yaml")).unwrap();
    fs::create_dir(dir.path().join("flows/help.yaml")).unwrap();
    assert_refused_everywhere(
        dir.path(),
        "flows/help.yaml: error: cannot read file: is a directory, not a file",
    );
}

#[cfg(unix)]
#[test]
fn a_link_loop_is_reported_not_followed_forever() {
    let dir = scratch_base();
    std::os::unix::fs::symlink("loop.yaml", dir.path().join("flows/loop.yaml")).unwrap();
    std::os::unix::fs::symlink("../fr", dir.path().join("locales/fr/again")).unwrap();
    assert_refused_everywhere(dir.path(), "flows/loop.yaml: error: cannot read file:");
}

/// Adds topic `gen` to the scratch tree, reached from the root's third answer: `questions` questions
/// whose two answers both lead to the next one, so 2^questions paths (a 6 KB flow for 40).
pub(crate) fn add_doubling_topic(dir: &Path, questions: usize) {
    let mut yaml = String::from("topic: gen\ntitle: gen-title\nnodes:\n");
    for i in 0..questions {
        let next = if i + 1 < questions {
            format!("q{}", i + 1)
        } else {
            "done".to_string()
        };
        yaml.push_str(&format!(
            "  - id: q{i}\n    question: gen-q\n    answers:\n      - id: a\n        label: gen-a\n        \
             next: {next}\n      - id: b\n        label: gen-b\n        next: {next}\n"
        ));
    }
    yaml.push_str("  - id: done\n    end: resolved\n    text: gen-end\n");
    fs::write(dir.join("flows/gen.yaml"), yaml).unwrap();
    let root = dir.join("flows/root.yaml");
    let text = fs::read_to_string(&root).unwrap();
    // The new answer goes after the root question's last one.
    let last = "        next: help:start\n";
    let text = text.replacen(
        last,
        &format!("{last}      - id: gen\n        label: root-where-gen\n        next: gen:q0\n"),
        1,
    );
    fs::write(&root, text).unwrap();
    for lang in ["en", "fr"] {
        let messages = "root-where-gen = Generated\ngen-title = Generated\ngen-q = Which one\ngen-a = A\ngen-b = B\ngen-end = Done\n";
        fs::write(dir.join("locales").join(lang).join("gen.ftl"), messages).unwrap();
    }
}

#[test]
fn paths_that_double_at_each_question_are_warned_of_by_check_and_listed_only_up_to_the_limit() {
    let dir = scratch_base();
    add_doubling_topic(dir.path(), 40);
    let check = run(dir.path(), &["check"]);
    assert_eq!(check.code, Some(0), "{}", check.out);
    assert!(
        check.out.contains(
            "flows/root.yaml:5:9: warning: 1,099,511,627,781 paths lead from the root question to an end, \
             more than the 100,000 that `paths` lists"
        ),
        "{}",
        check.out
    );
    assert!(check.out.contains("0 errors, 1 warning"), "{}", check.out);

    for json in [false, true] {
        let mut cmd = crate::common::doctor();
        cmd.current_dir(dir.path())
            .args(["paths", "--flows", "flows", "--locales", "locales"])
            .timeout(Duration::from_mins(1));
        if json {
            cmd.arg("--json");
        }
        let output = cmd.output().unwrap();
        let (out, err) = (
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        assert_eq!(output.status.code(), Some(1), "json {json}: {err}");
        assert_eq!(
            err.trim_end(),
            "signup-doctor: paths: stopped at path 100,001: the flows have more than the limit of 100,000 \
             paths from the root to an end; only the first 100,000 are listed (`signup-doctor check` counts them)"
        );
        let listed = if json {
            out.matches("\"code\"").count()
        } else {
            out.lines().count()
        };
        assert_eq!(listed, 100_000, "json {json}");
    }
}

#[cfg(unix)]
#[test]
fn paths_on_a_flow_with_too_many_paths_streams_to_a_pipe_that_closes_early() {
    let dir = scratch_base();
    add_doubling_topic(dir.path(), 40);
    let bin = assert_cmd::cargo::cargo_bin("signup-doctor");
    let started = std::time::Instant::now();
    let output = assert_cmd::Command::new("sh")
        .current_dir(dir.path())
        .arg("-c")
        .arg(format!(
            "'{}' paths --flows flows --locales locales | head -n 2",
            bin.display()
        ))
        .timeout(Duration::from_mins(1))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.starts_with("phone/no-sms/yes"), "{out}");
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
}

#[test]
fn a_flow_file_named_with_a_newline_and_escapes_cannot_forge_a_finding_line() {
    let dir = scratch_base();
    let name = "a\nFORGED\u{1b}]0;x\u{7}\u{202e}\u{200b}.yaml";
    fs::write(dir.path().join("flows").join(name), "topic: [").unwrap();
    for args in [&["check"][..], &["walk", "1"]] {
        let run = run(dir.path(), args);
        assert_eq!(run.code, Some(1), "{}", run.out);
        assert!(run.out.contains("flows/a FORGED]0;x.yaml:1:"), "{}", run.out);
        assert!(!run.out.lines().any(|l| l.starts_with("FORGED")), "{}", run.out);
        assert!(
            !run.out
                .chars()
                .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{202e}' | '\u{200b}')),
            "{:?}",
            run.out
        );
    }
}

#[test]
fn invisible_and_bidi_characters_in_locale_texts_never_reach_plain_output() {
    let dir = scratch_base();
    let file = dir.path().join("locales/en/base.ftl");
    let text = fs::read_to_string(&file).unwrap().replace(
        "root-where = Where are you stuck?",
        r#"root-where = Where{"\u200B"} are{"\u202E"} you{"\u2060"}{"\uFEFF"} stuck{"\u2028"}?{"\u009B"}31m{"\u00AD"}"#,
    );
    fs::write(&file, text).unwrap();
    for args in [&["walk", "1"][..], &["--plain"]] {
        let run = run(dir.path(), args);
        assert!(run.out.contains("Where are you stuck ?31m"), "{args:?}: {:?}", run.out);
        let bad = run.out.chars().find(|&c| {
            (c.is_control() && c != '\n')
                || matches!(
                    c,
                    '\u{200B}' | '\u{202E}' | '\u{2060}' | '\u{FEFF}' | '\u{2028}' | '\u{AD}'
                )
        });
        assert_eq!(bad, None, "{args:?}: {:?}", run.out);
    }
}

#[test]
fn a_huge_code_or_language_typed_back_in_an_error_is_shortened_to_one_readable_line() {
    let huge = format!("verification/{}/end", "x".repeat(100_000));
    for args in [vec!["walk", huge.as_str()], vec!["--lang", huge.as_str(), "paths"]] {
        let output = crate::common::doctor().args(&args).output().unwrap();
        assert_ne!(output.status.code(), Some(0));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.len() < 400,
            "{} bytes: {}",
            stderr.len(),
            &stderr[..400.min(stderr.len())]
        );
        assert!(stderr.contains('…'), "the cut is marked: {stderr}");
    }
}

/// Issue 22, problem 14 (case loc-attributes-only): a message with attributes and no value, used
/// as a question, passed `check`, and the wizard showed its id. It is an error now.
#[test]
fn a_message_with_attributes_but_no_value_is_an_error() {
    let dir = scratch_base();
    let path = dir.path().join("locales/en/base.ftl");
    let text = fs::read_to_string(&path).unwrap().replace(
        "root-where = Where are you stuck?",
        "root-where =\n    .hint = Where are you stuck?",
    );
    fs::write(&path, text).unwrap();
    let run = run(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1), "{}", run.out);
    assert!(
        run.out.contains("message `root-where` has attributes but no value"),
        "{}",
        run.out
    );
}
