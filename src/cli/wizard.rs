//! Starting the wizard and ending it: what `--resume` opens (a path code, a saved transcript, or a
//! journal), the offer to reopen an unfinished session found at start, the journal that keeps the
//! session's log on disk as it runs, plain mode's input (lines and signals), and the way out — the
//! exit code, what the save on the way out did, and whether the journal goes.

use super::{Error, ascii, say};
use crate::content::Loaded;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, agent};
use crate::output::plain;
use crate::transcript::journal::{self, Journal};
use crate::transcript::{self, Build, Leaving, Saver};
use crate::tui;
use crate::wizard::session::Session;
use fluent_bundle::FluentArgs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// What the wizard was asked to open.
pub struct Options<'a> {
    pub resume: Option<&'a str>,
    pub transcript_dir: Option<PathBuf>,
    pub plain: bool,
}

/// Runs the wizard to its end; returns the exit code the session said.
pub fn wizard(tree: &Tree, loaded: &Loaded, lang: &str, options: Options<'_>) -> Result<u8, Error> {
    let localizer = &loaded.localizer;
    let env = |k: &str| std::env::var(k).ok();
    let journal_dir = journal::default_dir(env);
    let mut changed = Vec::new();
    let mut reopened_from = None;
    let opened = match options.resume {
        Some(resume) => {
            let opened = open(resume, tree, localizer, journal_dir.as_deref())?;
            reopened_from = reopened_text(resume, localizer, lang);
            opened
        }
        None => match journal_dir
            .as_deref()
            .and_then(|dir| super::offer::offer_unfinished(dir, tree, localizer, lang))
        {
            Some(reopened) => Opened::Journal(reopened),
            None => Opened::New(Session::new(tree).in_language(lang)),
        },
    };
    let (session, record, draft, held) = match opened {
        Opened::New(session) => (session, None, None, None),
        Opened::Transcript { reopened, path } => {
            changed = reopened.changed;
            (reopened.session, Some(path), None, None)
        }
        Opened::Journal(journal::Reopened {
            session,
            draft,
            claimed,
            read,
        }) => {
            let path = claimed.path().to_path_buf();
            (session, Some(path), draft, Some((claimed, read)))
        }
        Opened::Copy { reopened, path } => (reopened.session, Some(path), reopened.draft, None),
    };
    let mut session = session.with_card_mark(|lang| localizer.text(lang, agent::CARD_REMOVED));
    if let Some(draft) = draft {
        // The note being typed when the session stopped: kept on the step it stood on.
        session.update(crate::wizard::session::Msg::Note(draft));
    }
    session.update(crate::wizard::session::Msg::Language(lang.to_string()));
    let saver = Saver {
        build: Build {
            localizer,
            hashes: &loaded.hashes,
        },
        dir: options.transcript_dir.or_else(|| transcript::default_dir(env)),
        fallback: journal_dir.clone(),
    };
    let mut renewed = false;
    if record.is_some() && !saver.owns(&session, record.as_deref()) {
        // Its id names another session's saved record: it goes on as a session of its own.
        session.renew_id();
        renewed = true;
    }
    let journal = match journal_dir.as_deref() {
        Some(dir) => start_journal(dir, &mut session, held, &saver.build, &mut renewed).map_err(|e| e.to_string()),
        None => Err(journal::NO_FOLDER.to_string()),
    };
    if renewed {
        let mut args = FluentArgs::new();
        args.set("id", session.id().to_string());
        say(&localizer.text_with(lang, crate::i18n::journal::JOURNAL_NEW_ID, Some(&args)));
    }
    let journal = journal
        .map_err(|reason| {
            let mut args = FluentArgs::new();
            args.set("reason", crate::text::sanitize(&reason));
            say(&localizer.text_with(lang, agent::JOURNAL_OFF, Some(&args)));
        })
        .ok();
    let (leaving, journal) = if crate::cli::wants_plain(options.plain) {
        if let Some(line) = &reopened_from {
            say(line);
        }
        for line in transcript::changed_warning(&changed, localizer, lang) {
            say(&line);
        }
        match run_plain(session, localizer, &saver, journal) {
            Ok(ended) => ended,
            Err(e) => return Err(Error::Output(e)),
        }
    } else {
        let options = tui::Options {
            changed,
            ascii: ascii(),
            opening: reopened_from,
        };
        match tui::run(session, localizer, lang, &saver, journal, options) {
            Ok((tui::Exit::Left(leaving), journal)) => {
                // The terminal is back: now the save on the way out can be told.
                if let Some((line, markdown)) = leaving.message(localizer, lang) {
                    say(&line);
                    if let Some(markdown) = markdown {
                        say(&format!("\n{markdown}"));
                    }
                }
                (leaving, journal)
            }
            Ok((tui::Exit::EventsEnded, journal)) => (Leaving { code: 0, saved: None }, journal),
            Err(tui::Failure::Io(e)) => return Err(Error::Terminal(e)),
            Err(tui::Failure::Panic) => return Err(Error::Internal),
        }
    };
    if let Some(journal) = journal {
        if leaving.keeps_journal() && journal.is_written() {
            let mut args = FluentArgs::new();
            args.set("path", crate::text::sanitize(&journal.path().display().to_string()));
            say(&localizer.text_with(lang, agent::UNFINISHED_HOW, Some(&args)));
        } else {
            let _ = journal.remove();
        }
    }
    Ok(leaving.code)
}

/// What `--resume FILE.json` reopened: the file's name and when it was saved (the transcript's
/// own `saved` time); `None` for a path code or a journal.
fn reopened_text(resume: &str, localizer: &Localizer, lang: &str) -> Option<String> {
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
enum Opened<'t> {
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
fn start_journal(
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
fn open<'t>(
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

/// Standard output went away mid-session (its reader closed the pipe): leave as SIGPIPE would,
/// 141, but saving first, and say so on standard error.
fn output_gone(session: &mut Session<'_>, aids: &mut plain::Aids<'_>) -> Leaving {
    const SIGPIPE: i32 = 13;
    let stop = match session.update(crate::wizard::session::Msg::Signal(SIGPIPE)) {
        crate::wizard::session::Effect::Exit(stop) => stop,
        _ => crate::wizard::session::Stop {
            save_first: session.has_unsaved_work(),
            code: 128 + 13,
        },
    };
    let leaving = Leaving::from(stop, aids.saver, session);
    if leaving.saved.is_some() && !leaving.keeps_journal() {
        session.update(crate::wizard::session::Msg::Saved);
    }
    if let Some(journal) = aids.journal.as_mut() {
        let _ = journal.sync(session);
    }
    if let Some((line, _)) = leaving.message(aids.localizer, session.lang()) {
        say(&line);
    }
    leaving
}

/// Runs plain mode on standard input and output, with SIGINT, SIGTERM, SIGHUP and the other stopping signals as inputs (so an
/// interrupt asks first, and a stop saves first, as in the full screen).
fn run_plain(
    mut session: Session<'_>,
    localizer: &Localizer,
    saver: &Saver<'_>,
    journal: Option<Journal>,
) -> std::io::Result<(Leaving, Option<Journal>)> {
    let (sender, inputs) = std::sync::mpsc::channel();
    let lines = sender.clone();
    let charset = super::lines::Charset::of_locale(|k| std::env::var(k).ok());
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        while let Ok(Some(line)) = super::lines::read_line(&mut stdin, charset) {
            if lines.send(plain::Input::Line(line)).is_err() {
                return;
            }
        }
        let _ = lines.send(plain::Input::End);
    });
    let mut signals = signal_hook::iterator::Signals::new(tui::signals::STOPPING)?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if sender.send(plain::Input::Signal(signal)).is_err() {
                return;
            }
        }
    });
    let mut aids = plain::Aids {
        localizer,
        saver,
        journal,
    };
    let stdout = std::io::stdout().lock();
    let (mut out, mut stderr): (Box<dyn Write>, Box<dyn Write>) = if ascii() {
        (
            Box::new(crate::text::Ascii::new(stdout)),
            Box::new(crate::text::Ascii::new(std::io::stderr())),
        )
    } else {
        (Box::new(stdout), Box::new(std::io::stderr()))
    };
    // With standard output redirected, the prompts go to standard error, so the person typing
    // sees them (and the file holds only the screens).
    let prompts: Option<&mut dyn Write> = if std::io::stdout().is_terminal() {
        None
    } else {
        Some(&mut *stderr)
    };
    let leaving = match plain::run_prompting(&mut session, &mut aids, inputs.into_iter(), &mut out, prompts) {
        Ok(leaving) => leaving,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => output_gone(&mut session, &mut aids),
        Err(e) => return Err(e),
    };
    // A failed save's transcript goes to standard error, where a redirected output cannot hide it.
    if let Some((line, Some(markdown))) = leaving.message(localizer, session.lang()) {
        say(&format!("{line}\n\n{markdown}"));
    }
    Ok((leaving, aids.journal))
}
