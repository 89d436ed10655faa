//! Which English text each translation was made from. A translated message (or term) records the
//! hash of its English ([`super::FALLBACK`]) text in the comment just above it, `# en: 3fa4c2d1`,
//! readable in a diff. `check` warns when the English moved on and the translation kept an older
//! record, naming both places, and of a message with no record in a file that keeps them
//! ([`check_origins`]); [`mark_reviewed`] writes the records, for `signup-doctor reviewed`.
//!
//! The hash is of what the English says, not of how its file is laid out: the entry's lines (its
//! `id =` line and the indented lines under it), each trimmed, blank ones dropped; the first eight
//! hex digits of their SHA-256. Entries are found line by line, as Fluent writes them: an id at the
//! start of a line, then `=`; a comment attaches when its `#` lines stand right above (`##` never).

use super::FALLBACK;
use crate::engine::diagnostic::{Diagnostics, Pos};
use crate::engine::lint::Lint;
use crate::source::FileSet;
use std::collections::{BTreeMap, BTreeSet};

/// The comment that records the English a translation was made from: `# en: 3fa4c2d1`.
pub const RECORD: &str = "en:";
/// How many hex digits of the hash a record keeps.
const DIGITS: usize = 8;

/// One entry of a locale file, found line by line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// `id` for a message, `-id` for a term.
    pub id: String,
    /// The line of `id =` (0-based).
    pub line: usize,
    /// The hash of the entry's own text.
    pub hash: String,
    /// The record in the comment above it, if any, and its line (0-based).
    pub record: Option<(String, usize)>,
}

/// The id an entry starts with on this line (`-id` for a term), if the line starts one.
fn entry_id(line: &str) -> Option<&str> {
    if !line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
        return None;
    }
    let (name, _) = line.split_once('=')?;
    let name = name.trim_end();
    let bare = name.strip_prefix('-').unwrap_or(name);
    let mut chars = bare.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(name)
}

/// The first [`DIGITS`] hex digits of the SHA-256 of an entry's lines, trimmed, blank ones dropped.
fn hash_of(lines: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        hasher.update(line.as_bytes());
        hasher.update(b"\n");
    }
    let digest = hasher.finalize();
    format!("{digest:x}").chars().take(DIGITS).collect()
}

/// The record a comment line holds (`# en: 3fa4c2d1` → `3fa4c2d1`).
fn record_of(line: &str) -> Option<&str> {
    let comment = line.strip_prefix('#')?;
    if comment.starts_with('#') {
        return None;
    }
    comment.trim().strip_prefix(RECORD).map(str::trim)
}

/// Every entry of a locale file, in order.
pub fn entries(text: &str) -> Vec<Entry> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(id) = entry_id(line) else {
            continue;
        };
        // Its text: this line and the indented ones under it (blank lines between them included).
        let mut end = i + 1;
        let mut j = i + 1;
        while j < lines.len() {
            let next = lines[j];
            if next.starts_with(' ') && !next.trim().is_empty() {
                end = j + 1;
            } else if !next.trim().is_empty() {
                break;
            }
            j += 1;
        }
        // Its comment: the `#` lines right above.
        let mut record = None;
        let mut k = i;
        while k > 0 && lines[k - 1].starts_with('#') && !lines[k - 1].starts_with("##") {
            k -= 1;
            if let Some(hash) = record_of(lines[k]) {
                record = Some((hash.to_string(), k));
            }
        }
        found.push(Entry {
            id: id.to_string(),
            line: i,
            hash: hash_of(&lines[i..end]),
            record,
        });
    }
    found
}

/// Each English entry's hash and place (file, position of its id), from the `en` folder of `files`.
pub fn english(files: &FileSet) -> BTreeMap<String, (String, String, Pos)> {
    let mut out = BTreeMap::new();
    for file in files.files.iter().filter(|f| language(f) == Some(FALLBACK)) {
        for entry in entries(&file.text) {
            let pos = Pos {
                line: entry.line as u64 + 1,
                col: 1,
            };
            out.entry(entry.id).or_insert((entry.hash, file.name.clone(), pos));
        }
    }
    out
}

fn language(file: &crate::source::SourceFile) -> Option<&str> {
    let mut parts = file.relative.components();
    let lang = parts.next()?.as_os_str().to_str()?;
    parts.next().map(|_| lang)
}

/// Per language, the ids of the translations whose record names another English text than today's
/// (what [`check_origins`] warns of first).
pub fn older_translations(files: &FileSet) -> BTreeMap<String, BTreeSet<String>> {
    let english = english(files);
    let mut older: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files.files {
        let Some(lang) = language(file).filter(|l| *l != FALLBACK) else {
            continue;
        };
        for entry in entries(&file.text) {
            if let (Some((record, _)), Some((hash, _, _))) = (&entry.record, english.get(&entry.id))
                && record != hash
            {
                older.entry(lang.to_string()).or_default().insert(entry.id);
            }
        }
    }
    older
}

/// Warns of each translation whose record names another English text than the current one, and,
/// in a file that keeps records (one `signup-doctor reviewed` has marked), of each translation with
/// none. A file with no record at all (a language being started) is not tracked yet.
pub fn check_origins(files: &FileSet, diags: &mut Diagnostics) {
    let english = english(files);
    for file in &files.files {
        let Some(lang) = language(file).filter(|l| *l != FALLBACK) else {
            continue;
        };
        let entries = entries(&file.text);
        let tracked = entries.iter().any(|e| e.record.is_some());
        for entry in entries {
            let Some((hash, en_file, en_pos)) = english.get(&entry.id) else {
                continue;
            };
            let pos = Pos {
                line: entry.line as u64 + 1,
                col: 1,
            };
            let shown = &entry.id;
            match &entry.record {
                Some((record, _)) if record == hash => {}
                Some((record, _)) => diags.warning(Lint::StaleTranslation,
                    &file.name,
                    pos,
                    format!(
                        "message `{shown}` in `{lang}` is older than its English ({en_file}:{}:{}), which changed since it was translated (`# {RECORD} {record}`, now `{hash}`): update the translation, then run `signup-doctor reviewed {shown}`",
                        en_pos.line, en_pos.col
                    ),
                ),
                None if tracked => diags.warning(Lint::UnrecordedTranslation,
                    &file.name,
                    pos,
                    format!(
                        "message `{shown}` in `{lang}` does not record which English text ({en_file}:{}:{}) it was translated from: check it against that text, then run `signup-doctor reviewed {shown}`",
                        en_pos.line, en_pos.col
                    ),
                ),
                None => {}
            }
        }
    }
}

/// `text` (a translation's file) with the record of each entry `wanted` says (and that English has)
/// set to the English hash, and how many records changed. Each record goes in the comment right
/// above its entry: replaced where there is one, else added as that comment's last line.
pub fn mark_reviewed(
    text: &str,
    english: &BTreeMap<String, (String, String, Pos)>,
    wanted: &dyn Fn(&str) -> bool,
) -> (String, BTreeSet<String>) {
    let lines: Vec<&str> = text.lines().collect();
    // Line index → what to do there: replace it, or insert before it.
    let mut replace: BTreeMap<usize, String> = BTreeMap::new();
    let mut insert: BTreeMap<usize, String> = BTreeMap::new();
    let mut marked = BTreeSet::new();
    for entry in entries(text) {
        let Some((hash, _, _)) = english.get(&entry.id).filter(|_| wanted(&entry.id)) else {
            continue;
        };
        let line = format!("# {RECORD} {hash}");
        match &entry.record {
            Some((record, _)) if record == hash => continue,
            Some((_, at)) => replace.insert(*at, line),
            None => insert.insert(entry.line, line),
        };
        marked.insert(entry.id);
    }
    let mut out = String::with_capacity(text.len() + insert.len() * 16);
    for (i, line) in lines.iter().enumerate() {
        if let Some(record) = insert.get(&i) {
            out.push_str(record);
            out.push('\n');
        }
        out.push_str(replace.get(&i).map_or(*line, String::as_str));
        out.push('\n');
    }
    if !text.ends_with('\n') && !text.is_empty() {
        out.pop();
    }
    (out, marked)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str =
        "## group\nwait = Wait up to 4 minutes.\n-term = Azure\nmulti =\n    First line\n\n    second line\nnext = x\n";

    #[test]
    fn entries_are_found_with_their_indented_lines_and_records() {
        let found = entries(EN);
        let ids: Vec<&str> = found.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["wait", "-term", "multi", "next"]);
        // Layout does not count: re-indenting a line keeps the hash.
        let relaid = entries("multi =\n        First line\n    second line\n");
        assert_eq!(relaid[0].hash, found[2].hash);
        assert_ne!(entries("multi =\n    First line\n")[0].hash, found[2].hash);
        let fr = entries("# Translated on purpose\n# en: 0123abcd\nwait = Attendez.\n## en: ffffffff\nnext = y\n");
        assert_eq!(fr[0].record, Some(("0123abcd".to_string(), 1)));
        assert_eq!(fr[1].record, None, "a group comment never attaches");
    }

    #[test]
    fn marking_writes_records_in_the_comment_above_and_replaces_old_ones() {
        let english: BTreeMap<String, (String, String, Pos)> = entries(EN)
            .into_iter()
            .map(|e| (e.id, (e.hash, "en.ftl".to_string(), Pos::default())))
            .collect();
        let hash = |id: &str| english[id].0.clone();
        let fr = "## group\n# note\nwait = Attendez.\n# en: 00000000\n-term = Azure\nmulti =\n    Première\nlocal = seulement ici\n";
        let (out, marked) = mark_reviewed(fr, &english, &|_| true);
        assert_eq!(
            out,
            format!(
                "## group\n# note\n# en: {}\nwait = Attendez.\n# en: {}\n-term = Azure\n# en: {}\nmulti =\n    Première\nlocal = seulement ici\n",
                hash("wait"),
                hash("-term"),
                hash("multi")
            )
        );
        assert_eq!(marked.len(), 3);
        let (again, none) = mark_reviewed(&out, &english, &|_| true);
        assert_eq!(
            (again.as_str(), none.len()),
            (out.as_str(), 0),
            "marking twice changes nothing"
        );
        let (only, one) = mark_reviewed(fr, &english, &|id| id == "wait");
        assert_eq!(one.len(), 1);
        assert!(only.contains("# en: 00000000\n-term"));
    }
}
