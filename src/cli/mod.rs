//! The command line: arguments (clap), and each command from loading to exit code.
//! Exit codes: 0 success · 1 the input was read and found wrong · 2 usage or I/O error.

mod commands;
pub mod environment;
mod error;
mod export;
mod lines;
mod offer;
mod reopen;
mod snapshot;
pub mod wizard;

use commands::{check, completions, graph, man, paths, report, reviewed, walk};
pub use error::Error;

use crate::content::{self, Loaded, Sources};
use crate::ending::Ending;
use crate::engine::freshness::Day;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, language_code, pick_language};
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// `--lang`: any value is taken as it is (`fr_FR.UTF-8`, `fr-CA`; one not loaded is an error of
/// its own later, naming the languages there are), while completions offer the built-in ones.
#[derive(Clone)]
struct LangParser;

impl clap::builder::TypedValueParser for LangParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            ["en", "fr"].into_iter().map(clap::builder::PossibleValue::new),
        ))
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "signup-doctor",
    version,
    about = "Troubleshoot Azure sign-up and billing problems, step by step."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of the wizard (en, fr): the customer's, in which the tree's words are shown and
    /// transcripts saved; else LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    #[arg(long, global = true, value_name = "LANG", value_parser = LangParser, hide_possible_values = true)]
    pub lang: Option<String>,
    /// The agent's language (en, fr), when it is not the customer's: titles, hints, dialogs, help
    /// and search speak it; else the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
    /// the customer's, following it.
    #[arg(long, value_name = "LANG", value_parser = LangParser, hide_possible_values = true)]
    pub agent_lang: Option<String>,
    /// Load flows from this directory instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub flows: Option<PathBuf>,
    /// Load locales from this directory instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Line-by-line mode (also when TERM=dumb, SIGNUP_DOCTOR_PLAIN=1, or not on a terminal).
    #[arg(long)]
    pub plain: bool,
    /// Open the wizard where a path code leads (verification/no-sms or 1.1), or reopen a saved
    /// transcript (FILE.json) or an unfinished session's journal (FILE.journal).
    #[arg(long, value_name = "CODE|FILE")]
    pub resume: Option<String>,
    /// Save transcripts here instead of $XDG_DATA_HOME/signup-doctor/transcripts.
    #[arg(long, global = true, value_name = "DIR")]
    pub transcript_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate flows and locales; print every problem as FILE:LINE:COL, then a count.
    Check,
    /// Mark translations reviewed: record above each the hash of the English text it now matches
    /// (in --locales DIR, else ./locales; every translated language, or --lang's).
    Reviewed {
        /// Message ids to mark (a term as -id).
        #[arg(required_unless_present = "all", value_name = "ID")]
        ids: Vec<String>,
        /// Mark every translated message.
        #[arg(long, conflicts_with = "ids")]
        all: bool,
    },
    /// List every path from the root to an end: code, short code, outcome.
    Paths {
        /// Print JSON for machines.
        #[arg(long)]
        json: bool,
    },
    /// Print every screen along a path code, as plain mode shows it.
    Walk {
        /// A path code (verification/no-sms/no) or short code (1.1.2).
        code: String,
    },
    /// Draw the tree for Graphviz (dot -Tsvg) or Mermaid, labelled in the chosen language.
    Graph {
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        /// Draw only this topic (e.g. root, verification); where it leads elsewhere is a stub.
        #[arg(long, value_name = "ID")]
        topic: Option<String>,
    },
    /// Print a shell completion script for bash, zsh, fish, powershell or elvish.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff; e.g. signup-doctor man | man -l -).
    Man,
    /// Summarise saved transcripts: outcomes per topic and desk, where sessions stop, fixes that
    /// fail, steps agents flagged; within a window of days, by version of the tree or by month.
    /// Reads any number of files in flat memory.
    Report {
        /// The folder of saved transcripts (*.json).
        dir: PathBuf,
        /// Print JSON for machines (every figure the table shows, and more).
        #[arg(long)]
        json: bool,
        /// Count sessions started on or after this day: YYYY-MM-DD, or a time ago (30d, 12w, 6m,
        /// 1y) from today (SIGNUP_DOCTOR_TODAY, else today in UTC).
        #[arg(long, value_name = "DAY")]
        since: Option<String>,
        /// Count sessions started on or before this day (same forms as --since).
        #[arg(long, value_name = "DAY")]
        until: Option<String>,
        /// Also show sessions side by side per version of the tree they ran on (its flows and
        /// locales hashes, named by the day it was first seen) or per month.
        #[arg(long, value_enum, value_name = "WHAT")]
        by: Option<ReportBy>,
    },
    /// Print the JSON Schema of the flow files (flows/schema.json), for editors to check them.
    Schema,
    /// Compare every distinct screen (plain and full screen, every language) and the list of paths
    /// with the files in DIR: a unified diff per changed file, exit 1 on any difference; --update
    /// writes them.
    Snapshot {
        /// The folder of snapshot files (paths.txt, screens/TOPIC.LANG.txt, tickets.LANG.txt).
        dir: PathBuf,
        /// Write the files (new, changed, removed) instead of comparing.
        #[arg(long)]
        update: bool,
        /// The full screen's width in columns (60 to 640).
        #[arg(long, value_name = "N", default_value_t = crate::snapshot::DEFAULT_WIDTH,
              value_parser = clap::value_parser!(u16).range(i64::from(crate::snapshot::MIN_WIDTH)..=i64::from(crate::snapshot::MAX_WIDTH)))]
        width: u16,
    },
    /// Write the built-in flows and locales to DIR/flows and DIR/locales, a copy to start from
    /// (then --flows DIR/flows --locales DIR/locales).
    Export {
        /// The folder to write into (created if missing).
        dir: PathBuf,
        /// Overwrite files that are already there.
        #[arg(long)]
        force: bool,
    },
}

/// `report --by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportBy {
    /// The version of the tree (flows and locales) each session ran on.
    Version,
    /// The month each session started in.
    Month,
}

/// `graph --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT: render with `dot -Tsvg`.
    Dot,
    /// A Mermaid flowchart, as GitHub renders in Markdown.
    Mermaid,
}

/// How a command ended when nothing went wrong: done, done with findings (exit 1: `check` found
/// errors, `report` could not read some files), or the wizard's own exit code.
pub enum Status {
    Done,
    Findings,
    Exit(u8),
}

/// Runs the command; the one place errors become exit codes ([`Error::exit_code`]).
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
