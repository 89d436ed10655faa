//! Loading a whole build — flows and locales, built in or from `--flows` / `--locales` — and running
//! every check over it. Commands start here. The built-in content can skip all that: its checked
//! form ([`checked_form`]: the linked tree and the locales' index, made once and committed beside
//! the binary's sources, a test keeping it current) lets [`open`] parse no YAML and check nothing
//! when the built-in files are still the ones it was made from; a Fluent file is parsed only when a
//! message with variables in it is first shown.

use crate::engine::diagnostic::Diagnostics;
use crate::engine::load::load_tree;
use crate::engine::tree::Tree;
use crate::engine::validate::check_graph;
use crate::i18n::Localizer;
use crate::i18n::check::check_locales;
use crate::i18n::index::Index;
use crate::source::{self, FileSet, Kind};
use std::path::Path;

/// A loaded build: the tree (if one could be linked), the localizer and every finding.
pub struct Loaded {
    pub tree: Option<Tree>,
    pub localizer: Localizer,
    pub diagnostics: Diagnostics,
    /// What the flows and locales were, for transcripts: hashed on first use, not at start-up.
    pub hashes: Hashes,
}

/// SHA-256 of every flow file and every locale file (names and contents).
pub struct Hashes {
    flows: FileSet,
    locales: FileSet,
    computed: std::sync::OnceLock<(String, String)>,
}

impl Hashes {
    fn of(flows: FileSet, locales: FileSet) -> Hashes {
        Hashes {
            flows,
            locales,
            computed: std::sync::OnceLock::new(),
        }
    }

    /// Hashes already computed, over the same files.
    fn known(flows: String, locales: String) -> Hashes {
        Hashes {
            flows: FileSet::default(),
            locales: FileSet::default(),
            computed: std::sync::OnceLock::from((flows, locales)),
        }
    }

    fn both(&self) -> &(String, String) {
        self.computed.get_or_init(|| (hash(&self.flows), hash(&self.locales)))
    }

    pub fn flows(&self) -> &str {
        &self.both().0
    }

    pub fn locales(&self) -> &str {
        &self.both().1
    }
}

/// The files' relative paths and texts, in path order: what [`hash`] and [`fingerprint`] read.
fn texts(files: &FileSet) -> impl Iterator<Item = (&Path, &str)> {
    files
        .files
        .iter()
        .map(|file| (file.relative.as_path(), file.text.as_str()))
}

/// SHA-256 over the files' relative paths and contents, in path order.
fn hash(files: &FileSet) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for (relative, text) in texts(files) {
        hasher.update(relative.to_string_lossy().as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    format!("{:x}", hasher.finalize())
}

/// A fast 64-bit fingerprint of files (their relative paths, lengths and bytes, eight at a time):
/// not a hash against forgery, which SHA-256 is, but any edit of a word of a file changes it (each
/// step is a bijection of the state), so a checked form is never taken for files edited since.
fn fingerprint<'a>(files: impl Iterator<Item = (&'a Path, &'a [u8])>) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut state: u64 = 0;
    let mut add = |word: u64| state = (state.rotate_left(5) ^ word).wrapping_mul(K);
    for (relative, text) in files {
        for bytes in [relative.to_string_lossy().as_bytes(), text] {
            add(bytes.len() as u64);
            let mut words = bytes.chunks_exact(8);
            for word in words.by_ref() {
                add(u64::from_le_bytes(word.try_into().unwrap_or_default()));
            }
            let mut last = [0u8; 8];
            last[..words.remainder().len()].copy_from_slice(words.remainder());
            add(u64::from_le_bytes(last));
        }
    }
    state
}

/// Where to load from: `None` means the copies built into the binary.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sources<'a> {
    pub flows: Option<&'a Path>,
    pub locales: Option<&'a Path>,
}

fn files(dir: Option<&Path>, kind: Kind) -> Result<FileSet, source::Error> {
    match dir {
        Some(dir) => FileSet::from_dir(dir, kind),
        None => Ok(FileSet::built_in(kind)),
    }
}

/// Loads and checks everything. Fails only when a directory cannot be read at all.
pub fn load(sources: Sources<'_>) -> Result<Loaded, source::Error> {
    let flow_files = files(sources.flows, Kind::Flows)?;
    let locale_files = files(sources.locales, Kind::Locales)?;
    let mut diagnostics = Diagnostics::default();
    let tree = load_tree(&flow_files, &mut diagnostics);
    if let Some(tree) = &tree {
        check_graph(tree, &mut diagnostics);
    }
    let localizer = Localizer::load(&locale_files, &mut diagnostics);
    check_locales(tree.as_ref(), &localizer, &mut diagnostics);
    crate::i18n::typography::check_french_typography(&locale_files, &mut diagnostics);
    crate::i18n::facts::check_facts(&locale_files, &mut diagnostics);
    crate::i18n::origin::check_origins(&locale_files, &mut diagnostics);
    crate::engine::links::check_links(&[&flow_files, &locale_files], &mut diagnostics);
    if let Some(tree) = &tree {
        diagnostics.allow(&tree.allow);
    }
    Ok(Loaded {
        tree,
        localizer,
        diagnostics,
        hashes: Hashes::of(flow_files, locale_files),
    })
}

/// Content as it was found with every check passed: the linked tree, where each message is
/// defined, and the hashes of the files it came from.
#[derive(serde::Serialize, serde::Deserialize)]
struct Checked<S> {
    tree: Tree,
    /// `String`s when written, `&[u8]`s borrowing the embedded bytes when read.
    locales: Index<S>,
    flows_hash: String,
    locales_hash: String,
    /// [`fingerprint`] of the same files: compared at start instead of their SHA-256, which costs
    /// ten times more than the rest of opening.
    fingerprint: u64,
}

/// Loads and checks the flows and locales of `sources`. Clean (no error, no warning), gives them in
/// checked form (postcard, for [`open`]); otherwise every finding, one line each as `check` prints
/// it. Made for the built-in content ([`check_built_in`]) and committed; a test keeps it current.
pub fn checked_form(sources: Sources<'_>) -> Result<Vec<u8>, Vec<String>> {
    let loaded = load(sources).map_err(|e| vec![e.to_string()])?;
    let findings: Vec<String> = loaded.diagnostics.sorted().iter().map(ToString::to_string).collect();
    match loaded.tree {
        Some(tree) if findings.is_empty() => {
            let checked = Checked {
                tree,
                locales: Index::of(&loaded.localizer, &loaded.hashes.locales),
                flows_hash: loaded.hashes.flows().to_string(),
                locales_hash: loaded.hashes.locales().to_string(),
                fingerprint: fingerprint(
                    texts(&loaded.hashes.flows)
                        .chain(texts(&loaded.hashes.locales))
                        .map(|(path, text)| (path, text.as_bytes())),
                ),
            };
            postcard::to_allocvec(&checked).map_err(|e| vec![e.to_string()])
        }
        _ => Err(findings),
    }
}

/// [`checked_form`] of the built-in flows and locales.
pub fn check_built_in() -> Result<Vec<u8>, Vec<String>> {
    checked_form(Sources::default())
}

/// Opens the content for a command. With no folder named and a checked form (`checked`, from
/// [`check_built_in`]) made from exactly the built-in files (their hashes are compared), nothing is
/// parsed or checked again and each language is parsed when first used; otherwise (folders named,
/// or a checked form of other content: files edited since it was made) everything is loaded and
/// checked as [`load`] does.
pub fn open(sources: Sources<'_>, checked: Option<&'static [u8]>) -> Result<Loaded, source::Error> {
    let built_in = sources.flows.is_none() && sources.locales.is_none();
    let checked = checked
        .filter(|_| built_in)
        .and_then(|bytes| postcard::from_bytes::<Checked<&'static [u8]>>(bytes).ok());
    let Some(checked) = checked else {
        return load(sources);
    };
    // The files the binary holds now: a flow or message edited since the checked form was made
    // (and not made again) is loaded and checked as any other content is. Read where they are, in
    // the binary: nothing copied.
    let now = source::built_in_bytes(Kind::Flows)
        .into_iter()
        .chain(source::built_in_bytes(Kind::Locales));
    if fingerprint(now) != checked.fingerprint {
        return load(sources);
    }
    let (flows, locales) = (checked.flows_hash, checked.locales_hash);
    Ok(Loaded {
        tree: Some(checked.tree),
        localizer: Localizer::checked_before(checked.locales, |relative| {
            source::built_in_text(Kind::Locales, relative)
        }),
        diagnostics: Diagnostics::default(),
        hashes: Hashes::known(flows, locales),
    })
}

#[cfg(test)]
mod tests {
    use super::fingerprint;
    use std::path::Path;

    #[test]
    fn an_edit_anywhere_in_a_file_or_its_name_changes_the_fingerprint() {
        let of = |name: &str, text: &str| fingerprint([(Path::new(name), text.as_bytes())].into_iter());
        let text = "fix-title = Check that your card is accepted for your account's country";
        let base = of("en/ui.ftl", text);
        assert_eq!(base, of("en/ui.ftl", text));
        for at in 0..text.len() {
            let mut edited = text.as_bytes().to_vec();
            edited[at] ^= 1;
            assert_ne!(
                base,
                of("en/ui.ftl", std::str::from_utf8(&edited).unwrap()),
                "byte {at}"
            );
        }
        assert_ne!(base, of("fr/ui.ftl", text));
        assert_ne!(base, of("en/ui.ftl", &text[..text.len() - 1]));
        assert_ne!(base, of("en/ui.ftl", &format!("{text}\0")));
    }
}
