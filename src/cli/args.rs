//! The command line's grammar, as clap parses it: the global options ([`Cli`]), the commands
//! ([`Command`]) and their values. What each command does is in `commands`.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

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
