//! `export` and `snapshot` as a team uses them in its own CI: a copy of the built-in tree to start
//! from, every screen of it stored in a folder, a one-word change failing with a readable diff; the
//! files the same whatever the environment, nothing written outside the folder, nothing hostile
//! passed through.

use crate::common::{doctor, root};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

struct Run {
    code: Option<i32>,
    out: String,
    err: String,
}

/// `signup-doctor ARGS` in `dir`, with `env` set.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = doctor();
    cmd.current_dir(dir).args(args).timeout(Duration::from_mins(2));
    for (key, value) in env {
        cmd.env(key, value);
    }
    let output = cmd.output().unwrap();
    Run {
        code: output.status.code(),
        out: String::from_utf8_lossy(&output.stdout).into_owned(),
        err: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, &[])
}

/// A scratch folder holding an export of the built-in tree in `start/`.
fn exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let export = run(dir.path(), &["export", "start"]);
    assert_eq!(export.code, Some(0), "{}{}", export.out, export.err);
    dir
}

const MINE: [&str; 4] = ["--flows", "start/flows", "--locales", "start/locales"];

fn with_mine<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend(MINE);
    all
}

/// Every file under `dir`, by relative path, with its bytes.
fn tree_of_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                out.push((path.strip_prefix(base).unwrap().to_path_buf(), fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn export_writes_the_files_the_binary_was_built_from_and_they_check_clean_with_the_same_paths() {
    let dir = exported();
    for kind in ["flows", "locales"] {
        assert_eq!(
            tree_of_files(&dir.path().join("start").join(kind)),
            tree_of_files(&root().join(kind)),
            "{kind}: byte for byte"
        );
    }
    let check = run(dir.path(), &with_mine(&["check"]));
    assert_eq!(check.code, Some(0), "{}", check.out);
    assert!(check.out.ends_with("0 errors, 0 warnings\n"), "{}", check.out);
    let theirs = run(dir.path(), &with_mine(&["paths"]));
    let built_in = run(dir.path(), &["paths"]);
    assert_eq!(theirs.code, Some(0), "{}", theirs.err);
    assert_eq!(theirs.out, built_in.out);
}

#[test]
fn export_over_existing_files_writes_nothing_and_says_so_unless_forced() {
    let dir = exported();
    let root_flow = dir.path().join("start/flows/root.yaml");
    fs::write(&root_flow, "mine\n").unwrap();
    let again = run(dir.path(), &["export", "start"]);
    assert_eq!(again.code, Some(2));
    assert!(
        again.err.contains("export: start/flows/COVERAGE.md and 39 other files already exist; nothing was written (--force overwrites them)")
            || again.err.contains("already exist; nothing was written (--force overwrites them)"),
        "{}",
        again.err
    );
    assert_eq!(fs::read_to_string(&root_flow).unwrap(), "mine\n", "kept");
    let forced = run(dir.path(), &["export", "start", "--force"]);
    assert_eq!(forced.code, Some(0), "{}", forced.err);
    assert_eq!(
        fs::read(&root_flow).unwrap(),
        fs::read(root().join("flows/root.yaml")).unwrap()
    );
}

#[test]
fn export_takes_no_flows_of_its_own() {
    let dir = exported();
    let run = run(dir.path(), &with_mine(&["export", "again"]));
    assert_eq!(run.code, Some(2));
    assert!(
        run.err.contains("export writes the built-in flows and locales"),
        "{}",
        run.err
    );
    assert!(!dir.path().join("again").exists());
}

#[cfg(unix)]
#[test]
fn export_and_snapshot_write_nothing_through_a_symbolic_link() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    fs::create_dir_all(dir.path().join("start")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.path().join("start/flows")).unwrap();
    let export = run(dir.path(), &["export", "start"]);
    assert_eq!(export.code, Some(2));
    assert!(export.err.contains("start/flows is a symbolic link"), "{}", export.err);

    fs::create_dir_all(dir.path().join("snap")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.path().join("snap/screens")).unwrap();
    let snapshot = run(dir.path(), &["snapshot", "snap", "--update"]);
    assert_eq!(snapshot.code, Some(2));
    assert!(
        snapshot.err.contains("snap/screens is a symbolic link"),
        "{}",
        snapshot.err
    );

    fs::remove_file(dir.path().join("snap/screens")).unwrap();
    let target = outside.join("kept.txt");
    fs::write(&target, "kept\n").unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("snap/paths.txt")).unwrap();
    let snapshot = run(dir.path(), &["snapshot", "snap", "--update"]);
    assert_eq!(snapshot.code, Some(2));
    assert!(
        snapshot.err.contains("snap/paths.txt is a symbolic link"),
        "{}",
        snapshot.err
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), "kept\n");
    assert_eq!(fs::read_dir(&outside).unwrap().count(), 1, "nothing written outside");
}

#[test]
fn a_team_snapshots_its_export_and_a_one_word_change_fails_with_a_few_line_diff() {
    let dir = exported();
    // The first snapshot: every file is new, and the check says so.
    let first = run(dir.path(), &with_mine(&["snapshot", "snap"]));
    assert_eq!(first.code, Some(1), "{}", first.err);
    assert!(
        first.out.contains("new file: screens/root.en.txt (2 screens)"),
        "{}",
        first.out
    );
    let update = run(dir.path(), &with_mine(&["snapshot", "snap", "--update"]));
    assert_eq!(update.code, Some(0), "{}", update.err);
    assert!(update.out.contains("snapshot: updated snap ("), "{}", update.out);
    let same = run(dir.path(), &with_mine(&["snapshot", "snap"]));
    assert_eq!(same.code, Some(0), "{}", same.err);
    assert!(
        same.out.starts_with("snapshot: snap matches the tree ("),
        "{}",
        same.out
    );
    // The export's snapshot is the built-in tree's.
    let built_in = run(dir.path(), &["snapshot", "snap"]);
    assert_eq!(built_in.code, Some(0), "{}", built_in.out);

    // One word of one step.
    let messages = dir.path().join("start/locales/en/verification.ftl");
    let text = fs::read_to_string(&messages).unwrap();
    let from = "verification-sms-checks-number = Check the phone number you typed, digit by digit.";
    assert!(text.contains(from));
    fs::write(
        &messages,
        text.replace(from, &from.replace("digit by digit", "figure by figure")),
    )
    .unwrap();
    let check = run(dir.path(), &with_mine(&["snapshot", "snap"]));
    assert_eq!(check.code, Some(1), "{}", check.err);
    let minus: Vec<&str> = check
        .out
        .lines()
        .filter(|l| l.starts_with('-') && !l.starts_with("---"))
        .collect();
    let plus: Vec<&str> = check
        .out
        .lines()
        .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
        .collect();
    assert_eq!(
        minus,
        [
            "-  1. Check the phone number you typed, digit by digit.",
            "-   1. Check the phone number you typed, digit by digit."
        ],
        "{}",
        check.out
    );
    assert_eq!(
        plus,
        [
            "+  1. Check the phone number you typed, figure by figure.",
            "+   1. Check the phone number you typed, figure by figure."
        ],
        "{}",
        check.out
    );
    assert!(
        check
            .out
            .starts_with("--- screens/verification.en.txt (stored)\n+++ screens/verification.en.txt (now)\n@@ "),
        "{}",
        check.out
    );
    assert!(!check.out.contains('\x1b'), "no colour off a terminal");
    assert!(
        check.out.ends_with("snapshot: snap differs from the tree (1 changed, 0 new, 0 removed); if the change is meant, run the same command with --update to store it\n"),
        "{}",
        check.out
    );
    let accept = run(dir.path(), &with_mine(&["snapshot", "snap", "--update"]));
    assert_eq!(accept.code, Some(0));
    assert!(
        accept
            .out
            .starts_with("changed  screens/verification.en.txt (-2 +2 lines)\n"),
        "{}",
        accept.out
    );
    assert_eq!(run(dir.path(), &with_mine(&["snapshot", "snap"])).code, Some(0));
}

#[test]
fn files_of_topics_gone_are_named_and_removed_and_missing_ones_are_new() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(dir.path(), &["snapshot", "snap", "--update"]).code, Some(0));
    fs::write(dir.path().join("snap/screens/gone.en.txt"), "old\n").unwrap();
    fs::write(dir.path().join("snap/README.md"), "ours\n").unwrap();
    fs::remove_file(dir.path().join("snap/screens/root.fr.txt")).unwrap();
    let check = run(dir.path(), &["snapshot", "snap"]);
    assert_eq!(check.code, Some(1));
    assert!(
        check.out.contains("new file: screens/root.fr.txt (2 screens)\n"),
        "{}",
        check.out
    );
    assert!(check.out.contains("removed file: screens/gone.en.txt"), "{}", check.out);
    assert!(check.out.contains("(0 changed, 1 new, 1 removed)"), "{}", check.out);
    let update = run(dir.path(), &["snapshot", "snap", "--update"]);
    assert_eq!(update.code, Some(0));
    assert!(!dir.path().join("snap/screens/gone.en.txt").exists());
    assert!(dir.path().join("snap/screens/root.fr.txt").exists());
    assert_eq!(
        fs::read_to_string(dir.path().join("snap/README.md")).unwrap(),
        "ours\n",
        "not ours to touch"
    );
}

#[test]
fn the_files_are_the_same_whatever_the_locale_terminal_colours_or_size() {
    let dir = tempfile::tempdir().unwrap();
    let environments: [&[(&str, &str)]; 3] = [
        &[
            ("LANG", "C"),
            ("TERM", "dumb"),
            ("NO_COLOR", "1"),
            ("COLUMNS", "40"),
            ("LINES", "10"),
        ],
        &[
            ("LC_ALL", "fr_FR.UTF-8"),
            ("TERM", "xterm-256color"),
            ("COLUMNS", "200"),
        ],
        &[("LANG", "en_US.ISO-8859-1"), ("LANGUAGE", "fr")],
    ];
    let mut made = Vec::new();
    for (n, env) in environments.iter().enumerate() {
        let name = format!("snap{n}");
        let update = run_in(dir.path(), &["snapshot", &name, "--update"], env);
        assert_eq!(update.code, Some(0), "{}", update.err);
        made.push(tree_of_files(&dir.path().join(&name)));
        // And each environment finds the first one's files equal.
        assert_eq!(run_in(dir.path(), &["snapshot", "snap0"], env).code, Some(0));
    }
    assert_eq!(made[0], made[1]);
    assert_eq!(made[0], made[2]);
    let text = String::from_utf8(
        made[0]
            .iter()
            .find(|(p, _)| p.ends_with("root.fr.txt"))
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    assert!(
        text.contains("Où se situe le blocage"),
        "UTF-8 under any locale: {text}"
    );
}

#[test]
fn the_full_screen_is_as_wide_as_asked_and_a_width_it_cannot_draw_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        run(dir.path(), &["snapshot", "wide", "--update", "--width", "120"]).code,
        Some(0)
    );
    let text = fs::read_to_string(dir.path().join("wide/screens/root.en.txt")).unwrap();
    let title = text.lines().find(|l| l.contains("signup-doctor ›")).unwrap();
    assert_eq!(title.chars().count(), 120 - 1, "{title}");
    let narrow = run(dir.path(), &["snapshot", "narrow", "--width", "20"]);
    assert_eq!(narrow.code, Some(2));
    assert!(narrow.err.contains("20 is not in 60..=640"), "{}", narrow.err);
}

#[test]
fn hostile_flows_and_stored_files_put_no_escape_in_the_files_or_on_the_terminal() {
    let dir = crate::common::scratch_base();
    // Every text, in both languages, with escape sequences, C1 controls and a bidi override.
    for lang in ["en", "fr"] {
        let file = dir.path().join("locales").join(lang).join("base.ftl");
        let text = fs::read_to_string(&file)
            .unwrap()
            .lines()
            .map(|line| match line.split_once(" = ") {
                Some((id, value)) => format!("{id} = {value} \u{1b}]0;owned\u{7}\u{1b}[31mred\u{9b}2J\u{202e}kcab"),
                None => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        fs::write(&file, text).unwrap();
    }
    let args = [
        "snapshot",
        "snap",
        "--update",
        "--flows",
        "flows",
        "--locales",
        "locales",
    ];
    let update = run(dir.path(), &args);
    assert_eq!(update.code, Some(0), "{}{}", update.out, update.err);
    for (path, bytes) in tree_of_files(&dir.path().join("snap")) {
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            path.ends_with("paths.txt") || text.contains("red"),
            "{}: the texts are there",
            path.display()
        );
        assert!(
            !text.chars().any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{}: {text:?}",
            path.display()
        );
    }
    // A stored file someone slipped escapes into: the diff shows none of them.
    let stored = dir.path().join("snap/screens/root.en.txt");
    let mut text = fs::read_to_string(&stored).unwrap();
    text.push_str("\u{1b}[2J\u{1b}]52;c;cGF5bG9hZA==\u{7}gone\n");
    fs::write(&stored, text).unwrap();
    let check = run(
        dir.path(),
        &args[..2].iter().chain(&args[3..]).copied().collect::<Vec<_>>(),
    );
    assert_eq!(check.code, Some(1), "{}", check.err);
    assert!(
        check.out.contains("-]52;c;cGF5bG9hZA==gone") || check.out.contains("gone"),
        "{}",
        check.out
    );
    assert!(
        !check.out.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        check.out
    );
}

#[test]
fn a_tree_of_2_to_the_40_paths_is_snapshot_screen_by_screen_with_its_paths_counted() {
    let dir = crate::common::scratch_base();
    crate::hostile::add_doubling_topic(dir.path(), 40);
    let update = run(
        dir.path(),
        &[
            "snapshot",
            "snap",
            "--update",
            "--flows",
            "flows",
            "--locales",
            "locales",
        ],
    );
    assert_eq!(update.code, Some(0), "{}{}", update.out, update.err);
    let topic = fs::read_to_string(dir.path().join("snap/screens/gen.en.txt")).unwrap();
    // 40 questions and the end, each plain and full screen: once, however many paths pass.
    assert_eq!(topic.matches("\n── ").count() + 1, 82, "{topic}");
    let paths = fs::read_to_string(dir.path().join("snap/paths.txt")).unwrap();
    assert_eq!(
        paths,
        "1,099,511,627,781 paths lead from the root to an end, more than the 100,000 a snapshot lists; \
         none is listed (`signup-doctor check` warns of it)\n"
    );
}
