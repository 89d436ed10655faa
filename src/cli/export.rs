//! `export DIR`: the flows and locales built into the binary, written out byte for byte as it was
//! built from them, to `DIR/flows` and `DIR/locales`: a copy of the tree to start from, for
//! `--flows DIR/flows --locales DIR/locales` and `snapshot`. Files already there are kept (and
//! nothing is written) unless `--force`; nothing is written through a symbolic link.

use super::{Error, Status, print};
use crate::output::folder::{self, Found};
use crate::source::{Kind, built_in_files};
use std::path::{Path, PathBuf};

/// Writes the built-in flows and locales under `dir`.
pub fn export(dir: &Path, force: bool) -> Result<Status, Error> {
    let mut planned: Vec<(PathBuf, &'static [u8])> = Vec::new();
    for kind in [Kind::Flows, Kind::Locales] {
        for (relative, bytes) in built_in_files(kind) {
            planned.push((Path::new(kind.label()).join(relative), bytes));
        }
    }
    // Everything is looked at before anything is written.
    let mut existing = Vec::new();
    for (relative, _) in &planned {
        if let Some(parent) = relative.parent() {
            folder::folders(dir, parent, false)?;
        }
        let path = dir.join(relative);
        match folder::look(&path)? {
            Found::Nothing => {}
            Found::File => existing.push(path),
            Found::Folder => return Err(folder::Error::NotFile { path }.into()),
        }
    }
    if !force && let Some(first) = existing.first() {
        return Err(Error::Exists {
            first: first.clone(),
            others: existing.len() - 1,
        });
    }
    for (relative, bytes) in &planned {
        if let Some(parent) = relative.parent() {
            folder::folders(dir, parent, true)?;
        }
        folder::write(&dir.join(relative), bytes)?;
    }
    let shown = |kind: Kind| crate::text::sanitize(&dir.join(kind.label()).display().to_string());
    let (flows, locales) = (shown(Kind::Flows), shown(Kind::Locales));
    print(&format!(
        "wrote {} files ({} replaced) to {flows} and {locales}\n\
         check them: signup-doctor check --flows {flows} --locales {locales}\n",
        planned.len(),
        existing.len(),
    ))
}
