//! signup-doctor: an interactive troubleshooting wizard for Azure sign-up and billing problems.
//!
//! Layers, each knowing nothing of the ones above it: [`engine`] (flow model, loading, validation,
//! paths) · [`i18n`] (Fluent localisation and locale checks) · [`session`] (the walk as a pure state
//! machine) · [`screen`] (a screen's words) · front ends ([`plain`]) · [`cli`] (commands).

pub mod app;
pub mod cli;
pub mod clip;
pub mod engine;
pub mod graph;
pub mod i18n;
pub mod manual;
pub mod plain;
pub mod redact;
pub mod report;
pub mod schema;
pub mod screen;
pub mod session;
pub mod start;
pub mod text;
pub mod ticket;
pub mod transcript;
pub mod tui;
