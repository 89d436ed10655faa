//! Loading a whole build — flows and locales, built in or from `--flows` / `--locales` — and running
//! every check over it. Commands start here.

use crate::engine::diagnostic::Diagnostics;
use crate::engine::load::load_tree;
use crate::engine::source::{FileSet, Kind};
use crate::engine::tree::Tree;
use crate::engine::validate::check_graph;
use crate::i18n::Localizer;
use crate::i18n::check::check_locales;
use std::path::Path;

/// A loaded build: the tree (if one could be linked), the localizer and every finding.
pub struct Loaded {
    pub tree: Option<Tree>,
    pub localizer: Localizer,
    pub diagnostics: Diagnostics,
}

/// Where to load from: `None` means the copies built into the binary.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sources<'a> {
    pub flows: Option<&'a Path>,
    pub locales: Option<&'a Path>,
}

fn files(dir: Option<&Path>, kind: Kind) -> Result<FileSet, String> {
    match dir {
        Some(dir) => FileSet::from_dir(dir, kind),
        None => Ok(FileSet::built_in(kind)),
    }
}

/// Loads and checks everything. Fails only when a directory cannot be read at all.
pub fn load(sources: Sources<'_>) -> Result<Loaded, String> {
    let flow_files = files(sources.flows, Kind::Flows)?;
    let locale_files = files(sources.locales, Kind::Locales)?;
    let mut diagnostics = Diagnostics::default();
    let tree = load_tree(&flow_files, &mut diagnostics);
    if let Some(tree) = &tree {
        check_graph(tree, &mut diagnostics);
    }
    let localizer = Localizer::load(&locale_files, &mut diagnostics);
    check_locales(tree.as_ref(), &localizer, &mut diagnostics);
    Ok(Loaded {
        tree,
        localizer,
        diagnostics,
    })
}
