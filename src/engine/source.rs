//! Where flow and locale files come from: the copies built into the binary, or a directory the user
//! names with `--flows` / `--locales`. Either way the rest of the engine sees a list of named texts.

use include_dir::{Dir, include_dir};
use std::path::{Path, PathBuf};

static BUILT_IN_FLOWS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/flows");
static BUILT_IN_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A text file as loaded: the name shown in diagnostics and its contents.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path shown to the user, e.g. `flows/verification.yaml`.
    pub name: String,
    /// Path relative to the set's root, e.g. `verification.yaml` or `fr/ui.ftl`.
    pub relative: PathBuf,
    pub text: String,
}

/// A file of the set that could not be read as text.
#[derive(Clone, Debug)]
pub struct Unreadable {
    pub name: String,
    pub reason: String,
}

/// All files of one kind (flows or locales), sorted by path.
#[derive(Clone, Debug, Default)]
pub struct FileSet {
    pub files: Vec<SourceFile>,
    pub unreadable: Vec<Unreadable>,
}

/// Which file set to load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Flows,
    Locales,
}

impl Kind {
    fn extension(self) -> &'static str {
        match self {
            Kind::Flows => "yaml",
            Kind::Locales => "ftl",
        }
    }

    fn built_in(self) -> &'static Dir<'static> {
        match self {
            Kind::Flows => &BUILT_IN_FLOWS,
            Kind::Locales => &BUILT_IN_LOCALES,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Flows => "flows",
            Kind::Locales => "locales",
        }
    }
}

impl FileSet {
    /// The copies built into the binary.
    pub fn built_in(kind: Kind) -> FileSet {
        let mut files = Vec::new();
        collect_built_in(kind.built_in(), kind, &mut files);
        files.sort_by(|a, b| a.relative.cmp(&b.relative));
        FileSet {
            files,
            unreadable: Vec::new(),
        }
    }

    /// Every `.yaml` (flows) or `.ftl` (locales) file under `dir`, at most two levels deep.
    /// Fails only when `dir` itself cannot be listed.
    pub fn from_dir(dir: &Path, kind: Kind) -> Result<FileSet, String> {
        let mut set = FileSet::default();
        let depth = match kind {
            Kind::Flows => 0,
            Kind::Locales => 1,
        };
        walk(dir, dir, depth, kind, &mut set)
            .map_err(|e| format!("cannot read {} directory {}: {e}", kind.label(), dir.display()))?;
        set.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Ok(set)
    }
}

fn collect_built_in(dir: &Dir<'_>, kind: Kind, out: &mut Vec<SourceFile>) {
    for file in dir.files() {
        if file.path().extension().is_some_and(|e| e == kind.extension()) {
            let text = file.contents_utf8().unwrap_or_default().to_string();
            out.push(SourceFile {
                name: format!("{}/{}", kind.label(), file.path().display()),
                relative: file.path().to_path_buf(),
                text,
            });
        }
    }
    for sub in dir.dirs() {
        collect_built_in(sub, kind, out);
    }
}

fn walk(root: &Path, dir: &Path, depth: usize, kind: Kind, set: &mut FileSet) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let file_type = std::fs::metadata(&path).map(|m| m.file_type());
        let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        match file_type {
            Ok(t) if t.is_dir() => {
                if depth > 0 {
                    walk(root, &path, depth - 1, kind, set)?;
                }
            }
            Ok(t) if t.is_file() => {
                if path.extension().is_some_and(|e| e == kind.extension()) {
                    let name = path.display().to_string();
                    match std::fs::read(&path) {
                        Ok(bytes) => match String::from_utf8(bytes) {
                            Ok(text) => set.files.push(SourceFile { name, relative, text }),
                            Err(e) => set.unreadable.push(Unreadable {
                                name,
                                reason: format!(
                                    "not UTF-8 text (invalid byte at offset {})",
                                    e.utf8_error().valid_up_to()
                                ),
                            }),
                        },
                        Err(e) => set.unreadable.push(Unreadable {
                            name,
                            reason: e.to_string(),
                        }),
                    }
                }
            }
            Ok(_) => {}
            Err(e) => set.unreadable.push(Unreadable {
                name: path.display().to_string(),
                reason: e.to_string(),
            }),
        }
    }
    Ok(())
}
