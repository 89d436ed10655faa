//! Where each message of a checked set of locales is defined, which files each file needs (the ones
//! defining the messages and terms its own messages reference), and what every message that uses no
//! variable reads. Made once, when the content is checked (for the built-in locales, into the
//! committed checked form), it lets a language go without parsing: a screen of fixed texts parses no Fluent file,
//! and a message with variables parses its own file and what that one needs, once.

use super::{Localizer, language_of};
use crate::source::FileSet;
use std::collections::{BTreeMap, BTreeSet};

/// Every language's files and messages. Its strings are `String`s when made, and `&[u8]`s borrowing
/// the embedded bytes when read back at start (postcard writes both alike): nothing is copied or
/// checked then, and a text is checked to be UTF-8 only when it is read.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Index<S> {
    pub languages: Vec<LanguageIndex<S>>,
}

/// One language: its files, where each of its messages is, and what the fixed ones read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LanguageIndex<S> {
    pub lang: S,
    /// The language's files, in the set's order.
    pub files: Vec<FileIndex<S>>,
    /// Every message id with the file (in [`LanguageIndex::files`]) that defines it, sorted by id.
    pub messages: Vec<(S, usize)>,
    /// The messages that use no variable, as they read (formatted and sanitised when indexed),
    /// sorted by id: most screens need no Fluent file parsed at all.
    pub texts: Vec<(S, S)>,
}

/// A locale file and the files its messages need.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileIndex<S> {
    /// The path under the locales folder, `/`-separated: `en/ui.ftl`.
    pub relative: S,
    /// The files (in [`LanguageIndex::files`]) defining a message or term this file references.
    pub needs: Vec<usize>,
}

impl<S: AsRef<[u8]>> LanguageIndex<S> {
    /// The file that defines message `id`, if this language has it.
    pub fn file_of(&self, id: &str) -> Option<usize> {
        let at = self
            .messages
            .binary_search_by(|(m, _)| m.as_ref().cmp(id.as_bytes()))
            .ok()?;
        Some(self.messages[at].1)
    }

    /// Message `id` as it reads, if it uses no variable.
    pub fn text_of(&self, id: &str) -> Option<&str> {
        let at = self
            .texts
            .binary_search_by(|(m, _)| m.as_ref().cmp(id.as_bytes()))
            .ok()?;
        std::str::from_utf8(self.texts[at].1.as_ref()).ok()
    }

    /// The language's code.
    pub fn lang(&self) -> &str {
        std::str::from_utf8(self.lang.as_ref()).unwrap_or_default()
    }

    /// File `file`'s path under the locales folder.
    pub fn relative(&self, file: usize) -> Option<&str> {
        std::str::from_utf8(self.files.get(file)?.relative.as_ref()).ok()
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

impl Index<String> {
    /// The index of `set`, as loaded into `localizer` by [`Localizer::load`] (whose catalogs say
    /// where everything is defined and referenced).
    pub fn of(localizer: &Localizer, set: &FileSet) -> Index<String> {
        let mut languages = Vec::new();
        for locale in localizer.locales() {
            let files: Vec<&crate::source::SourceFile> = set
                .files
                .iter()
                .filter(|f| language_of(f).is_ok_and(|lang| lang == locale.lang))
                .collect();
            let by_name: BTreeMap<&str, usize> = files.iter().enumerate().map(|(i, f)| (f.name.as_str(), i)).collect();
            let catalog = &locale.catalog;
            let messages: Vec<(String, usize)> = catalog
                .messages
                .iter()
                .filter_map(|(id, d)| Some((id.clone(), *by_name.get(d.file.as_str())?)))
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
                    relative: relative_name(&file.relative),
                    needs: needs.into_iter().collect(),
                })
                .collect();
            let texts = catalog
                .messages
                .keys()
                .filter_map(|id| Some((id.clone(), locale.fixed_text(id)?)))
                .collect();
            languages.push(LanguageIndex {
                lang: locale.lang.clone(),
                files,
                messages,
                texts,
            });
        }
        Index { languages }
    }
}
