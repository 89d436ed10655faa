//! The `/` search's index, with no terminal in it: every question, fix and end of the tree by its
//! words in the languages shown (questions and hints, fix titles and steps, answers, end texts) and
//! by its `topic:node` id. Each result can say the codes of the shortest walk to it, for the jump:
//! one walk over the tree when the index is made finds the shortest way to every place at once, and
//! a result's codes are made only when it is jumped to (a deep tree's codes are long). The full
//! screen's search (its text being typed, its selection) stands on it.

use crate::engine::paths::{Codes, codes};
use crate::engine::place::Place;
use crate::engine::tree::{MsgRef, NodeKind, Tree};
use crate::i18n::{Localizer, ui};
use std::collections::{HashMap, VecDeque};

/// One node the search can find.
#[derive(Clone, Debug)]
pub struct Entry {
    /// `topic:node`.
    pub name: String,
    /// The topic's title.
    pub topic: String,
    /// The question, the fix's title or the end's heading.
    pub title: String,
    /// The node, a place every walk from the root can reach.
    place: Place,
    /// Every text of the node, the title first.
    texts: Vec<String>,
}

/// A result: the entry, the text that matched and where the query's words are in it (as character
/// ranges).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub entry: usize,
    pub text: String,
    pub marks: Vec<(usize, usize)>,
}

/// Every node a walk can reach, with its words, and the shortest way to each.
#[derive(Clone, Debug)]
pub struct Index {
    /// Each place a walk reaches, with the place and answer the shortest walk reaches it by.
    reached: HashMap<Place, Option<(Place, usize)>>,
    entries: Vec<Entry>,
}

impl Index {
    /// The index of every node a walk can reach, by its words in each of `langs`; titles and
    /// topics are named in the first (the agent's).
    pub fn new(tree: &Tree, localizer: &Localizer, langs: &[&str]) -> Index {
        let reached = shortest_ways(tree);
        let mut entries = Vec::new();
        let first = langs.first().copied().unwrap_or(crate::i18n::FALLBACK);
        for flow in &tree.flows {
            for &node in &flow.nodes {
                let place = Place::Node(node);
                if !reached.contains_key(&place) || matches!(tree.node(node).kind, NodeKind::Jump { .. }) {
                    continue;
                }
                let mut title = String::new();
                let mut texts = Vec::new();
                for (i, lang) in langs.iter().enumerate() {
                    let (heading, words) = node_texts(tree, node, localizer, lang);
                    if i == 0 {
                        title = heading;
                    }
                    texts.extend(words);
                }
                entries.push(Entry {
                    name: tree.qualified_name(node),
                    topic: localizer.text(first, &flow.title.id),
                    title,
                    place,
                    texts,
                });
            }
        }
        Index { reached, entries }
    }

    /// The codes of the shortest walk from the root to `entry` (earlier answers first among walks
    /// of the same length, as [`crate::engine::paths::shortest_walk_to`] chooses).
    pub fn codes_of(&self, tree: &Tree, entry: &Entry) -> Codes {
        let mut steps = Vec::new();
        let mut at = entry.place;
        while let Some(Some((from, answer))) = self.reached.get(&at).copied() {
            steps.push((from, answer));
            at = from;
        }
        steps.reverse();
        codes(tree, &steps)
    }

    /// A node id to show as an example of what can be typed.
    pub fn example(&self) -> String {
        let entry = self.entries.get(1).or(self.entries.first());
        entry.map(|e| e.name.clone()).unwrap_or_default()
    }

    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// The nodes where every word of `query` is in one text, or in the id, ignoring case and
    /// accents.
    pub fn find(&self, query: &str) -> Vec<Found> {
        let words: Vec<Vec<char>> = query
            .split_whitespace()
            .map(|w| w.chars().map(fold).collect())
            .collect();
        let mut found = Vec::new();
        if words.is_empty() {
            return found;
        }
        for (index, entry) in self.entries.iter().enumerate() {
            let in_text = entry.texts.iter().find_map(|text| {
                let marks = find_all(text, &words)?;
                Some(Found {
                    entry: index,
                    text: text.clone(),
                    marks,
                })
            });
            // Found by its id alone: the node's title says what it is.
            let by_id = || {
                find_all(&entry.name, &words).map(|_| Found {
                    entry: index,
                    text: entry.title.clone(),
                    marks: Vec::new(),
                })
            };
            found.extend(in_text.or_else(by_id));
        }
        found
    }
}

/// A node's heading (the question, the fix's title or the end's heading) and every text of it in
/// `lang`, the heading first.
fn node_texts(
    tree: &Tree,
    node: crate::engine::tree::NodeId,
    localizer: &Localizer,
    lang: &str,
) -> (String, Vec<String>) {
    let t = |m: &MsgRef| localizer.text(lang, &m.id);
    let own = |m: &&MsgRef| m.at.is_some();
    match &tree.node(node).kind {
        NodeKind::Question { text, hint, answers }
        | NodeKind::Fix {
            title: text,
            hint,
            answers,
            ..
        } => {
            let mut texts = vec![t(text)];
            texts.extend(hint.iter().map(t));
            if let NodeKind::Fix { steps, .. } = &tree.node(node).kind {
                texts.extend(steps.iter().map(|s| t(&s.text)));
            }
            texts.extend(answers.iter().map(|a| &a.label).filter(own).map(t));
            (t(text), texts)
        }
        NodeKind::End { outcome, text } => {
            let heading = localizer.text(lang, ui::end_heading(*outcome));
            (heading, text.iter().map(t).collect())
        }
        NodeKind::Jump { .. } => (String::new(), Vec::new()),
    }
}

/// Every place a walk from the root reaches, with the place and answer it is first reached by: a
/// breadth-first walk over the answers offered at each place, earlier answers first — the shortest
/// walk to each place, all found in one pass.
fn shortest_ways(tree: &Tree) -> HashMap<Place, Option<(Place, usize)>> {
    let start = tree.start();
    let mut reached = HashMap::from([(start, None)]);
    let mut queue = VecDeque::from([start]);
    while let Some(place) = queue.pop_front() {
        for index in 0..tree.choices(place).len() {
            if let Some(next) = tree.choose(place, index)
                && !reached.contains_key(&next)
            {
                reached.insert(next, Some((place, index)));
                queue.push_back(next);
            }
        }
    }
    reached
}

/// A character as the search compares it: lower case, without accents (its canonical
/// decomposition's base letter, so every precomposed letter of every script folds, not a table's
/// worth), typographic quotes and non-breaking spaces as their plain forms. One character in, one
/// out, so positions in the folded text are positions in the shown text.
fn fold(c: char) -> char {
    use unicode_normalization::UnicodeNormalization;
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        '’' | '‘' => '\'',
        '\u{a0}' | '\u{202f}' => ' ',
        c => std::iter::once(c).nfd().next().unwrap_or(c),
    }
}

/// Where each word first occurs in `text` (character ranges), if every one does.
fn find_all(text: &str, words: &[Vec<char>]) -> Option<Vec<(usize, usize)>> {
    let folded: Vec<char> = text.chars().map(fold).collect();
    words
        .iter()
        .map(|word| {
            let start = folded.windows(word.len()).position(|w| w == word.as_slice())?;
            Some((start, start + word.len()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_anywhere_ignoring_case_and_accents() {
        let words =
            |q: &str| -> Vec<Vec<char>> { q.split_whitespace().map(|w| w.chars().map(fold).collect()).collect() };
        assert_eq!(
            find_all("Numéro VoIP refusé", &words("voip numero")),
            Some(vec![(7, 11), (0, 6)])
        );
        assert_eq!(find_all("l’adresse", &words("l'adr")), Some(vec![(0, 5)]));
        assert_eq!(find_all("Phone", &words("phone sms")), None);
    }

    #[test]
    fn letters_of_any_script_fold_to_their_base_letter_one_for_one() {
        let folded: String = "Vérification ÇA Ångström Ñandú Đà Nẵng ŝĝ ‘x’\u{a0}y"
            .chars()
            .map(fold)
            .collect();
        assert_eq!(folded, "verification ca angstrom nandu đa nang sg 'x' y");
    }
}
