//! Where flow and locale files come from: the copies built into the binary, or a directory the user
//! names with `--flows` / `--locales`. Either way the engine and the localizer see a list of named
//! texts. Below both: it knows files, not flows or languages.

use include_dir::{Dir, include_dir};
use std::path::{Path, PathBuf};

/// Largest flow file accepted, in bytes (checked before it is read).
pub const MAX_FLOW_FILE_BYTES: usize = 4 * 1024 * 1024;
/// Largest locale file accepted, in bytes.
pub const MAX_LOCALE_FILE_BYTES: usize = 1024 * 1024;

static BUILT_IN_FLOWS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../flows");
static BUILT_IN_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// A folder of flows or locales that cannot be listed at all (a file that cannot be read is a
/// finding instead, at its place in the set: [`Unreadable`]).
#[derive(Debug, thiserror::Error)]
#[error("cannot read {kind} directory {}: {source}", crate::text::sanitize(&dir.display().to_string()))]
pub enum Error {
    Folder {
        kind: &'static str,
        dir: PathBuf,
        source: std::io::Error,
    },
}

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
    /// Path relative to the set's root.
    pub relative: PathBuf,
    /// Where reading failed, when it is inside the file (an invalid UTF-8 byte).
    pub pos: crate::text::place::Pos,
    pub reason: String,
}

impl Unreadable {
    fn new(path: &Path, relative: PathBuf, reason: &str) -> Unreadable {
        Unreadable {
            name: path.display().to_string(),
            relative,
            pos: crate::text::place::Pos::default(),
            reason: reason.to_string(),
        }
    }
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

    /// The largest file of this kind read, in bytes.
    fn max_bytes(self) -> usize {
        match self {
            Kind::Flows => MAX_FLOW_FILE_BYTES,
            Kind::Locales => MAX_LOCALE_FILE_BYTES,
        }
    }

    /// One file of this kind, in words.
    fn one(self) -> &'static str {
        match self {
            Kind::Flows => "a flow",
            Kind::Locales => "a locale file",
        }
    }

    /// The folder's name: `flows` or `locales`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Flows => "flows",
            Kind::Locales => "locales",
        }
    }
}

impl FileSet {
    /// The copies built into the binary.
    pub fn built_in(kind: Kind) -> FileSet {
        let files = built_in_texts(kind)
            .into_iter()
            .map(|(relative, text)| SourceFile {
                name: format!("{}/{}", kind.label(), relative.display()),
                relative: relative.to_path_buf(),
                text: text.to_string(),
            })
            .collect();
        FileSet {
            files,
            unreadable: Vec::new(),
        }
    }

    /// Every `.yaml` (flows) or `.ftl` (locales) file under `dir`, at most two levels deep.
    /// Fails only when `dir` itself cannot be listed.
    pub fn from_dir(dir: &Path, kind: Kind) -> Result<FileSet, Error> {
        let mut set = FileSet::default();
        let depth = match kind {
            Kind::Flows => 0,
            Kind::Locales => 1,
        };
        walk(dir, dir, depth, kind, &mut set).map_err(|source| Error::Folder {
            kind: kind.label(),
            dir: dir.to_path_buf(),
            source,
        })?;
        set.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Ok(set)
    }
}

/// The text of a built-in file, by its `/`-separated path under the folder (`en/ui.ftl`): read
/// (and its UTF-8 checked) only when asked for, unlike [`FileSet::built_in`], which reads them all.
pub fn built_in_text(kind: Kind, relative: &str) -> Option<&'static str> {
    kind.built_in().get_file(relative)?.contents_utf8()
}

/// Every file built into the binary under the folder of `kind`, sorted by path: for flows the
/// topics and what sits next to them (the format's README, `schema.json`), for locales each
/// language's files. Each with its path under the folder and its bytes exactly as built: what
/// `export` writes out, a copy of the tree to start from.
pub fn built_in_files(kind: Kind) -> Vec<(PathBuf, &'static [u8])> {
    fn collect(dir: &'static Dir<'static>, out: &mut Vec<(PathBuf, &'static [u8])>) {
        for file in dir.files() {
            out.push((file.path().to_path_buf(), file.contents()));
        }
        for sub in dir.dirs() {
            collect(sub, out);
        }
    }
    let mut out = Vec::new();
    collect(kind.built_in(), &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Editors on some systems start UTF-8 files with a byte-order mark; it is not part of the text.
pub fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// The built-in files of `kind` (`.yaml` flows or `.ftl` locales), each as its path under the folder
/// and its text, borrowed from the binary, sorted by path: what [`FileSet::built_in`] copies.
pub fn built_in_texts(kind: Kind) -> Vec<(&'static Path, &'static str)> {
    built_in_bytes(kind)
        .into_iter()
        .map(|(path, bytes)| (path, std::str::from_utf8(bytes).unwrap_or_default()))
        .collect()
}

/// [`built_in_texts`] as bytes, their UTF-8 not checked: what start-up compares with the checked
/// form's fingerprint without reading every file as text.
pub fn built_in_bytes(kind: Kind) -> Vec<(&'static Path, &'static [u8])> {
    fn collect(dir: &'static Dir<'static>, kind: Kind, out: &mut Vec<(&'static Path, &'static [u8])>) {
        for file in dir.files() {
            if file.path().extension().is_some_and(|e| e == kind.extension()) {
                out.push((file.path(), file.contents()));
            }
        }
        for sub in dir.dirs() {
            collect(sub, kind, out);
        }
    }
    let mut out = Vec::new();
    collect(kind.built_in(), kind, &mut out);
    out.sort_by(|a, b| a.0.cmp(b.0));
    out
}

/// The bytes of the file at `path`, or `None` when it has more than `limit`: its size is looked at
/// before anything is read (a sparse file of gigabytes is refused at once), and no more than
/// `limit + 1` bytes are ever read (a file that grows meanwhile, a size that lies).
fn read_at_most(path: &Path, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let limit = limit as u64;
    if file.metadata()?.len() > limit {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
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
                } else if path.extension().is_some_and(|e| e == kind.extension()) {
                    set.unreadable
                        .push(Unreadable::new(&path, relative, "is a directory, not a file"));
                }
            }
            Ok(t) if t.is_file() => {
                if path.extension().is_some_and(|e| e == kind.extension()) {
                    match read_at_most(&path, kind.max_bytes()) {
                        Ok(None) => {
                            let why = format!(
                                "larger than the {} MiB limit for {}",
                                kind.max_bytes() >> 20,
                                kind.one()
                            );
                            let mut big = Unreadable::new(&path, relative, &why);
                            big.pos = crate::text::place::Pos { line: 1, col: 1 };
                            set.unreadable.push(big);
                        }
                        Ok(Some(bytes)) => match String::from_utf8(bytes) {
                            Ok(text) => set.files.push(SourceFile {
                                name: path.display().to_string(),
                                relative,
                                text: without_bom(text),
                            }),
                            Err(e) => {
                                let valid = e.utf8_error().valid_up_to();
                                let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]);
                                let mut bad = Unreadable::new(&path, relative, "not UTF-8 text (an invalid byte here)");
                                bad.pos = crate::text::place::Pos::of_offset(&prefix, valid);
                                set.unreadable.push(bad);
                            }
                        },
                        Err(e) => set.unreadable.push(Unreadable::new(&path, relative, &e.to_string())),
                    }
                }
            }
            Ok(_) => {}
            Err(e) => set.unreadable.push(Unreadable::new(&path, relative, &e.to_string())),
        }
    }
    Ok(())
}
