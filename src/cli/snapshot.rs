//! `snapshot DIR [--update] [--width N]`: a team's CI for its own tree. Compares every distinct
//! screen of the tree ([`crate::snapshot`]) with the files stored in DIR and prints a unified diff
//! per changed file (coloured on a terminal, unless `NO_COLOR`), naming new and removed files: exit 1
//! on any difference, 0 when equal. With `--update` it rewrites DIR and says what changed. The
//! files do not depend on the locale, the terminal or the environment; the diff is printed as the
//! files hold it, in UTF-8, whatever the locale.

use super::{Error, Status, written};
use crate::engine::tree::Tree;
use crate::i18n::Localizer;
use crate::snapshot::{Change, Snapshot, Summary};
use std::io::{IsTerminal, Write};
use std::path::Path;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Whether to colour the diff: on a terminal, unless `NO_COLOR` is set (to anything but empty) or
/// the terminal is `dumb`.
fn coloured() -> bool {
    std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

pub fn snapshot(tree: &Tree, localizer: &Localizer, dir: &Path, update: bool, width: u16) -> Result<Status, Error> {
    let colour = coloured();
    let paint = |style: &str, text: &str| {
        if colour {
            format!("{style}{text}{RESET}")
        } else {
            text.to_string()
        }
    };
    let snapshot = Snapshot::new(tree, localizer, width);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed: Option<std::io::Error> = None;
    let result = crate::snapshot::compare(dir, snapshot.files(), update, |change| {
        let text = describe(change, update, &paint);
        if failed.is_none()
            && let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush())
        {
            failed = Some(e);
        }
    });
    let summary = result?;
    let shown = crate::text::sanitize(&dir.display().to_string());
    let line = verdict(&summary, &shown, update);
    written(match failed {
        Some(e) => Err(e),
        None => out.write_all(line.as_bytes()).and_then(|()| out.flush()),
    })?;
    Ok(if update || summary.equal() {
        Status::Done
    } else {
        Status::Findings
    })
}

/// What is printed for one change: the diff (compare) or a line (update).
fn describe(change: &Change, update: bool, paint: &dyn Fn(&str, &str) -> String) -> String {
    match change {
        Change::Changed {
            name,
            diff,
            removed,
            added,
        } => {
            if update {
                return format!("changed  {name} (-{removed} +{added} lines)\n");
            }
            let mut text = String::new();
            for line in diff.lines() {
                let style = if line.starts_with("---") || line.starts_with("+++") {
                    BOLD
                } else if line.starts_with("@@") {
                    CYAN
                } else if line.starts_with('-') {
                    RED
                } else if line.starts_with('+') {
                    GREEN
                } else {
                    ""
                };
                if style.is_empty() {
                    text.push_str(line);
                } else {
                    text.push_str(&paint(style, line));
                }
                text.push('\n');
            }
            text
        }
        Change::New { name, items } => {
            let what = if name == "paths.txt" { "path" } else { "screen" };
            let s = if *items == 1 { "" } else { "s" };
            let verb = if update { "new      " } else { "new file: " };
            paint(GREEN, &format!("{verb}{name} ({items} {what}{s})")) + "\n"
        }
        Change::Removed { name } => {
            let verb = if update { "removed  " } else { "removed file: " };
            paint(RED, &format!("{verb}{name} (the tree no longer has its screens)")) + "\n"
        }
    }
}

/// The last line: whether the folder matches, and what to do.
fn verdict(summary: &Summary, dir: &str, update: bool) -> String {
    // Past the limit, `paths.txt` lists none and says how many there are.
    let what = match summary.paths {
        0 => format!(
            "{} files, {} screens, paths too many to list",
            summary.files, summary.screens
        ),
        paths => format!("{} files, {} screens, {paths} paths", summary.files, summary.screens),
    };
    let counts = format!(
        "{} changed, {} new, {} removed",
        summary.changed, summary.new, summary.removed
    );
    match (update, summary.equal()) {
        (_, true) => format!("snapshot: {dir} matches the tree ({what})\n"),
        (true, false) => format!("snapshot: updated {dir} ({counts}; now {what})\n"),
        (false, false) => format!(
            "snapshot: {dir} differs from the tree ({counts}); if the change is meant, \
             run the same command with --update to store it\n"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_a_terminal_removed_lines_are_red_added_ones_green_and_off_it_there_is_no_colour() {
        let change = Change::Changed {
            name: "screens/root.en.txt".into(),
            diff: "--- a\n+++ b\n@@ -1 +1 @@\n same\n-old\n+new\n".into(),
            removed: 1,
            added: 1,
        };
        let colour = |style: &str, text: &str| format!("{style}{text}{RESET}");
        let shown = describe(&change, false, &colour);
        assert!(shown.contains(&format!("{RED}-old{RESET}\n")), "{shown:?}");
        assert!(shown.contains(&format!("{GREEN}+new{RESET}\n")), "{shown:?}");
        assert!(shown.contains("\n same\n"), "{shown:?}");
        let plain = |_: &str, text: &str| text.to_string();
        assert_eq!(
            describe(&change, false, &plain),
            "--- a\n+++ b\n@@ -1 +1 @@\n same\n-old\n+new\n"
        );
    }
}
