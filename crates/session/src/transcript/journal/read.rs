//! Reading a journal back: its header, its events, and the note that was being typed when the
//! session stopped (the draft, rebuilt from its lines). A last line cut short by a crash is
//! dropped, and where the whole lines end is kept, so a reopened journal can be continued after
//! them. A journal with no event and no draft (a header only, or not even that: the session was
//! stopped, or the disk was full, before anything was kept) reads as empty, not as broken.

use super::Header;
use crate::engine::diagnostic::{Diagnostic, Pos, Severity};
use crate::engine::tree::Tree;
use crate::transcript::record::EventRecord;
use crate::transcript::store::read_bounded_from;
use crate::transcript::{MAX_TRANSCRIPT_BYTES, NoFit};
use crate::wizard::session::Session;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A line of the note being typed: the draft is its first `keep` characters as they were, then
/// `text`. Typing at the end writes one character; a note kept (a `note` event) ends the draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRecord {
    pub at: jiff::Timestamp,
    pub event: DraftTag,
    pub keep: usize,
    pub text: String,
}

/// The `event` of a [`DraftRecord`]: always `"draft"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftTag {
    Draft,
}

/// The draft after a line: its first `keep` characters, then `text`.
pub(super) fn apply_draft(draft: &str, keep: usize, text: &str) -> String {
    draft.chars().take(keep).chain(text.chars()).collect()
}

/// A journal read back.
#[derive(Debug)]
pub struct Read {
    /// `None` for a journal with nothing in it yet (see [`Read::is_empty`]).
    pub header: Option<Header>,
    pub events: Vec<EventRecord>,
    /// The note being typed when the session stopped, if any.
    pub draft: Option<String>,
    /// How many bytes of the file are whole lines: where writing goes on.
    pub(super) whole: u64,
    /// The draft exactly as its lines make it, which the next draft line is written against.
    pub(super) raw_draft: String,
}

impl Read {
    /// Nothing was kept: no event, no draft.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.draft.is_none()
    }

    /// The session the journal records, rebuilt by replaying it (the draft is not in it: see
    /// [`Read::draft`]).
    pub fn replay<'t>(&self, tree: &'t Tree) -> Result<Session<'t>, NoFit> {
        let events = crate::transcript::record::to_events(&self.events, tree)?;
        let (id, started, lang) = match &self.header {
            Some(header) => (
                header.session.as_str(),
                header.started,
                crate::text::sanitize(&header.lang),
            ),
            None => ("", jiff::Timestamp::now(), "en".to_string()),
        };
        Session::replay(tree, id, started, &lang, events).map_err(|(i, why)| NoFit::Refused { index: i + 1, why })
    }
}

/// Reads the journal at `path`; an error names the file and the line.
pub fn read(path: &Path) -> Result<Read, Diagnostic> {
    let opened = std::fs::metadata(path).and_then(|m| {
        if m.is_file() {
            std::fs::File::open(path)
        } else {
            Err(std::io::Error::other("not a regular file"))
        }
    });
    let file = opened.map_err(|e| error(path, 0, e.to_string()))?;
    read_open(&file, path)
}

/// Reads a journal from its open file (one this process holds).
pub(super) fn read_open(file: &std::fs::File, path: &Path) -> Result<Read, Diagnostic> {
    let text = read_bounded_from(file, MAX_TRANSCRIPT_BYTES).map_err(|e| error(path, 0, e.to_string()))?;
    parse(path, &text)
}

fn error(path: &Path, line: u64, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        lint: crate::engine::lint::Lint::BadJournal,
        file: path.display().to_string(),
        pos: Pos { line, col: 0 },
        message,
    }
}

fn parse(path: &Path, text: &str) -> Result<Read, Diagnostic> {
    // Whole lines end at the last line break; what follows it is a line cut short.
    let (bom, text) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (3, rest),
        None => (0, text),
    };
    let whole = text.rfind('\n').map_or(0, |at| at + 1);
    let mut read = Read {
        header: None,
        events: Vec::new(),
        draft: None,
        whole: (whole + bom) as u64,
        raw_draft: String::new(),
    };
    let mut lines = text[..whole].lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    let Some((_, first)) = lines.next() else {
        return Ok(read);
    };
    let header: Header = serde_json::from_str(first).map_err(|e| error(path, 1, format!("not a journal: {e}")))?;
    read.header = Some(header);
    let mut draft = String::new();
    for (i, line) in lines {
        match serde_json::from_str::<EventRecord>(line) {
            Ok(event) => {
                if matches!(event.kind, crate::transcript::KindRecord::Note { .. }) {
                    draft.clear();
                }
                read.events.push(event);
            }
            Err(e) => match serde_json::from_str::<DraftRecord>(line) {
                Ok(line) => draft = apply_draft(&draft, line.keep, &line.text),
                Err(_) => return Err(error(path, i as u64 + 1, format!("not a journal line: {e}"))),
            },
        }
    }
    let shown = crate::text::sanitize(draft.trim());
    read.draft = (!shown.is_empty()).then_some(shown);
    read.raw_draft = draft;
    Ok(read)
}
