//! The command line: its arguments (`args`, clap), and each command from loading to how it ends
//! (an [`Ending`], the one table of exit codes).

mod args;
mod commands;
pub mod environment;
mod error;
mod export;
mod lines;
mod offer;
mod reopen;
mod snapshot;
pub mod wizard;

pub use args::{Cli, Command, GraphFormat, ReportBy};
use commands::{check, completions, graph, man, paths, report, reviewed, walk};
pub use error::Error;

use crate::content::{self, Loaded, Sources};
use crate::ending::Ending;
use crate::engine::freshness::Day;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, language_code, pick_language};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// How a command ended when nothing went wrong: done, done with findings (exit 1: `check` found
/// errors, `report` could not read some files), or the wizard's own exit code.
pub enum Status {
    Done,
    Findings,
    Exit(u8),
}

/// Runs the command; the one place errors become how the program ends ([`Error::ending`]).
pub fn run(cli: Cli) -> ExitCode {
    match execute(cli) {
        Ok(Status::Done) => ExitCode::from(Ending::Ok.code()),
        Ok(Status::Findings) => ExitCode::from(Ending::Findings.code()),
        Ok(Status::Exit(code)) => ExitCode::from(code),
        Err(Error::Internal) => ExitCode::from(Error::Internal.ending().code()),
        Err(error) => {
            // One line, whatever the message quotes, and not a wall of text (a path of 100 KB
            // keeps its start and its end).
            let line = crate::text::Safe::line(&error.to_string());
            say(&format!(
                "signup-doctor: {}",
                crate::text::wrap::shorten_middle(line.as_str(), MAX_ERROR_COLUMNS)
            ));
            ExitCode::from(error.ending().code())
        }
    }
}

/// The widest error line, in columns: room for any real path, not for a pasted wall of text.
const MAX_ERROR_COLUMNS: usize = 1000;

fn execute(cli: Cli) -> Result<Status, Error> {
    let sources = Sources {
        flows: cli.flows.as_deref(),
        locales: cli.locales.as_deref(),
    };
    let Some(command) = cli.command else {
        let (loaded, lang) = checked(sources, cli.lang.as_deref())?;
        let agent_lang = agent_language(cli.agent_lang.as_deref(), &loaded.localizer)?;
        let options = wizard::Options {
            resume: cli.resume.as_deref(),
            transcript_dir: cli.transcript_dir,
            plain: cli.plain,
            lang_given: cli.lang.is_some(),
            agent_lang,
        };
        return wizard::wizard(tree_of(&loaded)?, &loaded, &lang, options).map(Status::Exit);
    };
    match command {
        // These describe the program itself and need no flows.
        Command::Completions { shell } => completions(shell),
        Command::Man => man(),
        Command::Report {
            dir,
            json,
            since,
            until,
            by,
        } => {
            let window = crate::transcript::report::Window::of(since.as_deref(), until.as_deref(), today()?)
                .map_err(Error::Window)?;
            // The headings in the chosen language, and the steps named in it from the tree.
            let loaded = content::open(sources, crate::built_in::checked())?;
            let lang = language(cli.lang.as_deref(), &loaded.localizer)?;
            let by = by.map(|by| match by {
                ReportBy::Version => crate::transcript::report::By::Version,
                ReportBy::Month => crate::transcript::report::By::Month,
            });
            let options = crate::transcript::report::Options {
                window,
                by,
                lang: &lang,
            };
            report(&dir, json, options, &loaded.localizer, loaded.tree.as_ref())
        }
        Command::Schema => {
            print(&crate::engine::format::schema::flow_schema_json().map_err(|e| Error::Output(e.into()))?)
        }
        Command::Check => check(&content::load(sources)?, today()?),
        Command::Reviewed { ids, all } => reviewed(
            cli.locales.as_deref().unwrap_or(std::path::Path::new("locales")),
            cli.lang.as_deref(),
            &ids,
            all,
        ),
        Command::Paths { json } => paths(tree_of(&checked(sources, cli.lang.as_deref())?.0)?, json),
        Command::Walk { code } => {
            let (loaded, lang) = checked(sources, cli.lang.as_deref())?;
            walk(tree_of(&loaded)?, &loaded.localizer, &lang, &code)
        }
        Command::Snapshot { dir, update, width } => {
            let (loaded, _) = checked(sources, None)?;
            snapshot::snapshot(tree_of(&loaded)?, &loaded.localizer, &dir, update, width)
        }
        Command::Export { dir, force } => {
            if cli.flows.is_some() || cli.locales.is_some() {
                return Err(Error::ExportSources);
            }
            export::export(&dir, force)
        }
        Command::Graph { format, topic } => {
            let (loaded, lang) = checked(sources, cli.lang.as_deref())?;
            graph(tree_of(&loaded)?, &loaded.localizer, &lang, format, topic.as_deref())
        }
    }
}

/// The day `check` dates fixes against: `SIGNUP_DOCTOR_TODAY` (`YYYY-MM-DD`, so CI and tests get
/// the same findings every day), else today in UTC.
fn today() -> Result<Day, Error> {
    if let Ok(text) = std::env::var("SIGNUP_DOCTOR_TODAY") {
        return Day::parse(text.trim()).ok_or(Error::Today(text));
    }
    let date = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    Ok(Day {
        year: i32::from(date.year()),
        month: u8::try_from(date.month()).unwrap_or(1),
        day: u8::try_from(date.day()).unwrap_or(1),
    })
}

/// The flows and locales loaded and checked clean (else every error is listed, and it fails), and
/// the language to speak.
fn checked(sources: Sources<'_>, lang: Option<&str>) -> Result<(Loaded, String), Error> {
    let loaded = content::open(sources, crate::built_in::checked())?;
    if loaded.diagnostics.has_errors() || loaded.tree.is_none() {
        let mut err = std::io::stderr().lock();
        for d in loaded
            .diagnostics
            .sorted()
            .into_iter()
            .filter(|d| d.severity == crate::engine::diagnostic::Severity::Error)
        {
            let _ = writeln!(err, "{}", crate::text::Safe::line(&d.to_string()));
        }
        return Err(Error::Broken(loaded.diagnostics.summary()));
    }
    let lang = language(lang, &loaded.localizer)?;
    Ok((loaded, lang))
}

fn tree_of(loaded: &Loaded) -> Result<&Tree, Error> {
    loaded
        .tree
        .as_ref()
        .ok_or_else(|| Error::Broken(loaded.diagnostics.summary()))
}

/// A command line clap refused (or `--help`, `--version`). clap drops C0 controls from the
/// arguments it quotes, but not C1 controls, bidi overrides or zero-width characters: when the
/// message holds any, it is written sanitised and without colour; otherwise clap writes it as usual.
///
/// An argument with a line break in it is quoted with spaces instead, so it cannot forge a line of
/// the message. Help or the version that cannot be written (a full disk, `/dev/full`) is an output
/// error, said on standard error (2), not a silent success.
pub fn parse_failed(error: clap::Error) -> ExitCode {
    let plain = error.render().to_string();
    let mut safe_text = plain.clone();
    for arg in std::env::args_os().skip(1) {
        let arg = arg.to_string_lossy();
        if arg.contains(['\n', '\r']) {
            safe_text = safe_text.replace(arg.as_ref(), &arg.replace(['\n', '\r'], " "));
        }
    }
    let safe = crate::text::Safe::new(&safe_text);
    if safe.as_str() == plain {
        return match error.print() {
            Ok(()) => ExitCode::from(parse_ending(&error).code()),
            Err(e) => {
                say(&format!("signup-doctor: {}", Error::Output(e)));
                ExitCode::from(Ending::Io.code())
            }
        };
    }
    let _ = write!(std::io::stderr().lock(), "{safe}");
    ExitCode::from(parse_ending(&error).code())
}

/// How the parse ends: `--help` and `--version` as asked, anything else as a usage error.
fn parse_ending(error: &clap::Error) -> Ending {
    if error.use_stderr() { Ending::Usage } else { Ending::Ok }
}

/// Writes a line to standard error. A closed or full standard error is no reason to stop (nor to
/// panic, as `eprintln!` does): the exit code still tells.
/// Under a locale that is not UTF-8, in plain ASCII.
fn say(line: &str) {
    let line = crate::text::Safe::new(line);
    let line = if ascii() {
        crate::text::to_ascii(line.as_str())
    } else {
        line.to_string()
    };
    // Not blocking for ever on a terminal that stopped reading (a stalled link): the wizard says
    // what it saved on its way out, and must still end.
    let _ = crate::tui::output::write_err(format!("{line}\n").as_bytes(), SAY_WAIT);
}

/// How long a line to standard error may wait for a terminal that is not reading.
const SAY_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// Whether the locale's character set is not UTF-8, so all output is plain ASCII.
pub(super) fn ascii() -> bool {
    crate::text::ascii_locale(|k| std::env::var(k).ok())
}

/// `--lang`, read as `LANG` is (`EN`, `fr_FR` and `fr-CA` name a loaded language), else the
/// environment's choice.
fn language(arg: Option<&str>, localizer: &Localizer) -> Result<String, Error> {
    let available = localizer.languages();
    if let Some(wanted) = arg {
        let code = language_code(wanted);
        if !available.contains(&code.as_str()) {
            return Err(Error::Language {
                wanted: wanted.to_string(),
                available: available.join(", "),
            });
        }
        return Ok(code);
    }
    Ok(pick_language(None, |k| std::env::var(k).ok(), &available))
}

/// The agent's language: `--agent-lang`, else the environment's when it names one (set, and not
/// `C` or `POSIX`); none when neither does, and then it follows the customer's.
fn agent_language(arg: Option<&str>, localizer: &Localizer) -> Result<Option<String>, Error> {
    if arg.is_some() {
        return language(arg, localizer).map(Some);
    }
    let env = |k: &str| std::env::var(k).ok();
    let named = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(env)
        .find(|v| !v.is_empty())
        .is_some_and(|l| !matches!(l.as_str(), "C" | "POSIX") && !l.starts_with("C."));
    if named {
        language(None, localizer).map(Some)
    } else {
        Ok(None)
    }
}

/// Output written; a closed pipe (`| head`) is not an error, anything else is.
fn written(result: std::io::Result<()>) -> Result<(), Error> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Output(e)),
        Ok(()) => Ok(()),
    }
}

/// Writes `text` to standard output.
fn print(text: &str) -> Result<Status, Error> {
    written(std::io::stdout().lock().write_all(text.as_bytes()))?;
    Ok(Status::Done)
}

/// Whether the wizard should run line by line rather than full-screen.
pub fn wants_plain(flag: bool) -> bool {
    flag || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || std::env::var("SIGNUP_DOCTOR_PLAIN").is_ok_and(|v| !v.is_empty() && v != "0")
        || !std::io::stdin().is_terminal()
        || !std::io::stdout().is_terminal()
}
