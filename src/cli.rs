//! The command line: arguments (clap), and each command from loading to exit code.
//! Exit codes: 0 success · 1 the input was read and found wrong · 2 usage or I/O error.

use crate::app::{self, Loaded, Sources};
use crate::engine::paths::{self, MAX_PATHS, PathEnd, PathsStopped, for_each_path};
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, language_code, pick_language};
use crate::plain::{self, WalkError};
use crate::session::Session;
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "signup-doctor",
    version,
    about = "Troubleshoot Azure sign-up and billing problems, step by step."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of the wizard (en, fr); else LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
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
    /// Summarise saved transcripts: outcomes per topic, where sessions stop, fixes that fail.
    Report {
        /// The folder of saved transcripts (*.json).
        dir: PathBuf,
        /// Print JSON for machines.
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of the flow files (flows/schema.json), for editors to check them.
    Schema,
}

/// `graph --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT: render with `dot -Tsvg`.
    Dot,
    /// A Mermaid flowchart, as GitHub renders in Markdown.
    Mermaid,
}

const FINDINGS: u8 = 1;
const USAGE: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let sources = Sources {
        flows: cli.flows.as_deref(),
        locales: cli.locales.as_deref(),
    };
    // These describe the program itself and need no flows.
    match &cli.command {
        Some(Command::Completions { shell }) => return completions(*shell),
        Some(Command::Man) => return man(),
        Some(Command::Report { dir, json }) => return report(dir, *json),
        Some(Command::Schema) => return print(&crate::schema::flow_schema_json()),
        _ => {}
    }
    let loaded = match app::load(sources) {
        Ok(loaded) => loaded,
        Err(error) => return fail(USAGE, &error),
    };
    if let Some(Command::Check) = cli.command {
        return check(&loaded);
    }
    let (Some(tree), false) = (&loaded.tree, loaded.diagnostics.has_errors()) else {
        let mut err = std::io::stderr().lock();
        for d in loaded
            .diagnostics
            .sorted()
            .into_iter()
            .filter(|d| d.severity == crate::engine::diagnostic::Severity::Error)
        {
            let _ = writeln!(err, "{d}");
        }
        let _ = writeln!(
            err,
            "signup-doctor: the flows or locales have {}; run `signup-doctor check` for details",
            loaded.diagnostics.summary()
        );
        return ExitCode::from(FINDINGS);
    };
    let lang = match language(cli.lang.as_deref(), &loaded.localizer) {
        Ok(lang) => lang,
        Err(message) => return fail(USAGE, &message),
    };
    match cli.command {
        Some(Command::Check) => unreachable!("handled above"),
        Some(Command::Paths { json }) => paths(tree, json),
        Some(Command::Walk { code }) => walk(tree, &loaded.localizer, &lang, &code),
        Some(Command::Graph { format, topic }) => graph(tree, &loaded.localizer, &lang, format, topic.as_deref()),
        Some(Command::Completions { .. } | Command::Man | Command::Schema | Command::Report { .. }) => {
            unreachable!("handled above")
        }
        None => crate::start::wizard(
            tree,
            &loaded,
            &lang,
            crate::start::Options {
                resume: cli.resume.as_deref(),
                transcript_dir: cli.transcript_dir.clone(),
                plain: cli.plain,
            },
        ),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    say(&format!("signup-doctor: {}", crate::text::sanitize(message)));
    ExitCode::from(code)
}

/// Writes a line to standard error. A closed or full standard error is no reason to stop (nor to
/// panic, as `eprintln!` does): the exit code still tells.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// `--lang`, read as `LANG` is (`EN`, `fr_FR` and `fr-CA` name a loaded language), else the
/// environment's choice.
fn language(arg: Option<&str>, localizer: &Localizer) -> Result<String, String> {
    let available = localizer.languages();
    if let Some(wanted) = arg {
        let code = language_code(wanted);
        if !available.contains(&code.as_str()) {
            return Err(format!("no locale `{wanted}`; available: {}", available.join(", ")));
        }
        return Ok(code);
    }
    Ok(pick_language(None, |k| std::env::var(k).ok(), &available))
}

/// Prints every finding and the count; `check` alone also counts the paths (see [`path_count_warning`]).
fn check(loaded: &Loaded) -> ExitCode {
    let mut diagnostics = loaded.diagnostics.clone();
    if let Some(tree) = &loaded.tree {
        path_count_warning(tree, &mut diagnostics);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut written = Ok(());
    for d in diagnostics.sorted() {
        written = written.and_then(|()| writeln!(out, "{d}"));
    }
    let written = written
        .and_then(|()| writeln!(out, "{}", diagnostics.summary()))
        .and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return fail(USAGE, &format!("cannot write the findings: {e}")),
        Ok(()) => {}
    }
    if diagnostics.has_errors() {
        ExitCode::from(FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// A warning at the root question when more paths lead from it to an end than `paths` lists. The
/// count is cheap (see [`paths::count_paths`]), and the wizard, `walk` and `graph` never need it, so
/// only `check` pays for it.
fn path_count_warning(tree: &Tree, diagnostics: &mut crate::engine::diagnostic::Diagnostics) {
    let count = paths::count_paths(tree, MAX_PATHS);
    if count.exceeds(MAX_PATHS) {
        let root = &tree.node(tree.root).at;
        diagnostics.warning(
            &tree.files[root.file],
            root.pos,
            format!(
                "{count} paths lead from the root question to an end, more than the {} that `paths` lists \
                 (answers that lead to the same place double the paths at each question)",
                paths::grouped(MAX_PATHS as u64)
            ),
        );
    }
}

/// Lists the paths as they are found, so `paths | head` answers at once and memory stays flat; past
/// [`MAX_PATHS`] it stops with exit 1. The text columns are aligned to the widest code, measured in a
/// first pass that keeps nothing.
fn paths(tree: &Tree, json: bool) -> ExitCode {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let result = if json {
        let mut first = true;
        let listed = for_each_path(tree, MAX_PATHS, |steps, end| {
            let codes = paths::codes(tree, steps);
            let entry = serde_json::json!({ "code": codes.code, "short": codes.short, "outcome": end.as_str() });
            let entry = serde_json::to_string_pretty(&entry)
                .unwrap_or_default()
                .replace('\n', "\n  ");
            let lead = if first { "[\n  " } else { ",\n  " };
            first = false;
            write!(out, "{lead}{entry}")
        });
        let close = if first { "[]\n" } else { "\n]\n" };
        listed.and_then(|_| out.write_all(close.as_bytes()).map_err(PathsStopped::Visitor))
    } else {
        let (mut width, mut short_width) = (0, 0);
        let _ = for_each_path(tree, MAX_PATHS, |steps, _| {
            let ids: usize = steps
                .iter()
                .map(|&(place, i)| tree.choices(place)[i].id.chars().count())
                .sum();
            let positions: usize = steps.iter().map(|(_, i)| (i + 1).to_string().len()).sum();
            let separators = steps.len().saturating_sub(1);
            width = width.max(ids + separators);
            short_width = short_width.max(positions + separators);
            Ok::<(), std::convert::Infallible>(())
        });
        for_each_path(tree, MAX_PATHS, |steps, end: PathEnd| {
            let codes = paths::codes(tree, steps);
            writeln!(
                out,
                "{:width$}  {:short_width$}  {}",
                codes.code,
                codes.short,
                end.as_str()
            )
        })
        .map(|_| ())
    };
    let result = result.and_then(|()| out.flush().map_err(PathsStopped::Visitor));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(PathsStopped::Visitor(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(PathsStopped::Visitor(e)) => fail(USAGE, &e.to_string()),
        Err(PathsStopped::TooMany(too_many)) => {
            // What was listed goes out before the error that ends it.
            match out.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => fail(USAGE, &e.to_string()),
                _ => fail(
                    FINDINGS,
                    &format!(
                        "paths: {too_many}; only the first {} are listed (`signup-doctor check` counts them)",
                        paths::grouped(too_many.limit as u64)
                    ),
                ),
            }
        }
    }
}

fn walk(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> ExitCode {
    let mut session = Session::new(tree);
    let stdout = std::io::stdout().lock();
    // Under a locale that is not UTF-8, plain ASCII.
    let mut out: Box<dyn std::io::Write> = if crate::text::ascii_locale(|k| std::env::var(k).ok()) {
        Box::new(crate::text::Ascii::new(stdout))
    } else {
        Box::new(stdout)
    };
    match plain::write_walk(&mut out, &mut session, code, localizer, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(WalkError::Code(error)) => fail(FINDINGS, &format!("code `{code}`: {error}")),
        Err(WalkError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(WalkError::Io(e)) => fail(USAGE, &e.to_string()),
    }
}

fn graph(tree: &Tree, localizer: &Localizer, lang: &str, format: GraphFormat, topic: Option<&str>) -> ExitCode {
    let format = match format {
        GraphFormat::Dot => crate::graph::Format::Dot,
        GraphFormat::Mermaid => crate::graph::Format::Mermaid,
    };
    let options = crate::graph::Options { format, topic, lang };
    match crate::graph::render(tree, localizer, options) {
        Ok(text) => print(&text),
        Err(error) => fail(FINDINGS, &error.to_string()),
    }
}

fn completions(shell: clap_complete::Shell) -> ExitCode {
    use clap::CommandFactory;
    print(&crate::manual::completions(shell, Cli::command()))
}

fn man() -> ExitCode {
    use clap::CommandFactory;
    match crate::manual::render(Cli::command()) {
        Ok(page) => print(&page),
        Err(e) => fail(USAGE, &e.to_string()),
    }
}

fn report(dir: &std::path::Path, json: bool) -> ExitCode {
    let (transcripts, errors) = match crate::report::read_dir(dir) {
        Ok(read) => read,
        Err(error) => return fail(USAGE, &error),
    };
    for error in &errors {
        say(&error.to_string());
    }
    let report = crate::report::build(&transcripts);
    let text = if json {
        serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
    } else {
        crate::report::table(&report)
    };
    let code = print(&text);
    if errors.is_empty() {
        code
    } else {
        ExitCode::from(FINDINGS)
    }
}

/// Writes `text` to standard output; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(USAGE, &e.to_string()),
    }
}

/// Whether the wizard should run line by line rather than full-screen.
pub fn wants_plain(flag: bool) -> bool {
    flag || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || std::env::var("SIGNUP_DOCTOR_PLAIN").is_ok_and(|v| !v.is_empty() && v != "0")
        || !std::io::stdin().is_terminal()
        || !std::io::stdout().is_terminal()
}
