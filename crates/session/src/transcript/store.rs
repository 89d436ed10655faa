//! Where transcripts live and how they are written and read. One session, one record: a session's
//! `ID.json` and `ID.md` are replaced atomically each time it is saved (a private temporary file in
//! the same folder, written, flushed to disk, then renamed over the old one), and never another
//! session's. Files are readable by their owner only (0600), folders made here too (0700): they hold
//! customer notes. Reading takes regular files only, and at most [`MAX_TRANSCRIPT_BYTES`].

use super::{Build, Transcript};
use crate::ending::Ending;
use crate::engine::diagnostic::{Diagnostic, Pos, Severity};
use crate::i18n::Localizer;
use crate::wizard::session::Session;
use jiff::Timestamp;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Largest transcript `--resume` and `report` read, in bytes.
pub const MAX_TRANSCRIPT_BYTES: u64 = 8 * 1024 * 1024;

/// Why a transcript could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("no folder for transcripts: give --transcript-dir, or set XDG_DATA_HOME or HOME")]
    NoFolder,
    #[error("{}: {source}", crate::text::sanitize(&path.display().to_string()))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the transcript cannot be written as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Where transcripts go when no `--transcript-dir` is given: `transcripts` in the user's data folder
/// (`$XDG_DATA_HOME/signup-doctor/transcripts`, else `~/.local/share/signup-doctor/transcripts`;
/// relative values are ignored; on Windows under roaming AppData): see [`super::dirs`].
pub fn default_dir(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    Some(super::dirs::app_dir(env, super::dirs::Base::Data)?.join("transcripts"))
}

/// Creates `dir` and its missing parents, each readable by its owner only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `bytes` to `path`, replacing what is there in one step: a temporary file in the same
/// folder (created 0600), flushed to disk, then renamed over `path`.
fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new().prefix(".signup-doctor-").tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    // The rename itself reaches the disk when the folder is flushed (best effort: not every
    // system can open a folder for that).
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Writes the session's `ID.json` and `ID.md` into `dir`, replacing the ones an earlier save of
/// the same session wrote. Returns the JSON file's path.
pub fn save(dir: &Path, transcript: &Transcript, localizer: &Localizer) -> Result<PathBuf, SaveError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SaveError::Io { path, source }
    };
    create_private_dir(dir).map_err(io(dir))?;
    let json = serde_json::to_string_pretty(transcript)?;
    let markdown = transcript.markdown(localizer);
    let stem = file_stem(transcript);
    let json_path = dir.join(format!("{stem}.json"));
    let md_path = dir.join(format!("{stem}.md"));
    replace_file(&json_path, json.as_bytes()).map_err(io(&json_path))?;
    replace_file(&md_path, markdown.as_bytes()).map_err(io(&md_path))?;
    Ok(json_path)
}

/// The session id, which [`Session`] keeps to letters, digits and dashes; a transcript from before
/// ids gets one from its save time.
fn file_stem(transcript: &Transcript) -> String {
    let id = &transcript.session;
    if crate::wizard::session::is_safe_id(id) {
        id.clone()
    } else {
        transcript.saved.strftime("%Y%m%dT%H%M%SZ").to_string()
    }
}

/// Reads a file from outside: regular files only (never a FIFO or a device, which could block or
/// never end), at most `limit` bytes, a UTF-8 byte-order mark dropped.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<String> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let text = read_bounded_from(&std::fs::File::open(path)?, limit)?;
    Ok(crate::source::without_bom(text))
}

/// Reads an open file from its start: at most `limit` bytes (its size is looked at before any
/// byte is read), as UTF-8 text, a byte-order mark kept.
pub fn read_bounded_from(file: &std::fs::File, limit: u64) -> std::io::Result<String> {
    let too_large = || std::io::Error::other(format!("larger than the {} MiB limit", limit >> 20));
    if file.metadata()?.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    let mut reader = file;
    std::io::Seek::seek(&mut reader, std::io::SeekFrom::Start(0))?;
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::other("not UTF-8 text"))
}

/// Whether two paths name the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// How a file that is not a readable transcript is reported: its path, and where in it.
pub fn unreadable(path: &Path) -> impl Fn(Pos, String) -> Diagnostic + '_ {
    move |pos, message| Diagnostic {
        severity: Severity::Error,
        lint: crate::engine::lint::Lint::BadTranscript,
        file: path.display().to_string(),
        pos,
        message,
    }
}

/// Reads a saved transcript; an error names the file, and the line and column where it can.
pub fn read(path: &Path) -> Result<Transcript, Diagnostic> {
    let error = unreadable(path);
    let text = read_bounded(path, MAX_TRANSCRIPT_BYTES).map_err(|e| error(Pos::default(), e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| not_a_transcript(path, &e))
}

/// Why `path` is not a transcript, at the line and column where JSON says.
pub fn not_a_transcript(path: &Path, e: &serde_json::Error) -> Diagnostic {
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    Diagnostic {
        severity: Severity::Error,
        lint: crate::engine::lint::Lint::BadTranscript,
        file: path.display().to_string(),
        pos: Pos {
            line: e.line() as u64,
            col: e.column() as u64,
        },
        message: format!("not a transcript: {message}"),
    }
}

/// What a front end needs to save the session it runs: the build it came from and the folder.
pub struct Saver<'a> {
    pub build: Build<'a>,
    /// `None` when neither `--transcript-dir`, `XDG_DATA_HOME` nor `HOME` names a folder.
    pub dir: Option<PathBuf>,
    /// Where a save at exit goes when `dir` fails (the journal's folder), if anywhere.
    pub fallback: Option<PathBuf>,
}

/// How a save on the way out went.
#[derive(Debug, PartialEq, Eq)]
pub enum AtExit {
    Saved(PathBuf),
    /// The usual folder failed for `reason`; the transcript went to `path` instead.
    Elsewhere {
        path: PathBuf,
        reason: String,
    },
    /// Nowhere worked: the Markdown transcript, for the front end to print on standard error.
    Failed {
        reason: String,
        markdown: String,
    },
}

impl Saver<'_> {
    /// Saves the session now, in its usual folder.
    pub fn save(&self, session: &Session<'_>) -> Result<PathBuf, SaveError> {
        self.save_in(self.dir.as_deref().ok_or(SaveError::NoFolder)?, session)
    }

    /// Saves the session now, in `dir`.
    pub fn save_in(&self, dir: &Path, session: &Session<'_>) -> Result<PathBuf, SaveError> {
        let transcript = Transcript::of(session, &self.build, Timestamp::now());
        save(dir, &transcript, self.build.localizer)
    }

    /// Whether saving `session` may replace the record saved under its id, in the usual folder
    /// and the fallback one: there is none, or it is the very file the session was reopened from
    /// (`reopened_from`), or an earlier state of this same session (the same start, and its log a
    /// beginning of this one's). A reopened record that claims another session's id does not.
    pub fn owns(&self, session: &Session<'_>, reopened_from: Option<&Path>) -> bool {
        let ours: Vec<super::EventRecord> = session
            .log()
            .iter()
            .map(|e| super::EventRecord::of(session.tree(), e))
            .filter(|r| r.kind != super::KindRecord::Saved)
            .collect();
        [self.dir.as_deref(), self.fallback.as_deref()]
            .into_iter()
            .flatten()
            .map(|dir| dir.join(format!("{}.json", session.id())))
            .filter(|saved| std::fs::symlink_metadata(saved).is_ok())
            .all(|saved| {
                if reopened_from.is_some_and(|from| same_file(from, &saved)) {
                    return true;
                }
                let Ok(record) = read(&saved) else {
                    // Not readable as a record: not ours to replace.
                    return false;
                };
                let theirs: Vec<&super::EventRecord> = record
                    .log
                    .iter()
                    .filter(|r| r.kind != super::KindRecord::Saved)
                    .collect();
                record.started == session.started()
                    && theirs.len() <= ours.len()
                    && theirs.iter().zip(&ours).all(|(a, b)| *a == b)
            })
    }

    /// Saves on the way out: the usual folder, else the fallback folder, else the Markdown for the
    /// front end to show, so the work never ends in silence.
    pub fn save_at_exit(&self, session: &Session<'_>) -> AtExit {
        let reason = match self.save(session) {
            Ok(path) => return AtExit::Saved(path),
            Err(error) => error.to_string(),
        };
        if let Some(fallback) = &self.fallback
            && let Ok(path) = self.save_in(fallback, session)
        {
            return AtExit::Elsewhere { path, reason };
        }
        let transcript = Transcript::of(session, &self.build, Timestamp::now());
        AtExit::Failed {
            reason,
            markdown: transcript.markdown(self.build.localizer).to_string(),
        }
    }
}

/// How the session ended: the exit code, and how the save on the way out went, if there was one.
#[derive(Debug, PartialEq)]
pub struct Leaving {
    pub code: u8,
    pub saved: Option<AtExit>,
}

/// Where a save went, as two lines: the Markdown file to paste into a support request, then the
/// JSON to reopen or count (`json` is the path [`save`] returns; the Markdown is beside it).
pub fn saved_lines(json: &Path, localizer: &Localizer, lang: &str) -> [String; 2] {
    let line = |id: &str, path: &Path| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("path", crate::text::sanitize(&path.display().to_string()));
        localizer.text_with(lang, id, Some(&args))
    };
    [
        line(crate::i18n::agent::SAVED_MARKDOWN, &json.with_extension("md")),
        line(crate::i18n::agent::SAVED_JSON, json),
    ]
}

impl Leaving {
    /// Leaves as the session said: saving first when it asked to. A save that missed the usual
    /// folder makes the exit code an I/O error (2) when it would have been 0, so a script notices.
    pub fn from(stop: crate::wizard::session::Stop, saver: &Saver<'_>, session: &Session<'_>) -> Leaving {
        if !stop.save_first {
            return Leaving {
                code: stop.code,
                saved: None,
            };
        }
        let saved = saver.save_at_exit(session);
        let code = match saved {
            AtExit::Failed { .. } | AtExit::Elsewhere { .. } if stop.code == Ending::Ok.code() => {
                Ending::SaveMissed.code()
            }
            _ => stop.code,
        };
        Leaving {
            code,
            saved: Some(saved),
        }
    }

    /// The journal stays when the work could not be saved anywhere: it is then the only copy.
    pub fn keeps_journal(&self) -> bool {
        matches!(self.saved, Some(AtExit::Failed { .. }))
    }

    /// What to tell the user about the save on the way out: a line, and for a failed save the
    /// Markdown transcript to show after it.
    pub fn message(&self, localizer: &Localizer, lang: &str) -> Option<(String, Option<String>)> {
        use crate::i18n::agent;
        let shown = |path: &Path| crate::text::sanitize(&path.display().to_string());
        let mut args = fluent_bundle::FluentArgs::new();
        let (id, markdown) = match self.saved.as_ref()? {
            AtExit::Saved(path) => return Some((saved_lines(path, localizer, lang).join("\n"), None)),
            AtExit::Elsewhere { path, reason } => {
                args.set("path", shown(path));
                args.set("reason", crate::text::sanitize(reason));
                (agent::SAVE_ELSEWHERE, None)
            }
            AtExit::Failed { reason, markdown } => {
                args.set("reason", crate::text::sanitize(reason));
                (agent::SAVE_FAILED_EXIT, Some(markdown.clone()))
            }
        };
        Some((localizer.text_with(lang, id, Some(&args)), markdown))
    }
}
