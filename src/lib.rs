//! signup-doctor: an interactive troubleshooting wizard for Azure sign-up and billing problems.
//!
//! Four crates, each using only the ones below it (a Cargo fact: an upward import does not compile):
//!
//! 1. `signup-doctor-core`, re-exported here: [`text`] (safe text, and text in columns), [`source`]
//!    (the files), [`engine`] (flow model, format, loading, validation, path codes), [`i18n`] (Fluent
//!    localisation and its checks), [`content`] (everything loaded and checked, and its hashes);
//! 2. `signup-doctor-session`, re-exported here, with no terminal in it: [`wizard`] (the session, a
//!    screen's words and lines, search, the ticket summary, card-number redaction), [`transcript`]
//!    (the session saved: record, Markdown, files, journal, `report`), [`clip`] (what `y` copies);
//! 3. `signup-doctor-term`, re-exported here: the two front ends, [`plain`] (line by line) and [`tui`]
//!    (the full screen), with ratatui and crossterm;
//! 4. this crate, the command line, in layers each using only the ones above it in this list:
//!    [`built_in`] (the built-in content in checked form, so a start parses nothing it need not), [`output`] (`graph`, the manual,
//!    files in a named folder), [`snapshot`] (every distinct screen of a tree as text files), and
//!    [`cli`] (the commands: arguments, starting and ending the wizard, exit codes).

pub use signup_doctor_core::{content, engine, i18n, source, text};
pub use signup_doctor_session::{clip, desk, ending, transcript, wizard};
pub use signup_doctor_term::{plain, tui};

pub mod built_in;
pub mod cli;
pub mod output;
pub mod snapshot;
