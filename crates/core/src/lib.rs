//! signup-doctor's core: what the wizard knows without a terminal. Layers, each using only the
//! ones before it:
//!
//! 1. [`text`] — making outside text safe to print, and measuring and wrapping it in columns;
//! 2. [`source`] — the flow and locale files, built in or from folders;
//! 3. [`engine`] — the flow model, its file format ([`engine::format`]), loading, validation and
//!    path codes; knows no language;
//! 4. [`i18n`] — Fluent localisation and the locale checks;
//! 5. [`content`] — everything loaded and checked together, with the hashes transcripts record.
//!
//! No ratatui, no crossterm: the compiler keeps the terminal out (this crate does not depend on them).

pub mod content;
pub mod engine;
pub mod i18n;
pub mod source;
pub mod text;
