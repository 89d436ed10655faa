//! signup-doctor's two front ends, on the session crate: [`tui`], the full-screen wizard (ratatui
//! and crossterm), and [`plain`], the wizard line by line. Each only turns input into messages for
//! the session and the desk, and what they return into pixels or lines; neither decides what a key
//! means for the session, nor touches a file itself. The command line (the binary crate) stands on
//! this crate, never the other way round.

pub use signup_doctor_session::{clip, content, desk, ending, engine, i18n, source, text, transcript, wizard};

pub mod plain;
pub mod tui;
