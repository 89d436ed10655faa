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
use std::io::{BufRead, IsTerminal, Write};
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
    let session = match options.resume {
        Some(resume) => {
            let reopened = open(resume, tree, localizer)?;
            changed = reopened.changed;
            reopened_from = reopened_text(resume, localizer, lang);
            reopened.session
        }
        None => match journal_dir
            .as_deref()
            .and_then(|dir| offer_unfinished(dir, tree, localizer, lang))
        {
            Some(session) => session,
            None => Session::new(tree).in_language(lang),
        },
    };
    let mut session = session.with_card_mark(|lang| localizer.text(lang, agent::CARD_REMOVED));
    session.update(crate::wizard::session::Msg::Language(lang.to_string()));
    let saver = Saver {
        build: Build {
            localizer,
            hashes: &loaded.hashes,
        },
        dir: options.transcript_dir.or_else(|| transcript::default_dir(env)),
        fallback: journal_dir.clone(),
    };
    let journal = match journal_dir.as_deref() {
        Some(dir) => Journal::start(dir, &session, &saver.build).map_err(|e| e.to_string()),
        None => Err(journal::NO_FOLDER.to_string()),
    };
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
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
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

/// `--resume`: a journal (`*.journal`), a saved transcript (any other file), or a path code. A
/// folder, a file that is not there or not a regular file (a FIFO, a device), is an I/O error (2); a
/// record that does not fit, 1.
fn open<'t>(resume: &str, tree: &'t Tree, localizer: &Localizer) -> Result<transcript::Reopened<'t>, Error> {
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
            .map(|session| transcript::Reopened {
                session,
                changed: Vec::new(),
            })
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
        let session = journal::reopen(path, tree)?;
        return Ok(transcript::Reopened {
            session,
            changed: Vec::new(),
        });
    }
    Ok(transcript::reopen(path, tree, localizer)?)
}

fn resume_error(resume: &str, why: &'static str) -> Error {
    Error::Resume {
        what: resume.to_string(),
        why,
    }
}

/// At a start with no `--resume`: an unfinished session's journal, if one is kept, is offered. On a
/// terminal the user answers (reopen, delete, or start anew and keep it); elsewhere a line says how
/// to reopen it. Returns the reopened session.
fn offer_unfinished<'t>(dir: &Path, tree: &'t Tree, localizer: &Localizer, lang: &str) -> Option<Session<'t>> {
    let (path, session) = newest_with_events(dir, tree, localizer, lang)?;
    let shown_path = crate::text::sanitize(&path.display().to_string());
    let code = session.codes().code;
    let mut args = FluentArgs::new();
    args.set("started", session.started().strftime("%Y-%m-%d %H:%M UTC").to_string());
    args.set("code", if code.is_empty() { "–".to_string() } else { code });
    args.set("notes", session.notes().len());
    say(&format!(
        "signup-doctor: {}",
        localizer.text_with(lang, agent::UNFINISHED, Some(&args))
    ));
    if !std::io::stdin().is_terminal() {
        let mut args = FluentArgs::new();
        args.set("path", shown_path);
        say(&localizer.text_with(lang, agent::UNFINISHED_HOW, Some(&args)));
        return None;
    }
    let _ = write!(std::io::stderr(), "{} ", localizer.text(lang, agent::UNFINISHED_ASK));
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    match answer.trim() {
        "y" | "Y" | "o" | "O" => {
            // The reopened session writes a new journal under its own id: this one can go.
            let _ = std::fs::remove_file(&path);
            Some(session)
        }
        "d" | "D" | "s" | "S" => {
            let _ = std::fs::remove_file(&path);
            None
        }
        _ => None,
    }
}

/// The newest unfinished journal and its session, leaving out (and removing) journals of sessions
/// ended before anything was done — killed at their first screen, they hold nothing to lose. A
/// journal that cannot be read is said, and nothing is offered.
fn newest_with_events<'t>(
    dir: &Path,
    tree: &'t Tree,
    localizer: &Localizer,
    lang: &str,
) -> Option<(PathBuf, Session<'t>)> {
    for path in journal::unfinished(dir) {
        match journal::reopen(&path, tree) {
            Ok(session) if session.log().is_empty() => {
                let _ = std::fs::remove_file(&path);
            }
            Ok(session) => return Some((path, session)),
            Err(reason) => {
                let mut args = FluentArgs::new();
                args.set("reason", crate::text::sanitize(&reason.to_string()));
                say(&localizer.text_with(lang, agent::UNFINISHED_BROKEN, Some(&args)));
                return None;
            }
        }
    }
    None
}

/// Runs plain mode on standard input and output, with SIGINT, SIGTERM and SIGHUP as inputs (so an
/// interrupt asks first, and a stop saves first, as in the full screen).
fn run_plain(
    mut session: Session<'_>,
    localizer: &Localizer,
    saver: &Saver<'_>,
    journal: Option<Journal>,
) -> std::io::Result<(Leaving, Option<Journal>)> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let (sender, inputs) = std::sync::mpsc::channel();
    let lines = sender.clone();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if lines.send(plain::Input::Line(line)).is_err() {
                return;
            }
        }
        let _ = lines.send(plain::Input::End);
    });
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
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
    let leaving = plain::run_prompting(&mut session, &mut aids, inputs.into_iter(), &mut out, prompts)?;
    // A failed save's transcript goes to standard error, where a redirected output cannot hide it.
    if let Some((line, Some(markdown))) = leaving.message(localizer, session.lang()) {
        say(&format!("{line}\n\n{markdown}"));
    }
    Ok((leaving, aids.journal))
}
