//! The integration tests, in one binary (one link instead of one per file, one set of helpers), as
//! cargo's and ripgrep's test suites are. Each module is one area a user meets.

// Tests, benchmarks and examples may unwrap: a failing unwrap is a failing run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

/// `TestBackend` terminals, typed keys and clicks, the screen read back as text.
mod common;
/// The real binary in a real pseudo-terminal: type, wait for text on the screen, close, kill.
#[cfg(unix)]
mod pty;
/// Outside programs a test needs (dot, groff, node): skipped when missing, unless CI=true.
mod tools;

/// Notes, tried steps, the ticket summary, transcripts and `report`.
mod agent;
/// A flow author's first mistakes, each named at its place in an author's words.
mod author_mistakes;
/// The built-in content in its committed checked form: current, same tree and screens as a full load.
mod built_in;
/// Issue 22: bursts past 1,024 bytes, floods, a megabyte typed as keys, a long search.
mod bursts;
/// `check` on one fixture per kind of mistake: every finding at its FILE:LINE:COL.
mod check_fixtures;
/// Commands, options, exit codes and error messages.
mod cli;
/// flows/COVERAGE.md maps every section of the source articles to nodes that exist.
mod coverage;
/// Issue 27: where a save went, the escalation end's first words and keys, the mouse.
mod desk;
/// Each fix's `verified:` date against the day `check` is given.
mod freshness;
/// Stored expectations that are plain files (schema.json, README blocks, expected.txt): one update.
mod golden;
/// `graph`, parsed by Graphviz and by Mermaid's own parser.
mod graph;
/// Issue 16: copy (`y`), links that survive, keys people expect, plain mode for people.
mod handover;
/// Hostile flows and locales: no panic, no hang, every problem named.
mod hostile;
/// Locales: fallbacks, a third language, what `check` says of them.
mod locales;
/// Issue 26: a key means the same in both front ends (save, journal, copy, language, leaving).
mod policies;
/// The session's record: nothing typed is lost (transcripts, journal, saves on the way out).
mod record;
/// Issue 27 M1: card numbers in notes, written any way, reach no place a note goes.
mod redaction;
/// `report` for a support lead: streaming, windows of days, versions side by side, flags, bars.
mod report;
/// The terminal is given back clean, in a real pseudo-terminal.
#[cfg(unix)]
mod restore;
/// flows/schema.json: generated, committed, named by every flow; what it rejects `check` rejects.
mod schema;
/// Broken flow files shared with tests/outside's JSON Schema tests.
mod schema_cases;
/// The session as a state machine, without a terminal.
mod session;
/// Shell completions and the manual page.
mod shell;
/// `export` and `snapshot`: a team's own tree, every screen stored, diffs in its CI.
mod snapshot_cli;
/// Every screen of every path in every language, each stored once.
mod snapshots;
/// Transcripts, journals, the environment and arguments as hostile input; every writer sanitises.
mod transcripts;
/// The full-screen wizard on `TestBackend`.
mod tui;
/// The agent's aids in the full-screen wizard.
mod tui_agent;
/// Issue 27 M4: one agent, two languages — the chrome in the agent's, the tree in the customer's.
#[cfg(unix)]
mod two_languages;
/// Issue 22: two processes on one journal, a note being typed, broken journals, borrowed ids.
mod two_windows;
