//! signup-doctor: an interactive troubleshooting wizard for Azure sign-up and billing problems.
//!
//! Layers, each using only the ones below it (no module imports one above it):
//!
//! 1. the core crate, re-exported here: [`text`] (safe text, and text in columns), [`source`] (the files), [`engine`]
//!    (flow model, format, loading, validation, path codes), [`i18n`] (Fluent localisation and its
//!    checks), [`content`] (everything loaded and checked, and its hashes), and here [`built_in`]
//!    (the built-in content in checked form, so a start parses nothing it need not);
//! 2. [`wizard`] — the walk with no terminal: the session (an append-only log and what it projects
//!    to), a screen's words, search, the ticket summary, card-number redaction;
//! 3. [`transcript`] — the session saved: its record, Markdown, files, journal, `report`;
//! 4. [`output`] — what is written without a terminal UI: plain mode and `walk`, `graph`, the manual;
//! 5. [`tui`] — the full-screen wizard;
//! 6. [`snapshot`] — every distinct screen of a tree as text files, compared with a folder (the
//!    `snapshot` command and this project's own snapshot test);
//! 7. [`cli`] — the commands: arguments, starting and ending the wizard, exit codes.

pub use signup_doctor_core::{content, engine, i18n, source, text};

pub mod built_in;
pub mod cli;
pub mod output;
pub mod snapshot;
pub mod transcript;
pub mod tui;
pub mod wizard;
