//! A snapshot against a folder: each file compared with the one stored there (a unified diff when
//! they differ), files no longer made named, and with `update` the folder rewritten to match. Only
//! the snapshot's own files are looked at — `paths.txt`, `tickets.*.txt` and `screens/*.txt` —
//! and only through [`crate::output::folder`], so nothing outside the folder is read or written.
//! Stored text is untrusted (anyone may have edited it): what is shown of it is sanitised.

use super::File;
use crate::output::folder::{self, Error, Found};
use std::collections::BTreeSet;
use std::path::Path;

/// The largest stored file read, in bytes: far above any snapshot file (the tickets of
/// [`super::MAX_TICKETS`] paths take a few tens of MiB).
const MAX_STORED_BYTES: u64 = 256 << 20;

/// One way the folder differs from the snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A stored file that reads differently now: its unified diff, stored → now, sanitised, and
    /// how many lines went and came.
    Changed {
        name: String,
        diff: String,
        removed: usize,
        added: usize,
    },
    /// A file the snapshot makes that the folder does not have, and how many screens (or paths) it
    /// holds.
    New { name: String, items: usize },
    /// A stored file the snapshot no longer makes (a topic or a language gone).
    Removed { name: String },
}

/// What the comparison found, in numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files the snapshot makes.
    pub files: usize,
    /// Screens in them (paths not counted).
    pub screens: usize,
    /// Paths listed in `paths.txt`.
    pub paths: usize,
    pub changed: usize,
    pub new: usize,
    pub removed: usize,
}

impl Summary {
    /// Whether the folder matched (before any update).
    pub fn equal(&self) -> bool {
        self.changed + self.new + self.removed == 0
    }
}

/// Compares `files` with the folder `dir`, calling `report` with each difference as it is found
/// (one file in memory at a time); with `update`, writes each new or changed file and removes the
/// files no longer made, so the folder then matches. `dir` itself may be a link to a folder; a link
/// inside it is refused, as is anything but a plain file where a snapshot file goes. Line endings
/// are not compared (a checkout may have turned `\n` into `\r\n`).
pub fn compare(
    dir: &Path,
    files: impl IntoIterator<Item = File>,
    update: bool,
    mut report: impl FnMut(&Change),
) -> Result<Summary, Error> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => {
            return Err(Error::NotFolder {
                path: dir.to_path_buf(),
            });
        }
        _ => {}
    }
    folder::folders(dir, Path::new("screens"), update)?;
    let mut summary = Summary::default();
    let mut made = BTreeSet::new();
    for file in files {
        let path = dir.join(&file.name);
        summary.files += 1;
        if file.name == "paths.txt" {
            summary.paths += file.items;
        } else {
            summary.screens += file.items;
        }
        let change = match folder::read(&path, MAX_STORED_BYTES)? {
            None => Some(Change::New {
                name: file.name.clone(),
                items: file.items,
            }),
            Some(stored) => {
                let stored = stored.replace("\r\n", "\n");
                (stored != file.text).then(|| changed(&file.name, &stored, &file.text))
            }
        };
        if let Some(change) = change {
            match change {
                Change::Changed { .. } => summary.changed += 1,
                Change::New { .. } => summary.new += 1,
                Change::Removed { .. } => {}
            }
            if update {
                folder::write(&path, file.text.as_bytes())?;
            }
            report(&change);
        }
        made.insert(file.name);
    }
    for name in stored_names(dir)? {
        if !made.contains(&name) {
            if update {
                folder::remove(&dir.join(&name))?;
            }
            summary.removed += 1;
            report(&Change::Removed { name });
        }
    }
    Ok(summary)
}

/// The change from `stored` to `now`, with its unified diff (three lines of context).
fn changed(name: &str, stored: &str, now: &str) -> Change {
    let shown = crate::text::sanitize(stored);
    let diff = similar::TextDiff::from_lines(shown.as_str(), now);
    let (mut removed, mut added) = (0, 0);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed += 1,
            similar::ChangeTag::Insert => added += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    let mut text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("{name} (stored)"), &format!("{name} (now)"))
        .to_string();
    if removed + added == 0 {
        // Only characters the sanitiser drops differ: say so rather than show an empty diff.
        text = format!(
            "--- {name} (stored)\n+++ {name} (now)\nthe stored file differs only in control or invisible characters\n"
        );
        removed = 1;
    }
    Change::Changed {
        name: name.to_string(),
        diff: text,
        removed,
        added,
    }
}

/// The snapshot files stored in `dir`: `paths.txt`, `tickets.*.txt` and `screens/*.txt`, sorted.
/// A name that is not UTF-8 is no snapshot file.
fn stored_names(dir: &Path) -> Result<Vec<String>, Error> {
    let mut names = Vec::new();
    for (sub, ours) in [
        (
            "",
            (|n: &str| n == "paths.txt" || (n.starts_with("tickets.") && n.ends_with(".txt"))) as fn(&str) -> bool,
        ),
        ("screens", |n: &str| n.ends_with(".txt") && !n.starts_with('.')),
    ] {
        let at = if sub.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(sub)
        };
        if !sub.is_empty() && folder::look(&at)? != Found::Folder {
            continue;
        }
        let entries = match std::fs::read_dir(&at) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(Error::Read { path: at, source }),
        };
        for entry in entries {
            let entry = entry.map_err(|source| Error::Read {
                path: at.clone(),
                source,
            })?;
            if let Some(name) = entry.file_name().to_str().filter(|n| ours(n)) {
                names.push(if sub.is_empty() {
                    name.to_string()
                } else {
                    format!("{sub}/{name}")
                });
            }
        }
    }
    names.sort();
    Ok(names)
}
