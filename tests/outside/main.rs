//! The tests that need what the default `cargo test` should not build: a JSON Schema validator
//! (jsonschema and its crates). A package of its own, outside the workspace's default members; CI
//! runs it (`.ci/run`), and so does `cargo test --workspace`:
//!
//! ```sh
//! cargo test --locked -p signup-doctor-outside
//! ```

// Tests may unwrap: a failing unwrap is a failing run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

/// flows/schema.json as a JSON Schema validator reads it.
mod schema;
/// The broken flow files the schema and `check` must both reject (shared with tests/it).
#[path = "../it/schema_cases.rs"]
mod schema_cases;
