//! The `/` search as the agent types it: the text, the results found in the index
//! ([`crate::wizard::search`]) and the one selected. Results are found again once per frame, not
//! once per key.

use super::editor::Editor;
use crate::engine::paths::Codes;
use crate::engine::tree::Tree;
use crate::i18n::Localizer;
use crate::wizard::search::Index;
pub use crate::wizard::search::{Entry, Found};

/// The search as it is being typed.
#[derive(Clone, Debug)]
pub struct Search {
    pub editor: Editor,
    index: Index,
    found: Vec<Found>,
    selected: usize,
    /// The text changed since the results were found: they are found again once, before they
    /// are next shown or used, so a burst of typed keys costs one search, not one a key.
    stale: bool,
}

impl Search {
    /// A new search over every node a walk can reach, by its words in each of `langs`; titles
    /// and topics are named in the first (the agent's).
    pub fn new(tree: &Tree, localizer: &Localizer, langs: &[&str]) -> Search {
        Search {
            editor: Editor::default(),
            index: Index::new(tree, localizer, langs),
            found: Vec::new(),
            selected: 0,
            stale: false,
        }
    }

    /// The codes of the shortest walk from the root to `entry`.
    pub fn codes_of(&self, tree: &Tree, entry: &Entry) -> Codes {
        self.index.codes_of(tree, entry)
    }

    /// A node id to show as an example of what can be typed.
    pub fn example(&self) -> String {
        self.index.example()
    }

    pub fn entry(&self, index: usize) -> &Entry {
        self.index.entry(index)
    }

    pub fn found(&self) -> &[Found] {
        &self.found
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The entry of the selected result, if there is one.
    pub fn chosen(&self) -> Option<&Entry> {
        self.found.get(self.selected).map(|f| self.index.entry(f.entry))
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.found.len().saturating_sub(1));
    }

    pub fn move_by(&mut self, delta: isize) {
        self.refresh();
        self.select(self.selected.saturating_add_signed(delta));
    }

    /// The text changed: the results are found again before they are next shown or used.
    pub fn changed(&mut self) {
        self.stale = true;
    }

    /// Finds again if the text changed: the nodes where every word of the query is in one text,
    /// or in the id, ignoring case and accents; the selection goes back to the first.
    pub fn refresh(&mut self) {
        if std::mem::take(&mut self.stale) {
            self.find();
        }
    }

    fn find(&mut self) {
        self.found = self.index.find(&self.editor.text());
        self.selected = 0;
    }
}
