//! The journal: the session's log kept on disk while it runs, so a killed process, a closed
//! terminal or a crash loses at most the keystroke in flight. `STATE/signup-doctor/ID.journal`
//! (`$XDG_STATE_HOME`, else `~/.local/state`) holds one JSON line of header, then one line per
//! event, each written with a single `write` as soon as the event happens, and the note being
//! typed as it is typed ([`DraftRecord`]). The file is made with the session's first event: a
//! start costs no disk work, and a session stopped before anything was done leaves nothing.
//!
//! One writer per journal ([`claim`]): the file is only ever appended to, by the one process that
//! holds its lock — the one that made it, or the one that reopened it (which goes on writing after
//! its last whole line). A session that ends saved, or that the user quits without saving, removes
//! its journal. Reading one back is [`read()`].

mod claim;
mod read;

pub use claim::{ClaimError, Claimed, claim};
pub use read::{DraftRecord, DraftTag, Read, read};

use super::Build;
use super::record::{EventRecord, KindRecord};
use super::store::create_private_dir;
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
    /// Made with the first event; held (locked) until the session ends.
    file: Option<File>,
    /// How many of the session's events are on disk.
    written: usize,
    /// The draft as the journal holds it now: cleaned as a kept note would be (card numbers
    /// removed).
    draft: String,
    /// The draft as it was typed when last looked at (so an unchanged one costs nothing).
    typed: String,
}

impl Journal {
    /// Starts the journal of `session` in `dir` and writes what it has done so far (nothing, for a
    /// new session: the file is made with its first event). Never opens a journal that is there
    /// already: that one is another session's, or this session's open elsewhere (`AlreadyExists`).
    pub fn start(dir: &Path, session: &Session<'_>, build: &Build<'_>) -> std::io::Result<Journal> {
        let mut journal = Journal {
            path: dir.join(format!("{}.journal", session.id())),
            header: header_line(session, build)?,
            file: None,
            written: 0,
            draft: String::new(),
            typed: String::new(),
        };
        journal.sync(session)?;
        Ok(journal)
    }

    /// Goes on writing the journal `claimed`, which `read` read and `session` was replayed from:
    /// a line cut short at its end is dropped first, then the session's events past the ones
    /// already there are appended.
    pub fn resume(claimed: Claimed, read: &Read, session: &Session<'_>, build: &Build<'_>) -> std::io::Result<Journal> {
        let Claimed { file, path } = claimed;
        let header = header_line(session, build)?;
        if read.header.is_none() {
            // Not even a whole header: written again from the start.
            file.set_len(0)?;
            (&file).write_all(format!("{header}\n").as_bytes())?;
        } else if file.metadata()?.len() > read.whole {
            file.set_len(read.whole)?;
        }
        let mut journal = Journal {
            path,
            header,
            file: Some(file),
            written: read.events.len(),
            draft: read.raw_draft.clone(),
            typed: read.raw_draft.clone(),
        };
        journal.sync(session)?;
        Ok(journal)
    }

    /// Makes the file (0600, its folder 0700), new and locked, and writes the header. A file only
    /// partly made (a full disk) is removed.
    fn make(&mut self) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            create_private_dir(dir)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.create_new(true).read(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&self.path)?;
        let made = claim::lock(&file)
            .map_err(|e| std::io::Error::other(e.to_string()))
            .and_then(|()| (&file).write_all(format!("{}\n", self.header).as_bytes()));
        match made {
            Ok(()) => {
                self.file = Some(file);
                Ok(())
            }
            Err(error) => {
                let _ = Claimed {
                    file,
                    path: self.path.clone(),
                }
                .remove();
                Err(error)
            }
        }
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
            if matches!(record.kind, KindRecord::Note { .. }) {
                // A kept note ends the draft, for the journal's reader too.
                self.draft.clear();
            }
        }
        Ok(())
    }

    /// Records the note being typed (empty when none is) as the session would keep it — card
    /// numbers removed ([`Session::clean_note`]): one line with what changed since the last one,
    /// nothing when nothing did. When the change takes away digits the journal holds (a card
    /// number just completed and removed, digits erased), the journal is written again without
    /// them instead, so no number typed is left in the file. The file is made if it is not yet.
    pub fn sync_draft(&mut self, session: &Session<'_>, typed: &str) -> std::io::Result<()> {
        if typed == self.typed {
            return Ok(());
        }
        let draft = session.clean_note(typed);
        self.typed = typed.to_string();
        if draft == self.draft {
            return Ok(());
        }
        let keep = self
            .draft
            .chars()
            .zip(draft.chars())
            .take_while(|(a, b)| a == b)
            .count();
        if self.draft.chars().skip(keep).any(|c| c.is_ascii_digit()) {
            return self.rewrite(session, &draft);
        }
        let record = draft_record(keep, draft.chars().skip(keep).collect());
        if self.file.is_none() {
            self.make()?;
        }
        self.write_line(&serde_json::to_string(&record).map_err(std::io::Error::other)?)?;
        self.draft = draft;
        Ok(())
    }

    /// Writes the journal again, whole, with `draft` as the draft: a new file (0600) in the same
    /// folder, locked, flushed, then renamed over the old one, so the journal is whole at every
    /// moment and held all along (a start that opens the name meanwhile finds one of the two
    /// files, each locked).
    fn rewrite(&mut self, session: &Session<'_>, draft: &str) -> std::io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let mut lines = vec![self.header.clone()];
        for event in &session.log()[..self.written.min(session.log().len())] {
            let record = EventRecord::of(session.tree(), event);
            lines.push(serde_json::to_string(&record).map_err(std::io::Error::other)?);
        }
        if !draft.is_empty() {
            lines.push(serde_json::to_string(&draft_record(0, draft.to_string())).map_err(std::io::Error::other)?);
        }
        let mut bytes = lines.join("\n").into_bytes();
        bytes.push(b'\n');
        let mut temp = tempfile::Builder::new().prefix(".signup-doctor-").tempfile_in(dir)?;
        claim::lock(temp.as_file()).map_err(|e| std::io::Error::other(e.to_string()))?;
        temp.write_all(&bytes)?;
        temp.as_file().sync_data()?;
        let file = temp.persist(&self.path).map_err(|e| e.error)?;
        self.file = Some(file);
        self.draft = draft.to_string();
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

    /// The session ended with nothing left to keep: the journal goes (removed while still held).
    pub fn remove(self) -> std::io::Result<()> {
        let Journal { path, file, .. } = self;
        match file {
            Some(file) => Claimed { file, path }.remove(),
            None => Ok(()),
        }
    }
}

fn draft_record(keep: usize, text: String) -> DraftRecord {
    DraftRecord {
        at: Timestamp::now(),
        event: DraftTag::Draft,
        keep,
        text,
    }
}

fn header_line(session: &Session<'_>, build: &Build<'_>) -> std::io::Result<String> {
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
    serde_json::to_string(&header).map_err(std::io::Error::other)
}

/// A journal reopened: the session it records, the note that was being typed (for the caller to
/// keep, once the session's card mark is set), and the journal itself, held, to go on writing.
pub struct Reopened<'t> {
    pub session: Session<'t>,
    pub draft: Option<String>,
    pub claimed: Claimed,
    pub read: Read,
}

/// Why a journal cannot be reopened.
#[derive(Debug, thiserror::Error)]
pub enum ReopenError {
    /// Another process holds it, or it went away.
    #[error(transparent)]
    Claim(#[from] ClaimError),
    #[error(transparent)]
    Reopen(#[from] super::Error),
}

/// Reopens the session the journal at `path` records: claimed (refused while another process
/// holds it), read, then replayed against the tree.
pub fn reopen<'t>(path: &Path, tree: &'t Tree) -> Result<Reopened<'t>, ReopenError> {
    reopen_claimed(claim(path)?, tree)
}

/// Like [`reopen`], for a journal this process holds already.
pub fn reopen_claimed(claimed: Claimed, tree: &Tree) -> Result<Reopened<'_>, ReopenError> {
    let read = read::read_open(&claimed.file, &claimed.path).map_err(super::Error::Unreadable)?;
    let session = read.replay(tree).map_err(|why| super::Error::NoLongerFits {
        path: claimed.path.clone(),
        why,
    })?;
    Ok(Reopened {
        session,
        draft: read.draft.clone(),
        claimed,
        read,
    })
}

/// The journals in `dir`, newest first (whether another process holds one is for [`claim`] to
/// tell).
pub fn kept(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "journal") && p.is_file())
        .map(|p| {
            let modified = p.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
            (modified, p)
        })
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    found.into_iter().map(|(_, p)| p).collect()
}

/// The journals in `dir` that no running session holds, newest first.
pub fn unfinished(dir: &Path) -> Vec<PathBuf> {
    kept(dir)
        .into_iter()
        .filter(|p| !matches!(claim(p), Err(ClaimError::Busy)))
        .collect()
}
