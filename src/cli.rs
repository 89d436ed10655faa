//! The command line: arguments (clap), and each command from loading to exit code.
//! Exit codes: 0 success · 1 the input was read and found wrong · 2 usage or I/O error.

use crate::app::{self, Loaded, Sources};
use crate::engine::paths::all_paths;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, pick_language};
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
    /// Language of the wizard (en, fr); else LC_ALL, LC_MESSAGES, LANG.
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
    /// Open the wizard where this path code leads (e.g. verification/no-sms or 1.1).
    #[arg(long, value_name = "CODE")]
    pub resume: Option<String>,
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
}

const FINDINGS: u8 = 1;
const USAGE: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let sources = Sources {
        flows: cli.flows.as_deref(),
        locales: cli.locales.as_deref(),
    };
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
        None => wizard(tree, &loaded.localizer, &lang, cli.resume.as_deref()),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("signup-doctor: {}", crate::text::sanitize(message));
    ExitCode::from(code)
}

fn language(arg: Option<&str>, localizer: &Localizer) -> Result<String, String> {
    let available = localizer.languages();
    if let Some(wanted) = arg
        && !available.contains(&wanted)
    {
        return Err(format!("no locale `{wanted}`; available: {}", available.join(", ")));
    }
    Ok(pick_language(arg, |k| std::env::var(k).ok(), &available))
}

fn check(loaded: &Loaded) -> ExitCode {
    let mut out = std::io::stdout().lock();
    for d in loaded.diagnostics.sorted() {
        let _ = writeln!(out, "{d}");
    }
    let _ = writeln!(out, "{}", loaded.diagnostics.summary());
    if loaded.diagnostics.has_errors() {
        ExitCode::from(FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

fn paths(tree: &Tree, json: bool) -> ExitCode {
    let all = all_paths(tree);
    let mut out = std::io::stdout().lock();
    let result = if json {
        let list: Vec<_> = all
            .iter()
            .map(|p| serde_json::json!({ "code": p.codes.code, "short": p.codes.short, "outcome": p.end.as_str() }))
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&list).unwrap_or_default())
    } else {
        let width = all.iter().map(|p| p.codes.code.chars().count()).max().unwrap_or(0);
        let short_width = all.iter().map(|p| p.codes.short.len()).max().unwrap_or(0);
        all.iter().try_for_each(|p| {
            writeln!(
                out,
                "{:width$}  {:short_width$}  {}",
                p.codes.code,
                p.codes.short,
                p.end.as_str()
            )
        })
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(USAGE, &e.to_string()),
    }
}

fn walk(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> ExitCode {
    let mut session = Session::new(tree);
    let mut out = std::io::stdout().lock();
    match plain::write_walk(&mut out, &mut session, code, localizer, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(WalkError::Code(error)) => fail(FINDINGS, &format!("code `{code}`: {error}")),
        Err(WalkError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(WalkError::Io(e)) => fail(USAGE, &e.to_string()),
    }
}

fn wizard(tree: &Tree, localizer: &Localizer, lang: &str, resume: Option<&str>) -> ExitCode {
    let mut session = match resume {
        Some(code) => match Session::at_code(tree, code) {
            Ok(session) => session,
            Err(error) => return fail(FINDINGS, &format!("code `{code}`: {error}")),
        },
        None => Session::new(tree),
    };
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    match plain::run(&mut session, localizer, lang, stdin.lock(), &mut out) {
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
