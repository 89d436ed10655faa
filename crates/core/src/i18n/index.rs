//! Where each message of a checked set of locales is defined, and which files each file needs (the
//! ones defining the messages and terms its own messages reference). Made once, when the content is
//! checked (for the built-in locales, by the build script), it lets a language be parsed one file at
//! a time: the first screen parses the few files it shows, the other language nothing until spoken.

use super::{Localizer, language_of};
use crate::source::FileSet;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// Every language's files and messages.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Index<'a> {
    #[serde(borrow)]
    pub languages: Vec<LanguageIndex<'a>>,
}

/// One language: its files and where each of its messages is. Read back from the build's bytes,
/// the names borrow them: nothing is copied at start.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LanguageIndex<'a> {
    #[serde(borrow)]
    pub lang: Cow<'a, str>,
    /// The language's files, in the set's order.
    #[serde(borrow)]
    pub files: Vec<FileIndex<'a>>,
    /// Every message id with the file (in [`LanguageIndex::files`]) that defines it, sorted by id.
    #[serde(borrow)]
    pub messages: Vec<(Cow<'a, str>, usize)>,
}

/// A locale file and the files its messages need.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileIndex<'a> {
    /// The path under the locales folder, `/`-separated: `en/ui.ftl`.
    #[serde(borrow)]
    pub relative: Cow<'a, str>,
    /// The files (in [`LanguageIndex::files`]) defining a message or term this file references.
    pub needs: Vec<usize>,
}

impl LanguageIndex<'_> {
    /// The file that defines message `id`, if this language has it.
    pub fn file_of(&self, id: &str) -> Option<usize> {
        let at = self.messages.binary_search_by(|(m, _)| m.as_ref().cmp(id)).ok()?;
        Some(self.messages[at].1)
    }
}

/// The `/`-separated path of a file under its set's folder.
pub(super) fn relative_name(relative: &std::path::Path) -> String {
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect();
    parts.join("/")
}

impl Index<'static> {
    /// The index of `set`, as loaded into `localizer` by [`Localizer::load`] (whose catalogs say
    /// where everything is defined and referenced).
    pub fn of(localizer: &Localizer, set: &FileSet) -> Index<'static> {
        let mut languages = Vec::new();
        for locale in localizer.locales() {
            let files: Vec<&crate::source::SourceFile> = set
                .files
                .iter()
                .filter(|f| language_of(f).is_ok_and(|lang| lang == locale.lang))
                .collect();
            let by_name: BTreeMap<&str, usize> = files.iter().enumerate().map(|(i, f)| (f.name.as_str(), i)).collect();
            let catalog = &locale.catalog;
            let messages: Vec<(Cow<'static, str>, usize)> = catalog
                .messages
                .iter()
                .filter_map(|(id, d)| Some((Cow::Owned(id.clone()), *by_name.get(d.file.as_str())?)))
                .collect();
            let mut needs = vec![BTreeSet::new(); files.len()];
            for reference in &catalog.references {
                let defined = if reference.term {
                    catalog.terms.get(&reference.name)
                } else {
                    catalog.messages.get(&reference.name)
                };
                if let (Some(&from), Some(&to)) = (
                    by_name.get(reference.file.as_str()),
                    defined.and_then(|d| by_name.get(d.file.as_str())),
                ) && from != to
                {
                    needs[from].insert(to);
                }
            }
            let files = files
                .iter()
                .zip(needs)
                .map(|(file, needs)| FileIndex {
                    relative: Cow::Owned(relative_name(&file.relative)),
                    needs: needs.into_iter().collect(),
                })
                .collect();
            languages.push(LanguageIndex {
                lang: Cow::Owned(locale.lang.clone()),
                files,
                messages,
            });
        }
        Index { languages }
    }
}
