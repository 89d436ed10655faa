//! signup-doctor's session, with no terminal in it (no ratatui or crossterm in this crate's
//! manifest, so a front end's import here does not compile). Layers, each using only the ones
//! before it:
//!
//! 1. the core crate, re-exported: [`text`], [`source`], [`engine`], [`i18n`], [`content`];
//! 2. [`ending`] — how the program ends, and the one table of exit codes;
//! 3. [`wizard`] — the walk: the session (an append-only log and what it projects to), a screen's
//!    words and lines, the ticket summary, card-number redaction;
//! 4. [`transcript`] — the session saved: its record, Markdown, files, journal, `report`;
//! 5. [`clip`] — what `y` copies;
//! 6. [`desk`] — what each of the agent's aids means (save, journal, copy, the next language,
//!    leaving), decided once for both front ends.

pub use signup_doctor_core::{content, engine, i18n, source, text};

pub mod clip;
pub mod desk;
pub mod ending;
pub mod transcript;
pub mod wizard;
