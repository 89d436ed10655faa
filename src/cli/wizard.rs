//! Running the wizard to its end: the offer of kept sessions or what `--resume` opens (see
//! `reopen`), the journal, plain mode's input (lines and signals, a closed output), and the way out
//! — the exit code, what the save on the way out did, and whether the journal goes.

use super::reopen::{Opened, open, reopened_text, start_journal};
use super::{Error, ascii, say};
use crate::content::Loaded;
use crate::desk::Desk;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, agent};
use crate::plain;
use crate::transcript::journal::{self, Journal};
use crate::transcript::{self, Build, Leaving, Saver};
use crate::tui;
use crate::wizard::session::Session;
use fluent_bundle::FluentArgs;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// What the wizard was asked to open.
pub struct Options<'a> {
    pub resume: Option<&'a str>,
    pub transcript_dir: Option<PathBuf>,
    pub plain: bool,
    /// `--lang` was given: a reopened session switches to it; without it, a reopened session
    /// keeps its own language (the customer's), whatever the environment says.
    pub lang_given: bool,
    /// The agent's language: what is said on the shell, and the chrome, help and search (the
    /// tree's words stay in the customer's). None: it follows the customer's.
    pub agent_lang: Option<String>,
}

/// Runs the wizard to its end; returns the exit code the session said.
pub fn wizard(tree: &Tree, loaded: &Loaded, lang: &str, options: Options<'_>) -> Result<u8, Error> {
    let localizer = &loaded.localizer;
    // Said on the shell before the session's languages are known: the agent's, else `lang`.
    let agent_lang = options.agent_lang.clone().unwrap_or_else(|| lang.to_string());
    let env = |k: &str| std::env::var(k).ok();
    let journal_dir = journal::default_dir(env);
    let mut changed = Vec::new();
    let mut reopened_from = None;
    let opened = match options.resume {
        Some(resume) => {
            let opened = open(resume, tree, localizer, journal_dir.as_deref())?;
            reopened_from = reopened_text(resume, localizer, &agent_lang);
            opened
        }
        None => match journal_dir
            .as_deref()
            .and_then(|dir| super::offer::offer_unfinished(dir, tree, localizer, &agent_lang))
        {
            Some(reopened) => Opened::Journal(reopened),
            None => Opened::New(Session::new(tree).in_language(lang)),
        },
    };
    let reopened = !matches!(opened, Opened::New(_));
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
    // The language the session goes on in: its own when reopened without `--lang`.
    let session_lang = if reopened && !options.lang_given {
        session.lang().to_string()
    } else {
        lang.to_string()
    };
    session.update(crate::wizard::session::Msg::Language(session_lang.clone()));
    if let Some(agent) = &options.agent_lang {
        session.set_agent_lang(agent);
    }
    let agent_lang = session.agent_lang().to_string();
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
        say(&localizer.text_with(&agent_lang, crate::i18n::journal::JOURNAL_NEW_ID, Some(&args)));
    }
    let journal = journal
        .map_err(|reason| {
            let mut args = FluentArgs::new();
            args.set("reason", crate::text::sanitize(&reason));
            say(&localizer.text_with(&agent_lang, agent::JOURNAL_OFF, Some(&args)));
        })
        .ok();
    let charset = super::lines::Charset::of_locale(|k| std::env::var(k).ok());
    let lines_for_charset = charset != super::lines::Charset::Utf8 && !crate::cli::wants_plain(options.plain);
    if lines_for_charset {
        // The full screen's key reader (crossterm's) takes UTF-8 only and drops what else is typed
        // (`café` arrived as `caf`): on such a terminal plain mode asks, reading the locale's set.
        let mut args = FluentArgs::new();
        let named = crate::text::locale_codeset(|k| std::env::var(k).ok()).unwrap_or_default();
        args.set(
            "charset",
            crate::text::sanitize(&named).chars().take(40).collect::<String>(),
        );
        say(&localizer.text_with(&agent_lang, crate::i18n::ui::LINES_FOR_CHARSET, Some(&args)));
    }
    let (leaving, journal) = if lines_for_charset || crate::cli::wants_plain(options.plain) {
        if let Some(line) = &reopened_from {
            say(line);
        }
        for line in transcript::changed_warning(&changed, localizer, &agent_lang) {
            say(&line);
        }
        match run_plain(session, localizer, &saver, journal, charset) {
            Ok(ended) => ended,
            Err(e) => return Err(Error::Output(e)),
        }
    } else {
        let options = tui::Options {
            changed,
            ascii: ascii(),
            opening: reopened_from,
        };
        match tui::run(session, localizer, &session_lang, &saver, journal, options) {
            Ok((tui::Exit::Left(leaving), journal)) => {
                // The terminal is back: now the save on the way out can be told.
                if let Some((line, markdown)) = leaving.message(localizer, &agent_lang) {
                    say(&line);
                    if let Some(markdown) = markdown {
                        say(&format!("\n{markdown}"));
                    }
                }
                (leaving, journal)
            }
            Ok((tui::Exit::EventsEnded, journal)) => (
                Leaving {
                    code: crate::ending::Ending::Ok.code(),
                    saved: None,
                },
                journal,
            ),
            Err(tui::Failure::Io(e)) => return Err(Error::Terminal(e)),
            Err(tui::Failure::Panic) => return Err(Error::Internal),
        }
    };
    if let Some(journal) = journal {
        if leaving.keeps_journal() && journal.is_written() {
            let mut args = FluentArgs::new();
            args.set("path", crate::text::sanitize(&journal.path().display().to_string()));
            say(&localizer.text_with(&agent_lang, agent::UNFINISHED_HOW, Some(&args)));
        } else {
            let _ = journal.remove();
        }
    }
    Ok(leaving.code)
}

/// Standard output went away mid-session (its reader closed the pipe): leave as SIGPIPE would,
/// 141, but saving first, and say so on standard error.
fn output_gone(session: &mut Session<'_>, desk: &mut Desk<'_>) -> Leaving {
    use signal_hook::consts::SIGPIPE;
    let stop = match session.update(crate::wizard::session::Msg::Signal(SIGPIPE)) {
        crate::wizard::session::Effect::Exit(stop) => stop,
        _ => crate::wizard::session::Stop {
            save_first: session.has_unsaved_work(),
            code: crate::ending::Ending::Signal(SIGPIPE).code(),
        },
    };
    let leaving = desk.leave(session, stop);
    // Nothing to say it on if the journal fails now: the way out below says what was saved.
    let _ = desk.keep(session, "");
    if let Some((line, _)) = leaving.message(desk.localizer, session.agent_lang()) {
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
    charset: super::lines::Charset,
) -> std::io::Result<(Leaving, Option<Journal>)> {
    let (sender, inputs) = std::sync::mpsc::channel();
    let lines = sender.clone();
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
    let mut desk = Desk::new(localizer, Some(saver), journal);
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
    let leaving = match plain::run_prompting(&mut session, &mut desk, inputs.into_iter(), &mut out, prompts) {
        Ok(leaving) => leaving,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => output_gone(&mut session, &mut desk),
        Err(e) => return Err(e),
    };
    // A failed save's transcript goes to standard error, where a redirected output cannot hide it.
    if let Some((line, Some(markdown))) = leaving.message(localizer, session.agent_lang()) {
        say(&format!("{line}\n\n{markdown}"));
    }
    Ok((leaving, desk.take_journal()))
}
