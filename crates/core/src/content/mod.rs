//! Loading a whole build — flows and locales, built in or from `--flows` / `--locales` — and running
//! every check over it. Commands start here.

use crate::engine::diagnostic::Diagnostics;
use crate::engine::load::load_tree;
use crate::engine::tree::Tree;
use crate::engine::validate::check_graph;
use crate::i18n::Localizer;
use crate::i18n::check::check_locales;
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

/// SHA-256 over the files' relative paths and contents, in path order.
fn hash(files: &FileSet) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for file in &files.files {
        hasher.update(file.relative.to_string_lossy().as_bytes());
        hasher.update([0]);
        hasher.update(file.text.as_bytes());
        hasher.update([0]);
    }
    format!("{:x}", hasher.finalize())
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
    crate::engine::links::check_links(&[&flow_files, &locale_files], &mut diagnostics);
    Ok(Loaded {
        tree,
        localizer,
        diagnostics,
        hashes: Hashes {
            flows: flow_files,
            locales: locale_files,
            computed: std::sync::OnceLock::new(),
        },
    })
}
