//! What the wizard opens on: what `--resume` names (a path code, a saved transcript, a journal —
//! held, or only read when it is a copy elsewhere) and the journal the session then writes — the
//! reopened one, held, or a new one, under a new id when its own is taken — so two processes never
//! write one file.

use super::Error;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, agent};
use crate::transcript::journal::{self, Journal};
use crate::transcript::{self, Build};
use crate::wizard::session::Session;
use fluent_bundle::FluentArgs;
use std::path::{Path, PathBuf};

/// What `--resume FILE.json` reopened: the file's name and when it was saved (the transcript's
/// own `saved` time); `None` for a path code or a journal.
pub fn reopened_text(resume: &str, localizer: &Localizer, lang: &str) -> Option<String> {
    if !resume.ends_with(".json") {
        return None;
    }
    let text = std::fs::read_to_string(resume).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    let saved: jiff::Timestamp = value.get("saved")?.as_str()?.parse().ok()?;
    let name = Path::new(resume).file_name()?.to_string_lossy().to_string();
    let mut args = FluentArgs::new();
    args.set("file", crate::text::sanitize(&name));
    args.set("saved", saved.strftime("%Y-%m-%d %H:%M UTC").to_string());
    Some(localizer.text_with(lang, agent::REOPENED, Some(&args)))
}

/// What the wizard opens on.
pub enum Opened<'t> {
    /// A new session, or one standing where a path code leads.
    New(Session<'t>),
    /// A saved transcript.
    Transcript {
        reopened: transcript::Reopened<'t>,
        path: PathBuf,
    },
    /// A journal in the journal folder, held: the session goes on writing it.
    Journal(journal::Reopened<'t>),
    /// A journal elsewhere (a copy): only read; the session gets a journal of its own.
    Copy {
        reopened: journal::Reopened<'t>,
        path: PathBuf,
    },
}

/// The session's journal: the reopened one, held, goes on being written (unless the session had
/// to take a new id); else a new one, under a new id when one under this id is there already —
/// another wizard's, or kept — so two processes never write one file. A reopened journal given up
/// for a new one is removed once the new one holds everything.
pub fn start_journal(
    dir: &Path,
    session: &mut Session<'_>,
    held: Option<(journal::Claimed, journal::Read)>,
    build: &Build<'_>,
    renewed: &mut bool,
) -> std::io::Result<Journal> {
    let old = match held {
        Some((claimed, read)) if !*renewed => return Journal::resume(claimed, &read, session, build),
        Some((claimed, _)) => Some(claimed),
        None => None,
    };
    let mut tries = 0;
    let journal = loop {
        match Journal::start(dir, session, build) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && tries < 3 => {
                tries += 1;
                session.renew_id();
                *renewed = true;
            }
            other => break other?,
        }
    };
    if let Some(old) = old {
        let _ = old.remove();
    }
    Ok(journal)
}

/// `--resume`: a journal (`*.journal`), a saved transcript (any other file), or a path code. A
/// folder, a file that is not there or not a regular file (a FIFO, a device), a journal another
/// wizard holds, is an error of its own (2); a record that does not fit, 1.
pub fn open<'t>(
    resume: &str,
    tree: &'t Tree,
    localizer: &Localizer,
    journal_dir: Option<&Path>,
) -> Result<Opened<'t>, Error> {
    let path = Path::new(resume);
    let looks_like_file = resume.ends_with(".json") || resume.ends_with(".journal") || resume.contains('\\');
    if path.is_dir() {
        return Err(resume_error(resume, "a folder, not a transcript or a path code"));
    }
    if !path.exists() {
        if looks_like_file {
            return Err(resume_error(resume, "no such file"));
        }
        return Session::at_code(tree, resume)
            .map(Opened::New)
            .map_err(|error| Error::Code {
                code: resume.to_string(),
                error,
            });
    }
    if !path.is_file() {
        // A FIFO would block and a device never end: only regular files are read.
        return Err(resume_error(resume, "not a regular file"));
    }
    if resume.ends_with(".journal") {
        let reopened = journal::reopen(path, tree).map_err(|error| match error {
            journal::ReopenError::Claim(journal::ClaimError::Busy) => resume_error(
                resume,
                "this session is open in another signup-doctor window (its journal is locked); go on there",
            ),
            journal::ReopenError::Claim(journal::ClaimError::Gone) => resume_error(resume, "no such file"),
            journal::ReopenError::Claim(journal::ClaimError::Io(source)) => Error::ResumeIo {
                what: resume.to_string(),
                source,
            },
            journal::ReopenError::Reopen(error) => Error::Reopen(error),
        })?;
        let in_folder = journal_dir.is_some_and(|dir| same_folder(path, dir));
        return Ok(if in_folder {
            Opened::Journal(reopened)
        } else {
            Opened::Copy {
                reopened,
                path: path.to_path_buf(),
            }
        });
    }
    // A file that cannot be opened (no permission) is an I/O error (2), not a wrong record (1).
    if let Err(source) = std::fs::File::open(path) {
        return Err(Error::ResumeIo {
            what: resume.to_string(),
            source,
        });
    }
    Ok(Opened::Transcript {
        reopened: transcript::reopen(path, tree, localizer)?,
        path: path.to_path_buf(),
    })
}

/// Whether the file at `path` is in the folder `dir`.
fn same_folder(path: &Path, dir: &Path) -> bool {
    let parent = path.canonicalize().ok().and_then(|p| p.parent().map(Path::to_path_buf));
    parent.is_some_and(|parent| dir.canonicalize().is_ok_and(|dir| dir == parent))
}

fn resume_error(resume: &str, why: &'static str) -> Error {
    Error::Resume {
        what: resume.to_string(),
        why,
    }
}
