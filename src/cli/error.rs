//! What can go wrong on the command line, and how each ends the program ([`Ending`]): the input
//! read and found wrong (a code that does not fit, a record the flows no longer have, flows that do
//! not check), a usage error (a language not loaded), or an I/O error (a folder that cannot be read,
//! output that cannot be written, a terminal that fails).

use crate::ending::Ending;
use crate::engine::paths::{CodeError, TooManyPaths};
use crate::output::graph::GraphError;
use crate::text::{echo, sanitize};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `--flows` or `--locales` names a folder that cannot be listed.
    #[error(transparent)]
    Files(#[from] crate::source::Error),
    #[error("no locale `{}`; available: {available}", echo(wanted))]
    Language { wanted: String, available: String },
    /// The flows or locales have errors (already listed, one a line).
    #[error("the flows or locales have {0}; run `signup-doctor check` for details")]
    Broken(String),
    #[error("code `{}`: {error}", echo(code))]
    Code { code: String, error: CodeError },
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error("paths: {stopped}; only the first {listed} are listed (`signup-doctor check` counts them)")]
    TooManyPaths { stopped: TooManyPaths, listed: String },
    #[error(transparent)]
    Reopen(#[from] crate::transcript::Error),
    /// `--resume` names something that is not a file to read, nor a path code.
    #[error("{}: {why}", sanitize(what))]
    Resume { what: String, why: &'static str },
    /// `--resume` names a file that cannot be opened.
    #[error("{}: {source}", sanitize(what))]
    ResumeIo { what: String, source: std::io::Error },
    #[error("cannot read {}: {source}", sanitize(&dir.display().to_string()))]
    Folder { dir: PathBuf, source: std::io::Error },
    /// `reviewed` could not rewrite a locale file.
    #[error("cannot write {}: {source}", sanitize(&path.display().to_string()))]
    Write { path: PathBuf, source: std::io::Error },
    /// A file or folder inside a folder the user named (`export`, `snapshot`).
    #[error(transparent)]
    InFolder(#[from] crate::output::folder::Error),
    /// `export` would overwrite files.
    #[error(
        "export: {}{} already exist{}; nothing was written (--force overwrites them)",
        sanitize(&first.display().to_string()),
        if *others == 0 { String::new() } else { format!(" and {others} other file{}", if *others == 1 { "" } else { "s" }) },
        if *others == 0 { "s" } else { "" }
    )]
    Exists { first: PathBuf, others: usize },
    /// `export` writes the built-in tree only.
    #[error(
        "export writes the built-in flows and locales; it takes no --flows or --locales (copy those folders instead)"
    )]
    ExportSources,
    /// Writing the output failed (a full disk; a closed pipe is not an error).
    #[error("cannot write the output: {0}")]
    Output(std::io::Error),
    /// The full-screen wizard could not run on this terminal.
    #[error("the terminal: {0}")]
    Terminal(std::io::Error),
    /// `SIGNUP_DOCTOR_TODAY` is set but is not a day.
    #[error("SIGNUP_DOCTOR_TODAY is `{}`: write the day as YYYY-MM-DD", sanitize(.0))]
    Today(String),
    /// `report --since` or `--until` is not a day, or the window they make is empty.
    #[error("report: {0}")]
    Window(crate::transcript::report::BadWindow),
    /// A bug, already reported when the terminal was given back.
    #[error("internal error")]
    Internal,
}

impl Error {
    pub fn ending(&self) -> Ending {
        match self {
            Error::Broken(_) | Error::Code { .. } | Error::Graph(_) | Error::TooManyPaths { .. } | Error::Reopen(_) => {
                Ending::Findings
            }
            Error::Language { .. }
            | Error::Resume { .. }
            | Error::Exists { .. }
            | Error::ExportSources
            | Error::Today(_)
            | Error::Window(_) => Ending::Usage,
            Error::Files(_)
            | Error::ResumeIo { .. }
            | Error::Folder { .. }
            | Error::Write { .. }
            | Error::InFolder(_)
            | Error::Output(_)
            | Error::Terminal(_)
            | Error::Internal => Ending::Io,
        }
    }
}
