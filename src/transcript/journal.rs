//! The journal: the session's log kept on disk while it runs, so a killed process, a closed
//! terminal or a crash loses at most the keystroke in flight. `STATE/signup-doctor/ID.journal`
//! (`$XDG_STATE_HOME`, else `~/.local/state`) holds one JSON line of header, then one line per
//! event, each written with a single `write` as soon as the event happens. The file is made with the
//! session's first event: a start costs no disk work, and a session stopped before anything was
//! done leaves nothing. The running session holds a lock on its journal, so another start can tell
//! a live session from an unfinished one. A session that ends saved, or that the user quits
//! without saving, removes its journal.

use super::record::EventRecord;
use super::store::{create_private_dir, read_bounded};
use super::{Build, MAX_TRANSCRIPT_BYTES, NoFit};
use crate::engine::diagnostic::{Diagnostic, Pos, Severity};
use crate::engine::tree::Tree;
use crate::wizard::session::Session;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The journal's first line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// The format's version.
    pub journal: u32,
    pub program: String,
    pub version: String,
    pub session: String,
    pub started: Timestamp,
    pub lang: String,
    pub flows_hash: String,
    pub locales_hash: String,
}

/// Where journals live: `$XDG_STATE_HOME/signup-doctor`, else `~/.local/state/signup-doctor`
/// (relative values are ignored; on Windows under local AppData): see [`super::dirs`].
pub fn default_dir(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    super::dirs::app_dir(env, super::dirs::Base::State)
}

/// Why there is no journal when [`default_dir`] finds no folder.
pub const NO_FOLDER: &str = "neither XDG_STATE_HOME nor HOME names a folder";

/// A running session's journal.
#[derive(Debug)]
pub struct Journal {
    /// `FOLDER/ID.journal`.
    path: PathBuf,
    /// The header line, written when the file is made.
    header: String,
    /// Made with the first event.
    file: Option<File>,
    /// How many of the session's events are on disk.
    written: usize,
}

impl Journal {
    /// Starts the journal of `session` in `dir` and writes what it has done so far (nothing, for a
    /// new session: the file is made with its first event).
    pub fn start(dir: &Path, session: &Session<'_>, build: &Build<'_>) -> std::io::Result<Journal> {
        let header = Header {
            journal: 1,
            program: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            session: session.id().to_string(),
            started: session.started(),
            lang: session.lang().to_string(),
            flows_hash: build.hashes.flows().to_string(),
            locales_hash: build.hashes.locales().to_string(),
        };
        let mut journal = Journal {
            path: dir.join(format!("{}.journal", session.id())),
            header: serde_json::to_string(&header).map_err(std::io::Error::other)?,
            file: None,
            written: 0,
        };
        journal.sync(session)?;
        Ok(journal)
    }

    /// Makes the file (0600, its folder 0700), locks it and writes the header.
    fn make(&mut self) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            create_private_dir(dir)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(true).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&self.path)?;
        // Held until the session ends: a start that finds it locked leaves it alone.
        let _ = file.try_lock();
        file.write_all(format!("{}\n", self.header).as_bytes())?;
        self.file = Some(file);
        Ok(())
    }

    /// Whether the file is on disk (the session has had an event).
    pub fn is_written(&self) -> bool {
        self.file.is_some()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends the session's events not on disk yet, each with one write.
    pub fn sync(&mut self, session: &Session<'_>) -> std::io::Result<()> {
        let new = &session.log()[self.written.min(session.log().len())..];
        if self.file.is_none() && !new.is_empty() {
            self.make()?;
        }
        for event in new {
            let record = EventRecord::of(session.tree(), event);
            self.write_line(&serde_json::to_string(&record).map_err(std::io::Error::other)?)?;
            self.written += 1;
        }
        Ok(())
    }

    fn write_line(&mut self, line: &str) -> std::io::Result<()> {
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        match self.file.as_mut() {
            Some(file) => file.write_all(&bytes),
            None => Err(std::io::Error::other("the journal is not made yet")),
        }
    }

    /// The session ended with nothing left to keep: the journal goes.
    pub fn remove(self) -> std::io::Result<()> {
        let Journal { path, file, .. } = self;
        match file {
            Some(file) => {
                drop(file);
                std::fs::remove_file(path)
            }
            None => Ok(()),
        }
    }
}

/// A journal read back: its header and its events (a last line cut short by a crash is dropped).
#[derive(Debug)]
pub struct Read {
    pub header: Header,
    pub events: Vec<EventRecord>,
}

/// Reads a journal; an error names the file and the line.
pub fn read(path: &Path) -> Result<Read, Diagnostic> {
    let error = |line: u64, message: String| Diagnostic {
        severity: Severity::Error,
        file: path.display().to_string(),
        pos: Pos { line, col: 0 },
        message,
    };
    let text = read_bounded(path, MAX_TRANSCRIPT_BYTES).map_err(|e| error(0, e.to_string()))?;
    let complete = text.ends_with('\n');
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.first().ok_or_else(|| error(1, "an empty journal".into()))?;
    let header: Header = serde_json::from_str(first).map_err(|e| error(1, format!("not a journal: {e}")))?;
    let mut events = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(1) {
        match serde_json::from_str(line) {
            Ok(event) => events.push(event),
            // The last line, cut short when the process died mid-write.
            Err(_) if i + 1 == lines.len() && !complete => {}
            Err(e) => return Err(error(i as u64 + 1, format!("not a journal line: {e}"))),
        }
    }
    Ok(Read { header, events })
}

impl Read {
    /// The events, checked against the tree.
    /// The session the journal records, rebuilt by replaying it.
    pub fn replay<'t>(&self, tree: &'t Tree) -> Result<Session<'t>, NoFit> {
        let events = super::record::to_events(&self.events, tree)?;
        Session::replay(
            tree,
            &self.header.session,
            self.header.started,
            &crate::text::sanitize(&self.header.lang),
            events,
        )
        .map_err(|(i, why)| NoFit::Refused { index: i + 1, why })
    }
}

/// Reopens the session a journal records: read, then replayed against the tree.
pub fn reopen<'t>(path: &Path, tree: &'t Tree) -> Result<Session<'t>, super::Error> {
    let read = read(path).map_err(super::Error::Unreadable)?;
    read.replay(tree).map_err(|why| super::Error::NoLongerFits {
        path: path.to_path_buf(),
        why,
    })
}

/// The journals in `dir` that no running session holds, newest first.
pub fn unfinished(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "journal") && p.is_file())
        .filter(|p| File::open(p).is_ok_and(|f| f.try_lock().is_ok()))
        .map(|p| {
            let modified = p.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
            (modified, p)
        })
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    found.into_iter().map(|(_, p)| p).collect()
}
